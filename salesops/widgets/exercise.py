"""The answer box that ends each notebook: type the answer, press 检查, see if it is right.

A notebook's exercise asks a question whose answer the package computes (``expected``); the
box works the same in JupyterLab and under Voila, where code cells are hidden and a student
cannot edit ``answer = …``. Numbers are compared as numbers (``78``, ``78.0`` and ``７８`` are
the same answer; a tolerance for rounded ones), text after trimming and full-width folding,
and ``expected`` may hold several accepted answers (both languages' names of a class).

Examples
--------
>>> box = AnswerBox(180)
>>> box.check("180"), box.check("１８０"), box.check("179")
(True, True, False)
>>> AnswerBox({"希望客户", "Hopeful"}).check(" hopeful ")
True
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from ..labels import t
from ..parsing import to_halfwidth
from .common import message_html

__all__ = ["AnswerBox"]


def _number(text: str) -> float | None:
    try:
        value = float(text.replace(",", "").replace("%", ""))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


class AnswerBox:
    """A text box, a 检查 button and the verdict.

    Parameters
    ----------
    expected
        The right answer (a number or text) or several accepted ones.
    tolerance
        How far a number may be from ``expected`` (default: exact, after rounding away
        float noise).
    """

    def __init__(self, expected: object, tolerance: float = 1e-9) -> None:
        self.expected = (set(expected) if isinstance(expected, Iterable)
                         and not isinstance(expected, str) else {expected})
        self.tolerance = tolerance
        self._widget = None

    def check(self, answer: object) -> bool:
        """True when ``answer`` is one of the accepted answers."""
        text = to_halfwidth(str(answer)).strip()
        if not text:
            return False
        given = _number(text)
        for right in self.expected:
            if isinstance(right, int | float) and not isinstance(right, bool):
                if given is not None and abs(given - float(right)) <= self.tolerance:
                    return True
            elif text.casefold() == to_halfwidth(str(right)).strip().casefold():
                return True
        return False

    def widget(self):
        """The box itself (built on first use: ipywidgets loads only in a notebook)."""
        if self._widget is None:
            import ipywidgets as w

            entry = w.Text(placeholder=t("exercise.placeholder"),
                           layout=w.Layout(width="260px"))
            button = w.Button(description=t("exercise.check"), button_style="primary")
            verdict = w.HTML()

            def on_click(_=None) -> None:
                numeric = all(isinstance(r, int | float) and not isinstance(r, bool)
                              for r in self.expected)
                if not entry.value.strip():
                    verdict.value = message_html(t("exercise.empty"), "info")
                elif numeric and _number(to_halfwidth(entry.value).strip()) is None:
                    verdict.value = message_html(t("exercise.number_only"), "info")
                elif self.check(entry.value):
                    verdict.value = message_html(t("exercise.right"), "ok")
                else:
                    verdict.value = message_html(t("exercise.wrong"), "error")

            button.on_click(on_click)
            entry.continuous_update = False  # Enter (or leaving the box) checks too
            entry.observe(lambda _change: on_click(), names="value")
            self.entry, self.button, self.verdict = entry, button, verdict
            self._widget = w.VBox([w.HBox([entry, button]), verdict])
        return self._widget

    def _repr_mimebundle_(self, **kwargs):
        return self.widget()._repr_mimebundle_(**kwargs)
