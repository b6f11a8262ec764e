"""Outbound call planning (COURSE.md §5): campaign staffing, daily call lists, the weekly plan.

Results come from targeting, **call volume** and call quality. A telesales rep prepares
tomorrow's numbers today (the course's example: **200 calls a day**) and calls in the golden
hours **09:00–11:30 and 14:00–17:30**; a self-check table counts the calls of each weekday.
An outbound call centre forecasts staff by the **direct method** (records and deadline) or the
**goal-oriented method** (target successes and campaign period). Appointments are made with the
**two-choice method** (二择一法): offer two concrete times.

Examples
--------
>>> r = direct_staffing(records=3000, attempts_per_record=1.6, dial_minutes=1.5, days=3,
...                     hours_per_agent_day=8)
>>> r.dials, r.agent_hours, r.agents_per_day
(4800.0, 120.0, 5)
>>> goal_staffing(target_successes=60, success_rate=0.05, contact_rate=0.4).records
3000
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import asdict, dataclass

import pandas as pd

from .calendar import WorkCalendar, as_date
from .customer_table import CustomerTable
from .errors import SalesopsError
from .labels import t
from .parsing import format_hhmm, parse_hhmm
from .policy import (
    AGENT_HOURS_PER_DAY,
    CALL_MINUTES,
    CALLS_PER_DAY,
    CAMPAIGN_ATTEMPTS,
    CAMPAIGN_DAYS,
    CAMPAIGN_DIAL_MINUTES,
    GOLDEN_HOURS,
    TWO_CHOICE_TIMES,
    VOICEMAIL_WINDOWS,
)
from .validation import number, share, whole

__all__ = ["AppointmentReading", "CampaignStaffing", "DailyCallPlan",
           "appointments_from_calls", "daily_call_plan", "direct_staffing",
           "goal_staffing", "self_check", "two_choice_times", "voicemail_windows",
           "weekly_call_plan"]



@dataclass(frozen=True)
class CampaignStaffing:
    """An outbound campaign's workload and head count, with the formula that gave it.

    ``records`` are the names on the list, ``dials`` the attempts (records × attempts per
    record), ``contacts`` the calls that reach the person (接通本人): dials × contact rate in
    the direct method; in the goal-oriented method the contacts *needed* for the target
    (target ÷ success rate per contact), from which the records are derived.
    """

    method: str
    records: int
    dials: float
    contacts: float
    agent_hours: float
    days: int
    agents_per_day: int
    formula: str
    successes: float | None = None

    def as_dict(self) -> dict:
        return asdict(self)


def _workload(records: int, attempts_per_record: float, dial_minutes: float, contacts: float,
              contact_minutes: float, days: int, hours_per_agent_day: float,
              lang: str | None) -> tuple[float, float, int, list[str]]:
    """Dials, agent-hours and agents per day of a list, and the clauses that say how
    (dials, agent-hours, agents): both methods print the same working."""
    whole("days", days, low=1)
    number("hours_per_agent_day", hours_per_agent_day, above=True)
    dials = records * attempts_per_record
    hours = (dials * dial_minutes + contacts * contact_minutes) / 60
    agents = math.ceil(round(hours / (days * hours_per_agent_day), 9))
    clauses = [t("calls.dials_formula", lang, records=f"{records:,}",
                 attempts=_fmt(attempts_per_record), dials=_fmt(dials)),
               t("calls.hours_formula", lang, dials=_fmt(dials), dial_minutes=_fmt(dial_minutes),
                 contacts=_fmt(contacts), contact_minutes=_fmt(contact_minutes),
                 hours=_fmt(hours)),
               t("calls.agents_formula", lang, hours=_fmt(hours), days=days,
                 hours_per_day=_fmt(hours_per_agent_day), agents=agents)]
    return dials, hours, agents, clauses


def direct_staffing(records: int, attempts_per_record: float = CAMPAIGN_ATTEMPTS,
                    dial_minutes: float = CAMPAIGN_DIAL_MINUTES, contact_rate: float = 1.0,
                    contact_minutes: float = 0.0, days: int = CAMPAIGN_DAYS,
                    hours_per_agent_day: float = AGENT_HOURS_PER_DAY, lang: str | None = None
                    ) -> CampaignStaffing:
    """直接预测法: staff from the number of records and the deadline.

    dials = records × attempts per record; contacts (接通本人) = dials × contact rate;
    agent-hours = (dials × dial minutes + contacts × contact minutes) ÷ 60;
    agents per day = ⌈agent-hours ÷ (days × productive hours per agent-day)⌉.

    ``dial_minutes`` is the time of one attempt (dialling, ringing, a short no-answer);
    ``contact_minutes`` the extra talk and wrap-up time of an attempt that reaches the person
    (``contact_rate`` of attempts). Set ``contact_minutes=0`` when ``dial_minutes`` already
    averages everything (the course's worked example). Defaults are the campaign defaults of
    :mod:`salesops.policy` (3 days, 8 hours, 1.6 attempts of 1.5 minutes), shared with the
    command line.

    Examples
    --------
    >>> r = direct_staffing(records=3000)
    >>> r.dials, r.agent_hours, r.agents_per_day
    (4800.0, 120.0, 5)
    """
    for name, value in (("records", records), ("attempts_per_record", attempts_per_record),
                        ("dial_minutes", dial_minutes), ("contact_minutes", contact_minutes)):
        number(name, value)
    share("contact_rate", contact_rate)
    contacts = records * attempts_per_record * contact_rate
    dials, hours, agents, clauses = _workload(records, attempts_per_record, dial_minutes,
                                              contacts, contact_minutes, days,
                                              hours_per_agent_day, lang)
    clauses.insert(1, t("calls.direct_contacts", lang, dials=_fmt(dials),
                        rate=f"{contact_rate:.0%}", contacts=_fmt(contacts)))
    return CampaignStaffing("direct", int(records), dials, contacts, hours, int(days), agents,
                            t("sep.clause", lang).join(clauses))


def goal_staffing(target_successes: int, success_rate: float, contact_rate: float,
                  attempts_per_record: float = CAMPAIGN_ATTEMPTS,
                  dial_minutes: float = CAMPAIGN_DIAL_MINUTES, contact_minutes: float = 0.0,
                  days: int = CAMPAIGN_DAYS, hours_per_agent_day: float = AGENT_HOURS_PER_DAY,
                  lang: str | None = None) -> CampaignStaffing:
    """目标导向推算法: staff from the successes wanted in the campaign period.

    contacts needed (接通本人) = target successes ÷ success rate per contact;
    records needed = ⌈contacts ÷ contact rate per record⌉; dials = records × attempts;
    agent-hours = (dials × dial minutes + contacts × contact minutes) ÷ 60; agents per day as
    :func:`direct_staffing`.

    Examples
    --------
    >>> r = goal_staffing(target_successes=60, success_rate=0.05, contact_rate=0.4)
    >>> r.contacts, r.records, r.dials, r.agents_per_day
    (1200.0, 3000, 4800.0, 5)
    """
    for name, value in (("target_successes", target_successes),
                        ("attempts_per_record", attempts_per_record),
                        ("dial_minutes", dial_minutes), ("contact_minutes", contact_minutes)):
        number(name, value)
    share("success_rate", success_rate)
    share("contact_rate", contact_rate)
    contacts_needed = target_successes / success_rate
    records = math.ceil(round(contacts_needed / contact_rate, 9))
    dials, hours, agents, clauses = _workload(records, attempts_per_record, dial_minutes,
                                              contacts_needed, contact_minutes, days,
                                              hours_per_agent_day, lang)
    goal = t("calls.goal_formula", lang, target=target_successes, rate=f"{success_rate:.0%}",
             contacts=_fmt(contacts_needed), contact_rate=f"{contact_rate:.0%}",
             records=f"{records:,}")
    return CampaignStaffing("goal", records, dials, contacts_needed, hours, int(days),
                            agents, t("sep.clause", lang).join([goal, *clauses]),
                            successes=float(target_successes))


def _fmt(x: float) -> str:
    return f"{x:,.1f}".rstrip("0").rstrip(".")


def _windows(windows) -> list[tuple[int, int]]:
    out = []
    for w in windows:
        try:
            a, b = (parse_hhmm(x) for x in w.split("-"))
        except ValueError as exc:
            raise SalesopsError(t("error.call_window", window=w)) from exc
        if b <= a:
            raise SalesopsError(t("error.call_window", window=w))
        out.append((a, b))
    return sorted(out)


_STAGE_ORDER = {"negotiating": 0, "decided": 0, "evaluating": 1, "taking_action": 2,
                "problem_clarified": 3, "problem_found": 4, "satisfied": 5, "won": 6}


@dataclass
class DailyCallPlan:
    """The day's call list and what to do when it is short.

    ``calls``: one row per call in order — ``slot`` (HH:MM), ``customer_id``, ``name``,
    ``contact_person``, ``phone``, ``abc_class``, ``priority``, ``purpose``, for customers due
    a visit ``appointment_1`` / ``appointment_2`` (二择一法: two times on the visit's day) and
    ``meeting_place`` (an appointment fixes time *and* place), and ``voicemail`` (the message to
    leave, with its two call-back windows). ``shortfall`` is how many calls are missing to reach
    the target and ``binding`` what limits the day: ``"time"`` (calls × minutes per call exceed
    the golden hours: extend the hours, add a caller or shorten calls) or ``"due"`` (fewer
    customers are due than the target: the longest-uncontacted customers that fit are added
    to ``calls`` after the due ones, and listed in ``suggestions`` too).
    ``day_off`` says why no calls are planned on a holiday or weekend (target 0, like the
    weekly call plan).
    """

    date: dt.date
    owner: str | None
    target: int
    calls: pd.DataFrame
    shortfall: int
    suggestions: pd.DataFrame
    day_off: str | None = None
    binding: str | None = None
    minutes_needed: float = 0.0
    minutes_available: float = 0.0
    #: the voicemail's two call-back windows, ``((date, "14:10", "14:50"), (date, …))``
    voicemail_windows: tuple = ()

    def summary(self, lang: str | None = None) -> str:
        if self.day_off:
            return t("calls.day_off", lang, date=self.date.isoformat(), reason=self.day_off)
        text = t("calls.plan_summary", lang, date=self.date.isoformat(), calls=len(self.calls),
                 target=self.target)
        if self.binding == "time":
            text += " " + t("calls.binding_time", lang, missing=self.shortfall,
                            needed=f"{self.minutes_needed:g}",
                            available=f"{self.minutes_available:g}")
        elif self.shortfall:
            text += " " + t("calls.shortfall", lang, missing=self.shortfall,
                            suggestions=len(self.suggestions))
        elif len(self.suggestions):
            text += " " + t("calls.filled", lang, suggestions=len(self.suggestions))
            if self.minutes_needed > self.minutes_available + 1e-9:
                text += " " + t("calls.target_too_long", lang, needed=f"{self.minutes_needed:g}",
                                available=f"{self.minutes_available:g}")
        return text


def daily_call_plan(customers: CustomerTable | pd.DataFrame, date: object,
                    calls_per_day: int = CALLS_PER_DAY,
                    windows=GOLDEN_HOURS, minutes_per_call: float | None = CALL_MINUTES,
                    owner: str | None = None, schedule: pd.DataFrame | None = None,
                    calendar: WorkCalendar | None = None, stale_days: int = 30,
                    lang: str | None = None, called: set | None = None) -> DailyCallPlan:
    """Today's call list inside the golden hours, most urgent first.

    Who is due is the follow-up schedule's decision: the phone contacts of ``schedule`` on
    ``date`` (computed here for the four weeks from ``date`` when not given, the same plan the
    calls workbook uses). On a weekend or a public holiday nothing is due and the summary says
    so. Order: overdue first, then A before B before C, then the later funnel stage first (a
    customer in negotiation before one who is just satisfied). Each call takes
    ``minutes_per_call`` (the course's two minutes; ``None`` spreads the calls evenly over the
    windows); calls that do not fit are left out and counted in ``shortfall``. Customers with
    a visit due get two appointment times on the visit's day, one in the morning and one in the
    afternoon (二择一法: 明天上午 10:15 还是下午 3:25), different for the customers of one rep.
    When fewer calls are due than ``calls_per_day`` and time is left, the list fills toward
    the target with the customers not contacted for the longest time (at least
    ``stale_days``, never contacted first), named in ``calls`` and in ``suggestions``;
    ``called`` are customer IDs already on an earlier day's list (a week's plan), not added
    again.

    Examples
    --------
    >>> import pandas as pd
    >>> due = pd.DataFrame({"customer_id": [f"K{i:03d}" for i in range(250)], "name": "客户",
    ...                     "annual_sales": 1000.0,
    ...                     "next_contact_date": pd.Timestamp("2026-11-23")})
    >>> plan = daily_call_plan(due, "2026-11-23", calls_per_day=200)  # 250 due, 2 min a call
    >>> len(plan.calls), plan.binding, plan.minutes_needed, plan.minutes_available
    (180, 'time', 400.0, 360.0)
    >>> len(plan.suggestions)  # time is the limit: no customers are suggested
    0
    """
    from .abc import with_classes
    from .followup import follow_up_schedule

    day = as_date(date)
    calendar = calendar or WorkCalendar()
    spans = _windows(windows)
    whole("calls_per_day", calls_per_day)
    day_off = calendar.day_off(day, lang)
    if day_off:  # a holiday or weekend: the weekly plan's target is 0, and so is today's
        calls_per_day = 0
    df = with_classes(customers)
    if schedule is None:
        schedule = follow_up_schedule(df, None, day, day + dt.timedelta(days=27),
                                      calendar=calendar, lang=lang)
    if owner is not None:
        df = df[df["owner"] == owner]
    today = pd.Timestamp(day)
    calls, visits_due = _due_calls(df, schedule, today, lang)
    total_minutes = sum(b - a for a, b in spans)
    n, step, n_fit = _how_many(spans, min(len(calls), calls_per_day), minutes_per_call)
    per_call = minutes_per_call or 0
    binding = None
    if calls_per_day > n:
        # time binds when due calls were left out for want of minutes; else customers do
        binding = "time" if n < min(len(calls), calls_per_day) else "due"
    # stale customers fill the day only when customers, not minutes, are what is missing:
    # the longest-uncontacted go on the list itself, after the calls that are due
    room = calls_per_day - n if not per_call else min(calls_per_day - n, n_fit - n)
    suggestions = _suggest(df, set(calls["customer_id"].iloc[:n]) | (called or set()), today,
                           stale_days, room if binding == "due" else 0)
    if len(suggestions):
        calls = pd.concat([calls.iloc[:n], suggestions.assign(
            _overdue=False, _purpose=t("rule.target_fill", lang))])
        n, step, n_fit = _how_many(spans, len(calls), minutes_per_call)
    slots = _slots(spans, n, step)
    n = len(slots)
    chosen = calls.iloc[:n]
    out = _call_rows(chosen, slots, _two_choices(chosen, visits_due, day, calendar),
                     _voicemail(day, calendar, lang))
    shortfall = max(0, calls_per_day - n)
    needed, available = calls_per_day * per_call, float(total_minutes)
    return DailyCallPlan(date=day, owner=owner, target=calls_per_day, calls=out,
                         shortfall=shortfall, suggestions=suggestions, day_off=day_off,
                         binding=binding, minutes_needed=float(needed),
                         minutes_available=available,
                         voicemail_windows=voicemail_windows(day, calendar))


def _due_calls(df: pd.DataFrame, schedule: pd.DataFrame, today: pd.Timestamp, lang
               ) -> tuple[pd.DataFrame, dict]:
    """The customers with a phone contact in ``schedule`` today, most urgent first (overdue,
    then A/B/C, then the later funnel stage), with what each call is for; and each
    customer's next visit day after today (the appointment is proposed on it)."""
    from .funnel import stage_code

    dates = pd.to_datetime(schedule["date"]) if len(schedule) else pd.Series(dtype="datetime64[ns]")
    todays = schedule[(dates == today).to_numpy()] if len(schedule) else schedule
    phone = todays[todays["channel"] == "phone"] if len(todays) else todays
    due = df["customer_id"].isin(set(phone["customer_id"])) if len(phone) else pd.Series(
        False, index=df.index)
    joined = t("sep.clause", lang).join
    by_id = phone.groupby("customer_id")["purpose"].agg(joined) if len(phone) else {}
    late = set(phone.loc[phone["rule"].isin(["overdue_follow_up", "policy_overdue"]),
                         "customer_id"]) if len(phone) else set()
    purpose = df["customer_id"].map(by_id) if len(phone) else pd.Series("", index=df.index)
    overdue = df["customer_id"].isin(late)
    upcoming = schedule[(schedule["channel"] == "visit") & (dates > today).to_numpy()] if len(
        schedule) else schedule
    # each customer's next visit day: the appointment is proposed on it
    visits_due = (pd.to_datetime(upcoming["date"]).dt.date.groupby(upcoming["customer_id"])
                  .min().to_dict() if len(upcoming) else {})
    calls = df[due].assign(_overdue=overdue[due], _purpose=purpose[due])
    class_rank = calls["abc_class"].map({"A": 0, "B": 1, "C": 2}).fillna(3)
    stage_rank = calls["stage"].map(lambda s: _STAGE_ORDER.get(stage_code(s), 7)) \
        if "stage" in calls else 7
    calls = calls.assign(_c=class_rank, _s=stage_rank).sort_values(
        ["_overdue", "_c", "_s", "customer_id"], ascending=[False, True, True, True],
        kind="stable")
    return calls, visits_due


def _how_many(spans, wanted: int, minutes_per_call: float | None) -> tuple[int, float, int]:
    """How many of ``wanted`` calls fit the windows, the minutes between two calls, and how
    many calls the windows hold at all (``minutes_per_call=None``: spread evenly)."""
    total_minutes = sum(b - a for a, b in spans)
    n_fit = 0
    if minutes_per_call:
        n_fit = sum(int((b - a) // minutes_per_call) for a, b in spans)
        n = min(wanted, n_fit)
        step = minutes_per_call
    else:
        n = wanted
        # even spacing, but each window holds a whole number of calls
        step = total_minutes / n if n else 0
        while n and sum(int((b - a + 1e-6) // step) for a, b in spans) < n:
            step *= 0.999
    return n, step, n_fit


def _call_rows(chosen: pd.DataFrame, slots: list[str], appointments: list, voicemail: str
               ) -> pd.DataFrame:
    """The call list's rows: time slot, customer, the number to dial (mobile, else
    landline), class, priority, purpose, the two appointment times and where to meet."""
    n = len(slots)
    none = pd.Series(None, index=chosen.index, dtype=object)
    mobile, landline = chosen.get("mobile", none), chosen.get("landline", none)
    phone = mobile.where(mobile.notna(), landline)  # a table may have either, or neither
    return pd.DataFrame({
        "slot": slots, "customer_id": chosen["customer_id"].to_numpy(),
        "name": chosen["name"].to_numpy(),
        "contact_person": chosen.get("contact_person", pd.Series(None, index=chosen.index)
                                     ).to_numpy(),
        "phone": phone.to_numpy(), "abc_class": chosen["abc_class"].to_numpy(),
        "priority": range(1, n + 1), "purpose": chosen["_purpose"].to_numpy(),
        "appointment_1": [a for a, _ in appointments],
        "appointment_2": [b for _, b in appointments],
        "meeting_place": [chosen["address"].iloc[k] if a and "address" in chosen else None
                          for k, (a, _) in enumerate(appointments)],
        "voicemail": [voicemail] * n,
        "owner": chosen["owner"].to_numpy() if "owner" in chosen else None,
    })


def _slots(spans, n: int, step: float) -> list[str]:
    """Start times of ``n`` calls ``step`` minutes apart, flowing from one window to the next
    (computed from the call's index, so no rounding drift; a call never straddles a break)."""
    slots, k, used = [], 0, 0.0  # used: minutes of window k already taken
    for _ in range(n):
        while k < len(spans) and used + step > spans[k][1] - spans[k][0] + 1e-6:
            k, used = k + 1, 0.0
        if k >= len(spans):
            break
        slots.append(format_hhmm(spans[k][0] + used))
        used += step
    return slots


def _two_choices(chosen: pd.DataFrame, visits_due: dict, day: dt.date,
                 calendar: WorkCalendar) -> list[tuple[str | None, str | None]]:
    """Two times on one day for each customer due a visit (二择一法): the visit's day as the
    schedule (and the routed visit plan) has it, from tomorrow on; one time in the morning,
    one in the afternoon. The customers of one rep get different pairs (:func:`two_choice_times`),
    so no two are offered the same time."""
    out, per_owner = [], {}
    tomorrow = calendar.add_working_days(day, 1)
    owners = chosen["owner"] if "owner" in chosen else pd.Series("", index=chosen.index)
    for cid, owner in zip(chosen["customer_id"], owners, strict=True):
        if cid not in visits_due:
            out.append((None, None))
            continue
        k = per_owner.get(owner, 0)
        per_owner[owner] = k + 1
        visit_day = max(visits_due[cid], tomorrow).isoformat()
        morning, afternoon = two_choice_times(k)
        out.append((f"{visit_day} {morning}", f"{visit_day} {afternoon}"))
    return out


def two_choice_times(k: int) -> tuple[str, str]:
    """The ``k``-th two-choice pair of one rep (0 = the first customer): the course's pairs
    of :data:`~salesops.policy.TWO_CHOICE_TIMES` (明天上午 10:15 还是下午 3:25 …), then the same
    pairs 5 minutes later for each further round, so a rep never offers two customers the
    same time; the morning time stays before 12:00 and the afternoon one before 17:30.

    Examples
    --------
    >>> [two_choice_times(k) for k in (0, 1, 5)]
    [('10:15', '15:25'), ('09:40', '14:30'), ('10:20', '15:30')]
    """
    n = len(TWO_CHOICE_TIMES)
    # at most 11 rounds of 5 minutes keep every morning time before noon (latest 11:00)
    shift = 5 * ((k // n) % 12)
    morning, afternoon = TWO_CHOICE_TIMES[k % n]
    return (format_hhmm(parse_hhmm(morning) + shift),
            format_hhmm(parse_hhmm(afternoon) + shift))


def voicemail_windows(day: object, calendar: WorkCalendar | None = None
                      ) -> tuple[tuple[dt.date, str, str], tuple[dt.date, str, str]]:
    """The voicemail's two call-back windows (seed 000): the next working day in the
    afternoon and the working day after in the morning.

    Examples
    --------
    >>> [(d.isoformat(), a, b) for d, a, b in voicemail_windows("2026-11-23")]
    [('2026-11-24', '14:10', '14:50'), ('2026-11-25', '10:10', '10:40')]
    """
    calendar = calendar or WorkCalendar()
    first = calendar.add_working_days(as_date(day), 1)
    second = calendar.add_working_days(first, 1)
    (a1, b1), (a2, b2) = VOICEMAIL_WINDOWS
    return (first, a1, b1), (second, a2, b2)


def voicemail_text(windows, lang: str | None = None, key: str = "calls.voicemail") -> str:
    """The two windows of :func:`voicemail_windows` said in a sentence: the message to leave
    (``calls.voicemail``) or the call-back line of the call list (``calls.callback_windows``).

    >>> text = voicemail_text(voicemail_windows("2026-11-23"), "en")
    >>> "2026-11-24 14:10–14:50" in text and "2026-11-25 10:10–10:40" in text
    True
    """
    (d1, a1, b1), (d2, a2, b2) = windows
    return t(key, lang, day1=d1.isoformat(), start1=a1, end1=b1, day2=d2.isoformat(),
             start2=a2, end2=b2)


def _voicemail(day: dt.date, calendar: WorkCalendar, lang: str | None) -> str:
    return voicemail_text(voicemail_windows(day, calendar), lang)


def _suggest(df, planned: set, today: pd.Timestamp, stale_days: int, wanted: int
             ) -> pd.DataFrame:
    if not wanted or "last_contact_date" not in df:
        return df.iloc[0:0]
    last = pd.to_datetime(df["last_contact_date"])
    stale = df[~df["customer_id"].isin(planned)
               & (last.isna() | (last <= today - pd.Timedelta(days=stale_days)))]
    stale = stale.assign(_last=last[stale.index]).sort_values("_last", na_position="first",
                                                              kind="stable")
    return stale.head(wanted).drop(columns="_last")


def weekly_call_plan(week_start: object, calls_per_day: int = CALLS_PER_DAY,
                     calendar: WorkCalendar | None = None) -> pd.DataFrame:
    """Monday–Friday targets of one week (holidays get 0): ``date``, ``weekday``, ``target``.

    >>> weekly_call_plan("2026-09-28")["target"].tolist()  # 1–2 October: National Day
    [200, 200, 200, 0, 0]
    """
    calendar = calendar or WorkCalendar()
    start = as_date(week_start)
    monday = start - dt.timedelta(days=start.weekday())
    rows = []
    for k in range(5):
        day = monday + dt.timedelta(days=k)
        rows.append({"date": pd.Timestamp(day), "weekday": k,
                     "target": calls_per_day if calendar.is_working_day(day) else 0})
    return pd.DataFrame(rows)


def self_check(plan: pd.DataFrame, made: pd.DataFrame | None = None) -> pd.DataFrame:
    """The weekly self-check: planned vs made per weekday and the week's total.

    ``made`` has ``date`` and ``calls`` (one row per day, or one per call with ``calls=1``).
    Returns ``weekday``, ``date``, ``target``, ``made``, ``gap`` (made − target) and a last
    row with the totals (``weekday`` = 7).
    """
    out = plan.copy()
    if made is not None and len(made):
        per_day = made.assign(date=pd.to_datetime(made["date"]).dt.normalize()).groupby(
            "date")["calls"].sum()
        out["made"] = out["date"].map(per_day).fillna(0).astype(int)
    else:
        out["made"] = 0
    out["gap"] = out["made"] - out["target"]
    total = pd.DataFrame([{"date": pd.NaT, "weekday": 7, "target": out["target"].sum(),
                           "made": out["made"].sum(), "gap": out["gap"].sum()}])
    return pd.concat([out, total], ignore_index=True)


# ------------------------------------------------------------------------------------------
# appointments agreed by phone, read back from the filled-in call list
# ------------------------------------------------------------------------------------------
APPOINTMENT_COLUMNS = ["customer_id", "name", "date", "start", "meeting_place", "owner"]


@dataclass
class AppointmentReading:
    """The appointments a call list records (``customer_id``, ``name``, ``date``, ``start``,
    ``meeting_place``, ``owner``) and what could not be read (file, sheet, Excel row, the
    column's header)."""

    appointments: pd.DataFrame
    problems: pd.DataFrame


def _agreed_moment(text: object, offered: object, near: dt.date
                   ) -> tuple[dt.date | None, int | None]:
    """The day and minute of an agreed time: ``12-01 10:15``, ``2026-12-01 10:15`` or a time
    alone (``10:15``, on the day of the two offered times)."""
    from .parsing import parse_datetime, resolve_date, to_halfwidth

    offered_at, _ = parse_datetime(offered)
    day = offered_at.date() if offered_at else near
    moment, _ = parse_datetime(text, day=day)
    if moment is not None and (moment.hour or moment.minute):
        return moment.date(), moment.hour * 60 + moment.minute
    parts = to_halfwidth(str(text)).strip().rsplit(None, 1)
    if len(parts) == 2:
        date, _note = resolve_date(parts[0], near)
        try:
            minute = parse_hhmm(parts[1])
        except SalesopsError:
            return None, None
        return (date, minute) if date is not None else (None, None)
    return None, None


def appointments_from_calls(changes, lang: str | None = None) -> AppointmentReading:
    """The visits customers agreed to on the phone, from a filled-in 今日电话清单.

    ``changes`` is the :class:`~salesops.excel.TrackerChanges` of the call list
    (``read_tracker(path, "calllist")``). A row whose 结果 is 已约见 gives an appointment at
    its 约定时间 (a date and time, or a time alone on the day of the two offered times) and
    its 约见地点; such a row without a readable 约定时间 is a problem naming the file, sheet,
    Excel row and header, and no appointment is guessed. The result goes to
    :func:`salesops.plan.week_plan` / :func:`salesops.visits.plan_visits` as
    ``appointments=``: hard time windows on their day.

    Examples
    --------
    >>> import pandas as pd
    >>> from salesops.excel import TrackerChanges
    >>> frame = pd.DataFrame({"customer_id": ["C1", "C2"], "name": ["甲", "乙"],
    ...     "result": ["appointment", "appointment"], "agreed": ["15:25", None],
    ...     "appointment_1": ["2026-12-01 10:15"] * 2, "meeting_place": ["甲公司", ""],
    ...     "owner": ["李志强"] * 2}, index=[5, 6])
    >>> empty = frame.iloc[:0]
    >>> read = appointments_from_calls(TrackerChanges("calls.xlsx", "今日电话清单", frame,
    ...                                               empty, empty, empty))
    >>> read.appointments[["customer_id", "date", "start"]].values.tolist()
    [['C1', '2026-12-01', '15:25']]
    >>> read.problems["row"].tolist()
    [6]
    """
    from .labels import header
    from .parsing import is_blank

    frame = changes.frame
    near = dt.date.today()
    if "appointment_1" in frame:
        offered = pd.to_datetime(frame["appointment_1"], errors="coerce").dropna()
        near = offered.iloc[0].date() if len(offered) else near
    rows, problems = [], []
    chosen = frame[frame.get("result", pd.Series(dtype=object)).astype(str) == "appointment"]
    for row, rec in chosen.iterrows():
        agreed = rec.get("agreed")
        day, minute = (None, None) if is_blank(agreed) else _agreed_moment(
            agreed, rec.get("appointment_1"), near)
        if day is None:
            code = "appointment_without_time" if is_blank(agreed) else "appointment_bad_time"
            column = header("agreed", lang=lang)
            problems.append({
                "row": int(row), "column": column,
                "value": "" if is_blank(agreed) else str(agreed), "problem": code,
                "message": t(f"readback.{code}", lang, where=t(
                    "where.file_sheet_row", lang, file=changes.file, sheet=changes.sheet,
                    row=int(row)), column=t("where.column", lang, column=column),
                             value="" if is_blank(agreed) else str(agreed)),
                "severity": "error"})
            continue
        rows.append({"customer_id": rec.get("customer_id"), "name": rec.get("name"),
                     "date": day.isoformat(), "start": format_hhmm(minute),
                     "meeting_place": rec.get("meeting_place"), "owner": rec.get("owner")})
    return AppointmentReading(
        pd.DataFrame(rows, columns=APPOINTMENT_COLUMNS),
        pd.DataFrame(problems, columns=["row", "column", "value", "problem", "message",
                                        "severity"]))
