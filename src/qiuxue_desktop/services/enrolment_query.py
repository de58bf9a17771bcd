"""Finding enrolments: the table's query (filters and instant search in SQL, sorted ids, then
rows page by page — the learner table's pattern), a learner's enrolments, counts by status.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import ColumnElement, Select, and_, func, or_, select, union
from sqlalchemy.orm import Session

from qiuxue_desktop.domain import Department, Enrolment, Institution, Learner, Programme
from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.domain.study_codes import LEVELS, STATUS_BY_LABEL, STATUSES, study_form_label
from qiuxue_desktop.errors import InputRejected
from qiuxue_desktop.services.auth import require


@dataclass(frozen=True, slots=True)
class EnrolmentRow:
    """One enrolment as the tables and the study page show it."""

    id: int
    record_id: str
    version: int
    learner_id: int
    learner_name: str
    employee_no: str
    department: str
    institution_id: int
    institution_code: str
    institution_name: str
    programme_id: int
    programme_name: str
    level: str
    study_form: str
    length_terms: int
    student_no: str
    intake_date: dt.date
    expected_graduation: dt.date
    status: str
    status_since: dt.date
    graduation_date: dt.date | None
    diploma_number: str
    notes: str

    @property
    def level_label(self) -> str:
        return LEVELS.get(self.level, self.level)

    @property
    def study_form_label(self) -> str:
        """The label in force at intake: an enrolment of 2024 stays 函授/业余."""
        return study_form_label(self.study_form, self.intake_date)

    @property
    def status_label(self) -> str:
        return STATUSES.get(self.status, self.status)


@dataclass(frozen=True, slots=True)
class EnrolmentQuery:
    """The enrolment table's filters. `text` is the instant search: each space-separated token
    must match a learner's name (or its pinyin / initials), a 学号 or 工号, a programme,
    institution or department name, or be a status or level word (在读, 专升本 …)."""

    text: str = ""
    statuses: tuple[str, ...] = ()  # empty: every status
    institution_id: int | None = None
    programme_id: int | None = None
    department_id: int | None = None
    intake_from: dt.date | None = None
    intake_to: dt.date | None = None
    at_risk: bool = False
    sort: str = "name"  # a key of SORT_KEYS
    descending: bool = False


SORT_KEYS: dict[str, tuple[Any, ...]] = {
    "name": (Learner.name_pinyin, Learner.name),
    "employee_no": (Learner.employee_no,),
    "department": (Department.name,),
    "student_no": (Enrolment.student_no,),
    "institution": (Institution.code,),
    "programme": (Programme.name,),
    "level": (Programme.level,),
    "intake_date": (Enrolment.intake_date,),
    "expected_graduation": (Enrolment.expected_graduation,),
    "status": (Enrolment.status,),
    "status_since": (Enrolment.status_since,),
}
_LEVEL_BY_LABEL = {label: code for code, label in LEVELS.items()}


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _kind(token: str) -> str:
    if token in STATUS_BY_LABEL:
        return "status"
    if token in _LEVEL_BY_LABEL:
        return "level"
    if token.isascii() and token.isalnum() and any(ch.isdigit() for ch in token):
        return "number"
    if token.isascii() and token.isalpha():
        return "pinyin"
    return "text"


def _of_learners(where: ColumnElement[bool]) -> Select[Any]:
    """Ids of the enrolments of the learners matching `where`."""
    return select(Enrolment.id).where(Enrolment.learner_id.in_(select(Learner.id).where(where)))


def _condition(token: str) -> ColumnElement[bool]:
    """One search token as `enrolment.id IN (a union of small id queries)`: each part scans one
    table (or seeks an index) once, instead of testing every joined row in the sort order
    (100k enrolments: "张" 0.9 s → 0.1 s)."""
    kind = _kind(token)
    t = _escape(token)
    if kind == "status":
        return Enrolment.status == STATUS_BY_LABEL[token]
    if kind == "level":
        return Enrolment.programme_id.in_(
            select(Programme.id).where(Programme.level == _LEVEL_BY_LABEL[token])
        )
    parts: list[Select[Any]]
    if kind == "number":
        parts = [
            select(Enrolment.id).where(Enrolment.student_no.like(f"%{t}%", escape="\\")),
            _of_learners(Learner.employee_no == token),
        ]
    elif kind == "pinyin":
        low = t.lower()
        names = [
            Learner.name_initials.like(f"{low}%", escape="\\"),
            Learner.name_pinyin.like(f"{low}%", escape="\\"),
        ]
        if len(token) >= 3:
            names.append(Learner.name_pinyin.like(f"%{low}%", escape="\\"))
        parts = [
            _of_learners(or_(*names)),
            select(Enrolment.id).where(Enrolment.student_no.like(f"{t}%", escape="\\")),
        ]
    else:
        like = f"%{t}%"
        parts = [
            _of_learners(Learner.name.like(like, escape="\\")),
            select(Enrolment.id).where(
                Enrolment.programme_id.in_(select(Programme.id).where(Programme.name.like(like, escape="\\")))
            ),
            select(Enrolment.id).where(
                Enrolment.institution_id.in_(
                    select(Institution.id).where(Institution.name.like(like, escape="\\"))
                )
            ),
            _of_learners(
                Learner.department_id.in_(
                    select(Department.id).where(Department.name.like(like, escape="\\"))
                )
            ),
        ]
    return Enrolment.id.in_(union(*parts))


def _filtered(
    stmt: Select[Any], enterprise_id: int, q: EnrolmentQuery, today: dt.date, *, counting: bool = False
) -> Select[Any]:
    tokens = q.text.split()
    searching = any(_kind(t) != "status" for t in tokens)
    if counting and not searching and q.department_id is None:
        # A count that needs nothing of the learner: the enterprise through the institution
        # (a few rows) instead of a join to every learner (100k: 57 ms → 7 ms).
        stmt = stmt.join(Institution, Institution.id == Enrolment.institution_id)
        return _narrowed(
            stmt.where(Institution.enterprise_id == enterprise_id), enterprise_id, q, today, tokens
        )
    stmt = stmt.join(Learner, Learner.id == Enrolment.learner_id)
    if q.sort in ("programme", "level"):
        stmt = stmt.join(Programme, Programme.id == Enrolment.programme_id)
    if q.sort == "institution":
        stmt = stmt.join(Institution, Institution.id == Enrolment.institution_id)
    if q.sort == "department":
        stmt = stmt.join(Department, Department.id == Learner.department_id)
    # While searching, "+ 0" keeps SQLite from walking every learner in the sort index: the
    # matching ids are few, found first, then sorted.
    enterprise = Learner.enterprise_id + 0 if searching else Learner.enterprise_id
    stmt = stmt.where(enterprise == enterprise_id)
    if q.department_id is not None:
        stmt = stmt.where(Learner.department_id == q.department_id)
    return _narrowed(stmt, enterprise_id, q, today, tokens)


def _narrowed(
    stmt: Select[Any], enterprise_id: int, q: EnrolmentQuery, today: dt.date, tokens: list[str]
) -> Select[Any]:
    """The filters on the enrolment itself (and the search tokens) added to `stmt`."""
    if q.statuses:
        stmt = stmt.where(Enrolment.status.in_(q.statuses))
    if q.institution_id is not None:
        stmt = stmt.where(Enrolment.institution_id == q.institution_id)
    if q.programme_id is not None:
        stmt = stmt.where(Enrolment.programme_id == q.programme_id)
    if q.intake_from is not None:
        stmt = stmt.where(Enrolment.intake_date >= q.intake_from)
    if q.intake_to is not None:
        stmt = stmt.where(Enrolment.intake_date <= q.intake_to)
    if q.at_risk:
        from qiuxue_desktop.services.progress import at_risk_ids

        stmt = stmt.where(Enrolment.id.in_(at_risk_ids(enterprise_id, today)))
    if tokens:
        stmt = stmt.where(and_(*(_condition(t) for t in tokens)))
    return stmt


def query_enrolment_ids(
    session: Session,
    enterprise_id: int,
    q: EnrolmentQuery,
    *,
    limit: int | None = None,
    today: dt.date | None = None,
) -> list[int]:
    """Ids of the matching enrolments in display order; `limit` gives the first page only."""
    require(session, Permission.READ)
    keys = SORT_KEYS.get(q.sort, SORT_KEYS["name"])
    order = [k.desc() if q.descending else k for k in keys]
    # Ties in the sort column go by name (pinyin), then by enrolment.
    ties = [] if q.sort == "name" else [Learner.name_pinyin]
    stmt = _filtered(select(Enrolment.id), enterprise_id, q, today or dt.date.today()).order_by(
        *order, *ties, Enrolment.id.desc() if q.descending else Enrolment.id
    )
    if limit is not None:
        stmt = stmt.limit(limit)
    return list(session.scalars(stmt))


def count_enrolment_matches(
    session: Session, enterprise_id: int, q: EnrolmentQuery, *, today: dt.date | None = None
) -> int:
    """How many enrolments `q` matches."""
    require(session, Permission.READ)
    stmt = _filtered(
        select(func.count(Enrolment.id)), enterprise_id, q, today or dt.date.today(), counting=True
    )
    return int(session.scalar(stmt) or 0)


_ROW_COLUMNS = (
    Enrolment.id,
    Enrolment.record_id,
    Enrolment.version,
    Learner.id,
    Learner.name,
    Learner.employee_no,
    Department.name,
    Institution.id,
    Institution.code,
    Institution.name,
    Programme.id,
    Programme.name,
    Programme.level,
    Programme.study_form,
    Programme.length_terms,
    Enrolment.student_no,
    Enrolment.intake_date,
    Enrolment.expected_graduation,
    Enrolment.status,
    Enrolment.status_since,
    Enrolment.graduation_date,
    Enrolment.diploma_number,
    Enrolment.notes,
)


def _rows(session: Session, where: ColumnElement[bool], order: Sequence[Any] = ()) -> list[EnrolmentRow]:
    stmt = (
        select(*_ROW_COLUMNS)
        .join(Learner, Learner.id == Enrolment.learner_id)
        .join(Department, Department.id == Learner.department_id)
        .join(Programme, Programme.id == Enrolment.programme_id)
        .join(Institution, Institution.id == Enrolment.institution_id)
        .where(where)
        .order_by(*order)
    )
    return [EnrolmentRow(*cast(tuple[Any, ...], r)) for r in session.execute(stmt)]


def fetch_enrolment_rows(session: Session, ids: Sequence[int]) -> list[EnrolmentRow]:
    """The rows for `ids`, in the order given (one page of the table)."""
    require(session, Permission.READ)
    if not ids:
        return []
    by_id = {r.id: r for r in _rows(session, Enrolment.id.in_(list(ids)))}
    return [by_id[i] for i in ids if i in by_id]


def get_enrolment(session: Session, enrolment_id: int) -> EnrolmentRow:
    require(session, Permission.READ)
    rows = _rows(session, Enrolment.id == enrolment_id)
    if not rows:
        raise InputRejected("该学籍不存在，可能已被删除。")
    return rows[0]


def learner_enrolments(session: Session, learner_id: int) -> list[EnrolmentRow]:
    """A learner's enrolments, oldest intake first."""
    require(session, Permission.READ)
    return _rows(session, Enrolment.learner_id == learner_id, (Enrolment.intake_date, Enrolment.id))


def enrolment_counts(session: Session, enterprise_id: int) -> dict[str, int]:
    """How many enrolments are in each status (every status present, 0 when none)."""
    require(session, Permission.READ)
    counts = dict.fromkeys(STATUSES, 0)
    stmt = (
        select(Enrolment.status, func.count())
        .join(Learner, Learner.id == Enrolment.learner_id)
        .where(Learner.enterprise_id == enterprise_id)
        .group_by(Enrolment.status)
    )
    for status, n in session.execute(stmt):
        counts[status] = int(n)
    return counts


def intake_years(session: Session, enterprise_id: int) -> list[int]:
    """The years the enterprise's enrolments began in, newest first (the intake filter's choices)."""
    require(session, Permission.READ)
    first, last = session.execute(
        select(func.min(Enrolment.intake_date), func.max(Enrolment.intake_date))
        .join(Institution, Institution.id == Enrolment.institution_id)
        .where(Institution.enterprise_id == enterprise_id)
    ).one()
    if first is None or last is None:
        return []
    return list(range(last.year, first.year - 1, -1))
