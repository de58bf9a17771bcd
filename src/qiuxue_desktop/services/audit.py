"""The audit trail for the services: explicit entries, the chain check, and reading the trail.

- `record(session, action, …)`: an access that changes nothing but must be known —
  a reveal, an export, a print, an import's summary — in the caller's transaction.
- `record_inserts` / `record_column_inserts` / `record_updates`: for Core bulk writes (the
  ORM is audited by itself): one entry per record, hashed in one pass, one executemany.
- `chain_head(session) -> (id, hash)`: the newest entry; a backup's manifest keeps it, so
  that entries cut off from the end, which the chain alone cannot show, are noticed too.
- `verify_chain(session)`: recomputes every hash and names the first entry altered or removed.
- `AuditQuery` / `query_entry_ids` / `fetch_entries`: the audit view and `qiuxue audit`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, cast
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Select, and_, func, select
from sqlalchemy.orm import Session

from qiuxue_desktop.db.audit_trail import (
    AUDIT_TABLE,
    Pending,
    append,
    chain_head,
    record_column_inserts,
    record_inserts,
    record_updates,
)
from qiuxue_desktop.domain.audit import ACTION_LABELS, GENESIS, AuditEntry, ChainHasher, encode, jsonable
from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.progress import NO_PROGRESS, Progress
from qiuxue_desktop.services.auth import require

__all__ = [
    "AuditQuery",
    "ChainReport",
    "EntryRow",
    "chain_head",
    "count_entries",
    "fetch_entries",
    "list_actors",
    "query_entry_ids",
    "record",
    "record_column_inserts",
    "record_inserts",
    "record_updates",
    "verify_chain",
]

LOCAL_TIME = ZoneInfo("Asia/Shanghai")
TABLE_LABELS = {
    "learner": "学员",
    "department": "部门",
    "enterprise": "企业",
    "user_account": "账户",
    "institution": "院校",
    "programme": "专业",
    "course": "课程",
    "enrolment": "学籍",
    "enrolment_status_change": "学籍变动",
    "course_result": "成绩",
    "exam_sitting": "考试",
    "app_setting": "设置",
}
_EXTRA_FIELD_LABELS = {
    "department_id": "部门",
    "enterprise_id": "企业",
    "birth_date": "出生日期",
    "username": "用户名",
    "display_name": "姓名",
    "role": "角色",
    "active": "启用",
    "must_change_password": "须修改密码",
    "password_hash": "密码",
    "learner_id": "学员",
    "uscc": "统一社会信用代码",
    "short_code": "简称",
    "address": "地址",
    "union_branch": "工会",
}


def record(
    session: Session,
    action: str,
    *,
    table: str = "",
    record_key: str = "",
    changes: dict[str, Any] | None = None,
    detail: str = "",
) -> None:
    """One explicit entry (reveal, export, print, import, …) in the caller's transaction."""
    text = encode({k: jsonable(v) for k, v in (changes or {}).items()})
    append(session, [Pending(action, table, record_key, text, detail)])


# --- verifying the chain ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ChainReport:
    checked: int  # entries verified before the first problem (all of them when intact)
    head_id: int
    head_hash: str
    first_bad_id: int | None
    problem: str  # one sentence; "" when the chain is intact

    @property
    def ok(self) -> bool:
        return self.first_bad_id is None

    def describe(self) -> str:
        if self.ok:
            return f"审计日志完整：共 {self.checked} 条，哈希链无断裂（最新一条 #{self.head_id}）。"
        return self.problem


_SELECT_ALL = (
    "SELECT id, at, actor, action, table_name, record_key, changes, detail, prev_hash, hash "
    "FROM audit_entry ORDER BY id"
)


