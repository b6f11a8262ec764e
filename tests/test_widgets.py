"""Notebook panels driven the way a person drives them: set values, press buttons."""

import datetime as dt
import json
from pathlib import Path

import pytest

from salesops import read_tracker, set_language
from salesops.widgets import StartPanel

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"


@pytest.fixture
def panel(tmp_path):
    return StartPanel(out_dir=tmp_path)


def test_load_sample_button_shows_the_problems(panel):
    panel.sample.value = "messy_customers"
    panel.load_button.click()
    assert len(panel.problems) == 14
    assert "7 个错误" in panel.status.value
    assert "最后联系日期" in panel.table.value and "上周三" in panel.table.value
    assert not panel.export_button.disabled


def test_reading_and_checking_a_file_move_a_bar_that_goes_when_done(panel, monkeypatch):
    from salesops import progress

    seen = []
    real = progress.CountBar.__call__

    def record(bar, done, total):
        seen.append((bar.description, done, total))
        real(bar, done, total)

    monkeypatch.setattr(progress.CountBar, "__call__", record)
    panel.load_sample("messy_customers")
    assert {d for d, _, _ in seen} == {"读取 messy_customers", "检查 messy_customers"}
    for step in ("读取", "检查"):  # each bar ran to its end
        last = [(done, total) for d, done, total in seen if d.startswith(step)][-1]
        assert last[0] == last[1] > 1
    assert panel.busy.outputs == ()  # and the bar is gone: the results are what stays


def test_language_toggle_translates_everything(panel):
    panel.load_sample("messy_customers")
    panel.language.value = "en"
    try:
        assert panel.export_button.description == "Export cleaned workbook"
        assert "7 errors" in panel.status.value
        assert "is relative and names no day" in panel.table.value
    finally:
        set_language("zh")


def test_upload_and_export_offer_a_download(panel, messy_path, tmp_path):
    panel.upload.value = ({"name": "作业.csv", "type": "text/csv", "size": 1,
                           "last_modified": dt.datetime(2026, 11, 22),
                           "content": memoryview(messy_path.read_bytes())},)
    assert panel.source_name == "作业.csv" and len(panel.customers) == 25
    panel.export_button.click()
    assert panel.last_export == tmp_path / "作业_cleaned.xlsx"
    assert panel.last_export.exists()
    assert panel.link.value.startswith('<a download="作业_cleaned.xlsx" href="data:')


def test_bad_upload_is_a_sentence_not_a_traceback(panel):
    panel.load_bytes(b"not a workbook", "old.xls")
    assert "old.xls" in panel.status.value and "另存为" in panel.status.value
    assert panel.customers is None and panel.export_button.disabled
    assert panel.export() is None and "请先载入" in panel.status.value


def test_export_clicks_keep_every_earlier_export_as_a_backup(panel, tmp_path):
    # issue 11: every Export click replaced the one backup, so an edit was lost on the second
    panel.load_sample("messy_customers")
    first = panel.export()
    first_bytes = first.read_bytes()
    panel.export()
    panel.export()
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [
        "messy_customers_cleaned.bak1.xlsx", "messy_customers_cleaned.bak2.xlsx",
        "messy_customers_cleaned.xlsx"]
    assert (tmp_path / "messy_customers_cleaned.bak1.xlsx").read_bytes() == first_bytes


def test_export_on_a_full_disk_is_a_sentence(panel, monkeypatch):
    import errno

    import salesops.excel as excel

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", "x.xlsx")

    panel.load_sample("messy_customers")
    monkeypatch.setattr(excel, "replace_file", full)
    assert panel.export() is None
    assert "磁盘已满" in panel.status.value


def test_notebooks_are_stored_without_outputs():
    notebooks = sorted(NOTEBOOKS.glob("*.ipynb"))
    assert [p.name for p in notebooks] == ["00_start.ipynb", "01_customers.ipynb",
                                           "02_abc_followup.ipynb", "03_calls.ipynb",
                                           "04_routes.ipynb", "05_roster.ipynb",
                                           "06_weekly_workbook.ipynb", "07_service.ipynb",
                                           "08_complaints.ipynb", "09_kpi.ipynb",
                                           "10_homework.ipynb"]
    for path in notebooks:
        nb = json.loads(path.read_text(encoding="utf-8"))
        for cell in nb["cells"]:
            if cell["cell_type"] == "code":
                assert cell["outputs"] == [] and cell["execution_count"] is None, path.name
        first = "".join(nb["cells"][0]["source"])
        assert first.startswith("# ") and "·" in first  # titled in both languages


