"""Pieces every panel uses: the language toggle, messages, tables and download links."""

from __future__ import annotations

import base64
import html
from pathlib import Path

import pandas as pd

from ..labels import get_language, set_language, t

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
