"""Documents on paper from the window: the claim form of a claim, the summary sheet of a term and
the posting list — each made on the database worker (one unit of work that records the print),
then shown in the preview dialog to print or save.

The claims area offers them through `install_claims_actions(view, ctx, layout, current)`: three
buttons added to its row of buttons, shown to the roles that may print (Permission.PRINT_LISTS;
the services refuse the others anyway).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from qiuxue_desktop.views.error_box import message_box, show_error
from qiuxue_desktop.views.progress_dialog import run_with_progress

if TYPE_CHECKING:
    from qiuxue_desktop.db.engine import Database
    from qiuxue_desktop.io.pdf.documents import PdfDocument
    from qiuxue_desktop.progress import Progress
    from qiuxue_desktop.views.context import AppContext
    from qiuxue_desktop.views.dialogs.preview_dialog import PreviewDialog


def show_document(parent: QWidget, ctx: AppContext, document: PdfDocument) -> PreviewDialog:
    from qiuxue_desktop.views.dialogs.preview_dialog import PreviewDialog

    dialog = PreviewDialog(ctx, document, parent)
    dialog.show()
    return dialog


def _shown(
    parent: QWidget, ctx: AppContext, then: Callable[[PreviewDialog], None] | None
) -> Callable[[object], None]:
    def done(document: object) -> None:
        dialog = show_document(parent, ctx, document)  # type: ignore[arg-type]
        if then is not None:
            then(dialog)

    return done


def _refused(parent: QWidget) -> Callable[[BaseException], bool]:
    def failed(exc: BaseException) -> bool:
        show_error(parent, exc)
        return True

    return failed


# --- the documents, made on the database worker ---------------------------------------------


def make_claim_form(db: Database, claim_id: int) -> PdfDocument:
    from qiuxue_desktop.io.pdf.documents import claim_form_document

    with db.write() as s:
        return claim_form_document(s, claim_id)


def make_summary(db: Database, term: str, masked: bool, progress: Progress) -> PdfDocument:
    from qiuxue_desktop.io.pdf.lists import summary_document

    with db.write() as s:
        return summary_document(s, term, masked=masked, progress=progress)


def make_posting_list(db: Database, term: str) -> PdfDocument:
    from qiuxue_desktop.io.pdf.lists import posting_document

    with db.write() as s:
        return posting_document(s, term=term)


def read_terms(db: Database) -> list[str]:
    from qiuxue_desktop.services.claim_query import claim_terms

    with db.read() as s:
        return claim_terms(s)


# --- entry points ---------------------------------------------------------------------------


def print_claim_form(
    parent: QWidget, ctx: AppContext, claim_id: int, then: Callable[[PreviewDialog], None] | None = None
) -> None:
    """The claim's form in the preview."""
    ctx.runner.db(
        make_claim_form, ctx.database, claim_id, on_done=_shown(parent, ctx, then), on_error=_refused(parent)
    )


def print_summary(
    parent: QWidget,
    ctx: AppContext,
    term: str,
    *,
    masked: bool = False,
    then: Callable[[PreviewDialog], None] | None = None,
) -> None:
    """The term's summary sheet in the preview, made behind a progress dialog (thousands of rows)."""
    db = ctx.database
    run_with_progress(
        parent,
        ctx.runner,
        lambda progress: make_summary(db, term, masked, progress),
        QCoreApplication.translate("print_actions", "正在生成汇总表……"),
        on_done=_shown(parent, ctx, then),
        on_error=_refused(parent),
    )


def print_posting_list(
    parent: QWidget, ctx: AppContext, term: str = "", then: Callable[[PreviewDialog], None] | None = None
) -> None:
    """The posting list of the claims now 公示中 in the preview."""
    ctx.runner.db(
        make_posting_list, ctx.database, term, on_done=_shown(parent, ctx, then), on_error=_refused(parent)
    )


