"""The study dialogs as a coordinator uses them: enrolling a learner found by typing, an entry
rule's refusal beside the learner, a status change outside the allowed paths refused with its
reason, graduation refused for a wrong diploma number and saved with a right one, a result
and an exam sitting entered."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from tests.gui.conftest import type_text, wait_idle
from tests.gui.study_support import enrolment_in, enrolments_of, find_window, new_learner

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain import CourseResult, Enrolment, EnrolmentStatusChange, ExamSitting, Programme
from qiuxue_desktop.domain.study_codes import SCHOOL_TYPES
from qiuxue_desktop.services.coursework import course_statuses
from qiuxue_desktop.services.enrolment_query import get_enrolment
from qiuxue_desktop.views import study_actions
from qiuxue_desktop.views.dialogs.enrolment_dialog import EnrolmentDialog
from qiuxue_desktop.views.dialogs.result_dialog import ResultDialog
from qiuxue_desktop.views.dialogs.sitting_dialog import SittingDialog
from qiuxue_desktop.views.dialogs.status_dialog import StatusDialog
from qiuxue_desktop.views.main_window import MainWindow


def programme_of_level(db: Database, level: str) -> tuple[int, int]:
    with db.read() as s:
        row = s.execute(
            select(Programme.institution_id, Programme.id)
            .where(Programme.level == level)
            .order_by(Programme.id)
        ).first()
    assert row is not None
    return row[0], row[1]


def status_of(db: Database, enrolment_id: int) -> str:
    with db.read() as s:
        status = s.scalar(select(Enrolment.status).where(Enrolment.id == enrolment_id))
    assert status is not None
    return status


def choose_programme(dialog: EnrolmentDialog, institution_id: int, programme_id: int) -> None:
    dialog.institution_combo.setCurrentIndex(dialog.institution_combo.findData(institution_id))
    dialog.programme_combo.setCurrentIndex(dialog.programme_combo.findData(programme_id))


def test_enrolling_a_learner_found_by_typing(qtbot: QtBot, demo_window: MainWindow, db: Database) -> None:
    assert demo_window.ctx is not None
    learner_id = new_learner(db, demo_window.ctx.enterprise, "覃晓燕", "2", 11)  # 高中: 高起专 is open
    page = enrolments_of(qtbot, demo_window)
    qtbot.mouseClick(page.enrol_button, Qt.MouseButton.LeftButton)
    dialog = find_window(EnrolmentDialog, "enrolmentDialog")
    assert dialog.picker is not None
    type_text(dialog.picker.search_edit, "覃晓燕")
    qtbot.waitUntil(lambda: dialog.picker is not None and dialog.picker.matches.count() == 1)
    assert "覃晓燕" in dialog.learner_label.text() and "高中" in dialog.learner_label.text()
    institution_id, programme_id = programme_of_level(db, "1")
    choose_programme(dialog, institution_id, programme_id)
    assert dialog.grid.message("learner_id") == ""
    dialog.intake_edit.setDate(QDate(2026, 3, 1))
    qtbot.keyClicks(dialog.student_no_edit, "2026030199")
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("studying"))
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        dialog.buttons.accepted.emit()
    wait_idle(qtbot, demo_window)
    with db.read() as s:
        enrolment_id, student_no, status, since, intake, expected = s.execute(
            select(
                Enrolment.id,
                Enrolment.student_no,
                Enrolment.status,
                Enrolment.status_since,
                Enrolment.intake_date,
                Enrolment.expected_graduation,
            ).where(Enrolment.learner_id == learner_id)
        ).one()
        history = s.execute(
            select(EnrolmentStatusChange.from_status, EnrolmentStatusChange.to_status).where(
                EnrolmentStatusChange.enrolment_id == enrolment_id
            )
        ).all()
    assert (student_no, status, since) == ("2026030199", "studying", dt.date(2026, 3, 1))
    assert expected > intake  # from the programme's length
    assert [tuple(h) for h in history] == [(None, "studying")]
    assert page.model is not None and page.model.row_of(enrolment_id) is not None  # the list followed


def test_an_entry_rule_refusal_stands_beside_the_learner(
    qtbot: QtBot, demo_window: MainWindow, db: Database
) -> None:
    assert demo_window.ctx is not None
    learner_id = new_learner(db, demo_window.ctx.enterprise, "韦宏伟", "2", 12)  # 高中 only
    dialog = study_actions.enrol(demo_window, demo_window.ctx, learner_id)
    assert isinstance(dialog, EnrolmentDialog)
    institution_id, programme_id = programme_of_level(db, "2")  # 专升本 needs 大专
    choose_programme(dialog, institution_id, programme_id)
    assert "专升本须有大专" in dialog.grid.message("learner_id")
    qtbot.keyClicks(dialog.student_no_edit, "2026999")
    dialog.buttons.accepted.emit()
    wait_idle(qtbot, demo_window)
    assert dialog.isVisible() and "专升本须有大专" in dialog.grid.message("learner_id")
    with db.read() as s:
        assert s.scalars(select(Enrolment.id).where(Enrolment.learner_id == learner_id)).first() is None
    dialog.reject()


def test_a_status_change_outside_the_allowed_paths_is_refused_with_the_reason(
    qtbot: QtBot, demo_window: MainWindow, db: Database
) -> None:
    assert demo_window.ctx is not None
    enrolment_id = enrolment_in(db, "applied")
    dialog = study_actions.change_status(demo_window, demo_window.ctx, enrolment_id)
    assert isinstance(dialog, StatusDialog)
    allowed = [dialog.status_combo.itemData(i) for i in range(2)]
    assert allowed == ["admitted", "withdrawn"]  # the allowed changes come first
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("studying"))
    assert "报名后须先录取" in dialog.grid.message("status")
    dialog.buttons.accepted.emit()
    wait_idle(qtbot, demo_window)
    assert dialog.isVisible()
    assert status_of(db, enrolment_id) == "applied"
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("admitted"))
    assert dialog.grid.message("status") == ""
    type_text(dialog.note_edit, "2026年成人高考录取")
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        dialog.buttons.accepted.emit()
    wait_idle(qtbot, demo_window)
    assert status_of(db, enrolment_id) == "admitted"
    with db.read() as s:
        last = s.scalars(
            select(EnrolmentStatusChange.note)
            .where(EnrolmentStatusChange.enrolment_id == enrolment_id)
            .order_by(EnrolmentStatusChange.id.desc())
        ).first()
    assert last == "2026年成人高考录取"


def test_graduation_checks_the_diploma_number(qtbot: QtBot, demo_window: MainWindow, db: Database) -> None:
    assert demo_window.ctx is not None
    with db.read() as s:
        enrolment_id = s.scalar(
            select(Enrolment.id)
            .join(Programme, Programme.id == Enrolment.programme_id)
            .where(
                Enrolment.status == "studying",
                Programme.level.in_(("1", "2", "3")),
                Programme.study_form != "4",
            )
            .order_by(Enrolment.id)
        )
        assert enrolment_id is not None
        row = get_enrolment(s, enrolment_id)
    dialog = study_actions.change_status(demo_window, demo_window.ctx, enrolment_id, to_status="graduated")
    assert isinstance(dialog, StatusDialog)
    assert dialog.windowTitle() == "毕业登记" and dialog.diploma_edit.isVisibleTo(dialog)
    year = dt.date.today().year
    level = "06" if row.level == "1" else "05"
    wrong = f"{row.institution_code}{SCHOOL_TYPES[row.study_form][0]}{year - 1}{level}000123"
    qtbot.keyClicks(dialog.diploma_edit, wrong)
    assert "年份" in dialog.grid.message("diploma_number")
    dialog.buttons.accepted.emit()
    wait_idle(qtbot, demo_window)
    assert dialog.isVisible()
    assert status_of(db, enrolment_id) == "studying"
    right = f"{row.institution_code}{SCHOOL_TYPES[row.study_form][0]}{year}{level}000123"
    dialog.diploma_edit.setText(right)
    assert dialog.grid.message("diploma_number") == ""
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        dialog.buttons.accepted.emit()
    wait_idle(qtbot, demo_window)
    with db.read() as s:
        done = s.execute(
            select(Enrolment.status, Enrolment.diploma_number, Enrolment.graduation_date).where(
                Enrolment.id == enrolment_id
            )
        ).one()
    assert tuple(done) == ("graduated", right, dt.date.today())


def test_entering_a_result(qtbot: QtBot, demo_window: MainWindow, db: Database) -> None:
    assert demo_window.ctx is not None
    enrolment_id = enrolment_in(db, "studying", untaken=True)
    dialog = study_actions.enter_result(demo_window, demo_window.ctx, enrolment_id)
    assert isinstance(dialog, ResultDialog)
    with db.read() as s:
        untaken = next(c for c in course_statuses(s, enrolment_id) if c.attempts == 0)
    dialog.course_combo.setCurrentIndex(dialog.course_combo.findData(untaken.course_id))
    assert dialog.attempt_label.text() == "第 1 次"
    qtbot.keyClicks(dialog.result_edit, "abc")
    assert "无法识别" in dialog.grid.message("result")
    dialog.result_edit.clear()
    qtbot.keyClicks(dialog.result_edit, "85.5")
    assert dialog.grid.message("result") == "" and dialog.verdict.text() == "通过"
    dialog.date_check.setChecked(False)
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        dialog.buttons.accepted.emit()
    wait_idle(qtbot, demo_window)
    with db.read() as s:
        result = s.execute(
            select(
                CourseResult.score_x10, CourseResult.passed, CourseResult.attempt, CourseResult.source
            ).where(CourseResult.enrolment_id == enrolment_id, CourseResult.course_id == untaken.course_id)
        ).one()
    assert tuple(result) == (855, True, 1, "manual")


def test_entering_an_exam_sitting(qtbot: QtBot, demo_window: MainWindow, db: Database) -> None:
    assert demo_window.ctx is not None
    enrolment_id = enrolment_in(db, "studying", untaken=True)
    dialog = study_actions.add_sitting(demo_window, demo_window.ctx, enrolment_id)
    assert isinstance(dialog, SittingDialog)
    assert dialog.place_edit.text()  # the institution's teaching site by default
    day = dt.date.today() + dt.timedelta(days=10)
    dialog.date_edit.setDate(QDate(day.year, day.month, day.day))
    dialog.end_edit.setTime(dialog.start_edit.time())
    dialog.buttons.accepted.emit()
    assert "晚于开始时间" in dialog.grid.message("end_time")
    dialog.end_edit.setTime(dialog.start_edit.time().addSecs(2 * 3600))
    course_id, place = dialog.course_combo.currentData(), dialog.place_edit.text()
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        dialog.buttons.accepted.emit()
    wait_idle(qtbot, demo_window)
    with db.read() as s:
        sitting = s.execute(
            select(ExamSitting.course_id, ExamSitting.place).where(
                ExamSitting.enrolment_id == enrolment_id, ExamSitting.exam_date == day
            )
        ).one()
    assert tuple(sitting) == (course_id, place)