def test_abc_panel_sliders_change_the_classes_and_export(tmp_path):
    from salesops.widgets import AbcPanel

    panel = AbcPanel(out_dir=tmp_path)
    panel.run_button.click()
    default_a = int((panel.classified["abc_class"] == "A").sum())
    panel.cut_a.value = 0.6
    panel.run_button.click()
    assert int((panel.classified["abc_class"] == "A").sum()) < default_a
    panel.export_button.click()
    assert panel.last_export == tmp_path / "followup.xlsx" and panel.last_export.exists()


def test_calls_panel_erlang_sliders_and_export(tmp_path):
    from salesops.widgets import CallsPanel

    panel = CallsPanel(out_dir=tmp_path)
    panel.calls.value, panel.aht.value, panel.target.value, panel.answer.value = 100, 180, 0.8, 20
    assert "需要 14 名在线座席" in panel.erlang.value
    curve = panel.erlang_curve  # the service-level chart: the target is met from 14 agents
    assert curve[14] >= 0.8 > curve[13] and len(curve) == 11
    assert "= 5" in panel.campaign.value and "3,000 条名单" in panel.campaign.value
    panel.records.value = 6000
    assert "= 10" in panel.campaign.value  # twice the records, twice the agents
    panel.run_button.click()
    assert panel.plan.calls["slot"].iloc[0] == "09:00"
    panel.export_button.click()
    assert (tmp_path / "calls.xlsx").exists()


def test_routes_panel_plans_and_exports(tmp_path):
    from salesops.widgets import RoutesPanel

    panel = RoutesPanel(out_dir=tmp_path, time_limit_seconds=3)
    panel.days.value = 5
    panel.run_button.click()
    assert len(panel.plan.itinerary) > 0
    days = [value for _label, value in panel.day_choice.options]
    assert len(days) == panel.plan.days["date"].nunique()
    assert panel.map_day == panel.day_choice.value  # the busiest day is drawn first
    other = next(d for d in days if d != panel.day_choice.value)
    panel.day_choice.value = other
    assert panel.map_day == other  # the map follows the chosen day
    panel.export_button.click()
    assert (tmp_path / "visits.xlsx").exists()


def test_roster_panel_course_exercise_and_check(tmp_path):
    from salesops.widgets import RosterPanel

    panel = RosterPanel(out_dir=tmp_path, time_limit_seconds=5)
    panel.run_button.click()
    assert panel.roster.uncovered.empty
    panel.blank_button.click()
    blank = (tmp_path / "roster_blank.xlsx").read_bytes()
    violations = panel.check_bytes(blank, "roster_blank.xlsx")
    assert set(violations["rule"]) == {"uncovered"}  # an empty grid covers nothing
    panel.export_button.click()
    assert (tmp_path / "roster.xlsx").exists()


def test_roster_panel_checks_by_the_course_and_the_rest_rule_is_a_switch(tmp_path):
    from salesops.homework.sample import fill_submission
    from salesops.widgets import RosterPanel

    grid = fill_submission(tmp_path / "grid.xlsx", "roster")  # late → early five times
    panel = RosterPanel(out_dir=tmp_path)
    assert panel.check_bytes(grid.read_bytes(), grid.name).empty
    panel.team_rest.value = True
    rest = panel.check_bytes(grid.read_bytes(), grid.name)
    assert set(rest["rule"]) == {"rest_too_short"} and len(rest) == 5


def test_one_upload_is_the_table_every_panel_works_on(tmp_path, messy_path):
    from salesops.widgets import AbcPanel, RoutesPanel, StartPanel, WeeklyPanel

    start = StartPanel(out_dir=tmp_path)
    start.load_file(messy_path)
    shown = start.problems
    for panel in (AbcPanel(out_dir=tmp_path), RoutesPanel(out_dir=tmp_path),
                  WeeklyPanel(out_dir=tmp_path)):
        assert len(panel.customers) == len(start.customers)  # not the 150 sample customers
        assert list(panel.customers.data["name"]) == list(start.customers.data["name"])
    # and the exported 问题清单 holds exactly the problems the panel showed
    path = start.export()
    exported = read_tracker(path, "problems").frame
    assert len(exported) == len(shown) == 14
    assert sorted(exported["problem"]) == sorted(shown["problem"])


