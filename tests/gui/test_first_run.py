"""The guided start on an empty database, end to end in the window: the enterprise (its credit
code checked as typed), an administrator account if wanted, then the demo data, a roster
imported through the import dialog, or starting empty — and what the next start shows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from tests.conftest import VALID_USCC
from tests.gui.conftest import open_window, type_text, wait_idle
from tests.gui.test_import_dialog import new_rows, write_roster

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain import Enterprise, Learner
from qiuxue_desktop.domain.accounts import User
from qiuxue_desktop.domain.audit import AuditEntry
from qiuxue_desktop.views.dialogs.import_dialog import ImportDialog
from qiuxue_desktop.views.dialogs.login_dialog import LoginDialog
from qiuxue_desktop.views.main_window import MainWindow

PASSWORD = "Correct-horse-9"


def fill_enterprise(qtbot: QtBot, window: MainWindow) -> None:
    page = window.first_run_page
    assert window.stack.currentWidget() is page
    page.name_edit.setFocus()
    type_text(page.name_edit, "福州某某机械有限公司")
    page.uscc_edit.setFocus()
    qtbot.keyClicks(page.uscc_edit, VALID_USCC[:-1] + "0")  # a wrong check character
    assert "校验" in page.grid.message("uscc")
    page.uscc_edit.clear()
    qtbot.keyClicks(page.uscc_edit, VALID_USCC)
    assert page.grid.message("uscc") == ""
    page.short_edit.setText("FZJX")


def count(db: Database, model: type) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_enterprise_and_admin_then_the_demo_data_and_the_next_start_asks_to_sign_in(
    qtbot: QtBot, window: MainWindow, db: Database, db_path: Path
) -> None:
    page = window.first_run_page
    fill_enterprise(qtbot, window)
    page.admin_box.setChecked(True)
    page.username_edit.setText("wangfang")
    type_text(page.display_edit, "王芳")
    page.password_edit.setText(PASSWORD)
    page.again_edit.setText(PASSWORD + "x")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert page.admin_grid.message("password_again") == "两次输入的密码不一致"
    assert count(db, Enterprise) == 0 and count(db, User) == 0  # nothing written
    page.again_edit.setText(PASSWORD)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.step2.isEnabled(), timeout=20_000)
    wait_idle(qtbot, window)
    with db.read() as s:
        user = s.scalar(select(User))
        assert user is not None and (user.username, user.display_name, user.role) == (
            "wangfang",
            "王芳",
            "admin",
        )
        assert not user.must_change_password
        actor = s.scalar(select(AuditEntry.actor).where(AuditEntry.table_name == "enterprise"))
    assert actor == "wangfang"  # the enterprise is the new administrator's first act
    assert window.sign_in.user_label.text() == "当前用户：王芳（管理员）"
    assert page.password_edit.text() == "" and page.again_edit.text() == ""
    assert not page.admin_box.isVisible() and "福州某某机械有限公司" in page.done_label.text()

    page.demo_count.setValue(30)
    qtbot.mouseClick(page.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=60_000)
    wait_idle(qtbot, window)
    assert window.learners is not None and window.learners.model is not None
    assert window.learners.model.rowCount() == 30 == count(db, Learner)
    window.close()

    again = MainWindow(str(db_path))
    qtbot.addWidget(again)
    again.show()
    again.start()
    qtbot.waitUntil(lambda: isinstance(again.sign_in.dialog, LoginDialog), timeout=20_000)
    dialog = again.sign_in.dialog
    dialog.user_edit.setText("wangfang")
    dialog.password_edit.setText(PASSWORD)
    with qtbot.waitSignal(again.sign_in.signed_in, timeout=20_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_idle(qtbot, again)
    assert again.stack.currentWidget() is again.workspace


def test_a_roster_imported_from_the_guided_start(
    qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.first_run_page
    fill_enterprise(qtbot, window)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.step2.isEnabled(), timeout=20_000)
    assert window.sign_in.user_label.text().startswith("本机用户")  # no account: nobody signs in
    roster = write_roster(tmp_path / "职工花名册.xlsx", new_rows(12, department="装配车间"))
    # the file chooser is the system's own dialog: it answers with the workbook
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(roster), ""))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(ImportDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20_000)
    assert dialog.summary_label.text() == "新增 12 人，更新 0 人，不变 0 人"
    with qtbot.waitSignal(dialog.finished, timeout=30_000):
        dialog.import_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=20_000)
    assert count(db, Learner) == 12
    assert window.counts_label.text() == "学员 12 人：在职 12，离职 0"


def test_starting_empty_is_remembered(qtbot: QtBot, window: MainWindow, db: Database, db_path: Path) -> None:
    page = window.first_run_page
    fill_enterprise(qtbot, window)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.step2.isEnabled(), timeout=20_000)
    qtbot.mouseClick(page.empty_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=20_000)
    assert window.counts_label.text() == "学员 0 人：在职 0，离职 0"
    assert window.window_commands.search_everywhere.isEnabled()
    window.close()
    again = open_window(qtbot, db_path)
    assert again.stack.currentWidget() is again.workspace  # not the guided start again
