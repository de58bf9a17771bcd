"""The learner register: add, edit, mark as left, look up, search and bulk upsert.

Values travel as dicts keyed by the field names in FIELDS, typed: str codes,
`datetime.date`, bool. `department` is the department's name.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import ColumnElement, Select, Table, and_, bindparam, func, insert, or_, select, update
from sqlalchemy.orm import Session

from qiuxue_desktop.domain import Department, Learner
from qiuxue_desktop.domain.base import new_record_ids, utcnow
from qiuxue_desktop.domain.codes import DEFAULT_ETHNIC, DEFAULT_WORKER_CATEGORY
from qiuxue_desktop.domain.ids import id_facts, mask_id
from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.domain.pinyin import pinyin_keys
from qiuxue_desktop.domain.rules import learner_problems
from qiuxue_desktop.errors import InputRejected, StaleRecord
from qiuxue_desktop.progress import NO_PROGRESS, Progress
from qiuxue_desktop.services import audit
from qiuxue_desktop.services.auth import require
from qiuxue_desktop.services.enterprise import department_ids

# Field name → Chinese label, in the order forms and exports show them.
FIELDS: dict[str, str] = {
    "name": "姓名",
    "id_number": "身份证号",
    "gender": "性别",
    "ethnic_group": "民族",
    "phone": "手机号",
    "department": "部门",
    "post_category": "岗位类别",
    "hire_date": "入职日期",
    "hukou_type": "户籍性质",
    "hukou_place": "户籍所在地",
    "prior_education": "原学历",
    "employee_no": "工号",
    "worker_category": "职工类别",
    "union_member": "工会会员",
    "union_card_no": "会员证号",
    "leave_date": "离职日期",
    "notes": "备注",
}
REQUIRED = (
    "name",
    "id_number",
    "phone",
    "department",
    "post_category",
    "hire_date",
    "hukou_type",
    "prior_education",
)
DEFAULTS: dict[str, Any] = {
    "ethnic_group": DEFAULT_ETHNIC,
    "employee_no": "",
    "worker_category": DEFAULT_WORKER_CATEGORY,
    "union_member": False,
    "union_card_no": "",
    "leave_date": None,
    "notes": "",
}
# Columns of the learner table that hold a field directly (department goes through its id).
_DIRECT = tuple(f for f in FIELDS if f != "department")


class LearnerRejected(InputRejected):
    """The values of one learner are wrong; `problems` maps field → reason for the form."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = problems
        text = "；".join(f"{FIELDS.get(f, f)}：{p}" for f, p in problems.items())
        super().__init__(f"学员信息有误，未保存。{text}。")


@dataclass(frozen=True, slots=True)
class LearnerDetail:
    id: int
    record_id: str
    version: int
    values: dict[str, Any]  # every field of FIELDS; id_number masked unless revealed
    birth_date: dt.date
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True, slots=True)
class LearnerRow:
    """One row of the learner table: what the view shows, ID number already masked."""

    id: int
    employee_no: str
    name: str
    gender: str
    birth_date: dt.date
    id_masked: str
    ethnic_group: str
    phone: str
    department: str
    post_category: str
    hire_date: dt.date
    hukou_type: str
    prior_education: str
    worker_category: str
    union_member: bool
    leave_date: dt.date | None


def complete_values(values: dict[str, Any]) -> dict[str, Any]:
    """A new learner's values with defaults and what the ID number tells filled in."""
    full = {**DEFAULTS, **values}
    if full.get("gender") is None or not full.get("hukou_place"):
        facts = id_facts(str(full["id_number"]))
        if full.get("gender") is None:
            full["gender"] = facts.gender
        if not full.get("hukou_place"):
            full["hukou_place"] = facts.region
    return full


def _check(values: dict[str, Any], *, new: bool) -> None:
    problems = learner_problems(values)
    if new:
        for f in REQUIRED:
            if f not in values or values[f] in (None, ""):
                problems.setdefault(f, f"{FIELDS[f]}不能为空")
    if problems:
        raise LearnerRejected(problems)


def _row_for_table(values: dict[str, Any], dept_id: int) -> dict[str, Any]:
    row = {f: values[f] for f in _DIRECT if f in values}
    row["department_id"] = dept_id
    if "name" in values:
        row["name_pinyin"], row["name_initials"] = pinyin_keys(str(values["name"]))
    if "id_number" in values:
        row["birth_date"] = id_facts(str(values["id_number"])).birth_date
    return row


