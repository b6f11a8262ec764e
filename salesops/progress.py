"""Progress in the terminal for work bounded by a time limit (a tqdm bar).

A solver run with a time limit (:func:`salesops.roster.build_roster`,
:func:`salesops.curtois.solve_curtois`) calls ``progress(seconds, objective)`` at each better
solution. :class:`TimeLimitBar` is such a callback: a bar that fills with the seconds used out
of the time limit — ticking between solutions too, so a long run never looks hung — and shows
the best objective found so far. It stops when the work ends, at the limit or earlier (a
proven optimum ends the run, and the bar says so by closing where the time stopped).

The bar writes to standard error, and only on a terminal unless ``disable=False``; tqdm loads
when the bar opens, not on ``import salesops``.

Examples
--------
>>> import io
>>> out = io.StringIO()
>>> with TimeLimitBar(10, "排班", file=out, disable=False) as bar:
...     bar(0.5, 1234.0)
...     bar(1.0, 1200.0)
>>> bar.best, "1200" in out.getvalue()
(1200.0, True)
"""

from __future__ import annotations

import threading
import time

from .labels import t

__all__ = ["CountBar", "TimeLimitBar", "solution_callback"]


class TimeLimitBar:
    """A tqdm bar over a time limit, usable as the ``progress`` callback of a solver.

    Parameters
    ----------
    seconds
        The time limit the work honours; the bar's total.
    description
        Shown in front of the bar (already translated, e.g. ``t("progress.roster")``).
    file
        Where to write (default: standard error).
    disable
        ``None``: show only on a terminal (tqdm's rule); ``True`` never; ``False`` always.
    tick_seconds
        How often the bar moves between solutions.
    notebook
        A notebook bar (``tqdm.notebook``, ipywidgets) for the panels, shown in the cell or
        output area that is current when the bar opens.
    """

    def __init__(self, seconds: float, description: str, *, file=None,
                 disable: bool | None = None, tick_seconds: float = 0.5,
                 notebook: bool = False) -> None:
        self.notebook = notebook
        self.seconds = float(seconds)
        self.description = description
        self.file = file
        self.disable = disable
        self.tick_seconds = float(tick_seconds)
        self.best: float | None = None
        self._bar = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._start = 0.0

    def __enter__(self) -> TimeLimitBar:
        self._start = time.perf_counter()
        self._bar = _tqdm(self.notebook)(
            total=round(self.seconds, 1), desc=self.description, unit="s", file=self.file,
            disable=_disabled(self.notebook, self.disable), leave=True,
            bar_format="{desc}: {percentage:3.0f}%|{bar}| {n:.0f}/{total:.0f} s{postfix}")
        self._thread = threading.Thread(target=self._tick, daemon=True)
        self._thread.start()
        return self

    def __call__(self, seconds: float, objective: float) -> None:
        """A better solution, its ``objective``; ``seconds`` (the solver's own clock, which
        starts after the model is built) is not used: the bar keeps its one clock, so it never
        moves backwards."""
        with self._lock:
            self.best = objective
            if self._bar is not None:
                self._bar.set_postfix_str(t("progress.best", value=f"{objective:g}"),
                                          refresh=False)
                self._move(time.perf_counter() - self._start)

    def _move(self, seconds: float) -> None:
        self._bar.n = min(round(seconds, 1), self._bar.total)
        self._bar.refresh()

    def _tick(self) -> None:
        while not self._stop.wait(self.tick_seconds):
            with self._lock:
                self._move(time.perf_counter() - self._start)

    def __exit__(self, *exc) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        with self._lock:
            self._move(time.perf_counter() - self._start)
            self._bar.close()


def _disabled(notebook: bool, disable: bool | None) -> bool | None:
    """tqdm's ``disable``: a panel's bar shows in a Jupyter kernel (whose output is no
    terminal) and nowhere else — a panel driven from plain Python (a script, a doctest) has
    no widgets to show it in."""
    return not in_kernel() if notebook else disable


def in_kernel() -> bool:
    """True inside a Jupyter kernel (JupyterLab, Voila), where ipywidgets are displayed."""
    import sys

    shell = sys.modules.get("IPython")
    ip = shell.get_ipython() if shell is not None else None
    return ip is not None and getattr(ip, "kernel", None) is not None


def _tqdm(notebook: bool):
    if notebook:
        from tqdm.notebook import tqdm
    else:
        from tqdm import tqdm
    return tqdm


class CountBar:
    """A tqdm bar over a number of items, usable as a ``progress(done, total)`` callback
    (grading a class: one step per submission).

    Examples
    --------
    >>> import io
    >>> out = io.StringIO()
    >>> with CountBar("评分", file=out, disable=False) as bar:
    ...     for k in range(1, 4):
    ...         bar(k, 3)
    >>> "3/3" in out.getvalue()
    True
    """

    def __init__(self, description: str, *, file=None, disable: bool | None = None,
                 notebook: bool = False) -> None:
        self.description, self.file, self.disable = description, file, disable
        self.notebook = notebook
        self._bar = None

    def __enter__(self) -> CountBar:
        return self

    def __call__(self, done: int, total: int) -> None:
        if self._bar is None:
            self._bar = _tqdm(self.notebook)(
                total=total, desc=self.description, file=self.file, leave=True,
                disable=_disabled(self.notebook, self.disable))
        self._bar.n = done
        self._bar.refresh()

    def __exit__(self, *exc) -> None:
        if self._bar is not None:
            self._bar.close()


#: tables of more rows than this show a bar while they are read, checked or written
BIG_TABLE_ROWS = 20_000


def rows_progress(progress, rows: int, description: str):
    """A context giving the ``progress(done, total)`` callback of work on a table of ``rows``:
    the caller's own ``progress`` (a notebook panel's bar), else a :class:`CountBar` in the
    terminal when the table has more than :data:`BIG_TABLE_ROWS` rows, else nothing.

    >>> with rows_progress(None, 10, "读取") as tick:
    ...     tick(1, 2)  # a small table: no bar
    """
    import contextlib

    if progress is not None:
        return contextlib.nullcontext(progress)
    if rows > BIG_TABLE_ROWS:
        return CountBar(description)
    return contextlib.nullcontext(lambda done, total: None)


def solution_callback(progress, offset: float = 0.0):
    """A CP-SAT solution callback that reports ``progress(seconds, objective)`` at each
    better solution (what :class:`TimeLimitBar` and the notebook panels take); ``offset``
    seconds are added to the solver's own clock (a solve that is a later phase of a job).

    Examples
    --------
    >>> from ortools.sat.python import cp_model
    >>> m = cp_model.CpModel()
    >>> x = m.new_int_var(0, 3, "x")
    >>> m.maximize(x)
    >>> seen = []
    >>> status = cp_model.CpSolver().solve(m, solution_callback(lambda s, o: seen.append(o)))
    >>> status == cp_model.OPTIMAL
    True
    >>> seen[-1]
    3.0
    """
    from ortools.sat.python import cp_model

    class Reporter(cp_model.CpSolverSolutionCallback):
        def __init__(self) -> None:
            super().__init__()

        def on_solution_callback(self) -> None:
            progress(offset + self.wall_time, self.objective_value)

    return Reporter()
