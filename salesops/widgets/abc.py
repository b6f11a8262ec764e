"""02_abc_followup: ABC classes with editable cut-offs, the service policy, charts, follow-ups."""

from __future__ import annotations

import datetime as dt

from ..labels import t
from .common import Panel, localise


class AbcPanel(Panel):
    """Cut-offs and the A/B visit frequencies as controls; Pareto and funnel charts; the
    week's follow-ups; export 跟单记录表 with the ABC and funnel sheets."""

    def __init__(self, out_dir="out", customers=None) -> None:
        import ipywidgets as w

        super().__init__(out_dir, customers)
        self.cut_a = w.FloatSlider(value=0.80, min=0.50, max=0.95, step=0.01)
        self.cut_b = w.FloatSlider(value=0.95, min=0.60, max=0.99, step=0.01)
        self.a_visits = w.BoundedIntText(value=2, min=1, max=8, layout={"width": "220px"})
        self.week = w.DatePicker(value=dt.date(2026, 11, 23))
        self.run_button = self._button(self.run)
        self.export_button = self._button(self.export, primary=True)
        self.classified = self.schedule = None
        self._refresh_labels()
        self.widget = w.VBox([self.language, self.cut_a, self.cut_b, self.a_visits, self.week,
                              w.HBox([self.run_button, self.export_button]), self.status,
                              self.output, self.link])

    def policy(self):
        from ..policy import ServicePolicy

        return ServicePolicy().with_class("A", visits_per_month=int(self.a_visits.value))

    def run(self) -> None:
        """Classify, draw the charts, plan the week's follow-ups."""
        from ..abc import abc_summary, classify_abc
        from ..followup import follow_up_schedule
        from ..funnel import funnel
        from ..plotting import funnel_chart, pareto_chart

        def work():
            self.classified = classify_abc(self.customers,
                                           cutoffs=(self.cut_a.value, self.cut_b.value))
            start = self.week.value
            self.schedule = follow_up_schedule(self.classified, self.policy(), start,
                                               start + dt.timedelta(days=6))
            summary = abc_summary(self.classified)
            self._show(localise(summary, "abc"), pareto_chart(self.classified),
                       funnel_chart(funnel(self.customers, today=start)),
                       self.schedule[["date", "name", "abc_class", "channel", "purpose",
                                      "owner"]])
            self.status.value = ""
        self._run(work)

    def export(self):
        from ..workbooks import followup_workbook

        if self.classified is None:
            self.run()
        return self._export(lambda: followup_workbook(
            self._as_read(self.classified), self.out_dir / "followup.xlsx",
            start=self.week.value, weeks=1, policy=self.policy(), overwrite=True))

    def _refresh_labels(self) -> None:
        self.cut_a.description = t("ui.cut_a")
        self.cut_b.description = t("ui.cut_b")
        self.a_visits.description = t("ui.a_visits")
        self.week.description = t("ui.week")
        self.run_button.description = t("ui.run")
        self.export_button.description = t("ui.export_followup")
