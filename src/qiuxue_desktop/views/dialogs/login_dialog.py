"""Signing in (when the database has accounts) and changing one's own password.

The password is checked on the database worker (argon2id takes a few tens of ms);
a refusal — wrong password, a wait after failures, a locked account — is shown in
the dialog as the service's one sentence, and the dialog stays open.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from qiuxue_desktop.errors import KnownError
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.settings_store import app_settings
from qiuxue_desktop.views.widgets.field_grid import FieldGrid

_LAST_USER = "login/last_user"


def password_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class WorkerDialog(QDialog):
    """A dialog whose OK runs on the database worker; the message label shows a refusal."""

    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.message = QLabel(self)
        self.message.setObjectName("dialogMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def submit(self) -> None:
        raise NotImplementedError

    def reject(self) -> None:
        if self.buttons.isEnabled():  # not while the worker checks the password
            super().reject()

    def _refused(self, exc: BaseException) -> bool:
        self.buttons.setEnabled(True)
        if isinstance(exc, KnownError):
            self.message.setText(exc.message)
            return True
        return False


class LoginDialog(WorkerDialog):
    """登录: user name and password; emits `signed_in(principal)` and closes once accepted."""

    signed_in = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("登录 — 求学圆梦 桌面版"))
        intro = QLabel(self.tr("这个数据库已启用账户：请用您的账户登录。忘记密码请找管理员重置。"), self)
        intro.setWordWrap(True)
        self.user_edit = QLineEdit(self)
        self.user_edit.setObjectName("loginUser")
        last = app_settings().value(_LAST_USER)
        if isinstance(last, str):
            self.user_edit.setText(last)
        self.password_edit = password_edit(self, "loginPassword")
        grid = FieldGrid()
        grid.add_row("username", self.tr("用户名"), self.user_edit)
        grid.add_row("password", self.tr("密码"), self.password_edit)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登录"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出程序"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        (self.password_edit if self.user_edit.text() else self.user_edit).setFocus()

    def submit(self) -> None:
        from qiuxue_desktop.services.auth import sign_in

        username, password = self.user_edit.text().strip(), self.password_edit.text()
        if not username or not password:
            self.message.setText(self.tr("请输入用户名和密码。"))
            return
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("正在核对……"))
        self._ctx.runner.db(
            sign_in, self._ctx.database, username, password, on_done=self._done, on_error=self._failed
        )

    def _failed(self, exc: BaseException) -> bool:
        self.password_edit.clear()
        self.password_edit.setFocus()
        return self._refused(exc)

    def _done(self, principal: object) -> None:
        settings = app_settings()
        settings.setValue(_LAST_USER, self.user_edit.text().strip())
        settings.sync()
        self.buttons.setEnabled(True)
        self.signed_in.emit(principal)
        self.accept()


class ChangePasswordDialog(WorkerDialog):
    """修改密码: the current password and the new one twice. `required`: after an admin's reset."""

    changed = Signal(object)  # the principal, no longer required to change

    def __init__(self, ctx: AppContext, required: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("修改密码"))
        text = (
            self.tr("管理员为您设置了临时密码。请先设置只有您自己知道的新密码（至少 8 个字符）。")
            if required
            else self.tr("新密码至少 8 个字符。")
        )
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        self.old_edit = password_edit(self, "oldPassword")
        self.new_edit = password_edit(self, "newPassword")
        self.again_edit = password_edit(self, "newPasswordAgain")
        grid = FieldGrid()
        grid.add_row("old", self.tr("原密码"), self.old_edit)
        grid.add_row("new", self.tr("新密码"), self.new_edit)
        grid.add_row("again", self.tr("再输入一次"), self.again_edit)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("修改密码"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("退出登录") if required else self.tr("取消")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def submit(self) -> None:
        from qiuxue_desktop.services.auth import change_own_password

        old, new = self.old_edit.text(), self.new_edit.text()
        if new != self.again_edit.text():
            self.message.setText(self.tr("两次输入的新密码不一致。"))
            return
        db = self._ctx.database

        def work() -> object:
            with db.write() as session:
                principal = change_own_password(session, old, new)
            db.principal = principal
            return principal

        self.buttons.setEnabled(False)
        self._ctx.runner.db(work, on_done=self._done, on_error=self._refused)

    def _done(self, principal: object) -> None:
        self.buttons.setEnabled(True)
        self.changed.emit(principal)
        self.accept()