def register_learner(session: Session, *, enterprise_id: int, values: dict[str, Any]) -> int:
    require(session, Permission.EDIT_LEARNERS)
    _check(values, new=True)
    full = complete_values(values)
    _check(full, new=True)
    exists = session.scalar(
        select(Learner.name).where(
            Learner.enterprise_id == enterprise_id, Learner.id_number == full["id_number"]
        )
    )
    if exists is not None:
        raise LearnerRejected({"id_number": f"身份证号已登记在学员“{exists}”名下"})
    dept = department_ids(session, enterprise_id, {str(full["department"]).strip()})
    learner = Learner(enterprise_id=enterprise_id, **_row_for_table(full, next(iter(dept.values()))))
    session.add(learner)
    session.flush()
    return learner.id


def _load(session: Session, learner_id: int, expected_version: int | None) -> Learner:
    learner = session.get(Learner, learner_id)
    if learner is None:
        raise InputRejected("该学员记录不存在，可能已被删除。")
    if expected_version is not None and learner.version != expected_version:
        raise StaleRecord(f"学员“{learner.name}”的记录刚被其他人修改过，请重新打开后再改。")
    return learner


def update_learner(
    session: Session, learner_id: int, *, values: dict[str, Any], expected_version: int | None
) -> bool:
    """Replace the given fields; returns False when nothing actually changed."""
    require(session, Permission.EDIT_LEARNERS)
    learner = _load(session, learner_id, expected_version)
    current = _values_of(learner)
    merged = {**current, **values}
    _check(merged, new=True)
    if merged["id_number"] != current["id_number"]:
        other = session.scalar(
            select(Learner.name).where(
                Learner.enterprise_id == learner.enterprise_id,
                Learner.id_number == merged["id_number"],
                Learner.id != learner.id,
            )
        )
        if other is not None:
            raise LearnerRejected({"id_number": f"身份证号已登记在学员“{other}”名下"})
    changed = {f: v for f, v in merged.items() if current.get(f) != v}
    if not changed:
        return False
    dept_name = str(merged["department"]).strip()
    dept_id = department_ids(session, learner.enterprise_id, {dept_name})[dept_name]
    for key, value in _row_for_table(
        {f: merged[f] for f in changed} | {"department": dept_name}, dept_id
    ).items():
        setattr(learner, key, value)
    session.flush()
    return True


def mark_left(
    session: Session, learner_id: int, *, leave_date: dt.date, expected_version: int | None
) -> None:
    """A learner with history is never deleted: they are marked as left on a date."""
    require(session, Permission.EDIT_LEARNERS)
    learner = _load(session, learner_id, expected_version)
    problems = learner_problems({"hire_date": learner.hire_date, "leave_date": leave_date})
    if leave_date > dt.date.today():
        problems.setdefault("leave_date", f"离职日期{leave_date.isoformat()}在今天之后")
    if problems:
        raise LearnerRejected(problems)
    learner.leave_date = leave_date
    session.flush()


def _values_of(learner: Learner) -> dict[str, Any]:
    values = {f: getattr(learner, f) for f in _DIRECT}
    values["department"] = learner.department.name
    return values


def get_learner(session: Session, learner_id: int, *, reveal: bool = False) -> LearnerDetail:
    require(session, Permission.REVEAL_ID if reveal else Permission.READ)
    learner = _load(session, learner_id, None)
    values = _values_of(learner)
    if reveal:
        _record_reveal(session, learner)
    else:
        values["id_number"] = mask_id(learner.id_number)
    return LearnerDetail(
        id=learner.id,
        record_id=learner.record_id,
        version=learner.version,
        values=values,
        birth_date=learner.birth_date,
        created_at=learner.created_at,
        updated_at=learner.updated_at,
    )


def _record_reveal(session: Session, learner: Learner) -> None:
    audit.record(session, "reveal", table="learner", record_key=learner.record_id, detail=learner.name)


def reveal_id_number(session: Session, learner_id: int) -> str:
    """The full ID number; the reveal is recorded in the audit trail."""
    require(session, Permission.REVEAL_ID)
    learner = _load(session, learner_id, None)
    _record_reveal(session, learner)
    return learner.id_number


