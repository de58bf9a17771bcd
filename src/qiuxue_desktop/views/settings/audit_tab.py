"""The 审计日志 tab: who did what to which record and when, filtered by person, record,
action and date; the selected entry in full; and a check of the whole hash chain."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qiuxue_desktop.views.code_labels import QT_TRANSLATE_NOOP, code_label
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.models.audit_table import AuditTableModel
from qiuxue_desktop.views.settings import SettingsTab

if TYPE_CHECKING:
    from qiuxue_desktop.services.audit import AuditQuery, ChainReport

NO_LIMIT = QDate(2000, 1, 1)  # a date edit at its minimum shows "不限"
FILTER_DELAY_MS = 250


def _date_edit(parent: QWidget, name: str) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NO_LIMIT)
    edit.setSpecialValueText(QCoreApplication.translate("AuditPage", "不限"))
    edit.setDate(NO_LIMIT)
    return edit


class AuditPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditPage")
        self._ctx = ctx
        self.model: AuditTableModel | None = None

        self.actor_combo = QComboBox(self)
        self.actor_combo.setObjectName("auditActor")
        self.actor_combo.setMinimumContentsLength(10)
        self.record_edit = QLineEdit(self)
        self.record_edit.setObjectName("auditRecord")
        self.record_edit.setClearButtonEnabled(True)
        self.record_edit.setPlaceholderText(self.tr("学员姓名、账户名，或记录编号（开头几位即可）"))
        self.action_combo = QComboBox(self)
        self.action_combo.setObjectName("auditAction")
        self.since_edit = _date_edit(self, "auditSince")
        self.until_edit = _date_edit(self, "auditUntil")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("auditCount")
        self.verify_button = QPushButton(self.tr("校验审计日志"), self)
        self.verify_button.setObjectName("verifyChain")
        self.verify_button.setToolTip(self.tr("重新计算每一条的哈希：被改动或删除的第一条会被指出来。"))
        self.verify_button.clicked.connect(self.verify)
        self.verify_label = QLabel(self)
        self.verify_label.setObjectName("verifyResult")
        self.verify_label.setWordWrap(True)

        bar = QHBoxLayout()
        for label, widget in (
            (self.tr("操作人"), self.actor_combo),
            (self.tr("记录"), self.record_edit),
            (self.tr("动作"), self.action_combo),
            (self.tr("从"), self.since_edit),
            (self.tr("到"), self.until_edit),
        ):
            bar.addWidget(QLabel(label, self))
            bar.addWidget(widget, 2 if widget is self.record_edit else 0)
        bar.addWidget(self.count_label, 1)
        check = QHBoxLayout()
        check.addWidget(self.verify_button)
        check.addWidget(self.verify_label, 1)

        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.detail = QPlainTextEdit(self)
        self.detail.setObjectName("auditDetail")
        self.detail.setReadOnly(True)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(check)
        layout.addWidget(splitter, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.record_edit.textChanged.connect(lambda _t: self._timer.start())
        for combo in (self.actor_combo, self.action_combo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        for edit in (self.since_edit, self.until_edit):
            edit.dateChanged.connect(lambda _d: self.apply_filter())

    # --- filters --------------------------------------------------------------------------

    def _fill_combos(self) -> None:
        from qiuxue_desktop.domain.audit import ACTION_LABELS
        from qiuxue_desktop.services.audit import list_actors

        with self._ctx.database.read() as session:
            actors = list_actors(session)
        for combo, items in (
            (self.actor_combo, [(a, a) for a in actors]),
            (self.action_combo, [(code_label(label), key) for key, label in ACTION_LABELS.items()]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("全部"), "")
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    def query(self) -> AuditQuery:
        from qiuxue_desktop.services.audit import AuditQuery

        def day(edit: QDateEdit) -> dt.date | None:
            d = edit.date()
            return None if d == NO_LIMIT else dt.date(d.year(), d.month(), d.day())

        return AuditQuery(
            actor=str(self.actor_combo.currentData() or ""),
            record=self.record_edit.text().strip(),
            since=day(self.since_edit),
            until=day(self.until_edit),
            action=str(self.action_combo.currentData() or ""),
        )

    def load(self) -> None:
        """Read the trail again (the tab is shown, data changed, or someone signed in)."""
        self._fill_combos()
        self.apply_filter()

    def apply_filter(self) -> None:
        self._timer.stop()
        if self._ctx.db is None:
            return
        if self.model is None:
            self.model = AuditTableModel(self._ctx.database, self.query(), self)
            self.table.setModel(self.model)
            widths = (70, 150, 90, 110, 60, 110, 520)
            for column, width in enumerate(widths):
                self.table.setColumnWidth(column, width)
            self.table.selectionModel().currentRowChanged.connect(self._show_entry)
        else:
            self.model.set_query(self.query())
        self.count_label.setText(self.tr("共 {n} 条").format(n=self.model.rowCount()))
        self.detail.clear()

    def show_record(self, record_key: str) -> None:
        """Every entry of one record (e.g. a learner's history)."""
        self.record_edit.setText(record_key)
        self.apply_filter()

    def _show_entry(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.model is None or not current.isValid():
            self.detail.clear()
            return
        e = self.model.entry(current.row())
        lines = [
            self.tr("#{id}  {time}  {actor}  {action}  {table}").format(
                id=e.id,
                time=e.local_time,
                actor=e.actor,
                action=code_label(e.action_label),
                table=code_label(e.table_label),
            ),
            self.tr("记录：{name}").format(
                name=" ".join(p for p in (e.record_name, e.record_key or "—") if p)
            ),
        ]
        lines += e.summary().split("；") if e.changes else []
        if e.detail:
            lines.append(self.tr("说明：{detail}").format(detail=e.detail))
        self.detail.setPlainText("\n".join(line for line in lines if line))

    # --- the chain ------------------------------------------------------------------------

    def verify(self) -> None:
        from qiuxue_desktop.services.audit import verify_chain

        db = self._ctx.database

        def work() -> ChainReport:
            with db.read() as session:
                return verify_chain(session)

        def done(report: ChainReport) -> None:
            self.verify_button.setEnabled(True)
            self.verify_label.setStyleSheet("" if report.ok else "color: #b00020;")
            self.verify_label.setText(report.describe())

        def failed(_exc: BaseException) -> bool:
            self.verify_button.setEnabled(True)
            return False

        self.verify_button.setEnabled(False)
        self.verify_label.setText(self.tr("正在校验……"))
        self._ctx.runner.db(work, on_done=done, on_error=failed)


def _build(ctx: AppContext, parent: QWidget) -> QWidget:
    return AuditPage(ctx, parent)


TAB = SettingsTab(
    "audit",
    QT_TRANSLATE_NOOP("SettingsPage", "审计日志"),
    _build,
    permission="view_audit",
    order=30,
    lazy=True,
)
