"""Generate the synthetic sample data in ``data/`` (seeded, reproducible).

    python data/generate_samples.py

Writes
------
customers.csv
    ~150 customer companies in Kaiping (开平) and the rest of Jiangmen (江门), Guangdong:
    plausible company and contact names, towns/districts and addresses, coordinates near the
    real town centres, heavy-tailed annual sales (ABC comes out near 80/20), stages, contact
    dates and birthdays. UTF-8 with BOM, so Excel and WPS open it correctly.
messy_customers.csv
    A file as students and teams really hand it in, for the cleaning walkthrough: GBK encoded,
    a title row above the header, synonym headers, full-width digits, 万元 amounts, five date
    spellings, bad phones, duplicates, a wrong credit code, an unknown column.
hotline_forecast.csv
    A week (Monday 2026-11-23 to Sunday 2026-11-29) of half-hour intervals 09:00–23:00 of a
    customer-service hotline: calls and average handling time per interval, with a morning and
    an afternoon peak, a quieter evening, Monday the busiest day and a lighter weekend.
consultations.csv
    A week (16–20 November 2026) of a Taobao shop's online conversations, one row per
    customer: the course's example of 003 — the new agent 小李 served 42 customers and closed 9
    orders, the veteran 老陈 29 consultations and 17 orders, with slower first replies and
    lower ratings for 小李 — with 成交/未成交 and the reason not bought.
complaints.csv
    A complaint log (客户投诉登记表) of six complaints by sample customers, received 2 to 20
    November 2026, at different steps of 001's ten: one closed, two solved with the call or
    the letter still to do, three open with overdue steps.
kpi_periods.csv
    Four months (July–October 2026) of the online shop for 004's period comparison: contacts,
    orders, money spent (training, promotions), old customers at the start and still buying.
manifest.json
    What each file is: rows, columns, provenance, synthetic.

All names, numbers and addresses are invented. Phone numbers are random and not checked
against real subscribers; credit codes carry a valid check character but random bodies.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
SEED = 20261122
TODAY = dt.date(2026, 11, 22)  # the data's "today": dates are relative to it
ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [pow(3, i, 31) for i in range(17)]

# (city, district/town, region code, latitude, longitude) — town centres, WGS84
PLACES = [
    ("开平市", "长沙街道", "440783", 22.3790, 112.6980),
    ("开平市", "三埠街道", "440783", 22.3700, 112.6930),
    ("开平市", "水口镇", "440783", 22.4150, 112.7720),
    ("开平市", "月山镇", "440783", 22.5020, 112.6710),
    ("开平市", "沙塘镇", "440783", 22.4390, 112.6070),
    ("开平市", "苍城镇", "440783", 22.3930, 112.5900),
    ("开平市", "赤坎镇", "440783", 22.3150, 112.5870),
    ("开平市", "塘口镇", "440783", 22.3480, 112.5600),
    ("开平市", "百合镇", "440783", 22.3050, 112.5380),
    ("开平市", "蚬冈镇", "440783", 22.2600, 112.5960),
    ("开平市", "金鸡镇", "440783", 22.2800, 112.4880),
    ("开平市", "马冈镇", "440783", 22.2480, 112.6960),
    ("江门市", "蓬江区", "440703", 22.5960, 113.0780),
    ("江门市", "江海区", "440704", 22.5600, 113.1110),
    ("江门市", "新会区", "440705", 22.4580, 113.0320),
    ("台山市", "台城街道", "440781", 22.2520, 112.7940),
    ("鹤山市", "沙坪街道", "440784", 22.7660, 112.9640),
    ("恩平市", "恩城街道", "440785", 22.1830, 112.3050),
]
PLACE_WEIGHTS = np.array([9, 8, 9, 4, 4, 3, 3, 2, 2, 2, 2, 2, 8, 5, 6, 3, 3, 2], dtype=float)

CORES = ["恒达", "金利", "华盛", "粤兴", "宏图", "永利", "俊豪", "立信", "广雅", "侨兴", "新亚",
         "卓越", "富源", "嘉美", "鸿运", "联发", "达丰", "安泰", "瑞丰", "信诚", "海星", "明珠",
         "威龙", "美达", "丰泽", "汇通", "佳宝", "协和", "裕丰", "顺昌", "旭日", "创新", "百福",
         "南粤", "益华", "兴隆", "润达", "长青", "德信", "华美", "金辉", "泰和", "锦绣", "盈科"]
INDUSTRIES = [
    ("水暖卫浴", "水暖卫浴"), ("五金制品", "五金"), ("电子商务", "电子商务"),
    ("纺织服装", "纺织服装"), ("食品", "食品"), ("家具", "家具"), ("包装印刷", "包装印刷"),
    ("机械设备", "机械"), ("建材", "建材"), ("物流", "物流"), ("电器", "电器"),
]
SUFFIXES = ["有限公司", "有限公司", "有限公司", "实业有限公司", "贸易有限公司", "商行",
            "科技有限公司"]
ROADS = ["港口路", "幕沙路", "迎宾大道", "东兴大道", "新昌大道", "水口大道", "开平大道",
         "江侨路", "祥龙路", "长沙东路", "建设路", "侨园路", "金山路", "工业大道", "站前路"]
SURNAMES = ["李", "黄", "梁", "关", "谢", "司徒", "周", "张", "陈", "吴", "胡", "方", "劳", "许",
            "余", "邓", "冯", "谭", "区", "甄"]
GIVEN = ["伟", "芳", "敏", "志强", "秀英", "丽", "军", "洁", "杰", "静", "磊", "婷", "嘉欣",
         "俊", "慧", "建华", "小红", "浩然", "文", "海燕", "晓东", "宇", "美玲", "国强", "少华"]
TITLES = ["总经理", "采购经理", "采购主管", "老板", "店长", "运营经理", "副总经理", "行政经理"]
SOURCES = ["展会", "转介绍", "网店咨询", "电话开发", "陌生拜访", "老客户"]
OWNERS = ["陈晓敏", "李志强"]
PROSPECT = ["成熟客户", "希望客户", "潜在客户"]
# funnel stages of COURSE.md §4, then 成交 for customers who buy
STAGES_PROSPECT = ["满意现状", "发现问题", "明确问题", "采取行动", "评估供应商", "谈判"]

COLUMNS = ["客户编号", "客户名称", "客户类型", "行业", "联系人", "职务", "手机", "固定电话",
           "微信/旺旺", "电子邮箱", "省份", "城市", "区县", "地址", "纬度", "经度",
           "统一社会信用代码", "客户来源", "业务员", "阶段", "客户类别", "年销售额",
           "最近购买日期", "最近联系日期", "下次联系日期", "生日", "建档日期", "备注"]


def credit_code(rng: np.random.Generator, region: str) -> str:
    body = "91" + region + "".join(rng.choice(list(ALPHABET), size=9))
    total = sum(ALPHABET.index(c) * w for c, w in zip(body, WEIGHTS, strict=True))
    return body + ALPHABET[(31 - total % 31) % 31]


def mobile(rng: np.random.Generator) -> str:
    return "1" + str(rng.choice([3, 5, 7, 8, 9])) + "".join(map(str, rng.integers(0, 10, 9)))


def company_names(rng: np.random.Generator, n: int) -> list[tuple[str, str, str]]:
    names, seen = [], set()
    while len(names) < n:
        core = str(rng.choice(CORES))
        industry, short = INDUSTRIES[int(rng.integers(len(INDUSTRIES)))]
        suffix = str(rng.choice(SUFFIXES))
        place = int(rng.choice(len(PLACES), p=PLACE_WEIGHTS / PLACE_WEIGHTS.sum()))
        city = PLACES[place][0]
        name = f"{city.removesuffix('市')}市{core}{short}{suffix}"
        if name not in seen:
            seen.add(name)
            names.append((name, industry, str(place)))
    return names


def customers(rng: np.random.Generator, n: int = 150) -> list[list[object]]:
    # lognormal sales; sigma chosen so that the top 20% hold about 80% of revenue
    sales = np.round(rng.lognormal(mean=11.3, sigma=1.75, size=n), -2)
    rows = []
    for i, (name, industry, place_idx) in enumerate(company_names(rng, n)):
        city, district, region, lat, lon = PLACES[int(place_idx)]
        buyer = i < int(n * 0.72)
        contact = str(rng.choice(SURNAMES)) + str(rng.choice(GIVEN))
        created = TODAY - dt.timedelta(days=int(rng.integers(30, 2400)))
        last_contact = TODAY - dt.timedelta(days=int(rng.integers(1, 120)))
        next_contact = last_contact + dt.timedelta(days=int(rng.choice([7, 14, 30, 30, 60, 90])))
        birthday = dt.date(int(rng.integers(1965, 1998)), int(rng.integers(1, 13)),
                           int(rng.integers(1, 29)))
        if buyer:
            last_purchase = TODAY - dt.timedelta(days=int(rng.integers(3, 400)))
            stage, prospect, amount = "成交客户", "", float(sales[i])
        else:
            last_purchase = None
            stage = str(rng.choice(STAGES_PROSPECT))
            prospect, amount = str(rng.choice(PROSPECT, p=[0.25, 0.35, 0.40])), 0.0
        landline = (f"0750-{int(rng.integers(2200000, 2399999))}" if rng.random() < 0.7
                    else "")
        rows.append([
            f"C{i + 1:04d}", name, str(rng.choice(["企业", "企业", "经销商", "网店"])), industry,
            contact, str(rng.choice(TITLES)), mobile(rng), landline,
            f"wx_{contact_pinyin(i)}" if rng.random() < 0.6 else "",
            f"sales{i + 1:03d}@example.com" if rng.random() < 0.5 else "",
            "广东省", city, district,
            f"{city}{district}{rng.choice(ROADS)}{int(rng.integers(1, 300))}号",
            round(lat + rng.normal(0, 0.012), 6), round(lon + rng.normal(0, 0.012), 6),
            credit_code(rng, region), str(rng.choice(SOURCES)), OWNERS[i % 2], stage, prospect,
            amount, last_purchase.isoformat() if last_purchase else "", last_contact.isoformat(),
            next_contact.isoformat(), birthday.isoformat(), created.isoformat(), "",
        ])
    order = rng.permutation(n)  # buyers and prospects mixed, IDs in file order
    shuffled = [rows[k] for k in order]
    for k, row in enumerate(shuffled):
        row[0] = f"C{k + 1:04d}"
    return shuffled


def contact_pinyin(i: int) -> str:
    return f"kp{i + 1:03d}"


MESSY_HEADER = ["序号", "公司名称", "联系人姓名", "职位", "手机号码", "座机", "微信号", "邮箱",
                "所在城市", "镇街", "详细地址", "年采购额", "最后联系日期", "下次跟进日期",
                "统一信用代码", "来源", "客户星级"]


def messy(clean: list[list[object]]) -> list[list[object]]:
    """25 rows in the spelling people really use, with known problems (see the docstring)."""
    rows = []
    for k, row in enumerate(clean[:22]):
        (_cid, name, _type, _ind, contact, title, mob, land, im, email, _prov, city, district,
         address, _lat, _lon, code, source, _owner, _stage, _pc, amount, _lp, last, nxt,
         *_rest) = row
        rows.append([k + 1, name, contact, title, mob, land, im, email, city, district, address,
                     f"{amount:,.0f}" if amount else "", last, nxt, code, source,
                     "★" * (1 + k % 3)])
    fw = str.maketrans("0123456789-", "０１２３４５６７８９－")
    rows[0][4] = rows[0][4][:3] + " " + rows[0][4][3:7] + " " + rows[0][4][7:]  # spaces
    rows[1][4] = rows[1][4].translate(fw)  # full-width digits
    rows[2][4] = "+86-" + rows[2][4]  # country code
    rows[3][4] = rows[3][4][:7]  # too short → invalid_mobile
    rows[4][5] = "22" + rows[4][5][-5:] if rows[4][5] else "2212345"  # no area code
    rows[5][11] = "12.5万"  # 万元
    rows[6][11] = "3,600元"
    rows[7][11] = "-500"  # negative_sales
    rows[8][12] = "2026年10月8日"
    rows[9][12] = "2026/10/9"
    rows[10][12] = "2026.10.12"
    rows[11][12] = "46300"  # Excel serial number written as text
    rows[12][12] = "上周三"  # bad_date
    rows[13][12] = "2027-03-01"  # future_date
    rows[14][14] = rows[14][14][:-1] + ("0" if rows[14][14][-1] != "0" else "1")  # check char
    rows[15][7] = "sales.at.example.com"  # invalid_email
    rows[16][1] = ""  # missing_name
    rows[17][10] = "=开平市长沙街道港口路1号"  # formula-looking text must stay text
    rows.append([23, clean[0][1], clean[0][4], clean[0][5], clean[0][6], "", "", "",
                 clean[0][11], clean[0][12], "", "", "2026-11-20", "", "", "电话开发",
                 "★"])  # duplicate of row 1 by mobile and name + city
    rows.append([24, clean[1][1], "", "", mobile(np.random.default_rng(7)), "", "", "",
                 clean[1][11], clean[1][12], "", "8000", "", "", "", "展会", ""])  # name+city
    rows.append([25, "开平市新客户电商有限公司", "关先生", "老板", "1381234567８", "", "", "",
                 "开平市", "水口镇", "", "", "", "", "", "网店咨询", "★★"])
    return rows


# calls per half hour on an average weekday, 09:00 … 22:30 (28 intervals)
INTRADAY = [14, 22, 30, 34, 32, 26, 18, 16, 24, 30, 32, 28, 24, 20, 16, 13, 12, 14, 15, 14,
            12, 10, 8, 7, 6, 5, 4, 3]
WEEKDAY_FACTOR = [1.25, 1.1, 1.0, 1.0, 1.05, 0.7, 0.55]


def hotline(rng: np.random.Generator) -> list[list[object]]:
    rows = []
    monday = dt.datetime(2026, 11, 23, 9, 0)
    for day in range(7):
        for k, base in enumerate(INTRADAY):
            start = monday + dt.timedelta(days=day, minutes=30 * k)
            calls = int(rng.poisson(base * WEEKDAY_FACTOR[day]))
            aht = round(rng.normal(240 if k < 20 else 210, 12))
            rows.append([start.strftime("%Y-%m-%d %H:%M"), calls, aht])
    return rows


# 003 (《电子商务客户服务》项目四): the new agent 小李 served 42 customers and closed far fewer
# orders than the veteran with 29 consultations, with lower ratings. (agent, consultations,
# orders, median first-reply seconds, ratings of her orders)
SERVICE_AGENTS = [("小李", 42, 9, 14.0, (3, 4, 4, 4, 5)), ("老陈", 29, 17, 6.0, (4, 5, 5, 5, 5))]
SERVICE_DAYS = [dt.date(2026, 11, 16) + dt.timedelta(days=d) for d in range(5)]
LOST_REASONS = ["价格", "价格", "价格", "太贵了", "产品", "再考虑", "我要考虑一下", "物流", "信用",
                "产品欠缺", ""]
BUYERS = ["tb", "jd", "hua", "xiao", "ai", "meng", "yu", "lan", "qing", "mi"]
CONSULTATION_HEADER = ["客服", "顾客旺旺", "接入时间", "顾客首条消息", "首次回复", "成交/未成交",
                       "未成交原因", "评分", "备注"]


def consultations(rng: np.random.Generator) -> list[list[object]]:
    """A week of a Taobao shop's conversations reproducing the 42-vs-29 example of 003."""
    rows = []
    for agent, n, orders, median, scores in SERVICE_AGENTS:
        converted = np.zeros(n, dtype=bool)
        converted[rng.choice(n, size=orders, replace=False)] = True
        for k in range(n):
            day = SERVICE_DAYS[k % len(SERVICE_DAYS)]
            start = dt.datetime.combine(day, dt.time(9)) + dt.timedelta(
                seconds=int(rng.integers(0, 12 * 3600)))
            first = start + dt.timedelta(seconds=int(rng.integers(0, 20)))
            reply = first + dt.timedelta(seconds=max(2, round(rng.lognormal(np.log(median),
                                                                            0.5))))
            buyer = f"{BUYERS[int(rng.integers(len(BUYERS)))]}_{int(rng.integers(1000, 9999))}"
            reason = "" if converted[k] else LOST_REASONS[int(rng.integers(len(LOST_REASONS)))]
            score = int(scores[int(rng.integers(len(scores)))]) if converted[k] else ""
            rows.append([agent, buyer, start.strftime("%Y-%m-%d %H:%M:%S"),
                         first.strftime("%H:%M:%S"), reply.strftime("%H:%M:%S"),
                         "成交" if converted[k] else "未成交", reason, score, ""])
    rows.sort(key=lambda r: r[2])
    return rows


