"""Importing a college's transcript in the window: the preview counts new results and resits and
writes nothing; confirming records them in one go (the study list follows); a transcript with an
unknown 学号 and a course outside the plan is listed row by row, reported, and not imported."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from tests.gui.conftest import wait_idle
from tests.gui.study_support import enrolments_of

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain import CourseResult, Enrolment
from qiuxue_desktop.services.coursework import course_statuses
from qiuxue_desktop.services.enrolment_query import get_enrolment
from qiuxue_desktop.views.dialogs.transcript_dialog import TranscriptDialog
from qiuxue_desktop.views.main_window import MainWindow


def write_transcript(path: Path, rows: list[tuple[Any, ...]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "2025-2026-1成绩"
    sheet.append(["苏州市职业大学继续教育学院 成绩单"])
    sheet.append(["学号", "姓名", "课程名称", "总评成绩"])
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def results(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(CourseResult)) or 0)


def open_dialog(window: MainWindow) -> TranscriptDialog:
    assert window.ctx is not None
    dialog = TranscriptDialog(window.ctx, window)
    dialog.show()
    return dialog


def untaken_rows(db: Database) -> tuple[list[tuple[Any, ...]], int]:
    """Rows for a studying enrolment's courses not yet sat (one pass, one fail), and its id."""
    with db.read() as s:
        for enrolment_id in s.scalars(select(Enrolment.id).where(Enrolment.status == "studying")):
            courses = [c for c in course_statuses(s, enrolment_id) if c.attempts == 0][:2]
            if len(courses) == 2:
                row = get_enrolment(s, enrolment_id)
                break
        else:
            raise AssertionError("no studying enrolment with two courses to sit")
    marks = ["88", "不及格"]
    rows = [(row.student_no, row.learner_name, c.course_name, m) for c, m in zip(courses, marks, strict=True)]
    return rows, enrolment_id


def test_preview_then_confirm(qtbot: QtBot, demo_window: MainWindow, db: Database, tmp_path: Path) -> None:
    rows, enrolment_id = untaken_rows(db)
    path = write_transcript(tmp_path / "成绩单.xlsx", rows)
    page = enrolments_of(qtbot, demo_window)
    before = results(db)
    dialog = open_dialog(demo_window)
    dialog.load_file(path)
    wait_idle(qtbot, demo_window)
    assert dialog.summary_label.text() == f"新增成绩 {len(rows)} 条，补考成绩 0 条，已登记 0 条"
    assert "表头在第 2 行" in dialog.note_label.text()
    assert dialog.import_button.isEnabled()
    assert results(db) == before  # a preview writes nothing

    with qtbot.waitSignal(dialog.finished, timeout=20_000):
        dialog.import_button.click()
    wait_idle(qtbot, demo_window)
    assert results(db) == before + len(rows)
    with db.read() as s:
        recorded = s.execute(
            select(CourseResult.passed, CourseResult.source)
            .where(CourseResult.enrolment_id == enrolment_id)
            .order_by(CourseResult.id.desc())
            .limit(len(rows))
        ).all()
    assert sorted(tuple(r) for r in recorded) == [(False, "import"), (True, "import")]
    assert page.risk_rows is not None and any(r.enrolment_id == enrolment_id for r in page.risk_rows)

    again = open_dialog(demo_window)  # the same transcript again: nothing new
    again.load_file(path)
    wait_idle(qtbot, demo_window)
    assert again.summary_label.text() == f"新增成绩 0 条，补考成绩 0 条，已登记 {len(rows)} 条"
    assert not again.import_button.isEnabled()
    again.reject()


def test_unknown_rows_are_reported_and_nothing_is_imported(
    qtbot: QtBot, demo_window: MainWindow, db: Database, tmp_path: Path
) -> None:
    rows, _ = untaken_rows(db)
    rows.append(("99990001", rows[0][1], rows[0][2], "75"))  # nobody has this 学号
    rows.append((rows[0][0], rows[0][1], "从未开设的课程", "80"))  # not in the plan
    path = write_transcript(tmp_path / "有问题的成绩单.xlsx", rows)
    before = results(db)
    dialog = open_dialog(demo_window)
    dialog.load_file(path)
    wait_idle(qtbot, demo_window)
    assert "成绩单有 2 处问题" in dialog.summary_label.text()
    problems = [
        tuple(dialog.problems.item(r, c).text() for c in range(4)) for r in range(dialog.problems.rowCount())
    ]
    assert [(p[1], p[2]) for p in problems] == [
        (str(len(rows) + 1), "学号"),
        (str(len(rows) + 2), "课程名称"),
    ]
    assert "99990001" in problems[0][3] and "从未开设的课程" in problems[1][3]
    assert not dialog.import_button.isEnabled()
    report = tmp_path / "成绩单问题.xlsx"
    dialog.save_report(report)
    wait_idle(qtbot, demo_window)
    sheets = openpyxl.load_workbook(report).sheetnames
    assert sheets[0] == "问题清单" and "2025-2026-1成绩" in sheets
    assert results(db) == before
    dialog.reject()
