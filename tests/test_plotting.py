import datetime as dt
from pathlib import Path

import matplotlib
import pytest

matplotlib.use("Agg")

from salesops import datasets, plotting
from salesops.abc import classify_abc
from salesops.funnel import funnel


@pytest.fixture(scope="module")
def classified():
    return classify_abc(datasets.load_customers())


def test_pareto_chart_bars_line_and_chinese_labels(classified):
    ax = plotting.pareto_chart(classified)
    assert len(ax.patches) == 150
    twin = next(a for a in ax.figure.axes if a is not ax)
    line = twin.lines[0].get_ydata()
    assert line[-1] == pytest.approx(1.0) and (line[1:] >= line[:-1]).all()
    assert ax.get_title() == "帕累托图：20% 的客户贡献多少销售额"
    if plotting.cjk_font():
        assert ax.title.get_fontfamily()[0] == plotting.cjk_font()
    assert ax.get_figure() is not None


def test_english_and_top(classified):
    ax = plotting.pareto_chart(classified, lang="en", top=30)
    assert len(ax.patches) == 30
    assert ax.get_ylabel() == "Annual sales (yuan)"


def test_no_cjk_font_falls_back_to_english(classified, monkeypatch):
    monkeypatch.setattr(plotting, "cjk_font", lambda: None)
    with pytest.warns(plotting.FontWarning, match="fonts-noto-cjk"):
        ax = plotting.pareto_chart(classified)
    assert ax.get_title().startswith("Pareto chart")


def test_funnel_chart_marks_thin_stages_red(classified):
    result = funnel(classified, today=dt.date(2026, 11, 22))
    ax = plotting.funnel_chart(result)
    colours = [p.get_facecolor()[:3] for p in ax.patches]
    red = matplotlib.colors.to_rgb("#C00000")
    thin = result.table["thin"].tolist()
    assert [c == pytest.approx(red) for c in colours] == thin
    assert next(t.get_text() for t in ax.get_yticklabels()) == "满意现状"


def test_draws_on_a_given_axes(classified):
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 2)
    assert plotting.pareto_chart(classified, ax=axes[0]) is axes[0]
    plt.close(fig)


def test_staffing_chart_a_week_of_intervals():
    from salesops.erlang import interval_staffing

    table = interval_staffing(datasets.load_hotline_forecast(), max_occupancy=0.85,
                              shrinkage=0.3)
    ax = plotting.staffing_chart(table)
    assert len(ax.patches) == len(table) == 196
    assert [t.get_text() for t in ax.get_xticklabels()] == ["周一", "周二", "周三", "周四",
                                                           "周五", "周六", "周日"]


def test_bundled_pip_font_is_registered_when_no_cjk_font_is_installed(monkeypatch):
    # issue 11: on a machine without a CJK font the main job's charts showed boxes
    from matplotlib import font_manager

    manager = font_manager.FontManager.__new__(font_manager.FontManager)
    manager.__dict__.update(font_manager.fontManager.__dict__)
    manager.ttflist = [f for f in font_manager.fontManager.ttflist
                       if f.name not in plotting._CJK_FAMILIES]  # a fresh machine
    monkeypatch.setattr(font_manager, "fontManager", manager)
    plotting.cjk_font.cache_clear()
    try:
        assert plotting.cjk_font() == "Noto Sans SC"
        assert any(f.name == "Noto Sans SC" for f in manager.ttflist)
    finally:
        plotting.cjk_font.cache_clear()


@pytest.mark.skipif(not any(Path("/usr/share/fonts").rglob("NotoSansCJK*")),
                    reason="needs Debian's fonts-noto-cjk (CI installs it)")
def test_stale_font_cache_is_rebuilt_when_no_font_is_found(monkeypatch):
    from matplotlib import font_manager

    stale = font_manager.FontManager.__new__(font_manager.FontManager)
    stale.__dict__.update(font_manager.fontManager.__dict__)
    stale.ttflist = []  # the cache was written before the font was installed
    monkeypatch.setattr(font_manager, "fontManager", stale)
    monkeypatch.setattr(plotting, "_register_bundled_font", lambda _fm: None)
    plotting.cjk_font.cache_clear()
    try:
        family = plotting.cjk_font()
        assert font_manager.fontManager is not stale  # rebuilt from the fonts on disk
        assert family in plotting._CJK_FAMILIES  # Debian's Noto CJK on this machine
    finally:
        plotting.cjk_font.cache_clear()


def test_font_package_is_a_notebooks_dependency_in_both_files():
    import tomllib
    from pathlib import Path

    repo = Path(__file__).resolve().parents[1]
    extra = tomllib.loads((repo / "pyproject.toml").read_text())["project"][
        "optional-dependencies"]["notebooks"]
    assert any(d.startswith("pylopdf-fonts-zh-cn") for d in extra)
    assert "pylopdf-fonts-zh-cn" in (repo / "environment.yml").read_text()
