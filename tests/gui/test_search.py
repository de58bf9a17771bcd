"""Search everywhere in the window: Ctrl+K from anywhere, Chinese typed through an input
method, ↑/↓ and Enter opening the record with the areas' own openers."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from tests.gui.conftest import type_text, wait_idle

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain import Claim, Enrolment, Learner
from qiuxue_desktop.views.dialogs.claim_editor import ClaimEditor
from qiuxue_desktop.views.dialogs.learner_dialog import LearnerDialog
from qiuxue_desktop.views.main_window import MainWindow
from qiuxue_desktop.views.search_popup import SearchPopup
from qiuxue_desktop.views.study_page import StudyPage


def popup_of(qtbot: QtBot, window: MainWindow, from_widget: QWidget) -> SearchPopup:
    """Press Ctrl+K with `from_widget` focused; the popup opens with its box focused."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    from_widget.setFocus()
    qtbot.waitUntil(from_widget.hasFocus)
    qtbot.keyClick(from_widget, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    popup = window.findChild(SearchPopup, "searchPopup")
    assert popup is not None
    qtbot.waitUntil(lambda: popup.isVisible() and popup.edit.hasFocus())
    return popup


def search_for(qtbot: QtBot, popup: SearchPopup, text: str) -> None:
    popup.edit.clear()
    with qtbot.waitSignal(popup.searched, timeout=10_000, check_params_cb=lambda t: t == text):
        type_text(popup.edit, text)


def a_unique_name(db: Database) -> tuple[int, str]:
    with db.read() as s:
        name = s.scalar(
            select(Learner.name)
            .group_by(Learner.name)
            .having(func.count() == 1)
            .order_by(Learner.id)
            .limit(1)
        )
        learner_id = s.scalar(select(Learner.id).where(Learner.name == name))
    assert name is not None and learner_id is not None
    return learner_id, name


def open_windows(kind: type[QWidget]) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def test_ctrl_k_finds_a_learner_by_a_name_typed_in_chinese_and_enter_opens_the_form(
    qtbot: QtBot, demo_window: MainWindow, db: Database
) -> None:
    learner_id, name = a_unique_name(db)
    learners = demo_window.learners
    assert learners is not None
    # from the learner list's own filter box: a line edit wants Ctrl+K for itself on Linux
    popup = popup_of(qtbot, demo_window, learners.filter_edit)
    assert demo_window.window_commands.search_everywhere.shortcut().toString() == "Ctrl+K"
    search_for(qtbot, popup, name)
    first = popup.hits[0]
    assert (first.kind, first.record_id, first.title) == ("learner", learner_id, name)
    assert popup.list.currentRow() == 0 and "找到" in popup.status.text()
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(open_windows(LearnerDialog)))
    dialog = open_windows(LearnerDialog)[0]
    assert isinstance(dialog, LearnerDialog) and dialog.name_edit.text() == name
    assert not popup.isVisible()
    dialog.reject()


def test_arrow_keys_choose_and_enter_opens_a_claim_and_a_study_page(
    qtbot: QtBot, demo_window: MainWindow, db: Database
) -> None:
    with db.read() as s:
        claims = list(s.execute(select(Claim.id, Claim.claim_no).order_by(Claim.claim_no).limit(2)))
        enrolment_id, student_no = s.execute(select(Enrolment.id, Enrolment.student_no).limit(1)).one()
    (first_id, first_no), (second_id, second_no) = claims
    prefix = first_no[:-1]
    assert second_no.startswith(prefix)
    popup = popup_of(qtbot, demo_window, demo_window.nav)  # type: ignore[arg-type]
    search_for(qtbot, popup, prefix.lower())
    claim_ids = [h.record_id for h in popup.hits if h.kind == "claim"]
    assert claim_ids[:2] == [first_id, second_id]
    qtbot.keyClick(popup.edit, Qt.Key.Key_Down)
    assert popup.current_hit() is not None and popup.current_hit().record_id == second_id  # type: ignore[union-attr]
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(open_windows(ClaimEditor)))
    editor = open_windows(ClaimEditor)[0]
    assert isinstance(editor, ClaimEditor) and editor.claim_id == second_id
    wait_idle(qtbot, demo_window)
    editor.close()

    popup = popup_of(qtbot, demo_window, demo_window.nav)  # type: ignore[arg-type]
    assert popup.edit.selectedText() == prefix.lower()  # the last search, ready to be typed over
    search_for(qtbot, popup, student_no)
    assert (popup.hits[0].kind, popup.hits[0].record_id) == ("enrolment", enrolment_id)
    qtbot.keyClick(popup.edit, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: bool(open_windows(StudyPage)))
    page = open_windows(StudyPage)[0]
    assert isinstance(page, StudyPage)
    wait_idle(qtbot, demo_window)
    assert page.enrolment_combo.currentData() == enrolment_id
    page.close()


def test_enter_right_after_typing_opens_the_best_hit(
    qtbot: QtBot, demo_window: MainWindow, db: Database
) -> None:
    _learner_id, name = a_unique_name(db)
    popup = popup_of(qtbot, demo_window, demo_window.nav)  # type: ignore[arg-type]
    type_text(popup.edit, name)
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)  # before the pause in typing has passed
    qtbot.waitUntil(lambda: bool(open_windows(LearnerDialog)))
    dialog = open_windows(LearnerDialog)[0]
    assert isinstance(dialog, LearnerDialog) and dialog.name_edit.text() == name
    dialog.reject()


def test_a_certificate_is_shown_selected_in_the_register(
    qtbot: QtBot, demo_window: MainWindow, db: Database
) -> None:
    from qiuxue_desktop.services.certificates import issue_certificates

    learner_id, name = a_unique_name(db)
    with db.write() as s:
        issue_certificates(s, "YX", learner_ids=[learner_id], issued_on=dt.date(2026, 11, 29))
        issue_certificates(
            s, "RY", learner_ids=[learner_id], honour="技能标兵", issued_on=dt.date(2026, 11, 29)
        )
    popup = popup_of(qtbot, demo_window, demo_window.nav)  # type: ignore[arg-type]
    search_for(qtbot, popup, name)
    kinds = [h.kind for h in popup.hits]
    assert kinds[0] == "learner" and kinds.count("certificate") == 2  # the person's records follow
    wanted = next(h for h in popup.hits if h.kind == "certificate" and "-RY-" in h.key)
    popup.list.setCurrentRow(popup.hits.index(wanted))
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)
    view = demo_window.pages["certificates"]
    qtbot.waitUntil(lambda: view.isVisible() and bool(view.selected_rows()))  # type: ignore[attr-defined]
    assert [r.number for r in view.selected_rows()] == [wanted.key]  # type: ignore[attr-defined]


def test_nothing_found_says_so_and_esc_closes(qtbot: QtBot, demo_window: MainWindow) -> None:
    popup = popup_of(qtbot, demo_window, demo_window.nav)  # type: ignore[arg-type]
    search_for(qtbot, popup, "不存在的人名")
    assert popup.hits == [] and popup.status.text() == "没有找到“不存在的人名”"
    qtbot.keyClick(popup.edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible())


def test_search_is_offered_only_once_the_areas_are_shown(window: MainWindow) -> None:
    # an empty database opens on the first-run page: nothing to search yet
    assert not window.window_commands.search_everywhere.isEnabled()
    assert window.window_commands.open_search() is None
