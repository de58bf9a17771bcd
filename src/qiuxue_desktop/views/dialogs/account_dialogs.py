"""An administrator's dialogs on the 账户 tab: add an account, set a temporary password,
change a role. The admin types a temporary password and never sees anyone's own."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from qiuxue_desktop.domain.permissions import ROLE_LABELS, Role
from qiuxue_desktop.views.code_labels import code_label
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.dialogs.login_dialog import WorkerDialog, password_edit
from qiuxue_desktop.views.widgets.field_grid import FieldGrid

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def role_combo(parent: QWidget, current: str | None = None) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName("roleCombo")
    for role in Role:
        combo.addItem(code_label(ROLE_LABELS[role]), role.value)
    if current is not None:
        combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


class _AccountDialog(WorkerDialog):
    completed = Signal()

    def _layout(self, intro: str, grid: FieldGrid, ok: str) -> None:
        label = QLabel(intro, self)
        label.setWordWrap(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def _run(self, change: Callable[[Session], None]) -> None:
        db = self._ctx.database

        def work() -> None:
            with db.write() as session:
                change(session)

        self.buttons.setEnabled(False)
        self._ctx.runner.db(work, on_done=self._finished, on_error=self._refused)

    def _finished(self, _result: None) -> None:
        self.buttons.setEnabled(True)
        self.completed.emit()
        self.accept()

    def _passwords(self, first: QLineEdit, again: QLineEdit) -> str | None:
        if first.text() != again.text():
            self.message.setText(self.tr("两次输入的密码不一致。"))
            return None
        return first.text()


class AddAccountDialog(_AccountDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("addAccountDialog")
        self.setWindowTitle(self.tr("添加账户"))
        self.username_edit = QLineEdit(self)
        self.username_edit.setObjectName("newUsername")
        self.display_edit = QLineEdit(self)
        self.display_edit.setObjectName("newDisplayName")
        self.role = role_combo(self, Role.COORDINATOR.value)
        self.password = password_edit(self, "newTemporaryPassword")
        self.again = password_edit(self, "newTemporaryPasswordAgain")
        grid = FieldGrid()
        grid.add_row("username", self.tr("用户名"), self.username_edit, required=True)
        grid.add_row("display_name", self.tr("姓名"), self.display_edit)
        grid.add_row("role", self.tr("角色"), self.role, required=True)
        grid.add_row("password", self.tr("临时密码"), self.password, required=True)
        grid.add_row("again", self.tr("再输入一次"), self.again, required=True)
        self._layout(
            self.tr("新账户先用临时密码登录，登录时必须改成自己的密码。请把临时密码当面告诉同事。"),
            grid,
            self.tr("添加"),
        )

    def submit(self) -> None:
        from qiuxue_desktop.services.accounts import add_user

        password = self._passwords(self.password, self.again)
        if password is None:
            return
        username, display, role = (
            self.username_edit.text(),
            self.display_edit.text(),
            str(self.role.currentData()),
        )

        def add(session: Session) -> None:
            add_user(session, username=username, display_name=display, role=role, password=password)

        self._run(add)


class TemporaryPasswordDialog(_AccountDialog):
    def __init__(self, ctx: AppContext, username: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("resetPasswordDialog")
        self.setWindowTitle(self.tr("重置密码"))
        self._username = username
        self.password = password_edit(self, "temporaryPassword")
        self.again = password_edit(self, "temporaryPasswordAgain")
        grid = FieldGrid()
        grid.add_row("password", self.tr("临时密码"), self.password, required=True)
        grid.add_row("again", self.tr("再输入一次"), self.again, required=True)
        self._layout(
            self.tr("为“{name}”设置临时密码：账户同时解锁，下次登录时必须改成自己的密码。").format(
                name=username
            ),
            grid,
            self.tr("重置"),
        )

    def submit(self) -> None:
        from qiuxue_desktop.services.accounts import reset_password

        password = self._passwords(self.password, self.again)
        if password is not None:
            username = self._username
            self._run(lambda s: reset_password(s, username, password))


class RoleDialog(_AccountDialog):
    def __init__(self, ctx: AppContext, username: str, role: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("roleDialog")
        self.setWindowTitle(self.tr("修改角色"))
        self._username = username
        self.role = role_combo(self, role)
        grid = FieldGrid()
        grid.add_row("role", self.tr("角色"), self.role, required=True)
        self._layout(self.tr("“{name}”的角色决定能做哪些操作。").format(name=username), grid, self.tr("保存"))

    def submit(self) -> None:
        from qiuxue_desktop.services.accounts import set_role

        username, role = self._username, str(self.role.currentData())
        self._run(lambda s: set_role(s, username, role))
