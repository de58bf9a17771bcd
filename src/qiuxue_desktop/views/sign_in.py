"""Who uses the window: the login dialog before any data is shown (when the database has
accounts), a temporary password replaced before going on, 修改我的密码, 退出登录/切换用户,
and the signed-in user in the status bar.

The main window reads its state with `read_state`, which says who is acting — or that
nobody is yet (the database has accounts). Then it calls `SignIn.ask()` and shows nothing
until `signed_in` delivers the state read as the new user.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel

from qiuxue_desktop.views.code_labels import code_label

if TYPE_CHECKING:
    from qiuxue_desktop.domain.permissions import Principal
    from qiuxue_desktop.views.main_window import MainWindow

ACCOUNTS = "accounts"  # the data-changed signal's area for accounts (views/signals.py)


class SignIn(QObject):
    signed_in = Signal(object)  # the window's DbState, read as the user who signed in
    signed_out = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.dialog: Any = None
        self._listening = False
        self.user_label = QLabel(window)
        self.user_label.setObjectName("statusUser")
        a = window.commands
        a.change_password.triggered.connect(lambda _c=False: self.change_password())
        a.sign_out.triggered.connect(lambda _c=False: self.sign_out())

    def show_user(self, principal: Principal | None) -> None:
        ctx = self._window.ctx
        if ctx is not None and not self._listening:
            ctx.signals.changed.connect(self._on_changed)
            self._listening = True
        if principal is None:
            self.user_label.setText(self.tr("未登录"))
        elif principal.local:
            self.user_label.setText(self.tr("本机用户：{name}（未设账户）").format(name=principal.username))
        else:
            self.user_label.setText(
                self.tr("当前用户：{name}（{role}）").format(
                    name=principal.display_name, role=code_label(principal.role_label)
                )
            )

    def _on_changed(self, area: str) -> None:
        """The first account was just added by the one local user: from now on everyone signs in."""
        from qiuxue_desktop.views.main_window import read_state

        ctx = self._window.ctx
        if area == ACCOUNTS and ctx is not None and ctx.principal is not None and ctx.principal.local:
            ctx.runner.db(read_state, ctx.database, on_done=self.signed_in.emit)

    def ask(self) -> None:
        """Show the login dialog (once); the window shows no data meanwhile."""
        from qiuxue_desktop.views.dialogs.login_dialog import LoginDialog

        if self.dialog is not None:
            return
        ctx = self._window.ctx
        assert ctx is not None
        self.show_user(None)
        dialog = LoginDialog(ctx, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.signed_in.connect(self._after_password)
        dialog.rejected.connect(self._window.close)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def _after_password(self, principal: Principal) -> None:
        if principal.must_change_password:
            self.change_password(required=True)
        else:
            self._read_as(principal)

    def _read_as(self, principal: Principal) -> None:
        from qiuxue_desktop.views.main_window import read_state

        ctx = self._window.ctx
        assert ctx is not None
        ctx.database.principal = principal
        ctx.runner.db(read_state, ctx.database, on_done=self.signed_in.emit)

    def change_password(self, *, required: bool = False) -> None:
        from qiuxue_desktop.views.dialogs.login_dialog import ChangePasswordDialog

        ctx = self._window.ctx
        assert ctx is not None
        dialog = ChangePasswordDialog(ctx, required, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._read_as)
        if required:
            dialog.rejected.connect(self.sign_out)
        dialog.open()

    def sign_out(self) -> None:
        """退出登录: recorded, the data hidden, the login dialog shown for the next person."""
        from qiuxue_desktop.services.auth import sign_out

        ctx = self._window.ctx
        assert ctx is not None
        self.signed_out.emit()  # the window hides its data before the database forgets the user
        ctx.runner.db(sign_out, ctx.database)
