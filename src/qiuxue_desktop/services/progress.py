"""Progress and risk of every enrolment, computed in SQL over the whole enterprise.

For each enrolment: credits earned against required, terms completed against planned,
and whether it is at risk — for 在读 and 休学 enrolments only:

- `failed`: a course failed and not (yet) passed on a resit;
- `no_credits`: 在读 since before the current term began, and no credits in the last
  completed term although the plan has courses in it;
- `overdue`: past the expected graduation date and not graduated;
- `suspension`: 休学 for as long as the programme (or else the institution) allows, or
  longer — the current stretch of 休学, counted in whole months from its start.

One statement does it. The results are aggregated once per enrolment by a scan of the
covering index ix_course_result_progress; results carry their calendar term, so the
last completed term's credits come out of the same scan. Date arithmetic runs only where
a condition needs it (SQL's AND stops at the first false term). Python turns rows into
ProgressRow; the Chinese reasons are built when asked for.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Integer, Select, String, and_, case, exists, func, or_, select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from qiuxue_desktop.domain import Course, CourseResult, Department, Enrolment, Institution, Learner, Programme
from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.domain.programme import from_x10
from qiuxue_desktop.domain.study_codes import LEVELS, STATUSES
from qiuxue_desktop.domain.terms import term_index, term_index_sql, term_label, term_start, whole_months_sql
from qiuxue_desktop.errors import InputRejected
from qiuxue_desktop.services.auth import require

RISKS: dict[str, str] = {
    "failed": "有不及格课程未补考通过",
    "no_credits": "上一学期没有取得学分",
    "overdue": "已超过预计毕业日期",
    "suspension": "休学超过允许期限",
}
_AT_RISK_STATUSES = ("studying", "suspended")
_AnySelect = Select[*tuple[Any, ...]]


@dataclass(frozen=True, slots=True)
class ProgressRow:
    """One enrolment's progress. `risks` holds RISKS keys; `reasons` the sentences to show."""

    enrolment_id: int
    learner_id: int
    learner_name: str
    employee_no: str
    department: str
    institution_name: str
    programme_name: str
    level: str
    student_no: str
    status: str
    intake_date: dt.date
    expected_graduation: dt.date
    credits_earned: Decimal
    credits_required: Decimal
    terms_completed: int  # the enrolment's terms that have ended (not capped at the plan)
    terms_planned: int
    open_failures: int  # courses failed and not passed since (在读/休学 only)
    risks: tuple[str, ...]
    last_term: str  # the last completed term's label, for the reason
    months_suspended: int  # 休学 only
    allowed_months: int

    @property
    def at_risk(self) -> bool:
        return bool(self.risks)

    @property
    def level_label(self) -> str:
        return LEVELS.get(self.level, self.level)

    @property
    def status_label(self) -> str:
        return STATUSES.get(self.status, self.status)

    @property
    def reasons(self) -> tuple[str, ...]:
        out = []
        for risk in self.risks:
            if risk == "failed":
                out.append(f"{self.open_failures}门课程不及格，尚未补考通过")
            elif risk == "no_credits":
                out.append(f"上一学期（{self.last_term}，第{self.terms_completed}学期）没有取得学分")
            elif risk == "overdue":
                out.append(f"已超过预计毕业日期{self.expected_graduation.isoformat()}，尚未毕业")
            elif risk == "suspension":
                out.append(f"休学已{self.months_suspended}个月，院校允许最长{self.allowed_months}个月")
        return tuple(out)


