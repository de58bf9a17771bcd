"""Honours (优秀学员): a term's criteria, the candidates computed from them in SQL, nominations with
their written account (事迹), the union chair's approval, and the 优秀学员 certificates issued
through the certificate register.

The criteria (HonourRound): credits on time — credits earned by the end of the round's term at
least those the plan puts in the terms so far; no failed course — no attempt ever failed (缺考
counts as failed); an average at or above a level — the mean of the first sittings' marks, a
grade counted as 优 95, 良 85, 中 75, 及格 65 (合格/免修 carry no mark and are left out); and a
written 学习与工作表现 note when the round asks for one. Candidates are the enrolments (在读, or
毕业/结业 during or after the round's term) of learners still employed that meet every criterion
switched on. Setting criteria and nominating need MANAGE_SURVEYS; approving needs
APPROVE_HONOURS (the union chair); certificates need ISSUE_CERTIFICATES.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import Integer, and_, case, func, or_, select
from sqlalchemy.orm import Session

from qiuxue_desktop.db.audit_trail import session_actor
from qiuxue_desktop.domain import (
    Certificate,
    Course,
    CourseResult,
    Department,
    Enrolment,
    Institution,
    Learner,
    Programme,
)
from qiuxue_desktop.domain.base import utcnow
from qiuxue_desktop.domain.certificates import EXCELLENT
from qiuxue_desktop.domain.honours import (
    APPROVED,
    NOMINATED,
    NOMINATION_STATES,
    RETURNED,
    HonourNomination,
    HonourPhoto,
    HonourRound,
)
from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.domain.programme import from_x10
from qiuxue_desktop.domain.terms import parse_term_label, term_end, term_index_sql, term_start
from qiuxue_desktop.errors import InputRejected, StaleRecord
from qiuxue_desktop.services.auth import require

GRADE_MARKS_X10: dict[str, int] = {"优": 950, "良": 850, "中": 750, "及格": 650, "不及格": 0, "缺考": 0}
MAX_ACCOUNT = 400  # characters of 事迹: a poster card holds about this much
_CENT = Decimal("0.1")


@dataclass(frozen=True, slots=True)
class RoundInfo:
    id: int
    version: int
    term: str
    credits_on_time: bool
    no_failed_course: bool
    min_average_x10: int | None
    note_required: bool
    places: int | None

    def describe(self) -> str:
        parts = []
        if self.credits_on_time:
            parts.append("按期取得学分")
        if self.no_failed_course:
            parts.append("没有不及格课程")
        if self.min_average_x10 is not None:
            parts.append(f"平均成绩不低于{from_x10(self.min_average_x10)}分")
        if self.note_required:
            parts.append("填写学习与工作表现")
        return "、".join(parts) or "不设条件"


@dataclass(frozen=True, slots=True)
class Candidate:
    enrolment_id: int
    learner_id: int
    name: str
    department: str
    institution: str
    programme: str
    earned: Decimal
    planned: Decimal
    failed: int
    average: Decimal | None
    nominated: bool


@dataclass(frozen=True, slots=True)
class NominationRow:
    id: int
    version: int
    learner_id: int
    enrolment_id: int
    name: str
    department: str
    institution: str
    programme: str
    account: str
    work_note: str
    state: str
    nominated_by: str
    decided_by: str
    decision_note: str
    certificate_number: str  # "" until issued (or when voided)
    has_photo: bool

    @property
    def state_label(self) -> str:
        return NOMINATION_STATES.get(self.state, self.state)


def _info(r: HonourRound) -> RoundInfo:
    return RoundInfo(
        r.id,
        r.version,
        r.term,
        r.credits_on_time,
        r.no_failed_course,
        r.min_average_x10,
        r.note_required,
        r.places,
    )


def set_round(
    session: Session,
    enterprise_id: int,
    *,
    term: str,
    credits_on_time: bool = True,
    no_failed_course: bool = True,
    min_average: Decimal | str | None = Decimal(80),
    note_required: bool = True,
    places: int | None = None,
    expected_version: int | None = None,
) -> int:
    """The term's criteria, created or changed; returns the round's id."""
    require(session, Permission.MANAGE_SURVEYS)
    if parse_term_label(term) is None:
        raise InputRejected(f"学期“{term}”应写成2025-2026-1的样子。")
    average_x10 = None
    if min_average is not None and str(min_average).strip():
        try:
            value = Decimal(str(min_average))
        except ArithmeticError:
            raise InputRejected(f"平均成绩“{min_average}”不是数字。") from None
        if not Decimal(0) < value <= Decimal(100) or value * 10 != (value * 10).to_integral_value():
            raise InputRejected("平均成绩应在0到100分之间，最多一位小数。")
        average_x10 = int(value * 10)
    if places is not None and not 1 <= places <= 500:
        raise InputRejected("名额应在1到500之间（不限名额请留空）。")
    row = session.scalar(
        select(HonourRound).where(HonourRound.enterprise_id == enterprise_id, HonourRound.term == term)
    )
    if row is None:
        row = HonourRound(enterprise_id=enterprise_id, term=term)
        session.add(row)
    elif expected_version is not None and row.version != expected_version:
        raise StaleRecord("评选条件刚被其他人修改过，请刷新后再改。")
    row.credits_on_time = credits_on_time
    row.no_failed_course = no_failed_course
    row.min_average_x10 = average_x10
    row.note_required = note_required
    row.places = places
    session.flush()
    return row.id


def list_rounds(session: Session, enterprise_id: int) -> list[RoundInfo]:
    require(session, Permission.READ)
    rows = session.scalars(
        select(HonourRound)
        .where(HonourRound.enterprise_id == enterprise_id)
        .order_by(HonourRound.term.desc())
    )
    return [_info(r) for r in rows]


def round_info(session: Session, round_id: int) -> RoundInfo:
    require(session, Permission.READ)
    return _info(_round(session, round_id))


def _round(session: Session, round_id: int) -> HonourRound:
    row = session.get(HonourRound, round_id)
    if row is None:
        raise InputRejected("这一学期的评选不存在，可能已被删除。")
    return row


# --- candidates -----------------------------------------------------------------------------------


def _candidate_rows(session: Session, r: HonourRound, enrolment_id: int | None = None) -> list[Candidate]:
    index = parse_term_label(r.term)
    assert index is not None
    last_day, first_day = term_end(index), term_start(index)
    mark = case(
        (CourseResult.score_x10.is_not(None), CourseResult.score_x10),
        *((CourseResult.grade == g, v) for g, v in GRADE_MARKS_X10.items()),
        else_=None,
    )
    results = (
        select(
            CourseResult.enrolment_id.label("eid"),
            func.sum(CourseResult.credits_x10).label("earned"),
            func.sum(case((CourseResult.passed, 0), else_=1)).label("failed"),
            func.sum(case((CourseResult.attempt == 1, mark), else_=None)).label("marks"),
            func.count(case((CourseResult.attempt == 1, mark), else_=None)).label("marked"),
        )
        .where(CourseResult.term <= r.term)
        .group_by(CourseResult.enrolment_id)
        .subquery()
    )
    terms_so_far = (index - term_index_sql(Enrolment.intake_date) + 1).cast(Integer)
    planned = (
        select(func.coalesce(func.sum(Course.credits_x10), 0))
        .where(Course.programme_id == Enrolment.programme_id, Course.term_no <= terms_so_far)
        .correlate(Enrolment)
        .scalar_subquery()
    )
    earned = func.coalesce(results.c.earned, 0)
    failed = func.coalesce(results.c.failed, 0)
    nominated = (
        select(HonourNomination.id)
        .where(HonourNomination.round_id == r.id, HonourNomination.learner_id == Enrolment.learner_id)
        .correlate(Enrolment)
        .exists()
    )
    stmt = (
        select(
            Enrolment.id,
            Learner.id,
            Learner.name,
            Department.name,
            Institution.name,
            Programme.name,
            earned,
            planned,
            failed,
            results.c.marks,
            results.c.marked,
            nominated,
        )
        .join(Learner, Learner.id == Enrolment.learner_id)
        .join(Department, Department.id == Learner.department_id)
        .join(Programme, Programme.id == Enrolment.programme_id)
        .join(Institution, Institution.id == Enrolment.institution_id)
        .outerjoin(results, results.c.eid == Enrolment.id)
        .where(
            Learner.enterprise_id == r.enterprise_id,
            or_(Learner.leave_date.is_(None), Learner.leave_date > last_day),
            Enrolment.intake_date <= last_day,
            or_(
                Enrolment.status == "studying",
                and_(
                    Enrolment.status.in_(("graduated", "completed")), Enrolment.graduation_date >= first_day
                ),
            ),
        )
    )
    if enrolment_id is not None:
        stmt = stmt.where(Enrolment.id == enrolment_id)
    if r.credits_on_time:
        stmt = stmt.where(earned >= planned, planned > 0)
    if r.no_failed_course:
        stmt = stmt.where(failed == 0)
    if r.min_average_x10 is not None:
        stmt = stmt.where(results.c.marked > 0, results.c.marks >= r.min_average_x10 * results.c.marked)
    stmt = stmt.order_by(Department.name, Learner.name_pinyin, Enrolment.id)
    out = []
    for eid, lid, name, dept, inst, prog, e, p, f, marks, marked, nom in session.execute(stmt):
        average = None
        if marked:
            average = (Decimal(int(marks)) / Decimal(int(marked)) / 10).quantize(
                _CENT, rounding=ROUND_HALF_UP
            )
        out.append(
            Candidate(
                eid,
                lid,
                name,
                dept,
                inst,
                prog,
                from_x10(int(e)),
                from_x10(int(p)),
                int(f),
                average,
                bool(nom),
            )
        )
    return out


def candidates(session: Session, round_id: int) -> list[Candidate]:
    """The enrolments meeting every criterion of the round, by department and name."""
    require(session, Permission.READ)
    return _candidate_rows(session, _round(session, round_id))


# --- nominations ----------------------------------------------------------------------------------


def nominate(session: Session, round_id: int, enrolment_id: int, *, account: str, work_note: str = "") -> int:
    """Nominate a candidate with the account of what they did (事迹); returns the nomination's id."""
    require(session, Permission.MANAGE_SURVEYS)
    r = _round(session, round_id)
    text = account.strip()
    if not text:
        raise InputRejected("请写上事迹：光荣榜和工会简报刊登的就是这段文字。")
    if len(text) > MAX_ACCOUNT:
        raise InputRejected(f"事迹最多{MAX_ACCOUNT}个字（光荣榜一格放得下），现在有{len(text)}个。")
    note = work_note.strip()
    if r.note_required and not note:
        raise InputRejected("本学期的评选条件要求填写学习与工作表现（如车间的评价）。")
    enrolment = session.get(Enrolment, enrolment_id)
    if enrolment is None:
        raise InputRejected("这个学籍不存在，可能已被删除。")
    learner = session.get(Learner, enrolment.learner_id)
    assert learner is not None
    found = _candidate_rows(session, r, enrolment_id)
    if not found:
        raise InputRejected(
            f"{learner.name}的这个学籍不符合{r.term}学期的评选条件（{_info(r).describe()}），不能提名。"
        )
    if found[0].nominated:
        raise InputRejected(f"{learner.name}在{r.term}学期已被提名。")
    row = HonourNomination(
        round_id=r.id,
        learner_id=learner.id,
        enrolment_id=enrolment_id,
        account=text,
        work_note=note,
        state=NOMINATED,
        nominated_by=session_actor(session),
    )
    session.add(row)
    session.flush()
    return row.id


