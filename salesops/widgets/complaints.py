"""08_complaints: the complaint log's ten steps, overdue steps, the call and the letter (001)."""

from __future__ import annotations

import datetime as dt

from ..labels import t
from .common import Panel


class ComplaintsPanel(Panel):
    """The day overdue is judged on; status per complaint, overdue steps, the planned call
    and letter and the log's reading problems with localised headers and values; export
    客户投诉登记表.

    ``log`` is what :func:`salesops.read_complaints` returned (used as it is), or a path or
    DataFrame, read once on the first run or export; by default the sample log.
    """

    def __init__(self, out_dir="out", log=None, today=dt.date(2026, 11, 22)) -> None:
        import ipywidgets as w

        from .. import datasets

        super().__init__(out_dir)
        self.log = log if log is not None else datasets.load_complaints()
        self.today = w.DatePicker(value=today)
        self.run_button = self._button(self.run)
        self.export_button = self._button(self.export, primary=True)
        self.result = None
        self._refresh_labels()
        self.widget = w.VBox([self.language, self.today,
                              w.HBox([self.run_button, self.export_button]), self.status,
                              self.output, self.link])

    def run(self) -> None:
        from ..complaints import check_complaints, read_complaints

        def work():
            self.log = read_complaints(self.log)  # once: a log read is kept as it is
            self.result = check_complaints(self.log, today=self.today.value)
            table = self.result.complaints.assign(
                status=lambda f: f["status"].map(lambda s: t(f"complaint_status.{s}")))
            keys = ("complaint_id", "name", "status", "steps_done", "call_due", "letter_due")
            shown = table[list(keys)].rename(columns={
                k: t(f"complaint.col.{k}") for k in keys})
            overdue = self.result.overdue[["complaint_id", "step_label", "due",
                                           "days_overdue"]]
            contacts = self.result.contacts.assign(
                channel=lambda f: f["channel"].map(lambda c: t(f"channel.{c}")))
            self._show(self.result.summary().splitlines()[0], shown,
                       overdue.rename(columns={k: t(f"complaint.col.{k}") for k in (
                           "complaint_id", "step_label", "due", "days_overdue")}),
                       contacts[["date", "name", "channel", "purpose"]].rename(columns={
                           "date": t("complaint.col.date"), "name": t("complaint.col.name"),
                           "channel": t("complaint.col.contact_channel"),
                           "purpose": t("complaint.col.purpose")}),
                       *self._problems(self.result.problems))
            self.status.value = ""
        self._run(work)

    def export(self):
        from ..complaints import read_complaints
        from ..workbooks import complaints_workbook

        def write():
            self.log = read_complaints(self.log)
            return complaints_workbook(self.log, self.out_dir / "complaints.xlsx",
                                       today=self.today.value, overwrite=True)
        return self._export(write)

    def _refresh_labels(self) -> None:
        self.today.description = t("ui.today")
        self.run_button.description = t("ui.run")
        self.export_button.description = t("ui.export_complaints")
