"""Progress bars over a time limit (salesops/progress.py) and the roster commands using them."""

import io
import json
from itertools import pairwise
from pathlib import Path

from salesops.cli import main
from salesops.curtois import read_curtois, solve_curtois
from salesops.labels import language
from salesops.progress import TimeLimitBar

BENCH = Path(__file__).resolve().parent / "data" / "roster"


def test_bar_shows_the_best_objective_and_stops_at_the_end():
    out = io.StringIO()
    with language("en"), TimeLimitBar(30, "Rostering", file=out, disable=False,
                                      tick_seconds=0.01) as bar:
        bar(0.2, 1500.0)
        bar(0.4, 1234.0)
    text = out.getvalue()
    assert bar.best == 1234.0
    assert "Rostering" in text and "best so far 1234" in text and "/30 s" in text
    assert bar._bar.n < 30  # closed where the work stopped, not at the limit
    assert not bar._thread.is_alive()


def test_bar_is_silent_when_disabled_or_not_on_a_terminal():
    out = io.StringIO()
    with TimeLimitBar(5, "排班", file=out, disable=True) as bar:
        bar(0.1, 10.0)
    assert out.getvalue() == "" and bar.best == 10.0
    with TimeLimitBar(5, "排班", file=out) as bar:  # StringIO is no terminal: tqdm stays quiet
        bar(0.1, 9.0)
    assert out.getvalue() == ""


def test_solve_curtois_reports_each_better_roster():
    seen = []
    r = solve_curtois(read_curtois(BENCH / "Instance1.txt"), time_limit_seconds=30,
                      progress=lambda s, o: seen.append((s, o)))
    assert r.objective == 607 and seen
    # Strictly better each time, across all phases (a later phase's first rosters may be
    # worse than an earlier phase's best; they are not reported), on a clock that runs on.
    objectives, seconds = [o for _, o in seen], [s for s, _ in seen]
    assert objectives[-1] == 607 and all(a > b for a, b in pairwise(objectives))
    assert seconds == sorted(seconds)


def test_roster_commands_keep_json_clean(capsys):
    assert main(["roster", "benchmark", str(BENCH / "Instance1.txt"), "--seconds", "30",
                 "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["objective"] == 607
    assert "%|" not in captured.err  # no bar with --json


def test_panels_show_a_notebook_bar_while_they_solve_and_grade(tmp_path):
    """The roster panel's solver and the homework panel's grading report to a tqdm.notebook
    bar in the panel's output area (the results then replace it)."""
    from salesops.progress import CountBar, TimeLimitBar
    from salesops.widgets import HomeworkPanel, RosterPanel

    seen = []
    original = TimeLimitBar.__call__

    def spy(self, seconds, objective):
        seen.append((self.notebook, objective))
        return original(self, seconds, objective)

    TimeLimitBar.__call__ = spy
    try:
        panel = RosterPanel(out_dir=tmp_path, time_limit_seconds=3)
        panel.run()
    finally:
        TimeLimitBar.__call__ = original
    assert panel.roster is not None and seen and all(notebook for notebook, _ in seen)

    counts = []
    original_count = CountBar.__call__
    CountBar.__call__ = lambda self, done, total: counts.append((self.notebook, done, total))
    try:
        homework = HomeworkPanel(out_dir=tmp_path)
        homework.load_sample(n=4)
        homework.grade()
    finally:
        CountBar.__call__ = original_count
    assert homework.result is not None
    assert counts[-1] == (True, counts[-1][2], counts[-1][2]) and counts[-1][2] >= 4


def test_a_big_write_moves_a_bar_to_its_end(tmp_path, monkeypatch):
    import pandas as pd

    from salesops import Column, Tracker, progress, write_trackers

    seen = []
    real = progress.CountBar

    def recording(description, **kw):
        out = io.StringIO()
        bar = real(description, file=out, disable=False)
        seen.append((description, out))
        return bar

    monkeypatch.setattr(progress, "CountBar", recording)
    df = pd.DataFrame({"name": [f"客户{i}" for i in range(25_000)]})
    with language("en"):
        write_trackers(tmp_path / "big.xlsx", [Tracker("customers", df, [Column("name")])])
        write_trackers(tmp_path / "small.xlsx", [Tracker("customers", df[:10], [Column("name")])])
    [(description, out)] = seen  # ten rows: no bar
    assert description == "Writing big.xlsx"
    assert "50000/50000" in out.getvalue()  # the sheet and its snapshot


def test_reading_and_checking_a_big_table_report_progress_to_the_end():
    import pandas as pd

    from salesops import check_customers, read_customers

    raw = pd.DataFrame({"客户名称": [f"客户{k}" for k in range(30)], "手机": ["13812345678"] * 30})
    read, checked = [], []
    table = read_customers(raw, progress=lambda done, total: read.append((done, total)))
    check_customers(table, progress=lambda done, total: checked.append((done, total)))
    assert read[0][0] == 0 and read[-1][0] == read[-1][1] > 20  # one step per column
    assert checked == [(k, 7) for k in range(1, 8)]


def test_a_table_over_twenty_thousand_rows_shows_a_bar_by_default(monkeypatch):
    from salesops import progress

    opened = []
    monkeypatch.setattr(progress.CountBar, "__call__",
                        lambda self, done, total: opened.append(self.description))
    with progress.rows_progress(None, 20_001, "读取 big.csv") as tick:
        tick(1, 2)
    with progress.rows_progress(None, 20_000, "读取 small.csv") as tick:
        tick(1, 2)
    assert opened == ["读取 big.csv"]
