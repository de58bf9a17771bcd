"""The study areas' pictures for `make screenshots` (called by scripts/screenshots.py on its demo
window): 院校专业 with a course plan, 学习进度 with at-risk rows, the at-risk list, a learner's
study page, the exam calendar of the demo's exam weeks, the enrolment dialog refusing an
entry rule, and graduation refusing a diploma number."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

Save = Callable[[Any, Path, str], None]
Wait = Callable[[Any, Callable[[], bool]], None]


def render_study(app: Any, out: Path, window: Any, save: Save, wait_until: Wait) -> None:
    from sqlalchemy import func, select

    from qiuxue_desktop.domain import Enrolment, ExamSitting, Programme
    from qiuxue_desktop.views import study_actions
    from qiuxue_desktop.views.study_common import select_key

    ctx = window.ctx
    db = ctx.database

    def idle() -> None:
        wait_until(app, lambda: ctx.runner.pending == 0)

    # 院校专业: the programme with the most enrolments, its plan on screen.
    with db.read() as s:
        institution_id, programme_id = s.execute(
            select(Programme.institution_id, Programme.id)
            .join(Enrolment, Enrolment.programme_id == Programme.id)
            .where(Programme.level == "2")
            .group_by(Programme.id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
    window.show_area("institutions")
    institutions = window.pages["institutions"]
    institutions.select_programme(institution_id, programme_id)
    institutions.plan.table.selectRow(7)
    save(window, out, "institutions.png")

    # 学习进度: the enrolments still running, at-risk rows marked.
    window.show_area("enrolments")
    page = window.pages["enrolments"]
    idle()
    wait_until(app, lambda: page.risk_rows is not None)
    page.status_combo.setCurrentIndex(page.status_combo.findData("active"))
    idle()
    page.table.selectRow(1)
    save(window, out, "enrolments.png")

    page.tabs.setCurrentWidget(page.at_risk)
    save(window, out, "at-risk.png")

    calendar = page.calendar
    page.tabs.setCurrentWidget(calendar)
    with db.read() as s:
        first = s.scalar(select(func.min(ExamSitting.exam_date)))
    assert first is not None
    monday = first - dt.timedelta(days=first.weekday())
    calendar.set_period(monday, monday + dt.timedelta(days=13))
    idle()
    calendar.table.selectRow(0)
    save(window, out, "exam-calendar.png")
    page.tabs.setCurrentIndex(0)

    # A learner's study page: someone with a failed course and a resit.
    failing = next(r for r in page.risk_rows if r.open_failures and r.status == "studying")
    study = study_actions.open_study_page(window, ctx, enrolment_id=failing.enrolment_id)
    assert study is not None
    study.resize(1100, 720)
    save(study, out, "study-page.png")
    study.close()

    # The enrolment dialog refusing 专升本 to a learner without 大专.
    with db.read() as s:
        learner_id = s.execute(
            select(Enrolment.learner_id)
            .join(Programme, Programme.id == Enrolment.programme_id)
            .where(Programme.level == "1", Enrolment.status == "studying")
            .limit(1)
        ).scalar_one()
        target = s.execute(
            select(Programme.institution_id, Programme.id).where(Programme.level == "2")
        ).first()
    assert target is not None
    dialog = study_actions.enrol(window, ctx, learner_id)
    dialog.institution_combo.setCurrentIndex(dialog.institution_combo.findData(target[0]))
    dialog.programme_combo.setCurrentIndex(dialog.programme_combo.findData(target[1]))
    dialog.student_no_edit.setText("2026030218")
    save(dialog, out, "enrolment-dialog.png")
    dialog.reject()

    # Graduation: a diploma number whose year does not match the date.
    with db.read() as s:
        enrolment_id = s.execute(
            select(Enrolment.id)
            .join(Programme, Programme.id == Enrolment.programme_id)
            .where(Enrolment.status == "studying", Programme.level == "2", Programme.study_form == "1")
            .limit(1)
        ).scalar_one()
    graduate = study_actions.change_status(window, ctx, enrolment_id, to_status="graduated")
    row = graduate.row
    graduate.diploma_edit.setText(f"{row.institution_code}5{dt.date.today().year - 1}05000318")
    graduate.note_edit.setText("按期修满学分，准予毕业")
    save(graduate, out, "graduation-dialog.png")
    graduate.reject()
    select_key(institutions.institution_table, institution_id)
