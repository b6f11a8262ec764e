"""The follow-up schedule: whom to contact, when, how and why (COURSE.md §2–3).

:func:`follow_up_schedule` turns the customer table and a :class:`ServicePolicy` into one row per
planned contact between two dates. Rules, in the order they are placed:

1. **fixed-date contacts** — the person's own ``next_contact_date`` (an overdue one goes on the
   first working day); the after-sale sequence from ``last_purchase_date`` (thank-you letter the
   next working day, a call on the shipping day, a call when the goods should have arrived; a
   ``ship_date`` or ``delivery_date`` column is used when present); a birthday card a few
   working days before the birthday; a New-Year card before 1 January; a call after a complaint
   is solved;
2. **periodic contacts** — A: ``visits_per_month`` visits and ``calls_per_month`` calls in every
   calendar month (the month is cut into equal parts, one contact in each), management visits
   every half year; B: a visit once a year and a survey letter every half year; infrequent
   buyers (no purchase for ``infrequent_after_days``) a seasonal visit. Yearly contacts are
   spread over the months by a stable order of customers (or follow ``last_visit_date`` /
   ``last_letter_date`` columns when present), so a short plan gets its fair share;
3. each periodic contact goes on the **working day with the least load for its owner** inside
   its window (China's holidays and make-up workdays from :class:`WorkCalendar`), never sooner
   than ``min_days_between_contacts`` after the customer's last contact. Periodic contacts are
   placed over whole calendar months and then cut to the plan's dates, so a one-week plan is
   the same as that week of the month's plan (no doubled visits at month boundaries).

Examples
--------
>>> from salesops import datasets
>>> plan = follow_up_schedule(datasets.load_customers(), start="2026-12-01", end="2026-12-31")
>>> plan.groupby("channel").size().to_dict()["visit"] > 0
True
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .abc import with_classes
from .calendar import WorkCalendar, as_date
from .customer_table import CustomerTable, as_frame
from .errors import SalesopsError
from .labels import CATALOGUE, t
from .parsing import is_blank
from .policy import ServicePolicy

__all__ = ["CHANNELS", "RULES", "FollowUpUpdate", "apply_follow_up_log", "follow_up_schedule",
           "visit_parts", "with_target_fill"]

#: channel -> minutes of work it takes (for spreading load over days)
CHANNELS = {"visit": 90, "phone": 5, "letter": 15, "card": 3, "email": 5}
#: channels a person can choose in the 跟单记录表 (方式)
CHANNEL_CHOICES = ("phone", "visit", "wechat", "letter", "email", "card")
#: rule -> channel
RULES = {
    "next_contact": "phone", "overdue_follow_up": "phone", "thank_you": "letter",
    "shipping_day": "phone", "arrival_check": "phone", "birthday_card": "card",
    "new_year_card": "card", "complaint_follow_up": "phone", "a_visit": "visit",
    "a_call": "phone", "management_visit": "visit", "b_visit": "visit",
    "survey_letter": "letter", "seasonal_visit": "visit", "policy_overdue": "phone",
    "target_fill": "phone",
}
COLUMNS = ["date", "customer_id", "name", "owner", "abc_class", "channel", "rule", "purpose",
           "contact_person", "mobile", "landline", "window_start", "window_end"]


@dataclass
class _Contact:
    pos: int
    rule: str
    window: list[dt.date]
    keeps_gap: bool = True  # periodic contacts wait min_days_between_contacts after the last
    #: not placed when the customer already has a contact placed between these days
    unless_between: tuple[dt.date, dt.date] | None = None


def _month_starts(start: dt.date, end: dt.date) -> list[dt.date]:
    months, day = [], start.replace(day=1)
    while day <= end:
        months.append(day)
        day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return months


def _month_end(first: dt.date) -> dt.date:
    return (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


def _month_index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def _date_or_none(value: object) -> dt.date | None:
    if is_blank(value):
        return None
    return pd.Timestamp(value).date()


def _birthday_in(year: int, born: dt.date) -> dt.date:
    try:
        return born.replace(year=year)
    except ValueError:  # 29 February in a common year
        return dt.date(year, 2, 28)


def follow_up_schedule(customers: CustomerTable | pd.DataFrame, policy: ServicePolicy | None = None,
                       start: object = None, end: object = None, *,
                       calendar: WorkCalendar | None = None,
                       complaints: pd.DataFrame | None = None,
                       done: pd.DataFrame | None = None,
                       lang: str | None = None) -> pd.DataFrame:
    """Plan every contact between ``start`` and ``end`` (both included).

    Parameters
    ----------
    customers
        The customer table; ``abc_class`` is computed from ``annual_sales`` when absent.
        Used: ``customer_id``, ``name``, ``owner``, ``last_contact_date``,
        ``next_contact_date``, ``last_purchase_date``, ``birthday``; optional ``ship_date``,
        ``delivery_date``, ``last_visit_date``, ``last_letter_date``.
    policy
        The service policy (default: the course's, :class:`ServicePolicy`).
    start, end
        First and last day of the plan (dates or ``"2026-12-01"``).
    calendar
        Working days (default: mainland China with holidays and make-up workdays).
    complaints
        Optional table with ``customer_id`` and ``solved_date``: a follow-up call after each.
    done
        Contacts already made (``customer_id``, ``date``, ``channel``: a 跟单记录表 read back,
        visits done or locked): a contact of the same channel whose window holds one of them is
        not planned again, and each counts as the customer's last contact for the gap rule.
    lang
        Language of the ``purpose`` text.

    Returns
    -------
    DataFrame
        One row per contact: ``date``, ``customer_id``, ``name``, ``owner``, ``abc_class``,
        ``channel`` (visit / phone / letter / card), ``rule`` (the code of the rule that caused
        it, see :data:`RULES`), ``purpose`` (text), ``contact_person``, ``mobile``,
        ``landline``, and ``window_start`` / ``window_end``: the working days the contact may
        move between (a visit planner keeps a visit inside its window and its week); sorted by
        date, owner and customer.
    """
    policy = policy or ServicePolicy()
    calendar = calendar or WorkCalendar()
    if start is None or end is None:
        raise SalesopsError(t("error.followup_dates"))
    start, end = as_date(start), as_date(end)
    if end < start:
        raise SalesopsError(t("error.followup_dates"))
    df = with_classes(customers)
    days = calendar.working_days(start, end)
    # every contact is placed over the whole months the plan touches and then cut to the plan,
    # so a plan of one week is the same as that week of the month's plan
    month_days = calendar.working_days(start.replace(day=1), _month_end(end))
    rules = policy.after_sale
    n = len(df)
    col = {c: (df[c].tolist() if c in df.columns else [None] * n) for c in (
        "customer_id", "name", "owner", "abc_class", "last_contact_date", "next_contact_date",
        "last_purchase_date", "birthday", "ship_date", "delivery_date", "last_visit_date",
        "last_letter_date", "contact_person", "mobile", "landline")}
    events = _fixed_date_contacts(col, n, start, end, days, month_days, rules, calendar,
                                  complaints)
    periodic = _periodic_contacts(df, col, policy, start, end, month_days, calendar)
    history = _history(done, col)
    overdue = _policy_overdue(col, n, policy, start, end, days, history)
    placed = _place(events + periodic + overdue, col, rules.min_days_between_contacts,
                    history)
    return _frame([p for p in placed if start <= p[2] <= end], col, lang)


def _fixed_date_contacts(col, n, start, end, days, month_days, rules, calendar, complaints
                         ) -> list[_Contact]:
    """Contacts on fixed dates: the person's next contact (or overdue), the after-sale
    sequence, birthday and New-Year cards, the call after a solved complaint."""
    events: list[_Contact] = []

    def on_or_after(day: dt.date) -> dt.date:
        return calendar.add_working_days(day, 0)

    def between(lo: dt.date, hi: dt.date) -> list[dt.date]:
        return [d for d in month_days if lo <= d <= hi]

    def event(pos: int, rule: str, window: list[dt.date]) -> None:
        if window:
            events.append(_Contact(pos, rule, window, keeps_gap=False))

    for i in range(n):
        nxt = _date_or_none(col["next_contact_date"][i])
        if nxt is not None and days:
            if nxt < start:  # overdue: first, spread over the first working days
                event(i, "overdue_follow_up", days[:rules.overdue_spread_days])
            if month_days[0] <= nxt <= month_days[-1]:  # (before the plan: cut, but its load
                # counts, so every plan of the month places the rest the same way)
                event(i, "next_contact", between(on_or_after(nxt), on_or_after(nxt)))
        bought = _date_or_none(col["last_purchase_date"][i])
        if bought is not None:
            thank = calendar.add_working_days(bought, rules.thank_you_after_days)
            ship = _date_or_none(col["ship_date"][i]) or calendar.add_working_days(
                bought, rules.shipping_after_days)
            ship = on_or_after(ship)
            arrive = _date_or_none(col["delivery_date"][i]) or calendar.add_working_days(
                ship, rules.arrival_after_days)
            arrive = on_or_after(arrive)
            for rule, day in (("thank_you", thank), ("shipping_day", ship),
                              ("arrival_check", arrive)):
                event(i, rule, between(day, day))
        born = _date_or_none(col["birthday"][i])
        if born is not None:
            for year in range(start.year, end.year + 2):
                birthday = _birthday_in(year, born)
                # the card window ends a few working days before the birthday and is a week
                # long: birthdays more than three weeks after the plan cannot reach into it
                if birthday - dt.timedelta(days=21) > month_days[-1] or \
                        birthday < month_days[0]:
                    continue
                # a card's window is a week long: a day either way (an unpublished holiday
                # of next January) does not matter, so it is counted without a warning
                latest = calendar.add_working_days(birthday, -rules.birthday_card_days_before,
                                                   warn=birthday <= end)
                event(i, "birthday_card", between(latest - dt.timedelta(days=7), latest))
        for year in range(start.year + 1, end.year + 2):
            if dt.date(year, 1, 1) - dt.timedelta(days=30) > month_days[-1]:
                continue
            # counted back from 31 December, so next year's calendar is not needed
            latest = calendar.add_working_days(dt.date(year - 1, 12, 31),
                                               -rules.new_year_card_days_before)
            event(i, "new_year_card", between(latest - dt.timedelta(days=14), latest))
    if complaints is not None and len(complaints):
        where = {cid: i for i, cid in enumerate(col["customer_id"]) if not is_blank(cid)}
        for cid, solved in zip(complaints["customer_id"], complaints["solved_date"],
                               strict=True):
            if cid in where and not is_blank(solved):
                day = calendar.add_working_days(as_date(solved), rules.complaint_follow_up_days)
                event(where[cid], "complaint_follow_up", between(day, day))

    return events


def _policy_overdue(col, n, policy: ServicePolicy, start: dt.date, end: dt.date,
                    days: list[dt.date], history) -> list[_Contact]:
    """A call first in the plan for each customer whose class's contact interval
    (:attr:`~salesops.policy.ClassPolicy.contact_every_days`) has passed since the last
    contact (上次联系日期, else 最近购买日期, or a contact already made) — or who has no such
    date at all — when the person wrote no 下次联系日期. Spread over the first
    ``overdue_spread_days`` working days, on the earliest day the customer is free; left out
    when the plan already calls or visits the customer in its first week.
    """
    out: list[_Contact] = []
    spread = days[:policy.after_sale.overdue_spread_days]
    if not spread:
        return out
    week_end = start + dt.timedelta(days=6)  # a call or visit that week makes the call moot
    for i in range(n):
        cls = col["abc_class"][i]
        if is_blank(cls) or cls not in ("A", "B", "C") or not is_blank(
                col["next_contact_date"][i]):
            continue
        every = policy.for_class(cls).contact_every_days
        if every is None:
            continue
        known = [_date_or_none(col["last_contact_date"][i]),
                 _date_or_none(col["last_purchase_date"][i]),
                 *(day for day, _ in history.get(i, []))]
        # a contact on the plan's first day or later (made this week) is the latest contact
        last = max((d for d in known if d is not None), default=None)
        if last is None or last + dt.timedelta(days=every) < start:
            out.append(_Contact(i, "policy_overdue", spread, keeps_gap=False,
                                unless_between=(start, min(end, week_end))))
    return out


def _history(done: pd.DataFrame | None, col) -> dict[int, list[tuple[dt.date, str]]]:
    """Contacts already made, by customer position: (date, channel)."""
    if done is None or not len(done):
        return {}
    where = {cid: i for i, cid in enumerate(col["customer_id"]) if not is_blank(cid)}
    out: dict[int, list[tuple[dt.date, str]]] = {}
    channels = done["channel"] if "channel" in done else done["rule"].map(RULES)
    for cid, day, channel in zip(done["customer_id"], done["date"], channels, strict=True):
        if cid in where and not is_blank(day):
            out.setdefault(where[cid], []).append((pd.Timestamp(day).date(), str(channel)))
    return out


def visit_parts(calendar: WorkCalendar, month_first: dt.date, k: int) -> list[list[dt.date]]:
    """The month's working days cut into ``k`` equal parts for ``k`` visits a month.

    Each part gives up a fifth of its days at the border with its neighbours, so two visits of
    one customer are at least four working days apart.

    Examples
    --------
    >>> parts = visit_parts(WorkCalendar(), dt.date(2026, 12, 1), 2)
    >>> [(p[0].isoformat(), p[-1].isoformat()) for p in parts]
    [('2026-12-01', '2026-12-14'), ('2026-12-21', '2026-12-31')]
    """
    full = calendar.working_days(month_first, _month_end(month_first))
    chunks = np.array_split(np.arange(len(full)), min(k, len(full))) if full else []
    if len(chunks) > 1:
        trimmed = []
        for n, chunk in enumerate(chunks):
            cut = len(chunk) // 5
            lo = cut if n > 0 else 0
            hi = len(chunk) - (cut if n < len(chunks) - 1 else 0)
            trimmed.append(chunk[lo:hi] if hi > lo else chunk)
        chunks = trimmed
    return [[full[j] for j in chunk] for chunk in chunks]


def _periodic_contacts(df, col, policy, start, end, days, calendar) -> list[_Contact]:
    """The policy's regular contacts over whole months — the one place visits become due.

    A: ``visits_per_month`` visits in equal parts of the month (at least four working days
    apart) and ``calls_per_month`` calls; the half-yearly management visit joins the month's
    first visit rather than sending someone twice. B: a visit once a year (with the management
    visit when one is due) and a survey letter every half year. Infrequent buyers (B and C, no
    purchase for ``infrequent_after_days``): a seasonal visit in months without another visit.
    Yearly contacts are spread over the months by a stable order of customers.
    """
    by_month: dict[int, list[dt.date]] = {}
    for day in days:
        by_month.setdefault(_month_index(day), []).append(day)
    contacts: list[_Contact] = []
    n = len(df)
    # a stable order of customers (by ID) spreads yearly contacts over the months
    ids = ["" if is_blank(c) else str(c) for c in col["customer_id"]]
    order = {pos: k for k, pos in enumerate(sorted(range(n), key=lambda p: (ids[p], p)))}
    infrequent_days = dt.timedelta(days=policy.after_sale.infrequent_after_days)
    season = policy.after_sale.seasonal_visit_months
    parts: dict[tuple[int, int], list[list[dt.date]]] = {}
    for i in range(n):
        cls = col["abc_class"][i]
        if is_blank(cls) or cls not in ("A", "B", "C"):
            continue
        p = policy.for_class(cls)
        bought = _date_or_none(col["last_purchase_date"][i])
        for month, window in sorted(by_month.items()):
            # infrequent: no purchase for infrequent_after_days before the month (not before
            # the plan's start, so every plan of a month agrees)
            year, m0 = divmod(month, 12)
            infrequent = cls in ("B", "C") and bought is not None and \
                bought < dt.date(year, m0 + 1, 1) - infrequent_days
            management = bool(p.management_visits_per_year) and _due(
                month, p.management_visits_per_year, order[i], "management_visit", None)
            visited = False
            k = int(p.visits_per_month)
            if k:
                key = (month, k)
                if key not in parts:
                    parts[key] = visit_parts(calendar, dt.date(year, m0 + 1, 1), k)
                for part in parts[key]:
                    part = [d for d in part if d in window]
                    if part:
                        contacts.append(_Contact(i, "management_visit" if management
                                                 else "a_visit", part))
                        management, visited = False, True
            calls = int(p.calls_per_month)
            if calls:
                for part in np.array_split(np.arange(len(window)), min(calls, len(window))):
                    contacts.append(_Contact(i, "a_call", [window[j] for j in part]))
            if not k and p.visits_per_year and _due(month, p.visits_per_year, order[i],
                                                    "b_visit",
                                                    _date_or_none(col["last_visit_date"][i])):
                contacts.append(_Contact(i, "management_visit" if management else "b_visit",
                                         list(window)))
                management, visited = False, True
            if management:
                contacts.append(_Contact(i, "management_visit", list(window)))
                visited = True
            if p.survey_letters_per_year and _due(month, p.survey_letters_per_year, order[i],
                                                  "survey_letter",
                                                  _date_or_none(col["last_letter_date"][i])):
                contacts.append(_Contact(i, "survey_letter", list(window)))
            # one visit a month is enough: another visit of the month serves as the seasonal one
            if infrequent and season and not visited and (month - order[i]) % season == 0:
                contacts.append(_Contact(i, "seasonal_visit", list(window)))
    return contacts


def _due(month: int, per_year: float, rank: int, rule: str, last: dt.date | None) -> bool:
    period = int(12 // per_year)
    if last is not None:
        return (month - _month_index(last)) % period == 0 and month > _month_index(last)
    offset = {"survey_letter": period // 2}.get(rule, 0)
    return (month - rank - offset) % period == 0


def _place(contacts: list[_Contact], col, min_gap: int,
           history: dict[int, list[tuple[dt.date, str]]] | None = None
           ) -> list[tuple[int, str, dt.date, dt.date, dt.date]]:
    """Put each contact on a day of its window: the most constrained first, each on the day
    with the least load (minutes) for its owner, avoiding a second contact with the same
    customer on one day where the window allows.

    Visits and desk work (calls, letters, cards) are balanced separately, so the days visits
    fall on do not depend on how many calls a plan holds. A contact whose window holds a
    contact of the same channel already made (``history``) is not planned again.
    Returns ``(position, rule, day, window_start, window_end)``.
    """
    history = history or {}
    load: dict[tuple[str, dt.date, bool], int] = {}
    busy: set[tuple[int, dt.date]] = set()
    calls: set[tuple[int, dt.date]] = set()
    placed: list[tuple[int, str, dt.date, dt.date, dt.date]] = []
    owners = ["" if is_blank(o) else str(o) for o in col["owner"]]
    last_contact = [_date_or_none(v) for v in col["last_contact_date"]]
    rank = {"A": 0, "B": 1, "C": 2}
    classes = [rank.get(c, 3) if not is_blank(c) else 3 for c in col["abc_class"]]
    # visits first, overdue calls last: visits depend only on visits and nothing depends on
    # the overdue calls (the one part anchored at the plan's start), so every plan that holds
    # a month places that month's visits, letters and cards on the same days
    def stage(c: _Contact) -> int:
        return 0 if RULES[c.rule] == "visit" else 3 if c.rule == "policy_overdue" else \
            2 if c.rule == "overdue_follow_up" else 1

    days_of: dict[int, list[dt.date]] = {}

    contacts = sorted(contacts, key=lambda c: (stage(c), len(c.window), c.window[0],
                                               classes[c.pos], c.pos, c.rule))
    for c in contacts:
        window = c.window
        channel = RULES[c.rule]
        made = history.get(c.pos, [])
        if any(ch == channel and window[0] <= day <= window[-1] for day, ch in made):
            continue  # already done (a 跟单记录表 read back, a visit locked or logged)
        if c.unless_between and any(c.unless_between[0] <= d <= c.unless_between[1]
                                    for d in days_of.get(c.pos, ())):
            continue  # the plan calls or visits the customer anyway
        last = max([d for d in [last_contact[c.pos], *(day for day, _ in made)]
                    if d is not None and d < window[0]], default=None)
        if c.keeps_gap and last is not None:
            window = [d for d in window if (d - last).days >= min_gap]
        if not window:
            continue
        owner = owners[c.pos]
        group = channel == "visit"
        if c.rule == "policy_overdue":  # first in the week: the earliest day the customer is free
            best = min(window, key=lambda d: ((c.pos, d) in busy, d))
        else:
            best = min(window, key=lambda d: ((c.pos, d) in busy,
                                              load.get((owner, d, group), 0), d))
        if channel == "phone" and (c.pos, best) in calls:
            continue  # one call covers both purposes (e.g. overdue and arrival check)
        placed.append((c.pos, c.rule, best, window[0], window[-1]))
        load[(owner, best, group)] = load.get((owner, best, group), 0) + CHANNELS[channel]
        busy.add((c.pos, best))
        if channel in ("phone", "visit"):
            days_of.setdefault(c.pos, []).append(best)
        if channel == "phone":
            calls.add((c.pos, best))
    return placed


def with_target_fill(schedule: pd.DataFrame, filled: pd.DataFrame, lang: str | None = None
                     ) -> pd.DataFrame:
    """The schedule with the calls a day's list added to reach its target (``filled``: the
    customers' rows and the ``date`` they were called, see
    :func:`salesops.calls.daily_call_plan`), as phone contacts of rule ``target_fill``, so the
    schedule stays the one plan the 跟单记录表 and the call lists print."""
    if filled is None or not len(filled):
        return schedule
    none = pd.Series(None, index=filled.index, dtype=object)
    day = pd.to_datetime(filled["date"])
    rows = pd.DataFrame({
        "date": day, "customer_id": filled["customer_id"], "name": filled["name"],
        "owner": filled.get("owner", none), "abc_class": filled.get("abc_class", none),
        "channel": "phone", "rule": "target_fill", "purpose": t("rule.target_fill", lang),
        "contact_person": filled.get("contact_person", none),
        "mobile": filled.get("mobile", none), "landline": filled.get("landline", none),
        "window_start": day, "window_end": day})
    out = pd.concat([schedule, rows[COLUMNS]], ignore_index=True)
    out = out.sort_values(["date", "owner", "customer_id", "rule"], kind="stable",
                          na_position="last")
    return out.reset_index(drop=True)


def _frame(placed, col, lang) -> pd.DataFrame:
    rows = []
    for pos, rule, day, lo, hi in placed:
        rows.append({
            "date": pd.Timestamp(day), "customer_id": col["customer_id"][pos],
            "name": col["name"][pos], "owner": col["owner"][pos],
            "abc_class": col["abc_class"][pos], "channel": RULES[rule], "rule": rule,
            "purpose": t(f"rule.{rule}", lang), "contact_person": col["contact_person"][pos],
            "mobile": col["mobile"][pos], "landline": col["landline"][pos],
            "window_start": pd.Timestamp(lo), "window_end": pd.Timestamp(hi)})
    out = pd.DataFrame(rows, columns=COLUMNS)
    for column in ("date", "window_start", "window_end"):
        out[column] = pd.to_datetime(out[column])
    out = out.sort_values(["date", "owner", "customer_id", "rule"], kind="stable",
                          na_position="last")
    return out.reset_index(drop=True)


# ------------------------------------------------------------------------------------------
# reading the filled-in 跟单记录表 back into the customer table
# ------------------------------------------------------------------------------------------
@dataclass
class FollowUpUpdate:
    """What an edited 跟单记录表 changes in the customer table.

    ``customers`` is the updated copy; ``changes`` lists each field set (``customer_id``,
    ``column``, ``old``, ``new``, ``row`` of the log); ``conflicts`` the fields changed both in
    the customer table and in the log since the log was written (left as the table has them);
    ``unmatched`` the log rows whose customer is not in the table; ``problems`` the cells of
    the log that could not be read as typed (``明天`` in 日期, a year left out …, see
    :attr:`~salesops.excel.TrackerChanges.problems`): a date that is not a date changes
    nothing and is listed there.
    """

    customers: pd.DataFrame
    changes: pd.DataFrame
    conflicts: pd.DataFrame
    unmatched: pd.DataFrame
    problems: pd.DataFrame | None = None

    def summary(self) -> str:
        return t("followup.update_summary", changes=len(self.changes),
                 customers=self.changes["customer_id"].nunique() if len(self.changes) else 0,
                 conflicts=len(self.conflicts), unmatched=len(self.unmatched))


def _done(row: pd.Series) -> bool:
    return any(not is_blank(row.get(c)) for c in ("feedback", "intent", "next_step"))


def apply_follow_up_log(customers: CustomerTable | pd.DataFrame, log) -> FollowUpUpdate:
    """Update ``last_contact_date``, ``next_contact_date`` and ``stage`` from a filled-in log.

    Parameters
    ----------
    customers
        The current customer table (``customer_id`` identifies customers; rows a person added
        to the log without an ID are matched by exact name).
    log
        The :class:`~salesops.excel.TrackerChanges` of the 跟单记录表 (``read_tracker``).

    Rules: a log row counts as a contact made when its 反馈, 意向程度 or 下一步 is filled in,
    or when a person added it; ``last_contact_date`` becomes the latest such date. 阶段 and
    下次跟进日期 were written with the customer's values at that time, so a three-way
    comparison decides: changed only in the log → the table takes it; changed only in the table
    → kept; changed in both to different values → a conflict, reported and not overwritten.
    """
    out = as_frame(customers).copy()
    index_by_id = {cid: idx for idx, cid in zip(out.index, out["customer_id"], strict=True)
                   if not is_blank(cid)}
    index_by_name = {}
    for idx, name in zip(out.index, out["name"], strict=True):
        if not is_blank(name):
            index_by_name.setdefault(name, idx)
    frame = log.frame
    base = _written_values(log)
    changes, conflicts, unmatched = [], [], []
    latest: dict[object, tuple[pd.Timestamp, int]] = {}
    proposals: dict[tuple[object, str], tuple[object, object, int]] = {}
    for row_no, row in frame.iterrows():
        idx = index_by_id.get(row["customer_id"]) if not is_blank(row["customer_id"]) else None
        if idx is None and not is_blank(row["name"]):
            idx = index_by_name.get(row["name"])
        if idx is None:
            unmatched.append(row_no)
            continue
        key = row["_key"]
        added = is_blank(key) or key not in base
        if (added or _done(row)) and _is_day(row["date"]):
            when = pd.Timestamp(row["date"])
            if idx not in latest or when > latest[idx][0]:
                latest[idx] = (when, row_no)
        for column in ("stage", "next_contact_date"):
            was = None if added else base[key].get(column)
            now = row[column]
            if not added and _equal(was, now):
                continue
            if added and is_blank(now):
                continue
            if column == "next_contact_date" and not is_blank(now) and not _is_day(now):
                continue  # typed text that is not a date: reported in log.problems
            proposals[(idx, column)] = (was, now, row_no)  # later rows win
    for idx, (when, row_no) in latest.items():
        old = out.at[idx, "last_contact_date"] if "last_contact_date" in out else None
        if is_blank(old) or when > pd.Timestamp(old):
            out.at[idx, "last_contact_date"] = when
            changes.append({"customer_id": out.at[idx, "customer_id"],
                            "column": "last_contact_date", "old": old, "new": when,
                            "row": row_no})
    for (idx, column), (was, now, row_no) in proposals.items():
        current = out.at[idx, column] if column in out else None
        current_code = _stage_or_value(column, current)
        if was is not None and not _equal(current_code, was) and not _equal(current_code, now):
            conflicts.append({"customer_id": out.at[idx, "customer_id"], "column": column,
                              "written": was, "log": now, "table": current, "row": row_no})
            continue
        if _equal(current_code, now):
            continue
        new = now if column != "next_contact_date" or is_blank(now) else pd.Timestamp(now)
        if column == "stage" and isinstance(now, str) and f"stage.{now}" in CATALOGUE:
            new = t(f"stage.{now}", "zh")  # the table keeps stages as people write them
        out.at[idx, column] = new
        changes.append({"customer_id": out.at[idx, "customer_id"], "column": column,
                        "old": current, "new": new, "row": row_no})
    unmatched_frame = frame.loc[unmatched] if unmatched else frame.iloc[0:0]
    return FollowUpUpdate(
        customers=out,
        changes=pd.DataFrame(changes, columns=["customer_id", "column", "old", "new", "row"]),
        conflicts=pd.DataFrame(conflicts, columns=["customer_id", "column", "written", "log",
                                                   "table", "row"]),
        unmatched=unmatched_frame,
        problems=getattr(log, "problems", None))


def contacts_made(log) -> pd.DataFrame:
    """The contacts a filled-in 跟单记录表 records, by the rules of :func:`apply_follow_up_log`.

    A row is a contact made when its 反馈, 意向程度 or 下一步 is filled in, or when a person
    added it. ``log`` is the :class:`~salesops.excel.TrackerChanges` of the sheet.

    Returns
    -------
    DataFrame
        ``owner``, ``customer_id``, ``name``, ``date``, ``channel``, ``stage`` (as it is now) and
        ``stage_before`` (as salesops wrote it; empty for an added row) as funnel stage codes,
        one row per contact.

    Examples
    --------
    >>> import pandas as pd
    >>> from salesops.excel import TrackerChanges
    >>> frame = pd.DataFrame({"_key": ["r1", "r2"], "date": pd.to_datetime(["2026-11-23"] * 2),
    ...     "customer_id": ["C1", "C2"], "name": ["甲", "乙"], "owner": ["小李", "小李"],
    ...     "feedback": ["要报价", None], "intent": [None, None], "next_step": [None, None],
    ...     "stage": ["won", "evaluating"], "next_contact_date": [pd.NaT, pd.NaT]})
    >>> edited = pd.DataFrame({"row": [5], "key": ["r1"], "column": ["stage"],
    ...                        "header": ["阶段"], "old": ["negotiating"], "new": ["won"]})
    >>> log = TrackerChanges("f.xlsx", "跟单记录表", frame, frame.iloc[:0], edited, frame.iloc[:0])
    >>> contacts_made(log)[["customer_id", "stage_before", "stage"]].values.tolist()
    [['C1', 'negotiating', 'won']]
    """
    from .funnel import stage_code

    frame = log.frame
    base = _written_values(log)
    rows = []
    for _, row in frame.iterrows():
        key = row["_key"]
        added = is_blank(key) or key not in base
        if added or _done(row):  # 阶段 as typed (成交, 谈判 …) read as the funnel's codes
            rows.append({"owner": row.get("owner"), "customer_id": row.get("customer_id"),
                         "name": row.get("name"), "date": row.get("date"),
                         "channel": row.get("channel"),
                         "stage": stage_code(row.get("stage")),
                         "stage_before": None if added else stage_code(base[key].get("stage"))})
    return pd.DataFrame(rows, columns=["owner", "customer_id", "name", "date", "channel",
                                       "stage", "stage_before"])


def _is_day(value: object) -> bool:
    """A date the log holds as a date (not text that could not be read as one)."""
    return isinstance(value, pd.Timestamp | dt.date) and not is_blank(value)


def _written_values(log) -> dict[object, dict[str, object]]:
    """Row key → the stage and next date as written (edited cells carry their old value)."""
    frame = log.frame
    base: dict[object, dict[str, object]] = {}
    for _, row in frame.iterrows():
        if not is_blank(row["_key"]):
            base[row["_key"]] = {"stage": row["stage"],
                                 "next_contact_date": row["next_contact_date"]}
    for edit in log.edited.itertuples():
        if edit.key in base and edit.column in ("stage", "next_contact_date"):
            base[edit.key][edit.column] = edit.old
    return base


def _stage_or_value(column: str, value: object) -> object:
    if column == "stage":
        from .funnel import stage_code

        return stage_code(value) if not is_blank(value) else None
    return None if is_blank(value) else pd.Timestamp(value)


def _equal(a: object, b: object) -> bool:
    if is_blank(a) and is_blank(b):
        return True
    if is_blank(a) or is_blank(b):
        return False
    if isinstance(a, pd.Timestamp | dt.date) or isinstance(b, pd.Timestamp | dt.date):
        if not (_is_day(a) and _is_day(b)):  # a date and text that is not one
            return False
        return pd.Timestamp(a) == pd.Timestamp(b)
    return a == b
