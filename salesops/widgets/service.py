"""07_service: online customer service per agent (seed 003) — the 42-vs-29 lesson."""

from __future__ import annotations

from ..labels import t
from .common import Panel

AGENT_KEYS = ("agent", "consultations", "orders", "conversion",
              "median_first_response_seconds", "within_standard_share", "average_rating")


class ServicePanel(Panel):
    """The reply standard as a slider; per-agent figures, reasons and the log's reading
    problems with localised headers; export 客服业绩 + 未成交原因 + 咨询记录 + 问题清单.

    ``log`` is what :func:`salesops.read_consultations` returned (used as it is), or a path
    or DataFrame, read once on the first run or export; by default the sample week.
    """

    def __init__(self, out_dir="out", log=None) -> None:
        import ipywidgets as w

        from .. import datasets

        super().__init__(out_dir)
        self.log = log if log is not None else datasets.load_consultations()
        self.standard = w.IntSlider(value=10, min=3, max=60, step=1)
        self.run_button = self._button(self.run)
        self.export_button = self._button(self.export, primary=True)
        self.summary = None
        self._refresh_labels()
        self.widget = w.VBox([self.language, self.standard,
                              w.HBox([self.run_button, self.export_button]), self.status,
                              self.output, self.link])

    def run(self) -> None:
        """Per-agent figures against the standard, the reasons, and the course's lesson."""
        from ..service import read_consultations, service_summary

        def work():
            self.log = read_consultations(self.log)  # once: a log read is kept as it is
            self.summary = service_summary(self.log, self.standard.value)
            agents = self.summary.agents[list(AGENT_KEYS)].round(3)
            reasons = self.summary.reasons[["label", "count"]]
            self._show(self.summary.lesson() or "",
                       agents.rename(columns={k: t(f"service.col.{k}") for k in AGENT_KEYS}),
                       reasons.rename(columns={"label": t("service.col.reason_label"),
                                               "count": t("service.col.count")}),
                       *self._problems(self.summary.problems))
            self.status.value = ""
        self._run(work)

    def export(self):
        from ..service import read_consultations
        from ..workbooks import service_workbook

        def write():
            self.log = read_consultations(self.log)
            return service_workbook(self.log, self.out_dir / "service.xlsx",
                                    standard_seconds=self.standard.value, overwrite=True)
        return self._export(write)

    def _refresh_labels(self) -> None:
        self.standard.description = t("ui.standard_seconds")
        self.run_button.description = t("ui.run")
        self.export_button.description = t("ui.export_service")
