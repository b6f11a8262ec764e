"""Homework: a whole class handed out, filled in, re-saved, zipped and graded in one command."""

import hashlib
import json
import os
import shutil
import subprocess
import zipfile

import pandas as pd
import pytest
from openpyxl import load_workbook

from salesops.cli import main
from salesops.homework import (
    EXERCISES,
    default_rubric,
    grade_class,
    grade_submission,
    new_assignment,
    read_rubric,
    read_submission,
    write_rubric,
)
from salesops.homework.checks import expected_abc_classes
from salesops.homework.sample import PLANTED, fill_submission
from salesops.homework.submission import student_from_filename
from salesops.labels import language, t

SOFFICE = shutil.which("soffice")
needs_soffice = pytest.mark.skipif(not SOFFICE and os.environ.get("CI") != "true",
                                   reason="LibreOffice not installed (CI installs it)")


def _soffice(fmt: str, outdir, *files) -> None:
    run = subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", str(outdir),
                          *map(str, files)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr


def _digest(folder) -> dict:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture(scope="module")
def graded_class(tmp_path_factory):
    """32 submissions: right ones, every planted error, a copy, LibreOffice re-saves, an .xls,
    an unreadable file — graded by one CLI command."""
    root = tmp_path_factory.mktemp("class")
    folder = root / "交作业"
    folder.mkdir()
    planted, right = {}, []
    k = 0
    for exercise in EXERCISES:
        for variant in (1, 2):
            k += 1
            path = fill_submission(folder / f"学生{k}-{exercise}作业.xlsx", exercise,
                                   student_id=f"2026{k:03d}", name=f"学生{k}", variant=variant)
            right.append(path.name)
        for error in PLANTED[exercise]:
            k += 1
            path = fill_submission(folder / f"{k}_{error}.xlsx", exercise,
                                   student_id=f"2026{k:03d}", name=f"学生{k}", error=error)
            planted[path.name] = (exercise, error)
    # a copied pair: 学生1's roster handed in again by somebody else (cover changed)
    copy = folder / "抄袭-roster.xlsx"
    shutil.copy(folder / "学生1-roster作业.xlsx", copy)
    wb = load_workbook(copy)
    wb[t("hw.sheet.cover")]["B5"], wb[t("hw.sheet.cover")]["B6"] = "2026999", "学生99"
    wb.save(copy)
    # re-saved by LibreOffice (.xlsx) and saved as .xls
    staging = root / "staging"
    staging.mkdir()
    for exercise, variant in (("roster", 3), ("customers", 3), ("abc", 3)):
        fill_submission(staging / f"lo-{exercise}.xlsx", exercise, student_id=f"lo{variant}",
                        name=f"LO{exercise}", variant=variant)
    resaved = root / "resaved"
    if SOFFICE:
        _soffice("xlsx", resaved, staging / "lo-roster.xlsx", staging / "lo-customers.xlsx")
        _soffice("xls", resaved, staging / "lo-abc.xlsx")
        for p in resaved.iterdir():
            shutil.copy(p, folder / p.name)
    (folder / "打不开.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    before = _digest(folder)
    out = root / "成绩册.xlsx"
    # the teacher's rubric: the course's, plus the team rule "a rest day every week"
    rubric = write_rubric(root / "评分标准.xlsx",
                          default_rubric().with_points("roster", "rest_day", enabled=True))
    return {"folder": folder, "out": out, "before": before, "planted": planted,
            "right": right, "copy": copy.name, "resaved": SOFFICE is not None,
            "rubric": read_rubric(rubric), "rubric_path": rubric,
            "cli": main(["homework", "grade", str(folder), "-o", str(out), "--rubric",
                         str(rubric), "--json"])}


def test_the_class_is_graded_in_one_command(graded_class, capsys):
    assert graded_class["cli"] == 0
    result = grade_class(graded_class["folder"], graded_class["rubric"])
    files = {g.file: g for g in result.grades}
    assert len(files) + len(result.unreadable) >= 30 if graded_class["resaved"] else 27
    # every planted error at its criterion and cell, nothing else wrong in that file
    for name, (exercise, error) in graded_class["planted"].items():
        _, _, criterion, cell = PLANTED[exercise][error]
        grade = files[name]
        failed = {c.id: c for c in grade.criteria if not c.passed and not c.teacher}
        assert criterion in failed, (name, grade.summary())
        assert cell in failed[criterion].cells, (name, failed[criterion].cells)
        assert grade.score < grade.max_score
    # right answers get every automatic point
    for name in graded_class["right"]:
        grade = files[name]
        auto = sum(c.max_points for c in grade.criteria if not c.teacher)
        assert grade.score == auto, grade.summary()
    # the copied pair is found, the unreadable file has its reason
    assert any({a, b} == {"学生1-roster作业.xlsx", graded_class["copy"]}
               for a, b, _ in result.similar)
    assert [f for f, _ in result.unreadable] == ["打不开.xlsx"]
    assert "打不开.xlsx" in result.unreadable[0][1]
    # no submission's bytes changed
    assert _digest(graded_class["folder"]) == graded_class["before"]


@needs_soffice
def test_libreoffice_resaved_and_xls_submissions_grade_like_the_originals(graded_class):
    result = grade_class(graded_class["folder"])
    files = {g.file: g for g in result.grades}
    for name, exercise in (("lo-roster.xlsx", "roster"), ("lo-customers.xlsx", "customers"),
                           ("lo-abc.xls", "abc")):
        grade = files[name]
        assert grade.exercise == exercise and grade.student_id.startswith("lo")
        assert grade.score == grade.max_score, grade.summary()


def test_gradebook_has_a_row_per_student_and_the_feedback_is_written(graded_class):
    book = pd.read_excel(graded_class["out"], header=3, engine="calamine", sheet_name=[
        t("hw.sheet.gradebook"), t("hw.sheet.unreadable")])
    sheet = book[t("hw.sheet.gradebook")]
    assert len(sheet) == len(grade_class(graded_class["folder"]).grades)
    assert {t("hw.col.score"), t("hw.col.feedback"), t("hw.cover.student_id")} <= set(sheet)
    assert len(book[t("hw.sheet.unreadable")]) == 1
    feedback = graded_class["out"].with_name(f"成绩册-{t('hw.feedback_folder')}")
    assert len(list(feedback.glob("*.xlsx"))) == len(sheet)


def test_cli_json_has_the_documented_shape(graded_class, tmp_path, capsys):
    out = tmp_path / "g.xlsx"
    assert main(["homework", "grade", str(graded_class["folder"]), "-o", str(out),
                 "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert set(payload) == {"students", "unreadable", "similar"}
    assert set(payload["students"][0]) == {"student_id", "name", "file", "exercise", "score",
                                           "max_score"}
    assert payload["unreadable"][0]["file"] == "打不开.xlsx"


def test_course_valid_roster_passes_the_default_rubric_and_rest_is_a_team_rule(tmp_path):
    path = fill_submission(tmp_path / "r.xlsx", "roster", name="甲乙丙")
    grade = grade_submission(path)
    assert grade.score == grade.max_score == 100
    assert "rest_hours" not in {c.id for c in grade.criteria}
    strict = default_rubric().with_points("roster", "rest_hours", enabled=True)
    rest = {c.id: c for c in grade_submission(path, strict).criteria}["rest_hours"]
    # the five late → early changes of this grid (10 hours' rest each) only count as a team rule
    assert not rest.passed and rest.cells == ["C5", "E5", "D6", "F7", "H7"]


def test_two_agents_cannot_cover_the_week_and_the_reason_is_given(tmp_path):
    path = fill_submission(tmp_path / "two.xlsx", "roster",
                           changes={t("sheet.roster"): {f"{c}7": None for c in "ABCDEFGH"}})
    coverage = {c.id: c for c in grade_submission(path).criteria}["coverage"]
    assert not coverage.passed
    assert "98 小时" in coverage.message and "2 名座席 × 40 小时 = 80 小时" in coverage.message


def test_self_check_json_and_exit_codes(tmp_path, capsys):
    good = fill_submission(tmp_path / "good.xlsx", "abc", student_id="1", name="张三")
    assert main(["homework", "check", str(good), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert {"exercise", "student_id", "name", "score", "max_score", "criteria"} <= set(payload)
    assert payload["exercise"] == "abc" and payload["score"] == payload["max_score"] == 100
    assert set(payload["criteria"][0]) == {"id", "points", "max_points", "passed", "message",
                                           "cells"}
    bad = fill_submission(tmp_path / "bad.xlsx", "abc", error="wrong_class")
    assert main(["homework", "check", str(bad), "--lang", "en"]) == 1
    text = capsys.readouterr().out
    assert "D7" in text and "is wrong" in text


def test_the_expected_abc_classes_follow_the_course_rule():
    classes = expected_abc_classes()
    assert [k for k, v in classes.items() if v == "A"] == ["K02", "K04", "K07"]  # 80% of sales
    assert list(classes.values()).count("B") == 3 and list(classes.values()).count("C") == 4


def test_teacher_edits_the_rubric_without_code(tmp_path):
    rubric_path = write_rubric(tmp_path / "评分标准.xlsx")
    wb = load_workbook(rubric_path)
    ws = wb.worksheets[0]
    for row in ws.iter_rows(min_row=5):
        if row[0].value == "roster" and row[2].value == "rest_day":
            row[4].value, row[5].value = 20, t("hw.yes")
        if row[0].value == "roster" and row[2].value == "coverage":
            row[4].value = 60
    wb.save(rubric_path)
    rubric = read_rubric(rubric_path)
    assert rubric["roster"].criterion("rest_day").enabled
    assert rubric["roster"].max_score() == 60 + 30 + 20 + 20
    path = fill_submission(tmp_path / "r.xlsx", "roster", error="no_rest_day")
    assert main(["homework", "check", str(path), "--rubric", str(rubric_path)]) == 1


def test_file_names_students_choose():
    assert student_from_filename("张三-排班作业(1).xlsx") == {"student_id": "", "name": "张三"}
    assert student_from_filename("2026001 李四 ABC.xls") == {"student_id": "2026001",
                                                            "name": "李四"}
    assert student_from_filename("作业-王小明.xlsx")["name"] == "王小明"


def test_a_csv_without_cover_is_recognised_and_named_from_the_file(tmp_path):
    path = fill_submission(tmp_path / "x.xlsx", "selfcheck")
    frame = pd.read_excel(path, sheet_name=t("sheet.selfcheck"), header=3,
                          engine="calamine").iloc[:, :4]
    csv = tmp_path / "2026123_赵六_自查.csv"
    frame.to_csv(csv, index=False, encoding="gbk")
    sub = read_submission(csv)
    assert (sub.exercise, sub.student_id, sub.name) == ("selfcheck", "2026123", "赵六")
    assert sub.warnings and "2026123_赵六_自查.csv" in sub.warnings[0]
    assert grade_submission(csv).score == 100


def test_another_exercise_scores_0_apart_when_the_class_expects_one(tmp_path):
    fill_submission(tmp_path / "a.xlsx", "roster", name="甲")
    fill_submission(tmp_path / "b.xlsx", "abc", name="乙")
    result = grade_class(tmp_path, exercise="roster")
    assert [g.file for g in result.grades] == ["a.xlsx"]  # no ABC columns in this gradebook
    reason = dict(result.unreadable)["b.xlsx"]
    assert t("hw.ex.abc") in reason and "0 分" in reason


class _RawName(zipfile.ZipInfo):
    """A member name stored as bytes of ``encoding`` without the UTF-8 flag: GBK as Windows'
    built-in zip writes it, UTF-8 as Linux ``zip`` and macOS do."""

    def __init__(self, name: str, encoding: str = "gbk") -> None:
        super().__init__(name.encode(encoding).decode("cp437"))

    def _encodeFilenameFlags(self):
        return self.filename.encode("cp437"), self.flag_bits


def test_a_zip_from_windows_keeps_its_chinese_file_names(tmp_path):
    sub = fill_submission(tmp_path / "s.xlsx", "funnel", name="孙七")
    archive = tmp_path / "class.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr(_RawName("孙七-漏斗作业.xlsx"), sub.read_bytes())
        zf.writestr("__MACOSX/._x.xlsx", b"junk")
        zf.writestr("~$lock.xlsx", b"lock")
        zf.writestr("说明.txt", "not a table")
    result = grade_class(archive)
    assert [g.file for g in result.grades] == ["孙七-漏斗作业.xlsx"]
    assert result.grades[0].score == 100


def test_assignments_for_a_class_list(tmp_path):
    roster = tmp_path / "名单.csv"
    roster.write_text("学号,姓名,班级\n2026001,张三,电商1班\n2026002,李四,电商1班\n",
                      encoding="gbk")
    assert main(["homework", "new", "roster", "--students", str(roster), "-o",
                 str(tmp_path / "发放")]) == 0
    files = sorted((tmp_path / "发放").glob("*.xlsx"))
    assert [f.name for f in files] == ["2026001-张三-roster.xlsx", "2026002-李四-roster.xlsx"]
    sub = read_submission(files[1])
    assert (sub.exercise, sub.student_id, sub.name, sub.class_name) == (
        "roster", "2026002", "李四", "电商1班")


def test_every_exercise_hands_out_in_both_languages(tmp_path):
    for lang in ("zh", "en"):
        for exercise in EXERCISES:
            path = new_assignment(exercise, tmp_path / f"{lang}-{exercise}.xlsx", lang=lang,
                                  student_id="1", name="N")
            with language(lang):
                assert read_submission(path).exercise == exercise
                grade = grade_submission(path)  # blank: nothing earned for nothing done
            assert grade.score == 0, grade.summary()


@needs_soffice
def test_gradebook_opens_in_libreoffice_in_both_languages(graded_class, tmp_path):
    result = grade_class(graded_class["folder"])
    from salesops.homework import write_gradebook

    books = [write_gradebook(result, tmp_path / f"book-{lang}.xlsx", lang=lang)
             for lang in ("zh", "en")]
    _soffice("pdf", tmp_path, *books)
    for lang in ("zh", "en"):
        pdf = tmp_path / f"book-{lang}.pdf"
        assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 5000


def test_a_zip_from_linux_or_macos_keeps_its_chinese_file_names(tmp_path):
    sub = fill_submission(tmp_path / "s.xlsx", "funnel", name="孙七")
    archive = tmp_path / "class.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr(_RawName("孙七-漏斗作业.xlsx", "utf-8"), sub.read_bytes())
    assert [g.file for g in grade_class(archive).grades] == ["孙七-漏斗作业.xlsx"]


@pytest.mark.parametrize("kind", ["damaged", "encrypted"])
def test_a_damaged_or_encrypted_class_zip_is_one_sentence(tmp_path, capsys, kind):
    archive = tmp_path / "class.zip"
    sub = fill_submission(tmp_path / "s.xlsx", "funnel", name="孙七")
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("孙七.xlsx", sub.read_bytes())
    data = bytearray(archive.read_bytes())
    if kind == "damaged":
        data = data[: len(data) // 2]  # cut off: the central directory is gone
    else:  # the encrypted flag of the local header and of the central directory entry
        data[6] |= 0x1
        central = data.rfind(b"PK\x01\x02")
        data[central + 8] |= 0x1
    archive.write_bytes(bytes(data))
    code = main(["homework", "grade", str(archive), "-o", str(tmp_path / "成绩册.xlsx")])
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err
    assert ("损坏" if kind == "damaged" else "密码") in err


def test_the_gradebook_is_never_written_into_the_submissions_folder(tmp_path, capsys):
    folder = tmp_path / "交作业"
    folder.mkdir()
    mine = fill_submission(folder / "张三.xlsx", "funnel", name="张三")
    before = mine.read_bytes()
    code = main(["homework", "grade", str(folder), "-o", str(folder / "张三.xlsx"),
                 "--overwrite"])
    assert code == 2 and "作业文件夹" in capsys.readouterr().err
    assert mine.read_bytes() == before


def test_a_very_long_name_gets_a_feedback_file_and_so_do_the_others(tmp_path):
    folder = tmp_path / "交作业"
    folder.mkdir()
    fill_submission(folder / "a.xlsx", "funnel", student_id="1", name="名" * 120)
    fill_submission(folder / "b.xlsx", "funnel", student_id="2", name="李四")
    assert main(["homework", "grade", str(folder), "-o", str(tmp_path / "成绩册.xlsx")]) == 0
    written = list((tmp_path / f"成绩册-{t('hw.feedback_folder')}").glob("*.xlsx"))
    assert len(written) == 2


@pytest.mark.parametrize("points", ["nan", -5, "", "十"])
def test_rubric_points_that_are_not_points_are_refused_with_the_row(tmp_path, points):
    from salesops.errors import InputFileError

    rubric_path = write_rubric(tmp_path / "评分标准.xlsx")
    wb = load_workbook(rubric_path)
    ws = wb.worksheets[0]
    for row in ws.iter_rows(min_row=5):
        if row[0].value == "roster" and row[2].value == "coverage":
            row[4].value, where = points, row[0].row
    wb.save(rubric_path)
    with pytest.raises(InputFileError, match=f"第 {where} 行"):
        read_rubric(rubric_path)


def test_grade_with_a_class_list_reports_missing_several_and_copies(tmp_path, capsys):
    folder = tmp_path / "交作业"
    folder.mkdir()
    zhang = fill_submission(folder / "2026001-张三-排班.xlsx", "roster", student_id="2026001",
                            name="张三")
    fill_submission(folder / "李四-第一次.xlsx", "roster", student_id="2026002", name="李四")
    fill_submission(folder / "李四-改过.xlsx", "roster", student_id="2026002", name="李四",
                    variant=2)
    shutil.copy(zhang, folder / "2026004-赵六-排班.xlsx")  # a byte copy, 张三's cover on it
    names = tmp_path / "名单.csv"
    names.write_text("学号,姓名,班级\n2026001,张三,1班\n\n2026002,李四,1班\n2026003,王五,1班\n"
                     "2026004,赵六,1班\n", encoding="gbk")
    out = tmp_path / "成绩册.xlsx"
    assert main(["homework", "grade", str(folder), "-o", str(out), "--students", str(names),
                 "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    status = {r["name"]: r["status"] for r in payload["class_list"]}
    assert status == {"张三": "several", "李四": "several", "王五": "missing", "赵六": "missing"}
    assert {r["name"]: r["score"] for r in payload["class_list"]}["王五"] == 0
    assert ["2026001-张三-排班.xlsx", "2026004-赵六-排班.xlsx"] in [
        sorted(pair) for pair in payload["similar"]]
    copy = next(s for s in payload["students"] if s["file"] == "2026004-赵六-排班.xlsx")
    assert copy["name"] == "张三"
    book = load_workbook(out)
    assert t("hw.sheet.class_list") in book.sheetnames
    warned = grade_class(folder)
    copied = next(g for g in warned.grades if g.file == "2026004-赵六-排班.xlsx")
    assert any("赵六" in w and "张三" in w for w in copied.warnings)


def test_grade_writes_a_grades_csv_for_the_schools_system(tmp_path):
    folder = tmp_path / "交作业"
    folder.mkdir()
    fill_submission(folder / "a.xlsx", "funnel", student_id="0026001", name="张三",
                    class_name="1班")
    names = tmp_path / "名单.csv"
    names.write_text("学号,姓名,班级\n0026001,张三,1班\n0026002,=李四,1班\n", encoding="utf-8")
    out = tmp_path / "成绩册.xlsx"
    assert main(["homework", "grade", str(folder), "-o", str(out), "--students",
                 str(names)]) == 0
    rows = (tmp_path / "成绩.csv").read_text(encoding="utf-8-sig").splitlines()
    assert rows[0].startswith("学号,姓名,班级,总分")
    assert rows[1].startswith("0026001,张三,1班,100")  # the leading zero kept
    assert rows[2].startswith("0026002,'=李四,1班,0.0")  # not handed in: 0; formula as text


# -- copy detection on the roster's content, not its notation -------------------------------------
def _valid_rosters(n: int, seed: int = 7) -> list[list[list[str]]]:
    """``n`` different rosters of the course exercise (three agents cover 09:00–23:00 every
    day, at most 40 hours each), drawn at random from day patterns."""
    import random

    patterns = [(("9-16", 7), ("16-23", 7)), (("早", 8), ("晚", 8)), (("9-17", 8), ("15-23", 8)),
                (("9-14", 5), ("14-19", 5), ("18-23", 5)), (("9-13", 4), ("13-23", 10))]
    rng, out, seen = random.Random(seed), [], set()
    while len(out) < n:
        grid, hours = [["休"] * 7 for _ in range(3)], [0, 0, 0]
        for day in range(7):
            shifts = rng.choice(patterns)
            for agent, (code, h) in zip(rng.sample(range(3), len(shifts)), shifts,
                                        strict=False):
                grid[agent][day], hours[agent] = code, hours[agent] + h
        key = str(grid)
        if max(hours) <= 40 and key not in seen:
            seen.add(key)
            out.append(grid)
    return out


def _roster_file(path, grid, student_id, name):
    sub = fill_submission(path, "roster", student_id=student_id, name=name)
    book = load_workbook(sub)
    sheet = book[t("sheet.roster")]
    for i, row in enumerate(grid):
        for d, code in enumerate(row):
            sheet.cell(row=5 + i, column=2 + d, value=code)
    book.save(sub)
    return sub


def test_roster_copies_are_found_through_swapped_rows_notation_and_one_cell(tmp_path):
    from salesops.homework.grading import grade_class

    folder = tmp_path / "交作业"
    folder.mkdir()
    rosters = _valid_rosters(21)
    for k, grid in enumerate(rosters[:20]):  # twenty different right answers
        _roster_file(folder / f"学生{k:02d}.xlsx", grid, f"20260{k:02d}", f"学生{k:02d}")
    original = rosters[20]
    _roster_file(folder / "原作.xlsx", original, "2026100", "原作者")
    swapped = [original[1], original[0], original[2]]
    _roster_file(folder / "换行.xlsx", swapped, "2026101", "换行者")
    spelled = [[{"早": "9:00-17:00", "晚": "15点-23点", "休": "休息"}.get(c, c) for c in row]
               for row in original]
    _roster_file(folder / "改写.xlsx", spelled, "2026102", "改写者")
    one_cell = [row[:] for row in original]
    one_cell[2][6] = "9-16" if one_cell[2][6] != "9-16" else "休"
    _roster_file(folder / "改一格.xlsx", one_cell, "2026103", "改一格者")
    result = grade_class(folder)
    pairs = {frozenset((a, b)) for a, b, _ in result.similar}
    copies = {"原作.xlsx", "换行.xlsx", "改写.xlsx", "改一格.xlsx"}
    assert {frozenset(("原作.xlsx", c)) for c in copies - {"原作.xlsx"}} <= pairs
    assert all(pair <= copies for pair in pairs), pairs  # no right answer flagged with another