def verify_chain(session: Session, progress: Progress = NO_PROGRESS) -> ChainReport:
    """Recompute the chain from the first entry; stop at the first that was altered or removed.

    Needs no permission: it shows no data, only whether the trail is intact (`qiuxue check`).
    """
    conn = session.connection()
    to_datetime = AUDIT_TABLE.c.at.type.dialect_impl(conn.dialect).result_processor(conn.dialect, None)
    total = int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)
    progress.set(0, total, "正在校验审计日志")
    expected, prev = 1, GENESIS
    hasher_key: tuple[Any, ...] | None = None
    hasher: ChainHasher | None = None
    result = conn.exec_driver_sql(_SELECT_ALL)
    try:
        for row in result:
            entry_id, at, actor, action, table, key, changes, detail, prev_hash, digest = row
            if entry_id != expected:
                gap = f"第 {expected} 条" if entry_id == expected + 1 else f"第 {expected}–{entry_id - 1} 条"
                return _bad(
                    expected, prev, expected, f"审计日志中{gap}记录缺失（被删除），其后的记录无法证明完整。"
                )
            key_now = (at, actor, action, table, detail)
            if key_now != hasher_key:
                when = cast(dt.datetime, to_datetime(at) if to_datetime else at)
                hasher, hasher_key = ChainHasher(when, actor, action, table, detail), key_now
            assert hasher is not None
            intact = hasher(prev_hash, entry_id, key, changes) == digest
            if prev_hash != prev and intact and entry_id > 1:
                # This entry is as written, but the one before is not the one it followed.
                return _bad(
                    expected,
                    prev,
                    entry_id - 1,
                    f"审计日志第 {entry_id - 1} 条被改动过（其哈希被重新计算，与第 {entry_id} 条衔接不上）。",
                )
            if not intact or prev_hash != prev:
                return _bad(
                    expected,
                    prev,
                    entry_id,
                    f"审计日志第 {entry_id} 条被改动、替换或调换了顺序（哈希不符）。",
                )
            prev, expected = digest, expected + 1
            if not expected % 10_000:
                progress.set(expected - 1)
                progress.check()
    finally:
        result.close()
    progress.set(expected - 1)
    return ChainReport(expected - 1, expected - 1, prev, None, "")


def _bad(expected: int, prev: str, first_bad: int, problem: str) -> ChainReport:
    return ChainReport(expected - 1, expected - 1, prev, first_bad, problem)


# --- reading the trail ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AuditQuery:
    actor: str = ""
    # A record: its key (UUID) or the key's beginning, or what it is called — a learner's
    # name, an account's user name — for every record of that name.
    record: str = ""
    since: dt.date | None = None  # local dates, both inclusive
    until: dt.date | None = None
    action: str = ""


def _local_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), LOCAL_TIME).astimezone(dt.UTC)


_KEY_CHARS = frozenset("0123456789abcdef-")


def _named(session: Session, name: str) -> list[str]:
    """The record keys of the learners, accounts and enterprise called `name`."""
    from qiuxue_desktop.domain import Enterprise, Learner, User

    keys: list[str] = []
    for key_col, name_cols in (
        (Learner.record_id, (Learner.name,)),
        (User.record_id, (User.username, User.display_name)),
        (Enterprise.record_id, (Enterprise.name,)),
    ):
        for col in name_cols:
            keys += session.scalars(select(key_col).where(col == name).limit(1000))
    return keys


def _where(session: Session, stmt: Select[Any], q: AuditQuery) -> Select[Any]:
    conds: list[ColumnElement[bool]] = []
    if q.actor:
        conds.append(AuditEntry.actor == q.actor)
    if q.record.strip():
        key = q.record.strip()
        if len(key) >= 36:
            conds.append(AuditEntry.record_key == key)
        elif set(key.lower()) <= _KEY_CHARS:  # the beginning of a key: nothing LIKE treats specially
            conds.append(AuditEntry.record_key.like(f"{key.lower()}%"))
        else:
            conds.append(AuditEntry.record_key.in_(_named(session, key)))
    if q.since is not None:
        conds.append(AuditEntry.at >= _local_midnight(q.since))
    if q.until is not None:
        conds.append(AuditEntry.at < _local_midnight(q.until + dt.timedelta(days=1)))
    if q.action:
        conds.append(AuditEntry.action == q.action)
    return stmt.where(and_(*conds)) if conds else stmt