# 001: the complaint log (客户投诉登记表) — complaints in the three weeks before the data's today
# at different stages of the ten steps. (id, received, customer row, channel, issue, steps
# done, solution, solved)
COMPLAINT_HEADER = ["投诉编号", "受理日期", "客户编号", "客户名称", "联系人", "联系电话",
                    "投诉方式", "投诉内容", "处理人", "①理解感受", "②听完经过", "③尽量赞同",
                    "④记录", "⑤不推卸", "⑥立即处理", "⑦给出选择", "⑧电话回访", "⑨写信",
                    "⑩总结教训", "解决方案", "解决日期", "备注"]
COMPLAINTS = [
    ("TS2611-01", "2026-11-02", 1, "电话", "到货的货架有两根立柱变形", 10,
     "次日补发两根立柱，客户选择上门更换", "2026-11-03"),
    ("TS2611-02", "2026-11-16", 4, "微信", "发票抬头开错", 8, "重开发票并快递，客户选择顺丰到付",
     "2026-11-17"),
    ("TS2611-03", "2026-11-18", 6, "当面", "同批布料色差明显", 7,
     "客户选择按九折保留或退货，选了九折", "2026-11-20"),
    ("TS2611-04", "2026-11-19", 2, "电话", "送货晚了两天，耽误开业", 5, "", ""),
    ("TS2611-05", "2026-11-20", 9, "邮件", "客服回复慢、态度生硬", 4, "", ""),
    ("TS2611-06", "2026-11-20", 12, "电话", "安装师傅没按约定时间上门", 3, "", ""),
]


