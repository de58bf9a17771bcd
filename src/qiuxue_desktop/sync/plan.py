"""What the next batch would hold: the pending outbox coalesced per record into A, U or D rows,
checked with the platform's rules and the parent rules; what is held back, and why.

Per record (its outbox entries taken together, the newest deciding the time):
- in the database and reported (platform_v1): A when the platform does not hold it, U when it
  does and the row changed (unchanged → no row, the entries are dropped);
- gone, or no longer reported (a superseded claim): D when the platform holds it, else dropped;
- waiting (an enrolment still 报名/录取): stays pending, counted apart;
- refused by the platform and not changed since: not sent again (status lists it) — except
  E203 (parent unknown or rejected), which goes again once its parent is held or goes along.

A row the platform would refuse is HELD BACK with the reason and stays pending: its own rules
(platform_v1.row_problems), a parent neither held nor in this batch (A and U rows, parents
first), children the platform would still hold (D rows, children first).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qiuxue_desktop.domain.sync import KIND_LABELS, KINDS, SyncHeld, SyncOutbox, SyncRejection
from qiuxue_desktop.sync import platform_v1 as fmt

E203 = "E203"
GONE = "（已删除）"  # the name shown for a record no longer in the database


@dataclass(frozen=True, slots=True)
class HeldBack:
    """A row not sent because the platform would refuse it; the record stays pending."""

    kind: str
    record_id: str
    learner_name: str
    code: str  # the platform's code it would get; "" for a reason of our own
    reason: str

    @property
    def link(self) -> str:
        """Which record, in words: `学籍 张三（<record id>）`."""
        return f"{KIND_LABELS[self.kind]} {self.learner_name}（{self.record_id}）"

    def describe(self) -> str:
        code = f"{self.code} " if self.code else ""
        return f"{self.link}：{code}{self.reason}"


class PlannedRow(NamedTuple):
    kind: str
    record_id: str
    op: str  # A, U, D
    parent_id: str | None
    cells: tuple[str, ...]  # the worksheet row: 记录标识, 操作, fields…, 更新时间 (D: the first two)
    row_hash: str  # of the fields sent ("" for D)


@dataclass
class Plan:
    rows: dict[str, list[PlannedRow]] = field(default_factory=lambda: {k: [] for k in KINDS})
    held_back: list[HeldBack] = field(default_factory=list)
    waiting: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    blocked: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))  # refused, unchanged
    drop: list[tuple[str, str]] = field(default_factory=list)  # (kind, record_id): no row needed
    outbox_upto: int = 0

    @property
    def counts(self) -> dict[str, int]:
        return {fmt.SHEET_BY_KIND[k].name: len(self.rows[k]) for k in KINDS}

    @property
    def row_count(self) -> int:
        return sum(len(rows) for rows in self.rows.values())


_new = tuple.__new__  # a NamedTuple made without its Python __new__: 200,000 rows an export


class _Held(NamedTuple):
    kind: str
    parent_id: str | None
    row_hash: str


class _Rejection(NamedTuple):
    code: str
    message: str
    outbox_upto: int


def row_hash(fields: Iterable[str]) -> str:
    return hashlib.blake2b("\x1f".join(fields).encode(), digest_size=16).hexdigest()


def _utc(value: Any) -> dt.datetime:
    """An outbox `at` as the driver gives it (text on SQLite, naive UTC on PostgreSQL)."""
    at = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
    return at.replace(tzinfo=dt.UTC) if at.tzinfo is None else at


def pending_records(session: Session) -> dict[str, dict[str, tuple[int, Any]]]:
    """kind → {record_id: (newest entry id, its time as the driver gives it)}, oldest first.

    One scan of the outbox in id order, coalesced here: a later entry of a record replaces
    the earlier (a third of the time of SQL's GROUP BY with max() and an ORDER BY)."""
    out: dict[str, dict[str, tuple[int, Any]]] = {k: {} for k in KINDS}
    stmt = select(SyncOutbox.kind, SyncOutbox.record_id, SyncOutbox.id, SyncOutbox.at).order_by(SyncOutbox.id)
    result = session.connection().execute(stmt)
    try:
        rows = result.cursor.fetchall() if result.cursor is not None else []
    finally:
        result.close()
    for kind, rid, entry, at in rows:
        records = out[kind]
        records.pop(rid, None)  # keep the order of each record's newest entry
        records[rid] = (int(entry), at)
    return out


def _held(session: Session) -> dict[str, _Held]:
    rows = session.execute(select(SyncHeld.record_id, SyncHeld.kind, SyncHeld.parent_id, SyncHeld.row_hash))
    return {rid: _Held(kind, parent, h) for rid, kind, parent, h in rows}


def _rejections(session: Session) -> dict[str, _Rejection]:
    rows = session.execute(
        select(SyncRejection.record_id, SyncRejection.code, SyncRejection.message, SyncRejection.outbox_upto)
    )
    return {rid: _Rejection(code, message, upto) for rid, code, message, upto in rows}


class _Planner:
    def __init__(self, session: Session, ctx: fmt.Context) -> None:
        self.session = session
        self.ctx = ctx
        self.plan = Plan()
        self.pending = pending_records(session)
        self.held = _held(session)
        self.rejections = _rejections(session)
        self.children: dict[str, list[str]] = defaultdict(list)  # held parent → held children
        for rid, h in self.held.items():
            if h.parent_id is not None:
                self.children[h.parent_id].append(rid)
        self.sent: dict[str, dict[str, PlannedRow]] = {k: {} for k in KINDS}  # A and U rows
        self.deleted: dict[str, set[str]] = {k: set() for k in KINDS}  # D rows
        self.gone: dict[str, list[str]] = {k: [] for k in KINDS}  # D candidates
        self.gone_ids: dict[str, set[str]] = {k: set() for k in KINDS}  # the same, to look up
        self.held_back: dict[str, dict[str, HeldBack]] = {k: {} for k in KINDS}
        self.not_ready: dict[str, dict[str, str]] = {k: {} for k in KINDS}  # waiting/skipped → why
        self.stamps: dict[Any, str] = {}

    def run(self) -> Plan:
        upto = self.session.scalar(select(func.max(SyncOutbox.id)))
        self.plan.outbox_upto = int(upto or 0)
        for sheet in fmt.SHEETS:  # A and U: parents first
            self._adds_and_updates(sheet)
        for sheet in reversed(fmt.SHEETS):  # D: children first
            self._deletes(sheet)
        return self.plan

    def _hold(self, kind: str, record_id: str, name: str, code: str, reason: str) -> None:
        item = HeldBack(kind, record_id, name, code, reason)
        self.held_back[kind][record_id] = item
        self.plan.held_back.append(item)

    def _stamp(self, at: Any) -> str:
        text = self.stamps.get(at)
        if text is None:
            text = self.stamps[at] = fmt.stamp_text(_utc(at))
        return text

    def _adds_and_updates(self, sheet: fmt.SheetFormat) -> None:
        kind, pending = sheet.kind, self.pending[sheet.kind]
        if not pending:
            return
        current = {c.record_id: c for c in fmt.build_rows(self.session, kind, pending)}
        held_get, rejection_get, drop = self.held.get, self.rejections.get, self.plan.drop
        ready: list[tuple[fmt.Current, str, str, bool, Any]] = []  # row, op, hash, retry after E203, time
        for rid, (newest, at) in pending.items():
            cur = current.get(rid)
            if cur is None or cur.state == fmt.SKIP:
                if rid in self.held:
                    self.gone[kind].append(rid)
                    self.gone_ids[kind].add(rid)
                else:
                    drop.append((kind, rid))
                if cur is not None:
                    self.not_ready[kind][rid] = cur.note or "不报送"
                continue
            if cur.state == fmt.WAIT:
                self.plan.waiting[kind] += 1
                self.not_ready[kind][rid] = cur.note
                continue
            rejection = rejection_get(rid)
            retry = rejection is not None and newest <= rejection.outbox_upto
            if retry and rejection is not None and rejection.code != E203:
                self.plan.blocked[kind] += 1  # refused and not changed since
                continue
            digest = row_hash(cur.fields)
            held = held_get(rid)
            if held is not None and held.row_hash == digest:
                drop.append((kind, rid))  # the platform holds exactly this
                continue
            if cur.note:
                self._hold(kind, rid, cur.learner_name, "", cur.note)
                continue
            ready.append((cur, "A" if held is None else "U", digest, retry, at))
        problems = fmt.row_problems(kind, [item[0] for item in ready], self.ctx)
        parent_kind = sheet.parent_kind
        sent, rows, stamp = self.sent[kind], self.plan.rows[kind], self._stamp
        parents_sent = self.sent[parent_kind] if parent_kind else {}
        for cur, op, digest, retry, at in ready:
            rid = cur.record_id
            failure = problems.get(rid)
            if failure is not None:
                self._hold(kind, rid, cur.learner_name, *failure)
                continue
            if parent_kind is not None and cur.parent_id not in parents_sent:
                reason = self._parent_problem(parent_kind, cur.parent_id)
                if reason is not None:
                    if retry:
                        self.plan.blocked[kind] += 1  # still refused for its parent (E203): listed there
                    else:
                        self._hold(kind, rid, cur.learner_name, E203, reason)
                    continue
            row = _new(PlannedRow, (kind, rid, op, cur.parent_id, (rid, op, *cur.fields, stamp(at)), digest))
            sent[rid] = row
            rows.append(row)

    def _parent_problem(self, parent_kind: str, parent_id: str | None) -> str | None:
        """None when the parent is held (and stays) or goes in this batch, else why not."""
        label = KIND_LABELS[parent_kind]
        if parent_id is None:
            return f"没有所属{label}"
        if parent_id in self.sent[parent_kind]:
            return None
        if parent_id in self.held and parent_id not in self.gone_ids[parent_kind]:
            return None
        held_back = self.held_back[parent_kind].get(parent_id)
        if held_back is not None:
            return f"所属{label}本批不能报送（{held_back.reason}）：请先更正{label}"
        rejection = self.rejections.get(parent_id)
        if rejection is not None:
            return f"所属{label}被平台拒收（{rejection.code} {rejection.message}）：请先更正{label}"
        why = self.not_ready[parent_kind].get(parent_id)
        if why:
            return f"所属{label}尚未报送：{why}"
        return f"所属{label}平台尚未接收"

    def _deletes(self, sheet: fmt.SheetFormat) -> None:
        kind = sheet.kind
        child_kind = next((s.kind for s in fmt.SHEETS if s.parent_kind == kind), None)
        for rid in self.gone[kind]:
            newest = self.pending[kind][rid][0]
            rejection = self.rejections.get(rid)
            if rejection is not None and newest <= rejection.outbox_upto:
                self.plan.blocked[kind] += 1
                continue
            if child_kind is not None:
                staying = [
                    child
                    for child in self.children.get(rid, ())
                    if child not in self.deleted[child_kind]
                    and not (child in self.sent[child_kind] and self.sent[child_kind][child].parent_id != rid)
                ]
                if staying:
                    reason = f"平台上仍有它的{len(staying)}条{KIND_LABELS[child_kind]}记录，须先删除它们"
                    self._hold(kind, rid, GONE, "E209", reason)
                    continue
            self.deleted[kind].add(rid)
            self.plan.rows[kind].append(PlannedRow(kind, rid, "D", None, (rid, "D"), ""))


def plan_batch(session: Session, ctx: fmt.Context) -> Plan:
    """The rows the next batch would hold, what is held back and what needs no row."""
    return _Planner(session, ctx).run()
