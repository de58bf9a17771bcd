"""Writing the audit trail, in the same transaction as the change it records.

- Every ORM flush is recorded by a session event: each inserted, updated and
  deleted row of every mapped class (a model of a later issue needs no code),
  with each changed column before and after (domain/audit.py masks personal
  data). A class opts out with `__audit_skip__ = True` (derived caches only).
- Core bulk writes (the roster import, demo data) call `record_inserts` /
  `record_updates`: one entry per record, hashed in one pass, one executemany; then the
  hooks registered with `on_bulk_write` (the platform outbox) see the same records.
- `append` writes explicit entries (a reveal, an export, a sign-in).
- A record whose class declares `audit_frozen(old) -> reason | None` (paid,
  sent) refuses any update or delete at flush time unless the session holds a
  recorded correction for it (services.guards.start_correction); its entry is
  then a `correct` entry carrying the reason.

The chain's head is read inside the write transaction: on SQLite the write
transaction already holds the lock (BEGIN IMMEDIATE); on PostgreSQL a
transaction-scoped advisory lock serialises the writers so the chain cannot fork.
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import Table, event, insert, inspect
from sqlalchemy.engine import Connection
from sqlalchemy.orm import InstanceState, Mapper, Session, UOWTransaction

from qiuxue_desktop.domain.audit import (
    CORRECT,
    DELETE,
    GENESIS,
    INSERT,
    UPDATE,
    AuditEntry,
    ChainHasher,
    audit_columns,
    column_texts,
    encode,
    is_plain,
    json_texts,
)
from qiuxue_desktop.domain.base import utcnow
from qiuxue_desktop.domain.permissions import Principal
from qiuxue_desktop.errors import NotPermitted

PRINCIPAL_KEY = "qiuxue_principal"  # session.info: the signed-in Principal (db.engine.Database sets it)
CORRECTIONS_KEY = "qiuxue_corrections"  # session.info: {(table, primary key): reason}
_PG_LOCK = 7_151_170_117  # any fixed number: the advisory lock of the audit chain
_KEYS = (
    "id",
    "at",
    "actor",
    "action",
    "table_name",
    "record_key",
    "changes",
    "detail",
    "prev_hash",
    "hash",
)
AUDIT_TABLE = cast(Table, AuditEntry.__table__)


def local_username() -> str:
    """The person at this PC when the database has no accounts: QIUXUE_USER, else the OS account."""
    user = os.environ.get("QIUXUE_USER")
    if user:
        return user
    try:
        return getpass.getuser()
    except Exception:
        return "unknown"


def session_actor(session: Session) -> str:
    principal = session.info.get(PRINCIPAL_KEY)
    return principal.username if isinstance(principal, Principal) else local_username()


@dataclass(frozen=True, slots=True)
class Pending:
    """An entry to append: what and which record; time, actor and hash are the writer's."""

    action: str
    table: str
    record_key: str
    changes: str = "{}"
    detail: str = ""


# --- the chain writer -----------------------------------------------------------------------


def serialise_writers(conn: Connection) -> None:
    """Take the writers' lock now, for a read that a later write depends on (a cap's
    remaining room). SQLite write sessions hold it from BEGIN IMMEDIATE already; on
    PostgreSQL it is the audit chain's transaction-scoped advisory lock (re-entrant)."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_LOCK})")


def _head(conn: Connection) -> tuple[int, str]:
    serialise_writers(conn)
    row = conn.exec_driver_sql("SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1").first()
    return (int(row[0]), str(row[1])) if row else (0, GENESIS)


def chain_head(session: Session) -> tuple[int, str]:
    """The newest entry's (id, hash), or (0, GENESIS) for an empty trail."""
    row = session.connection().exec_driver_sql("SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1")
    first = row.first()
    return (int(first[0]), str(first[1])) if first else (0, GENESIS)


def _insert_rows(conn: Connection, rows: list[tuple[Any, ...]]) -> None:
    """One driver-level executemany: the rows are already plain values in _KEYS order."""
    dialect = conn.dialect
    compiled = insert(AUDIT_TABLE).compile(dialect=dialect, column_keys=list(_KEYS))
    if compiled.positional:
        order = list(compiled.positiontup or ())
        index = [_KEYS.index(k) for k in order]
        params: list[Any] = rows if order == list(_KEYS) else [tuple(r[i] for i in index) for r in rows]
    else:
        params = [dict(zip(_KEYS, r, strict=True)) for r in rows]
    conn.exec_driver_sql(compiled.string, params)


def _stored_at(conn: Connection, at: dt.datetime) -> Any:
    process = AUDIT_TABLE.c.at.type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
    return process(at) if process else at


