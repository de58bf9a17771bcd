"""Change tracking for the platform: every change to what it receives adds an outbox row in
the same transaction as the change, so a crash cannot lose one (data-safety.md, Sync).

Two ways in, both installed when the database layer is imported (db/engine.py):
- an ORM flush hook, like the audit trail's: a learner or an enrolment added, changed in a
  column its row is built from (platform_v1.TRACKED) or deleted; a course result changed
  (已修学分) → its enrolment; a programme or an institution changed → all their enrolments;
  the enterprise's USCC changed → all its learners; a claim becoming paid, superseded,
  corrected or deleted → the subsidy; a claim line of a paid claim, or an invoice behind a
  paid claim (a graduation claim reports its enrolment's latest invoice) → the subsidy.
- the audit trail's bulk-write hook (db.audit_trail.on_bulk_write): the roster import and
  the demo write learners and enrolments with Core; one executemany adds their rows.

Rows are (kind, record UUID, when); the export decides what each pending record needs (A, U,
D, or nothing when its row did not change). The writers' lock is taken before the first row is
written, so an entry's id is never below a batch's `outbox_upto` once that batch exists.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, cast

from sqlalchemy import Select, Table, bindparam, delete, event, insert, inspect, literal, select
from sqlalchemy.orm import Session, UOWTransaction

from qiuxue_desktop.db.audit_trail import on_bulk_write, serialise_writers
from qiuxue_desktop.domain import Claim, Enrolment, Learner, Programme
from qiuxue_desktop.domain.base import utcnow
from qiuxue_desktop.domain.claims import PAID
from qiuxue_desktop.domain.sync import ENROLMENT, LEARNER, SUBSIDY, SyncOutbox
from qiuxue_desktop.sync.platform_v1 import TRACKED

OUTBOX = cast(Table, SyncOutbox.__table__)
_DELETED_KEY = "qiuxue_outbox_deleted"  # session.info: what the flush's deletes need, read before it
_CHUNK = 500  # ids per IN (...) list


def add_entries(session: Session, entries: Iterable[tuple[str, str]]) -> int:
    """Append (kind, record_id) entries, in order, in the session's transaction; returns how many."""
    rows = list(dict.fromkeys(entries))  # one entry per record per write is enough
    if not rows:
        return 0
    conn = session.connection()
    serialise_writers(conn)
    at_type = OUTBOX.c.at.type.dialect_impl(conn.dialect)
    process = at_type.bind_processor(conn.dialect)
    now = utcnow()
    at = process(now) if process else now
    compiled = insert(OUTBOX).compile(dialect=conn.dialect, column_keys=["kind", "record_id", "at"])
    if compiled.positional:
        order = list(compiled.positiontup or ())
        values = {"kind": 0, "record_id": 1}
        params: list[Any] = [tuple(at if key == "at" else row[values[key]] for key in order) for row in rows]
    else:
        params = [{"kind": kind, "record_id": rid, "at": at} for kind, rid in rows]
    conn.exec_driver_sql(compiled.string, params)
    return len(rows)


def forget(session: Session, record_ids: Iterable[str], upto: int) -> int:
    """Remove the entries of `record_ids` up to entry `upto` (the platform has them now, or they
    needed no row); returns how many. One scan of the entries, then deletes by primary key."""
    wanted = set(record_ids)
    if not wanted:
        return 0
    conn = session.connection()
    rows = conn.execute(select(OUTBOX.c.id, OUTBOX.c.record_id).where(OUTBOX.c.id <= upto)).all()
    ids = [{"i": entry} for entry, rid in rows if rid in wanted]
    if ids:
        conn.execute(delete(OUTBOX).where(OUTBOX.c.id == bindparam("i")), ids)
    return len(ids)


def add_selected(session: Session, kind: str, record_ids: Select[Any]) -> None:
    """Append an entry of `kind` for each record_id the SELECT gives (INSERT … SELECT)."""
    conn = session.connection()
    serialise_writers(conn)
    source = select(literal(kind), record_ids.subquery().c[0], literal(utcnow(), OUTBOX.c.at.type))
    conn.execute(insert(OUTBOX).from_select(["kind", "record_id", "at"], source))


def _chunks(ids: Sequence[Any]) -> Iterable[list[Any]]:
    for start in range(0, len(ids), _CHUNK):
        yield list(ids[start : start + _CHUNK])


def _table(obj: object) -> str:
    mapper = inspect(obj).mapper
    return str(cast(Table, mapper.local_table).name)


def _changed(obj: object, table: str) -> bool:
    """Whether a column the platform's rows are built from changed in this flush."""
    state = inspect(obj)
    tracked = TRACKED[table]
    for attr in state.mapper.column_attrs:
        if attr.key in tracked and state.attrs[attr.key].history.has_changes():
            return True
    return False


def _values(obj: object, key: str) -> list[Any]:
    """The value of `key` before and after this flush (one value when it did not change)."""
    history = inspect(obj).attrs[key].history
    values = [*history.deleted, *history.added, *history.unchanged]
    return [v for v in dict.fromkeys(values) if v is not None]


