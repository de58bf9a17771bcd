"""Course results of an enrolment: record an attempt (a first sitting or a resit), correct or
remove the latest one, and read them term by term.

A course takes attempts 1, 2, … until one passes; after a pass it takes no more. Each
attempt belongs to a calendar term (`2025-2026-1`): given, or the term of its exam date,
or for a first attempt the term the plan puts the course in. Credits are earned by the
passing attempt. Results entered here are audited with every other ORM change.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qiuxue_desktop.domain import Course, CourseResult, Enrolment
from qiuxue_desktop.domain.grades import ParsedResult, ResultProblem, parse_result, result_of
from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.domain.programme import from_x10
from qiuxue_desktop.domain.study_codes import EXAM_TYPES, STARTED_STATUSES, STATUSES
from qiuxue_desktop.domain.terms import parse_term_label, term_index, term_label
from qiuxue_desktop.errors import InputRejected
from qiuxue_desktop.services.auth import require

RESULT_FIELDS = {"course_id": "课程", "result": "成绩", "term": "学期", "exam_date": "考试日期"}


class ResultRejected(InputRejected):
    """A result cannot be saved; `problems` maps field → reason."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = problems
        super().__init__(f"成绩未保存：{'；'.join(problems.values())}。")


@dataclass(frozen=True, slots=True)
class ResultRow:
    """One attempt at a course, as the study page lists it."""

    id: int
    course_id: int
    course_name: str
    plan_term_no: int  # the plan's term for the course
    exam_type: str
    credits: Decimal  # the course's credits
    term: str  # the calendar term of the attempt, `2025-2026-1`
    term_no: int  # the same as the enrolment's own term number (1 = the intake term)
    attempt: int
    result: ParsedResult
    credits_earned: Decimal
    exam_date: dt.date | None
    source: str  # manual, import, demo

    @property
    def is_resit(self) -> bool:
        return self.attempt > 1

    @property
    def passed(self) -> bool:
        return self.result.passed

    @property
    def shown(self) -> str:
        return self.result.shown

    @property
    def exam_type_label(self) -> str:
        return EXAM_TYPES.get(self.exam_type, self.exam_type)


@dataclass(frozen=True, slots=True)
class CourseStatus:
    """Where a learner stands with one course of the plan."""

    course_id: int
    course_name: str
    plan_term_no: int
    credits: Decimal
    required: bool
    attempts: int
    passed: bool
    latest: str  # the latest attempt's result as shown, "" when not sat yet

    @property
    def state(self) -> str:
        if self.passed:
            return "已通过"
        return "未通过" if self.attempts else "未考"


def _enrolment(session: Session, enrolment_id: int) -> Enrolment:
    enrolment = session.get(Enrolment, enrolment_id)
    if enrolment is None:
        raise InputRejected("该学籍不存在，可能已被删除。")
    return enrolment


def _as_result(value: ParsedResult | str | int | float | Decimal) -> ParsedResult:
    if isinstance(value, ParsedResult):
        return value
    try:
        return parse_result(value)
    except ResultProblem as p:
        raise ResultRejected({"result": p.message}) from None


def _term_problem(
    enrolment: Enrolment, term: int, exam_date: dt.date | None, today: dt.date
) -> dict[str, str]:
    problems: dict[str, str] = {}
    if term < term_index(enrolment.intake_date):
        problems["term"] = f"学期{term_label(term)}在入学（{enrolment.intake_date.isoformat()}）之前"
    elif term > term_index(today):
        problems["term"] = f"学期{term_label(term)}还没有到"
    if exam_date is not None:
        if exam_date > today:
            problems["exam_date"] = "考试日期不能在今天之后：还没考的考试请登记为考试安排"
        elif exam_date < enrolment.intake_date:
            problems["exam_date"] = f"考试日期在入学（{enrolment.intake_date.isoformat()}）之前"
    return problems


def record_result(
    session: Session,
    *,
    enrolment_id: int,
    course_id: int,
    result: ParsedResult | str | int | float | Decimal,
    term: str | None = None,
    exam_date: dt.date | None = None,
    source: str = "manual",
    today: dt.date | None = None,
) -> int:
    """Record the next attempt at a course; returns the result's id.

    Refused for an enrolment not yet started (报名/录取), a course outside its plan, and a
    course already passed. `term` (`2025-2026-1`) defaults to the exam date's term, else for
    a first attempt the plan's term, else the current term.
    """
    require(session, Permission.EDIT_COURSEWORK)
    today = today or dt.date.today()
    enrolment = _enrolment(session, enrolment_id)
    if enrolment.status not in STARTED_STATUSES:
        raise ResultRejected({"course_id": f"学籍尚未入学（{STATUSES[enrolment.status]}），不能登记成绩"})
    course = session.get(Course, course_id)
    if course is None or course.programme_id != enrolment.programme_id:
        raise ResultRejected({"course_id": "该课程不在这个学籍所学专业的教学计划中"})
    parsed = _as_result(result)
    attempts = list(
        session.scalars(
            select(CourseResult)
            .where(CourseResult.enrolment_id == enrolment.id, CourseResult.course_id == course.id)
            .order_by(CourseResult.attempt)
        )
    )
    if any(a.passed for a in attempts):
        done = next(a for a in attempts if a.passed)
        raise ResultRejected(
            {
                "course_id": f"课程“{course.name}”已经通过（{result_of(done.score_x10, done.grade).shown}），不能再登记成绩"
            }
        )
    intake = term_index(enrolment.intake_date)
    if term is not None:
        index = parse_term_label(term)
        if index is None:
            raise ResultRejected({"term": f"学期“{term}”应写成2025-2026-1的样子"})
    elif exam_date is not None:
        index = term_index(exam_date)
    elif not attempts:
        index = min(intake + course.term_no - 1, term_index(today))
    else:
        index = term_index(today)
    if attempts:
        previous = parse_term_label(attempts[-1].term) or intake
        if index < previous:
            raise ResultRejected({"term": f"补考的学期不能早于上一次考试的学期{attempts[-1].term}"})
    problems = _term_problem(enrolment, index, exam_date, today)
    if problems:
        raise ResultRejected(problems)
    row = CourseResult(
        enrolment_id=enrolment.id,
        course_id=course.id,
        attempt=len(attempts) + 1,
        term=term_label(index),
        score_x10=parsed.score_x10,
        grade=parsed.grade,
        passed=parsed.passed,
        credits_x10=course.credits_x10 if parsed.passed else 0,
        exam_date=exam_date,
        source=source,
    )
    session.add(row)
    session.flush()
    return row.id


