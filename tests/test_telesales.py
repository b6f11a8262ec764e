"""The telesales script, the cold-call steps and the call list's voicemail (seeds 000, 003)."""

import datetime as dt
import warnings

import pandas as pd
import pytest
from openpyxl import load_workbook

from salesops import SalesopsError, datasets
from salesops.calendar import CalendarWarning
from salesops.calls import daily_call_plan, two_choice_times
from salesops.excel import read_tracker
from salesops.labels import language
from salesops.telesales import (
    COLD_CALL_STEPS,
    OBJECTIONS,
    SCRIPT_STEPS,
    cold_call_steps,
    plan_saving,
    prepared_answers,
    telesales_script,
)
from salesops.workbooks import calls_workbook

DAY = dt.date(2026, 11, 23)


def test_china_mobile_saving_is_22_a_month_264_a_year():
    # seed 000 作业: a 128 元 plan for a customer spending about 150 元 a month
    s = plan_saving(150, 128)
    assert (s.monthly, s.yearly) == (22, 264)
    assert s.formula() == "每月节省 = 150 − 128 = 22 元；每年节省 = 22 × 12 = 264 元"
    assert plan_saving(99.5, 88).yearly == pytest.approx(138)


@pytest.mark.parametrize("old, new", [(-1, 128), (150, float("nan")), ("150", 128),
                                      (True, 1)])
def test_plan_saving_refuses_what_is_not_an_amount(old, new):
    with pytest.raises(SalesopsError):
        plan_saving(old, new)


def _said(script, step, speaker="agent"):
    rows = script[(script["step"] == step) & (script["speaker"] == speaker)]
    return "".join(rows["text"])


def test_script_follows_the_course_structure_and_carries_the_numbers():
    script = telesales_script()
    assert script["step"].unique().tolist() == list(SCRIPT_STEPS) == [
        "identity", "greeting", "purpose", "offer", "two_choice", "objection", "close"]
    offer = _said(script, "offer")
    assert "150 元" in offer and "128 元" in offer and "每月省 22 元，一年省 264 元" in offer
    assert script.loc[script["step"] == "offer", "note"].iloc[0] == (
        "每月节省 = 150 − 128 = 22 元；每年节省 = 22 × 12 = 264 元")
    assert "上午 10:15 还是下午 15:25" in _said(script, "two_choice")  # one day, two times
    objection = script[script["step"] == "objection"]
    assert objection["speaker"].iloc[0] == "customer" and objection["text"].iloc[0] == "我很忙。"
    # every part has both sides, and no line is left empty
    assert (script.groupby("step")["speaker"].nunique() == 2).all()
    assert script["text"].str.len().gt(0).all()
    # another offer: the numbers move with it, nothing is typed in
    other = telesales_script(200, 158)
    assert "42 元" in _said(other, "offer") and "504 元" in other["note"].dropna().str.cat()
    with language("en"):
        assert "22 yuan a month" in _said(telesales_script(), "offer")


def test_script_refuses_a_plan_that_costs_more():
    with pytest.raises(SalesopsError, match="128"):
        telesales_script(120, 128)
    with pytest.raises(SalesopsError):
        telesales_script(128, 128)


def test_cold_call_steps_and_prepared_answers():
    table = cold_call_steps()
    steps = table[table["kind"] == "step"].groupby("order").agg(
        label=("label", "first"), say=("say", "".join))
    assert len(steps) == len(COLD_CALL_STEPS) == 7
    assert steps["label"].tolist() == ["确认身份", "问好，自我介绍", "表明来意",
                                              "二择一法敲定时间", "拒绝处理", "二择一法敲定时间",
                                              "跟进"]
    # the follow-up fixes the time and the place; both two-choice steps offer one day's pair
    assert "10:15" in steps.loc[7, "say"] and "办公室" in steps.loc[7, "say"]
    assert all("10:15" in steps.loc[k, "say"] and "15:25" in steps.loc[k, "say"]
               for k in (4, 6))
    answers = prepared_answers().set_index("objection")
    assert list(answers.index) == list(OBJECTIONS)
    assert answers.loc["busy", "says"] == "我很忙"
    assert answers.loc["busy", "answer"].startswith("谢谢，正因为您很忙")
    assert "不敢要求您有兴趣" in answers.loc["not_interested", "answer"]
    assert answers.loc["too_expensive", "answer"] == "一分钱一分货，其实一点也不贵。"
    assert answers["source"].str.contains("陌生电话").sum() == 2
    assert len(table[table["kind"] == "answer"].drop_duplicates("order")) == 9
    voicemail = "".join(table.loc[table["kind"] == "voicemail", "say"])
    assert "明天下午 14:10 到 14:50" in voicemail and "后天上午 10:10 到 10:40" in voicemail


