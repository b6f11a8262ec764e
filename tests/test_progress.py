"""Progress bars over a time limit (salesops/progress.py) and the roster commands using them."""

import io
import json
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
    assert seen[-1][1] == 607 and [o for _, o in seen] == sorted((o for _, o in seen),
                                                                 reverse=True)


def test_roster_commands_keep_json_clean(capsys):
    assert main(["roster", "benchmark", str(BENCH / "Instance1.txt"), "--seconds", "30",
                 "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["objective"] == 607
    assert "%|" not in captured.err  # no bar with --json


def test_a_big_write_moves_a_rows_bar_to_its_end(tmp_path, monkeypatch):
    import pandas as pd

    from salesops import Column, Tracker, progress, write_trackers

    seen = []
    real = progress.rows_bar

    def recording(total, description, **kw):
        bar = real(total, description, file=io.StringIO(), disable=False)
        seen.append((total, description, bar))
        return bar

    monkeypatch.setattr(progress, "rows_bar", recording)
    df = pd.DataFrame({"name": [f"客户{i}" for i in range(25_000)]})
    with language("en"):
        write_trackers(tmp_path / "big.xlsx", [Tracker("customers", df, [Column("name")])])
    (total, description, bar), = seen
    assert total == 50_000 and description == "Writing big.xlsx"  # the sheet and its snapshot
    assert bar.n == total