def _load(session: Session, result_id: int) -> CourseResult:
    row = session.get(CourseResult, result_id)
    if row is None:
        raise InputRejected("该成绩不存在，可能已被删除。")
    return row


def _later_attempts(session: Session, row: CourseResult) -> int:
    n = session.scalar(
        select(func.count())
        .select_from(CourseResult)
        .where(
            CourseResult.enrolment_id == row.enrolment_id,
            CourseResult.course_id == row.course_id,
            CourseResult.attempt > row.attempt,
        )
    )
    return int(n or 0)


def correct_result(
    session: Session,
    result_id: int,
    *,
    result: ParsedResult | str | int | float | Decimal,
    exam_date: dt.date | None,
    term: str | None = None,
    today: dt.date | None = None,
) -> None:
    """Correct an attempt's result, exam date or term. An attempt followed by a resit cannot
    become a pass (the resit would then be wrong: remove it first)."""
    require(session, Permission.EDIT_COURSEWORK)
    today = today or dt.date.today()
    row = _load(session, result_id)
    parsed = _as_result(result)
    if parsed.passed and _later_attempts(session, row):
        raise ResultRejected({"result": "这次考试之后还有补考成绩，不能改为通过：请先删除后面的补考成绩"})
    enrolment = _enrolment(session, row.enrolment_id)
    index = parse_term_label(term) if term is not None else parse_term_label(row.term)
    if index is None:
        raise ResultRejected({"term": f"学期“{term}”应写成2025-2026-1的样子"})
    problems = _term_problem(enrolment, index, exam_date, today)
    if problems:
        raise ResultRejected(problems)
    course = session.get(Course, row.course_id)
    assert course is not None
    row.score_x10, row.grade, row.passed = parsed.score_x10, parsed.grade, parsed.passed
    row.credits_x10 = course.credits_x10 if parsed.passed else 0
    row.exam_date = exam_date
    row.term = term_label(index)
    session.flush()


def delete_result(session: Session, result_id: int) -> None:
    """Remove an attempt entered by mistake: only a course's latest attempt."""
    require(session, Permission.EDIT_COURSEWORK)
    row = _load(session, result_id)
    if _later_attempts(session, row):
        raise InputRejected("只能删除这门课程最近一次的成绩：后面还有补考成绩。")
    session.delete(row)
    session.flush()


def enrolment_results(session: Session, enrolment_id: int) -> list[ResultRow]:
    """Every attempt of an enrolment, by term, plan order and attempt."""
    require(session, Permission.READ)
    enrolment = _enrolment(session, enrolment_id)
    intake = term_index(enrolment.intake_date)
    stmt = (
        select(CourseResult, Course)
        .join(Course, Course.id == CourseResult.course_id)
        .where(CourseResult.enrolment_id == enrolment_id)
        .order_by(CourseResult.term, Course.term_no, Course.position, CourseResult.attempt)
    )
    out = []
    for r, c in session.execute(stmt):
        index = parse_term_label(r.term) or intake
        out.append(
            ResultRow(
                id=r.id,
                course_id=c.id,
                course_name=c.name,
                plan_term_no=c.term_no,
                exam_type=c.exam_type,
                credits=from_x10(c.credits_x10),
                term=r.term,
                term_no=index - intake + 1,
                attempt=r.attempt,
                result=result_of(r.score_x10, r.grade),
                credits_earned=from_x10(r.credits_x10),
                exam_date=r.exam_date,
                source=r.source,
            )
        )
    return out


def course_statuses(session: Session, enrolment_id: int) -> list[CourseStatus]:
    """Every course of the enrolment's plan with where the learner stands, in plan order."""
    require(session, Permission.READ)
    enrolment = _enrolment(session, enrolment_id)
    latest: dict[int, tuple[int, bool, str]] = {}
    for r in session.scalars(
        select(CourseResult).where(CourseResult.enrolment_id == enrolment_id).order_by(CourseResult.attempt)
    ):
        latest[r.course_id] = (r.attempt, r.passed, result_of(r.score_x10, r.grade).shown)
    out = []
    for c in session.scalars(
        select(Course)
        .where(Course.programme_id == enrolment.programme_id)
        .order_by(Course.term_no, Course.position, Course.id)
    ):
        attempts, passed, shown = latest.get(c.id, (0, False, ""))
        out.append(
            CourseStatus(
                c.id, c.name, c.term_no, from_x10(c.credits_x10), c.required, attempts, passed, shown
            )
        )
    return out
