"""The telesales script and the cold-call steps (seeds 000 and 002).

The course's homework (seed 000, 作业：电话销售脚本设计) has a China Mobile agent offer a
**128 元/月** 全球通 plan to a customer who spends about **150 元/月**; the script follows the
course's structure — confirm identity, greet and introduce, say why you call, present the
benefit, close with two times (二择一法), handle refusal, follow up — and the saving is
worked out: 150 − 128 = **22 元 a month**, 22 × 12 = **264 元 a year**. A cold call
(陌生电话约访接触步骤, seed 000) runs: confirm identity → greet and introduce → purpose →
two-choice → handle refusal → two-choice again → follow up, with answers prepared for
「我很忙」 and 「不感兴趣」 (seed 000) and the objections of seed 003 (「我要考虑一下」,
「太贵了」 …); a voicemail offers two call-back windows (明天下午 2:10–2:50, 后天上午
10:10–10:40) and gets calls back more than half the time.

Texts are made at the edge: the tables carry step codes and the catalogue gives the words.

Examples
--------
>>> s = plan_saving(150, 128)
>>> s.monthly, s.yearly
(22.0, 264.0)
>>> telesales_script()["step"].unique().tolist() == list(SCRIPT_STEPS)
True
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .errors import SalesopsError
from .labels import t
from .policy import TWO_CHOICE_TIMES, VOICEMAIL_WINDOWS
from .validation import number

__all__ = ["COLD_CALL_STEPS", "OBJECTIONS", "SCRIPT_STEPS", "PlanSaving", "cold_call_steps",
           "plan_saving", "prepared_answers", "telesales_script"]

#: the parts of a telesales script (seed 000 作业; the homework's steps table)
SCRIPT_STEPS = ("identity", "greeting", "purpose", "offer", "two_choice", "objection", "close")
#: 陌生电话约访接触步骤 (seed 000): the two-choice comes back after the refusal is handled
COLD_CALL_STEPS = ("identity", "greeting", "purpose", "two_choice", "objection",
                   "two_choice_again", "follow_up")
#: refusals with a prepared answer: seed 000 (telephone appointments), then seed 003 (排疑)
OBJECTIONS = ("busy", "not_interested", "think_it_over", "too_expensive", "bad_market",
              "cheaper", "cheaper_elsewhere", "worth_it", "no")
_SOURCE = {"busy": "000", "not_interested": "000"}  # the others: seed 003


@dataclass(frozen=True)
class PlanSaving:
    """What a customer saves by moving from ``old_monthly`` to ``new_monthly`` (元)."""

    old_monthly: float
    new_monthly: float

    @property
    def monthly(self) -> float:
        return self.old_monthly - self.new_monthly

    @property
    def yearly(self) -> float:
        return 12 * self.monthly

    def formula(self, lang: str | None = None) -> str:
        """The working, e.g. ``每月节省 = 150 − 128 = 22 元；每年节省 = 22 × 12 = 264 元``."""
        return t("telesales.saving_formula", lang, old=_num(self.old_monthly),
                 new=_num(self.new_monthly), monthly=_num(self.monthly),
                 yearly=_num(self.yearly))


def _num(x: float) -> str:
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def plan_saving(old_monthly: float, new_monthly: float) -> PlanSaving:
    """The monthly and yearly saving of a cheaper plan: old − new, and 12 × that.

    Examples
    --------
    >>> s = plan_saving(150, 128)  # the course's China Mobile homework
    >>> s.monthly, s.yearly, s.formula("en")
    (22.0, 264.0, 'saving a month = 150 − 128 = 22 yuan; a year = 22 × 12 = 264 yuan')
    """
    for name, value in (("old_monthly", old_monthly), ("new_monthly", new_monthly)):
        number(name, value)
    return PlanSaving(float(old_monthly), float(new_monthly))


def telesales_script(old_monthly: float = 150, new_monthly: float = 128,
                     times: tuple[str, str] = TWO_CHOICE_TIMES[0], lang: str | None = None
                     ) -> pd.DataFrame:
    """The China Mobile script of the homework, worked out: the parts of
    :data:`SCRIPT_STEPS` in order, one row per line of the dialogue.

    Columns ``step`` (code), ``label``, ``speaker`` (``agent`` or ``customer``), ``text`` and
    ``note`` (on a part's first row: the course's rule for that part; for the offer, the
    saving's working). In the refusal the customer speaks first. ``times`` is the
    two-choice pair (morning, afternoon) of one day. A "plan" that costs the customer more is
    refused: the script says it saves money.

    Examples
    --------
    >>> script = telesales_script(150, 128)
    >>> script.loc[script["step"] == "offer", "note"].iloc[0]
    '每月节省 = 150 − 128 = 22 元；每年节省 = 22 × 12 = 264 元'
    >>> offer = script[(script["step"] == "offer") & (script["speaker"] == "agent")]
    >>> offer["text"].iloc[-1]
    '算下来您每月省 22 元，一年省 264 元。'
    """
    saving = plan_saving(old_monthly, new_monthly)
    if saving.monthly <= 0:
        raise SalesopsError(t("error.script_no_saving", lang, old=_num(old_monthly),
                              new=_num(new_monthly)))
    morning, afternoon = times
    fields = {"old": _num(old_monthly), "new": _num(new_monthly),
              "monthly": _num(saving.monthly), "yearly": _num(saving.yearly),
              "morning": morning, "afternoon": afternoon}
    rows = []
    for step in SCRIPT_STEPS:
        note = saving.formula(lang) if step == "offer" else t(f"telesales.note.{step}", lang)
        speakers = ("customer", "agent") if step == "objection" else ("agent", "customer")
        lines = [(who, line) for who in speakers
                 for line in t(f"telesales.cm.{step}.{who}", lang, **fields).split("\n")]
        for k, (who, line) in enumerate(lines):
            rows.append({"step": step, "label": t(f"hw.step.script.{step}", lang),
                         "speaker": who, "text": line, "note": note if k == 0 else None})
    return pd.DataFrame(rows)


def prepared_answers(lang: str | None = None) -> pd.DataFrame:
    """Answers prepared for refusals (熟练掌握电话拒绝应对话术, seed 000), in the course's words.

    Columns ``objection`` (code), ``says`` (what the customer says), ``answer`` and
    ``source`` — 「我很忙」 and 「不感兴趣」 from the cold-call example of seed 000, the
    seven objections of seed 003 (「我要考虑一下」 … 「不，我不要」) after them.

    Examples
    --------
    >>> prepared_answers().loc[0, ["says", "answer"]].tolist()
    ['我很忙', '谢谢，正因为您很忙，所以我一定要跟您预约。']
    """
    return pd.DataFrame([{"objection": o, "says": t(f"telesales.says.{o}", lang),
                          "answer": t(f"telesales.answer.{o}", lang),
                          "source": t(f"telesales.src.{_SOURCE.get(o, '003')}", lang)}
                         for o in OBJECTIONS])


def cold_call_steps(times: tuple[str, str] = TWO_CHOICE_TIMES[0], lang: str | None = None
                    ) -> pd.DataFrame:
    """The cold-call steps, the prepared answers and the voicemail, as one table.

    Columns ``kind`` (``step``, ``answer`` or ``voicemail``), ``order`` (1…), ``label`` (the
    step, or what the customer says), ``say`` (what the agent says: one row per line, a long
    answer taking several rows of the same ``kind`` and ``order``) and ``source``. The
    two-choice steps offer ``times`` (one day, morning and afternoon: 明天上午 10:15 还是下午
    3:25); the follow-up fixes time *and* place; the voicemail offers the two windows of
    :data:`salesops.policy.VOICEMAIL_WINDOWS`.

    Examples
    --------
    >>> table = cold_call_steps()
    >>> table.loc[table["kind"] == "step", "label"].unique().tolist()[:4]
    ['确认身份', '问好，自我介绍', '表明来意', '二择一法敲定时间']
    >>> table.drop_duplicates(["kind", "order"])["kind"].value_counts().to_dict()
    {'answer': 9, 'step': 7, 'voicemail': 1}
    """
    morning, afternoon = times
    src = t("telesales.src.000", lang)
    items = [("step", k, t(f"telesales.step.{s}", lang),
              t(f"telesales.cold.{s}", lang, morning=morning, afternoon=afternoon), src)
             for k, s in enumerate(COLD_CALL_STEPS, start=1)]
    items += [("answer", k, r.says, r.answer, r.source)
              for k, r in enumerate(prepared_answers(lang).itertuples(), start=1)]
    (a1, b1), (a2, b2) = VOICEMAIL_WINDOWS
    items.append(("voicemail", 1, t("telesales.voicemail_label", lang),
                  t("telesales.voicemail", lang, start1=a1, end1=b1, start2=a2, end2=b2), src))
    # one row per line of what is said (a long answer reads as several lines)
    return pd.DataFrame([{"kind": kind, "order": order, "label": label, "say": line,
                          "source": source}
                         for kind, order, label, say, source in items
                         for line in say.split("\n")])