def append(
    session: Session, entries: Sequence[Pending], *, actor: str | None = None, at: dt.datetime | None = None
) -> tuple[int, str]:
    """Append `entries` to the chain in the session's transaction; returns the new head."""
    if not entries:
        return chain_head(session)
    conn = session.connection()
    who = actor or session_actor(session)
    when = at or utcnow()
    stored_at = _stored_at(conn, when)
    entry_id, prev = _head(conn)
    rows: list[tuple[Any, ...]] = []
    for e in entries:
        entry_id += 1
        digest = ChainHasher(when, who, e.action, e.table, e.detail)(prev, entry_id, e.record_key, e.changes)
        rows.append(
            (entry_id, stored_at, who, e.action, e.table, e.record_key, e.changes, e.detail, prev, digest)
        )
        prev = digest
    _insert_rows(conn, rows)
    return entry_id, prev


def _append_same(
    session: Session,
    action: str,
    table: str,
    detail: str,
    keys: Sequence[str],
    changes: Sequence[str],
    key_texts: Sequence[str] | None = None,
) -> None:
    """Entries that differ only in record and changes: the hashing prefix is built once, the
    chain hashed in one pass, the rows written with one executemany."""
    if not keys:
        return
    # A plain str: a table's name is a str subclass, which sqlite3 would offer __conform__ per row.
    table = str(table)
    conn = session.connection()
    who = session_actor(session)
    when = utcnow()
    stored_at = _stored_at(conn, when)
    link = ChainHasher(when, who, action, table, detail).with_encoded_key
    entry_id, prev = _head(conn)
    rows: list[tuple[Any, ...]] = []
    add = rows.append
    for key, key_text, change in zip(keys, key_texts or json_texts(list(keys)), changes, strict=True):
        entry_id += 1
        digest = link(prev, entry_id, key_text, change)
        add((entry_id, stored_at, who, action, table, key, change, detail, prev, digest))
        prev = digest
    _insert_rows(conn, rows)


Columns = Mapping[str, Sequence[Any]]  # column key → its values, one per row

# Called after every Core bulk write recorded here, in the same transaction: (session, table
# name, INSERT or UPDATE, the record keys written, and for an update each key's changed
# columns). The bulk writes already call this module exactly where they happen, so a
# listener (the platform outbox, sync/outbox.py) needs no code in each caller.
BulkHook = Callable[[Session, str, str, Sequence[str], Sequence[frozenset[str]] | None], None]
_BULK_HOOKS: list[BulkHook] = []


def on_bulk_write(hook: BulkHook) -> BulkHook:
    """Register `hook` to run after each Core bulk write (a decorator)."""
    if hook not in _BULK_HOOKS:
        _BULK_HOOKS.append(hook)
    return hook


def _after_bulk_write(
    session: Session, table: str, action: str, keys: Sequence[str], columns: Sequence[frozenset[str]] | None
) -> None:
    for hook in _BULK_HOOKS:
        hook(session, table, action, keys, columns)


def insert_changes(table: Table, columns: Columns) -> list[str]:
    """The `changes` text of an insert entry for each row: `{"column":[null,value],…}`.

    Each column's values are encoded at C speed (domain.audit.column_texts) and each row is
    one `%` of a template: per-cell Python would cost more than SQLite's own insert on a
    50,000-row import (benchmarks/bench_import.py).
    """
    slots: list[str] = []
    texts_by_column: list[list[str]] = []
    for key, shown in audit_columns(table):
        if key not in columns:
            continue
        values = list(columns[key]) if is_plain(shown) else list(map(shown, columns[key]))
        texts, quoted = column_texts(values)
        slots.append(encode(key).replace("%", "%%") + (':[null,"%s"]' if quoted else ":[null,%s]"))
        texts_by_column.append(texts)
    template = "{" + ",".join(slots) + "}"
    return list(map(template.__mod__, zip(*texts_by_column, strict=True)))


def record_column_inserts(session: Session, table: Table, columns: Columns, *, detail: str = "") -> None:
    """One `insert` entry per row of rows written with Core, given a column at a time; the
    columns hold `record_id` (or, for a table without one, the primary key)."""
    if "record_id" in columns:
        keys = list(map(str, columns["record_id"]))
    else:
        pk = [c.key for c in table.primary_key.columns]
        if not all(k in columns for k in pk):
            raise ValueError(f"record_inserts({table.name}): rows need record_id or the primary key")
        keys = ["-".join(map(str, parts)) for parts in zip(*(columns[k] for k in pk), strict=True)]
    if keys:
        _append_same(session, INSERT, table.name, detail, keys, insert_changes(table, columns))
        _after_bulk_write(session, str(table.name), INSERT, keys, None)


def record_inserts(
    session: Session, table: Table, rows: Sequence[Mapping[str, Any]], *, detail: str = ""
) -> None:
    """One `insert` entry per row written with Core (dict rows with the same keys)."""
    if rows:
        columns = {key: list(map(itemgetter(key), rows)) for key in rows[0]}
        record_column_inserts(session, table, columns, detail=detail)


