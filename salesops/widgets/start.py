"""00_start / 01_customers: load the sample or your own file, see its problems and its
prospect classes (成熟 / 希望 / 潜在), export."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from ..errors import SalesopsError, os_error_message
from ..labels import t
from .common import (
    _InOutput,
    clear,
    download_link,
    language_toggle,
    message_html,
    save_working_table,
    table_html,
    uploaded_file,
)


class StartPanel:
    """Load a customer file (sample or upload), show its health check and — when it has
    购买欲望 and 购买能力 — its prospect classes (seed 000 任务三), export a cleaned workbook
    into ``out_dir`` with a download link.

    Examples
    --------
    >>> import tempfile
    >>> panel = StartPanel(out_dir=tempfile.mkdtemp())
    >>> panel.load_sample("messy_customers")
    >>> int((panel.problems["severity"] == "error").sum()) > 0
    True
    >>> panel.load_sample("prospects")
    >>> panel.prospects["prospect_class"].value_counts().to_dict()
    {'hopeful': 4, 'mature': 3, 'potential': 2}
    """

    def __init__(self, out_dir: str | Path = "out") -> None:
        import ipywidgets as w

        self.out_dir = Path(out_dir)
        self.customers = None
        self.problems = None
        self.prospects = None  # the table with prospect_class, when it can be classified
        self.source_name = None
        self.last_export: Path | None = None
        self.language = language_toggle(self._refresh_labels)
        self.sample = w.Dropdown(options=[], layout={"width": "260px"})
        self.load_button = w.Button(icon="table", layout={"width": "auto"})
        self.upload = w.FileUpload(accept=".xlsx,.xls,.csv,.txt", multiple=False)
        self.export_button = w.Button(icon="download", button_style="primary", disabled=True,
                                      layout={"width": "auto"})
        self.status = w.HTML()
        self.busy = w.Output()  # the reading and checking bar, while a file loads
        self.table = w.HTML()
        self.prospect_table = w.HTML()
        self.link = w.HTML()
        self.load_button.on_click(lambda _b: self.load_sample(self.sample.value))
        self.upload.observe(self._uploaded, names="value")
        self.export_button.on_click(lambda _b: self.export())
        self._refresh_labels()
        self.widget = w.VBox([
            self.language,
            w.HBox([self.sample, self.load_button]),
            w.HBox([self.upload]),
            self.busy, self.status, self.table, self.prospect_table, w.HBox([self.export_button]),
            self.link])

    # -- what the buttons do, callable from code --------------------------------------------
    def load_sample(self, name: str = "messy_customers") -> None:
        """Load a shipped sample (``customers`` or ``messy_customers``); the other panels keep
        working on whatever table was loaded before (the sample, or the student's own file)."""
        from .. import datasets

        self._load(datasets.path(name), name, keep=False)

    def load_file(self, path: str | Path) -> None:
        """Load a file from disk (read only, never changed)."""
        self._load(Path(path), Path(path).name)

    def load_bytes(self, content: bytes, name: str) -> None:
        """Load uploaded bytes as the file ``name`` (the extension decides the format)."""
        with uploaded_file(content, name) as path:  # read once, then the upload is gone
            self._load(path, path.name)

    def export(self) -> Path | None:
        """Write the cleaned workbook into ``out_dir`` and offer it for download."""
        from ..workbooks import customer_workbook

        if self.customers is None:
            self.status.value = message_html(t("ui.load_first"), "error")
            return None
        stem = Path(self.source_name or "customers").stem
        target = self.out_dir / f"{stem}_cleaned.xlsx"
        try:
            result = customer_workbook(self.customers, target, overwrite=True)
        except SalesopsError as exc:
            self.status.value = message_html(str(exc), "error")
            return None
        except OSError as exc:  # full disk, no permission: a sentence, never a traceback
            self.status.value = message_html(os_error_message(exc), "error")
            return None
        self.last_export = result.path
        self.link.value = download_link(result.path)
        self.status.value = message_html(t("cli.wrote", file=result.path), "ok")
        return result.path

    # -- internals ---------------------------------------------------------------------------
    def _load(self, path: Path, name: str, keep: bool = True) -> None:
        from ..customers import read_customers

        # the last file's results go, so that they are not taken for this one's while it loads
        self.status.value = self.table.value = self.prospect_table.value = ""
        try:
            with self._bar("progress.read", name) as bar:
                customers = read_customers(path, progress=bar)
        except (SalesopsError, OSError) as exc:  # a bad upload is a sentence, not a traceback
            if isinstance(exc, OSError):
                exc = os_error_message(exc)
            self.customers = self.problems = self.prospects = None
            self.prospect_table.value = ""
            self.export_button.disabled = True
            self.table.value = ""
            self.status.value = message_html(str(exc), "error")
            return
        self.customers, self.source_name = customers, name
        self.problems = self._check(customers)
        if keep:  # the student's own file is the table 02–06 then work on
            save_working_table(self.out_dir, customers, name)
        self.export_button.disabled = False
        self._show()

    @contextmanager
    def _bar(self, key: str, name: str):
        """A notebook bar (读取 / 检查 with the file's name) above the status line while a
        file is read or checked; it goes when the work is done."""
        from ..progress import CountBar

        clear(self.busy)
        bar = _InOutput(self.busy, CountBar(t(key, file=name), notebook=True))
        try:
            yield bar
        finally:
            bar.__exit__(None, None, None)
            clear(self.busy)

    def _check(self, customers):
        """The table's problems, with the prospect inputs that cannot be judged; sets
        :attr:`prospects` (``None`` when the table has no desire or ability column)."""
        import pandas as pd

        from ..customers import check_customers, check_prospects, classify_prospects

        with self._bar("progress.check", self.source_name or "") as bar:
            problems = check_customers(customers, progress=bar)
        try:
            self.prospects = classify_prospects(customers, errors="coerce")
        except SalesopsError:  # no 购买欲望 / 购买能力: nothing to classify
            self.prospects = None
            return problems
        return pd.concat([problems, check_prospects(customers)], ignore_index=True)

    def _show_prospects(self) -> None:
        from .common import localise

        if self.prospects is None:
            self.prospect_table.value = message_html(t("ui.prospects_missing"))
            return
        keys = ["name", "contact_person", "purchase_desire", "purchasing_power",
                "prospect_class"]
        shown = self.prospects[[k for k in keys if k in self.prospects.columns]]
        shown = shown.assign(prospect_class=shown["prospect_class"].map(
            lambda c: c if isinstance(c, str) else "unknown"))
        self.prospect_table.value = (f"<h4>{t('ui.prospects_title')}</h4>"
                                     + table_html(localise(shown)))

    def _show(self) -> None:
        if self.problems is None:
            return
        self._show_prospects()
        errors = int((self.problems["severity"] == "error").sum())
        self.status.value = message_html(
            t("cli.rows", rows=len(self.customers), errors=errors,
              warnings=len(self.problems) - errors), "error" if errors else "ok")
        headers = {c: t(f"col.{c}") for c in ("row", "column", "value", "problem", "message",
                                              "severity")}
        shown = self.problems.assign(severity=self.problems["severity"].map(
            lambda s: t(f"severity.{s}")))
        self.table.value = table_html(shown, headers)

    def _uploaded(self, change) -> None:
        files = change["new"]
        if files:
            item = files[0]
            self.load_bytes(item["content"], item["name"])

    def _refresh_labels(self) -> None:
        self.sample.options = [(t("ui.sample_messy"), "messy_customers"),
                               (t("ui.sample_clean"), "customers"),
                               (t("ui.sample_prospects"), "prospects")]
        self.sample.description = t("ui.sample")
        self.load_button.description = t("ui.load")
        self.upload.description = t("ui.upload")
        self.export_button.description = t("ui.export")
        if self.customers is not None:  # re-translate messages of the loaded file
            self.problems = self._check(self.customers)
            self._show()

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)
