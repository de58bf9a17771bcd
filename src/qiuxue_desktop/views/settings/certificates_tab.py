"""The 证书 tab of 系统设置: the wording of each kind of certificate (title, body with placeholders,
the issuer printed under it) and the public keys that verify the codes — each with its
fingerprint, the computer that holds its private key and whether that is this one — shown as
PEM and exported to a file for anyone who wants to check a code without this program.

The wording is kept in the database (services/certificate_wording.py, audited); a role that may
not edit the enterprise sees it read-only. Private keys never leave the computer that made them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qiuxue_desktop.views.code_labels import QT_TRANSLATE_NOOP, code_label
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.error_box import message_box, show_error
from qiuxue_desktop.views.settings import SettingsTab

if TYPE_CHECKING:
    from qiuxue_desktop.db.engine import Database
    from qiuxue_desktop.services.certificate_keys import KeyRow
    from qiuxue_desktop.services.certificate_wording import Wording


def read_certificate_settings(db: Database) -> tuple[Wording, list[KeyRow], str]:
    from qiuxue_desktop.errors import InputRejected
    from qiuxue_desktop.io.pdf.documents import enterprise_record
    from qiuxue_desktop.services.certificate_keys import list_keys, public_keys_pem
    from qiuxue_desktop.services.certificate_wording import read_wording

    with db.read() as s:
        try:
            name = enterprise_record(s).name
        except InputRejected:
            name = ""
        keys = list_keys(s)
        return read_wording(s, name), keys, public_keys_pem(keys)


def store_wording(db: Database, kind: str, title: str, body: str, issuer: str) -> None:
    from qiuxue_desktop.services.certificate_wording import save_issuer, save_wording

    with db.write() as s:
        save_wording(s, kind, title=title, body=body)
        save_issuer(s, issuer)


def write_text(path: str, text: str) -> None:
    """Written beside the target and renamed into place: never a half-written file."""
    from qiuxue_desktop.io.pdf.documents import write_pdf

    write_pdf(Path(path), text.encode("utf-8"))


class CertificatesTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("certificateSettings")
        self._ctx = ctx
        self._wording: Wording | None = None
        self._pem = ""

        self.kind = QComboBox(self)
        self.kind.setObjectName("wordingKind")
        from qiuxue_desktop.domain.certificates import KINDS

        for code, label in KINDS.items():
            self.kind.addItem(code_label(label), code)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("wordingTitle")
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setObjectName("wordingBody")
        self.body_edit.setMaximumHeight(90)
        self.issuer_edit = QLineEdit(self)
        self.issuer_edit.setObjectName("wordingIssuer")
        self.save_button = QPushButton(self.tr("保存"), self)
        self.save_button.setObjectName("saveWording")
        hint = QLabel(
            self.tr(
                "正文中可用的占位符：{姓名} {院校} {专业} {层次} {起止} {年份} {称号} {颁发日期}。"
                "留空则用默认文字。已颁发的证书保留颁发时的文字，改动只影响以后颁发的证书。"
            ),
            self,
        )
        hint.setWordWrap(True)
        wording_box = QGroupBox(self.tr("证书文字"), self)
        form = QFormLayout(wording_box)
        form.addRow(self.tr("证书类别"), self.kind)
        form.addRow(self.tr("标题"), self.title_edit)
        form.addRow(self.tr("正文"), self.body_edit)
        form.addRow(self.tr("颁发单位"), self.issuer_edit)
        form.addRow(hint)
        form.addRow("", self.save_button)

        self.keys = QTableWidget(0, 5, self)
        self.keys.setObjectName("certificateKeys")
        self.keys.setHorizontalHeaderLabels(
            [self.tr("序号"), self.tr("指纹"), self.tr("私钥所在电脑"), self.tr("生成"), self.tr("本机")]
        )
        self.keys.verticalHeader().setVisible(False)
        self.keys.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.keys.setMaximumHeight(110)
        self.keys.horizontalHeader().setStretchLastSection(True)
        self.pem_view = QPlainTextEdit(self)
        self.pem_view.setObjectName("publicKeyPem")
        self.pem_view.setReadOnly(True)
        self.pem_view.setMaximumHeight(110)
        self.export_button = QPushButton(self.tr("导出公钥…"), self)
        self.export_button.setObjectName("exportPublicKeys")
        keys_note = QLabel(
            self.tr(
                "每台颁发证书的电脑第一次颁发时生成自己的签名密钥：私钥只保存在那台电脑的用户数据目录中，"
                "公钥记在数据库里，所以打开这个数据库的每台电脑都能核验所有证书。"
            ),
            self,
        )
        keys_note.setWordWrap(True)
        keys_box = QGroupBox(self.tr("证书签名公钥"), self)
        keys_layout = QVBoxLayout(keys_box)
        keys_layout.addWidget(keys_note)
        keys_layout.addWidget(self.keys)
        keys_layout.addWidget(self.pem_view)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.export_button)
        keys_layout.addLayout(row)

        # Side by side: the settings page is as tall as its tallest tab, and the window's
        # smallest height follows it.
        boxes = QHBoxLayout()
        boxes.addWidget(wording_box, 1)
        boxes.addWidget(keys_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(boxes)
        layout.addStretch(1)

        self.kind.currentIndexChanged.connect(lambda _i: self._show_wording())
        self.save_button.clicked.connect(self.save)
        self.export_button.clicked.connect(self._export)

    def load(self) -> None:
        if self._ctx.db is None:
            return
        self._ctx.runner.db(read_certificate_settings, self._ctx.database, on_done=self._show, quiet=True)

    def _show(self, result: tuple[Wording, list[KeyRow], str]) -> None:
        self._wording, keys, self._pem = result
        self._show_wording()
        self.keys.setRowCount(len(keys))
        for r, key in enumerate(keys):
            values = (
                str(key.number),
                key.shown_fingerprint,
                key.computer,
                f"{key.made_by} {key.made_at.astimezone():%Y-%m-%d}",
                self.tr("是") if key.here else "",
            )
            for c, value in enumerate(values):
                self.keys.setItem(r, c, QTableWidgetItem(value))
        self.keys.resizeColumnsToContents()
        self.pem_view.setPlainText(self._pem or self.tr("还没有颁发过证书，尚未生成签名密钥。"))
        self.export_button.setEnabled(bool(self._pem))

    def _show_wording(self) -> None:
        from qiuxue_desktop.services.certificate_wording import DEFAULT_BODIES, DEFAULT_TITLES

        if self._wording is None:
            return
        kind = str(self.kind.currentData())
        self.title_edit.setText(self._wording.titles.get(kind, ""))
        self.title_edit.setPlaceholderText(DEFAULT_TITLES[kind])
        self.body_edit.setPlainText(self._wording.bodies.get(kind, ""))
        self.body_edit.setPlaceholderText(DEFAULT_BODIES[kind])
        issuer = self._wording.issuer
        self.issuer_edit.setText("" if issuer == self._wording.default_issuer else issuer)
        self.issuer_edit.setPlaceholderText(self._wording.default_issuer)

    def apply_permissions(self, ctx: AppContext) -> None:
        from qiuxue_desktop.domain.permissions import Permission

        editable = ctx.may(Permission.EDIT_ENTERPRISE)
        for edit in (self.title_edit, self.issuer_edit):
            edit.setReadOnly(not editable)
        self.body_edit.setReadOnly(not editable)
        self.save_button.setEnabled(editable)

    def save(self) -> None:
        def failed(exc: BaseException) -> bool:
            show_error(self, exc)
            return True

        self._ctx.runner.db(
            store_wording,
            self._ctx.database,
            str(self.kind.currentData()),
            self.title_edit.text(),
            self.body_edit.toPlainText(),
            self.issuer_edit.text(),
            on_done=lambda _r: self.load(),
            on_error=failed,
        )

    def export_to(self, path: str, then: Any = None) -> None:
        def failed(exc: BaseException) -> bool:
            show_error(self, exc)
            return True

        def done(_r: object) -> None:
            message_box(self, self.tr("导出公钥"), self.tr("公钥已导出到 {path}").format(path=path))
            if then is not None:
                then()

        self._ctx.runner.files(write_text, path, self._pem, on_done=done, on_error=failed)

    def _export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("导出公钥"),
            str(Path.home() / self.tr("证书签名公钥.pem")),
            self.tr("PEM 文件 (*.pem)"),
        )
        if path:
            self.export_to(path)


def _build(ctx: AppContext, parent: QWidget) -> QWidget:
    return CertificatesTab(ctx, parent)


TAB = SettingsTab("certificates", QT_TRANSLATE_NOOP("SettingsPage", "证书"), _build, order=38, lazy=True)
