"""Service policy per ABC class and the after-sale contact rules (COURSE.md §2–3).

The defaults are the course's, editable:

* **A** — a dedicated rep with regular visits: at least 1–2 visits a month (default **2**), a
  call between visits (default 2 a month, a salesops default), a management visit every half
  year (**2 a year**), a full customer file, priority supply and delivery, regular meetings;
* **B** — a customer card, strict contract execution, a rep visit **once a year**, a survey
  letter **every half year**;
* **C** — strict contract execution; help them elsewhere when we cannot serve them;
* **after a sale** — a thank-you letter the **next day** confirming the shipping date, a contact
  **on the shipping day**, a contact **when the goods should have arrived**; a birthday card
  once a year; a New-Year card; **seasonal visits** for infrequent buyers; a follow-up call after
  a complaint is solved.

Examples
--------
>>> policy = ServicePolicy()
>>> policy.for_class("A").visits_per_month, policy.for_class("B").visits_per_year
(2.0, 1.0)
>>> ServicePolicy(A=ClassPolicy(visits_per_month=1)).for_class("A").visits_per_month
1.0
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace

import pandas as pd

from .errors import SalesopsError
from .labels import t

__all__ = ["AGENT_HOURS_PER_DAY", "CALLS_PER_DAY", "CALL_MINUTES", "CAMPAIGN_ATTEMPTS",
           "CAMPAIGN_DAYS", "CAMPAIGN_DIAL_MINUTES", "GOLDEN_HOURS", "TWO_CHOICE_TIMES",
           "VISIT_MINUTES", "VOICEMAIL_WINDOWS", "AfterSaleRules", "ClassPolicy",
           "ServicePolicy"]

# the course's working numbers, in one place (seed 002: 200 calls a day in the golden hours;
# visit lengths per class are salesops defaults: the course says "estimate the time needed")
#: calls a day a telesales rep aims at
CALLS_PER_DAY = 200
#: the golden hours of calling
GOLDEN_HOURS = ("09:00-11:30", "14:00-17:30")
#: minutes a call takes (seed 000: "两分钟左右挂断电话")
CALL_MINUTES = 2.0
#: the voicemail's two call-back windows (seed 000): tomorrow afternoon, the day after morning
VOICEMAIL_WINDOWS = (("14:10", "14:50"), ("10:10", "10:40"))
#: two-choice proposals on one day (seed 000: 明天上午 10:15 还是下午 3:25), varied per customer
TWO_CHOICE_TIMES = (("10:15", "15:25"), ("09:40", "14:30"), ("10:45", "16:10"),
                    ("11:00", "15:00"), ("09:20", "14:50"))
#: outbound campaign defaults (直接预测法 / 目标导向推算法; the course's worked example): one
#: value for Python, the command line and the panel
CAMPAIGN_DAYS = 3
#: productive hours of an agent-day in a campaign
AGENT_HOURS_PER_DAY = 8.0
#: dial attempts per record, and minutes per attempt
CAMPAIGN_ATTEMPTS = 1.6
CAMPAIGN_DIAL_MINUTES = 1.5
#: minutes a visit takes, per ABC class
VISIT_MINUTES = {"A": 60, "B": 45, "C": 30}

PER_YEAR = (0, 1, 2, 3, 4, 6, 12)  # yearly counts that split the year into equal periods


@dataclass(frozen=True)
class ClassPolicy:
    """Contact frequencies for one ABC class (0 = none)."""

    visits_per_month: float = 0.0
    calls_per_month: float = 0.0
    visits_per_year: float = 0.0
    survey_letters_per_year: float = 0.0
    management_visits_per_year: float = 0.0

    def __post_init__(self) -> None:
        for f in fields(self):
            value = float(getattr(self, f.name))
            if f.name.endswith("per_month"):
                ok = value.is_integer() and 0 <= value <= 10
            else:  # a yearly count must split the year into equal periods
                ok = value in PER_YEAR
            if not ok:
                raise SalesopsError(t("error.policy_value", name=f.name, value=value))
            object.__setattr__(self, f.name, value)

    @property
    def contacts_per_year(self) -> float:
        """Every planned contact of the class in a year: visits, calls, letters."""
        return (12 * (self.visits_per_month + self.calls_per_month) + self.visits_per_year
                + self.survey_letters_per_year + self.management_visits_per_year)

    @property
    def contact_every_days(self) -> float | None:
        """Days between two contacts the class's frequencies imply (365 ÷ contacts a year);
        None for a class with no regular contact (the course's C).

        >>> ClassPolicy(visits_per_year=1, survey_letters_per_year=2).contact_every_days
        121.66666666666667
        """
        per_year = self.contacts_per_year
        return 365 / per_year if per_year else None


@dataclass(frozen=True)
class AfterSaleRules:
    """When the after-sale and courtesy contacts happen (working days unless stated)."""

    thank_you_after_days: int = 1
    shipping_after_days: int = 2
    arrival_after_days: int = 3
    birthday_card_days_before: int = 3
    new_year_card_days_before: int = 5
    seasonal_visit_months: int = 3
    infrequent_after_days: int = 180
    complaint_follow_up_days: int = 1
    min_days_between_contacts: int = 7
    overdue_spread_days: int = 3

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if not isinstance(value, int) or value < 0 or value > 400:
                raise SalesopsError(t("error.policy_value", name=f.name, value=value))
        if self.seasonal_visit_months not in PER_YEAR:
            raise SalesopsError(t("error.policy_value", name="seasonal_visit_months",
                                  value=self.seasonal_visit_months))


@dataclass(frozen=True)
class ServicePolicy:
    """The service policy: what each class gets, and the after-sale rules."""

    A: ClassPolicy = field(default_factory=lambda: ClassPolicy(
        visits_per_month=2, calls_per_month=2, management_visits_per_year=2))
    B: ClassPolicy = field(default_factory=lambda: ClassPolicy(
        visits_per_year=1, survey_letters_per_year=2))
    C: ClassPolicy = field(default_factory=ClassPolicy)
    after_sale: AfterSaleRules = field(default_factory=AfterSaleRules)

    def for_class(self, abc_class: str) -> ClassPolicy:
        if abc_class not in ("A", "B", "C"):
            raise SalesopsError(t("error.policy_class", value=abc_class))
        return getattr(self, abc_class)

    def with_class(self, abc_class: str, **changes: float) -> ServicePolicy:
        """A copy with some frequencies of one class changed (for the policy editor)."""
        return replace(self, **{abc_class: replace(self.for_class(abc_class), **changes)})

    def describe(self, abc_class: str, lang: str | None = None) -> str:
        """One line of 服务策略 for the ABC sheet, with this policy's numbers."""
        p = self.for_class(abc_class)
        return t(f"policy.{abc_class}", lang, visits_month=_fmt(p.visits_per_month),
                 calls_month=_fmt(p.calls_per_month), visits_year=_fmt(p.visits_per_year),
                 letters_year=_fmt(p.survey_letters_per_year),
                 mgmt_year=_fmt(p.management_visits_per_year))

    def table(self, lang: str | None = None) -> pd.DataFrame:
        """The policy as a table: one row per class (for notebooks and the 说明 sheet)."""
        rows = []
        for c in ("A", "B", "C"):
            p = self.for_class(c)
            rows.append({"abc_class": c, **{f.name: getattr(p, f.name) for f in fields(p)},
                         "service": self.describe(c, lang)})
        return pd.DataFrame(rows)


def _fmt(x: float) -> str:
    return f"{x:g}"