def delete_learner(session: Session, learner_id: int, *, reason: str, expected_version: int | None) -> str:
    """Remove a learner registered in error, with everything recorded on them: enrolments
    (status history, results, exam sittings), invoices and claims (lines, steps, repayments).
    A learner with any history is normally marked as left instead (mark_left); this is for a
    record that should never have existed. Every deletion is a recorded correction carrying
    `reason` (paid claims can only go that way), so it needs Permission.CORRECT_RECORD too.
    Returns the learner's name."""
    from qiuxue_desktop.domain import (
        Claim,
        ClaimLine,
        ClaimStep,
        CourseResult,
        Enrolment,
        EnrolmentStatusChange,
        ExamSitting,
        Invoice,
        Repayment,
        User,
    )
    from qiuxue_desktop.services.guards import start_correction

    require(session, Permission.EDIT_LEARNERS)
    require(session, Permission.CORRECT_RECORD)
    learner = _load(session, learner_id, expected_version)
    name = learner.name

    def remove(rows: Iterable[Any], *, correct: bool = False) -> None:
        for row in list(rows):
            if correct:
                start_correction(session, row, reason)
            session.delete(row)
        session.flush()  # no relationships tell the unit of work the order: one level at a time

    claims = list(session.scalars(select(Claim).where(Claim.learner_id == learner.id)))
    claim_ids = [c.id for c in claims]
    lines = list(session.scalars(select(ClaimLine).where(ClaimLine.claim_id.in_(claim_ids))))
    remove(session.scalars(select(Repayment).where(Repayment.claim_line_id.in_([x.id for x in lines]))))
    remove([*lines, *session.scalars(select(ClaimStep).where(ClaimStep.claim_id.in_(claim_ids)))])
    for claim in claims:  # corrections point at each other: unlink before deleting
        if claim.corrects_id is not None or claim.superseded_by_id is not None:
            start_correction(session, claim, reason)
            claim.corrects_id = claim.superseded_by_id = None
    session.flush()
    remove(claims, correct=True)
    enrolment_ids = list(session.scalars(select(Enrolment.id).where(Enrolment.learner_id == learner.id)))
    remove(session.scalars(select(Invoice).where(Invoice.learner_id == learner.id)), correct=True)
    for model in (CourseResult, ExamSitting, EnrolmentStatusChange):
        remove(session.scalars(select(model).where(model.enrolment_id.in_(enrolment_ids))))
    remove(session.scalars(select(Enrolment).where(Enrolment.id.in_(enrolment_ids))), correct=True)
    for user in session.scalars(select(User).where(User.learner_id == learner.id)):
        user.learner_id = None
    remove([learner], correct=True)
    return name


# --- searching -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LearnerQuery:
    text: str = ""
    department_id: int | None = None
    status: str | None = None  # "active", "left" or None for all
    sort: str = "name"
    descending: bool = False


SORT_KEYS: dict[str, tuple[Any, ...]] = {
    "name": (Learner.name_pinyin, Learner.name),
    "employee_no": (Learner.employee_no,),
    "gender": (Learner.gender,),
    "birth_date": (Learner.birth_date,),
    "id_number": (Learner.id_number,),
    "ethnic_group": (Learner.ethnic_group,),
    "phone": (Learner.phone,),
    "department": (Department.name,),
    "post_category": (Learner.post_category,),
    "hire_date": (Learner.hire_date,),
    "hukou_type": (Learner.hukou_type,),
    "prior_education": (Learner.prior_education,),
    "worker_category": (Learner.worker_category,),
    "union_member": (Learner.union_member,),
    "status": (Learner.leave_date.is_(None).desc(), Learner.leave_date),
}


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _token_condition(token: str) -> ColumnElement[bool]:
    t = _escape_like(token)
    if token in ("在职", "离职"):
        return Learner.leave_date.is_(None) if token == "在职" else Learner.leave_date.is_not(None)
    if token.isdigit() or (token[:-1].isdigit() and token[-1:] in "xX"):
        conds: list[ColumnElement[bool]] = [
            Learner.phone.like(f"%{t}%", escape="\\"),
            Learner.employee_no == token,
        ]
        if len(token) >= 4:
            conds.append(Learner.id_number.like(f"%{t.upper()}", escape="\\"))
        return or_(*conds)
    if token.isascii() and token.isalpha():
        low = t.lower()
        conds = [
            Learner.name_initials.like(f"{low}%", escape="\\"),
            Learner.name_pinyin.like(f"{low}%", escape="\\"),
        ]
        if len(token) >= 3:
            conds.append(Learner.name_pinyin.like(f"%{low}%", escape="\\"))
        return or_(*conds)
    return or_(Learner.name.like(f"%{t}%", escape="\\"), Department.name.like(f"%{t}%", escape="\\"))


