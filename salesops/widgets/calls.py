"""03_calls: the day's call list, the weekly self-check, campaign staffing, Erlang staffing."""

from __future__ import annotations

import datetime as dt

from ..labels import t
from ..policy import CAMPAIGN_ATTEMPTS, CAMPAIGN_DAYS, CAMPAIGN_DIAL_MINUTES
from .common import Panel, message_html


class CallsPanel(Panel):
    """Call list and Erlang calculator with sliders; export the call-plan workbook."""

    def __init__(self, out_dir="out", customers=None) -> None:
        import ipywidgets as w

        super().__init__(out_dir, customers)
        self.day = w.DatePicker(value=dt.date(2026, 11, 23))
        self.per_day = w.BoundedIntText(value=200, min=1, max=2000, layout={"width": "220px"})
        self.calls = w.IntSlider(value=100, min=0, max=600, step=5)
        self.aht = w.IntSlider(value=180, min=30, max=900, step=10)
        self.target = w.FloatSlider(value=0.80, min=0.50, max=0.99, step=0.01)
        self.answer = w.IntSlider(value=20, min=5, max=120, step=5)
        self.erlang = w.HTML()
        self.erlang_chart = w.Output()
        for control in (self.calls, self.aht, self.target, self.answer):
            control.observe(lambda _c: self.update_erlang(), names="value")
        # campaign staffing, both methods of COURSE.md §5
        self.records = w.BoundedIntText(value=3000, min=0, max=10**7,
                                        layout={"width": "220px"})
        self.attempts = w.BoundedFloatText(value=CAMPAIGN_ATTEMPTS, min=1, max=10, step=0.1,
                                           layout={"width": "220px"})
        self.dial_minutes = w.BoundedFloatText(value=CAMPAIGN_DIAL_MINUTES, min=0.1, max=30,
                                               step=0.1, layout={"width": "220px"})
        self.campaign_days = w.BoundedIntText(value=CAMPAIGN_DAYS, min=1, max=365,
                                              layout={"width": "220px"})
        self.successes = w.BoundedIntText(value=60, min=1, max=10**6,
                                          layout={"width": "220px"})
        self.success_rate = w.BoundedFloatText(value=0.05, min=0.001, max=1, step=0.01,
                                               layout={"width": "220px"})
        self.contact_rate = w.BoundedFloatText(value=0.4, min=0.01, max=1, step=0.05,
                                               layout={"width": "220px"})
        self.campaign = w.HTML()
        for control in (self.records, self.attempts, self.dial_minutes, self.campaign_days,
                        self.successes, self.success_rate, self.contact_rate):
            control.observe(lambda _c: self.update_campaign(), names="value")
        self.run_button = self._button(self.run)
        self.export_button = self._button(self.export, primary=True)
        self.plan = None
        self._refresh_labels()
        self.update_erlang()
        self.update_campaign()
        self.widget = w.VBox([
            self.language, w.HBox([self.day, self.per_day]),
            w.HBox([self.run_button, self.export_button]), self.status, self.output, self.link,
            w.HBox([w.VBox([self.records, self.attempts, self.dial_minutes,
                            self.campaign_days]),
                    w.VBox([self.successes, self.success_rate, self.contact_rate])]),
            self.campaign, self.calls, self.aht, self.target, self.answer, self.erlang,
            self.erlang_chart])

    def update_campaign(self) -> None:
        """Both outbound methods for the current inputs, with their formulas."""
        from ..calls import direct_staffing, goal_staffing

        common = {"attempts_per_record": float(self.attempts.value),
                  "dial_minutes": float(self.dial_minutes.value),
                  "days": int(self.campaign_days.value)}
        direct = self._run(lambda: direct_staffing(int(self.records.value), **common))
        goal = self._run(lambda: goal_staffing(int(self.successes.value),
                                               float(self.success_rate.value),
                                               float(self.contact_rate.value), **common))
        if direct is not None and goal is not None:
            self.campaign.value = (
                message_html(t("ui.labelled", label=t("calls.method_direct"),
                               text=direct.formula))
                + message_html(t("ui.labelled", label=t("calls.method_goal"), text=goal.formula)))

    def update_erlang(self) -> None:
        """The agents needed for the slider values (Erlang C, 30-minute interval)."""
        from ..erlang import erlang_staffing

        result = self._run(lambda: erlang_staffing(
            self.calls.value, 30, self.aht.value, self.target.value, self.answer.value))
        if result is not None:
            self.erlang.value = message_html(result.summary(), "ok")
            self._draw_erlang(result.agents)

    def _draw_erlang(self, needed: int) -> None:
        """Service level against head count around the answer, the target as a line."""
        import matplotlib.pyplot as plt
        from IPython.display import display

        from ..erlang import erlang_evaluate
        from ..plotting import _setup

        ax, lang, font = _setup(None, None)
        ax.figure.set_size_inches(6, 3)
        agents = list(range(max(1, needed - 5), needed + 6))
        levels = [erlang_evaluate(self.calls.value, 30, self.aht.value, n,
                                  self.answer.value).service_level for n in agents]
        self.erlang_curve = dict(zip(agents, levels, strict=True))  # what the chart shows
        ax.plot(agents, levels, "-o", color="#2F5597")
        ax.axhline(self.target.value, color="#C00000", linestyle="--")
        ax.axvline(needed, color="#548235", linestyle=":")
        ax.set_xlabel(t("chart.agents", lang), **font)
        ax.set_ylabel(t("ui.target_sl", lang), **font)
        ax.set_ylim(0, 1.02)
        self.erlang_chart.clear_output(wait=True)
        with self.erlang_chart:
            display(ax.figure)
        plt.close(ax.figure)

    def run(self) -> None:
        from ..abc import classify_abc
        from ..calls import daily_call_plan, self_check, weekly_call_plan

        def work():
            classified = classify_abc(self.customers)
            self.plan = daily_call_plan(classified, self.day.value,
                                        calls_per_day=int(self.per_day.value))
            self._show(self.plan.summary(),
                       self.plan.calls[["slot", "name", "abc_class", "phone", "purpose",
                                        "appointment_1", "appointment_2"]],
                       self_check(weekly_call_plan(self.day.value, int(self.per_day.value))))
        self._run(work)

    def export(self):
        from ..workbooks import calls_workbook

        return self._export(lambda: calls_workbook(
            self.customers, self.out_dir / "calls.xlsx", date=self.day.value,
            calls_per_day=int(self.per_day.value), overwrite=True))

    def _refresh_labels(self) -> None:
        self.day.description = t("ui.day")
        self.per_day.description = t("ui.calls_per_day")
        self.calls.description = t("ui.calls_interval")
        self.aht.description = t("ui.aht")
        self.target.description = t("ui.target_sl")
        self.answer.description = t("ui.target_seconds")
        self.run_button.description = t("ui.run")
        self.export_button.description = t("ui.export_calls")
        if hasattr(self, "campaign"):
            self.records.description = t("ui.records")
            self.attempts.description = t("ui.attempts")
            self.dial_minutes.description = t("ui.dial_minutes")
            self.campaign_days.description = t("ui.campaign_days")
            self.successes.description = t("ui.successes")
            self.success_rate.description = t("ui.success_rate")
            self.contact_rate.description = t("ui.contact_rate")
            self.update_campaign()
            self.update_erlang()
