"""The weekly workbook as an app: Voila serves it, a real Chromium presses the button.

Debian's chromium (installed by .ci/run) driven by Playwright with ``executable_path`` — no
browser download. Screenshots of every app page go to out/screenshots/ (the README shows
copies from docs/img/).
"""

import base64
import io
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from openpyxl import load_workbook

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = REPO / "out" / "screenshots"

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists() and os.environ.get("CI") != "true",
    reason="Debian's chromium is not installed (CI installs it)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _class_options() -> list[str]:
    """The kernel-culling options of the README's command for a class (the apps here run with
    exactly those, so a wrong option name fails the test)."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- voila-class -->\s*```bash\n(.*?)```", text, re.S).group(1)
    options = [w for w in block.split() if w.startswith("--MappingKernelManager.")]
    assert any("cull_idle_timeout" in o for o in options)
    return options


def _serve(notebook_name: str, workdir: Path):
    port = _free_port()
    notebook = workdir / notebook_name
    shutil.copy(REPO / "notebooks" / notebook_name, notebook)
    proc = subprocess.Popen(
        [sys.executable, "-m", "voila", str(notebook), f"--port={port}", "--no-browser",
         "--Voila.ip=127.0.0.1", *_class_options()],
        cwd=workdir, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return proc, f"http://127.0.0.1:{port}/"
        except OSError:
            time.sleep(0.5)
    proc.kill()
    pytest.fail("voila did not start: " + proc.stdout.read().decode(errors="replace"))


def _stop(proc) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="module")
def voila(tmp_path_factory):
    proc, url = _serve("06_weekly_workbook.ipynb", tmp_path_factory.mktemp("voila06"))
    yield url
    _stop(proc)


@pytest.fixture(scope="module")
def voila_start(tmp_path_factory):
    proc, url = _serve("00_start.ipynb", tmp_path_factory.mktemp("voila00"))
    yield url
    _stop(proc)


def _browser(p):
    return p.chromium.launch(
        executable_path=CHROMIUM, headless=True,
        args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
              "--disable-background-networking", "--disable-component-update",
              "--disable-sync"])


def _xlsx_from_link(link) -> tuple[str, object]:
    name = link.get_attribute("download")
    data = base64.b64decode(link.get_attribute("href").split(",", 1)[1])
    return name, load_workbook(io.BytesIO(data), read_only=True)


def test_start_app_loads_checks_and_exports(voila_start):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = _browser(p)
        page = browser.new_page(viewport={"width": 1100, "height": 900})
        page.goto(voila_start, timeout=120_000)
        page.get_by_role("button", name="载入").click(timeout=120_000)
        page.get_by_text("最后联系日期").first.wait_for(timeout=60_000)
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.get_by_role("button", name="导出清洗后的工作簿").click()
        link = page.locator("a[download]")
        link.wait_for(timeout=120_000)
        page.screenshot(path=str(SHOTS / "voila_start.png"), full_page=False)
        name, wb = _xlsx_from_link(link)
        browser.close()
    assert name == "messy_customers_cleaned.xlsx"
    assert wb.sheetnames[:3] == ["客户信息表", "问题清单", "说明"]


def test_weekly_workbook_app_exports_a_valid_xlsx(voila):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = _browser(p)
        page = browser.new_page(viewport={"width": 1100, "height": 700})
        page.goto(voila, timeout=120_000)
        button = page.get_by_role("button", name="生成本周工作簿")
        button.wait_for(timeout=120_000)
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / "voila_weekly_before.png"))
        button.click()
        link = page.locator("a[download]")
        link.wait_for(timeout=240_000)
        page.screenshot(path=str(SHOTS / "voila_weekly_after.png"))
        name, wb = _xlsx_from_link(link)
        browser.close()
    assert name.startswith("weekly_") and name.endswith(".xlsx")
    assert {"跟单记录表", "今日电话清单", "拜访计划表", "排班表"} <= set(wb.sheetnames)


@pytest.fixture(scope="module")
def voila_homework(tmp_path_factory):
    proc, url = _serve("10_homework.ipynb", tmp_path_factory.mktemp("voila07"))
    yield url
    _stop(proc)


def test_homework_app_grades_the_sample_class(voila_homework):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = _browser(p)
        page = browser.new_page(viewport={"width": 1100, "height": 900})
        page.goto(voila_homework, timeout=120_000)
        page.get_by_role("button", name="示例班级（40 人）").click(timeout=120_000)
        page.get_by_text("已生成示例班级").first.wait_for(timeout=120_000)
        page.get_by_role("button", name="评分并生成成绩册").click()
        link = page.locator("a[download]").first
        link.wait_for(timeout=120_000)
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / "voila_homework.png"), full_page=False)
        name, wb = _xlsx_from_link(link)
        browser.close()
    assert name == "成绩册.xlsx"
    assert {"成绩册", "评分明细", "无法读取", "相似提交"} <= set(wb.sheetnames)


@pytest.fixture(scope="module")
def voila_service(tmp_path_factory):
    proc, url = _serve("07_service.ipynb", tmp_path_factory.mktemp("voila07s"))
    yield url
    _stop(proc)


def test_service_app_shows_the_course_case_and_checks_the_exercise(voila_service):
    """The online-service notebook as an app: 小李's 42 against 老陈's 29, the export, and
    the exercise answered in its box (code cells are hidden under Voila)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = _browser(p)
        page = browser.new_page(viewport={"width": 1100, "height": 900})
        page.goto(voila_service, timeout=120_000)
        page.get_by_text("小李").first.wait_for(timeout=120_000)
        link = page.locator("a[download]").first
        link.wait_for(timeout=120_000)
        name, wb = _xlsx_from_link(link)
        box = page.get_by_placeholder("你的答案")
        box.fill("25")
        page.get_by_role("button", name="检查").click()
        page.get_by_text("✓ 正确").wait_for(timeout=30_000)
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / "voila_service.png"), full_page=True)
        browser.close()
    assert name.endswith(".xlsx")
    assert {"客服业绩", "未成交原因", "咨询记录"} <= set(wb.sheetnames)
