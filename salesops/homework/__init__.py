"""Homework: the course's exercises handed out, self-checked by students, graded for a class.

What nbgrader does for notebooks, for the course's Excel exercises, offline and in Chinese: an
exercise is data (:mod:`~salesops.homework.exercises`: criteria with points, an editable
rubric), an assignment workbook carries the student's ID on its cover
(:mod:`~salesops.homework.assignment`), grading is a pure function of a submission's cells
(:mod:`~salesops.homework.checks`, :mod:`~salesops.homework.submission`), and the gradebook is
separate from the feedback handed back (:mod:`~salesops.homework.grading`).
"""

from __future__ import annotations

from .assignment import class_assignments, new_assignment
from .exercises import (
           EXERCISES,
           Criterion,
           Exercise,
           Rubric,
           default_rubric,
           read_rubric,
           write_rubric,
)
from .grading import (
           ClassGrades,
           Grade,
           grade_class,
           grade_submission,
           write_feedback,
           write_gradebook,
)
from .submission import read_submission

__all__ = ["EXERCISES", "ClassGrades", "Criterion", "Exercise", "Grade", "Rubric",
           "class_assignments", "default_rubric", "grade_class", "grade_submission",
           "new_assignment", "read_rubric", "read_submission", "write_feedback",
           "write_gradebook", "write_rubric"]
