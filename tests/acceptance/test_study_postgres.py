"""The study services on a real PostgreSQL server: the demo's enrolments and results, progress
and risk (date arithmetic and boolean sums in SQL), the enrolment query, the exam calendar,
and new rows after the demo's explicit ids (the id sequences moved past them)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain import CourseResult, Enrolment, Learner, Programme
from qiuxue_desktop.services.coursework import record_result
from qiuxue_desktop.services.demo import create_demo
from qiuxue_desktop.services.enrolment_query import (
    EnrolmentQuery,
    count_enrolment_matches,
    query_enrolment_ids,
)
from qiuxue_desktop.services.enrolments import enrol
from qiuxue_desktop.services.enterprise import require_enterprise
from qiuxue_desktop.services.exams import exam_calendar
from qiuxue_desktop.services.programmes import course_plan
from qiuxue_desktop.services.progress import compute_progress, risk_counts


def test_progress_and_the_enrolment_query_on_a_server(pg_db: Database) -> None:
    with pg_db.write() as s:
        create_demo(s, learners=200, seed=3)
    with pg_db.read() as s:
        enterprise_id = require_enterprise(s).id
        rows = compute_progress(s, enterprise_id)
        counts = risk_counts(s, enterprise_id)
        flagged = compute_progress(s, enterprise_id, at_risk_only=True)
        ids = query_enrolment_ids(s, enterprise_id, EnrolmentQuery(at_risk=True))
        total = s.scalar(select(func.count()).select_from(Enrolment))
        calendar = exam_calendar(
            s, enterprise_id, start=dt.date.today(), end=dt.date.today() + dt.timedelta(days=120)
        )
    assert len(rows) == total == 100
    assert counts["total"] == len(flagged) == len(ids) > 0
    assert all(k in counts and counts[k] > 0 for k in ("failed", "overdue"))
    assert {r.enrolment_id for r in flagged} == set(ids)
    assert all(isinstance(r.intake_date, dt.date) for r in rows)
    assert calendar == sorted(calendar, key=lambda c: (c.exam_date, c.department))
    with pg_db.read() as s:
        studying = query_enrolment_ids(s, enterprise_id, EnrolmentQuery(statuses=("studying",)), limit=1)[0]
        assert count_enrolment_matches(s, enterprise_id, EnrolmentQuery(text="在读")) >= 1
        enrolment = s.get(Enrolment, studying)
        assert enrolment is not None
        taken = set(s.scalars(select(CourseResult.course_id).where(CourseResult.enrolment_id == studying)))
        course = next(c for c in course_plan(s, enrolment.programme_id) if c.id not in taken)
        free = s.scalar(
            select(Learner.id)
            .where(Learner.leave_date.is_(None), ~Learner.id.in_(select(Enrolment.learner_id)))
            .limit(1)
        )
        skills = s.scalar(select(Programme.id).where(Programme.level == "5"))
    with pg_db.write() as s:  # new rows after the demo's explicit enrolment ids
        record_result(s, enrolment_id=studying, course_id=course.id, result="75")
        new = enrol(s, learner_id=free, programme_id=skills, student_no="PG-1", intake_date=dt.date.today())
    assert new > total
