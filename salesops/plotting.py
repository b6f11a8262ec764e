"""matplotlib figures: each takes ``ax=None``, returns the Axes, never calls ``plt.show()``.

Chinese labels need a CJK font. :func:`cjk_font` looks for one that is installed (Noto Sans
CJK, Source Han Sans, WenQuanYi, Microsoft YaHei, SimHei, PingFang …); on a fresh machine it
registers Noto Sans SC from the pip package ``pylopdf-fonts-zh-cn`` (SIL Open Font Licence,
installed with the ``notebooks`` extra); failing both it rebuilds matplotlib's font cache once
(a font installed after the cache was written is otherwise not seen). When there is still none
and the language is Chinese, the figure falls back to English labels and warns
(:class:`FontWarning`), rather than drawing empty boxes.

Examples
--------
>>> import matplotlib
>>> matplotlib.use("Agg")
>>> from salesops import datasets
>>> from salesops.abc import classify_abc
>>> ax = pareto_chart(classify_abc(datasets.load_customers()))
>>> len(ax.patches)  # one bar per customer
150
"""

from __future__ import annotations

import functools
import warnings

import numpy as np
import pandas as pd

from .labels import get_language, normalise_language, t

__all__ = ["FontWarning", "cjk_font", "funnel_chart", "pareto_chart", "route_map",
           "staffing_chart"]

_CJK_FAMILIES = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN",
                 "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei",
                 "PingFang SC", "Heiti SC", "Noto Serif CJK SC", "Noto Sans CJK JP",
                 "Droid Sans Fallback", "AR PL UMing CN")
_CLASS_COLOURS = {"A": "#2F5597", "B": "#8FAADC", "C": "#D9D9D9"}


class FontWarning(UserWarning):
    """No CJK font is installed; labels fall back to English."""


@functools.cache
def cjk_font() -> str | None:
    """Name of a font family that can draw Chinese, or ``None``.

    In order: a CJK font matplotlib already knows; Noto Sans SC bundled by the pip package
    ``pylopdf-fonts-zh-cn``, registered with matplotlib's font manager; a CJK font installed
    since matplotlib cached its font list (the cache is rebuilt once to look).
    """
    from matplotlib import font_manager

    family = _known_cjk_family(font_manager.fontManager)
    if family is None:
        family = _register_bundled_font(font_manager)
    if family is None:
        family = _known_cjk_family(_rebuilt_font_cache(font_manager))
    return family


def _known_cjk_family(manager) -> str | None:
    installed = {f.name for f in manager.ttflist}
    return next((family for family in _CJK_FAMILIES if family in installed), None)


def _register_bundled_font(font_manager) -> str | None:
    """Register the pip-installed Noto Sans SC with matplotlib; its family name or None."""
    try:
        from pylopdf_fonts_zh_cn import sans_path
    except ImportError:
        return None
    path = sans_path()
    if not path.is_file():
        return None
    font_manager.fontManager.addfont(str(path))
    return font_manager.FontProperties(fname=str(path)).get_name()


def _rebuilt_font_cache(font_manager):
    """matplotlib's font list scanned afresh (and its cache file rewritten)."""
    try:  # the function matplotlib itself uses at import; private, hence the fallback
        manager = font_manager._load_fontmanager(try_read_cache=False)
    except (AttributeError, TypeError):
        manager = font_manager.FontManager()
    font_manager.fontManager = manager
    return manager


def _setup(ax, lang: str | None) -> tuple[object, str, dict]:
    """Axes to draw on, the language the labels can be drawn in, and the font keywords."""
    import matplotlib.pyplot as plt

    lang = normalise_language(lang) if lang else get_language()
    if ax is None:
        _fig, ax = plt.subplots(figsize=(9, 4.5), layout="constrained")
    # a CJK font in either language: the data (customer and rep names) is often Chinese
    family = cjk_font()
    font: dict = {"fontfamily": family} if family is not None else {}
    if lang == "zh" and family is None:
        warnings.warn(t("warn.no_cjk_font", "en"), FontWarning, stacklevel=3)
        lang = "en"
    return ax, lang, font


def pareto_chart(classified: pd.DataFrame, value: str = "annual_sales", *, ax=None,
                 lang: str | None = None, label: str = "name", top: int | None = None):
    """Pareto chart: bars of ``value`` by customer (coloured by ABC class), largest first,
    and the cumulative share as a line on a second axis with the 80% and 95% lines.

    ``top`` limits the bars to the largest customers (the line still counts everyone).
    """
    ax, lang, font = _setup(ax, lang)
    frame = classified.dropna(subset=["abc_class"]).sort_values("abc_rank", kind="stable")
    values = pd.to_numeric(frame[value], errors="coerce").fillna(0).to_numpy()
    cum = frame["abc_cum_share"].to_numpy()
    if top is not None:
        frame, values, cum = frame.iloc[:top], values[:top], cum[:top]
    x = np.arange(len(frame))
    colours = [_CLASS_COLOURS.get(c, "#999999") for c in frame["abc_class"]]
    ax.bar(x, values, color=colours, width=0.85)
    ax.set_ylabel(t("chart.sales", lang), **font)
    ax.set_xlabel(t("chart.customers_ranked", lang), **font)
    ax.set_xticks([])
    twin = ax.twinx()
    twin.plot(x, cum, color="#C00000", linewidth=1.8)
    twin.set_ylim(0, 1.02)
    twin.yaxis.set_major_formatter(_percent())
    for level in (0.8, 0.95):
        twin.axhline(level, color="#7F7F7F", linestyle="--", linewidth=0.8)
    from matplotlib.patches import Patch
    from matplotlib.ticker import FuncFormatter

    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{v:,.0f}"))
    handles = [Patch(color=_CLASS_COLOURS[c], label=t("chart.class", lang, cls=c))
               for c in ("A", "B", "C")]
    twin.legend(handles=handles, loc="center right",
                prop={"family": font["fontfamily"]} if font else None)
    ax.set_title(t("chart.pareto_title", lang), **font)
    return ax


