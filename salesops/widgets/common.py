"""Pieces every panel uses: the language toggle, messages, tables and download links."""

from __future__ import annotations

import base64
import contextlib
import html
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pandas as pd

from ..customer_table import CustomerTable
from ..labels import CATALOGUE, get_language, has_header, header, set_language, t

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def language_toggle(on_change=None):
    """A 中文 / English toggle that switches every label of salesops."""
    import ipywidgets as w

    toggle = w.ToggleButtons(options=[("中文", "zh"), ("English", "en")],
                             value=get_language(), style={"button_width": "80px"})

    def changed(change):
        set_language(change["new"])
        if on_change is not None:
            on_change()

    toggle.observe(changed, names="value")
    return toggle


def message_html(text: str, kind: str = "info") -> str:
    colour = {"info": "#2F5597", "error": "#C00000", "ok": "#548235"}[kind]
    return f'<p style="color:{colour};margin:4px 0">{html.escape(text)}</p>'


#: columns whose values are codes, shown by their label (``<prefix>.<code>``)
VALUE_LABELS = {"channel": "channel", "severity": "severity", "intent": "intent",
                "binding": "binding", "stage": "stage", "rule": "rule",
                "prospect_class": "prospect"}


def localise(frame: pd.DataFrame, context: str | None = None,
             values: dict[str, str] | None = None) -> pd.DataFrame:
    """``frame`` as a person reads it: headers from the catalogue (``hdr.[context.]key``,
    :func:`salesops.labels.header`) and code values by their label (``channel=phone`` →
    电话); weekday numbers become 周一 …. Columns and values without a label are kept."""
    from ..trackers import WEEKDAYS

    prefixes = {**VALUE_LABELS, **(values or {})}
    out = frame.copy()
    for column, prefix in prefixes.items():
        if column in out.columns:
            out[column] = out[column].map(
                lambda v, p=prefix: t(f"{p}.{v}") if isinstance(v, str)
                and f"{p}.{v}" in CATALOGUE else v)
    if "weekday" in out.columns:
        out["weekday"] = out["weekday"].map(
            lambda v: t(f"weekday.{WEEKDAYS[int(v)]}") if isinstance(v, int | np.integer)
            and 0 <= int(v) < len(WEEKDAYS) else v)
    return out.rename(columns={c: header(c, context) for c in out.columns
                               if isinstance(c, str) and has_header(c, context)})


#: columns shown as percentages (their names end so: abc_share, connect_rate, conversion)
PERCENT_ENDINGS = ("share", "rate", "conversion")


def formatted(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with shares as percentages, whole amounts with thousands separators and dates
    without a time — as a person reads a table (before :func:`localise` renames it)."""
    out = frame.copy()
    for column in out.columns:
        values = out[column]
        if isinstance(column, str) and column.endswith(PERCENT_ENDINGS) \
                and pd.api.types.is_numeric_dtype(values):
            out[column] = values.map(lambda v: "" if pd.isna(v) else f"{v:.1%}")
        elif pd.api.types.is_float_dtype(values) and values.dropna().mod(1).eq(0).all():
            out[column] = values.map(lambda v: "" if pd.isna(v) else f"{v:,.0f}")
        elif pd.api.types.is_datetime64_any_dtype(values):
            out[column] = values.dt.strftime("%Y-%m-%d")
    return out


def show_table(frame: pd.DataFrame, context: str | None = None):
    """A table as the panels show it — localised headers and values, readable numbers, no
    index; "无" for an empty one — for the notebooks' worked examples.

    >>> import pandas as pd
    >>> html = show_table(pd.DataFrame({"abc_class": ["A"], "customer_share": [0.1333]})).data
    >>> "13.3%" in html and "abc_class" not in html
    True
    """
    from IPython.display import HTML

    if frame.empty:
        return HTML(message_html(t("ui.none")))
    return HTML(table_html(localise(formatted(frame.reset_index(drop=True)), context)))


def table_html(frame: pd.DataFrame, headers: dict[str, str] | None = None,
               max_rows: int = 50) -> str:
    shown = frame.head(max_rows).rename(columns=headers or {})
    more = "" if len(frame) <= max_rows else message_html(
        t("ui.more_rows", count=len(frame) - max_rows))
    return shown.to_html(index=False, na_rep="", escape=True) + more


def download_link(path: str | Path, label: str | None = None) -> str:
    """An <a download> link carrying the file as a data: URL (works in Lab and Voila)."""
    path = Path(path)
    data = base64.b64encode(path.read_bytes()).decode("ascii")
    text = html.escape(label or t("ui.download", file=path.name))
    return (f'<a download="{html.escape(path.name)}" href="data:{XLSX_MIME};base64,{data}" '
            f'style="font-weight:bold">⬇ {text}</a>')


WORKING_TABLE = Path(".salesops") / "customers.pkl"


@contextlib.contextmanager
def uploaded_file(content: bytes, name: str):
    """An upload as a file named ``name`` for the length of a ``with`` block, then deleted:
    a served app (Voila) keeps no student's data in /tmp."""
    folder = Path(tempfile.mkdtemp(prefix="salesops-upload-"))
    path = folder / (Path(name).name or "upload")
    try:
        path.write_bytes(bytes(content))
        yield path
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def save_working_table(out_dir, customers: CustomerTable, name: str) -> Path:
    """Keep the table a student loaded, so every notebook's panel works on it (not the sample).

    Written under ``out_dir/.salesops/`` (atomically); the reading report travels with it.
    """
    path = Path(out_dir) / WORKING_TABLE
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"~${path.name}")
    pd.to_pickle({"table": customers, "name": name}, tmp)
    tmp.replace(path)
    return path