def record_updates(
    session: Session,
    table: Table,
    updates: Iterable[tuple[str, Mapping[str, tuple[Any, Any]]]],
    *,
    detail: str = "",
) -> None:
    """One `update` entry per (record key, {column: (before, after)}) written with Core."""
    shown = dict(audit_columns(table))
    keys: list[str] = []
    changes: list[str] = []
    changed: list[frozenset[str]] = []
    for key, diff in updates:
        fields = {c: [shown[c](b), shown[c](a)] for c, (b, a) in diff.items() if c in shown and b != a}
        if fields:
            keys.append(key)
            changes.append(encode(fields))
            changed.append(frozenset(fields))
    _append_same(session, UPDATE, table.name, detail, keys, changes)
    if keys:
        _after_bulk_write(session, str(table.name), UPDATE, keys, changed)


# --- the ORM hook -----------------------------------------------------------------------------


_AttrPlan = tuple[tuple[str, str, Any], ...]  # (attribute key, column key, how it is shown)
_ATTR_PLANS: dict[Mapper[Any], _AttrPlan] = {}


def _plan(mapper: Mapper[Any]) -> _AttrPlan:
    plan = _ATTR_PLANS.get(mapper)
    if plan is None:
        table = cast(Table, mapper.local_table)
        shown = dict(audit_columns(table))
        plan = tuple(
            (mapper.get_property_by_column(table.c[key]).key, key, fn)
            for key, fn in shown.items()
            if key in table.c and mapper.c.contains_column(table.c[key])
        )
        _ATTR_PLANS[mapper] = plan
    return plan


def record_key(state: InstanceState[Any]) -> str:
    """The record's UUID where it has one, else its primary key."""
    rid = state.dict.get("record_id")
    if rid:
        return str(rid)
    pk = state.mapper.primary_key_from_instance(state.obj())
    return "-".join(str(v) for v in pk)


def _table_name(state: InstanceState[Any]) -> str:
    return str(cast(Table, state.mapper.local_table).name)


def _pk(state: InstanceState[Any]) -> tuple[str, tuple[Any, ...]]:
    return _table_name(state), tuple(state.mapper.primary_key_from_instance(state.obj()))


class CommittedValues(Mapping[str, Any]):
    """The values a record had before this transaction's unflushed changes."""

    def __init__(self, state: InstanceState[Any]) -> None:
        self._state = state

    def __getitem__(self, key: str) -> Any:
        history = self._state.attrs[key].history
        if history.deleted:
            return history.deleted[0]
        if history.unchanged:
            return history.unchanged[0]
        return self._state.dict.get(key) if not history.added else None

    def __iter__(self) -> Any:
        return iter(self._state.mapper.column_attrs.keys())

    def __len__(self) -> int:
        return len(self._state.mapper.column_attrs)


def _audited(obj: object) -> bool:
    return not getattr(obj, "__audit_skip__", False)


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, _ctx: UOWTransaction, _instances: object) -> None:
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, AuditEntry):
            raise RuntimeError("the audit trail is append-only: write entries through services.audit")
    corrections: dict[tuple[str, tuple[Any, ...]], str] = session.info.get(CORRECTIONS_KEY, {})
    for obj in (*session.dirty, *session.deleted):
        frozen = getattr(obj, "audit_frozen", None)
        if frozen is None:
            continue
        state = inspect(obj)
        if obj in session.dirty and not session.is_modified(obj, include_collections=False):
            continue
        reason = frozen(CommittedValues(state))
        if reason and _pk(state) not in corrections:
            raise NotPermitted(f"这条记录{reason}，不能直接修改或删除；如确需改动，请走“更正”并写明原因。")


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _ctx: UOWTransaction) -> None:
    corrections: dict[tuple[str, tuple[Any, ...]], str] = session.info.get(CORRECTIONS_KEY, {})
    entries: list[Pending] = []
    for obj in session.new:
        if not _audited(obj):
            continue
        state = inspect(obj)
        values = state.dict
        changes = {col: [None, shown(values.get(attr))] for attr, col, shown in _plan(state.mapper)}
        entries.append(Pending(INSERT, _table_name(state), record_key(state), encode(changes)))
    for obj in session.dirty:
        if not _audited(obj):
            continue
        state = inspect(obj)
        changes = {}
        for attr, col, shown in _plan(state.mapper):
            history = state.attrs[attr].history
            if not history.added and not history.deleted:
                continue
            before = shown(history.deleted[0] if history.deleted else None)
            after = shown(history.added[0] if history.added else None)
            if before != after:
                changes[col] = [before, after]
        if changes:
            reason = corrections.get(_pk(state))
            action = CORRECT if reason is not None else UPDATE
            table = _table_name(state)
            entries.append(Pending(action, table, record_key(state), encode(changes), reason or ""))
    for obj in session.deleted:
        if not _audited(obj):
            continue
        state = inspect(obj)
        changes = {}
        for attr, col, shown in _plan(state.mapper):
            v = shown(state.dict.get(attr))
            if v is not None and v != "":
                changes[col] = [v, None]
        reason = corrections.get(_pk(state))
        table = _table_name(state)
        entries.append(Pending(DELETE, table, record_key(state), encode(changes), reason or ""))
    if entries:
        append(session, entries)


@event.listens_for(Session, "after_commit")
@event.listens_for(Session, "after_rollback")
def _forget_corrections(session: Session) -> None:
    session.info.pop(CORRECTIONS_KEY, None)
