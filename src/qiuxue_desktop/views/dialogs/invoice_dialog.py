"""Register or correct a tuition invoice or receipt (登记票据): the enrolment (of a learner
searched for, or given), kind, number, issuer (the institution unless typed), date, amount
(typed in yuan, kept in 分, never a float), the term it belongs to and whether it covers a
term or a whole year, notes. Each refusal of the service stands beside its field."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from qiuxue_desktop.views import signals
from qiuxue_desktop.views.code_labels import code_label
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.study_common import ok_cancel, qdate
from qiuxue_desktop.views.widgets.field_grid import FieldGrid, date_edit
from qiuxue_desktop.views.widgets.learner_picker import LearnerPicker

if TYPE_CHECKING:
    from qiuxue_desktop.services.enrolment_query import EnrolmentRow
    from qiuxue_desktop.services.invoices import InvoiceRow

TERMS_BEFORE = 1  # term labels offered before the intake term (an invoice paid ahead)


def term_choices(intake: dt.date, expected: dt.date, today: dt.date) -> list[str]:
    """The term labels an enrolment's invoice may sensibly carry: from just before its intake
    to the term after the later of its expected graduation and today."""
    from qiuxue_desktop.domain.terms import term_index, term_label

    first = term_index(intake) - TERMS_BEFORE
    last = max(term_index(expected), term_index(today)) + 1
    return [term_label(i) for i in range(first, last + 1)]


class InvoiceDialog(QDialog):
    saved = Signal(int)  # the invoice's id, after the commit

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        enrolment_id: int | None = None,
        invoice: InvoiceRow | None = None,
    ) -> None:
        super().__init__(parent)
        from qiuxue_desktop.domain.claims import INVOICE_COVERS, INVOICE_KINDS
        from qiuxue_desktop.services.invoices import INVOICE_FIELDS

        self.setObjectName("invoiceDialog")
        self.setWindowTitle(self.tr("修改票据") if invoice is not None else self.tr("登记票据"))
        self._ctx = ctx
        self.invoice = invoice
        self._enrolments: list[EnrolmentRow] = []
        self._issuers: dict[int, str] = {}
        self._issuer_touched = invoice is not None
        self._term_touched = invoice is not None
        fixed = invoice.enrolment_id if invoice is not None else enrolment_id

        self.picker: LearnerPicker | None = None
        self.enrolment_combo = QComboBox(self)
        self.enrolment_combo.setObjectName("invoiceEnrolment")
        self.enrolment_combo.setMinimumContentsLength(30)
        self.enrolment_combo.setPlaceholderText(self.tr("请先搜索并选择学员"))
        enrolment_field: QWidget = self.enrolment_combo
        if fixed is None:
            self.picker = LearnerPicker(ctx, self)
            self.picker.chosen.connect(self._learner_chosen)
            box = QWidget(self)
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.addWidget(self.picker)
            inner.addWidget(self.enrolment_combo)
            enrolment_field = box
        self.kind_combo = QComboBox(self)
        for code, label in INVOICE_KINDS.items():
            self.kind_combo.addItem(code_label(label), code)
        self.number_edit = QLineEdit(self)
        self.number_edit.setObjectName("invoiceNumber")
        self.number_edit.setMaxLength(30)
        self.number_edit.setPlaceholderText(self.tr("8 到 20 位数字或大写字母"))
        self.issuer_edit = QLineEdit(self)
        self.issuer_edit.setObjectName("invoiceIssuer")
        self.issuer_edit.setMaxLength(100)
        self.issued_edit = date_edit(self)
        self.amount_edit = QLineEdit(self)
        self.amount_edit.setObjectName("invoiceAmount")
        self.amount_edit.setPlaceholderText(self.tr("元，如 3,600.00"))
        self.term_combo = QComboBox(self)
        self.term_combo.setObjectName("invoiceTerm")
        self.covers_combo = QComboBox(self)
        self.covers_combo.setObjectName("invoiceCovers")
        for code, label in INVOICE_COVERS.items():
            self.covers_combo.addItem(code_label(label), code)
        self.notes_edit = QLineEdit(self)
        self.notes_edit.setPlaceholderText(self.tr("如：2025学年学费，含教材费"))
        self.status_label = QLabel(self)
        self.status_label.setObjectName("invoiceStatus")

        self.grid = FieldGrid(field_width=340)
        for key, widget, required in (
            ("enrolment_id", enrolment_field, True),
            ("kind", self.kind_combo, True),
            ("number", self.number_edit, True),
            ("issuer", self.issuer_edit, True),
            ("issued_on", self.issued_edit, True),
            ("amount_fen", self.amount_edit, True),
            ("term", self.term_combo, True),
            ("covers", self.covers_combo, True),
            ("notes", self.notes_edit, False),
        ):
            self.grid.add_row(key, code_label(INVOICE_FIELDS[key]), widget, required=required)
        self.buttons = ok_cancel(self, self.tr("保存") if invoice is not None else self.tr("登记"))
        layout = QVBoxLayout(self)
        layout.addLayout(self.grid)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)

        self.enrolment_combo.currentIndexChanged.connect(lambda _i: self._enrolment_chosen())
        self.issuer_edit.textEdited.connect(lambda _t: self._touch_issuer())
        self.term_combo.activated.connect(lambda _i: self._touch_term())
        self.issued_edit.dateChanged.connect(lambda _d: self._follow_date())
        if invoice is not None:
            self._fill(invoice)
        if fixed is not None:
            self._read_enrolments(enrolment_id=fixed)
        else:
            self._show_enrolments([], {})

    # --- reading what the form offers (on the worker) ------------------------------------

    def _read_enrolments(self, *, enrolment_id: int | None = None, learner_id: int | None = None) -> None:
        from qiuxue_desktop.services.enrolment_query import get_enrolment, learner_enrolments
        from qiuxue_desktop.services.invoices import default_issuer

        db = self._ctx.database

        def read() -> tuple[list[EnrolmentRow], dict[int, str]]:
            with db.read() as session:
                if enrolment_id is not None:
                    rows = [get_enrolment(session, enrolment_id)]
                else:
                    assert learner_id is not None
                    rows = learner_enrolments(session, learner_id)
                return rows, {r.id: default_issuer(session, r.id) for r in rows}

        self.status_label.setText(self.tr("正在读取学籍……"))
        self._ctx.runner.db(read, on_done=lambda found: self._show_enrolments(*found), quiet=True)

    def _learner_chosen(self, learner_id: object) -> None:
        if isinstance(learner_id, int):
            self._read_enrolments(learner_id=learner_id)
        else:
            self._show_enrolments([], {})

    def _show_enrolments(self, rows: list[EnrolmentRow], issuers: dict[int, str]) -> None:
        self.status_label.clear()
        self._enrolments, self._issuers = rows, issuers
        self.enrolment_combo.blockSignals(True)
        self.enrolment_combo.clear()
        for r in reversed(rows):  # the newest enrolment first
            self.enrolment_combo.addItem(
                self.tr("{name}：{inst} {prog}（{level}，{status}，学号 {no}）").format(
                    name=r.learner_name,
                    inst=r.institution_name,
                    prog=r.programme_name,
                    level=code_label(r.level_label),
                    status=code_label(r.status_label),
                    no=r.student_no,
                ),
                r.id,
            )
        self.enrolment_combo.setCurrentIndex(0 if rows else -1)  # a placeholder keeps it at -1 otherwise
        self.enrolment_combo.setEnabled(self.invoice is None and len(rows) > 1)
        self.enrolment_combo.blockSignals(False)
        self._enrolment_chosen()

    def enrolment(self) -> EnrolmentRow | None:
        wanted = self.enrolment_combo.currentData()
        return next((r for r in self._enrolments if r.id == wanted), None)

    def _enrolment_chosen(self) -> None:
        """The issuer (the institution) and the terms around the enrolment."""
        row = self.enrolment()
        keep = self.term_combo.currentText() or (self.invoice.term if self.invoice else "")
        self.term_combo.clear()
        if row is None:
            return
        if not self._issuer_touched:
            self.issuer_edit.setText(self._issuers.get(row.id, row.institution_name))
        labels = term_choices(row.intake_date, row.expected_graduation, dt.date.today())
        if keep and keep not in labels:
            labels.append(keep)  # an invoice recorded outside the usual range keeps its term
        self.term_combo.addItems(labels)
        if self._term_touched and keep:
            self.term_combo.setCurrentText(keep)
        else:
            self._follow_date()

    def _follow_date(self) -> None:
        """Until the term is chosen by hand, it is the term the invoice's date falls in."""
        from qiuxue_desktop.domain.terms import term_index, term_label

        if self._term_touched or self.term_combo.count() == 0:
            return
        issued: dt.date = self.issued_edit.date().toPython()  # type: ignore[assignment]
        label = term_label(term_index(issued))
        if self.term_combo.findText(label) >= 0:
            self.term_combo.setCurrentText(label)

    def _touch_issuer(self) -> None:
        self._issuer_touched = True

    def _touch_term(self) -> None:
        self._term_touched = True

    def _fill(self, invoice: InvoiceRow) -> None:
        from qiuxue_desktop.domain.money import format_yuan

        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(invoice.kind), 0))
        self.number_edit.setText(invoice.number)
        self.issuer_edit.setText(invoice.issuer)
        self.issued_edit.setDate(qdate(invoice.issued_on))
        self.amount_edit.setText(format_yuan(invoice.amount_fen))
        self.covers_combo.setCurrentIndex(max(self.covers_combo.findData(invoice.covers), 0))

    # --- saving --------------------------------------------------------------------------

    def values(self) -> tuple[dict[str, Any], dict[str, str]]:
        """The request and the problems found before asking the service."""
        from qiuxue_desktop.domain.money import yuan_to_fen

        problems: dict[str, str] = {}
        amount: int | None = None
        text = self.amount_edit.text().strip()
        if not text:
            problems["amount_fen"] = self.tr("请填写金额")
        else:
            try:
                amount = yuan_to_fen(text)
            except ValueError as exc:
                problems["amount_fen"] = str(exc)
        row = self.enrolment()
        if row is None:
            problems["enrolment_id"] = self.tr("请先选择学员和学籍")
        if not self.term_combo.currentText():
            problems["term"] = self.tr("请选择学期")
        values = {
            "number": self.number_edit.text(),
            "issuer": self.issuer_edit.text(),
            "issued_on": self.issued_edit.date().toPython(),
            "amount_fen": amount,
            "term": self.term_combo.currentText(),
            "covers": self.covers_combo.currentData(),
            "kind": self.kind_combo.currentData(),
            "notes": self.notes_edit.text(),
        }
        return values, problems

    def reject(self) -> None:
        if self.buttons.isEnabled():
            super().reject()

    def save(self) -> None:
        from qiuxue_desktop.services.invoices import add_invoice, update_invoice

        values, problems = self.values()
        self.grid.show_problems(problems)
        if problems:
            return
        db, invoice, row = self._ctx.database, self.invoice, self.enrolment()
        assert row is not None

        def work() -> int:
            with db.write() as session:
                if invoice is None:
                    return add_invoice(session, enrolment_id=row.id, **values)
                update_invoice(session, invoice.id, expected_version=invoice.version, **values)
                return invoice.id

        self.buttons.setEnabled(False)
        self._ctx.runner.db(work, on_done=self._saved, on_error=self._failed)

    def _saved(self, invoice_id: int) -> None:
        self._ctx.signals.changed.emit(signals.CLAIMS)
        self.saved.emit(invoice_id)
        self.accept()

    def _failed(self, exc: BaseException) -> bool:
        from qiuxue_desktop.services.invoices import InvoiceRejected

        self.buttons.setEnabled(True)
        if isinstance(exc, InvoiceRejected):
            self.grid.show_problems(exc.problems)
            return True
        return False
