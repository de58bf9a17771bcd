"""院校专业 in the window: an institution and a programme created through their dialogs, a
course plan typed into the editor and saved, a plan refused on its rows, a field checked
beside it, a programme with enrolments kept with the reason, and a viewer without buttons."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from tests.gui.conftest import type_text, wait_idle
from tests.gui.study_support import find_window, institutions_of

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain import Course, Institution, Programme
from qiuxue_desktop.views.dialogs.institution_dialog import InstitutionDialog
from qiuxue_desktop.views.dialogs.programme_dialog import ProgrammeDialog
from qiuxue_desktop.views.main_window import MainWindow
from qiuxue_desktop.views.models.course_plan import CREDITS, EXAM, NAME, REQUIRED, TERM
from qiuxue_desktop.views.study_common import row_key


def test_the_study_areas_open_from_the_navigation(demo_window: MainWindow, db: Database) -> None:
    nav = demo_window.nav
    assert nav is not None
    titles = [nav.item(i).text() for i in range(nav.count())]
    assert titles[2:4] == ["院校专业", "学习进度"]  # after 工作台 and 学员
    nav.setCurrentRow(2)
    page = institutions_of(demo_window)
    assert page.isVisible()
    with db.read() as s:
        codes = sorted(s.scalars(select(Institution.code)))
    assert [
        page.institution_table.item(r, 0).text() for r in range(page.institution_table.rowCount())
    ] == codes
    nav.setCurrentRow(3)
    assert demo_window.pages["enrolments"].isVisible()


def test_an_institution_and_a_programme_with_its_course_plan(
    qtbot: QtBot, demo_window: MainWindow, db: Database
) -> None:
    page = institutions_of(demo_window)
    qtbot.mouseClick(page.add_institution_button, Qt.MouseButton.LeftButton)
    dialog = find_window(InstitutionDialog, "institutionDialog")
    qtbot.keyClicks(dialog.code_edit, "1234")
    assert "5位数字" in dialog.grid.message("code")  # checked as typed, beside the field
    qtbot.keyClicks(dialog.code_edit, "9")
    assert dialog.grid.message("code") == ""
    type_text(dialog.name_edit, "南京工业职业技术大学")
    type_text(dialog.site_edit, "江宁校区继续教育学院")
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        dialog.buttons.accepted.emit()
    wait_idle(qtbot, demo_window)
    assert page.current_institution() is not None and page.current_institution().code == "12349"

    qtbot.mouseClick(page.add_programme_button, Qt.MouseButton.LeftButton)
    form = find_window(ProgrammeDialog, "programmeDialog")
    type_text(form.name_edit, "智能制造技术")
    form.level_combo.setCurrentIndex(form.level_combo.findData("1"))  # 高起专
    form.form_combo.setCurrentIndex(form.form_combo.findData("1"))  # 成人高考
    form.length_spin.setValue(5)
    qtbot.keyClicks(form.credits_edit, "76.5")
    qtbot.keyClicks(form.tuition_edit, "3,200")
    with qtbot.waitSignal(form.finished, timeout=10_000):
        form.buttons.accepted.emit()
    wait_idle(qtbot, demo_window)
    programme = page.current_programme()
    assert programme is not None and programme.name == "智能制造技术"
    assert programme.tuition_per_year_fen == 320000 and programme.total_credits == Decimal("76.5")

    plan = page.plan
    assert plan.add_button.isEnabled() and not plan.save_button.isEnabled()
    courses = [
        (1, "高等数学（一）", "4", True, "1"),
        (1, "机械制图", "3.5", True, "2"),
        (2, "工业机器人应用", "2", False, "1"),
    ]
    for term, name, credits, required, exam in courses:
        plan.table.setCurrentIndex(plan.model.index(plan.model.rowCount() - 1, 0))
        row = plan.model.add_course(term)
        for col, value in ((NAME, name), (CREDITS, credits), (REQUIRED, required), (EXAM, exam)):
            assert plan.model.setData(plan.model.index(row, col), value)
    assert plan.save_button.isEnabled() and page.dirty_label.isVisibleTo(page)
    assert not page.programme_table.isEnabled()  # no other programme while the plan is unsaved
    assert "第1学期 2 门 7.5 学分" in plan.summary.text() and "计划合计 9.5 学分" in plan.summary.text()
    qtbot.mouseClick(plan.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, demo_window)
    with db.read() as s:
        saved = s.execute(
            select(Course.term_no, Course.name, Course.credits_x10, Course.required, Course.exam_type)
            .where(Course.programme_id == programme.id)
            .order_by(Course.term_no, Course.position)
        ).all()
    assert [tuple(r) for r in saved] == [
        (1, "高等数学(一)", 40, True, "1"),
        (1, "机械制图", 35, True, "2"),
        (2, "工业机器人应用", 20, False, "1"),
    ]
    assert not plan.model.dirty and page.programme_table.isEnabled()
    assert page.programme_table.item(0, 6).text() == "3 门 / 9.5 学分"


def test_a_plan_with_two_courses_of_one_name_is_refused_on_its_rows(
    qtbot: QtBot, demo_window: MainWindow, db: Database
) -> None:
    page = institutions_of(demo_window)
    plan = page.plan
    assert plan.programme is not None
    before = plan.model.rowCount()
    existing = plan.model.index(0, NAME).data()
    row = plan.model.add_course(1)
    plan.model.setData(plan.model.index(row, NAME), existing)
    plan.model.setData(plan.model.index(row, CREDITS), "2")
    qtbot.mouseClick(plan.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, demo_window)
    assert "重名" in plan.problems_label.text()
    assert plan.model.index(row, NAME).data(Qt.ItemDataRole.ToolTipRole)  # the row says why
    with db.read() as s:
        assert (
            len(s.scalars(select(Course.id).where(Course.programme_id == plan.programme.id)).all()) == before
        )
    qtbot.mouseClick(plan.revert_button, Qt.MouseButton.LeftButton)
    assert plan.model.rowCount() == before and not plan.model.dirty


def test_term_choices_stop_at_the_programme_length(demo_window: MainWindow) -> None:
    plan = institutions_of(demo_window).plan
    assert plan.programme is not None
    row = plan.model.add_course(1)
    plan.model.setData(plan.model.index(row, TERM), 99)
    assert plan.model.index(row, TERM).data(Qt.ItemDataRole.EditRole) == plan.programme.length_terms
    plan.revert()


def test_a_programme_with_enrolments_is_not_deleted(
    qtbot: QtBot, demo_window: MainWindow, db: Database
) -> None:
    page = institutions_of(demo_window)
    programme = page.current_programme()
    assert programme is not None and programme.enrolment_count > 0
    qtbot.mouseClick(page.delete_programme_button, Qt.MouseButton.LeftButton)
    confirm = find_window(QMessageBox, "confirmDelete")
    confirm.button(QMessageBox.StandardButton.Yes).click()
    wait_idle(qtbot, demo_window)
    refusal = find_window(QMessageBox, "messageBox")
    assert f"已有{programme.enrolment_count}个学籍，不能删除" in refusal.text()
    refusal.accept()
    with db.read() as s:
        assert s.get(Programme, programme.id) is not None
    assert row_key(page.programme_table) == programme.id


def test_a_viewer_sees_the_plan_without_edit_buttons(qtbot: QtBot, db: Database, db_path: Path) -> None:
    from dataclasses import replace

    from tests.gui.conftest import fill_demo, open_window

    fill_demo(db, 60)
    window = open_window(qtbot, db_path)
    assert window.ctx is not None and window.ctx.principal is not None
    window.ctx.principal = replace(window.ctx.principal, role="viewer")
    page = window.pages["institutions"]
    page.load()  # what the window does after a sign-in
    page = institutions_of(window)
    assert not page.add_institution_button.isVisibleTo(page)
    assert not page.plan.save_button.isVisibleTo(page)
    assert page.plan.model.rowCount() > 0 and not page.plan.model.editable
