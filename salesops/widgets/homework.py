"""10_homework: the teacher grades a class; the student fetches an exercise and self-checks it."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pandas as pd

from ..labels import t
from .common import Panel, message_html, uploaded_file


def _save_uploads(items, folder: Path) -> Path:
    """Write uploaded files into ``folder``; a single zip is returned as itself."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for item in items:
        path = folder / Path(item["name"]).name
        path.write_bytes(bytes(item["content"]))
        paths.append(path)
    return paths[0] if len(paths) == 1 and paths[0].suffix.lower() == ".zip" else folder


class HomeworkPanel(Panel):
    """Teacher: upload a zip (or the files) of a class, or take the sample class; grade;
    see the scores, the unreadable files and the similar pairs; download the gradebook."""

    def __init__(self, out_dir="out", customers=None) -> None:
        import ipywidgets as w

        super().__init__(out_dir, customers)
        self.upload = w.FileUpload(accept=".zip,.xlsx,.xls,.ods,.csv", multiple=True)
        self.upload.observe(self._uploaded, names="value")
        self.sample_button = self._button(self.load_sample)
        self.grade_button = self._button(self.grade, primary=True)
        self.source: Path | None = None
        self.result = None
        self._tmp = tempfile.TemporaryDirectory(prefix="salesops-class-")
        self._refresh_labels()
        self.widget = w.VBox([self.language, w.HBox([self.upload, self.sample_button]),
                              self.grade_button, self.status, self.output, self.link])

    def load_sample(self, n: int = 40) -> Path:
        """A synthetic class of ``n`` submissions (right ones and planted errors)."""
        from ..homework.sample import sample_class

        folder = Path(self._tmp.name) / "sample"
        sample_class(folder, n)
        self.source = folder
        self.status.value = message_html(t("hw.ui.loaded", n=n), "ok")
        return folder

    def _uploaded(self, change) -> None:
        if change["new"]:
            upload = Path(self._tmp.name) / f"upload{len(list(Path(self._tmp.name).iterdir()))}"
            self.source = _save_uploads(change["new"], upload)
            self.status.value = message_html(t("hw.ui.uploaded", n=len(change["new"])), "ok")

    def grade(self):
        """Grade the class, show it and write the gradebook; returns the ClassGrades."""
        from ..homework import EXERCISES, grade_class, write_gradebook

        if self.source is None:
            self.status.value = message_html(t("hw.ui.nothing"), "error")
            return None

        def work():
            with self._count_bar("progress.grading") as bar:
                self.result = grade_class(self.source, progress=bar)
            rows = pd.DataFrame([{t("hw.cover.student_id"): g.student_id,
                                  t("hw.cover.name"): g.name,
                                  t("hw.col.exercise_title"): EXERCISES[g.exercise].title(),
                                  t("hw.col.score"): g.score,
                                  t("hw.col.max_score"): g.max_score,
                                  t("hw.col.file"): g.file} for g in self.result.grades])
            bad = pd.DataFrame(self.result.unreadable,
                               columns=[t("hw.col.file"), t("hw.col.reason")])
            similar = pd.DataFrame([(a, b, f"{s:.0%}") for a, b, s in self.result.similar],
                                   columns=[t("hw.col.file_a"), t("hw.col.file_b"),
                                            t("hw.col.share")])
            self._show(self.result.summary(), rows, bad, similar)
            if self.source.name.startswith("upload"):  # the class's files are not kept
                shutil.rmtree(self.source if self.source.is_dir() else self.source.parent,
                              ignore_errors=True)
                self.source = None
            return write_gradebook(self.result, self.out_dir / f"{t('hw.sheet.gradebook')}.xlsx",
                                   overwrite=True)
        self._export(work)
        return self.result

    def _refresh_labels(self) -> None:
        self.upload.description = t("hw.ui.upload_class")
        self.sample_button.description = t("hw.ui.sample_class")
        self.grade_button.description = t("hw.ui.grade")


class SelfCheckPanel(Panel):
    """Student: choose the exercise, download it, fill it in, upload it, read what is right."""

    def __init__(self, exercise: str = "roster", out_dir="out", customers=None) -> None:
        import ipywidgets as w

        from ..homework import EXERCISES

        super().__init__(out_dir, customers)
        self.exercise = w.Dropdown(options=[(ex.title(), ex.id) for ex in EXERCISES.values()],
                                   value=exercise)
        self.student_id, self.name = w.Text(), w.Text()
        self.new_button = self._button(self.new, primary=True)
        self.upload = w.FileUpload(accept=".xlsx,.xls,.ods,.csv", multiple=False)
        self.upload.observe(self._uploaded, names="value")
        self.grade = None
        self._refresh_labels()
        self.widget = w.VBox([self.language, self.exercise, self.student_id, self.name,
                              self.new_button, self.upload, self.status, self.output,
                              self.link])

    def new(self):
        """Write the assignment workbook to fill in."""
        from ..homework import new_assignment

        return self._export(lambda: new_assignment(
            self.exercise.value, self.out_dir / f"{self.exercise.value}.xlsx",
            student_id=self.student_id.value, name=self.name.value, overwrite=True))

    def check_bytes(self, content: bytes, name: str = "submission.xlsx"):
        """Self-check a filled-in file; returns the Grade (also shown)."""
        from ..homework import grade_submission

        def work(path):
            self.grade = grade_submission(path)
            rows = pd.DataFrame([{t("hw.col.criterion_title"): c.title,
                                  t("hw.col.points"): c.points,
                                  t("hw.col.max_points"): c.max_points,
                                  t("hw.col.message"): c.message}
                                 for c in self.grade.criteria])
            self._show(self.grade.summary().splitlines()[0], rows)
            return self.grade
        with uploaded_file(content, name) as path:
            return self._run(lambda: work(path))

    def check_file(self, path) -> object:
        return self.check_bytes(Path(path).read_bytes(), Path(path).name)

    def _uploaded(self, change) -> None:
        if change["new"]:
            item = change["new"][0]
            self.check_bytes(item["content"], item["name"])

    def _refresh_labels(self) -> None:
        self.exercise.description = t("hw.col.exercise_title")
        self.student_id.description = t("hw.cover.student_id")
        self.name.description = t("hw.cover.name")
        self.new_button.description = t("hw.ui.new")
        self.upload.description = t("hw.ui.upload_answer")
