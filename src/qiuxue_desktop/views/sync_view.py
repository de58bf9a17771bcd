"""数据上报: where reporting to the provincial platform stands and the four actions.

At the top: a warning when the newest receipt is too old (sync_status.warning), what waits to be
sent per kind (and the enrolments not started yet, which wait), the batch awaiting its receipt.
Then the batches with their state and how they left, the rows held back with the reason, and
the records the platform refused with its code and message — a double click (or 打开记录) opens
the learner, the enrolment's study page or the claim. The actions: 导出批次到U盘… (a folder;
export_batch on the worker), 再次写出… (the batch awaiting its receipt, the same bytes),
导入回执… (apply_receipt) and 在线上报 (upload_pending with a progress dialog that can cancel;
the address and token from 系统设置 → 平台连接). Everything is read on the database worker,
when the page is shown and after any change while it is.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.views import signals
from qiuxue_desktop.views.code_labels import QT_TRANSLATE_NOOP, clauses, code_label
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.error_box import message_box, show_error
from qiuxue_desktop.views.progress_dialog import ProgressDialog, run_with_progress
from qiuxue_desktop.views.settings_store import last_folder, remember_folder
from qiuxue_desktop.views.study_common import fill_table, read_only_table, row_key
from qiuxue_desktop.views.style import ERROR_COLOR

if TYPE_CHECKING:
    import datetime as dt

    from qiuxue_desktop.db.engine import Database
    from qiuxue_desktop.progress import Progress
    from qiuxue_desktop.sync.batches import ExportResult
    from qiuxue_desktop.sync.http import UploadResult
    from qiuxue_desktop.sync.receipts import ReceiptResult
    from qiuxue_desktop.sync.status import SyncStatus

RECEIPT_FILTER = QT_TRANSLATE_NOOP("SyncView", "平台回执 (*.json);;所有文件 (*)")
BATCH_HEADERS = (
    QT_TRANSLATE_NOOP("SyncView", "批次"),
    QT_TRANSLATE_NOOP("SyncView", "文件"),
    QT_TRANSLATE_NOOP("SyncView", "生成时间"),
    QT_TRANSLATE_NOOP("SyncView", "状态"),
    QT_TRANSLATE_NOOP("SyncView", "行数"),
    QT_TRANSLATE_NOOP("SyncView", "发送方式"),
    QT_TRANSLATE_NOOP("SyncView", "发送时间"),
    QT_TRANSLATE_NOOP("SyncView", "尝试"),
    QT_TRANSLATE_NOOP("SyncView", "回执导入"),
    QT_TRANSLATE_NOOP("SyncView", "最近错误"),
)
HELD_HEADERS = (
    QT_TRANSLATE_NOOP("SyncView", "类别"),
    QT_TRANSLATE_NOOP("SyncView", "姓名"),
    QT_TRANSLATE_NOOP("SyncView", "代码"),
    QT_TRANSLATE_NOOP("SyncView", "暂缓原因"),
)
REJECTED_HEADERS = (
    QT_TRANSLATE_NOOP("SyncView", "类别"),
    QT_TRANSLATE_NOOP("SyncView", "姓名"),
    QT_TRANSLATE_NOOP("SyncView", "代码"),
    QT_TRANSLATE_NOOP("SyncView", "平台说明"),
    QT_TRANSLATE_NOOP("SyncView", "处理"),
    QT_TRANSLATE_NOOP("SyncView", "批次"),
)
NOTE_STYLE = "QLabel { background: #fff8e1; border: 1px solid #f0c36d; border-radius: 3px; padding: 6px; }"


def read_status(db: Database) -> SyncStatus:
    from qiuxue_desktop.sync.status import sync_status

    with db.read() as session:
        return sync_status(session)


def when(value: dt.datetime | None) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value is not None else ""


def upload_with_settings(db: Database, progress: Progress) -> UploadResult:
    """The saved address and token (read here, on the worker: the token never reaches the window)."""
    from qiuxue_desktop.sync.connection import platform_connection
    from qiuxue_desktop.sync.http import upload_pending

    with db.read() as session:
        url, token = platform_connection(session).require()
    return upload_pending(db, url, token, progress=progress)


def apply_receipt_file(db: Database, path: Path) -> ReceiptResult:
    from qiuxue_desktop.errors import InputRejected
    from qiuxue_desktop.sync.receipts import apply_receipt

    try:
        data = path.read_bytes()
    except OSError as exc:
        text = QCoreApplication.translate("SyncView", "无法读取回执文件“{path}”（{error}）。")
        raise InputRejected(text.format(path=path, error=exc.strerror or exc)) from None
    with db.write() as session:
        return apply_receipt(session, data)


def record_target(db: Database, kind: str, record_id: str) -> int | None:
    """The id of the learner, enrolment or claim with this record id (None: it is gone)."""
    from sqlalchemy import select

    from qiuxue_desktop.domain import Claim, Enrolment, Learner

    model: Any = {"learner": Learner, "enrolment": Enrolment, "subsidy": Claim}[kind]
    with db.read() as session:
        found = session.scalar(select(model.id).where(model.record_id == record_id))
    return int(found) if found is not None else None


class SyncView(QWidget):
    """Built before the database is open; `load()` (after sign-in) reads when shown."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncView")
        self._ctx = ctx
        self._ready = False
        self._stale = True
        self.status: SyncStatus | None = None

        self.warning_label = QLabel(self)
        self.warning_label.setObjectName("syncWarning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(f"QLabel {{ color: {ERROR_COLOR}; font-weight: bold; }}")
        self.warning_label.hide()
        self.pending_label = QLabel(self)
        self.pending_label.setObjectName("syncPending")
        self.pending_label.setStyleSheet("QLabel { font-size: 15px; }")
        self.awaiting_label = QLabel(self)
        self.awaiting_label.setObjectName("syncAwaiting")
        self.awaiting_label.setWordWrap(True)

        self.export_button = QPushButton(self.tr("导出批次到U盘…"), self)
        self.export_button.setObjectName("syncExport")
        self.rewrite_button = QPushButton(self.tr("再次写出…"), self)
        self.rewrite_button.setObjectName("syncRewrite")
        self.rewrite_button.setToolTip(self.tr("U 盘丢失时：把等待回执的批次按原样（逐字节相同）再写出一次"))
        self.receipt_button = QPushButton(self.tr("导入回执…"), self)
        self.receipt_button.setObjectName("syncReceipt")
        self.upload_button = QPushButton(self.tr("在线上报"), self)
        self.upload_button.setObjectName("syncUpload")
        self.upload_button.setToolTip(
            self.tr("通过网络发送待上报的批次并导入回执（平台地址和令牌在“系统设置 → 平台连接”）")
        )
        self.open_button = QPushButton(self.tr("打开记录"), self)
        self.open_button.setObjectName("syncOpenRecord")
        self.export_button.clicked.connect(lambda: self.choose_folder(again=False))
        self.rewrite_button.clicked.connect(lambda: self.choose_folder(again=True))
        self.receipt_button.clicked.connect(self.choose_receipt)
        self.upload_button.clicked.connect(self.upload)
        self.open_button.clicked.connect(self.open_selected)
        self.action_buttons = (
            self.export_button,
            self.rewrite_button,
            self.receipt_button,
            self.upload_button,
        )
        buttons = QHBoxLayout()
        for button in self.action_buttons:
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.batches = read_only_table(self, [self.tr(h) for h in BATCH_HEADERS], "syncBatches")
        self.held = read_only_table(self, [self.tr(h) for h in HELD_HEADERS], "syncHeldBack")
        self.rejected = read_only_table(self, [self.tr(h) for h in REJECTED_HEADERS], "syncRejected")
        for table in (self.held, self.rejected):
            table.doubleClicked.connect(lambda _i, t=table: self.open_record(t))
            table.itemSelectionChanged.connect(lambda t=table: self._selected(t))
        self.batches_box = self._box(self.tr("批次"), self.batches)
        self.held_box = self._box(self.tr("暂缓上报"), self.held)
        self.rejected_box = self._box(self.tr("平台拒收"), self.rejected)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(self.held_box)
        lower.addWidget(self.rejected_box)
        lower.setChildrenCollapsible(False)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("syncSplitter")
        splitter.addWidget(self.batches_box)
        splitter.addWidget(lower)
        splitter.setChildrenCollapsible(False)
        open_row = QHBoxLayout()
        hint = QLabel(self.tr("双击暂缓或拒收的记录可打开它进行更正；更正后它会随下一批重新上报。"), self)
        hint.setStyleSheet("QLabel { color: #666; }")
        open_row.addWidget(hint, 1)
        open_row.addWidget(self.open_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.pending_label)
        layout.addWidget(self.awaiting_label)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addLayout(open_row)
        ctx.signals.changed.connect(self._on_data_changed)
        self._last_table: QTableWidget | None = None
        self._update_buttons()

    def _box(self, title: str, table: QTableWidget) -> QGroupBox:
        box = QGroupBox(title, self)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(6, 6, 6, 6)
        inner.addWidget(table)
        return box

    # --- reading ---------------------------------------------------------------------------

    def load(self) -> None:
        self._ready = True
        self._stale = True
        self._update_buttons()
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._ready and self._stale:
            self.refresh()

    def _on_data_changed(self, _area: str) -> None:
        if not self._ready:
            return
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        if self._ctx.db is None:
            return
        self._stale = False
        self._ctx.runner.db(read_status, self._ctx.database, on_done=self.show_status, quiet=True)

    def show_status(self, status: SyncStatus) -> None:
        from qiuxue_desktop.domain.sync import KIND_LABELS

        self.status = status
        self.warning_label.setText(status.warning or "")
        self.warning_label.setVisible(bool(status.warning))
        pending = clauses(
            self.tr("{kind} {n} 条").format(kind=code_label(KIND_LABELS[k]), n=n)
            for k, n in status.pending.items()
        )
        text = self.tr("待上报：{pending}").format(pending=pending)
        if status.waiting:
            waiting = clauses(
                self.tr("{kind} {n} 条").format(kind=code_label(KIND_LABELS[k]), n=n)
                for k, n in status.waiting.items()
            )
            text += self.tr("　（尚未入学、暂不上报：{waiting}）").format(waiting=waiting)
        self.pending_label.setText(text)
        awaiting = status.awaiting
        if awaiting is None:
            last = when(status.last_receipt_at)
            self.awaiting_label.setText(
                self.tr("没有等待回执的批次。最近一次导入回执：{last}").format(last=last or self.tr("尚无"))
            )
            self.awaiting_label.setStyleSheet("")
        else:
            sent = (
                f"{code_label(awaiting.sent_via_label)} {when(awaiting.sent_at)}"
                if awaiting.sent_at
                else self.tr("尚未发送")
            )
            self.awaiting_label.setText(
                self.tr(
                    "第 {seq} 批等待平台回执：{file}（{rows} 行，{sent}）。导入它的回执之前不会生成新的批次。"
                ).format(seq=awaiting.sequence, file=awaiting.file_name, rows=awaiting.rows, sent=sent)
            )
            self.awaiting_label.setStyleSheet(NOTE_STYLE)
        self._fill_batches(status)
        fill_table(
            self.held,
            [(code_label(KIND_LABELS[h.kind]), h.learner_name, h.code, h.reason) for h in status.held_back],
            [(h.kind, h.record_id) for h in status.held_back],
        )
        sequences = {b.file_name: b.sequence for b in status.batches}
        fill_table(
            self.rejected,
            [
                (
                    code_label(KIND_LABELS[r.kind]),
                    r.learner_name,
                    r.code,
                    r.message,
                    self.tr("已更正，随下一批重报") if r.retried else self.tr("待更正"),
                    self.tr("第 {n} 批").format(n=sequences[r.batch_file])
                    if r.batch_file in sequences
                    else r.batch_file,
                )
                for r in status.rejected
            ],
            [(r.kind, r.record_id) for r in status.rejected],
        )
        for table in (self.held, self.rejected):
            for r in range(table.rowCount()):
                item = table.item(r, 1)
                if item is not None:
                    item.setToolTip(self.tr("记录标识：{id}").format(id=str(row_key(table, r)[1])))  # type: ignore[index]
        for r, rejected in enumerate(status.rejected):
            item = self.rejected.item(r, 5)
            if item is not None:
                item.setToolTip(rejected.batch_file)
        self.batches_box.setTitle(self.tr("批次（{n}）").format(n=len(status.batches)))
        self.held_box.setTitle(
            self.tr("暂缓上报（{n}）：平台会拒收，未放入批次").format(n=len(status.held_back))
        )
        self.rejected_box.setTitle(self.tr("平台拒收（{n}）").format(n=len(status.rejected)))
        self._update_buttons()

    def _fill_batches(self, status: SyncStatus) -> None:
        rows = [
            (
                str(b.sequence),
                b.file_name,
                when(b.created_at),
                code_label(b.state_label),
                str(b.rows),
                code_label(b.sent_via_label),
                when(b.sent_at),
                str(b.attempts) if b.attempts else "",
                when(b.applied_at),
                b.last_error,
            )
            for b in status.batches
        ]
        fill_table(self.batches, rows, [b.batch_id for b in status.batches])
        for r, b in enumerate(status.batches):
            state = self.batches.item(r, 3)
            if state is not None and b.state in (
                "awaiting",
                "rejected",
                "package_rejected",
                "partially_accepted",
            ):
                state.setForeground(
                    Qt.GlobalColor.darkRed if b.state != "awaiting" else Qt.GlobalColor.darkBlue
                )

    # --- what may be done --------------------------------------------------------------------

    def _update_buttons(self) -> None:
        may = self._ready and self._ctx.may(Permission.SYNC)
        for button in self.action_buttons:
            button.setVisible(may)
        awaiting = self.status.awaiting if self.status is not None else None
        self.export_button.setEnabled(awaiting is None)
        self.export_button.setToolTip(
            self.tr("第 {seq} 批仍在等待回执：可“再次写出”，或先导入它的回执").format(seq=awaiting.sequence)
            if awaiting is not None
            else ""
        )
        self.rewrite_button.setEnabled(awaiting is not None)
        self.open_button.setEnabled(self._selected_record() is not None)

    def _selected(self, table: QTableWidget) -> None:
        if table.selectedItems():
            self._last_table = table
            other = self.rejected if table is self.held else self.held
            other.clearSelection()
        self._update_buttons()

    def _selected_record(self) -> tuple[str, str] | None:
        table = self._last_table
        key = row_key(table) if table is not None else None
        return key if isinstance(key, tuple) else None

    # --- actions -------------------------------------------------------------------------------

    def choose_folder(self, *, again: bool) -> None:
        title = (
            self.tr("把等待回执的批次再次写到哪个文件夹")
            if again
            else self.tr("把批次导出到哪个文件夹（如 U 盘）")
        )
        folder = QFileDialog.getExistingDirectory(self, title, last_folder("sync-export"))
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> ProgressDialog:
        from qiuxue_desktop.sync.batches import export_batch

        remember_folder("sync-export", str(folder / "x"))
        db = self._ctx.database

        def work(progress: Progress) -> ExportResult:
            return export_batch(db, folder, progress=progress)

        def done(result: ExportResult) -> None:
            self._changed()
            text = result.summary
            if result.path is not None:
                text += "\n" + self.tr("已写入：{path}").format(path=str(result.path))
            if result.prepared.held_back:
                text += "\n" + self.tr("另有 {n} 条暂缓上报（平台会拒收），见“暂缓上报”。").format(
                    n=len(result.prepared.held_back)
                )
            message_box(self, self.tr("导出批次"), text).setObjectName("syncExportedBox")

        return run_with_progress(self, self._ctx.runner, work, self.tr("正在导出上报批次"), on_done=done)

    def choose_receipt(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("选择平台回执"), last_folder("sync-receipt"), self.tr(RECEIPT_FILTER)
        )
        if chosen:
            self.apply_receipt(Path(chosen))

    def apply_receipt(self, path: Path) -> None:
        remember_folder("sync-receipt", str(path))

        def done(result: ReceiptResult) -> None:
            self._changed()
            text = result.summary
            if result.rejected:
                text += "\n" + self.tr("被拒的记录见“平台拒收”：更正后会随下一批重新上报。")
            message_box(self, self.tr("导入回执"), text).setObjectName("syncReceiptBox")

        def failed(exc: BaseException) -> bool:
            show_error(self, exc)
            return True

        self._ctx.runner.db(apply_receipt_file, self._ctx.database, path, on_done=done, on_error=failed)

    def upload(self) -> ProgressDialog:
        db = self._ctx.database

        def work(progress: Progress) -> UploadResult:
            return upload_with_settings(db, progress)

        def done(result: UploadResult) -> None:
            self._changed()
            message_box(self, self.tr("在线上报"), result.summary).setObjectName("syncUploadedBox")

        def failed(exc: BaseException) -> bool:
            self._changed()  # batches already answered are in; the one on its way waits
            show_error(self, exc)
            return True

        return run_with_progress(
            self, self._ctx.runner, work, self.tr("正在向省平台上报"), on_done=done, on_error=failed
        )

    def _changed(self) -> None:
        self._ctx.signals.changed.emit(signals.SYNC)

    # --- opening a record ------------------------------------------------------------------------

    def open_selected(self) -> QWidget | None:
        return self.open_record(self._last_table) if self._last_table is not None else None

    def open_record(self, table: QTableWidget) -> QWidget | None:
        """The learner (its form, or its study page for a role that may not edit), the
        enrolment's study page, or the claim's editor."""
        key = row_key(table)
        if not isinstance(key, tuple):
            return None
        kind, record_id = key
        try:
            target = record_target(self._ctx.database, kind, record_id)
        except Exception as exc:
            show_error(self, exc)
            return None
        if target is None:
            return message_box(self, self.tr("打开记录"), self.tr("这条记录已从数据库中删除。"))
        if kind == "subsidy":
            from qiuxue_desktop.views.claim_actions import open_claim

            return open_claim(self, self._ctx, target)
        from qiuxue_desktop.views.study_actions import open_study_page

        if kind == "enrolment":
            return open_study_page(self, self._ctx, enrolment_id=target)
        if not self._ctx.may(Permission.EDIT_LEARNERS):
            return open_study_page(self, self._ctx, learner_id=target)
        from qiuxue_desktop.views.dialogs.learner_dialog import LearnerDialog

        try:
            dialog = LearnerDialog(self._ctx, target, self)
        except Exception as exc:
            show_error(self, exc)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