class TermChoice(QDialog):
    """Which term a list is for (the terms some claim belongs to), and whether to mask ID numbers."""

    def __init__(self, terms: list[str], title: str, parent: QWidget, *, any_term: bool, mask: bool) -> None:
        super().__init__(parent)
        self.setObjectName("termChoice")
        self.setWindowTitle(title)
        self.term_combo = QComboBox(self)
        self.term_combo.setObjectName("termChoiceTerm")
        if any_term:
            self.term_combo.addItem(self.tr("全部学期"), "")
        for term in terms:
            self.term_combo.addItem(term, term)
        self.mask_box = QCheckBox(self.tr("身份证号部分隐藏"), self)
        self.mask_box.setObjectName("termChoiceMask")
        self.mask_box.setVisible(mask)
        note = QLabel(self.tr("汇总表包含该学期“公示中”和“已支付”的申请。") if mask else "", self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("预览"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("学期"), self.term_combo)
        form.addRow("", self.mask_box)
        form.addRow(note)
        form.addRow(buttons)

    @property
    def term(self) -> str:
        return str(self.term_combo.currentData() or "")


def choose_and_print_summary(parent: QWidget, ctx: AppContext) -> None:
    def ask(terms: list[str]) -> None:
        if not terms:
            message_box(
                parent,
                QCoreApplication.translate("print_actions", "汇总表"),
                QCoreApplication.translate("print_actions", "还没有任何报销申请。"),
            )
            return
        dialog = TermChoice(
            terms,
            QCoreApplication.translate("print_actions", "打印汇总表"),
            parent,
            any_term=False,
            mask=True,
        )
        dialog.accepted.connect(
            lambda: print_summary(parent, ctx, dialog.term, masked=dialog.mask_box.isChecked())
        )
        dialog.open()

    ctx.runner.db(read_terms, ctx.database, on_done=ask, on_error=_refused(parent), quiet=True)


def choose_and_print_posting_list(parent: QWidget, ctx: AppContext) -> None:
    def ask(terms: list[str]) -> None:
        dialog = TermChoice(
            terms,
            QCoreApplication.translate("print_actions", "打印公示名单"),
            parent,
            any_term=True,
            mask=False,
        )
        dialog.accepted.connect(lambda: print_posting_list(parent, ctx, dialog.term))
        dialog.open()

    ctx.runner.db(read_terms, ctx.database, on_done=ask, on_error=_refused(parent), quiet=True)


class _ShowWatcher(QObject):
    """Shows the print buttons to the roles that may print, each time their view is shown."""

    def __init__(self, view: QWidget, ctx: AppContext, buttons: tuple[QPushButton, ...]) -> None:
        super().__init__(view)
        self._ctx, self._buttons = ctx, buttons
        view.installEventFilter(self)

    def apply(self) -> None:
        from qiuxue_desktop.domain.permissions import Permission

        for button in self._buttons:
            button.setVisible(self._ctx.may(Permission.PRINT_LISTS))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self.apply()
        return False


def install_claims_actions(
    view: QWidget, ctx: AppContext, layout: QBoxLayout, current: Callable[[], int | None]
) -> tuple[QPushButton, ...]:
    """Add 打印申请表 (the selected claim), 打印汇总表… and 打印公示名单… to the claims view's buttons."""
    form = QPushButton(QCoreApplication.translate("print_actions", "打印申请表"), view)
    form.setObjectName("printClaimForm")
    summary = QPushButton(QCoreApplication.translate("print_actions", "打印汇总表…"), view)
    summary.setObjectName("printSummary")
    posting = QPushButton(QCoreApplication.translate("print_actions", "打印公示名单…"), view)
    posting.setObjectName("printPostingList")

    def form_clicked() -> None:
        claim_id = current()
        if claim_id is None:
            message_box(
                view,
                QCoreApplication.translate("print_actions", "打印申请表"),
                QCoreApplication.translate("print_actions", "请先在列表中选中一份报销申请。"),
            )
        else:
            print_claim_form(view, ctx, claim_id)

    form.clicked.connect(form_clicked)
    summary.clicked.connect(lambda: choose_and_print_summary(view, ctx))
    posting.clicked.connect(lambda: choose_and_print_posting_list(view, ctx))
    buttons = (form, summary, posting)
    for button in buttons:
        layout.addWidget(button)
    _ShowWatcher(view, ctx, buttons).apply()
    return buttons
