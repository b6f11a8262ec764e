"""05_roster: build a roster (the course exercise one click away), check a hand-made one."""

from __future__ import annotations

import datetime as dt

from ..labels import t
from .common import Panel, localise, message_html, uploaded_file


class RosterPanel(Panel):
    """Agents, opening hours and the weekly limit; build, show the grid, export; upload a
    filled-in blank grid and see its violations with their cells."""

    def __init__(self, out_dir="out", customers=None, time_limit_seconds: float = 10) -> None:
        import ipywidgets as w

        super().__init__(out_dir, customers)
        self.agents = w.Text(value="甲,乙,丙")
        self.hours = w.Text(value="09:00-23:00")
        self.max_hours = w.BoundedIntText(value=40, min=1, max=84, layout={"width": "220px"})
        self.start = w.DatePicker(value=dt.date(2026, 11, 23))
        self.seconds = time_limit_seconds
        self.run_button = self._button(self.run)
        self.export_button = self._button(self.export, primary=True)
        self.blank_button = self._button(self.export_blank)
        # checking a student's grid follows the course (no rest rule); 11 h is a team rule
        self.team_rest = w.Checkbox(value=False, indent=False)
        self.upload = w.FileUpload(accept=".xlsx", multiple=False)
        self.upload.observe(self._uploaded, names="value")
        self.roster = self.violations = None
        self._refresh_labels()
        self.widget = w.VBox([self.language, self.agents, self.hours, self.max_hours,
                              self.start, w.HBox([self.run_button, self.export_button,
                                                  self.blank_button]),
                              self.team_rest, self.upload, self.status, self.output,
                              self.link])

    def run(self) -> None:
        from ..roster import build_roster
        from ..shifts import RosterRules

        def work():
            with self._time_bar(self.seconds, "progress.roster") as bar:
                self.roster = build_roster(
                    self.agents.value, self.hours.value,
                    rules=RosterRules(max_hours_per_week=self.max_hours.value),
                    start=self.start.value, time_limit_seconds=self.seconds, progress=bar)
            notes = (t("sep.clause").join(self.roster.explanation)
                     or self.roster.summary().splitlines()[0])
            self._show(notes, self._grid(),
                       self.roster.hours, self.roster.uncovered)
        self._run(work)

    def _grid(self):
        """The roster grid with 周一 11-23 … as the day headers."""
        from ..calendar import as_date
        from ..trackers import WEEKDAYS

        first = as_date(self.roster.start)
        grid = self.roster.grid()

        def day(d):
            date = first + dt.timedelta(days=int(d))
            return f"{t('weekday.' + WEEKDAYS[date.weekday()])} {date:%m-%d}"
        return grid.rename(columns=day).reset_index(names=t("ui.agent"))

    def export(self):
        from ..workbooks import roster_workbook

        if self.roster is None:
            self.run()
        if self.roster is None:
            return None
        return self._export(lambda: roster_workbook(self.roster, self.out_dir / "roster.xlsx",
                                                    overwrite=True))

    def export_blank(self):
        """The empty grid to fill in by hand (read back by check)."""
        from ..workbooks import blank_roster_workbook

        names = [a for a in self.agents.value.replace("，", ",").split(",") if a.strip()]
        return self._export(lambda: blank_roster_workbook(
            names, self.out_dir / "roster_blank.xlsx", start=self.start.value,
            overwrite=True))

    def check_bytes(self, content: bytes, name: str = "roster.xlsx"):
        """Check a filled-in grid; returns the violations (also shown)."""
        from ..roster_check import check_roster
        from ..shifts import check_rules
        from ..trackers import read_roster_grid

        def work(path):
            table, cells, start = read_roster_grid(path)
            self.violations = check_roster(
                table, self.hours.value,
                check_rules(self.max_hours.value, team=self.team_rest.value),
                start=start, cells=cells)
            self.status.value = message_html(t("roster.check_summary",
                                               count=len(self.violations)),
                                             "error" if len(self.violations) else "ok")
            self._show(localise(self.violations[["cell", "agent", "rule", "message"]],
                                values={"rule": "roster_rule"}))
            return self.violations
        with uploaded_file(content, name) as path:
            return self._run(lambda: work(path))

    def _uploaded(self, change) -> None:
        if change["new"]:
            item = change["new"][0]
            self.check_bytes(item["content"], item["name"])

    def _refresh_labels(self) -> None:
        self.agents.description = t("ui.agents")
        self.team_rest.description = t("hw.crit.roster.rest_hours")
        self.hours.description = t("ui.open_hours")
        self.max_hours.description = t("ui.max_hours")
        self.start.description = t("ui.week")
        self.run_button.description = t("ui.build_roster")
        self.export_button.description = t("ui.export_roster")
        self.blank_button.description = t("ui.blank_roster")
        self.upload.description = t("ui.upload_roster")
