"""Exam sittings (course, day, time, place) and the exam calendar: who is away for an exam,
by date and department, so that workshop heads can plan shifts around them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from qiuxue_desktop.domain import Course, Department, Enrolment, ExamSitting, Institution, Learner, Programme
from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.domain.study_codes import STATUSES
from qiuxue_desktop.errors import InputRejected
from qiuxue_desktop.services import audit
from qiuxue_desktop.services.auth import require

MAX_CALENDAR_DAYS = 366
# Sittings are planned for enrolments still studying; past ones may be recorded for any started one.
_PLANNABLE = ("studying", "suspended")


class SittingRejected(InputRejected):
    """A sitting cannot be saved; `problems` maps field → reason."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = problems
        super().__init__(f"考试安排未保存：{'；'.join(problems.values())}。")


@dataclass(frozen=True, slots=True)
class SittingRow:
    id: int
    enrolment_id: int
    course_id: int
    course_name: str
    exam_date: dt.date
    start_time: dt.time
    end_time: dt.time
    place: str
    note: str


@dataclass(frozen=True, slots=True)
class CalendarRow:
    """One learner's exam in the calendar."""

    sitting_id: int
    exam_date: dt.date
    start_time: dt.time
    end_time: dt.time
    department: str
    learner_id: int
    learner_name: str
    employee_no: str
    post_category: str  # "1" front line
    institution_name: str
    programme_name: str
    course_name: str
    place: str
    note: str


def _check(
    session: Session,
    enrolment: Enrolment,
    course_id: int,
    exam_date: dt.date,
    start_time: dt.time,
    end_time: dt.time,
    place: str,
    own_id: int | None,
    today: dt.date,
) -> Course:
    problems: dict[str, str] = {}
    course = session.get(Course, course_id)
    if course is None or course.programme_id != enrolment.programme_id:
        problems["course_id"] = "该课程不在这个学籍所学专业的教学计划中"
    if exam_date >= today and enrolment.status not in _PLANNABLE:
        problems["exam_date"] = f"学籍已是“{STATUSES[enrolment.status]}”，不能再安排考试"
    if exam_date < enrolment.intake_date:
        problems["exam_date"] = f"考试日期在入学（{enrolment.intake_date.isoformat()}）之前"
    if end_time <= start_time:
        problems["end_time"] = "结束时间应晚于开始时间"
    if len(place) > 100:
        problems["place"] = "考试地点最多100个字"
    if course is not None and not problems:
        clash = session.scalar(
            select(ExamSitting.id).where(
                ExamSitting.enrolment_id == enrolment.id,
                ExamSitting.course_id == course.id,
                ExamSitting.exam_date == exam_date,
                ExamSitting.id != (own_id or 0),
            )
        )
        if clash is not None:
            problems["exam_date"] = f"{exam_date.isoformat()}已安排了课程“{course.name}”的考试"
    if problems:
        raise SittingRejected(problems)
    assert course is not None
    return course


def add_sitting(
    session: Session,
    *,
    enrolment_id: int,
    course_id: int,
    exam_date: dt.date,
    start_time: dt.time,
    end_time: dt.time,
    place: str = "",
    note: str = "",
    today: dt.date | None = None,
) -> int:
    """Add an exam for a learner's course; returns its id."""
    require(session, Permission.EDIT_COURSEWORK)
    enrolment = session.get(Enrolment, enrolment_id)
    if enrolment is None:
        raise InputRejected("该学籍不存在，可能已被删除。")
    place = " ".join(place.split())
    _check(
        session, enrolment, course_id, exam_date, start_time, end_time, place, None, today or dt.date.today()
    )
    sitting = ExamSitting(
        enrolment_id=enrolment.id,
        course_id=course_id,
        exam_date=exam_date,
        start_time=start_time,
        end_time=end_time,
        place=place,
        note=note.strip(),
    )
    session.add(sitting)
    session.flush()
    return sitting.id


