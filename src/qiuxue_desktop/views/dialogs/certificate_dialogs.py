"""The certificate dialogs: issuing 结业证书 to graduates (every graduated or completed enrolment
without one, ticked), issuing 优秀学员 / 荣誉证书 to chosen learners, voiding with a reason, and
the verify dialog (a code typed from the paper, or a scanner's keystrokes ending in Enter).

The dialogs only collect what was chosen; the view runs the work on the database worker.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qiuxue_desktop.views.code_labels import listed

if TYPE_CHECKING:
    from qiuxue_desktop.services.certificates import GraduateRow, Verification

NAME_ROLE = Qt.ItemDataRole.UserRole + 1  # a found learner's name (the item shows more)


def _date_edit(parent: QWidget) -> QDateEdit:
    edit = QDateEdit(QDate.currentDate(), parent)
    edit.setObjectName("issuedOn")
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _buttons(dialog: QDialog, ok: str) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("certificate_dialogs", "取消")
    )
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class GraduatesDialog(QDialog):
    """颁发结业证书: the graduates without one, all ticked; the issue date; print at once."""

    def __init__(self, rows: Sequence[GraduateRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("graduatesDialog")
        self.setWindowTitle(self.tr("颁发结业证书"))
        self.resize(720, 460)
        self.rows = list(rows)
        self.table = QTableWidget(len(self.rows), 4, self)
        self.table.setObjectName("graduatesTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("姓名"), self.tr("院校与专业"), self.tr("状态"), self.tr("日期")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, row in enumerate(self.rows):
            name = QTableWidgetItem(row.name)
            name.setFlags(name.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(r, 0, name)
            self.table.setItem(r, 1, QTableWidgetItem(row.programme))
            self.table.setItem(r, 2, QTableWidgetItem(row.status))
            when = row.graduation_date.isoformat() if row.graduation_date else ""
            self.table.setItem(r, 3, QTableWidgetItem(when))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        all_on = QPushButton(self.tr("全选"), self)
        all_off = QPushButton(self.tr("全不选"), self)
        all_on.clicked.connect(lambda: self._tick(Qt.CheckState.Checked))
        all_off.clicked.connect(lambda: self._tick(Qt.CheckState.Unchecked))
        self.issued_on = _date_edit(self)
        self.print_now = QCheckBox(self.tr("颁发后立即打印"), self)
        self.print_now.setObjectName("printNow")
        self.print_now.setChecked(True)
        note = QLabel(
            self.tr(
                "共 {n} 个毕业或结业的学籍尚未颁发结业证书。颁发时按年份和类别连续编号，编号一经颁发不再使用。"
            ).format(n=len(self.rows)),
            self,
        )
        note.setWordWrap(True)
        picks = QHBoxLayout()
        picks.addWidget(all_on)
        picks.addWidget(all_off)
        picks.addStretch(1)
        picks.addWidget(QLabel(self.tr("颁发日期"), self))
        picks.addWidget(self.issued_on)
        picks.addWidget(self.print_now)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(picks)
        layout.addWidget(_buttons(self, self.tr("颁发")))

    def _tick(self, state: Qt.CheckState) -> None:
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            if item is not None:
                item.setCheckState(state)

    def chosen(self) -> list[int]:
        out: list[int] = []
        for r, row in enumerate(self.rows):
            item = self.table.item(r, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                out.append(row.enrolment_id)
        return out

    @property
    def date(self) -> dt.date:
        value = self.issued_on.date().toPython()
        assert isinstance(value, dt.date)
        return value


class AwardDialog(QDialog):
    """颁发优秀学员或荣誉证书: the kind, the honour (荣誉证书), learners found by name and ticked."""

    def __init__(
        self,
        search: Callable[[str, Callable[[list[tuple[int, str, str]]], None]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("awardDialog")
        self.setWindowTitle(self.tr("颁发优秀学员或荣誉证书"))
        self.resize(520, 480)
        self._search = search
        self._chosen: dict[int, str] = {}
        self.kind = QComboBox(self)
        self.kind.setObjectName("awardKind")
        self.kind.addItem(self.tr("优秀学员"), "YX")
        self.kind.addItem(self.tr("荣誉证书"), "RY")
        self.honour = QLineEdit(self)
        self.honour.setObjectName("awardHonour")
        self.honour.setPlaceholderText(self.tr("荣誉称号，如：优秀毕业生"))
        self.finder = QLineEdit(self)
        self.finder.setObjectName("awardFind")
        self.finder.setPlaceholderText(self.tr("输入姓名或拼音查找学员"))
        self.found = QListWidget(self)
        self.found.setObjectName("awardFound")
        self.picked = QLabel(self)
        self.picked.setObjectName("awardPicked")
        self.picked.setWordWrap(True)
        self.issued_on = _date_edit(self)
        self.print_now = QCheckBox(self.tr("颁发后立即打印"), self)
        self.print_now.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("证书"), self.kind)
        form.addRow(self.tr("荣誉称号"), self.honour)
        form.addRow(self.tr("查找学员"), self.finder)
        form.addRow("", self.found)
        form.addRow(self.tr("已选"), self.picked)
        form.addRow(self.tr("颁发日期"), self.issued_on)
        form.addRow("", self.print_now)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("颁发")))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(lambda: self._search(self.finder.text(), self._show_found))
        self.finder.textChanged.connect(lambda _t: self._timer.start())
        self.found.itemChanged.connect(self._item_changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self._show_picked()

    def _kind_changed(self) -> None:
        self.honour.setEnabled(self.kind.currentData() == "RY")

    def _show_found(self, rows: list[tuple[int, str, str]]) -> None:
        self.found.blockSignals(True)
        self.found.clear()
        for learner_id, name, label in rows:
            item = QListWidgetItem(label, self.found)
            item.setData(Qt.ItemDataRole.UserRole, learner_id)
            item.setData(NAME_ROLE, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = learner_id in self._chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.found.blockSignals(False)

    def _item_changed(self, item: QListWidgetItem) -> None:
        learner_id = int(item.data(Qt.ItemDataRole.UserRole))
        if item.checkState() == Qt.CheckState.Checked:
            self._chosen[learner_id] = str(item.data(NAME_ROLE))
        else:
            self._chosen.pop(learner_id, None)
        self._show_picked()

    def _show_picked(self) -> None:
        names = listed(self._chosen.values())
        self.picked.setText(names or self.tr("（在上面的查找结果中勾选）"))

    def chosen(self) -> list[int]:
        return list(self._chosen)

    @property
    def date(self) -> dt.date:
        value = self.issued_on.date().toPython()
        assert isinstance(value, dt.date)
        return value


class VoidDialog(QDialog):
    """作废证书: the certificate, and why (required)."""

    def __init__(self, number: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("voidCertificateDialog")
        self.setWindowTitle(self.tr("作废证书"))
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("voidReason")
        self.reason.setPlaceholderText(self.tr("作废原因，如：姓名有误，已重新颁发"))
        self.reason.setMaximumHeight(80)
        note = QLabel(
            self.tr(
                "作废 {number}（{name}）：记录和编号都保留，核验时显示“已作废”及原因，此编号不会再发给别人。"
            ).format(number=number, name=name),
            self,
        )
        note.setWordWrap(True)
        self.buttons = _buttons(self, self.tr("作废"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.reason.textChanged.connect(lambda: ok.setEnabled(bool(self.reason.toPlainText().strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)

    @property
    def text(self) -> str:
        return self.reason.toPlainText().strip()


VERDICT_COLOURS = {"genuine": "#1b7f3b", "voided": "#b36200", "forged": "#b3261e", "not_a_code": "#b3261e"}


class VerifyDialog(QDialog):
    """核验证书: type the code from the paper, or scan its QR code into the box (a scanner types
    it and presses Enter). The answer comes from this database, without a network."""

    def __init__(
        self, check: Callable[[str, Callable[[Verification], None]], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("verifyDialog")
        self.setWindowTitle(self.tr("核验证书"))
        self.resize(560, 260)
        self._check = check
        self.code = QPlainTextEdit(self)
        self.code.setObjectName("verifyCode")
        self.code.setPlaceholderText(
            self.tr("输入证书上的验证码（空格、换行可有可无），或用扫码枪扫描证书上的二维码")
        )
        self.code.setMaximumHeight(90)
        self.verdict_label = QLabel(self)
        self.verdict_label.setObjectName("verifyResult")
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verify_button = QPushButton(self.tr("核验"), self)
        self.verify_button.setObjectName("verifyButton")
        self.verify_button.setDefault(True)
        self.verify_button.clicked.connect(self.verify)
        close = QPushButton(self.tr("关闭"), self)
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.verify_button)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.code)
        layout.addWidget(self.verdict_label, 1)
        layout.addLayout(row)
        self.code.textChanged.connect(self._maybe_scanned)

    def _maybe_scanned(self) -> None:
        """A scanner ends its code with Enter: check at once."""
        text = self.code.toPlainText()
        if text.endswith("\n") and text.strip():
            self.verify()

    def verify(self) -> None:
        text = self.code.toPlainText().strip()
        if not text:
            return
        self.verdict_label.setText(self.tr("正在核验……"))
        self._check(text, self.show_verdict)

    def show_verdict(self, found: Verification) -> None:
        colour = VERDICT_COLOURS.get(found.verdict.value, "#000000")
        self.verdict_label.setStyleSheet(f"QLabel {{ color: {colour}; font-size: 15px; }}")
        self.verdict_label.setText(found.message)