def _is_text_token(token: str) -> bool:
    """A token matched against names and department names (neither digits nor pinyin nor a status)."""
    return not (
        token in ("在职", "离职")
        or token.isdigit()
        or (token[:-1].isdigit() and token[-1:] in "xX")
        or (token.isascii() and token.isalpha())
    )


def _filtered(stmt: Select[Any], enterprise_id: int, q: LearnerQuery) -> Select[Any]:
    tokens = q.text.split()
    # Join departments only when a filter or the sort needs their names: on 100,000 rows the
    # join alone costs ~50 ms. `+ 0` keeps SQLite from walking the (enterprise_id, …) index with
    # a table lookup per row — there is one enterprise, so a plain scan is 3-8x faster.
    if q.sort == "department" or any(_is_text_token(t) for t in tokens):
        stmt = stmt.join(Department, Department.id == Learner.department_id)
    stmt = stmt.where(Learner.enterprise_id + 0 == enterprise_id)
    if q.department_id is not None:
        stmt = stmt.where(Learner.department_id == q.department_id)
    if q.status == "active":
        stmt = stmt.where(Learner.leave_date.is_(None))
    elif q.status == "left":
        stmt = stmt.where(Learner.leave_date.is_not(None))
    if tokens:
        stmt = stmt.where(and_(*(_token_condition(t) for t in tokens)))
    return stmt


def query_learner_ids(
    session: Session, enterprise_id: int, q: LearnerQuery, *, limit: int | None = None
) -> list[int]:
    """Ids of the matching learners in display order: sorting and filtering happen in SQL.

    `limit` returns only the first ones: a table shows its first page from them (SQLite
    keeps a top-N instead of sorting everything) before it asks for the rest.
    """
    require(session, Permission.READ)
    keys = SORT_KEYS.get(q.sort, SORT_KEYS["name"])
    order = [k.desc() if q.descending else k for k in keys]
    stmt = _filtered(select(Learner.id), enterprise_id, q).order_by(
        *order, Learner.id.desc() if q.descending else Learner.id
    )
    if limit is not None:
        stmt = stmt.limit(limit)
    return list(session.scalars(stmt))


def count_learner_matches(session: Session, enterprise_id: int, q: LearnerQuery) -> int:
    """How many learners `q` matches: the length of query_learner_ids without a limit."""
    require(session, Permission.READ)
    return int(session.scalar(_filtered(select(func.count()).select_from(Learner), enterprise_id, q)) or 0)


_ROW_COLUMNS = (
    Learner.id,
    Learner.employee_no,
    Learner.name,
    Learner.gender,
    Learner.birth_date,
    Learner.id_number,
    Learner.ethnic_group,
    Learner.phone,
    Department.name,
    Learner.post_category,
    Learner.hire_date,
    Learner.hukou_type,
    Learner.prior_education,
    Learner.worker_category,
    Learner.union_member,
    Learner.leave_date,
)


def fetch_rows(session: Session, ids: Sequence[int]) -> list[LearnerRow]:
    """The rows for `ids`, in the order given (one page of the table)."""
    require(session, Permission.READ)
    if not ids:
        return []
    stmt = (
        select(*_ROW_COLUMNS)
        .join(Department, Department.id == Learner.department_id)
        .where(Learner.id.in_(list(ids)))
    )
    by_id: dict[int, LearnerRow] = {}
    for r in session.execute(stmt):
        by_id[r[0]] = LearnerRow(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            mask_id(r[5]),
            r[6],
            r[7],
            r[8],
            r[9],
            r[10],
            r[11],
            r[12],
            r[13],
            r[14],
            r[15],
        )
    return [by_id[i] for i in ids if i in by_id]


@dataclass(frozen=True, slots=True)
class LearnerCounts:
    total: int
    active: int
    left: int


def learner_counts(session: Session, enterprise_id: int) -> LearnerCounts:
    require(session, Permission.READ)
    total, left = session.execute(
        select(func.count(), func.count(Learner.leave_date)).where(Learner.enterprise_id == enterprise_id)
    ).one()
    return LearnerCounts(total=total, active=total - left, left=left)


# --- bulk upsert (roster import) --------------------------------------------------------------


