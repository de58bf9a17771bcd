"""The 账户 tab (administrators): the accounts with their role and state, and the admin's
acts — add, reset a password, change a role, unlock, deactivate and reactivate."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qiuxue_desktop.views.code_labels import QT_TRANSLATE_NOOP, code_label
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.settings import SettingsTab

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from qiuxue_desktop.services.accounts import UserInfo

HEADERS = (
    QT_TRANSLATE_NOOP("AccountsPage", "用户名"),
    QT_TRANSLATE_NOOP("AccountsPage", "姓名"),
    QT_TRANSLATE_NOOP("AccountsPage", "角色"),
    QT_TRANSLATE_NOOP("AccountsPage", "状态"),
    QT_TRANSLATE_NOOP("AccountsPage", "最近登录"),
)


class AccountsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountsPage")
        self._ctx = ctx
        self._users: list[UserInfo] = []
        intro = QLabel(
            self.tr(
                "每位同事用自己的账户登录，按角色只能做各自的工作；所有操作都记入审计日志。"
                "管理员只能设置临时密码，看不到任何人的密码。"
            ),
            self,
        )
        intro.setWordWrap(True)
        self.local_note = QLabel(
            self.tr(
                "现在这个数据库还没有账户（一人一机）。添加的第一个账户必须是管理员；"
                "添加之后，每个人都要用自己的账户登录。"
            ),
            self,
        )
        self.local_note.setObjectName("accountsLocalNote")
        self.local_note.setWordWrap(True)
        self.local_note.setStyleSheet("color: #8a5300;")
        self.local_note.hide()
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setObjectName("accountsTable")
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.add_button = self._button("addAccount", self.tr("添加账户…"), self.add_account)
        self.reset_button = self._button("resetPassword", self.tr("重置密码…"), self.reset_password)
        self.role_button = self._button("changeRole", self.tr("修改角色…"), self.change_role)
        self.unlock_button = self._button("unlockAccount", self.tr("解除锁定"), self.unlock)
        self.deactivate_button = self._button(
            "deactivateAccount", self.tr("停用"), lambda: self.set_active(False)
        )
        self.activate_button = self._button(
            "activateAccount", self.tr("重新启用"), lambda: self.set_active(True)
        )
        buttons = QHBoxLayout()
        for b in (
            self.add_button,
            self.reset_button,
            self.role_button,
            self.unlock_button,
            self.deactivate_button,
            self.activate_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.local_note)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # --- reading --------------------------------------------------------------------------

    def load(self) -> None:
        from qiuxue_desktop.domain.base import utcnow
        from qiuxue_desktop.domain.permissions import Permission
        from qiuxue_desktop.services.accounts import list_users
        from qiuxue_desktop.services.audit import LOCAL_TIME

        if not self._ctx.may(Permission.MANAGE_ACCOUNTS):
            return
        local = self._ctx.principal is not None and self._ctx.principal.local
        self.local_note.setVisible(local)
        keep = self.selected()
        with self._ctx.database.read() as session:
            self._users = list_users(session)
        now = utcnow()
        self.table.setRowCount(len(self._users))
        for row, u in enumerate(self._users):
            state = self.tr("启用") if u.active else self.tr("已停用")
            if u.locked(now) and u.locked_until is not None:
                state += self.tr("，锁定到 {time}").format(
                    time=u.locked_until.astimezone(LOCAL_TIME).strftime("%H:%M")
                )
            if u.must_change_password:
                state += self.tr("，待改临时密码")
            last = (
                u.last_login_at.astimezone(LOCAL_TIME).strftime("%Y-%m-%d %H:%M") if u.last_login_at else "—"
            )
            for col, text in enumerate((u.username, u.display_name, code_label(u.role_label), state, last)):
                item = QTableWidgetItem(text)
                if not u.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, col, item)
        if keep is not None:
            self.select(keep)
        self._update_buttons()

    def selected(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self._users[rows[0].row()].username if rows else None

    def select(self, username: str) -> None:
        for row, u in enumerate(self._users):
            if u.username == username:
                self.table.selectRow(row)

    def _selected_user(self) -> UserInfo | None:
        name = self.selected()
        return next((u for u in self._users if u.username == name), None)

    def _update_buttons(self) -> None:
        from qiuxue_desktop.domain.base import utcnow

        user = self._selected_user()
        for b in (self.reset_button, self.role_button):
            b.setEnabled(user is not None)
        self.unlock_button.setEnabled(user is not None and user.locked(utcnow()))
        self.deactivate_button.setEnabled(user is not None and user.active)
        self.activate_button.setEnabled(user is not None and not user.active)

    # --- the admin's acts -----------------------------------------------------------------

    def _changed(self) -> None:
        from qiuxue_desktop.views.sign_in import ACCOUNTS

        principal = self._ctx.principal
        if principal is None or not principal.local:
            self.load()
        self._ctx.signals.changed.emit(ACCOUNTS)  # after the first account, the window asks to sign in

    def _open(self, dialog: object) -> None:
        from PySide6.QtWidgets import QDialog

        assert isinstance(dialog, QDialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.completed.connect(self._changed)  # type: ignore[attr-defined]
        dialog.open()

    def add_account(self) -> None:
        from qiuxue_desktop.views.dialogs.account_dialogs import AddAccountDialog

        dialog = AddAccountDialog(self._ctx, self)
        if self._ctx.principal is not None and self._ctx.principal.local:  # the first must be an admin
            dialog.role.setCurrentIndex(dialog.role.findData("admin"))
        self._open(dialog)

    def reset_password(self) -> None:
        from qiuxue_desktop.views.dialogs.account_dialogs import TemporaryPasswordDialog

        user = self._selected_user()
        if user is not None:
            self._open(TemporaryPasswordDialog(self._ctx, user.username, self))

    def change_role(self) -> None:
        from qiuxue_desktop.views.dialogs.account_dialogs import RoleDialog

        user = self._selected_user()
        if user is not None:
            self._open(RoleDialog(self._ctx, user.username, user.role, self))

    def _act(self, change: Callable[[Session], None]) -> None:
        db = self._ctx.database

        def work() -> None:
            with db.write() as session:
                change(session)

        self._ctx.runner.db(work, on_done=lambda _r: self._changed())

    def unlock(self) -> None:
        from qiuxue_desktop.services.accounts import unlock

        user = self._selected_user()
        if user is not None:
            name = user.username
            self._act(lambda s: unlock(s, name))

    def set_active(self, active: bool) -> None:
        from qiuxue_desktop.services.accounts import set_active

        user = self._selected_user()
        if user is not None:
            name = user.username
            self._act(lambda s: set_active(s, name, active))


def _build(ctx: AppContext, parent: QWidget) -> QWidget:
    return AccountsPage(ctx, parent)


TAB = SettingsTab(
    "accounts",
    QT_TRANSLATE_NOOP("SettingsPage", "账户"),
    _build,
    permission="manage_accounts",
    order=20,
    lazy=True,
)
