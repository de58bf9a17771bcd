"""Enrolments (学籍): enrol with the entry rules checked, change status only along the allowed
paths (each change dated and kept), graduate with a checked diploma number, and look up.

Searching and paging the enrolment table lives in services/enrolment_query.py.
Every refusal is one Chinese sentence; a form's field problems come as
EnrolmentRejected.problems (field → reason, fields as in ENROLMENT_FIELDS).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qiuxue_desktop.db.audit_trail import session_actor
from qiuxue_desktop.domain import (
    CourseResult,
    Enrolment,
    EnrolmentStatusChange,
    ExamSitting,
    Institution,
    Learner,
    Programme,
)
from qiuxue_desktop.domain.codes import PRIOR_EDUCATION
from qiuxue_desktop.domain.diploma import clean_diploma_number, diploma_problem
from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.domain.study_codes import (
    ACTIVE_STATUSES,
    LEVELS,
    STATUSES,
    transition_problem,
)
from qiuxue_desktop.domain.terms import add_months, term_end, term_index
from qiuxue_desktop.errors import InputRejected, StaleRecord
from qiuxue_desktop.services.auth import require

ENROLMENT_FIELDS: dict[str, str] = {
    "learner_id": "学员",
    "programme_id": "专业",
    "student_no": "学号",
    "intake_date": "入学日期",
    "expected_graduation": "预计毕业日期",
    "status": "学籍状态",
    "on": "日期",
    "diploma_number": "毕业证书编号",
    "notes": "备注",
}
_STUDENT_NO = re.compile(r"^[0-9A-Za-z\-_]{1,30}$")
# Statuses an enrolment may be entered in: a running enrolment recorded late starts as 在读.
INITIAL_STATUSES = ("applied", "admitted", "studying")
# Minimum prior education (the register's code) per level, and graduated levels that also qualify.
_ENTRY: dict[str, tuple[str, tuple[str, ...], str]] = {
    "1": ("2", ("4",), "高中、中专或技校及以上"),
    "3": ("2", ("4",), "高中、中专或技校及以上"),
    "2": ("3", ("1",), "大专（专科）及以上"),
}


class EnrolmentRejected(InputRejected):
    """An enrolment cannot be saved; `problems` maps field → reason."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = problems
        parts = []
        for f, p in problems.items():
            label = ENROLMENT_FIELDS.get(f, f)
            parts.append(p if p.startswith(label) or f in ("status", "learner_id") else f"{label}：{p}")
        super().__init__(f"学籍未保存：{'；'.join(parts)}。")


@dataclass(frozen=True, slots=True)
class StatusChangeRow:
    id: int
    from_status: str | None
    to_status: str
    effective_on: dt.date
    recorded_at: dt.datetime
    actor: str
    note: str

    @property
    def from_label(self) -> str:
        return STATUSES.get(self.from_status, "") if self.from_status else ""

    @property
    def to_label(self) -> str:
        return STATUSES.get(self.to_status, self.to_status)


def clean_student_no(raw: str) -> str:
    return "".join(unicodedata.normalize("NFKC", raw).split())


def default_expected_graduation(intake: dt.date, length_terms: int) -> dt.date:
    """The last day of the programme's last planned term."""
    return term_end(term_index(intake) + length_terms - 1)


def entry_problem(
    session: Session, learner: Learner, programme: Programme, *, ignore_enrolment: int | None = None
) -> str | None:
    """Why `learner` may not enter `programme` (brief §1.3), or None."""
    name = learner.name
    if learner.leave_date is not None:
        return f"学员“{name}”已于{learner.leave_date.isoformat()}离职，不能新报名"
    level = programme.level
    level_label = LEVELS[level]
    active = session.execute(
        select(Enrolment.status, Programme.name, Institution.name)
        .join(Programme, Programme.id == Enrolment.programme_id)
        .join(Institution, Institution.id == Enrolment.institution_id)
        .where(
            Enrolment.learner_id == learner.id,
            Programme.level == level,
            Enrolment.status.in_(ACTIVE_STATUSES),
            Enrolment.id != (ignore_enrolment or 0),
        )
        .limit(1)
    ).first()
    if active is not None:
        status, prog, inst = active
        return (
            f"学员“{name}”已有一个未结束的{level_label}学籍（{inst} {prog}，{STATUSES[status]}），"
            "同一层次只能有一个"
        )
    rule = _ENTRY.get(level)
    if rule is None:
        return None
    minimum, qualifying, words = rule
    if learner.prior_education >= minimum:
        return None
    graduated = session.scalar(
        select(func.count())
        .select_from(Enrolment)
        .join(Programme, Programme.id == Enrolment.programme_id)
        .where(
            Enrolment.learner_id == learner.id,
            Enrolment.status == "graduated",
            Programme.level.in_(qualifying),
        )
    )
    if graduated:
        return None
    had = PRIOR_EDUCATION.get(learner.prior_education, learner.prior_education)
    also = "、".join(LEVELS[q] for q in qualifying)
    return f"{level_label}须有{words}学历：学员“{name}”原学历为“{had}”，也没有已毕业的{also}学籍"


