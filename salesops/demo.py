"""The main job: build every tracker from the shipped sample data into one folder.

``salesops demo`` (or :func:`build_demo`) writes, from ``salesops.datasets``:

* ``customers.xlsx`` — the sample customer table, normalised, with its problems and 说明 sheet;
* ``messy_customers_cleaned.xlsx`` — the messy GBK sample cleaned, with every problem listed;
* ``followup.xlsx`` — 跟单记录表 for the four weeks after the sample's date (one plan with the
  call list and the visit plan: visits on their routed days), ABC分类 with a Pareto chart,
  ABC汇总, 销售漏斗;
* ``calls.xlsx`` — 今日电话清单 (Monday's call list in the golden hours, two-choice times,
  meeting place, 留言 with its call-back windows), 电销日报 (plan and actual per rep and day,
  live rate formulas), 每周自查, 外呼人力测算 (both methods with their formulas), 话务人力
  (Erlang C staffing of the sample hotline week, with a chart), 电话脚本 (the China Mobile
  homework worked out: 150 → 128 元, 22 a month, 264 a year), 陌生电话步骤 (steps, prepared
  answers to refusals, the voicemail);
* ``roster.xlsx`` — the course exercise (three agents cover 09:00–23:00 seven days, ≤ 40 h
  each): 排班表, 覆盖情况, 覆盖热力图, 班次表; ``roster_hotline.xlsx`` — eight agents against
  the sample hotline's staffing, shortfalls listed; ``roster_blank.xlsx`` — the empty grid
  students fill in (``salesops roster check`` reads it back);
* ``visits.xlsx`` — the same four weeks for the two reps: 拜访计划表 (date, time, order, customer,
  class, contact, phone, address, purpose, 结果 dropdown, next visit), 每日路线汇总, 未安排客户;
* ``service.xlsx`` — online customer service (003): 客服业绩 (小李's 42 consultations against
  老陈's 29, with a chart), 未成交原因, 咨询记录 (first-reply formulas, replies over 10 s red);
* ``complaints.xlsx`` — 客户投诉登记表 (001's ten steps ticked, overdue steps red), 逾期步骤,
  回访与寄信计划 (the follow-up calls and letters as a 跟单记录表);
* ``kpi.xlsx`` — 顾客终生价值 (churn 20% → 5 years, 10% → 10 years and twice the value, live
  formulas), 开发与维护成本 (US$118 vs US$19), 保留率与利润 (+5% → +25%), 服务标准 (SMART,
  the online reply measured on the sample log), 期间对比 (four months of the sample shop);
* ``pareto.png``, ``funnel.png``, ``staffing.png``, ``route.png`` — charts drawn with
  matplotlib (when installed, as it is with the ``notebooks`` extra).
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from . import datasets
from .abc import classify_abc
from .labels import t
from .plan import week_plan
from .workbooks import (
    blank_roster_workbook,
    calls_workbook,
    customer_workbook,
    followup_workbook,
    roster_workbook,
    visit_workbook,
)

#: the sample data's "today": plans start on the next Monday
SAMPLE_TODAY = dt.date(2026, 11, 22)

__all__ = ["build_demo", "service_samples"]


def build_demo(out_dir: str | os.PathLike = "out", *, overwrite: bool = False,
               lang: str | None = None, template: str | os.PathLike | None = None
               ) -> dict[str, Path]:
    """Write every sample tracker into ``out_dir``; returns name → path.

    Existing files are kept unless ``overwrite=True`` (each old file is then kept as a
    numbered backup, ``*.bak1.xlsx`` …).
    """
    out = Path(out_dir)
    written: dict[str, Path] = {}
    common = {"overwrite": overwrite, "lang": lang, "template": template}
    written["customers"] = customer_workbook(datasets.path("customers"),
                                             out / "customers.xlsx", **common).path
    written["messy_customers_cleaned"] = customer_workbook(
        datasets.path("messy_customers"), out / "messy_customers_cleaned.xlsx", **common).path
    customers = datasets.load_customers()
    monday = SAMPLE_TODAY + dt.timedelta(days=7 - SAMPLE_TODAY.weekday())
    # one plan for the four weeks: the 跟单记录表, the call list and the 拜访计划表 print it
    plan = week_plan(classify_abc(customers), monday, weeks=4, route_seconds=15, lang=lang)
    followup = followup_workbook(customers, out / "followup.xlsx", start=monday, weeks=4,
                                 today=SAMPLE_TODAY, plan=plan, **common)
    written["followup"] = followup.path
    calls = calls_workbook(followup.classified, out / "calls.xlsx", date=monday, plan=plan,
                           **common)
    written["calls"] = calls.path
    written.update(_rosters(out, monday, calls.staffing, common))
    written["visits"] = visit_workbook(plan.visits, out / "visits.xlsx", **common)
    written.update(_figures(followup.classified, calls.staffing, plan.visits, out,
                            overwrite=overwrite, lang=lang))
    written.update(service_samples(out, **common))
    return written


def service_samples(out_dir: str | os.PathLike = "out", *, overwrite: bool = False,
                    lang: str | None = None, template: str | os.PathLike | None = None
                    ) -> dict[str, Path]:
    """The online-service log, the complaint log and the KPI sheet of the sample data.

    Overdue steps are judged on the sample's today (:data:`SAMPLE_TODAY`); the KPI sheet's
    online reply standard is measured on the sample consultation log.
    """
    from .workbooks import complaints_workbook, kpi_workbook, service_workbook

    out = Path(out_dir)
    common = {"overwrite": overwrite, "lang": lang, "template": template}
    service = service_workbook(datasets.path("consultations"), out / "service.xlsx", **common)
    complaints = complaints_workbook(datasets.path("complaints"), out / "complaints.xlsx",
                                     today=SAMPLE_TODAY, **common)
    median = float(service.log.data["first_response_seconds"].median())
    kpi = kpi_workbook(out / "kpi.xlsx", periods=datasets.path("kpi_periods"),
                       actuals={"online_reply": median}, **common)
    return {"service": service.path, "complaints": complaints.path, "kpi": kpi.path}


def _busiest(plan):
    """The day with the most visits (the most kilometres among equals), for the route map."""
    if not len(plan.days):
        return None
    return plan.days.sort_values(["visits", "km"]).iloc[-1]["date"]


def _rosters(out: Path, monday: dt.date, staffing, common: dict) -> dict[str, Path]:
    """The course exercise, the hotline week for eight agents, and the blank grid."""
    from .roster import build_roster

    three = build_roster(["甲", "乙", "丙"], "09:00-23:00", start=monday,
                         time_limit_seconds=10)
    hotline = build_roster([t("demo.agent", common["lang"], n=i) for i in range(1, 9)],
                           staffing, start=monday,
                           time_limit_seconds=15)
    options = {k: v for k, v in common.items() if k != "template"}
    return {
        "roster": roster_workbook(three, out / "roster.xlsx", **common),
        "roster_hotline": roster_workbook(hotline, out / "roster_hotline.xlsx", **common),
        "roster_blank": blank_roster_workbook(["甲", "乙", "丙"], out / "roster_blank.xlsx",
                                              start=monday, **options),
    }


def _figures(classified, staffing, plan, out: Path, *, overwrite: bool, lang: str | None
             ) -> dict[str, Path]:
    """Pareto and funnel PNGs; skipped when matplotlib is not installed."""
    try:
        import matplotlib
    except ImportError:
        return {}
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from .excel import guard_output, replace_file
    from .funnel import funnel
    from .plotting import funnel_chart, pareto_chart, route_map, staffing_chart

    written = {}
    for name, draw in (("pareto", lambda: pareto_chart(classified, lang=lang)),
                       ("funnel", lambda: funnel_chart(funnel(classified, today=SAMPLE_TODAY),
                                                       lang=lang)),
                       ("staffing", lambda: staffing_chart(staffing, lang=lang)),
                       ("route", lambda: route_map(plan, _busiest(plan), customers=classified,
                                                   lang=lang))):
        path = guard_output(out / f"{name}.png", overwrite=overwrite, suffix=".png")
        ax = draw()
        try:
            replace_file(path, lambda tmp, fig=ax.figure: fig.savefig(tmp, dpi=110,
                                                                     format="png"),
                         overwrite=overwrite)
        finally:
            plt.close(ax.figure)
        written[name] = path
    return written