def complaints(clean: list[list[object]]) -> list[list[object]]:
    """The sample complaint log, for customers of the sample table."""
    rows = []
    for cid, received, i, channel, issue, done, solution, solved in COMPLAINTS:
        customer = clean[i]
        phone = customer[6] or customer[7]
        ticks = ["✓"] * done + [""] * (10 - done)
        rows.append([cid, received, customer[0], customer[1], customer[4], phone, channel,
                     issue, customer[18], *ticks, solution, solved, ""])
    return rows


# 004: period over period — four months of the online shop after 小李's training: contacts,
# orders, what was spent (training, promotions) and the old customers still buying
KPI_PERIOD_HEADER = ["期间", "接待/联系数", "成交单数", "投入费用（元）", "期初老顾客", "仍在购买"]
KPI_PERIODS = [
    ["2026-07", 260, 78, 0, 120, 96],
    ["2026-08", 280, 92, 1500, 125, 103],
    ["2026-09", 300, 105, 2500, 131, 110],
    ["2026-10", 310, 121, 3000, 138, 118],
]

# 000 任务三 陌生拜访: prospects met on cold visits, judged on purchase desire and purchasing
# power (scores 1–5 or words, as students write them) — the headers are synonyms on purpose
PROSPECT_HEADER = ["公司名称", "联系人", "职位", "手机号码", "所在镇街", "购买意愿", "购买力",
                   "拜访备注"]