@dataclass
class UpsertPlan:
    """What an import would do. Rows are complete, typed values keyed by field name."""

    new_rows: list[dict[str, Any]] = field(default_factory=list)
    changed: list[tuple[int, dict[str, Any], dict[str, tuple[Any, Any]]]] = field(default_factory=list)
    unchanged: int = 0
    new_departments: list[str] = field(default_factory=list)
    # learner id → (record_id, department_id) of the changed learners, for the audit trail
    stored: dict[int, tuple[str, int]] = field(default_factory=dict)

    @property
    def added(self) -> int:
        return len(self.new_rows)

    @property
    def updated(self) -> int:
        return len(self.changed)


def plan_upsert(
    session: Session, enterprise_id: int, rows: Iterable[dict[str, Any]], present: set[str]
) -> UpsertPlan:
    """Sort rows into new, changed and unchanged learners, matched by ID number.

    A row holds only the fields in `present`; for an existing learner those
    replace the stored values and the rest keep theirs.
    """
    require(session, Permission.READ)
    fields = [f for f in FIELDS if f in present and f != "id_number"]
    cols = [Learner.id, Learner.id_number, Learner.record_id, Learner.department_id] + [
        Department.name if f == "department" else getattr(Learner, f) for f in fields
    ]
    existing: dict[str, tuple[Any, ...]] = {}
    stmt = (
        select(*cols)
        .join(Department, Department.id == Learner.department_id)
        .where(Learner.enterprise_id == enterprise_id)
    )
    for r in session.execute(stmt):
        existing[r[1]] = tuple(r)
    known_depts = {
        name
        for (name,) in session.execute(
            select(Department.name).where(Department.enterprise_id == enterprise_id)
        )
    }
    plan = UpsertPlan()
    new_depts: set[str] = set()
    for row in rows:
        old = existing.get(row["id_number"])
        if "department" in row and row["department"] not in known_depts:
            new_depts.add(row["department"])
        if old is None:
            plan.new_rows.append(complete_values(row))
            continue
        diff = {f: (old[i + 4], row[f]) for i, f in enumerate(fields) if f in row and old[i + 4] != row[f]}
        if diff:
            plan.changed.append((old[0], row, diff))
            plan.stored[old[0]] = (old[2], old[3])
        else:
            plan.unchanged += 1
    plan.new_departments = sorted(new_depts)
    return plan


def _new_columns(
    rows: Sequence[dict[str, Any]], dept_ids: dict[str, int], enterprise_id: int, now: dt.datetime
) -> dict[str, list[Any]]:
    """The learner table's columns for new learners' complete values, built a column at a time
    (C-level maps instead of a dict per row: the 50,000-row import is timed)."""
    n = len(rows)
    columns: dict[str, list[Any]] = {}
    for f in _DIRECT:
        try:
            columns[f] = list(map(itemgetter(f), rows))
        except KeyError:
            columns[f] = [r.get(f, DEFAULTS.get(f)) for r in rows]
    columns["department_id"] = list(map(dept_ids.__getitem__, map(str, map(itemgetter("department"), rows))))
    keys = list(map(pinyin_keys, map(str, columns["name"])))
    columns["name_pinyin"] = list(map(itemgetter(0), keys))
    columns["name_initials"] = list(map(itemgetter(1), keys))
    columns["birth_date"] = _birth_dates(columns["id_number"])
    columns["enterprise_id"] = [enterprise_id] * n
    columns["record_id"] = new_record_ids(n)
    columns["created_at"] = columns["updated_at"] = [now] * n
    columns["version"] = [1] * n
    return columns


def _birth_dates(id_numbers: list[Any]) -> list[dt.date]:
    """The birth date in each (checked) ID number, each distinct date parsed once."""
    digits = [str(n)[6:14] for n in id_numbers]
    dates = {d: dt.date(int(d[:4]), int(d[4:6]), int(d[6:])) for d in set(digits)}
    return list(map(dates.__getitem__, digits))


