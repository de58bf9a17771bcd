"""The 平台连接 tab of 系统设置: the provincial platform's address and the enterprise's token
for 数据上报 → 在线上报, and after how many days without a receipt 数据上报 warns.

The token field is masked and never filled from the database: a saved token is shown as
"已保存" only (sync/connection.py keeps it encrypted under this PC's key; the window never
holds it). Typing a new one and 保存 replaces it; 清除令牌 removes it. Shown to the roles that
report (Permission.SYNC); changing it takes the right to edit the enterprise, like every setting.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from qiuxue_desktop.views import signals
from qiuxue_desktop.views.code_labels import QT_TRANSLATE_NOOP
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.error_box import show_error
from qiuxue_desktop.views.settings import SettingsTab
from qiuxue_desktop.views.style import ERROR_COLOR

if TYPE_CHECKING:
    from qiuxue_desktop.db.engine import Database

MAX_WARN_DAYS = 365
FORM_WIDTH = 760


@dataclass(frozen=True, slots=True)
class PlatformSettings:
    """What the tab shows: never the token itself."""

    url: str
    token_state: str  # sync.connection.TokenState values
    warn_days: int


def read_platform_settings(db: Database) -> PlatformSettings:
    from qiuxue_desktop.sync.connection import platform_connection
    from qiuxue_desktop.sync.status import receipt_warn_days

    with db.read() as s:
        connection = platform_connection(s)
        return PlatformSettings(connection.url, connection.state.value, receipt_warn_days(s))


def save_platform_settings(db: Database, url: str, token: str | None, warn_days: int) -> None:
    from qiuxue_desktop.services.settings import set_setting
    from qiuxue_desktop.sync.connection import save_platform_connection
    from qiuxue_desktop.sync.status import RECEIPT_WARN_DAYS, RECEIPT_WARN_KEY

    with db.write() as s:
        save_platform_connection(s, url=url, token=token)
        set_setting(s, RECEIPT_WARN_KEY, "" if warn_days == RECEIPT_WARN_DAYS else str(warn_days))


class PlatformTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("platformSettings")
        self._ctx = ctx
        self.settings: PlatformSettings | None = None

        self.url_edit = QLineEdit(self)
        self.url_edit.setObjectName("platformUrl")
        self.url_edit.setPlaceholderText(self.tr("如 https://qxym.example.gov.cn"))
        self.token_edit = QLineEdit(self)
        self.token_edit.setObjectName("platformToken")
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setClearButtonEnabled(True)
        self.token_state = QLabel(self)
        self.token_state.setObjectName("platformTokenState")
        self.clear_token = QPushButton(self.tr("清除令牌"), self)
        self.clear_token.setObjectName("clearPlatformToken")
        token_row = QHBoxLayout()
        token_row.addWidget(self.token_edit, 1)
        token_row.addWidget(self.clear_token)
        self.warn_days = QSpinBox(self)
        self.warn_days.setObjectName("receiptWarnDays")
        self.warn_days.setRange(1, MAX_WARN_DAYS)
        self.warn_days.setSuffix(self.tr(" 天"))
        self.save_button = QPushButton(self.tr("保存"), self)
        self.save_button.setObjectName("savePlatform")
        self.message = QLabel(self)
        self.message.setObjectName("platformMessage")
        self.message.setWordWrap(True)

        warn_row = QHBoxLayout()
        warn_row.addWidget(self.warn_days)
        warn_row.addWidget(QLabel(self.tr("没有导入新的平台回执时，在“数据上报”中提醒"), self), 1)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.message, 1)
        box = QGroupBox(self.tr("省平台在线上报"), self)
        box.setMaximumWidth(FORM_WIDTH)
        form = QFormLayout(box)
        form.addRow(self.tr("平台地址"), self.url_edit)
        form.addRow(self.tr("企业令牌"), token_row)
        form.addRow("", self.token_state)
        form.addRow(self.tr("回执超过"), warn_row)
        form.addRow("", save_row)
        note = QLabel(
            self.tr(
                "令牌由省平台发放给本企业，凭它即可以本企业的名义上报数据，请像密码一样保管。"
                "保存后不再显示；它加密保存在数据库中，密钥只在这台电脑上（用户数据文件夹），"
                "所以数据库的备份、拷贝和审计日志中都看不到令牌。换一台电脑打开同一数据库时需要重新输入。"
            ),
            self,
        )
        note.setWordWrap(True)
        note.setMaximumWidth(FORM_WIDTH)
        note.setStyleSheet("QLabel { color: #555; }")
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(note)
        layout.addStretch(1)

        self.save_button.clicked.connect(self.save)
        self.clear_token.clicked.connect(self.remove_token)

    # --- reading ---------------------------------------------------------------------------

    def load(self) -> None:
        if self._ctx.db is None:
            return
        self._ctx.runner.db(read_platform_settings, self._ctx.database, on_done=self._show, quiet=True)

    def _show(self, settings: PlatformSettings) -> None:
        self.settings = settings
        self.url_edit.setText(settings.url)
        self.warn_days.setValue(settings.warn_days)
        self.token_edit.clear()
        texts = {
            "none": (self.tr("尚未保存令牌"), self.tr("粘贴平台发放的企业令牌")),
            "saved": (self.tr("已保存（不显示）。要更换，输入新令牌后保存。"), self.tr("已保存，不显示")),
            "unreadable": (
                self.tr("已保存的令牌在这台电脑上无法读取（在另一台电脑上保存的）：请重新输入。"),
                self.tr("请重新输入令牌"),
            ),
        }
        state, placeholder = texts[settings.token_state]
        self.token_state.setText(state)
        color = ERROR_COLOR if settings.token_state == "unreadable" else "#555"
        self.token_state.setStyleSheet(f"QLabel {{ color: {color}; }}")
        self.token_edit.setPlaceholderText(placeholder)
        self.apply_permissions(self._ctx)

    def apply_permissions(self, ctx: AppContext) -> None:
        from qiuxue_desktop.domain.permissions import Permission

        editable = ctx.may(Permission.EDIT_ENTERPRISE)
        for edit in (self.url_edit, self.token_edit):
            edit.setReadOnly(not editable)
        self.warn_days.setReadOnly(not editable)
        self.save_button.setEnabled(editable)
        saved = self.settings is not None and self.settings.token_state != "none"
        self.clear_token.setEnabled(editable and saved)

    # --- saving ------------------------------------------------------------------------------

    def save(self) -> None:
        typed = self.token_edit.text()
        self._store(self.url_edit.text(), typed if typed.strip() else None, self.tr("已保存。"))

    def remove_token(self) -> None:
        self._store(self.url_edit.text(), "", self.tr("令牌已清除。"))

    def _store(self, url: str, token: str | None, said: str) -> None:
        self.message.clear()

        def done(_result: None) -> None:
            self.token_edit.clear()  # the window keeps no copy
            self.message.setStyleSheet("")
            self.message.setText(said)
            self._ctx.signals.changed.emit(signals.SYNC)
            self.load()

        def failed(exc: BaseException) -> bool:
            from qiuxue_desktop.errors import KnownError

            if isinstance(exc, KnownError):
                self.message.setStyleSheet(f"QLabel {{ color: {ERROR_COLOR}; }}")
                self.message.setText(exc.message)
                return True
            show_error(self, exc)
            return True

        self._ctx.runner.db(
            save_platform_settings,
            self._ctx.database,
            url,
            token,
            self.warn_days.value(),
            on_done=done,
            on_error=failed,
        )


def _build(ctx: AppContext, parent: QWidget) -> QWidget:
    return PlatformTab(ctx, parent)


TAB = SettingsTab(
    "platform", QT_TRANSLATE_NOOP("SettingsPage", "平台连接"), _build, permission="sync", order=38, lazy=True
)
