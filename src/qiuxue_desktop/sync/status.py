"""Where reporting stands: what waits to be sent, what is held back and why, what the platform
refused, the batches and their states, how old the newest receipt is — and what the platform
holds, in the shape `platform-sim dump` prints.

`pending_counts` is cheap (one grouped query: the status bar) and counts records with pending
changes, some of which may turn out to need no row or to wait; `sync_status` plans the next
batch as the export would, and says exactly what would be sent and what held back.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from qiuxue_desktop.domain import Claim, Enrolment, Learner
from qiuxue_desktop.domain.base import utcnow
from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.domain.sync import (
    ENROLMENT,
    KIND_LABELS,
    KINDS,
    LEARNER,
    SUBSIDY,
    SyncBatch,
    SyncHeld,
    SyncOutbox,
    SyncRejection,
)
from qiuxue_desktop.services.auth import require
from qiuxue_desktop.services.enterprise import require_enterprise
from qiuxue_desktop.services.settings import get_setting
from qiuxue_desktop.sync import platform_v1 as fmt
from qiuxue_desktop.sync.batches import BatchInfo, list_batches
from qiuxue_desktop.sync.plan import E203, GONE, HeldBack, plan_batch

RECEIPT_WARN_KEY = "sync.receipt_warn_days"  # services.settings: days before the warning
RECEIPT_WARN_DAYS = 14
NOT_STARTED = ("applied", "admitted")  # 报名/录取: the enrolment's row waits (platform_v1 WAIT)


@dataclass(frozen=True, slots=True)
class RejectedRecord:
    kind: str
    record_id: str
    learner_name: str
    code: str
    message: str
    batch_file: str
    retried: bool  # changed since (or E203): it goes again in the next batch

    @property
    def link(self) -> str:
        return f"{KIND_LABELS[self.kind]} {self.learner_name}（{self.record_id}）"

    def describe(self) -> str:
        again = "（已更正，下一批重新上报）" if self.retried else ""
        return f"{self.link}：{self.code} {self.message}{again}"


@dataclass(frozen=True)
class SyncStatus:
    pending: dict[str, int]  # kind → rows the next batch would send or hold back
    waiting: dict[str, int]  # kind → records that wait before they can be sent (报名/录取)
    held_back: tuple[HeldBack, ...]
    rejected: tuple[RejectedRecord, ...]
    batches: tuple[BatchInfo, ...]  # newest first
    last_receipt_at: dt.datetime | None
    warn_after_days: int
    now: dt.datetime

    @property
    def awaiting(self) -> BatchInfo | None:
        return next((b for b in self.batches if b.state == "awaiting"), None)

    @property
    def pending_total(self) -> int:
        return sum(self.pending.values())

    @property
    def receipt_age_days(self) -> int | None:
        if self.last_receipt_at is None:
            return None
        return (self.now - self.last_receipt_at).days

    @property
    def warning(self) -> str | None:
        """A sentence when the newest receipt is older than the set number of days (or none has
        come although batches went out)."""
        age = self.receipt_age_days
        if age is None:
            if self.batches:
                return "已导出的批次还没有导入过任何平台回执：请把回执文件带回并导入。"
            return None
        if age > self.warn_after_days:
            return (
                f"最近一次导入平台回执已是{age}天前（超过{self.warn_after_days}天）：请及时上报并导入回执。"
            )
        return None


def pending_counts(session: Session) -> dict[str, int]:
    """kind → records with pending changes, not counting those refused and unchanged since, nor
    enrolments still 报名/录取 (they wait: sync_status counts them apart)."""
    require(session, Permission.READ)
    newest = (
        select(SyncOutbox.kind, SyncOutbox.record_id, func.max(SyncOutbox.id).label("newest"))
        .group_by(SyncOutbox.kind, SyncOutbox.record_id)
        .subquery("p")
    )
    stmt = (
        select(newest.c.kind, func.count())
        .select_from(newest)
        .outerjoin(SyncRejection, SyncRejection.record_id == newest.c.record_id)
        .outerjoin(
            Enrolment,
            and_(newest.c.kind == ENROLMENT, Enrolment.record_id == newest.c.record_id),
        )
        .where(
            or_(
                SyncRejection.record_id.is_(None),
                newest.c.newest > SyncRejection.outbox_upto,
                SyncRejection.code == E203,  # goes again once its parent is there
            ),
            or_(Enrolment.id.is_(None), Enrolment.status.not_in(NOT_STARTED)),
        )
        .group_by(newest.c.kind)
    )
    counts = dict.fromkeys(KINDS, 0)
    for kind, n in session.execute(stmt):
        counts[str(kind)] = int(n)
    return counts


def record_names(session: Session, ids_by_kind: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """record_id → the learner's name, for records of each kind still in the database."""
    names: dict[str, str] = {}
    joins = {
        LEARNER: select(Learner.record_id, Learner.name),
        ENROLMENT: select(Enrolment.record_id, Learner.name).join(
            Learner, Learner.id == Enrolment.learner_id
        ),
        SUBSIDY: select(Claim.record_id, Learner.name).join(Learner, Learner.id == Claim.learner_id),
    }
    for kind, ids in ids_by_kind.items():
        wanted = list(ids)
        column = joins[kind].selected_columns[0]
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            names.update({rid: name for rid, name in session.execute(joins[kind].where(column.in_(chunk)))})
    return names


