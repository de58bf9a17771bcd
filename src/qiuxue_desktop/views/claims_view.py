"""学费报销: the claims (filters — state with its counts, term, scheme, department — and the
instant search by name, pinyin, claim number or invoice number; sortable by the headers) and
the invoices, as two tabs. New claims are made from an invoice or a graduated enrolment and
open in the claim editor; the filter choices are read on the database worker."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.views import print_actions, signals
from qiuxue_desktop.views.claim_actions import close_editors, new_claim, open_claim
from qiuxue_desktop.views.code_labels import QT_TRANSLATE_NOOP, code_label, with_note
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.models.claim_table import COLUMNS, ClaimTableModel
from qiuxue_desktop.views.study_common import fill_table, open_dialog, read_only_table, row_key, select_key

if TYPE_CHECKING:
    from qiuxue_desktop.db.engine import Database
    from qiuxue_desktop.services.claim_query import ClaimQuery
    from qiuxue_desktop.services.invoices import InvoiceRow

FILTER_DELAY_MS = 30
ROW_HEIGHT = 26
IN_PROGRESS = "in_progress"  # the state filter's 办理中 choice


@dataclass(frozen=True, slots=True)
class Choices:
    """What the filters offer, read on the worker."""

    counts: dict[str, int]
    terms: list[str]
    schemes: list[tuple[int, str]]
    departments: list[tuple[int, str]]


def read_choices(db: Database, enterprise_id: int) -> Choices:
    from qiuxue_desktop.services.claim_query import claim_state_counts, claim_terms
    from qiuxue_desktop.services.enterprise import list_departments
    from qiuxue_desktop.services.schemes import list_schemes

    with db.read() as session:
        return Choices(
            claim_state_counts(session),
            claim_terms(session),
            [(s.id, s.name) for s in list_schemes(session)],
            list_departments(session, enterprise_id),
        )


def _refill(combo: QComboBox, first: str, items: list[tuple[object, str]]) -> None:
    """Replace a filter's choices, keeping what is chosen (without announcing a change)."""
    keep = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(first, None)
    for data, text in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(combo.findData(keep), 0))
    combo.blockSignals(False)


