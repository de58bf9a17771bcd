"""Making a claim and moving it along, as the claims view and the claim editor offer it: the
dialog that makes a claim (learner → enrolment → invoice, or a graduated enrolment), the
dialog that asks what one approval step needs (签名人 without accounts, a reason, the posting's
start, the payment's date, method and reference), and the one function that runs a step as
one unit of work on the database worker."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qiuxue_desktop.views import signals
from qiuxue_desktop.views.code_labels import code_label
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.study_common import ok_cancel, open_dialog
from qiuxue_desktop.views.style import ERROR_COLOR
from qiuxue_desktop.views.widgets.field_grid import FieldGrid, date_edit
from qiuxue_desktop.views.widgets.learner_picker import LearnerPicker

if TYPE_CHECKING:
    from qiuxue_desktop.db.engine import Database
    from qiuxue_desktop.services.claim_query import ClaimDetail
    from qiuxue_desktop.services.enrolment_query import EnrolmentRow
    from qiuxue_desktop.services.invoices import InvoiceRow
    from qiuxue_desktop.views.dialogs.claim_editor import ClaimEditor

REASON_ACTIONS = ("return", "void", "correct")
NOTE_ACTIONS = ("hr_review", "union_approve")


def run_step(db: Database, claim_id: int, version: int, key: str, params: dict[str, Any]) -> Any:
    """One approval step (claim_flow.ACTIONS) as one unit of work; for 更正 the new claim's id."""
    from qiuxue_desktop.services import claim_flow as flow

    signer = params.get("signer", "")
    with db.write() as s:
        if key == "submit":
            return flow.submit_claim(s, claim_id, expected_version=version, signer=signer)
        if key in NOTE_ACTIONS:
            step = flow.hr_review if key == "hr_review" else flow.union_approve
            return step(s, claim_id, expected_version=version, signer=signer, note=params.get("note", ""))
        if key == "start_posting":
            return flow.start_posting(
                s, claim_id, start=params["start"], expected_version=version, signer=signer
            )
        if key == "pay":
            return flow.pay_claim(
                s,
                claim_id,
                paid_on=params["paid_on"],
                method=params["method"],
                reference=params.get("reference", ""),
                expected_version=version,
                signer=signer,
            )
        if key == "return":
            return flow.return_claim(
                s, claim_id, reason=params["reason"], expected_version=version, signer=signer
            )
        if key == "void":
            return flow.void_claim(
                s, claim_id, reason=params["reason"], expected_version=version, signer=signer
            )
        if key == "correct":
            return flow.start_correction_claim(s, claim_id, reason=params["reason"], signer=signer)
    raise ValueError(f"unknown claim action {key!r}")


def open_claim(parent: QWidget, ctx: AppContext, claim_id: int) -> ClaimEditor:
    """The claim's editor: the one already open for it, raised, or a new one."""
    from qiuxue_desktop.views.dialogs.claim_editor import ClaimEditor

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, ClaimEditor) and widget.claim_id == claim_id and widget.isVisible():
            widget.raise_()
            widget.activateWindow()
            return widget
    editor = ClaimEditor(ctx, claim_id, parent)
    editor.show()
    return editor


def close_editors() -> None:
    """Close every claim editor (the person at the window signed out)."""
    from qiuxue_desktop.views.dialogs.claim_editor import ClaimEditor

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, ClaimEditor) and widget.isVisible():
            widget.close()


def _message_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("message")
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOR};")
    return label