def _dates_problems(intake: dt.date, expected: dt.date, today: dt.date, problems: dict[str, str]) -> None:
    if intake > add_months(today, 12):
        problems["intake_date"] = "入学日期不能在一年以后"
    if expected <= intake:
        problems["expected_graduation"] = "预计毕业日期应在入学日期之后"


def _student_no_problem(session: Session, institution_id: int, number: str, own: int | None) -> str | None:
    if not _STUDENT_NO.match(number):
        return f"学号应为1–30位字母、数字或短横线，这里是“{number}”"
    clash = session.execute(
        select(Learner.name)
        .join(Enrolment, Enrolment.learner_id == Learner.id)
        .where(
            Enrolment.institution_id == institution_id,
            Enrolment.student_no == number,
            Enrolment.id != (own or 0),
        )
    ).scalar()
    if clash is not None:
        return f"学号{number}在该院校已属于学员“{clash}”"
    return None


def enrol(
    session: Session,
    *,
    learner_id: int,
    programme_id: int,
    student_no: str,
    intake_date: dt.date,
    expected_graduation: dt.date | None = None,
    status: str = "applied",
    on: dt.date | None = None,
    note: str = "",
    today: dt.date | None = None,
) -> int:
    """Enrol a learner; returns the enrolment's id.

    `status` is 报名 (applied) for a new application, or 录取/在读 for an enrolment
    recorded after the fact; `on` is the date of that status (default: the intake date
    for 在读, else today). `expected_graduation` defaults to the end of the programme's
    last term. The first row of the status history is written.
    """
    require(session, Permission.EDIT_COURSEWORK)
    today = today or dt.date.today()
    learner = session.get(Learner, learner_id)
    programme = session.get(Programme, programme_id)
    problems: dict[str, str] = {}
    if learner is None:
        problems["learner_id"] = "请先选择学员"
    if programme is None:
        problems["programme_id"] = "请先选择专业"
    if status not in INITIAL_STATUSES:
        problems["status"] = "新学籍的状态只能是报名、录取或在读"
    if learner is None or programme is None or problems:
        raise EnrolmentRejected(problems)
    number = clean_student_no(student_no)
    why = _student_no_problem(session, programme.institution_id, number, None)
    if why:
        problems["student_no"] = why
    expected = expected_graduation or default_expected_graduation(intake_date, programme.length_terms)
    _dates_problems(intake_date, expected, today, problems)
    since = on or (intake_date if status == "studying" else today)
    if since > today:
        problems["on"] = "状态日期不能在今天之后"
    why = entry_problem(session, learner, programme)
    if why:
        problems["learner_id"] = why
    if problems:
        raise EnrolmentRejected(problems)
    enrolment = Enrolment(
        learner_id=learner.id,
        programme_id=programme.id,
        institution_id=programme.institution_id,
        student_no=number,
        intake_date=intake_date,
        expected_graduation=expected,
        status=status,
        status_since=since,
        notes="",
    )
    session.add(enrolment)
    session.flush()
    session.add(
        EnrolmentStatusChange(
            enrolment_id=enrolment.id,
            from_status=None,
            to_status=status,
            effective_on=since,
            actor=session_actor(session),
            note=note.strip(),
        )
    )
    session.flush()
    return enrolment.id


def _load(session: Session, enrolment_id: int, expected_version: int | None) -> Enrolment:
    enrolment = session.get(Enrolment, enrolment_id)
    if enrolment is None:
        raise InputRejected("该学籍不存在，可能已被删除。")
    if expected_version is not None and enrolment.version != expected_version:
        raise StaleRecord("这条学籍刚被其他人修改过，请重新打开后再改。")
    return enrolment


def update_enrolment(
    session: Session,
    enrolment_id: int,
    *,
    expected_version: int | None,
    student_no: str,
    intake_date: dt.date,
    expected_graduation: dt.date,
    notes: str = "",
    today: dt.date | None = None,
) -> None:
    """Correct an enrolment's 学号, dates and notes (status changes go through change_status)."""
    require(session, Permission.EDIT_COURSEWORK)
    today = today or dt.date.today()
    enrolment = _load(session, enrolment_id, expected_version)
    problems: dict[str, str] = {}
    number = clean_student_no(student_no)
    why = _student_no_problem(session, enrolment.institution_id, number, enrolment.id)
    if why:
        problems["student_no"] = why
    _dates_problems(intake_date, expected_graduation, today, problems)
    first = session.scalar(
        select(func.min(CourseResult.exam_date)).where(CourseResult.enrolment_id == enrolment.id)
    )
    if first is not None and intake_date > first:
        problems["intake_date"] = f"已有{first.isoformat()}的考试成绩，入学日期不能晚于它"
    if problems:
        raise EnrolmentRejected(problems)
    enrolment.student_no = number
    enrolment.intake_date = intake_date
    enrolment.expected_graduation = expected_graduation
    enrolment.notes = notes.strip()
    session.flush()


