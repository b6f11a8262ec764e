"""06_weekly_workbook: the whole chain for one week, one button, one workbook."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..errors import SalesopsError
from ..labels import t
from .common import download_link, language_toggle, message_html


def next_monday(today: dt.date | None = None) -> dt.date:
    today = today or dt.date.today()
    return today + dt.timedelta(days=(7 - today.weekday()) % 7 or 7)


class WeeklyPanel:
    """Pick the week (and the team for the roster), press one button, download the workbook.

    Examples
    --------
    >>> import tempfile
    >>> panel = WeeklyPanel(out_dir=tempfile.mkdtemp())
    >>> panel.week.value.weekday()
    0
    """

    def __init__(self, out_dir: str | Path = "out", customers=None) -> None:
        import ipywidgets as w

        from .common import working_table

        self.out_dir = Path(out_dir)
        self.customers = customers if customers is not None else working_table(out_dir)[0]
        self.last_export: Path | None = None
        self.language = language_toggle(self._refresh_labels)
        self.week = w.DatePicker(value=next_monday())
        self.agents = w.Text(value="甲,乙,丙", layout={"width": "240px"})
        self.build_button = w.Button(icon="file-excel-o", button_style="primary",
                                     layout={"width": "auto"})
        self.status = w.HTML()
        self.link = w.HTML()
        self.build_button.on_click(lambda _b: self.build())
        self._refresh_labels()
        self.widget = w.VBox([self.language, w.HBox([self.week, self.agents]),
                              self.build_button, self.status, self.link])

    def build(self) -> Path | None:
        """Write the week's workbook and offer it for download (the button does this)."""
        from ..workbooks import weekly_workbook

        start = self.week.value
        if start is None:
            self.status.value = message_html(t("ui.pick_week"), "error")
            return None
        monday = start - dt.timedelta(days=start.weekday())
        agents = [a.strip() for a in self.agents.value.replace("，", ",").split(",") if a.strip()]
        self.build_button.disabled = True
        self.status.value = message_html(t("ui.working"))
        try:
            result = weekly_workbook(self.customers,
                                     self.out_dir / f"weekly_{monday:%Y%m%d}.xlsx",
                                     start=monday, agents=agents or None, overwrite=True)
        except SalesopsError as exc:
            self.status.value = message_html(str(exc), "error")
            return None
        finally:
            self.build_button.disabled = False
        self.last_export = result.path
        sheets = t("sep.list").join(result.sheets)
        self.status.value = message_html(t("ui.weekly_done", sheets=sheets), "ok")
        self.link.value = download_link(result.path)
        return result.path

    def _refresh_labels(self) -> None:
        self.week.description = t("ui.week")
        self.agents.description = t("ui.agents")
        self.build_button.description = t("ui.build_week")

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)