def funnel_chart(result, *, ax=None, lang: str | None = None):
    """The funnel as centred horizontal bars, widest stage at the top; thin stages in red."""
    ax, lang, font = _setup(ax, lang)
    table = result.table
    counts = table["count"].to_numpy()
    labels = [t(f"stage.{s}", lang) for s in table["stage"]]
    y = np.arange(len(table))[::-1]
    colours = ["#C00000" if thin else "#2F5597" for thin in table["thin"]]
    ax.barh(y, counts, left=-counts / 2, color=colours, height=0.8)
    widest = max(counts.max(), 1) if len(counts) else 1
    for yi, c in zip(y, counts, strict=True):
        inside = c >= 0.15 * widest
        ax.text(0 if inside else c / 2 + 0.02 * widest, yi, str(c),
                ha="center" if inside else "left", va="center",
                color="white" if inside else "#C00000", fontweight="bold")
    ax.set_yticks(y, labels, **font)
    ax.set_xticks([])
    for side in ("top", "right", "bottom"):
        ax.spines[side].set_visible(False)
    ax.set_title(t("chart.funnel_title", lang), **font)
    return ax


def staffing_chart(table: pd.DataFrame, *, ax=None, lang: str | None = None):
    """Calls per interval (bars) and agents required / scheduled (steps) over a week."""
    ax, lang, font = _setup(ax, lang)
    x = np.arange(len(table))
    ax.bar(x, table["calls"], color="#BDD7EE", width=1.0, label=t("chart.calls", lang))
    twin = ax.twinx()
    twin.step(x, table["required_agents"], where="mid", color="#2F5597",
              label=t("chart.required", lang))
    if "scheduled_agents" in table:
        twin.step(x, table["scheduled_agents"], where="mid", color="#C00000", linewidth=1,
                  label=t("chart.scheduled", lang))
    starts = pd.to_datetime(table["interval_start"])
    new_day = starts.dt.normalize().diff().fillna(pd.Timedelta(1, "D")) > pd.Timedelta(0)
    days = np.flatnonzero(new_day)
    ax.set_xticks(days, [t(f"weekday.{('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun')[d]}",
                           lang) for d in starts.iloc[days].dt.day_of_week], **font)
    ax.set_ylabel(t("chart.calls", lang), **font)
    twin.set_ylabel(t("chart.agents", lang), **font)
    twin.set_ylim(0, None)
    handles = ax.get_legend_handles_labels()[0] + twin.get_legend_handles_labels()[0]
    twin.legend(handles=handles, loc="upper right",
                prop={"family": font["fontfamily"]} if font else None)
    ax.set_title(t("chart.staffing_title", lang), **font)
    return ax


def route_map(plan, date=None, rep=None, *, ax=None, lang: str | None = None,
              customers: pd.DataFrame | None = None):
    """The day's route(s): numbered stops in order, the office marked with a star.

    ``customers`` (with ``customer_id``, ``latitude``, ``longitude``) gives the positions;
    by default those of the plan's own customers.
    """
    ax, lang, font = _setup(ax, lang)
    it = plan.itinerary
    if date is not None:
        it = it[pd.to_datetime(it["date"]) == pd.Timestamp(date)]
    if rep is not None:
        it = it[it["rep"] == rep]
    where = customers.drop_duplicates("customer_id").set_index("customer_id")[
        ["latitude", "longitude"]]
    base_lat, base_lon = plan.base
    colours = ["#2F5597", "#C00000", "#548235", "#BF8F00", "#7030A0"]
    for k, ((day, who), stops) in enumerate(it.groupby(["date", "rep"], sort=True)):
        stops = stops.sort_values("order")
        lat = [base_lat, *where.loc[stops["customer_id"], "latitude"], base_lat]
        lon = [base_lon, *where.loc[stops["customer_id"], "longitude"], base_lon]
        colour = colours[k % len(colours)]
        ax.plot(lon, lat, "-o", color=colour, markersize=4, linewidth=1.2,
                label=f"{pd.Timestamp(day):%m-%d} {who}")
        for n, (x, y) in enumerate(zip(lon[1:-1], lat[1:-1], strict=True), start=1):
            ax.annotate(str(n), (x, y), textcoords="offset points", xytext=(4, 4),
                        fontsize=8, color=colour)
    ax.plot([base_lon], [base_lat], marker="*", markersize=14, color="black",
            label=t("chart.base", lang))
    ax.set_aspect(1 / np.cos(np.radians(base_lat)))
    from matplotlib.ticker import MaxNLocator

    ax.xaxis.set_major_locator(MaxNLocator(5))
    ax.set_xlabel(t("chart.longitude", lang), **font)
    ax.set_ylabel(t("chart.latitude", lang), **font)
    ax.legend(loc="best", fontsize=8, prop={"family": font["fontfamily"], "size": 8}
              if font else None)
    ax.set_title(t("chart.route_title", lang), **font)
    return ax


def _percent():
    from matplotlib.ticker import PercentFormatter

    return PercentFormatter(1.0)