def _nomination(session: Session, nomination_id: int, expected_version: int | None) -> HonourNomination:
    row = session.get(HonourNomination, nomination_id)
    if row is None:
        raise InputRejected("这条提名不存在，可能已被撤回。")
    if expected_version is not None and row.version != expected_version:
        raise StaleRecord("这条提名刚被其他人修改过，请刷新后再操作。")
    return row


def edit_nomination(
    session: Session, nomination_id: int, *, account: str, work_note: str, expected_version: int | None = None
) -> None:
    """Change the account or the note while the nomination waits (a returned one goes back to wait)."""
    require(session, Permission.MANAGE_SURVEYS)
    row = _nomination(session, nomination_id, expected_version)
    if row.state == APPROVED:
        raise InputRejected("已批准的提名不能再修改事迹。")
    text = account.strip()
    if not text or len(text) > MAX_ACCOUNT:
        raise InputRejected(f"事迹不能为空，最多{MAX_ACCOUNT}个字。")
    row.account, row.work_note = text, work_note.strip()
    row.state, row.decided_by, row.decided_at = NOMINATED, "", None
    session.flush()


def withdraw_nomination(session: Session, nomination_id: int) -> None:
    """Take back a nomination not approved yet (its photo goes with it)."""
    require(session, Permission.MANAGE_SURVEYS)
    row = _nomination(session, nomination_id, None)
    if row.state == APPROVED:
        raise InputRejected("已批准的提名不能撤回。")
    photo = session.get(HonourPhoto, row.id)
    if photo is not None:
        session.delete(photo)
    session.delete(row)
    session.flush()