def update_sitting(
    session: Session,
    sitting_id: int,
    *,
    exam_date: dt.date,
    start_time: dt.time,
    end_time: dt.time,
    place: str,
    note: str = "",
    today: dt.date | None = None,
) -> None:
    require(session, Permission.EDIT_COURSEWORK)
    sitting = session.get(ExamSitting, sitting_id)
    if sitting is None:
        raise InputRejected("该考试安排不存在，可能已被删除。")
    enrolment = session.get(Enrolment, sitting.enrolment_id)
    assert enrolment is not None
    place = " ".join(place.split())
    _check(
        session,
        enrolment,
        sitting.course_id,
        exam_date,
        start_time,
        end_time,
        place,
        sitting.id,
        today or dt.date.today(),
    )
    sitting.exam_date, sitting.start_time, sitting.end_time = exam_date, start_time, end_time
    sitting.place, sitting.note = place, note.strip()
    session.flush()


def delete_sitting(session: Session, sitting_id: int) -> None:
    require(session, Permission.EDIT_COURSEWORK)
    sitting = session.get(ExamSitting, sitting_id)
    if sitting is None:
        raise InputRejected("该考试安排不存在，可能已被删除。")
    session.delete(sitting)
    session.flush()


def enrolment_sittings(session: Session, enrolment_id: int) -> list[SittingRow]:
    """An enrolment's exams, soonest first."""
    require(session, Permission.READ)
    stmt = (
        select(ExamSitting, Course.name)
        .join(Course, Course.id == ExamSitting.course_id)
        .where(ExamSitting.enrolment_id == enrolment_id)
        .order_by(ExamSitting.exam_date, ExamSitting.start_time, ExamSitting.id)
    )
    return [
        SittingRow(
            s.id, s.enrolment_id, s.course_id, name, s.exam_date, s.start_time, s.end_time, s.place, s.note
        )
        for s, name in session.execute(stmt)
    ]


def exam_calendar(
    session: Session,
    enterprise_id: int,
    *,
    start: dt.date,
    end: dt.date,
    department_id: int | None = None,
) -> list[CalendarRow]:
    """Learners with exams from `start` to `end` (inclusive), by date, department, time and name.
    Learners who left before the exam are not listed."""
    require(session, Permission.READ)
    if end < start:
        raise InputRejected("考试日历的结束日期不能早于开始日期。")
    if (end - start).days + 1 > MAX_CALENDAR_DAYS:
        raise InputRejected(f"考试日历一次最多列{MAX_CALENDAR_DAYS}天。")
    stmt = (
        select(
            ExamSitting.id,
            ExamSitting.exam_date,
            ExamSitting.start_time,
            ExamSitting.end_time,
            Department.name,
            Learner.id,
            Learner.name,
            Learner.employee_no,
            Learner.post_category,
            Institution.name,
            Programme.name,
            Course.name,
            ExamSitting.place,
            ExamSitting.note,
        )
        .join(Enrolment, Enrolment.id == ExamSitting.enrolment_id)
        .join(Learner, Learner.id == Enrolment.learner_id)
        .join(Department, Department.id == Learner.department_id)
        .join(Programme, Programme.id == Enrolment.programme_id)
        .join(Institution, Institution.id == Enrolment.institution_id)
        .join(Course, Course.id == ExamSitting.course_id)
        .where(
            Learner.enterprise_id == enterprise_id,
            ExamSitting.exam_date >= start,
            ExamSitting.exam_date <= end,
            (Learner.leave_date.is_(None)) | (Learner.leave_date > ExamSitting.exam_date),
        )
        .order_by(
            ExamSitting.exam_date,
            Department.name,
            ExamSitting.start_time,
            Learner.name_pinyin,
            ExamSitting.id,
        )
    )
    if department_id is not None:
        stmt = stmt.where(Learner.department_id == department_id)
    return [CalendarRow(*cast(tuple[Any, ...], r)) for r in session.execute(stmt)]


def print_exam_calendar(
    session: Session,
    enterprise_id: int,
    *,
    start: dt.date,
    end: dt.date,
    department_id: int | None = None,
    how: str = "打印",
) -> list[CalendarRow]:
    """The calendar's rows for a print (the window prints them through Qt): needs the right to
    print lists, and the print is recorded in the audit trail (`how`: 打印, 打印预览, PDF)."""
    require(session, Permission.PRINT_LISTS)
    rows = exam_calendar(session, enterprise_id, start=start, end=end, department_id=department_id)
    audit.record(
        session,
        "print",
        table="exam_sitting",
        detail=f"考试日历（{how}）{start.isoformat()}至{end.isoformat()}：{len(rows)} 场考试",
    )
    return rows
