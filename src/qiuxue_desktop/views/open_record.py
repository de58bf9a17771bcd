"""Open one record where the areas open it: a learner's form (or, for a role that may not edit
learners, the study page), an enrolment's study page, a claim's editor, an invoice in 学费报销 →
票据 and a certificate in the 证书 register — used by search everywhere (Ctrl+K).

The openers are the areas' own (study_actions.open_study_page, claim_actions.open_claim, the
learner dialog); an invoice or a certificate is shown in its area's list, filtered to its
number and selected once the list has been read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from qiuxue_desktop.views.error_box import show_error

if TYPE_CHECKING:
    from qiuxue_desktop.services.search import SearchHit
    from qiuxue_desktop.views.main_window import MainWindow


def open_learner(window: MainWindow, learner_id: int) -> QWidget | None:
    """The learner's form for a role that may edit learners, else their study page."""
    from qiuxue_desktop.domain.permissions import Permission
    from qiuxue_desktop.views.study_actions import open_study_page

    ctx = window.ctx
    assert ctx is not None
    if not ctx.may(Permission.EDIT_LEARNERS):
        return open_study_page(window, ctx, learner_id=learner_id)
    from qiuxue_desktop.views.dialogs.learner_dialog import LearnerDialog

    try:
        dialog = LearnerDialog(ctx, learner_id, window)
    except Exception as exc:
        show_error(window, exc)
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def _first_choice(*combos: QComboBox) -> None:
    """Every filter back to its first entry (全部…) without re-reading for each."""
    for combo in combos:
        combo.blockSignals(True)
        combo.setCurrentIndex(0)
        combo.blockSignals(False)


def _after_reads(window: MainWindow, then: Any) -> None:
    """Run `then` on the GUI thread once every read already given to the database worker has
    delivered its result: the worker is one thread and results come back in order."""
    assert window.ctx is not None
    window.ctx.runner.db(lambda: None, on_done=lambda _r: then(), quiet=True)


def show_certificate(window: MainWindow, number: str) -> None:
    """证书: the register filtered to `number`, that certificate selected."""
    from qiuxue_desktop.views.certificates_view import CertificatesView

    window.show_area("certificates")
    view = window.pages["certificates"]
    assert isinstance(view, CertificatesView)
    _first_choice(view.kind_filter, view.year_filter, view.state_filter)
    view.search.blockSignals(True)
    view.search.setText(number)
    view.search.blockSignals(False)
    view.load()

    def select() -> None:
        for row, record in enumerate(view.rows):
            if record.number == number:
                view.table.selectRow(row)
                view.table.scrollTo(view.table.model().index(row, 0))
                view.table.setFocus()

    _after_reads(window, select)


def show_invoice(window: MainWindow, invoice_id: int, number: str) -> None:
    """学费报销 → 票据, filtered to `number`, that invoice selected (once the list is read)."""
    from qiuxue_desktop.views.claims_view import ClaimsView
    from qiuxue_desktop.views.study_common import select_key

    window.show_area("claims")
    view = window.pages["claims"]
    assert isinstance(view, ClaimsView)
    view.tabs.setCurrentWidget(view.invoices)
    view.invoices.filter_edit.setText(number)

    def select() -> None:
        if select_key(view.invoices.table, invoice_id):
            view.invoices.table.setFocus()

    select()
    _after_reads(window, select)


def open_hit(window: MainWindow, hit: SearchHit) -> QWidget | None:
    """Open what a search hit names; returns the dialog or page opened, if any."""
    from qiuxue_desktop.views.claim_actions import open_claim
    from qiuxue_desktop.views.study_actions import open_study_page

    ctx = window.ctx
    assert ctx is not None
    if hit.kind == "learner":
        return open_learner(window, hit.record_id)
    if hit.kind == "enrolment":
        return open_study_page(window, ctx, enrolment_id=hit.record_id)
    if hit.kind == "claim":
        return open_claim(window, ctx, hit.record_id)
    if hit.kind == "invoice":
        show_invoice(window, hit.record_id, hit.key)
        return window.pages["claims"]
    if hit.kind == "certificate":
        show_certificate(window, hit.key)
        return window.pages["certificates"]
    raise ValueError(f"unknown kind of record: {hit.kind}")