def decide(
    session: Session,
    nomination_id: int,
    *,
    approve: bool,
    note: str = "",
    expected_version: int | None = None,
) -> None:
    """The union chair approves a nomination, or returns it with the reason."""
    require(session, Permission.APPROVE_HONOURS)
    row = _nomination(session, nomination_id, expected_version)
    if row.state != NOMINATED:
        raise InputRejected(f"这条提名现在是“{NOMINATION_STATES[row.state]}”，不在待审批状态。")
    r = _round(session, row.round_id)
    if approve and r.places is not None:
        taken = session.scalar(
            select(func.count(HonourNomination.id)).where(
                HonourNomination.round_id == r.id, HonourNomination.state == APPROVED
            )
        )
        if (taken or 0) >= r.places:
            raise InputRejected(f"{r.term}学期的名额是{r.places}个，已经批准了{taken}个。")
    if not approve and not note.strip():
        raise InputRejected("退回提名要写明原因。")
    row.state = APPROVED if approve else RETURNED
    row.decided_by = session_actor(session)
    row.decided_at = utcnow()
    row.decision_note = note.strip()
    session.flush()


def nominations(session: Session, round_id: int) -> list[NominationRow]:
    require(session, Permission.READ)
    live = Certificate.voided_at.is_(None)
    rows = session.execute(
        select(
            HonourNomination,
            Learner.name,
            Department.name,
            Institution.name,
            Programme.name,
            case((live, Certificate.number), else_=""),
            HonourPhoto.nomination_id,
        )
        .join(Learner, Learner.id == HonourNomination.learner_id)
        .join(Department, Department.id == Learner.department_id)
        .join(Enrolment, Enrolment.id == HonourNomination.enrolment_id)
        .join(Programme, Programme.id == Enrolment.programme_id)
        .join(Institution, Institution.id == Enrolment.institution_id)
        .outerjoin(Certificate, Certificate.id == HonourNomination.certificate_id)
        .outerjoin(HonourPhoto, HonourPhoto.nomination_id == HonourNomination.id)
        .where(HonourNomination.round_id == round_id)
        .order_by(Department.name, Learner.name_pinyin, HonourNomination.id)
    )
    return [
        NominationRow(
            n.id,
            n.version,
            n.learner_id,
            n.enrolment_id,
            name,
            dept,
            inst,
            prog,
            n.account,
            n.work_note,
            n.state,
            n.nominated_by,
            n.decided_by,
            n.decision_note,
            number or "",
            photo is not None,
        )
        for n, name, dept, inst, prog, number, photo in rows
    ]


