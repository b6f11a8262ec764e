"""04_routes: plan a week or a month of visits, the route map per day, export 拜访计划表."""

from __future__ import annotations

import datetime as dt

from ..labels import t
from .common import Panel, localise


class RoutesPanel(Panel):
    """Start date, days and a time limit; the plan, the busiest day's map; export."""

    def __init__(self, out_dir="out", customers=None, time_limit_seconds: float = 10) -> None:
        import ipywidgets as w

        super().__init__(out_dir, customers)
        self.start = w.DatePicker(value=dt.date(2026, 12, 1))
        self.days = w.BoundedIntText(value=7, min=1, max=62, layout={"width": "200px"})
        self.seconds = w.BoundedIntText(value=int(time_limit_seconds), min=1, max=300,
                                        layout={"width": "200px"})
        self.run_button = self._button(self.run)
        self.export_button = self._button(self.export, primary=True)
        self.day_choice = w.Dropdown(options=[], layout={"width": "260px"})
        self.day_choice.observe(lambda c: self.show_day(c["new"]), names="value")
        self.map = w.Output()
        self.plan = self.classified = None
        self._refresh_labels()
        self.widget = w.VBox([self.language, w.HBox([self.start, self.days, self.seconds]),
                              w.HBox([self.run_button, self.export_button]), self.status,
                              self.day_choice, self.map, self.output, self.link])

    def show_day(self, date) -> None:
        """Draw the route map of one planned day (all reps)."""
        import matplotlib.pyplot as plt
        from IPython.display import display

        from ..plotting import route_map

        if self.plan is None or date is None:
            return
        ax = route_map(self.plan, date, customers=self.classified)
        self.map_day = date
        self.map.clear_output(wait=True)
        with self.map:
            display(ax.figure)
        plt.close(ax.figure)

    def run(self) -> None:
        import pandas as pd

        from ..abc import classify_abc
        from ..visits import plan_visits

        def work():
            self.status.value = t("ui.working_routes")
            self.classified = classify_abc(self.customers)
            seconds = int(self.seconds.value)
            with self._time_bar(seconds, "progress.routes") as bar:
                self.plan = plan_visits(self.classified, start_date=self.start.value,
                                        days=int(self.days.value), time_limit_seconds=seconds,
                                        progress=bar)
            days = sorted(self.plan.days["date"].unique()) if len(self.plan.days) else []
            self._show(self.plan.summary(), localise(self.plan.days, "visitdays"),
                       self.plan.unplanned)
            self.day_choice.options = [(f"{pd.Timestamp(d):%Y-%m-%d}", d) for d in days]
            if days:  # the busiest day first
                busiest = self.plan.days.sort_values(["visits", "km"]).iloc[-1]["date"]
                self.day_choice.value = busiest
                self.show_day(busiest)
            self.status.value = ""
        self._run(work)

    def export(self):
        from ..workbooks import visit_workbook

        if self.plan is None:
            self.run()
        if self.plan is None:
            return None
        return self._export(lambda: visit_workbook(self.plan, self.out_dir / "visits.xlsx",
                                                   overwrite=True))

    def _refresh_labels(self) -> None:
        self.start.description = t("ui.start")
        self.days.description = t("ui.days")
        self.seconds.description = t("ui.seconds")
        self.run_button.description = t("ui.plan_routes")
        self.export_button.description = t("ui.export_visits")
        self.day_choice.description = t("ui.map_day")