PROSPECTS = [
    ["开平市新宇电子商务有限公司", "关志明", "总经理", "13902211345", "长沙街道", 5, 4,
     "已有预算，想年底前上线网店"],
    ["开平市丰华陶瓷有限公司", "谭美玲", "电商主管", "13536112208", "水口镇", "高", "高",
     "要报价和成功案例"],
    ["开平市利达包装有限公司", "司徒健", "老板", "13726009817", "三埠街道", 4, 2,
     "很想做，但资金要等回款"],
    ["开平市金源食品有限公司", "周晓燕", "市场经理", "18923301276", "月山镇", "低", "强",
     "有实力，暂时没需求"],
    ["开平市合众物流有限公司", "黄国强", "副总", "13680221190", "苍城镇", 2, 5,
     "先看同行效果"],
    ["开平市美家家具有限公司", "吴丽芬", "采购", "15913398820", "沙塘镇", "中", "弱",
     "只是了解一下"],
    ["开平市天成印刷有限公司", "邓伟", "老板", "13827003315", "长沙街道", 1, 2, ""],
    ["开平市绿源农产品有限公司", "梁秀英", "负责人", "18824415567", "赤坎镇", 3, 3,
     "下周带合同再访"],
    ["开平市海湾五金有限公司", "李建华", "经理", "13556230048", "水口镇", "", 4,
     "负责人不在，未能判断"],
    ["开平市永兴水暖器材厂", "陈志坚", "厂长", "13922450061", "水口镇", "强", "小",
     "想要，预算很少"],
]