def rejected_records(session: Session) -> list[RejectedRecord]:
    """The platform's refusals still standing, with the learner's name and whether each goes again."""
    require(session, Permission.READ)
    newest = (
        select(SyncOutbox.record_id, func.max(SyncOutbox.id).label("newest"))
        .group_by(SyncOutbox.record_id)
        .subquery("p")
    )
    rows = session.execute(
        select(
            SyncRejection.kind,
            SyncRejection.record_id,
            SyncRejection.code,
            SyncRejection.message,
            SyncRejection.outbox_upto,
            SyncBatch.file_name,
            newest.c.newest,
        )
        .join(SyncBatch, SyncBatch.id == SyncRejection.sync_batch_id)
        .outerjoin(newest, newest.c.record_id == SyncRejection.record_id)
        .order_by(SyncRejection.kind, SyncRejection.record_id)
    ).all()
    by_kind: dict[str, list[str]] = defaultdict(list)
    for kind, rid, *_rest in rows:
        by_kind[kind].append(rid)
    names = record_names(session, by_kind)
    return [
        RejectedRecord(
            kind, rid, names.get(rid, GONE), code, message, file_name, newest is not None and newest > upto
        )
        for kind, rid, code, message, upto, file_name, newest in rows
    ]


def receipt_warn_days(session: Session) -> int:
    text = get_setting(session, RECEIPT_WARN_KEY, str(RECEIPT_WARN_DAYS))
    try:
        return max(1, int(text))
    except ValueError:
        return RECEIPT_WARN_DAYS


def sync_status(session: Session, *, now: dt.datetime | None = None) -> SyncStatus:
    """Everything the sync view and `qiuxue sync status` show (reads only)."""
    require(session, Permission.READ)
    when = now or utcnow()
    enterprise = require_enterprise(session)
    plan = plan_batch(session, fmt.Context(enterprise.uscc, when.astimezone(fmt.SHANGHAI).date()))
    pending = {k: len(plan.rows[k]) for k in KINDS}  # what the next batch would send …
    for item in plan.held_back:  # … and what it would hold back
        pending[item.kind] += 1
    last = session.scalar(select(func.max(SyncBatch.applied_at)))
    if last is not None and last.tzinfo is None:
        last = last.replace(tzinfo=dt.UTC)
    return SyncStatus(
        pending=pending,
        waiting={k: n for k, n in plan.waiting.items() if n},
        held_back=tuple(plan.held_back),
        rejected=tuple(rejected_records(session)),
        batches=tuple(list_batches(session)),
        last_receipt_at=last,
        warn_after_days=receipt_warn_days(session),
        now=when,
    )


def platform_holdings(session: Session) -> dict[str, dict[str, dict[str, str]]]:
    """What the application says the platform holds, as `platform-sim dump --uscc` prints it:
    {sheet: {记录标识: {header: value}}} with every column but 记录标识 and 操作.

    Each record the platform holds (SyncHeld) is read back from the exact bytes of the batch
    whose row it accepted last, so this is what was sent and accepted, not what the database
    holds now (a change still pending shows as the old row, as on the platform)."""
    require(session, Permission.READ)
    from openpyxl import load_workbook

    from qiuxue_desktop.sync.package import DATA

    out: dict[str, dict[str, dict[str, str]]] = {s.name: {} for s in fmt.SHEETS}
    held: dict[int, set[str]] = defaultdict(set)
    for rid, batch in session.execute(select(SyncHeld.record_id, SyncHeld.sync_batch_id)):
        held[batch].add(rid)
    for batch_pk, wanted in sorted(held.items()):
        package = session.scalar(select(SyncBatch.package).where(SyncBatch.id == batch_pk))
        assert package is not None
        with zipfile.ZipFile(io.BytesIO(package)) as archive:
            workbook = load_workbook(io.BytesIO(archive.read(DATA)), read_only=True)
        try:
            for sheet in fmt.SHEETS:
                rows = workbook[sheet.name].iter_rows(min_row=2, values_only=True)
                for values in rows:
                    rid = values[0]
                    if rid in wanted and values[1] != "D":
                        cells = [("" if v is None else str(v)) for v in values]
                        cells += [""] * (len(sheet.headers) - len(cells))
                        out[sheet.name][str(rid)] = dict(zip(sheet.headers[2:], cells[2:], strict=True))
        finally:
            workbook.close()
    return out