class StepDialog(QDialog):
    """What one step needs, then the step itself on the worker; a refusal stays in the dialog."""

    stepped = Signal(object)  # the service's result, after the commit

    def __init__(
        self, ctx: AppContext, detail: ClaimDetail, key: str, posting_days: int, parent: QWidget
    ) -> None:
        super().__init__(parent)
        from qiuxue_desktop.domain.claims import PAY_METHODS
        from qiuxue_desktop.domain.money import format_rmb
        from qiuxue_desktop.services.claim_flow import ACTIONS

        self.setObjectName("stepDialog")
        self._ctx, self.detail, self.key, self._days = ctx, detail, key, posting_days
        label = self.tr(ACTIONS[key][0])
        self.setWindowTitle(label)
        intro = QLabel(
            self.tr("{action}：{no}　{name}　应分摊 {base}，现为“{state}”").format(
                action=label,
                no=detail.claim_no,
                name=detail.learner_name,
                base=format_rmb(detail.base_fen),
                state=code_label(detail.state_label),
            ),
            self,
        )
        intro.setObjectName("stepIntro")
        self.grid = FieldGrid(field_width=280)
        principal = ctx.principal
        self.signer_edit: QLineEdit | None = None
        if principal is not None and principal.local:  # no accounts: the name is recorded as entered
            self.signer_edit = QLineEdit(principal.display_name, self)
            self.signer_edit.setObjectName("signer")
            self.signer_edit.setMaxLength(60)
            self.grid.add_row("signer", self.tr("签名人"), self.signer_edit, required=True)
        self.text_edit: QLineEdit | None = None
        if key in REASON_ACTIONS or key in NOTE_ACTIONS:
            self.text_edit = QLineEdit(self)
            self.text_edit.setObjectName("stepText")
            if key in REASON_ACTIONS:
                self.text_edit.setPlaceholderText(self.tr("至少 4 个字，如：发票复印件不清楚，请补交"))
                self.grid.add_row("reason", self.tr("原因"), self.text_edit, required=True)
            else:
                self.grid.add_row("note", self.tr("审核意见"), self.text_edit)
        self.date_edit = None
        self.hint = QLabel(self)
        self.hint.setObjectName("stepHint")
        self.hint.setWordWrap(True)
        self.method_combo: QComboBox | None = None
        self.reference_edit: QLineEdit | None = None
        if key == "start_posting":
            self.date_edit = date_edit(self, latest_today=False)
            self.date_edit.setObjectName("postingStart")
            self.date_edit.dateChanged.connect(lambda _d: self._show_posting_end())
            self.grid.add_row("start", self.tr("公示开始日期"), self.date_edit, required=True)
            self._show_posting_end()
        elif key == "pay":
            self.date_edit = date_edit(self)
            self.date_edit.setObjectName("paidOn")
            self.method_combo = QComboBox(self)
            self.method_combo.setObjectName("payMethod")
            for code, text in PAY_METHODS.items():
                self.method_combo.addItem(code_label(text), code)
            self.reference_edit = QLineEdit(self)
            self.reference_edit.setObjectName("payReference")
            self.reference_edit.setMaxLength(40)
            self.reference_edit.setPlaceholderText(self.tr("转账流水号或凭证号"))
            self.grid.add_row("paid_on", self.tr("支付日期"), self.date_edit, required=True)
            self.grid.add_row("method", self.tr("支付方式"), self.method_combo, required=True)
            self.grid.add_row("reference", self.tr("流水号／凭证号"), self.reference_edit)
            if detail.payable_from is not None:
                self.hint.setText(
                    self.tr("公示 {start} 至 {end}，最早支付日期：{first}").format(
                        start=detail.posting_start.isoformat() if detail.posting_start else "",
                        end=detail.posting_end.isoformat() if detail.posting_end else "",
                        first=detail.payable_from.isoformat(),
                    )
                )
        self.message = _message_label(self)
        self.buttons = ok_cancel(self, label)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.grid)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _show_posting_end(self) -> None:
        assert self.date_edit is not None
        start: dt.date = self.date_edit.date().toPython()  # type: ignore[assignment]
        end = start + dt.timedelta(days=max(self._days, 1) - 1)
        if self._days == 0:
            self.hint.setText(
                self.tr("本申请的资助项目不要求公示：公示 1 天（{day}），当天即可支付。").format(day=end)
            )
        else:
            self.hint.setText(
                self.tr("公示 {n} 天：{start} 至 {end}，{first} 起可以支付。").format(
                    n=self._days, start=start, end=end, first=end + dt.timedelta(days=1)
                )
            )

    def params(self) -> tuple[dict[str, Any], dict[str, str]]:
        """The request, and the problems found before asking the service."""
        problems: dict[str, str] = {}
        params: dict[str, Any] = {}
        if self.signer_edit is not None:
            params["signer"] = " ".join(self.signer_edit.text().split())
            if not params["signer"]:
                problems["signer"] = self.tr("请填写签名人姓名")
        if self.text_edit is not None:
            text = " ".join(self.text_edit.text().split())
            if self.key in REASON_ACTIONS:
                params["reason"] = text
                if not text:
                    problems["reason"] = self.tr("请写明原因")
            else:
                params["note"] = text
        if self.key == "start_posting" and self.date_edit is not None:
            params["start"] = self.date_edit.date().toPython()
        if self.key == "pay" and self.date_edit is not None:
            assert self.method_combo is not None and self.reference_edit is not None
            params["paid_on"] = self.date_edit.date().toPython()
            params["method"] = self.method_combo.currentData()
            params["reference"] = self.reference_edit.text()
        return params, problems

    def reject(self) -> None:
        if self.buttons.isEnabled():
            super().reject()

    def save(self) -> None:
        params, problems = self.params()
        self.grid.show_problems(problems)
        if problems:
            return
        db, claim_id, version, key = self._ctx.database, self.detail.id, self.detail.version, self.key
        self.message.clear()
        self.buttons.setEnabled(False)
        self._ctx.runner.db(
            run_step, db, claim_id, version, key, params, on_done=self._stepped, on_error=self._failed
        )

    def _stepped(self, result: object) -> None:
        self._ctx.signals.changed.emit(signals.CLAIMS)
        self.stepped.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> bool:
        from qiuxue_desktop.errors import KnownError

        self.buttons.setEnabled(True)
        if isinstance(exc, KnownError):
            self.message.setText(exc.message)
            return True
        return False