class _Parts:
    """The SQL pieces shared by the full computation, the at-risk id filter and the counts."""

    def __init__(self, today: dt.date, ids: Sequence[int] | None = None) -> None:
        self.today = today
        now = term_index(today)
        self.now = now
        self.last_label = term_label(now - 1)
        self.current_term_start = term_start(now)
        agg_select = select(
            CourseResult.enrolment_id.label("enrolment_id"),
            func.sum(CourseResult.credits_x10).label("earned"),
            func.sum((CourseResult.attempt == 1).cast(Integer)).label("attempted"),
            func.sum(CourseResult.passed.cast(Integer)).label("passed"),
            func.sum(case((CourseResult.term == self.last_label, CourseResult.credits_x10), else_=0)).label(
                "last_credits"
            ),
        ).group_by(CourseResult.enrolment_id)
        if ids is not None:  # a page or one enrolment: seek its results instead of scanning all
            agg_select = agg_select.where(CourseResult.enrolment_id.in_(list(ids)))
        agg = agg_select.subquery("agg")
        self.agg = agg
        self.earned: ColumnElement[int] = func.coalesce(agg.c.earned, 0)
        self.open_failures: ColumnElement[int] = func.coalesce(agg.c.attempted, 0) - func.coalesce(
            agg.c.passed, 0
        )
        self.allowed_months: ColumnElement[int] = func.coalesce(
            Programme.max_suspension_months, Institution.max_suspension_months
        )
        self.months_suspended = whole_months_sql(Enrolment.status_since, today)
        # The enrolment's own number of the last completed term (its term 1 is the intake term).
        last_term_no = (now - term_index_sql(Enrolment.intake_date)).cast(Integer)
        planned_in_last = exists().where(
            Course.programme_id == Enrolment.programme_id, Course.term_no == last_term_no
        )
        active = Enrolment.status.in_(_AT_RISK_STATUSES)
        self.failed = and_(active, self.open_failures > 0)
        self.no_credits = and_(
            Enrolment.status == "studying",
            Enrolment.status_since < self.current_term_start,
            Enrolment.intake_date < self.current_term_start,
            func.coalesce(agg.c.last_credits, 0) == 0,
            planned_in_last,
        )
        self.overdue = and_(active, Enrolment.expected_graduation < today)
        self.suspension = and_(Enrolment.status == "suspended", self.months_suspended >= self.allowed_months)
        self.any_risk = or_(self.failed, self.no_credits, self.overdue, self.suspension)

    def joined(self, stmt: _AnySelect, enterprise_id: int) -> _AnySelect:
        """`stmt` over the enterprise's enrolments with their programme, institution and results
        (the learner is joined by the caller that shows names)."""
        return (
            stmt.select_from(Enrolment)
            .join(Programme, Programme.id == Enrolment.programme_id)
            .join(Institution, Institution.id == Enrolment.institution_id)
            .outerjoin(self.agg, self.agg.c.enrolment_id == Enrolment.id)
            # The institution (a handful of rows) says whose enrolment it is: a learner's row is
            # then read only for the rows a statement returns.
            .where(Institution.enterprise_id == enterprise_id)
        )


def at_risk_ids(enterprise_id: int, today: dt.date) -> Select[tuple[int]]:
    """SELECT of the ids of the enterprise's enrolments at risk on `today` (to filter a query by)."""
    parts = _Parts(today)
    return parts.joined(select(Enrolment.id), enterprise_id).where(parts.any_risk)


def compute_progress(
    session: Session,
    enterprise_id: int,
    *,
    today: dt.date | None = None,
    at_risk_only: bool = False,
    enrolment_ids: Sequence[int] | None = None,
) -> list[ProgressRow]:
    """Progress of the enterprise's enrolments (or of `enrolment_ids`), ordered by department and
    learner name; with `at_risk_only`, only those at risk."""
    require(session, Permission.READ)
    today = today or dt.date.today()
    p = _Parts(today, enrolment_ids)
    stmt = p.joined(
        select(
            Enrolment.id,
            Learner.id,
            Learner.name,
            Learner.employee_no,
            Department.name,
            Institution.name,
            Programme.name,
            Programme.level,
            Enrolment.student_no,
            Enrolment.status,
            # Dates as the driver gives them, parsed once per distinct value below.
            type_coerce(Enrolment.intake_date, String),
            type_coerce(Enrolment.expected_graduation, String),
            p.earned,
            Programme.total_credits_x10,
            Programme.length_terms,
            p.open_failures,
            p.failed,
            p.no_credits,
            p.overdue,
            case((Enrolment.status == "suspended", p.months_suspended), else_=0),
            p.allowed_months,
        ),
        enterprise_id,
    )
    stmt = stmt.join(Learner, Learner.id == Enrolment.learner_id).join(
        Department, Department.id == Learner.department_id
    )
    if at_risk_only:
        stmt = stmt.where(p.any_risk)
    if enrolment_ids is not None:
        stmt = stmt.where(Enrolment.id.in_(list(enrolment_ids)))
    stmt = stmt.order_by(Department.name, Learner.name_pinyin, Enrolment.id)
    # The driver's own tuples: for 100,000 rows, building Row objects costs as much as the
    # aggregate; the few typed columns are converted below (dates once per distinct value).
    result = session.connection().execute(stmt)
    try:
        rows = result.cursor.fetchall() if result.cursor is not None else []
    finally:
        result.close()
    return _rows(rows, p)


