"""The learner form: messages beside the wrong fields while typing and on saving,
a correct learner saved in one transaction, edits, and a record changed meanwhile."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from tests.conftest import VALID_IDS
from tests.gui.conftest import type_text, wait_idle

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain import Learner
from qiuxue_desktop.services.learners import update_learner
from qiuxue_desktop.views.dialogs.learner_dialog import LearnerDialog, set_code
from qiuxue_desktop.views.main_window import MainWindow


@pytest.fixture(autouse=True)
def _learners_on_screen(demo_window: MainWindow) -> None:
    """The form is used from the 学员 area (工作台 opens first)."""
    demo_window.show_area("learners")


def open_dialog(window: MainWindow, edit: bool = False) -> LearnerDialog:
    assert window.learners is not None
    action = window.commands.edit_learner if edit else window.commands.add_learner
    action.trigger()
    dialog = window.learners.findChild(LearnerDialog, "learnerDialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


def fill_required(qtbot: QtBot, d: LearnerDialog, id_number: str) -> None:
    d.name_edit.setFocus()
    type_text(d.name_edit, "张 三")
    d.id_edit.clear()
    qtbot.keyClicks(d.id_edit, id_number)
    d.phone_edit.clear()
    qtbot.keyClicks(d.phone_edit, "138 0013 8000")
    d.department_combo.setEditText("质检部")
    set_code(d.post_combo, "1")
    d.hire_edit.setDate(QDate(2015, 3, 1))
    set_code(d.hukou_type_combo, "1")
    set_code(d.education_combo, "2")


def test_wrong_fields_are_named_beside_them_while_typing(qtbot: QtBot, demo_window: MainWindow) -> None:
    d = open_dialog(demo_window)
    assert d.grid.message("phone") == ""  # a fresh form is not covered in red
    qtbot.keyClicks(d.phone_edit, "1380013800")
    assert "11位" in d.grid.message("phone")
    qtbot.keyClicks(d.id_edit, VALID_IDS[0][:-1] + "1")
    assert "校验码" in d.grid.message("id_number")
    assert d.grid.message("name") == ""  # untouched fields stay quiet until saving
    qtbot.mouseClick(d.buttons.button(d.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert "不能为空" in d.grid.message("name")
    assert "不能为空" in d.grid.message("post_category")
    assert d.isVisible()
    d.reject()


def test_a_correct_learner_is_saved_and_selected(qtbot: QtBot, demo_window: MainWindow, db: Database) -> None:
    d = open_dialog(demo_window)
    fill_required(qtbot, d, VALID_IDS[0])
    assert "女" in d.derived_label.text() and "1949-12-31" in d.derived_label.text()
    with qtbot.waitSignal(d.finished, timeout=10_000):
        d.save()
    with db.read() as s:
        row = s.execute(
            select(Learner.id, Learner.name, Learner.phone, Learner.gender).where(
                Learner.id_number == VALID_IDS[0]
            )
        ).one()
    assert row[1:] == ("张三", "13800138000", "2")  # cleaned as the importer cleans
    view = demo_window.learners
    assert view is not None
    qtbot.waitUntil(lambda: view.current_learner_id() == row[0])  # past the first page: once all is read


def test_an_id_number_already_registered_is_refused_beside_the_field(
    qtbot: QtBot, demo_window: MainWindow, db: Database
) -> None:
    with db.read() as s:
        taken, owner = s.execute(select(Learner.id_number, Learner.name).limit(1)).one()
    d = open_dialog(demo_window)
    fill_required(qtbot, d, taken)
    d.save()
    wait_idle(qtbot, demo_window)
    assert owner in d.grid.message("id_number")
    assert d.isVisible()
    d.reject()


def test_editing_with_enter_changes_the_phone(qtbot: QtBot, demo_window: MainWindow, db: Database) -> None:
    view = demo_window.learners
    assert view is not None
    view.table.setFocus()
    view.table.selectRow(1)
    learner_id = view.current_learner_id()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    d = view.findChild(LearnerDialog, "learnerDialog")
    assert d is not None and d.isVisible()
    assert "*" in d.id_edit.text() and d.id_edit.isReadOnly()
    d.phone_edit.clear()
    qtbot.keyClicks(d.phone_edit, "13912345678")
    with qtbot.waitSignal(d.finished, timeout=10_000):
        d.save()
    with db.read() as s:
        phone, version = s.execute(
            select(Learner.phone, Learner.version).where(Learner.id == learner_id)
        ).one()
    assert (phone, version) == ("13912345678", 2)


def test_a_record_changed_meanwhile_is_not_overwritten(
    qtbot: QtBot, demo_window: MainWindow, db: Database
) -> None:
    view = demo_window.learners
    assert view is not None
    view.table.selectRow(0)
    learner_id = view.current_learner_id()
    assert learner_id is not None
    d = open_dialog(demo_window, edit=True)
    with db.write() as s:  # someone else, e.g. an import on another PC
        update_learner(s, learner_id, values={"phone": "13700000000"}, expected_version=None)
    d.phone_edit.setText("13911112222")
    d.save()
    qtbot.waitUntil(lambda: d.findChild(QMessageBox) is not None, timeout=10_000)
    box = d.findChild(QMessageBox)
    assert "修改过" in box.text()
    with db.read() as s:
        assert s.scalar(select(Learner.phone).where(Learner.id == learner_id)) == "13700000000"
    reload_button = next(b for b in box.buttons() if b.text() == "重新载入")
    qtbot.mouseClick(reload_button, Qt.MouseButton.LeftButton)
    assert d.phone_edit.text() == "13700000000"
    d.reject()


def test_the_form_stays_open_while_it_is_being_saved(
    qtbot: QtBot, demo_window: MainWindow, db: Database
) -> None:
    assert demo_window.ctx is not None
    d = open_dialog(demo_window)
    fill_required(qtbot, d, VALID_IDS[2])
    gate = threading.Event()
    demo_window.ctx.runner.db(gate.wait)  # the database worker is busy with something else
    d.save()
    d.reject()  # Esc while saving: the answer still has somewhere to go
    assert d.isVisible()
    with qtbot.waitSignal(d.finished, timeout=10_000):
        gate.set()
    with db.read() as s:
        assert s.scalar(select(Learner.name).where(Learner.id_number == VALID_IDS[2])) == "张三"
