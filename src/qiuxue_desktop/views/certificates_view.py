"""证书: the register of every certificate issued — search by number, name or pinyin, filters by
kind, year and whether voided — and what the office does with it: issue 结业证书 to graduates or
优秀学员 / 荣誉证书 to chosen learners (then print them at once), reprint the selected ones,
void one with its reason, and verify a code typed or scanned from a certificate.

Issuing and printing many certificates runs on the database worker behind a progress dialog
with 取消 (cancelling issues nothing and prints nothing: one unit of work); the result opens in
the preview dialog to print or save.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qiuxue_desktop.views.code_labels import QT_TRANSLATE_NOOP, clauses, code_label, with_note
from qiuxue_desktop.views.error_box import message_box, show_error
from qiuxue_desktop.views.progress_dialog import run_with_progress

if TYPE_CHECKING:
    from qiuxue_desktop.db.engine import Database
    from qiuxue_desktop.io.pdf.documents import PdfDocument
    from qiuxue_desktop.progress import Progress
    from qiuxue_desktop.services.certificates import (
        CertificateQuery,
        CertificateRow,
        GraduateRow,
        Verification,
    )
    from qiuxue_desktop.views.context import AppContext
    from qiuxue_desktop.views.dialogs.preview_dialog import PreviewDialog
    from qiuxue_desktop.views.progress_dialog import ProgressDialog

CERTIFICATES = "certificates"  # the data-changed signal's area for this register
COLUMNS = (
    QT_TRANSLATE_NOOP("CertificatesView", "证书编号"),
    QT_TRANSLATE_NOOP("CertificatesView", "类别"),
    QT_TRANSLATE_NOOP("CertificatesView", "持证人"),
    QT_TRANSLATE_NOOP("CertificatesView", "院校与专业"),
    QT_TRANSLATE_NOOP("CertificatesView", "颁发日期"),
    QT_TRANSLATE_NOOP("CertificatesView", "颁发人"),
    QT_TRANSLATE_NOOP("CertificatesView", "状态"),
)


# --- work on the database worker ---------------------------------------------------------------


def read_register(db: Database, q: CertificateQuery) -> tuple[list[CertificateRow], list[int]]:
    from qiuxue_desktop.services.certificates import certificate_years, list_certificates

    with db.read() as s:
        return list_certificates(s, q), certificate_years(s)


def read_graduates(db: Database) -> list[GraduateRow]:
    from qiuxue_desktop.services.certificates import graduates_without_certificate

    with db.read() as s:
        return graduates_without_certificate(s)


def search_learners(db: Database, enterprise_id: int, text: str) -> list[tuple[int, str, str]]:
    """(learner id, name, the name with department and month of birth) of up to 30 matches."""
    from qiuxue_desktop.services.learners import LearnerQuery, fetch_rows, query_learner_ids

    if not text.strip():
        return []
    with db.read() as s:
        ids = query_learner_ids(s, enterprise_id, LearnerQuery(text=text.strip()), limit=30)
        return [
            (r.id, r.name, with_note(r.name, clauses([r.department, f"{r.birth_date:%Y-%m}"])))
            for r in fetch_rows(s, ids)
        ]


def issue_and_print(
    db: Database,
    kind: str,
    enrolment_ids: list[int],
    learner_ids: list[int],
    honour: str,
    on: dt.date,
    print_now: bool,
    progress: Progress,
) -> PdfDocument | int:
    """Issue, and print in the same unit of work: cancelling leaves nothing issued."""
    from qiuxue_desktop.io.pdf.certificate import certificates_document
    from qiuxue_desktop.services.certificates import issue_certificates

    with db.write() as s:
        ids = issue_certificates(
            s,
            kind,
            enrolment_ids=enrolment_ids,
            learner_ids=learner_ids,
            honour=honour,
            issued_on=on,
            progress=progress,
        )
        return certificates_document(s, ids, progress=progress) if print_now else len(ids)


def print_certificates(db: Database, ids: list[int], progress: Progress) -> PdfDocument:
    from qiuxue_desktop.io.pdf.certificate import certificates_document

    with db.write() as s:
        return certificates_document(s, ids, progress=progress)


def void(db: Database, certificate_id: int, reason: str, version: int) -> None:
    from qiuxue_desktop.services.certificates import void_certificate

    with db.write() as s:
        void_certificate(s, certificate_id, reason, expected_version=version)


def verify(db: Database, text: str) -> Verification:
    from qiuxue_desktop.services.certificates import verify_code

    with db.read() as s:
        return verify_code(s, text)


# --- the view ----------------------------------------------------------------------------------


class CertificatesView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("certificatesView")
        self._ctx = ctx
        self.rows: list[CertificateRow] = []
        self.last_preview: PreviewDialog | None = None
        self.progress_dialog: ProgressDialog | None = None  # the running issue or print, if any

        self.search = QLineEdit(self)
        self.search.setObjectName("certificateSearch")
        self.search.setPlaceholderText(self.tr("按证书编号、姓名或拼音查找"))
        self.search.setClearButtonEnabled(True)
        self.kind_filter = QComboBox(self)
        self.kind_filter.setObjectName("certificateKind")
        self.kind_filter.addItem(self.tr("全部类别"), "")
        from qiuxue_desktop.domain.certificates import KINDS

        for code, label in KINDS.items():
            self.kind_filter.addItem(code_label(label), code)
        self.year_filter = QComboBox(self)
        self.year_filter.setObjectName("certificateYear")
        self.year_filter.addItem(self.tr("全部年份"), None)
        self.state_filter = QComboBox(self)
        self.state_filter.setObjectName("certificateState")
        self.state_filter.addItem(self.tr("有效和作废"), None)
        self.state_filter.addItem(self.tr("有效"), False)
        self.state_filter.addItem(self.tr("已作废"), True)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("certificateCount")

        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("certificateTable")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

        self.issue_graduates = QPushButton(self.tr("颁发结业证书…"), self)
        self.issue_graduates.setObjectName("issueGraduates")
        self.issue_award = QPushButton(self.tr("颁发优秀学员/荣誉证书…"), self)
        self.issue_award.setObjectName("issueAward")
        self.reprint = QPushButton(self.tr("打印所选"), self)
        self.reprint.setObjectName("reprintCertificates")
        self.void_button = QPushButton(self.tr("作废…"), self)
        self.void_button.setObjectName("voidCertificate")
        self.verify_button = QPushButton(self.tr("核验…"), self)
        self.verify_button.setObjectName("verifyCertificate")

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.year_filter)
        filters.addWidget(self.state_filter)
        filters.addWidget(self.count_label, 1)
        buttons = QHBoxLayout()
        for button in (self.issue_graduates, self.issue_award, self.reprint, self.void_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.load)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        for combo in (self.kind_filter, self.year_filter, self.state_filter):
            combo.currentIndexChanged.connect(lambda _i: self.load())
        self.issue_graduates.clicked.connect(self.open_graduates)
        self.issue_award.clicked.connect(self.open_award)
        self.reprint.clicked.connect(self.print_selected)
        self.void_button.clicked.connect(self.open_void)
        self.verify_button.clicked.connect(self.open_verify)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        ctx.signals.changed.connect(self._on_changed)

    # --- reading ---------------------------------------------------------------------------------

    def query(self) -> CertificateQuery:
        from qiuxue_desktop.services.certificates import CertificateQuery

        return CertificateQuery(
            text=self.search.text(),
            kind=str(self.kind_filter.currentData() or ""),
            year=self.year_filter.currentData(),
            voided=self.state_filter.currentData(),
        )

    def load(self) -> None:
        if self._ctx.db is None or self._ctx.principal is None:
            return
        self.apply_permissions()
        self._ctx.runner.db(read_register, self._ctx.database, self.query(), on_done=self._show, quiet=True)

    def _on_changed(self, area: str) -> None:
        from qiuxue_desktop.views import signals

        if area in (CERTIFICATES, signals.LEARNERS, signals.STUDY, signals.ENTERPRISE):
            self.load()

    def _show(self, result: tuple[list[CertificateRow], list[int]]) -> None:
        self.rows, years = result
        self._show_years(years)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            if row.voided_at is not None:
                state = self.tr("已作废 {date}：{reason}").format(
                    date=f"{row.voided_at.astimezone():%Y-%m-%d}", reason=row.void_reason
                )
            else:
                state = self.tr("有效")
            values = (
                row.number,
                code_label(row.kind_label),
                row.holder_name,
                row.programme,
                row.issued_on.isoformat(),
                row.issued_by,
                state,
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if row.voided_at is not None:
                    item.setForeground(QColor("#8a8a8a"))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        live = sum(1 for row in self.rows if row.voided_at is None)
        self.count_label.setText(self.tr("共 {n} 张，有效 {live} 张").format(n=len(self.rows), live=live))
        self._selection_changed()

    def _show_years(self, years: list[int]) -> None:
        current = self.year_filter.currentData()
        known = [self.year_filter.itemData(i) for i in range(1, self.year_filter.count())]
        if known == years:
            return
        self.year_filter.blockSignals(True)
        while self.year_filter.count() > 1:
            self.year_filter.removeItem(1)
        for year in years:
            self.year_filter.addItem(str(year), year)
        index = self.year_filter.findData(current)
        self.year_filter.setCurrentIndex(max(0, index))
        self.year_filter.blockSignals(False)

    def selected_rows(self) -> list[CertificateRow]:
        picked = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.rows[r] for r in picked if r < len(self.rows)]

    def _selection_changed(self) -> None:
        chosen = self.selected_rows()
        live = [row for row in chosen if row.voided_at is None]
        self.reprint.setEnabled(bool(live))
        self.void_button.setEnabled(len(chosen) == 1 and bool(live))

    def apply_permissions(self) -> None:
        from qiuxue_desktop.domain.permissions import Permission

        issue = self._ctx.may(Permission.ISSUE_CERTIFICATES)
        for button in (self.issue_graduates, self.issue_award, self.void_button):
            button.setVisible(issue)
        self.reprint.setVisible(self._ctx.may(Permission.PRINT_LISTS))

    # --- acting ----------------------------------------------------------------------------------

    def _failed(self, exc: BaseException) -> bool:
        from qiuxue_desktop.errors import Cancelled

        if not isinstance(exc, Cancelled):
            show_error(self, exc)
        return True

    def _done(self, result: PdfDocument | int) -> None:
        self._ctx.signals.changed.emit(CERTIFICATES)
        if isinstance(result, int):
            message_box(self, self.tr("颁发证书"), self.tr("已颁发 {n} 张证书。").format(n=result))
            return
        from qiuxue_desktop.views.print_actions import show_document

        self.last_preview = show_document(self, self._ctx, result)

    def open_graduates(self) -> None:
        from qiuxue_desktop.views.dialogs.certificate_dialogs import GraduatesDialog

        def ask(rows: list[GraduateRow]) -> None:
            if not rows:
                message_box(self, self.tr("颁发结业证书"), self.tr("没有尚未颁发结业证书的毕业或结业学籍。"))
                return
            dialog = GraduatesDialog(rows, self)
            dialog.accepted.connect(
                lambda: self.issue("JY", dialog.chosen(), [], "", dialog.date, dialog.print_now.isChecked())
            )
            dialog.open()

        self._ctx.runner.db(
            read_graduates, self._ctx.database, on_done=ask, on_error=self._failed, quiet=True
        )

    def open_award(self) -> None:
        from qiuxue_desktop.views.dialogs.certificate_dialogs import AwardDialog

        def search(text: str, show: Callable[[Any], None]) -> None:
            self._ctx.runner.db(
                search_learners, self._ctx.database, self._ctx.enterprise, text, on_done=show, quiet=True
            )

        dialog = AwardDialog(search, self)
        dialog.accepted.connect(
            lambda: self.issue(
                str(dialog.kind.currentData()),
                [],
                dialog.chosen(),
                dialog.honour.text(),
                dialog.date,
                dialog.print_now.isChecked(),
            )
        )
        dialog.open()

    def issue(
        self,
        kind: str,
        enrolment_ids: list[int],
        learner_ids: list[int],
        honour: str,
        on: dt.date,
        print_now: bool,
    ) -> None:
        """Issue (and print) on the worker behind a progress dialog with 取消."""
        db = self._ctx.database
        self.progress_dialog = run_with_progress(
            self,
            self._ctx.runner,
            lambda progress: issue_and_print(
                db, kind, enrolment_ids, learner_ids, honour, on, print_now, progress
            ),
            self.tr("正在颁发证书……"),
            on_done=self._done,
            on_error=self._failed,
        )

    def print_selected(self) -> None:
        ids = [row.id for row in self.selected_rows() if row.voided_at is None]
        if not ids:
            message_box(
                self, self.tr("打印证书"), self.tr("请先在列表中选中要打印的证书（已作废的不能打印）。")
            )
            return
        db = self._ctx.database
        self.progress_dialog = run_with_progress(
            self,
            self._ctx.runner,
            lambda progress: print_certificates(db, ids, progress),
            self.tr("正在生成证书……"),
            on_done=self._done,
            on_error=self._failed,
        )

    def open_void(self) -> None:
        from qiuxue_desktop.views.dialogs.certificate_dialogs import VoidDialog

        chosen = self.selected_rows()
        if len(chosen) != 1 or chosen[0].voided_at is not None:
            message_box(self, self.tr("作废证书"), self.tr("请先选中一张有效的证书。"))
            return
        row = chosen[0]
        dialog = VoidDialog(row.number, row.holder_name, self)
        dialog.accepted.connect(
            lambda: self._ctx.runner.db(
                void,
                self._ctx.database,
                row.id,
                dialog.text,
                row.version,
                on_done=lambda _r: self._ctx.signals.changed.emit(CERTIFICATES),
                on_error=self._failed,
            )
        )
        dialog.open()

    def open_verify(self) -> None:
        from qiuxue_desktop.views.dialogs.certificate_dialogs import VerifyDialog

        def check(text: str, show: Callable[[Any], None]) -> None:
            self._ctx.runner.db(
                verify, self._ctx.database, text, on_done=show, on_error=self._failed, quiet=True
            )

        dialog = VerifyDialog(check, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