def working_table(out_dir) -> tuple[CustomerTable, str]:
    """The table loaded in 00/01 (saved by :func:`save_working_table`), else the sample."""
    from .. import datasets

    path = Path(out_dir) / WORKING_TABLE
    if path.is_file():
        try:
            saved = pd.read_pickle(path)
            if isinstance(saved.get("table"), CustomerTable):
                return saved["table"], str(saved.get("name") or path.name)
        except Exception:  # a damaged or foreign file: fall back to the sample, never crash
            pass
    return datasets.load_customers(), t("ui.sample_clean")


def clear(output) -> None:
    """Empty an ``Output`` widget: in a Jupyter kernel the front end is told to clear it;
    without one (a script, a doctest) ``clear_output`` would print, so only its state goes."""
    from ..progress import in_kernel

    if in_kernel():
        output.clear_output()
    else:
        output.outputs = ()


class _InOutput:
    """A progress callback whose bar appears in an ``Output`` widget when it first moves."""

    def __init__(self, output, bar) -> None:
        self.output, self.bar = output, bar

    def __enter__(self):
        return self

    def __call__(self, *args) -> None:
        with self.output:
            self.bar(*args)

    def __exit__(self, *exc) -> None:
        self.bar.__exit__(*exc)


class Panel:
    """What every notebook panel shares: the language toggle, a status line, an output area
    for tables and charts, and the download link of the last export."""

    def __init__(self, out_dir="out", customers=None) -> None:
        import ipywidgets as w


        self.out_dir = Path(out_dir)
        if customers is not None:
            self.customers, self.customers_name = customers, ""
        else:  # the file loaded in 00_start / 01_customers, or the sample
            self.customers, self.customers_name = working_table(out_dir)
        self.last_export = None
        self.language = language_toggle(self._refresh_labels)
        self.status = w.HTML()
        self.output = w.Output()
        self.link = w.HTML()

    def _as_read(self, rows: pd.DataFrame):
        """``rows`` (classified, planned …) with the loaded table's reading report, so an
        export names the user's headers and never replaces the file the table came from."""
        if isinstance(self.customers, CustomerTable):
            return self.customers.with_data(rows)
        return rows

    def _button(self, callback, primary: bool = False):
        import ipywidgets as w

        button = w.Button(layout={"width": "auto"},
                          button_style="primary" if primary else "")
        button.on_click(lambda _b: callback())
        return button

    def _run(self, work):
        """Run ``work()``; a SalesopsError or an OSError (full disk, no permission) becomes a
        red sentence, never a traceback."""
        from ..errors import SalesopsError, os_error_message

        try:
            return work()
        except SalesopsError as exc:
            self.status.value = message_html(str(exc), "error")
        except OSError as exc:
            self.status.value = message_html(os_error_message(exc), "error")
        return None

    @contextmanager
    def _time_bar(self, seconds: float, key: str):
        """A notebook bar over a time limit in the output area while the solver runs (the
        results replace it); it is the solver's ``progress`` callback."""
        from ..progress import TimeLimitBar

        clear(self.output)
        bar = TimeLimitBar(seconds, t(key), notebook=True)
        with self.output:
            bar.__enter__()
        try:
            yield bar
        finally:
            bar.__exit__(None, None, None)

    def _count_bar(self, key: str):
        """A notebook bar over a number of items in the output area."""
        from ..progress import CountBar

        clear(self.output)
        return _InOutput(self.output, CountBar(t(key), notebook=True))

    def _exported(self, path) -> None:
        self.last_export = path
        self.link.value = download_link(path)
        self.status.value = message_html(t("cli.wrote", file=path), "ok")

    def _export(self, write):
        """Run ``write()`` (a workbook function), then offer the file; returns its path."""
        result = self._run(write)
        path = getattr(result, "path", result)
        if path is not None:
            self._exported(path)
        return path

    def _show(self, *items) -> None:
        """Replace the output area with tables (DataFrames) and matplotlib Axes."""
        from IPython.display import HTML, display

        self.output.clear_output()
        with self.output:
            for item in items:
                if isinstance(item, pd.DataFrame):
                    display(show_table(item))
                elif isinstance(item, str):
                    display(HTML(message_html(item)))
                elif item is not None:  # a matplotlib Axes
                    import matplotlib.pyplot as plt

                    display(item.figure)
                    plt.close(item.figure)

    @staticmethod
    def _problems(problems: pd.DataFrame) -> list:
        """What :meth:`_show` shows of a log's reading problems: a heading and the rows the
        export's 问题清单 holds; nothing when there are none."""
        return [t("sheet.problems"), problems] if len(problems) else []

    def _refresh_labels(self) -> None:  # pragma: no cover - each panel names its widgets
        pass

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)
