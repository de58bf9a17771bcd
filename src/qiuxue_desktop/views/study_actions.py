"""The study actions, reachable from the enrolment list, the study page and the learner view:
each reads what its dialog needs (one short read) and opens the dialog; the dialog saves on
the database worker and announces the change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.error_box import show_error
from qiuxue_desktop.views.study_common import open_dialog

if TYPE_CHECKING:
    from qiuxue_desktop.services.enrolment_query import EnrolmentRow


def _enrolment(parent: QWidget, ctx: AppContext, enrolment_id: int) -> EnrolmentRow | None:
    from qiuxue_desktop.services.enrolment_query import get_enrolment

    try:
        with ctx.database.read() as session:
            return get_enrolment(session, enrolment_id)
    except Exception as exc:
        show_error(parent, exc)
        return None


def open_study_page(
    parent: QWidget, ctx: AppContext, *, enrolment_id: int | None = None, learner_id: int | None = None
) -> QDialog | None:
    """The learner's study page, showing `enrolment_id` (or the learner's latest enrolment)."""
    from qiuxue_desktop.views.study_page import StudyPage

    if learner_id is None:
        if enrolment_id is None:
            return None
        row = _enrolment(parent, ctx, enrolment_id)
        if row is None:
            return None
        learner_id = row.learner_id
    try:
        page = StudyPage(ctx, learner_id, enrolment_id, parent)
    except Exception as exc:
        show_error(parent, exc)
        return None
    page.show()
    return page


def enrol(parent: QWidget, ctx: AppContext, learner_id: int | None = None) -> QDialog:
    from qiuxue_desktop.views.dialogs.enrolment_dialog import EnrolmentDialog

    return open_dialog(EnrolmentDialog(ctx, learner_id, parent))


def change_status(
    parent: QWidget, ctx: AppContext, enrolment_id: int, to_status: str | None = None
) -> QDialog | None:
    from qiuxue_desktop.views.dialogs.status_dialog import StatusDialog

    row = _enrolment(parent, ctx, enrolment_id)
    return open_dialog(StatusDialog(ctx, row, to_status, parent)) if row is not None else None


def enter_result(parent: QWidget, ctx: AppContext, enrolment_id: int) -> QDialog | None:
    from qiuxue_desktop.views.dialogs.result_dialog import ResultDialog

    row = _enrolment(parent, ctx, enrolment_id)
    if row is None:
        return None
    try:
        dialog = ResultDialog(ctx, row, parent)
    except Exception as exc:
        show_error(parent, exc)
        return None
    return open_dialog(dialog)


def add_sitting(parent: QWidget, ctx: AppContext, enrolment_id: int) -> QDialog | None:
    from qiuxue_desktop.views.dialogs.sitting_dialog import SittingDialog

    row = _enrolment(parent, ctx, enrolment_id)
    return open_dialog(SittingDialog(ctx, row, parent)) if row is not None else None


def import_transcript(parent: QWidget, ctx: AppContext) -> QDialog:
    from qiuxue_desktop.views.dialogs.transcript_dialog import TranscriptDialog

    dialog = open_dialog(TranscriptDialog(ctx, parent))
    dialog.choose_file()  # type: ignore[attr-defined]
    return dialog