def _insert_columns(
    session: Session,
    table: Table,
    columns: dict[str, list[Any]],
    known: dict[str, dict[Any, Any]] | None = None,
) -> None:
    """INSERT rows given a column at a time as one driver-level executemany.

    On a 50,000-row import SQLAlchemy's per-row parameter processing cost more than
    SQLite's own insert; here each column's bind processor runs once per distinct
    value (`known` keeps them from one batch to the next), so stored values are exactly
    what `session.execute(insert(table), rows)` stores.
    """
    known = {} if known is None else known
    conn = session.connection()
    dialect = conn.dialect
    keys = list(columns)
    compiled = insert(table).compile(dialect=dialect, column_keys=keys)
    names = list(compiled.positiontup or ()) if compiled.positional else list(compiled.binds)
    if set(names) != set(keys):  # a column would take its default: let SQLAlchemy fill it in
        session.execute(
            insert(table), [dict(zip(keys, t, strict=True)) for t in zip(*columns.values(), strict=True)]
        )
        return
    ordered: list[list[Any]] = []
    for key in names:
        column = columns[key]
        process = table.c[key].type.dialect_impl(dialect).bind_processor(dialect)
        if process is not None:
            converted = known.setdefault(key, {})
            for v in set(column).difference(converted):
                converted[v] = process(v)
            column = list(map(converted.__getitem__, column))
        ordered.append(column)
    params: list[Any] = (
        list(zip(*ordered, strict=True))
        if compiled.positional
        else [dict(zip(names, t, strict=True)) for t in zip(*ordered, strict=True)]
    )
    conn.exec_driver_sql(compiled.string, params)


@contextlib.contextmanager
def _bulk_cache(session: Session, mib: int = 64) -> Iterator[None]:
    """A bigger SQLite page cache while a bulk write runs: with the default 2 MiB the
    learner and audit tables' B-tree pages are spilled and read back again and again."""
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        yield
        return
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size=-{mib * 1024}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size={int(before or -2000)}")


def apply_upsert(
    session: Session,
    enterprise_id: int,
    plan: UpsertPlan,
    progress: Progress = NO_PROGRESS,
    *,
    detail: str = "",
) -> tuple[int, int]:
    """Write a plan made in the same transaction; returns (added, updated).

    Each learner added or changed gets its audit entry (`detail` says why: the import's file).
    """
    require(session, Permission.EDIT_LEARNERS)
    names = {str(r["department"]) for r in plan.new_rows} | {
        str(r["department"]) for _, r, _ in plan.changed if "department" in r
    }
    dept_ids = department_ids(session, enterprise_id, names)
    now = utcnow()
    table = cast(Table, Learner.__table__)
    total = plan.added + plan.updated
    progress.set(0, total, "正在写入学员")
    with _bulk_cache(session):
        _write_new(session, enterprise_id, plan, dept_ids, now, progress, detail)
        _write_changed(session, plan, dept_ids, now, progress)
    audit.record_updates(session, table, _audited_changes(plan, dept_ids), detail=detail)
    return plan.added, plan.updated


def _write_new(
    session: Session,
    enterprise_id: int,
    plan: UpsertPlan,
    dept_ids: dict[str, int],
    now: dt.datetime,
    progress: Progress,
    detail: str,
) -> None:
    table = cast(Table, Learner.__table__)
    chunk = 5000
    known: dict[str, dict[Any, Any]] = {}
    for start in range(0, plan.added, chunk):
        progress.check()
        columns = _new_columns(plan.new_rows[start : start + chunk], dept_ids, enterprise_id, now)
        _insert_columns(session, table, columns, known)
        audit.record_column_inserts(session, table, columns, detail=detail)
        progress.set(min(start + chunk, plan.added))


def _write_changed(
    session: Session, plan: UpsertPlan, dept_ids: dict[str, int], now: dt.datetime, progress: Progress
) -> None:
    table = cast(Table, Learner.__table__)
    # Updates grouped by the set of columns they write, so each group is one executemany.
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for learner_id, values, _diff in plan.changed:
        dept = dept_ids[str(values["department"])] if "department" in values else None
        row = _row_for_table(values, dept or 0)
        if dept is None:
            del row["department_id"]
        row.pop("id_number", None)
        row["updated_at"] = now
        groups.setdefault(tuple(sorted(row)), []).append({"b_id": learner_id, **row})
    done = plan.added
    for keys, params in groups.items():
        progress.check()
        stmt = (
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values({**{k: bindparam(k) for k in keys}, "version": table.c.version + 1})
        )
        session.execute(stmt, params)
        done += len(params)
        progress.set(done)


def _audited_changes(
    plan: UpsertPlan, dept_ids: dict[str, int]
) -> Iterable[tuple[str, dict[str, tuple[Any, Any]]]]:
    """The plan's changes as the audit trail records them: columns, the department by its id."""
    for learner_id, _values, diff in plan.changed:
        record_id, old_dept = plan.stored[learner_id]
        columns = {f: pair for f, pair in diff.items() if f != "department"}
        if "department" in diff:
            columns["department_id"] = (old_dept, dept_ids[str(diff["department"][1])])
        yield record_id, columns