def test_uploads_are_deleted_once_read(tmp_path, messy_path, monkeypatch):
    import tempfile

    from salesops.widgets import StartPanel

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    panel = StartPanel(out_dir=tmp_path / "out")
    panel.load_bytes(messy_path.read_bytes(), "学生作业.csv")
    assert len(panel.customers) == 25
    assert list((tmp_path / "tmp").iterdir()) == []  # nothing of the student's left behind


def test_panel_tables_show_localised_headers_and_values(tmp_path, monkeypatch):
    # issue 10: panels showed abc_class, customer_share, channel=phone … in Chinese mode
    import re

    import salesops.widgets.common as common
    from salesops.widgets import AbcPanel, CallsPanel, RosterPanel

    shown = []
    real = common.table_html
    monkeypatch.setattr(common, "table_html",
                        lambda frame, *a, **k: shown.append(frame) or real(frame, *a, **k))
    AbcPanel(out_dir=tmp_path).run_button.click()
    CallsPanel(out_dir=tmp_path).run_button.click()
    roster = RosterPanel(out_dir=tmp_path, time_limit_seconds=5)
    roster.run_button.click()
    roster.check_bytes(roster.export_blank().read_bytes(), "roster_blank.xlsx")
    assert len(shown) >= 7
    for frame in shown:
        internal = [c for c in frame.columns if re.fullmatch(r"[a-z_0-9]+", str(c))]
        assert not internal, internal
    values = {str(v) for frame in shown for c in frame.columns for v in frame[c].head(50)}
    assert not values & {"phone", "visit", "letter", "card", "uncovered"}
    assert "电话" in values and "无人值班" in values
    assert any(str(c).startswith("周一 ") for f in shown for c in f.columns)  # roster days


def test_answer_box_checks_what_a_student_types():
    from salesops.widgets import AnswerBox

    box = AnswerBox(264)
    widget = box.widget()
    box.entry.value = "２６４"  # full-width digits from a Chinese input method
    box.button.click()
    assert "正确" in box.verdict.value
    box.entry.value = "22"
    box.button.click()
    assert "再想想" in box.verdict.value
    box.entry.value = " "
    box.button.click()
    assert "请先填写" in box.verdict.value
    box.entry.value = "264元"
    box.button.click()
    assert "只填数字" in box.verdict.value
    assert widget is box.widget()


def test_every_notebook_teaches_and_ends_with_an_exercise():
    """The course's rule (zh + en) first, a worked example, and an exercise a student can
    answer in JupyterLab and in Voila (an answer box or a self-check upload)."""
    for path in sorted(NOTEBOOKS.glob("*.ipynb")):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        first = "".join(cells[0]["source"])
        assert first.startswith("# ") and "*" in first, path.name  # an English paragraph too
        code = "".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
        markdown = "".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
        assert "练习" in markdown or "自查" in markdown, path.name
        assert any(k in code for k in ("AnswerBox(", "SelfCheckPanel(", "check_file(")), path.name
        assert "answer = None" not in code, path.name  # not editable under Voila


@pytest.mark.parametrize("kind", ["damaged", "encrypted"])
def test_the_teachers_panel_says_a_bad_class_zip_in_one_sentence(tmp_path, kind):
    import zipfile

    from salesops.homework.sample import fill_submission
    from salesops.widgets import HomeworkPanel

    sub = fill_submission(tmp_path / "s.xlsx", "funnel", name="孙七")
    archive = tmp_path / "class.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("孙七.xlsx", sub.read_bytes())
    data = bytearray(archive.read_bytes())
    if kind == "damaged":
        data = data[: len(data) // 2]
    else:
        data[6] |= 0x1
        data[data.rfind(b"PK\x01\x02") + 8] |= 0x1
    archive.write_bytes(bytes(data))
    panel = HomeworkPanel(out_dir=tmp_path / "out")
    set_language("zh")
    panel.upload.value = ({"name": "class.zip", "content": memoryview(bytes(data)),
                           "type": "application/zip", "size": len(data),
                           "last_modified": dt.datetime(2026, 12, 8)},)
    assert panel.grade() is None
    assert ("损坏" if kind == "damaged" else "密码") in panel.status.value
    assert "Traceback" not in panel.status.value