class NewClaimDialog(QDialog):
    """新建申请 (from an invoice: learner → enrolment → invoice, or an invoice registered on the
    spot) or 毕业补助申请 (a graduated enrolment). The claim is made as a draft with its split."""

    created = Signal(int)  # the new claim's id, after the commit

    def __init__(self, ctx: AppContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newClaimDialog")
        self._ctx, self.kind = ctx, kind
        graduation = kind == "graduation"
        self.setWindowTitle(self.tr("毕业补助申请") if graduation else self.tr("新建报销申请"))
        self._enrolments: list[EnrolmentRow] = []
        self.picker = LearnerPicker(ctx, self)
        self.picker.chosen.connect(self._learner_chosen)
        self.enrolment_combo = QComboBox(self)
        self.enrolment_combo.setObjectName("claimEnrolment")
        self.enrolment_combo.setMinimumContentsLength(30)
        self.invoice_list = QListWidget(self)
        self.invoice_list.setObjectName("claimInvoices")
        self.invoice_list.setMinimumHeight(110)
        self.new_invoice_button = QPushButton(self.tr("登记新票据…"), self)
        self.new_invoice_button.setObjectName("registerInvoice")
        self.new_invoice_button.setEnabled(False)
        invoices = QWidget(self)
        inner = QVBoxLayout(invoices)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.invoice_list)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.new_invoice_button)
        inner.addLayout(row)
        self.grid = FieldGrid(field_width=420)
        self.grid.add_row("learner", self.tr("学员"), self.picker, required=True)
        self.grid.add_row("enrolment", self.tr("学籍"), self.enrolment_combo, required=True)
        if not graduation:
            self.grid.add_row("invoice", self.tr("票据"), invoices, required=True)
        invoices.setVisible(not graduation)
        hint = (
            self.tr("毕业补助按本学籍已登记的学费扣除各项资助后个人仍承担的部分计算。")
            if graduation
            else self.tr("只列出尚未申请报销的票据；没有时请先登记票据。")
        )
        note = QLabel(hint, self)
        note.setWordWrap(True)
        self.message = _message_label(self)
        self.buttons = ok_cancel(self, self.tr("生成申请"))
        layout = QVBoxLayout(self)
        layout.addLayout(self.grid)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.enrolment_combo.currentIndexChanged.connect(lambda _i: self._read_invoices())
        self.new_invoice_button.clicked.connect(self.register_invoice)

    def _learner_chosen(self, learner_id: object) -> None:
        from qiuxue_desktop.services.enrolment_query import learner_enrolments

        if not isinstance(learner_id, int):
            self._show_enrolments([])
            return
        db, graduation = self._ctx.database, self.kind == "graduation"

        def read() -> list[EnrolmentRow]:
            with db.read() as session:
                rows = learner_enrolments(session, learner_id)
            return [r for r in rows if r.status == "graduated"] if graduation else rows

        self._ctx.runner.db(read, on_done=self._show_enrolments, quiet=True)

    def _show_enrolments(self, rows: list[EnrolmentRow]) -> None:
        self._enrolments = rows
        self.enrolment_combo.blockSignals(True)
        self.enrolment_combo.clear()
        for r in reversed(rows):
            when = r.graduation_date.isoformat() if r.graduation_date else r.intake_date.isoformat()
            self.enrolment_combo.addItem(
                self.tr("{inst} {prog}（{level}，{status} {when}）").format(
                    inst=r.institution_name,
                    prog=r.programme_name,
                    level=code_label(r.level_label),
                    status=code_label(r.status_label),
                    when=when,
                ),
                r.id,
            )
        self.enrolment_combo.blockSignals(False)
        none = self.tr("该学员没有已毕业的学籍") if self.kind == "graduation" else self.tr("该学员没有学籍")
        self.grid.show_problems(
            {"enrolment": none} if self.picker.learner_id() is not None and not rows else {}
        )
        self._read_invoices()

    def enrolment_id(self) -> int | None:
        data = self.enrolment_combo.currentData()
        return data if isinstance(data, int) else None

    def _read_invoices(self, select: int | None = None) -> None:
        from qiuxue_desktop.services.invoices import list_invoices

        enrolment_id = self.enrolment_id()
        self.new_invoice_button.setEnabled(enrolment_id is not None)
        if self.kind == "graduation" or enrolment_id is None:
            self._show_invoices([], None)
            return
        db = self._ctx.database

        def read() -> list[InvoiceRow]:
            with db.read() as session:
                return [r for r in list_invoices(session, enrolment_id=enrolment_id) if not r.claim_no]

        self._ctx.runner.db(read, on_done=lambda rows: self._show_invoices(rows, select), quiet=True)

    def _show_invoices(self, rows: list[InvoiceRow], select: int | None) -> None:
        from qiuxue_desktop.domain.claims import INVOICE_KINDS
        from qiuxue_desktop.domain.money import format_rmb

        self.invoice_list.clear()
        for r in rows:
            item = QListWidgetItem(
                f"{code_label(INVOICE_KINDS.get(r.kind, r.kind))} {r.number}　{format_rmb(r.amount_fen)}　{r.term}　"
                f"{r.issuer} {r.issued_on.isoformat()}"
            )
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.invoice_list.addItem(item)
            if r.id == select or len(rows) == 1:
                self.invoice_list.setCurrentItem(item)

    def invoice_id(self) -> int | None:
        item = self.invoice_list.currentItem()
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return data if isinstance(data, int) else None

    def register_invoice(self) -> QDialog | None:
        """登记新票据 for the chosen enrolment; once saved it is listed and chosen."""
        from qiuxue_desktop.views.dialogs.invoice_dialog import InvoiceDialog

        enrolment_id = self.enrolment_id()
        if enrolment_id is None:
            return None
        dialog = InvoiceDialog(self._ctx, self, enrolment_id=enrolment_id)
        dialog.saved.connect(lambda invoice_id: self._read_invoices(select=invoice_id))
        return open_dialog(dialog)

    def reject(self) -> None:
        if self.buttons.isEnabled():
            super().reject()

    def save(self) -> None:
        from qiuxue_desktop.services.claims import create_graduation_claim, create_invoice_claim

        problems: dict[str, str] = {}
        enrolment_id, invoice_id = self.enrolment_id(), self.invoice_id()
        if self.picker.learner_id() is None:
            problems["learner"] = self.tr("请先搜索并选择学员")
        elif enrolment_id is None:
            problems["enrolment"] = self.tr("请选择学籍")
        elif self.kind != "graduation" and invoice_id is None:
            problems["invoice"] = self.tr("请选择票据，或先登记新票据")
        self.grid.show_problems(problems)
        if problems:
            return
        db, kind = self._ctx.database, self.kind

        def work() -> int:
            with db.write() as session:
                if kind == "graduation":
                    assert enrolment_id is not None
                    return create_graduation_claim(session, enrolment_id)
                assert invoice_id is not None
                return create_invoice_claim(session, invoice_id)

        self.message.clear()
        self.buttons.setEnabled(False)
        self._ctx.runner.db(work, on_done=self._created, on_error=self._failed)

    def _created(self, claim_id: int) -> None:
        self._ctx.signals.changed.emit(signals.CLAIMS)
        self.created.emit(claim_id)
        self.accept()

    def _failed(self, exc: BaseException) -> bool:
        from qiuxue_desktop.errors import KnownError

        self.buttons.setEnabled(True)
        if isinstance(exc, KnownError):
            self.message.setText(exc.message)
            return True
        return False


def new_claim(
    parent: QWidget, ctx: AppContext, kind: str, on_created: Callable[[int], Any]
) -> NewClaimDialog:
    dialog = NewClaimDialog(ctx, kind, parent)
    dialog.created.connect(on_created)
    open_dialog(dialog)
    return dialog