class ClaimsView(QWidget):
    """Built before the database is open (empty); `load()` fills it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("claimsView")
        self._ctx = ctx
        self.model: ClaimTableModel | None = None
        self.choices: Choices | None = None
        self._ready = False
        self._editable = False

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("claimFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("搜索：姓名、拼音或首字母、申请编号、票据号码"))
        self.state_combo = QComboBox(self)
        self.state_combo.setObjectName("claimStateFilter")
        self.term_combo = QComboBox(self)
        self.term_combo.setObjectName("claimTermFilter")
        self.scheme_combo = QComboBox(self)
        self.scheme_combo.setObjectName("claimSchemeFilter")
        self.scheme_combo.setMinimumContentsLength(8)
        self.department_combo = QComboBox(self)
        self.department_combo.setObjectName("claimDepartmentFilter")
        self.department_combo.setMinimumContentsLength(6)
        self.state_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for combo in (self.scheme_combo, self.department_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._show_states({})
        _refill(self.term_combo, self.tr("全部学期"), [])
        _refill(self.scheme_combo, self.tr("全部资助项目"), [])
        _refill(self.department_combo, self.tr("全部部门"), [])
        self.count_label = QLabel(self)
        self.count_label.setObjectName("claimCount")
        self.count_label.setMinimumWidth(
            self.count_label.fontMetrics().horizontalAdvance(self.tr("共 {n} 份申请").format(n=1000000))
        )
        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 4)
        for widget, stretch in (
            (self.state_combo, 0),
            (self.term_combo, 0),
            (self.scheme_combo, 1),
            (self.department_combo, 1),
            (self.count_label, 0),
        ):
            bar.addWidget(widget, stretch)

        self.table = QTableView(self)
        self.table.setObjectName("claimTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())

        self.new_button = QPushButton(self.tr("新建申请…"), self)
        self.new_button.setObjectName("newClaim")
        self.graduation_button = QPushButton(self.tr("毕业补助申请…"), self)
        self.graduation_button.setObjectName("newGraduationClaim")
        self.open_button = QPushButton(self.tr("打开"), self)
        self.open_button.setObjectName("openClaim")
        self.new_button.clicked.connect(lambda: self.new_claim("invoice"))
        self.graduation_button.clicked.connect(lambda: self.new_claim("graduation"))
        self.open_button.clicked.connect(self.open_selected)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.new_button, self.graduation_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        print_actions.install_claims_actions(self, ctx, buttons, self.current_claim_id)
        self.edit_buttons = (self.new_button, self.graduation_button)
        for button in self.edit_buttons:
            button.setVisible(False)  # until load() knows what the signed-in role may do

        claims_page = QWidget(self)
        claims_layout = QVBoxLayout(claims_page)
        claims_layout.addLayout(bar)
        claims_layout.addWidget(self.table, 1)
        claims_layout.addLayout(buttons)
        self.invoices = InvoicesPage(ctx, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("claimTabs")
        self.tabs.addTab(claims_page, self.tr("报销申请"))
        self.tabs.addTab(self.invoices, self.tr("票据"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(lambda _text: self._filter_timer.start())
        for combo in (self.state_combo, self.term_combo, self.scheme_combo, self.department_combo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        ctx.signals.changed.connect(self._on_data_changed)
        sign_in = getattr(parent, "sign_in", None)  # the main window's: no claim stays on screen
        if sign_in is not None:
            sign_in.signed_out.connect(close_editors)
        self._update_buttons()

    # --- loading -------------------------------------------------------------------------

    def load(self) -> None:
        """Offer what the signed-in role may do; the claims are read when the page is shown."""
        self._editable = self._ctx.may(Permission.EDIT_CLAIMS)
        for button in self.edit_buttons:
            button.setVisible(self._editable)
        self.invoices.apply_permissions(self._editable)
        self._ready = True
        if self.model is not None:  # signed in again, perhaps as somebody else
            self.refresh()
        elif self.isVisible():
            self._build()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._ready:
            self._build()

    def _build(self) -> None:
        if self.model is not None:
            return
        self.model = ClaimTableModel(self._ctx.database, self._query_from_bar(), self)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        for i, column in enumerate(COLUMNS):
            title = str(self.model.headerData(i, Qt.Orientation.Horizontal))  # both in the window's language
            text = max(
                metrics.horizontalAdvance(code_label(column.sample)), metrics.horizontalAdvance(title) + 24
            )
            header.resizeSection(i, text + 14)
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.selectionModel().selectionChanged.connect(lambda _new, _old: self._update_buttons())
        self.model.modelReset.connect(self._update_count)
        self._update_count()
        self._reload_choices()
        self.invoices.reload()

    def refresh(self) -> None:
        """Read the claims and the choices again, keeping the selection."""
        if self.model is None:
            return
        keep = self.current_claim_id()
        self.model.requery()
        self.select_claim(keep)
        self._reload_choices()
        self.invoices.reload()

    def _reload_choices(self) -> None:
        self._ctx.runner.db(
            read_choices, self._ctx.database, self._ctx.enterprise, on_done=self._show_choices, quiet=True
        )

    def _show_choices(self, choices: Choices) -> None:
        self.choices = choices
        self._show_states(choices.counts)
        _refill(self.term_combo, self.tr("全部学期"), [(t, t) for t in choices.terms])
        _refill(self.scheme_combo, self.tr("全部资助项目"), [(i, n) for i, n in choices.schemes])
        _refill(self.department_combo, self.tr("全部部门"), [(i, n) for i, n in choices.departments])

    def _show_states(self, counts: dict[str, int]) -> None:
        from qiuxue_desktop.domain.claims import IN_PROGRESS_STATES, STATES

        total = sum(counts.values())
        busy = sum(counts.get(s, 0) for s in IN_PROGRESS_STATES)
        items: list[tuple[object, str]] = [(IN_PROGRESS, self.tr("办理中（{n}）").format(n=busy))]
        items += [
            (code, with_note(code_label(label), str(counts.get(code, 0)))) for code, label in STATES.items()
        ]
        _refill(self.state_combo, self.tr("全部状态（{n}）").format(n=total), items)

    def _on_data_changed(self, area: str) -> None:
        if area in (signals.CLAIMS, signals.FUNDS, signals.LEARNERS, signals.STUDY):
            self.refresh()

    # --- filtering -----------------------------------------------------------------------

    def _query_from_bar(self, base: ClaimQuery | None = None) -> ClaimQuery:
        from qiuxue_desktop.domain.claims import IN_PROGRESS_STATES
        from qiuxue_desktop.services.claim_query import ClaimQuery

        state = self.state_combo.currentData()
        states = IN_PROGRESS_STATES if state == IN_PROGRESS else (state,) if state else ()
        return replace(
            base or ClaimQuery(),
            text=self.filter_edit.text().strip(),
            states=tuple(states),
            term=self.term_combo.currentData() or "",
            scheme_id=self.scheme_combo.currentData(),
            department_id=self.department_combo.currentData(),
        )

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        if self.model is None:
            return
        keep = self.current_claim_id()
        self.model.set_query(self._query_from_bar(self.model.query))
        self.select_claim(keep)

    def show_filtered(self, *, state: str) -> None:
        """The list behind a figure of the desk (工作台): the claims in one state (or 办理中), no
        other filter."""
        self.tabs.setCurrentIndex(0)
        for combo, index in (
            (self.term_combo, 0),
            (self.scheme_combo, 0),
            (self.department_combo, 0),
            (self.state_combo, max(self.state_combo.findData(state), 0)),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(index)
            combo.blockSignals(False)
        self.filter_edit.blockSignals(True)
        self.filter_edit.clear()
        self.filter_edit.blockSignals(False)
        self.apply_filter()

    def _update_count(self) -> None:
        n = self.model.rowCount() if self.model is not None else 0
        self.count_label.setText(self.tr("共 {n} 份申请").format(n=n))
        self._update_buttons()

    # --- selection and actions -----------------------------------------------------------

    def current_claim_id(self) -> int | None:
        if self.model is None:
            return None
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return self.model.claim_id(index.row())

    def select_claim(self, claim_id: int | None) -> None:
        if self.model is None or claim_id is None:
            return
        row = self.model.row_of(claim_id)
        if row is None:
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.current_claim_id() is not None)
        for button in self.edit_buttons:
            button.setEnabled(self.model is not None)

    def open_selected(self) -> QWidget | None:
        claim_id = self.current_claim_id()
        return open_claim(self, self._ctx, claim_id) if claim_id is not None else None

    def new_claim(self, kind: str) -> QWidget:
        return new_claim(self, self._ctx, kind, self._created)

    def _created(self, claim_id: int) -> None:
        self.tabs.setCurrentIndex(0)
        self.select_claim(claim_id)
        open_claim(self, self._ctx, claim_id)


INVOICE_HEADERS = (
    QT_TRANSLATE_NOOP("InvoicesPage", "票据号码"),
    QT_TRANSLATE_NOOP("InvoicesPage", "类型"),
    QT_TRANSLATE_NOOP("InvoicesPage", "学员"),
    QT_TRANSLATE_NOOP("InvoicesPage", "开票单位"),
    QT_TRANSLATE_NOOP("InvoicesPage", "开票日期"),
    QT_TRANSLATE_NOOP("InvoicesPage", "学期"),
    QT_TRANSLATE_NOOP("InvoicesPage", "所属期间"),
    QT_TRANSLATE_NOOP("InvoicesPage", "金额"),
    QT_TRANSLATE_NOOP("InvoicesPage", "报销申请"),
)
INVOICE_AMOUNT = 7  # 金额


class InvoicesPage(QWidget):
    """票据: the invoices newest first (filtered as typed), registered, corrected, deleted, and
    a claim made from one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invoicesPage")
        self._ctx = ctx
        self.rows: list[InvoiceRow] = []
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("invoiceFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("搜索：票据号码、学员姓名、开票单位、学期"))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("invoiceCount")
        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.count_label)
        self.table = read_only_table(self, [self.tr(h) for h in INVOICE_HEADERS], "invoiceTable")
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("登记票据…"), self)
        self.add_button.setObjectName("addInvoice")
        self.edit_button = QPushButton(self.tr("修改…"), self)
        self.edit_button.setObjectName("editInvoice")
        self.delete_button = QPushButton(self.tr("删除"), self)
        self.delete_button.setObjectName("deleteInvoice")
        self.claim_button = QPushButton(self.tr("由此票据申请报销"), self)
        self.claim_button.setObjectName("claimFromInvoice")
        self.add_button.clicked.connect(self.add_invoice)
        self.edit_button.clicked.connect(self.edit_invoice)
        self.delete_button.clicked.connect(self.delete_invoice)
        self.claim_button.clicked.connect(self.claim_from_invoice)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button, self.claim_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.edit_buttons = (self.add_button, self.edit_button, self.delete_button, self.claim_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.filter_edit.textChanged.connect(lambda _t: self._show())
        self.apply_permissions(False)

    def apply_permissions(self, editable: bool) -> None:
        for button in self.edit_buttons:
            button.setVisible(editable)
        self._update_buttons()

    def reload(self) -> None:
        from qiuxue_desktop.services.invoices import list_invoices

        db = self._ctx.database

        def read() -> list[InvoiceRow]:
            with db.read() as session:
                return list_invoices(session)

        self._ctx.runner.db(read, on_done=self._loaded, quiet=True)

    def _loaded(self, rows: list[InvoiceRow]) -> None:
        self.rows = rows
        self._show()

    def _show(self) -> None:
        from qiuxue_desktop.domain.claims import INVOICE_COVERS, INVOICE_KINDS
        from qiuxue_desktop.domain.money import format_rmb

        keep = row_key(self.table)
        tokens = self.filter_edit.text().upper().split()
        shown = [
            r
            for r in self.rows
            if all(t in f"{r.number} {r.learner_name} {r.issuer} {r.term}".upper() for t in tokens)
        ]
        fill_table(
            self.table,
            [
                (
                    r.number,
                    code_label(INVOICE_KINDS.get(r.kind, r.kind)),
                    r.learner_name,
                    r.issuer,
                    r.issued_on.isoformat(),
                    r.term,
                    code_label(INVOICE_COVERS.get(r.covers, r.covers)),
                    format_rmb(r.amount_fen),
                    r.claim_no,
                )
                for r in shown
            ],
            [r.id for r in shown],
        )
        for r in range(len(shown)):
            item = self.table.item(r, INVOICE_AMOUNT)
            if item is not None:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.count_label.setText(self.tr("共 {n} 张票据").format(n=len(shown)))
        if keep is not None:
            select_key(self.table, keep)
        self._update_buttons()

    def current(self) -> InvoiceRow | None:
        key = row_key(self.table)
        return next((r for r in self.rows if r.id == key), None)

    def _update_buttons(self) -> None:
        row = self.current()
        free = row is not None and not row.claim_no
        self.edit_button.setEnabled(free)
        self.delete_button.setEnabled(free)
        self.claim_button.setEnabled(free)
        tip = (
            self.tr("已用于报销申请 {no}").format(no=row.claim_no) if row is not None and row.claim_no else ""
        )
        for button in (self.edit_button, self.delete_button, self.claim_button):
            button.setToolTip(tip)

    def add_invoice(self) -> QWidget:
        from qiuxue_desktop.views.dialogs.invoice_dialog import InvoiceDialog

        dialog = InvoiceDialog(self._ctx, self)
        dialog.saved.connect(self._select_later)
        return open_dialog(dialog)

    def edit_invoice(self) -> QWidget | None:
        from qiuxue_desktop.views.dialogs.invoice_dialog import InvoiceDialog

        row = self.current()
        if row is None:
            return None
        return open_dialog(InvoiceDialog(self._ctx, self, invoice=row))

    def _select_later(self, invoice_id: int) -> None:
        self.filter_edit.clear()

        def select(rows: list[InvoiceRow]) -> None:
            self._loaded(rows)
            select_key(self.table, invoice_id)

        from qiuxue_desktop.services.invoices import list_invoices

        db = self._ctx.database

        def read() -> list[InvoiceRow]:
            with db.read() as session:
                return list_invoices(session)

        self._ctx.runner.db(read, on_done=select, quiet=True)

    def delete_invoice(self) -> QMessageBox | None:
        row = self.current()
        if row is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("删除票据"),
            self.tr("删除票据 {number}（{name}，{term}）？").format(
                number=row.number, name=row.learner_name, term=row.term
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("confirmDeleteInvoice")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("删除"))  # the default: No
        box.button(QMessageBox.StandardButton.No).setText(self.tr("取消"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.buttonClicked.connect(lambda button: self._delete(row) if button is yes else None)
        box.open()
        return box

    def _delete(self, row: InvoiceRow) -> None:
        from qiuxue_desktop.services.invoices import delete_invoice

        db = self._ctx.database

        def work() -> None:
            with db.write() as session:
                delete_invoice(session, row.id, expected_version=row.version)

        self._ctx.runner.db(work, on_done=lambda _r: self._ctx.signals.changed.emit(signals.CLAIMS))

    def claim_from_invoice(self) -> None:
        from qiuxue_desktop.services.claims import create_invoice_claim

        row = self.current()
        if row is None:
            return
        db = self._ctx.database

        def work() -> int:
            with db.write() as session:
                return create_invoice_claim(session, row.id)

        def created(claim_id: int) -> None:
            self._ctx.signals.changed.emit(signals.CLAIMS)
            open_claim(self, self._ctx, claim_id)

        self._ctx.runner.db(work, on_done=created)
