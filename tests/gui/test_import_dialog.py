"""Importing a roster in the window: the preview's counts and changes, confirming,
the rows with problems (and their report), and a cancelled import that writes nothing."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import Any

import openpyxl
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from tests.gui.conftest import wait_idle

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain import Department, Learner
from qiuxue_desktop.domain.codes import HUKOU_TYPES, POST_CATEGORIES, PRIOR_EDUCATION
from qiuxue_desktop.domain.ids import id_check_char
from qiuxue_desktop.views.dialogs.import_dialog import ImportDialog
from qiuxue_desktop.views.main_window import MainWindow
from qiuxue_desktop.views.progress_dialog import ProgressDialog

HEADERS = ("姓名", "身份证号", "手机号", "部门", "岗位类别", "入职日期", "户籍性质", "原学历")


def new_id(n: int) -> str:
    first17 = f"320102199{n % 10}0101{n % 1000:03d}"
    return first17 + id_check_char(first17)


def new_rows(count: int, department: str = "新能源车间") -> list[tuple[Any, ...]]:
    return [
        (
            f"新员工{chr(0x4E00 + i)}",
            new_id(i),
            f"139{i:08d}",
            department,
            "一线",
            "2023-05-08",
            "农村",
            "高中",
        )
        for i in range(count)
    ]


def existing_rows(db: Database, count: int) -> list[list[Any]]:
    with db.read() as s:
        found = s.execute(
            select(
                Learner.name,
                Learner.id_number,
                Learner.phone,
                Department.name,
                Learner.post_category,
                Learner.hire_date,
                Learner.hukou_type,
                Learner.prior_education,
            )
            .join(Department, Department.id == Learner.department_id)
            .order_by(Learner.id)
            .limit(count)
        ).all()
    return [
        [r[0], r[1], r[2], r[3], POST_CATEGORIES[r[4]], r[5], HUKOU_TYPES[r[6]], PRIOR_EDUCATION[r[7]]]
        for r in found
    ]


def write_roster(path: Path, rows: list[Any]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "花名册"
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def open_import(window: MainWindow) -> ImportDialog:
    assert window.ctx is not None
    dialog = ImportDialog(window.ctx, window)
    dialog.show()
    return dialog


def count_learners(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Learner)) or 0)


def test_preview_counts_then_confirm(
    qtbot: QtBot, demo_window: MainWindow, db: Database, tmp_path: Path
) -> None:
    old = existing_rows(db, 2)
    old[0][2] = "13111112222"  # a changed phone
    roster = write_roster(tmp_path / "花名册.xlsx", [*old, *new_rows(3)])
    before = count_learners(db)
    dialog = open_import(demo_window)
    dialog.load_file(roster)
    wait_idle(qtbot, demo_window)
    assert dialog.summary_label.text() == "新增 3 人，更新 1 人，不变 1 人"
    assert "新能源车间" in dialog.note_label.text()
    changed = [dialog.changes.item(0, c).text() for c in range(6)]
    assert changed[0] == "2" and changed[3] == "手机号" and changed[5] == "13111112222"
    assert dialog.import_button.isEnabled()
    assert count_learners(db) == before  # a preview writes nothing

    with qtbot.waitSignal(dialog.finished, timeout=20_000):
        dialog.import_button.click()
    assert count_learners(db) == before + 3
    with db.read() as s:
        assert s.scalar(select(Learner.phone).where(Learner.id_number == old[0][1])) == "13111112222"
    view = demo_window.learners
    assert view is not None and view.model is not None
    assert view.model.rowCount() == before + 3  # the table was refreshed


def test_rows_with_problems_are_listed_and_nothing_is_imported(
    qtbot: QtBot, demo_window: MainWindow, db: Database, tmp_path: Path
) -> None:
    rows = new_rows(4)
    bad_id = rows[1][1][:-1] + ("1" if rows[1][1][-1] != "1" else "2")
    rows[1] = (rows[1][0], bad_id, *rows[1][2:])
    rows[3] = (*rows[3][:2], "1390000", *rows[3][3:])
    roster = write_roster(tmp_path / "有问题的花名册.xlsx", rows)
    before = count_learners(db)
    dialog = open_import(demo_window)
    dialog.load_file(roster)
    wait_idle(qtbot, demo_window)
    assert "2 处问题" in dialog.summary_label.text()
    problems = [
        tuple(dialog.problems.item(r, c).text() for c in range(4)) for r in range(dialog.problems.rowCount())
    ]
    assert [(p[0], p[1], p[2]) for p in problems] == [("花名册", "3", "身份证号"), ("花名册", "5", "手机号")]
    assert "校验码" in problems[0][3]
    assert not dialog.import_button.isEnabled()
    assert count_learners(db) == before

    report = tmp_path / "问题报告.xlsx"
    dialog.save_report(report)
    wait_idle(qtbot, demo_window)
    assert report.exists()
    dialog.reject()


def test_a_cancelled_import_writes_nothing(
    qtbot: QtBot, demo_window: MainWindow, db: Database, tmp_path: Path
) -> None:
    roster = write_roster(tmp_path / "花名册.xlsx", new_rows(50))
    before = count_learners(db)
    dialog = open_import(demo_window)
    dialog.load_file(roster)
    wait_idle(qtbot, demo_window)
    assert dialog.summary_label.text().startswith("新增 50 人")

    assert demo_window.ctx is not None
    gate = threading.Event()
    demo_window.ctx.runner.db(gate.wait)  # hold the database worker so the import waits in line
    dialog.import_button.click()
    progress = next(p for p in dialog.findChildren(ProgressDialog) if p.windowTitle() == "正在导入花名册")
    progress.findChild(QPushButton).click()  # the user presses 取消 before the import gets going
    gate.set()
    wait_idle(qtbot, demo_window)
    assert "已取消" in dialog.summary_label.text()
    assert dialog.isVisible() and dialog.import_button.isEnabled()
    assert count_learners(db) == before
    dialog.reject()


def test_a_file_that_is_not_a_workbook_is_explained(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    fake = tmp_path / "花名册.xlsx"
    fake.write_text("姓名,身份证号\n张三,110105194912310021\n", encoding="utf-8")
    dialog = open_import(demo_window)
    dialog.load_file(fake)
    wait_idle(qtbot, demo_window)
    assert "不能导入" in dialog.summary_label.text()
    assert dialog.problems.rowCount() == 1 and dialog.problems.item(0, 3).text()
    assert not dialog.import_button.isEnabled()
    dialog.reject()


def test_hire_dates_are_typed_cells_too(qtbot: QtBot, demo_window: MainWindow, tmp_path: Path) -> None:
    rows = [(*r[:5], dt.date(2022, 1, 4), *r[6:]) for r in new_rows(2)]
    dialog = open_import(demo_window)
    dialog.load_file(write_roster(tmp_path / "dates.xlsx", rows))
    wait_idle(qtbot, demo_window)
    assert dialog.summary_label.text() == "新增 2 人，更新 0 人，不变 0 人"
    dialog.reject()
