"""Notebook panels: thin ipywidgets front ends over the core functions.

Each panel keeps its state on the instance (re-running a cell keeps it), shows tables and a
sentence instead of a traceback when the input is bad, and offers every export as a download
link that works in JupyterLab and under Voila (a data: URL, so no file-serving rules apply).
Every button has a plain method beside it (``panel.load_sample()``, ``panel.export()``) so the
same work can be scripted and graded.

ipywidgets is imported only here, never by the core.
"""

from __future__ import annotations

import importlib

__all__ = ["AbcPanel", "AnswerBox", "CallsPanel", "ComplaintsPanel", "HomeworkPanel", "KpiPanel",
           "RosterPanel", "RoutesPanel", "SelfCheckPanel", "ServicePanel", "StartPanel",
           "WeeklyPanel"]
_MODULES = {"AbcPanel": "abc", "AnswerBox": "exercise", "CallsPanel": "calls",
            "ComplaintsPanel": "complaints",
            "HomeworkPanel": "homework", "KpiPanel": "kpi", "RosterPanel": "roster",
            "RoutesPanel": "routes", "SelfCheckPanel": "homework", "ServicePanel": "service",
            "StartPanel": "start", "WeeklyPanel": "weekly"}


def __getattr__(name: str):
    if name in _MODULES:
        return getattr(importlib.import_module(f".{_MODULES[name]}", __name__), name)
    raise AttributeError(name)