def enrolment_progress(session: Session, enrolment_id: int, *, today: dt.date | None = None) -> ProgressRow:
    """One enrolment's progress (the study page)."""
    require(session, Permission.READ)
    enterprise_id = session.scalar(
        select(Learner.enterprise_id)
        .join(Enrolment, Enrolment.learner_id == Learner.id)
        .where(Enrolment.id == enrolment_id)
    )
    if enterprise_id is None:
        raise InputRejected("该学籍不存在，可能已被删除。")
    return compute_progress(session, enterprise_id, today=today, enrolment_ids=[enrolment_id])[0]


def _date(value: Any) -> dt.date:
    """A DATE column's value as the driver gives it (SQLite: text) as a date."""
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _rows(rows: Sequence[Any], p: _Parts) -> list[ProgressRow]:
    credits: dict[int, Decimal] = {}
    dates: dict[Any, dt.date] = {}
    intake_terms: dict[dt.date, int] = {}
    out: list[ProgressRow] = []
    add = out.append
    now, last_label = p.now, p.last_label
    for (
        eid,
        lid,
        name,
        emp,
        dept,
        inst,
        prog,
        level,
        student_no,
        status,
        intake,
        expected,
        earned,
        required,
        planned,
        open_failures,
        failed,
        no_credits,
        overdue,
        months,
        allowed,
    ) in rows:
        intake = dates.get(intake) or dates.setdefault(intake, _date(intake))
        expected = dates.get(expected) or dates.setdefault(expected, _date(expected))
        suspension = status == "suspended" and months >= allowed
        risks: tuple[str, ...] = ()
        if failed or no_credits or overdue or suspension:
            risks = tuple(
                k
                for k, on in (
                    ("failed", failed),
                    ("no_credits", no_credits),
                    ("overdue", overdue),
                    ("suspension", suspension),
                )
                if on
            )
        intake_term = intake_terms.get(intake)
        if intake_term is None:
            intake_term = intake_terms[intake] = term_index(intake)
        earned_d = credits.get(earned)
        if earned_d is None:
            earned_d = credits[earned] = from_x10(int(earned))
        required_d = credits.get(required)
        if required_d is None:
            required_d = credits[required] = from_x10(int(required))
        add(
            ProgressRow(
                eid,
                lid,
                name,
                emp,
                dept,
                inst,
                prog,
                level,
                student_no,
                status,
                intake,
                expected,
                earned_d,
                required_d,
                max(0, now - intake_term),
                planned,
                int(open_failures) if status in _AT_RISK_STATUSES else 0,
                risks,
                last_label,
                int(months),
                int(allowed),
            )
        )
    return out


def risk_counts(session: Session, enterprise_id: int, *, today: dt.date | None = None) -> dict[str, int]:
    """How many enrolments carry each risk (an enrolment may carry several) and `total` at risk."""
    require(session, Permission.READ)
    p = _Parts(today or dt.date.today())
    stmt = p.joined(
        select(
            func.sum(case((p.failed, 1), else_=0)),
            func.sum(case((p.no_credits, 1), else_=0)),
            func.sum(case((p.overdue, 1), else_=0)),
            func.sum(case((p.suspension, 1), else_=0)),
            func.sum(case((p.any_risk, 1), else_=0)),
        ),
        enterprise_id,
    )
    values = session.execute(stmt).one()
    keys = [*RISKS, "total"]
    return {k: int(v or 0) for k, v in zip(keys, values, strict=True)}
