"""One plan from one table: the follow-up schedule, the calls it holds and its routed visits.

The follow-up schedule decides who is due, when and how (:mod:`salesops.followup`); the call
list of each day is that day's phone follow-ups (:func:`salesops.calls.daily_call_plan`), and
the visit plan routes the schedule's visits (:func:`salesops.visits.plan_visits`) — the days
inside each visit's window and week, the order, the times and the lunch. The routed dates go
back into the schedule, so the 跟单记录表, the call list and the 拜访计划表 print one plan.

Examples
--------
>>> from salesops import datasets
>>> week = week_plan(datasets.load_customers(), "2026-12-07", route_seconds=2)
>>> visits = week.schedule[week.schedule["channel"] == "visit"]
>>> len(visits) == len(week.visits.itinerary)
True
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from .calendar import WorkCalendar, as_date
from .customer_table import CustomerTable
from .labels import t
from .policy import CALLS_PER_DAY

__all__ = ["WeekPlan", "week_plan"]


@dataclass
class WeekPlan:
    """``schedule`` (visits on their routed days), ``calls`` (every day's call list, one row
    per call with its ``date``), ``first_day`` (the first day's :class:`DailyCallPlan`) and
    ``visits`` (the :class:`VisitPlan`)."""

    start: dt.date
    end: dt.date
    schedule: pd.DataFrame
    calls: pd.DataFrame
    first_day: object
    visits: object

    def summary(self, lang: str | None = None) -> str:
        counts = self.schedule["channel"].value_counts()
        return t("plan.summary", lang, start=self.start.isoformat(), end=self.end.isoformat(),
                 followups=len(self.schedule), calls=len(self.calls),
                 visits=int(counts.get("visit", 0)), unplanned=len(self.visits.unplanned))

    def as_dict(self) -> dict:
        """``{"followups", "calls", "visits"}`` with ISO dates (for ``--json``)."""
        def records(frame, columns):
            out = frame[[c for c in columns if c in frame.columns]].copy()
            for column in ("date", "window_start", "window_end"):
                if column in out:
                    out[column] = pd.to_datetime(out[column]).dt.strftime("%Y-%m-%d")
            return out.astype(object).where(out.notna(), None).to_dict("records")

        return {"followups": records(self.schedule, ["customer_id", "name", "date", "channel",
                                                     "rule", "purpose", "owner",
                                                     "window_start", "window_end"]),
                "calls": records(self.calls, ["customer_id", "name", "date", "slot",
                                              "priority", "purpose", "owner", "appointment_1",
                                              "appointment_2"]),
                "visits": records(self.visits.itinerary, ["customer_id", "name", "date", "rep",
                                                          "order", "rule", "start", "end",
                                                          "travel_km"]),
                "unplanned": records(self.visits.unplanned, ["customer_id", "name",
                                                             "purpose", "reason"])}


def week_plan(customers: CustomerTable | pd.DataFrame, start: object, *, weeks: int = 1,
              policy=None,
              calls_per_day: int = CALLS_PER_DAY, route_seconds: float = 15,
              calendar: WorkCalendar | None = None, done: pd.DataFrame | None = None,
              appointments: pd.DataFrame | None = None, locked: pd.DataFrame | None = None,
              lang: str | None = None) -> WeekPlan:
    """Plan ``weeks`` weeks from ``start``: follow-ups, calls and routed visits, one plan.

    ``done`` are contacts already made (a 跟单记录表 read back): never planned again.
    ``appointments`` made by phone and ``locked`` visits are routed at their fixed times.
    """
    from .abc import with_classes
    from .calls import daily_call_plan
    from .followup import follow_up_schedule, with_target_fill
    from .visits import plan_visits, routed_schedule

    calendar = calendar or WorkCalendar()
    first = as_date(start)
    last = first + dt.timedelta(days=7 * weeks - 1)
    df = with_classes(customers)
    history = done
    if locked is not None and len(locked):
        history = pd.concat([done, locked.assign(channel="visit")]) if done is not None \
            else locked.assign(channel="visit")
    schedule = follow_up_schedule(df, policy, first, last, calendar=calendar, done=history,
                                  lang=lang)
    visits = plan_visits(df, start_date=first, days=7 * weeks, policy=policy,
                         calendar=calendar, schedule=schedule, appointments=appointments,
                         locked=locked, time_limit_seconds=route_seconds, lang=lang)
    schedule = routed_schedule(schedule, visits)
    days = [first + dt.timedelta(days=k) for k in range(7 * weeks)]
    # a long-uncontacted customer fills one day of the week, and none the schedule calls
    plans, called = [], set(schedule.loc[schedule["channel"] == "phone", "customer_id"])
    for day in days:
        plans.append(daily_call_plan(df, day, calls_per_day=calls_per_day, schedule=schedule,
                                     calendar=calendar, lang=lang, called=called))
        called |= set(plans[-1].suggestions.get("customer_id", ()))
    calls = pd.concat([p.calls.assign(date=pd.Timestamp(p.date)) for p in plans],
                      ignore_index=True)
    filled = [p.suggestions.assign(date=pd.Timestamp(p.date)) for p in plans
              if len(p.suggestions)]
    if filled:  # the calls added to reach a day's target are in the one plan too
        schedule = with_target_fill(schedule, pd.concat(filled, ignore_index=True), lang)
    return WeekPlan(first, last, schedule, calls, plans[0], visits)