def change_status(
    session: Session,
    enrolment_id: int,
    *,
    to_status: str,
    on: dt.date,
    note: str = "",
    diploma_number: str = "",
    expected_version: int | None = None,
    today: dt.date | None = None,
) -> None:
    """Move an enrolment to `to_status` on date `on`, along an allowed path only.

    毕业 needs the diploma number (checked against its layout and the institution's
    code, and unique); 结业 records the date and no number. The change is appended to
    the status history; nothing earlier is edited.
    """
    require(session, Permission.EDIT_COURSEWORK)
    today = today or dt.date.today()
    enrolment = _load(session, enrolment_id, expected_version)
    why = transition_problem(enrolment.status, to_status)
    if why:
        raise EnrolmentRejected({"status": why})
    problems: dict[str, str] = {}
    if on > today:
        problems["on"] = "变更日期不能在今天之后"
    if on < enrolment.status_since:
        problems["on"] = f"变更日期不能早于上一次状态变更（{enrolment.status_since.isoformat()}）"
    number = clean_diploma_number(diploma_number)
    if to_status == "graduated":
        programme = session.get(Programme, enrolment.programme_id)
        institution = session.get(Institution, enrolment.institution_id)
        assert programme is not None and institution is not None
        why = diploma_problem(
            number,
            institution_code=institution.code,
            level=programme.level,
            study_form=programme.study_form,
            graduation_year=on.year,
        )
        if why is None:
            other = session.scalar(
                select(Learner.name)
                .join(Enrolment, Enrolment.learner_id == Learner.id)
                .where(Enrolment.diploma_number == number, Enrolment.id != enrolment.id)
            )
            if other is not None:
                why = f"毕业证书编号{number}已登记在学员“{other}”名下"
        if why:
            problems["diploma_number"] = why
    elif number:
        problems["diploma_number"] = "只有毕业才登记毕业证书编号（结业没有毕业证书）"
    if problems:
        raise EnrolmentRejected(problems)
    session.add(
        EnrolmentStatusChange(
            enrolment_id=enrolment.id,
            from_status=enrolment.status,
            to_status=to_status,
            effective_on=on,
            actor=session_actor(session),
            note=note.strip(),
        )
    )
    enrolment.status = to_status
    enrolment.status_since = on
    if to_status in ("graduated", "completed"):
        enrolment.graduation_date = on
        enrolment.diploma_number = number
    session.flush()


def delete_enrolment(session: Session, enrolment_id: int) -> None:
    """Delete an enrolment entered by mistake: only one not yet started (报名/录取) and without
    results or exams. Others stay as history: change them to 退学 instead."""
    require(session, Permission.EDIT_COURSEWORK)
    enrolment = _load(session, enrolment_id, None)
    if enrolment.status not in ("applied", "admitted"):
        raise InputRejected(
            f"学籍已是“{STATUSES[enrolment.status]}”，不能删除：如学员不再学习，请把状态改为退学。"
        )
    used = session.scalar(
        select(func.count()).select_from(CourseResult).where(CourseResult.enrolment_id == enrolment.id)
    ) or session.scalar(
        select(func.count()).select_from(ExamSitting).where(ExamSitting.enrolment_id == enrolment.id)
    )
    if used:
        raise InputRejected("这条学籍已有成绩或考试安排，不能删除。")
    for change in session.scalars(
        select(EnrolmentStatusChange).where(EnrolmentStatusChange.enrolment_id == enrolment.id)
    ):
        session.delete(change)
    session.flush()  # the history first: no relationship tells the unit of work the order
    session.delete(enrolment)
    session.flush()


def status_history(session: Session, enrolment_id: int) -> list[StatusChangeRow]:
    """The enrolment's status changes, oldest first."""
    require(session, Permission.READ)
    stmt = (
        select(EnrolmentStatusChange)
        .where(EnrolmentStatusChange.enrolment_id == enrolment_id)
        .order_by(EnrolmentStatusChange.effective_on, EnrolmentStatusChange.id)
    )
    return [
        StatusChangeRow(c.id, c.from_status, c.to_status, c.effective_on, c.recorded_at, c.actor, c.note)
        for c in session.scalars(stmt)
    ]