def query_entry_ids(session: Session, q: AuditQuery, *, limit: int | None = None) -> list[int]:
    """Ids of the matching entries, newest first."""
    require(session, Permission.VIEW_AUDIT)
    stmt = _where(session, select(AuditEntry.id), q).order_by(AuditEntry.id.desc())
    if limit is not None:
        stmt = stmt.limit(limit)
    return list(session.scalars(stmt))


def count_entries(session: Session, q: AuditQuery) -> int:
    require(session, Permission.VIEW_AUDIT)
    return int(session.scalar(_where(session, select(func.count()).select_from(AuditEntry), q)) or 0)


def list_actors(session: Session) -> list[str]:
    """Everyone who appears in the trail, for the person filter."""
    require(session, Permission.VIEW_AUDIT)
    return sorted(session.scalars(select(AuditEntry.actor).distinct()))


def field_label(name: str) -> str:
    from qiuxue_desktop.services.learners import FIELDS

    return FIELDS.get(name) or _EXTRA_FIELD_LABELS.get(name, name)


def _shown(value: Any) -> str:
    if value is None or value == "":
        return "（空）"
    if value is True:
        return "是"
    if value is False:
        return "否"
    return str(value)


@dataclass(frozen=True, slots=True)
class EntryRow:
    id: int
    at: dt.datetime
    actor: str
    action: str
    table_name: str
    record_key: str
    changes: dict[str, Any]
    detail: str
    record_name: str = ""  # what the record is called today (a learner's name), if known

    @property
    def action_label(self) -> str:
        return ACTION_LABELS.get(self.action, self.action)

    @property
    def table_label(self) -> str:
        return TABLE_LABELS.get(self.table_name, self.table_name)

    @property
    def local_time(self) -> str:
        return self.at.astimezone(LOCAL_TIME).strftime("%Y-%m-%d %H:%M:%S")

    def summary(self) -> str:
        """Each changed field as `label：before → after`, joined by `；`."""
        parts = []
        for name, pair in sorted(self.changes.items()):
            before, after = pair if isinstance(pair, list) and len(pair) == 2 else (None, pair)
            if self.action == "insert":
                parts.append(f"{field_label(name)}：{_shown(after)}")
            elif self.action == "delete":
                parts.append(f"{field_label(name)}：{_shown(before)}")
            else:
                parts.append(f"{field_label(name)}：{_shown(before)} → {_shown(after)}")
        return "；".join(parts)


def fetch_entries(session: Session, ids: Sequence[int]) -> list[EntryRow]:
    """The entries for `ids`, in the order given (one page of the view)."""
    require(session, Permission.VIEW_AUDIT)
    if not ids:
        return []
    by_id: dict[int, EntryRow] = {}
    for e in session.execute(select(AuditEntry).where(AuditEntry.id.in_(list(ids)))).scalars():
        try:
            changes = cast(dict[str, Any], json.loads(e.changes)) if e.changes else {}
        except ValueError:
            changes = {"?": [None, e.changes]}
        by_id[e.id] = EntryRow(e.id, e.at, e.actor, e.action, e.table_name, e.record_key, changes, e.detail)
    names = _record_names(session, [(e.table_name, e.record_key) for e in by_id.values()])
    return [
        replace(by_id[i], record_name=names.get((by_id[i].table_name, by_id[i].record_key), ""))
        for i in ids
        if i in by_id
    ]


def _record_names(session: Session, keys: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """What the records of one page are called, one query per table: learners by name,
    accounts by user name, the enterprise by its name."""
    from qiuxue_desktop.domain import Enterprise, Learner, User

    named: dict[str, tuple[Any, Any]] = {
        "learner": (Learner.record_id, Learner.name),
        "user_account": (User.record_id, User.username),
        "enterprise": (Enterprise.record_id, Enterprise.name),
    }
    found: dict[tuple[str, str], str] = {}
    for table, (key_col, name_col) in named.items():
        wanted = sorted({k for t, k in keys if t == table and k})
        if wanted:
            for key, name in session.execute(select(key_col, name_col).where(key_col.in_(wanted))):
                found[(table, key)] = name
    return found