def issue_honour_certificates(
    session: Session, round_id: int, *, issued_on: dt.date | None = None, nomination_ids: Sequence[int] = ()
) -> list[int]:
    """The 优秀学员 certificates of the round's approved nominations that have none (or only a
    voided one), through the certificate register; returns the certificates' ids."""
    from qiuxue_desktop.services.certificates import issue_certificates

    require(session, Permission.ISSUE_CERTIFICATES)
    wanted = set(nomination_ids)
    todo = [
        n
        for n in session.scalars(
            select(HonourNomination)
            .where(HonourNomination.round_id == round_id, HonourNomination.state == APPROVED)
            .order_by(HonourNomination.id)
        )
        if (not wanted or n.id in wanted) and not _live_certificate(session, n.certificate_id)
    ]
    if not todo:
        raise InputRejected("没有已批准、尚未颁发证书的提名。")
    ids = issue_certificates(
        session, EXCELLENT, enrolment_ids=[n.enrolment_id for n in todo], issued_on=issued_on
    )
    for n, cid in zip(todo, ids, strict=True):
        n.certificate_id = cid
    session.flush()
    return ids


def _live_certificate(session: Session, certificate_id: int | None) -> bool:
    if certificate_id is None:
        return False
    cert = session.get(Certificate, certificate_id)
    return cert is not None and cert.voided_at is None
