"""03_calls: the day's call list, the weekly self-check, campaign staffing, Erlang staffing."""

from __future__ import annotations

import datetime as dt

from ..labels import t
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
        for control in (self.calls, self.aht, self.target, self.answer):
            control.observe(lambda _c: self.update_erlang(), names="value")
        self.run_button = self._button(self.run)
        self.export_button = self._button(self.export, primary=True)
        self.plan = None
        self._refresh_labels()
        self.update_erlang()
        self.widget = w.VBox([self.language, w.HBox([self.day, self.per_day]),
                              w.HBox([self.run_button, self.export_button]), self.status,
                              self.output, self.link, self.calls, self.aht, self.target,
                              self.answer, self.erlang])

    def update_erlang(self) -> None:
        """The agents needed for the slider values (Erlang C, 30-minute interval)."""
        from ..erlang import erlang_staffing

        result = self._run(lambda: erlang_staffing(
            self.calls.value, 30, self.aht.value, self.target.value, self.answer.value))
        if result is not None:
            self.erlang.value = message_html(result.summary(), "ok")

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

        result = self._run(lambda: calls_workbook(
            self.customers, self.out_dir / "calls.xlsx", date=self.day.value,
            calls_per_day=int(self.per_day.value), overwrite=True))
        if result is not None:
            self._exported(result.path)
            return result.path
        return None

    def _refresh_labels(self) -> None:
        self.day.description = t("ui.day")
        self.per_day.description = t("ui.calls_per_day")
        self.calls.description = t("ui.calls_interval")
        self.aht.description = t("ui.aht")
        self.target.description = t("ui.target_sl")
        self.answer.description = t("ui.target_seconds")
        self.run_button.description = t("ui.run")
        self.export_button.description = t("ui.export_calls")
        if hasattr(self, "erlang"):
            self.update_erlang()
