"""09_kpi: retention economics and the period comparison (seeds 001, 003, 004)."""

from __future__ import annotations

from ..labels import t
from .common import Panel, message_html


class KpiPanel(Panel):
    """Churn, margin, revenue, profit and the retention increase as controls; the lifetime,
    the cost of winning vs keeping and the +5% rule recomputed live; the period comparison
    and its reading problems; export the KPI workbook.

    ``periods`` is what :func:`salesops.read_periods` returned (used as it is), or a path or
    DataFrame, read once on the first run or export; by default the sample shop's months.
    """

    def __init__(self, out_dir="out", periods=None) -> None:
        import ipywidgets as w

        from .. import datasets

        super().__init__(out_dir)
        self.periods = periods if periods is not None else datasets.load_kpi_periods()
        self.churn = w.FloatSlider(value=0.20, min=0.01, max=0.9, step=0.01)
        self.churn_improved = w.FloatSlider(value=0.10, min=0.01, max=0.9, step=0.01)
        self.margin = w.FloatSlider(value=0.30, min=0.01, max=1.0, step=0.01)
        self.revenue = w.BoundedFloatText(value=10_000, min=0, max=1e9)
        self.profit = w.BoundedFloatText(value=1_000_000, min=0, max=1e12)
        self.increase = w.FloatSlider(value=0.05, min=0.0, max=0.5, step=0.01)
        self.calculator = w.HTML()
        self.run_button = self._button(self.run)
        self.export_button = self._button(self.export, primary=True)
        self.report = None
        for control in (self.churn, self.churn_improved, self.margin, self.revenue,
                        self.profit, self.increase):
            control.observe(lambda _c: self._calculate(), names="value")
        self._refresh_labels()
        self.widget = w.VBox([self.language, self.churn, self.churn_improved, self.margin,
                              self.revenue, self.profit, self.increase, self.calculator,
                              w.HBox([self.run_button, self.export_button]), self.status,
                              self.output, self.link])

    def options(self) -> dict:
        return {"churn_rates": (self.churn.value, self.churn_improved.value),
                "annual_revenue": self.revenue.value, "margin": self.margin.value,
                "profit": self.profit.value, "retention_increase": self.increase.value}

    def _calculate(self) -> None:
        from ..kpi import kpi_report

        def work():
            self.report = kpi_report(**self.options())
            self.calculator.value = "".join(message_html(line)
                                            for line in self.report.summary().splitlines())
        self._run(work)

    def run(self) -> None:
        """The calculator plus the period comparison (the sample shop's by default)."""
        from ..kpi import kpi_report, read_periods

        def work():
            self.periods = read_periods(self.periods)  # once: a table read is kept as it is
            self.report = kpi_report(**self.options(), periods=self.periods)
            keys = ("period", "contacts", "orders", "closing_rate", "cost",
                    "cost_per_extra_order", "retention", "improving")
            table = self.report.periods.table[list(keys)].assign(
                improving=lambda f: f["improving"].map(
                    lambda v: "" if v is None else t("kpi.yes" if v else "kpi.no")))
            self._show(*self.report.periods.summary().splitlines()[-1:],
                       table.round(3).rename(columns={k: t(f"kpi.col.{k}") for k in keys}),
                       *self._problems(self.report.periods.problems))
            self.status.value = ""
        self._run(work)

    def export(self):
        from ..kpi import read_periods
        from ..workbooks import kpi_workbook

        def write():
            self.periods = read_periods(self.periods)
            return kpi_workbook(self.out_dir / "kpi.xlsx", overwrite=True,
                                periods=self.periods, **self.options())
        return self._export(write)

    def _refresh_labels(self) -> None:
        for control, key in ((self.churn, "churn"), (self.churn_improved, "churn_improved"),
                             (self.margin, "margin"), (self.revenue, "revenue"),
                             (self.profit, "profit"), (self.increase, "retention_increase")):
            control.description = t(f"ui.{key}")
        self.run_button.description = t("ui.run")
        self.export_button.description = t("ui.export_kpi")
        self._calculate()
