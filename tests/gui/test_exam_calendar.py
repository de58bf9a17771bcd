"""The exam calendar in the window: a chosen period listed by date and department, exported to
a workbook (read back with openpyxl) and printed to a PDF through Qt's printer (read back with
pdftotext), the print recorded; the print preview lays out the same pages."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import openpyxl
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrintPreviewWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from tests.conftest import require_tool
from tests.gui.conftest import wait_idle
from tests.gui.study_support import enrolments_of

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain import AuditEntry, Department, ExamSitting
from qiuxue_desktop.services.exams import exam_calendar
from qiuxue_desktop.views.exam_calendar_view import ExamCalendarView, period_dates
from qiuxue_desktop.views.main_window import MainWindow


def calendar_of(qtbot: QtBot, window: MainWindow, db: Database) -> tuple[ExamCalendarView, dt.date, dt.date]:
    """The calendar tab showing the first week that has exams in the demo."""
    page = enrolments_of(qtbot, window)
    calendar = page.calendar
    assert calendar is not None
    page.tabs.setCurrentWidget(calendar)
    with db.read() as s:
        first = s.scalar(select(ExamSitting.exam_date).order_by(ExamSitting.exam_date).limit(1))
    assert first is not None
    start, end = first, first + dt.timedelta(days=6)
    calendar.set_period(start, end)
    wait_idle(qtbot, window)
    return calendar, start, end


def test_the_period_lists_exams_by_date_and_department(
    qtbot: QtBot, demo_window: MainWindow, db: Database
) -> None:
    calendar, start, end = calendar_of(qtbot, demo_window, db)
    with db.read() as s:
        expected = exam_calendar(s, 1, start=start, end=end)
    assert expected and calendar.table.rowCount() == len(expected)
    listed = [
        (calendar.table.item(r, 0).text(), calendar.table.item(r, 3).text(), calendar.table.item(r, 4).text())
        for r in range(calendar.table.rowCount())
    ]
    assert listed == [(x.exam_date.isoformat(), x.department, x.learner_name) for x in expected]
    assert listed == sorted(listed, key=lambda t: t[0])  # by date first
    assert f"共 {len(expected)} 场" in calendar.summary.text()

    with db.read() as s:
        dept_id, dept = s.execute(
            select(Department.id, Department.name).where(Department.name == expected[0].department)
        ).one()
    calendar.department_combo.setCurrentIndex(calendar.department_combo.findData(dept_id))
    wait_idle(qtbot, demo_window)
    assert 0 < calendar.table.rowCount() <= len(expected)
    assert {calendar.table.item(r, 3).text() for r in range(calendar.table.rowCount())} == {dept}


def test_period_choices() -> None:
    today = dt.date(2026, 11, 29)  # a Sunday
    assert period_dates("next_week", today) == (dt.date(2026, 11, 30), dt.date(2026, 12, 6))
    assert period_dates("next_month", today) == (dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    assert period_dates("this_month", dt.date(2027, 2, 10)) == (dt.date(2027, 2, 1), dt.date(2027, 2, 28))
    assert period_dates("custom", today) is None


def test_export_to_xlsx(qtbot: QtBot, demo_window: MainWindow, db: Database, tmp_path: Path) -> None:
    calendar, start, end = calendar_of(qtbot, demo_window, db)
    with db.read() as s:
        expected = exam_calendar(s, 1, start=start, end=end)
    path = tmp_path / "考试日历.xlsx"
    calendar.export_xlsx(path)
    wait_idle(qtbot, demo_window)
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    rows = [r for r in sheet.iter_rows(min_row=4, values_only=True) if r[5]]
    assert [(r[0].date(), r[4], r[5]) for r in rows] == [
        (x.exam_date, x.department, x.learner_name) for x in expected
    ]


def test_printed_to_pdf(qtbot: QtBot, demo_window: MainWindow, db: Database, tmp_path: Path) -> None:
    pdftotext = require_tool("pdftotext")
    calendar, start, end = calendar_of(qtbot, demo_window, db)
    with db.read() as s:
        expected = exam_calendar(s, 1, start=start, end=end)
        before = len(s.scalars(select(AuditEntry.id).where(AuditEntry.action == "print")).all())
    path = tmp_path / "考试日历.pdf"
    calendar.export_pdf(path)
    wait_idle(qtbot, demo_window)
    assert path.read_bytes().startswith(b"%PDF")
    text = subprocess.run(
        [pdftotext, "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "学员考试安排" in text and f"共 {len(expected)} 场考试" in text
    for x in expected:
        assert x.learner_name in text and x.course_name[:4] in text
    assert "第 1 页" in text
    with db.read() as s:
        entries = s.scalars(select(AuditEntry.detail).where(AuditEntry.action == "print")).all()
    assert len(entries) == before + 1 and "考试日历（PDF）" in entries[-1]


def test_the_print_preview_lays_out_the_pages(qtbot: QtBot, demo_window: MainWindow, db: Database) -> None:
    calendar, _start, _end = calendar_of(qtbot, demo_window, db)
    calendar.preview()
    wait_idle(qtbot, demo_window)
    preview = calendar.preview_dialog
    assert preview.isVisible() and preview.windowTitle() == "考试日历 — 打印预览"
    widget = preview.findChild(QPrintPreviewWidget)
    assert widget is not None
    widget.updatePreview()
    qtbot.waitUntil(lambda: widget.pageCount() >= 1)
    assert widget.orientation() == QPageLayout.Orientation.Landscape
    preview.reject()