def test_two_choice_pairs_differ_and_stay_on_the_visit_day():
    # eight customers of one rep all due a visit on Thursday: more than the five course pairs
    ids = [f"K{i}" for i in range(8)]
    customers = pd.DataFrame({"customer_id": ids, "name": "客户", "annual_sales": 1.0,
                              "owner": "李志强", "abc_class": "A", "address": "开平市某路"})
    thursday = pd.Timestamp("2026-11-26")
    schedule = pd.DataFrame(
        [{"date": pd.Timestamp(DAY), "customer_id": c, "channel": "phone",
          "rule": "a_call", "purpose": "电话"} for c in ids]
        + [{"date": thursday, "customer_id": c, "channel": "visit", "rule": "a_visit",
            "purpose": "拜访"} for c in ids])
    calls = daily_call_plan(customers, DAY, schedule=schedule).calls
    pairs = list(zip(calls["appointment_1"], calls["appointment_2"], strict=True))
    assert len(set(pairs)) == 8  # no two customers of one rep offered the same pair
    for first, second in pairs:
        assert first[:10] == second[:10] == "2026-11-26"  # the visit plan's day, not moved
        assert first[11:] < "12:00" < second[11:] <= "17:30"
    assert pairs[0] == ("2026-11-26 10:15", "2026-11-26 15:25")  # the course's example
    times = [two_choice_times(k) for k in range(60)]
    assert len(set(times)) == 60 and max(m for m, _ in times) < "12:00"


def test_call_list_voicemail_result_place_and_read_back(tmp_path):
    out = tmp_path / "calls.xlsx"
    with warnings.catch_warnings():  # a November plan needs no 2027 calendar: no warning
        warnings.simplefilter("error", CalendarWarning)
        result = calls_workbook(datasets.load_customers(), out, date=DAY)
    wb = load_workbook(out)
    assert {"电话脚本", "陌生电话步骤"} <= set(wb.sheetnames)
    ws = wb["今日电话清单"]
    headers = [c.value for c in ws[4]]
    for h in ("约见地点", "留言（录音电话时）", "等候回电"):
        assert h in headers
    result_col = headers.index("结果") + 1
    validations = " ".join(str(dv.formula1) for dv in ws.data_validations.dataValidation)
    assert "留言" in validations  # 留言 is a result in the dropdown
    callback = ws.cell(5, headers.index("等候回电") + 1).value
    assert callback.startswith("=IF(") and "2026-11-24 14:10–14:50" in callback
    ws.cell(5, result_col, "留言")
    wb.save(out)
    back = read_tracker(out, "calllist")
    first = back.frame.iloc[0]
    assert first["result"] == "voicemail"
    plan = result.plan.calls
    assert first["meeting_place"] == plan["meeting_place"].iloc[0]
    assert "14:10–14:50" in first["voicemail"]
    assert set(back.edited["column"]) == {"result"}  # the formula column is not an edit
    script = wb["电话脚本"]
    texts = " ".join(str(c.value) for row in script.iter_rows() for c in row if c.value)
    assert "每月节省 = 150 − 128 = 22 元；每年节省 = 22 × 12 = 264 元" in texts
    back = read_tracker(out, "phone_script").frame
    assert back["speaker"].iloc[:2].tolist() == ["agent", "customer"]  # labels read as codes
    assert back["label"].iloc[0] == "1 确认身份" and pd.isna(back["label"].iloc[1])


def test_two_choice_days_agree_with_the_routed_visit_plan():
    from salesops.plan import week_plan

    week = week_plan(datasets.load_customers(), "2026-12-07", route_seconds=2)
    calls = week.calls.dropna(subset=["appointment_1"])
    itinerary = week.visits.itinerary.assign(date=pd.to_datetime(week.visits.itinerary["date"]))
    assert len(calls) > 0
    for rec in calls.itertuples():
        later = itinerary[(itinerary["customer_id"] == rec.customer_id)
                          & (itinerary["date"] > rec.date)]
        # the two times are offered on the day the visit plan routed the visit
        assert rec.appointment_1[:10] == rec.appointment_2[:10] == \
            later["date"].min().strftime("%Y-%m-%d")
    for (_day, _owner), group in calls.groupby(["date", "owner"]):
        pairs = list(zip(group["appointment_1"], group["appointment_2"], strict=True))
        assert len(set(pairs)) == len(pairs)
