"""Accounts in the window: the login dialog before any data, refusals shown in it, a temporary
password replaced first, actions and tabs by role, the 账户 tab, the 审计日志 tab's filters and
chain check, signing out."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from tests.gui.conftest import fill_demo, wait_idle

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.services import accounts
from qiuxue_desktop.views.dialogs.login_dialog import ChangePasswordDialog, LoginDialog
from qiuxue_desktop.views.main_window import MainWindow

PASSWORD = "Correct-horse-9"


@pytest.fixture
def office(db: Database) -> Database:
    """300 demo learners, an admin, a coordinator and a viewer (passwords already their own)."""
    fill_demo(db, 300)
    with db.write() as s:
        for name, role in (("boss", "admin"), ("hr", "coordinator"), ("look", "viewer")):
            accounts.add_user(
                s,
                username=name,
                display_name=f"{name}名",
                role=role,
                password=PASSWORD,
                must_change_password=False,
            )
    return db


def start(qtbot: QtBot, db_path: Path) -> MainWindow:
    window = MainWindow(str(db_path))
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: isinstance(window.sign_in.dialog, LoginDialog), timeout=20_000)
    return window


def log_in(qtbot: QtBot, window: MainWindow, user: str, password: str = PASSWORD) -> None:
    dialog = window.sign_in.dialog
    assert isinstance(dialog, LoginDialog)
    dialog.user_edit.setText(user)
    dialog.password_edit.setText(password)
    with qtbot.waitSignal(window.sign_in.signed_in, timeout=20_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_idle(qtbot, window)


def test_nothing_is_shown_before_signing_in_and_a_refusal_stays_in_the_dialog(
    qtbot: QtBot, office: Database, db_path: Path
) -> None:
    window = start(qtbot, db_path)
    assert window.stack.currentWidget() is window.loading
    assert window.learners is not None and window.learners.model is None  # no learner was read
    assert window.sign_in.user_label.text() == "未登录"
    dialog = window.sign_in.dialog
    assert isinstance(dialog, LoginDialog)
    dialog.user_edit.setText("hr")
    dialog.password_edit.setText("wrong-password")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.message.text().startswith("密码错误"))
    assert dialog.message.text() == "密码错误（再错 4 次账户将被锁定 15 分钟）。"
    assert dialog.isVisible() and dialog.password_edit.text() == ""
    assert window.stack.currentWidget() is window.loading
    # After four failures, the last one just now, the next attempt must wait 8 s (stored times).
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    with office.engine.begin() as conn:
        conn.execute(
            text("UPDATE user_account SET failed_attempts = 4, last_failed_at = :t WHERE username = 'hr'"),
            {"t": now},
        )
    dialog.password_edit.setText(PASSWORD)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: "请等待" in dialog.message.text(), timeout=10_000)
    assert dialog.isVisible() and window.stack.currentWidget() is window.loading
    with office.engine.begin() as conn:  # …the wait is over
        conn.execute(
            text("UPDATE user_account SET last_failed_at = :t WHERE username = 'hr'"),
            {"t": now - dt.timedelta(seconds=9)},
        )
    log_in(qtbot, window, "hr")
    assert window.stack.currentWidget() is window.workspace
    assert window.learners.model is not None and window.learners.model.rowCount() == 300
    assert window.sign_in.user_label.text() == "当前用户：hr名（培训专员）"


def test_a_viewer_sees_no_editing_actions_and_no_accounts_tab(
    qtbot: QtBot, office: Database, db_path: Path
) -> None:
    window = start(qtbot, db_path)
    log_in(qtbot, window, "look")
    a = window.commands
    for action in (a.import_roster, a.export_roster, a.add_learner, a.edit_learner, a.mark_left, a.reveal_id):
        assert not action.isVisible() and not action.isEnabled()
    assert a.save_template.isVisible() and a.sign_out.isVisible() and a.change_password.isVisible()
    settings = window.pages["settings"]
    tabs = {settings.tabs[i].key: settings.isTabVisible(i) for i in range(settings.count())}  # type: ignore[attr-defined]
    assert tabs["accounts"] is False and tabs["audit"] is True and tabs["enterprise"] is True
    enterprise = settings.page("enterprise")  # type: ignore[attr-defined]
    assert enterprise.name_edit.isReadOnly() and not enterprise.save_button.isVisibleTo(enterprise)
    # A double-click edits nothing for a viewer.
    view = window.learners
    assert view is not None
    view.table.selectRow(0)
    view.edit_learner()
    from qiuxue_desktop.views.dialogs.learner_dialog import LearnerDialog

    assert window.findChild(LearnerDialog) is None


def test_signing_out_hides_the_data_and_the_next_person_signs_in(
    qtbot: QtBot, office: Database, db_path: Path
) -> None:
    window = start(qtbot, db_path)
    log_in(qtbot, window, "look")
    with qtbot.waitSignal(window.sign_in.signed_out, timeout=20_000):
        window.commands.sign_out.trigger()
    assert window.stack.currentWidget() is window.loading
    qtbot.waitUntil(lambda: isinstance(window.sign_in.dialog, LoginDialog))
    log_in(qtbot, window, "boss")
    a = window.commands
    assert all(x.isVisible() for x in (a.import_roster, a.export_roster, a.add_learner, a.reveal_id))
    assert window.sign_in.user_label.text() == "当前用户：boss名（管理员）"
    with office.read() as s:
        actions = s.execute(
            text("SELECT actor, action FROM audit_entry WHERE action IN ('login', 'logout')")
        ).all()
    assert [tuple(r) for r in actions] == [("look", "login"), ("look", "logout"), ("boss", "login")]


def test_a_temporary_password_must_be_replaced_before_any_data(
    qtbot: QtBot, office: Database, db_path: Path
) -> None:
    from qiuxue_desktop.domain.permissions import Principal

    office.principal = Principal("boss", "boss", "admin")
    with office.write() as s:
        accounts.reset_password(s, "hr", "Temporary-123")
    office.principal = None
    window = start(qtbot, db_path)
    dialog = window.sign_in.dialog
    assert isinstance(dialog, LoginDialog)
    dialog.user_edit.setText("hr")
    dialog.password_edit.setText("Temporary-123")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: window.findChild(ChangePasswordDialog) is not None, timeout=20_000)
    change = window.findChild(ChangePasswordDialog)
    assert change is not None and window.stack.currentWidget() is window.loading
    change.old_edit.setText("Temporary-123")
    change.new_edit.setText("My-own-password")
    change.again_edit.setText("My-own-passwort")
    change.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert change.message.text() == "两次输入的新密码不一致。"
    change.again_edit.setText("My-own-password")
    with qtbot.waitSignal(window.sign_in.signed_in, timeout=20_000):
        change.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_idle(qtbot, window)
    assert window.stack.currentWidget() is window.workspace
    assert window.ctx is not None and window.ctx.principal is not None
    assert not window.ctx.principal.must_change_password


def test_the_accounts_tab_adds_resets_and_deactivates(qtbot: QtBot, office: Database, db_path: Path) -> None:
    from qiuxue_desktop.views.dialogs.account_dialogs import AddAccountDialog, TemporaryPasswordDialog

    window = start(qtbot, db_path)
    log_in(qtbot, window, "boss")
    window.show_area("settings")
    settings = window.pages["settings"]
    settings.show_tab("accounts")  # type: ignore[attr-defined]
    page = settings.page("accounts")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.table.rowCount() == 3)
    assert [page.table.item(r, 2).text() for r in range(3)] == ["管理员", "培训专员", "查看"]

    page.add_account()
    add = window.findChild(AddAccountDialog)
    assert add is not None
    add.username_edit.setText("cw")
    add.display_edit.setText("财务小王")
    add.role.setCurrentIndex(add.role.findData("finance"))
    add.password.setText("Temp-pass-1")
    add.again.setText("Temp-pass-1")
    add.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: page.table.rowCount() == 4, timeout=10_000)
    row = [page.table.item(r, 0).text() for r in range(4)].index("cw")
    assert page.table.item(row, 2).text() == "财务" and "待改临时密码" in page.table.item(row, 3).text()

    page.select("look")
    assert page.deactivate_button.isEnabled() and not page.activate_button.isEnabled()
    qtbot.mouseClick(page.deactivate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.activate_button.isEnabled(), timeout=10_000)
    assert "已停用" in page.table.item([u.username for u in page._users].index("look"), 3).text()

    page.select("hr")
    page.reset_password()
    reset = window.findChild(TemporaryPasswordDialog)
    assert reset is not None
    reset.password.setText("Temp-pass-2")
    reset.again.setText("Temp-pass-2")
    reset.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: "待改临时密码" in page.table.item(1, 3).text(), timeout=10_000)

    # The admin cannot demote themselves when they are the only admin: the refusal is shown.
    from qiuxue_desktop.views.dialogs.account_dialogs import RoleDialog

    page.select("boss")
    page.change_role()
    role = window.findChild(RoleDialog)
    assert role is not None
    role.role.setCurrentIndex(role.role.findData("viewer"))
    role.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: "唯一启用的管理员" in role.message.text(), timeout=10_000)


def test_the_audit_tab_filters_and_checks_the_chain(qtbot: QtBot, office: Database, db_path: Path) -> None:
    window = start(qtbot, db_path)
    log_in(qtbot, window, "hr")
    view = window.learners
    assert view is not None and view.model is not None
    view.table.selectRow(0)
    window.commands.reveal_id.trigger()
    wait_idle(qtbot, window)
    with office.read() as s:
        learner_record = s.execute(
            text("SELECT record_key FROM audit_entry WHERE action = 'reveal'")
        ).scalar_one()

    window.show_area("settings")
    settings = window.pages["settings"]
    settings.show_tab("audit")  # type: ignore[attr-defined]
    page = settings.page("audit")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.model is not None)
    everything = page.model.rowCount()
    assert everything > 300  # the demo's learners, the accounts, the sign-in, the reveal

    page.actor_combo.setCurrentIndex(page.actor_combo.findData("hr"))
    assert [page.model.index(r, 3).data() for r in range(page.model.rowCount())] == [
        "查看完整身份证号",
        "登录",
    ]
    page.actor_combo.setCurrentIndex(0)
    page.record_edit.setText(learner_record[:8])
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5_000)  # the insert and the reveal
    page.table.selectRow(1)
    assert "身份证号：" in page.detail.toPlainText() and "***********" in page.detail.toPlainText()
    page.record_edit.clear()
    page.apply_filter()
    page.until_edit.setDate(QDate.currentDate().addDays(-2))
    assert page.model.rowCount() == 0 and page.count_label.text() == "共 0 条"
    page.until_edit.setDate(page.until_edit.minimumDate())
    assert page.model.rowCount() == everything

    page.verify_button.click()
    qtbot.waitUntil(lambda: page.verify_label.text().startswith("审计日志完整"), timeout=20_000)
    with office.engine.begin() as conn:
        conn.execute(text("UPDATE audit_entry SET detail = 'x' WHERE id = 5"))
    page.verify_button.click()
    qtbot.waitUntil(lambda: "第 5 条" in page.verify_label.text(), timeout=20_000)


def test_without_accounts_there_is_no_login(qtbot: QtBot, demo_window: MainWindow) -> None:
    assert demo_window.sign_in.dialog is None
    assert demo_window.sign_in.user_label.text().startswith("本机用户：")
    a = demo_window.commands
    assert not a.sign_out.isVisible() and not a.change_password.isVisible()
    assert a.import_roster.isVisible() and a.reveal_id.isVisible()


def test_the_first_account_turns_on_signing_in(qtbot: QtBot, demo_window: MainWindow, db: Database) -> None:
    from qiuxue_desktop.views.dialogs.account_dialogs import AddAccountDialog

    demo_window.show_area("settings")
    settings = demo_window.pages["settings"]
    settings.show_tab("accounts")  # type: ignore[attr-defined]
    page = settings.page("accounts")  # type: ignore[attr-defined]
    assert page.local_note.isVisible() and page.table.rowCount() == 0
    page.add_account()
    add = demo_window.findChild(AddAccountDialog)
    assert add is not None and add.role.currentData() == "admin"
    add.username_edit.setText("boss")
    add.password.setText(PASSWORD)
    add.again.setText(PASSWORD)
    add.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: isinstance(demo_window.sign_in.dialog, LoginDialog), timeout=20_000)
    assert demo_window.stack.currentWidget() is demo_window.loading
    log_in(qtbot, demo_window, "boss")
    assert demo_window.stack.currentWidget() is demo_window.workspace
    assert demo_window.sign_in.user_label.text() == "当前用户：boss（管理员）"