class _Pending:
    """What one flush asks for, collected first, written with a few statements."""

    def __init__(self) -> None:
        self.entries: list[tuple[str, str]] = []
        self.enrolment_ids: set[int] = set()  # course results changed
        self.programme_ids: set[int] = set()
        self.institution_ids: set[int] = set()
        self.enterprise_ids: set[int] = set()
        self.claim_ids: set[int] = set()  # claim lines changed: the claim, if paid
        self.invoice_ids: set[int] = set()  # paid claims on the invoice
        self.invoice_enrolments: set[int] = set()  # graduation claims on the enrolment

    def write(self, session: Session) -> None:
        entries = list(self.entries)
        for ids in _chunks(sorted(self.enrolment_ids)):
            entries += [
                (ENROLMENT, r)
                for r in session.scalars(select(Enrolment.record_id).where(Enrolment.id.in_(ids)))
            ]
        add_entries(session, entries)
        if self.institution_ids:
            self.programme_ids.update(
                session.scalars(
                    select(Programme.id).where(Programme.institution_id.in_(self.institution_ids))
                )
            )
        for ids in _chunks(sorted(self.programme_ids)):
            add_selected(
                session, ENROLMENT, select(Enrolment.record_id).where(Enrolment.programme_id.in_(ids))
            )
        for ids in _chunks(sorted(self.enterprise_ids)):
            add_selected(session, LEARNER, select(Learner.record_id).where(Learner.enterprise_id.in_(ids)))
        paid = (Claim.state == PAID) & Claim.superseded_by_id.is_(None)
        for ids in _chunks(sorted(self.claim_ids)):
            add_selected(session, SUBSIDY, select(Claim.record_id).where(Claim.id.in_(ids), paid))
        for ids in _chunks(sorted(self.invoice_ids)):
            add_selected(session, SUBSIDY, select(Claim.record_id).where(Claim.invoice_id.in_(ids), paid))
        for ids in _chunks(sorted(self.invoice_enrolments)):
            add_selected(
                session,
                SUBSIDY,
                select(Claim.record_id).where(Claim.enrolment_id.in_(ids), Claim.invoice_id.is_(None), paid),
            )


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, _ctx: UOWTransaction, _instances: object) -> None:
    """Deleted records: read what their entries need while the rows still exist."""
    deleted: list[tuple[str, dict[str, Any]]] = []
    for obj in session.deleted:
        table = _table(obj)
        if table in ("learner", "enrolment", "claim", "course_result", "claim_line", "invoice"):
            o: Any = obj
            if table in ("learner", "enrolment"):
                deleted.append((table, {"record_id": o.record_id}))
            elif table == "claim":
                deleted.append((table, {"record_id": o.record_id, "paid": o.state == PAID}))
            elif table == "course_result":
                deleted.append((table, {"enrolment_id": o.enrolment_id}))
            elif table == "claim_line":
                deleted.append((table, {"claim_id": o.claim_id}))
            else:
                deleted.append((table, {"id": o.id, "enrolment_id": o.enrolment_id}))
    if deleted:
        session.info.setdefault(_DELETED_KEY, []).extend(deleted)


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _ctx: UOWTransaction) -> None:
    p = _Pending()
    for obj in session.new:
        table = _table(obj)
        o: Any = obj
        if table == "learner":
            p.entries.append((LEARNER, o.record_id))
        elif table == "enrolment":
            p.entries.append((ENROLMENT, o.record_id))
        elif table == "course_result":
            p.enrolment_ids.add(o.enrolment_id)
        elif table == "claim" and o.state == PAID:
            p.entries.append((SUBSIDY, o.record_id))
        elif table == "claim_line":
            p.claim_ids.add(o.claim_id)
        elif table == "invoice":
            p.invoice_enrolments.add(o.enrolment_id)
    for obj in session.dirty:
        table = _table(obj)
        if table not in TRACKED or not _changed(obj, table):
            continue
        o = obj
        if table == "learner":
            p.entries.append((LEARNER, o.record_id))
        elif table == "enrolment":
            p.entries.append((ENROLMENT, o.record_id))
        elif table == "course_result":
            p.enrolment_ids.update(_values(obj, "enrolment_id"))
        elif table == "programme":
            p.programme_ids.add(o.id)
        elif table == "institution":
            p.institution_ids.add(o.id)
        elif table == "enterprise":
            p.enterprise_ids.add(o.id)
        elif table == "claim" and PAID in _values(obj, "state"):
            p.entries.append((SUBSIDY, o.record_id))
        elif table == "claim_line":
            p.claim_ids.update(_values(obj, "claim_id"))
        elif table == "invoice":
            p.invoice_ids.add(o.id)
            p.invoice_enrolments.update(_values(obj, "enrolment_id"))
    for table, values in session.info.pop(_DELETED_KEY, []):
        if table == "learner":
            p.entries.append((LEARNER, values["record_id"]))
        elif table == "enrolment":
            p.entries.append((ENROLMENT, values["record_id"]))
        elif table == "claim" and values["paid"]:
            p.entries.append((SUBSIDY, values["record_id"]))
        elif table == "course_result":
            p.enrolment_ids.add(values["enrolment_id"])
        elif table == "claim_line":
            p.claim_ids.add(values["claim_id"])
        elif table == "invoice":
            p.invoice_ids.add(values["id"])
            p.invoice_enrolments.add(values["enrolment_id"])
    p.write(session)


@event.listens_for(Session, "after_rollback")
def _forget(session: Session) -> None:
    session.info.pop(_DELETED_KEY, None)


@on_bulk_write
def _after_bulk_write(
    session: Session, table: str, action: str, keys: Sequence[str], columns: Sequence[frozenset[str]] | None
) -> None:
    """Learners and enrolments written with Core (roster import, demo); claims written so
    become subsidies when paid."""
    kind = {"learner": LEARNER, "enrolment": ENROLMENT, "claim": SUBSIDY}.get(table)
    if kind is None:
        return
    if columns is not None:  # an update: only when a column the row is built from changed
        tracked = TRACKED[table]
        keys = [key for key, changed in zip(keys, columns, strict=True) if changed & tracked]
    if kind != SUBSIDY:
        add_entries(session, ((kind, key) for key in keys))
        return
    paid = (Claim.state == PAID) & Claim.superseded_by_id.is_(None)
    for ids in _chunks(keys):
        add_selected(session, SUBSIDY, select(Claim.record_id).where(Claim.record_id.in_(ids), paid))
