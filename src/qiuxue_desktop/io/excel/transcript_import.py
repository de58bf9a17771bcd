"""Transcript import: match each row of a college's transcript to an enrolment (by 学号 or ID
number, the name checked) and a course of its plan, decide whether it is a first sitting,
a resit or a result already recorded, then write all or nothing.

A row is never guessed: an unknown 学号, an ID number without an enrolment, a course
outside the plan, a name that differs, a result that contradicts one already recorded —
each is an ImportIssue naming the sheet, row and column, and nothing is written.
Re-importing the same transcript changes nothing (its rows are recognised as recorded).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from qiuxue_desktop.domain import Course, CourseResult, Enrolment, Learner, Programme
from qiuxue_desktop.domain.grades import ParsedResult, result_of
from qiuxue_desktop.domain.ids import mask_id
from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.domain.study_codes import STARTED_STATUSES, STATUSES
from qiuxue_desktop.domain.terms import parse_term_label, term_index, term_label
from qiuxue_desktop.io.excel.sheet_import import ImportIssue, without_gc_pauses
from qiuxue_desktop.io.excel.transcript_format import (
    ParsedTranscript,
    TermRef,
    TranscriptRejected,
    course_key,
    read_transcript,
)
from qiuxue_desktop.progress import NO_PROGRESS, Progress
from qiuxue_desktop.services import audit
from qiuxue_desktop.services.auth import require

__all__ = [
    "ParsedTranscript",
    "TranscriptRejected",
    "TranscriptResult",
    "import_transcript",
    "read_transcript",
]

_IN_CHUNK = 900
_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class TranscriptResult:
    added: int  # first sittings recorded
    resits: int  # further attempts recorded
    unchanged: int  # rows already recorded
    dry_run: bool


@dataclass
class _Enrolment:
    id: int
    learner_name: str
    id_number: str
    programme_id: int
    programme_name: str
    status: str
    intake: dt.date


@dataclass
class _Attempt:
    result: ParsedResult
    exam_date: dt.date | None
    term: int


@dataclass
class _Plan:
    results: list[CourseResult] = field(default_factory=list)
    added: int = 0
    resits: int = 0
    unchanged: int = 0


def _chunks(items: Sequence[_T]) -> Iterable[Sequence[_T]]:
    for i in range(0, len(items), _IN_CHUNK):
        yield items[i : i + _IN_CHUNK]


def _load_enrolments(
    session: Session, enterprise_id: int, numbers: set[str], ids: set[str]
) -> tuple[dict[str, list[_Enrolment]], dict[str, list[_Enrolment]]]:
    by_no: dict[str, list[_Enrolment]] = {}
    by_id: dict[str, list[_Enrolment]] = {}
    base = (
        select(
            Enrolment.id,
            Learner.name,
            Learner.id_number,
            Enrolment.programme_id,
            Programme.name,
            Enrolment.status,
            Enrolment.intake_date,
            Enrolment.student_no,
        )
        .join(Learner, Learner.id == Enrolment.learner_id)
        .join(Programme, Programme.id == Enrolment.programme_id)
        .where(Learner.enterprise_id == enterprise_id)
    )
    for part in _chunks(sorted(numbers)):
        for r in session.execute(base.where(Enrolment.student_no.in_(part))):
            by_no.setdefault(r[7], []).append(_Enrolment(r[0], r[1], r[2], r[3], r[4], r[5], r[6]))
    for part in _chunks(sorted(ids)):
        for r in session.execute(base.where(Learner.id_number.in_(part))):
            by_id.setdefault(r[2], []).append(_Enrolment(r[0], r[1], r[2], r[3], r[4], r[5], r[6]))
    return by_no, by_id


def _load_courses(session: Session, programme_ids: set[int]) -> dict[int, dict[str, Course]]:
    out: dict[int, dict[str, Course]] = {}
    for part in _chunks(sorted(programme_ids)):
        for c in session.scalars(select(Course).where(Course.programme_id.in_(part))):
            out.setdefault(c.programme_id, {})[course_key(c.name)] = c
    return out


def _load_attempts(session: Session, enrolment_ids: set[int]) -> dict[tuple[int, int], list[_Attempt]]:
    out: dict[tuple[int, int], list[_Attempt]] = {}
    for part in _chunks(sorted(enrolment_ids)):
        stmt = (
            select(CourseResult)
            .where(CourseResult.enrolment_id.in_(part))
            .order_by(CourseResult.enrolment_id, CourseResult.course_id, CourseResult.attempt)
        )
        for r in session.scalars(stmt):
            term = parse_term_label(r.term) or 0
            out.setdefault((r.enrolment_id, r.course_id), []).append(
                _Attempt(result_of(r.score_x10, r.grade), r.exam_date, term)
            )
    return out


def import_transcript(
    session: Session,
    enterprise_id: int,
    parsed: ParsedTranscript,
    *,
    dry_run: bool = False,
    today: dt.date | None = None,
    progress: Progress = NO_PROGRESS,
) -> TranscriptResult:
    """Record the transcript's results, all or nothing, in the caller's transaction; raises
    TranscriptRejected naming every row that cannot be matched or recorded."""
    require(session, Permission.EDIT_COURSEWORK)
    if parsed.issues:
        raise TranscriptRejected(parsed.issues)
    progress.set(0, 0, "正在比对学籍和课程")
    with without_gc_pauses():
        plan, issues = _plan(session, enterprise_id, parsed, today or dt.date.today(), progress)
    if issues:
        raise TranscriptRejected(issues)
    if not dry_run:
        progress.set(0, 0, "正在写入成绩")
        session.add_all(plan.results)
        session.flush()
        audit.record(
            session,
            "import",
            table="course_result",
            detail=(
                f"成绩单 {parsed.source}：新增 {plan.added} 条成绩、{plan.resits} 条补考成绩，"
                f"{plan.unchanged} 条已登记"
            ),
        )
    return TranscriptResult(plan.added, plan.resits, plan.unchanged, dry_run)


def _plan(
    session: Session, enterprise_id: int, parsed: ParsedTranscript, today: dt.date, progress: Progress
) -> tuple[_Plan, list[ImportIssue]]:
    rows = parsed.rows
    numbers = {r["student_no"] for r in rows if "student_no" in r}
    ids = {r["id_number"] for r in rows if "id_number" in r}
    by_no, by_id = _load_enrolments(session, enterprise_id, numbers, ids)
    matched = {e.programme_id for es in (*by_no.values(), *by_id.values()) for e in es}
    courses = _load_courses(session, matched)
    enrolment_ids = {e.id for es in (*by_no.values(), *by_id.values()) for e in es}
    attempts = _load_attempts(session, enrolment_ids)
    now = term_index(today)
    plan = _Plan()
    issues: list[ImportIssue] = []
    cols = parsed.columns

    def put(row: int, fld: str, message: str) -> None:
        ref = cols.get(fld)
        issues.append(
            ImportIssue(parsed.sheet, row, ref.header if ref else None, message, ref.col if ref else None)
        )

    for i, (values, row) in enumerate(zip(rows, parsed.row_numbers, strict=True)):
        if not i % 2000:
            progress.check()
        enrolment = _match(values, row, by_no, by_id, courses, put)
        if enrolment is None:
            continue
        course = courses[enrolment.programme_id][course_key(values["course"])]
        _decide(values, row, enrolment, course, attempts, now, today, plan, put)
    issues.sort(key=lambda x: (x.row or 0, x.col or 0))
    return plan, issues


def _match(
    values: dict[str, Any],
    row: int,
    by_no: dict[str, list[_Enrolment]],
    by_id: dict[str, list[_Enrolment]],
    courses: dict[int, dict[str, Course]],
    put: Any,
) -> _Enrolment | None:
    """The one enrolment a row means, or None after reporting why there is none."""
    number, idn = values.get("student_no"), values.get("id_number")
    candidates: list[_Enrolment]
    if number is not None:
        candidates = by_no.get(number, [])
        if not candidates:
            put(row, "student_no", f"学号“{number}”没有对应的学籍：请先在系统中登记该学员的学籍")
            return None
        if idn is not None:
            candidates = [e for e in candidates if e.id_number == idn]
            if not candidates:
                put(row, "id_number", f"身份证号{mask_id(idn)}与学号“{number}”对应的学员不是同一人")
                return None
    elif idn is not None:
        candidates = by_id.get(idn, [])
        if not candidates:
            put(row, "id_number", f"身份证号为{mask_id(idn)}的学员没有学籍：请先登记学籍")
            return None
    else:
        return None  # reported when the file was read
    name = values.get("name")
    if name is not None and name != candidates[0].learner_name:
        who = "学号" if number is not None else "身份证号"
        put(row, "name", f"姓名“{name}”与{who}对应的学员“{candidates[0].learner_name}”不一致")
        return None
    if "course" not in values or "result" not in values:
        return None  # reported when the file was read
    key = course_key(values["course"])
    with_course = [e for e in candidates if key in courses.get(e.programme_id, {})]
    if not with_course:
        progs = "、".join(sorted({e.programme_name for e in candidates}))
        put(row, "course", f"课程“{values['course']}”不在该学员所学专业（{progs}）的教学计划中")
        return None
    if len(with_course) > 1:
        put(row, "course", f"该学员有{len(with_course)}个学籍都有课程“{values['course']}”：请填写学号以区分")
        return None
    enrolment = with_course[0]
    if enrolment.status not in STARTED_STATUSES:
        put(row, "course", f"该学籍尚未入学（{STATUSES[enrolment.status]}），不能登记成绩")
        return None
    return enrolment


def _same(a: _Attempt, result: ParsedResult, exam_date: dt.date | None, term: int | None) -> bool:
    return (
        a.result.score_x10 == result.score_x10
        and a.result.grade == result.grade
        and (exam_date is None or a.exam_date is None or a.exam_date == exam_date)
        and (term is None or a.term == term)
    )


def _decide(
    values: dict[str, Any],
    row: int,
    enrolment: _Enrolment,
    course: Course,
    attempts: dict[tuple[int, int], list[_Attempt]],
    now: int,
    today: dt.date,
    plan: _Plan,
    put: Any,
) -> None:
    """First sitting, resit, or already recorded — or a problem reported."""
    result: ParsedResult = values["result"]
    exam_date: dt.date | None = values.get("exam_date")
    ref: TermRef | None = values.get("term")
    intake = term_index(enrolment.intake)
    term: int | None = None
    if ref is not None:
        term = ref.index if ref.index is not None else intake + (ref.number or 1) - 1
    elif exam_date is not None:
        term = term_index(exam_date)
    if exam_date is not None and exam_date > today:
        put(row, "exam_date", "考试日期在今天之后：还没考的考试不能登记成绩")
        return
    if exam_date is not None and exam_date < enrolment.intake:
        put(row, "exam_date", f"考试日期在入学（{enrolment.intake.isoformat()}）之前")
        return
    if term is not None and not intake <= term <= now:
        when = "入学之前" if term < intake else "还没有到"
        put(row, "term" if ref is not None else "exam_date", f"学期{term_label(term)}{when}")
        return
    done = attempts.setdefault((enrolment.id, course.id), [])
    if any(_same(a, result, exam_date, term) for a in done):
        plan.unchanged += 1
        return
    passed = next((a for a in done if a.result.passed), None)
    if passed is not None:
        put(
            row,
            "result",
            f"课程“{course.name}”已经通过（{passed.result.shown}），与这里的成绩“{result.shown}”不同",
        )
        return
    resit = values.get("resit")
    if resit is False and done:
        put(
            row,
            "result",
            f"课程“{course.name}”已有成绩（{done[0].result.shown}），这一行不是补考：如是补考，请在补考列填“是”",
        )
        return
    if resit is True and not done:
        put(row, "resit", f"标为补考，但课程“{course.name}”还没有之前的成绩")
        return
    if term is None:
        term = min(intake + course.term_no - 1, now) if not done else min(max(done[-1].term + 1, intake), now)
    if done and term < done[-1].term:
        put(
            row,
            "term" if ref is not None else "exam_date",
            f"补考的学期不能早于上一次考试的学期{term_label(done[-1].term)}",
        )
        return
    done.append(_Attempt(result, exam_date, term))
    plan.results.append(
        CourseResult(
            enrolment_id=enrolment.id,
            course_id=course.id,
            attempt=len(done),
            term=term_label(term),
            score_x10=result.score_x10,
            grade=result.grade,
            passed=result.passed,
            credits_x10=course.credits_x10 if result.passed else 0,
            exam_date=exam_date,
            source="import",
        )
    )
    if len(done) == 1:
        plan.added += 1
    else:
        plan.resits += 1