def main() -> None:
    rng = np.random.default_rng(SEED)
    clean = customers(rng)
    with open(HERE / "customers.csv", "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(COLUMNS)
        writer.writerows(clean)
    bad = messy(clean)
    with open(HERE / "messy_customers.csv", "w", encoding="gbk", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["开平市电商企业客户信息（2026年11月 学生作业）"])
        writer.writerow(MESSY_HEADER)
        writer.writerows(bad)
    hot = hotline(np.random.default_rng(SEED + 1))
    with open(HERE / "hotline_forecast.csv", "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["interval_start", "calls", "aht_seconds"])
        writer.writerows(hot)
    service = consultations(np.random.default_rng(SEED + 3))
    with open(HERE / "consultations.csv", "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(CONSULTATION_HEADER)
        writer.writerows(service)
    complaint_log = complaints(clean)
    with open(HERE / "complaints.csv", "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(COMPLAINT_HEADER)
        writer.writerows(complaint_log)
    with open(HERE / "kpi_periods.csv", "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(KPI_PERIOD_HEADER)
        writer.writerows(KPI_PERIODS)
    with open(HERE / "prospects.csv", "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(PROSPECT_HEADER)
        writer.writerows(PROSPECTS)
    manifest = {
        "customers": {
            "file": "customers.csv", "rows": len(clean), "columns": len(COLUMNS),
            "encoding": "utf-8-sig", "synthetic": True, "seed": SEED,
            "as_of": TODAY.isoformat(), "generator": "data/generate_samples.py",
            "description_zh": "开平、江门 150 家虚构客户企业：联系人、地址、坐标、年销售额、阶段、"
                              "联系日期和生日",
            "description_en": "150 invented customer companies in Kaiping and Jiangmen with "
                              "contacts, addresses, coordinates, annual sales, stages, contact "
                              "dates and birthdays",
        },
        "hotline_forecast": {
            "file": "hotline_forecast.csv", "rows": len(hot), "columns": 3,
            "encoding": "utf-8", "synthetic": True, "seed": SEED + 1,
            "as_of": TODAY.isoformat(), "generator": "data/generate_samples.py",
            "description_zh": "客服热线一周（2026-11-23 至 29）每半小时的来电量和平均处理时长，"
                              "09:00–23:00",
            "description_en": "A week of half-hour call volumes and handling times of a "
                              "customer-service hotline, 09:00–23:00, 2026-11-23 to 29",
        },
        "messy_customers": {
            "file": "messy_customers.csv", "rows": len(bad), "columns": len(MESSY_HEADER),
            "encoding": "gbk", "synthetic": True, "seed": SEED, "as_of": TODAY.isoformat(),
            "generator": "data/generate_samples.py",
            "description_zh": "清洗练习用：GBK 编码、标题行、同义表头、全角数字、万元金额、"
                              "多种日期写法、错误电话、重复客户、错误信用代码、未知列",
            "description_en": "For the cleaning walkthrough: GBK, a title row, synonym headers, "
                              "full-width digits, 万元 amounts, mixed dates, bad phones, "
                              "duplicates, a wrong credit code, an unknown column",
        },
        "consultations": {
            "file": "consultations.csv", "rows": len(service),
            "columns": len(CONSULTATION_HEADER), "encoding": "utf-8-sig", "synthetic": True,
            "seed": SEED + 3, "as_of": TODAY.isoformat(), "generator": "data/generate_samples.py",
            "description_zh": "淘宝店一周的在线咨询记录（003）：新客服小李接待 42 个顾客成交 9 单，"
                              "老员工老陈 29 个咨询成交 17 单；首次回复、成交/未成交、"
                              "未成交原因、评分",
            "description_en": "A week of a Taobao shop's online conversations (003): the new agent "
                              "小李 served 42 customers for 9 orders, the veteran 老陈 29 for 17; "
                              "first replies, converted or not, reasons, ratings",
        },
        "complaints": {
            "file": "complaints.csv", "rows": len(complaint_log),
            "columns": len(COMPLAINT_HEADER), "encoding": "utf-8-sig", "synthetic": True,
            "seed": SEED, "as_of": TODAY.isoformat(), "generator": "data/generate_samples.py",
            "description_zh": "客户投诉登记表（001 的十个步骤）：六件投诉分别处于处理中、"
                              "已解决、已结案，"
                              "有逾期步骤，也有待排的电话回访和寄信",
            "description_en": "A complaint log (the ten steps of 001): six complaints open, solved "
                              "or closed, with overdue steps and a call and letters to plan",
        },
        "kpi_periods": {
            "file": "kpi_periods.csv", "rows": len(KPI_PERIODS),
            "columns": len(KPI_PERIOD_HEADER), "encoding": "utf-8-sig", "synthetic": True,
            "seed": None, "as_of": TODAY.isoformat(), "generator": "data/generate_samples.py",
            "description_zh": "网店四个月（2026 年 7–10 月）的期间对比（004）：接待/联系数、"
                              "成交单数、"
                              "投入费用、期初老顾客和仍在购买的老顾客",
            "description_en": "Four months (July–October 2026) of an online shop for the period "
                              "comparison (004): contacts, orders, cost, customers at the start "
                              "and still buying",
        },
        "prospects": {
            "file": "prospects.csv", "rows": len(PROSPECTS), "columns": len(PROSPECT_HEADER),
            "encoding": "utf-8-sig", "synthetic": True, "seed": None,
            "as_of": TODAY.isoformat(), "generator": "data/generate_samples.py",
            "description_zh": "陌生拜访的十家准客户（000 任务三）：购买意愿和购买力"
                              "（1–5 分或高/低、强/弱），表头用同义词",
            "description_en": "Ten prospects met on cold visits (000, task 3): purchase desire "
                              "and purchasing power (1–5 scores or words), synonym headers",
        },
    }
    (HERE / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n",
                                        encoding="utf-8")


if __name__ == "__main__":
    main()
