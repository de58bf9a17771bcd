"""Reporting to the provincial platform: the outbox of changes, the batches sent, what the
platform holds and what it refused (the exchange itself is in qiuxue_desktop/sync/).

- SyncOutbox: one row per change of a learner, an enrolment or a paid subsidy, written in the
  same transaction as the change (sync/outbox.py). Append-only; rows are removed only when the
  platform accepted the record (receipt) or the change turned out to need no row (export).
  Its ids only grow (AUTOINCREMENT on SQLite, a sequence on PostgreSQL): a batch covers the
  entries up to its `outbox_upto`, and a rejection waits for an entry above it.
- SyncBatch: one package, its exact bytes (a lost USB stick: written again, byte for byte the
  same) and its state: awaiting → accepted | partially_accepted | rejected (rows judged) |
  package_rejected (the package failed as a whole: its rows go again in a new batch).
- SyncBatchRow: each data row of a batch (sheet, row number, record, operation, row hash):
  what a receipt's rows are matched against.
- SyncHeld: what the platform holds after the receipts applied (record, its parent, the hash
  of the fields sent, the batch that sent them).
- SyncRejection: the platform's last word on a record it refused; cleared when it accepts it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from qiuxue_desktop.domain.base import Base, RecordMixin, UTCDateTime, utcnow

# The kinds of record the platform receives, in sheet order (parents first).
LEARNER, ENROLMENT, SUBSIDY = "learner", "enrolment", "subsidy"
KINDS: tuple[str, ...] = (LEARNER, ENROLMENT, SUBSIDY)
KIND_LABELS: dict[str, str] = {LEARNER: "学员", ENROLMENT: "学籍", SUBSIDY: "补助发放"}

# Batch states.
AWAITING = "awaiting"
ACCEPTED = "accepted"
PARTIALLY_ACCEPTED = "partially_accepted"
REJECTED = "rejected"  # every row judged and refused (the sequence still advanced)
PACKAGE_REJECTED = "package_rejected"  # the package itself failed: nothing applied
BATCH_STATES: dict[str, str] = {
    AWAITING: "等待回执",
    ACCEPTED: "已全部接收",
    PARTIALLY_ACCEPTED: "部分接收",
    REJECTED: "全部被拒",
    PACKAGE_REJECTED: "整批被拒",
}
SENT_VIA: dict[str, str] = {"file": "文件（U盘）", "http": "网络上传"}


class SyncOutbox(Base):
    __tablename__ = "sync_outbox"
    __audit_skip__ = True  # the change itself is audited already
    # No index but the primary key: entries are appended in id order (a 50,000-row import adds
    # 50,000 of them; an index on the random UUIDs tripled that cost) and read by one scan.
    __table_args__ = ({"sqlite_autoincrement": True},)  # ids never reused: rejections compare against them

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(10))  # KINDS
    record_id: Mapped[str] = mapped_column(String(36))  # the record's UUID (it may be gone: a delete)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)


class SyncBatch(RecordMixin, Base):
    __tablename__ = "sync_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[str] = mapped_column(String(36), unique=True)  # the manifest's batch_id
    sequence: Mapped[int] = mapped_column(Integer)
    previous_batch_id: Mapped[str | None] = mapped_column(String(36), default=None)
    file_name: Mapped[str] = mapped_column(String(80))
    package: Mapped[bytes] = mapped_column(LargeBinary, info={"audit": "skip"})  # the exact ZIP bytes
    package_sha256: Mapped[str] = mapped_column(String(64))
    counts: Mapped[Any] = mapped_column(JSON, default=dict)  # {sheet name: data rows}
    outbox_upto: Mapped[int] = mapped_column(Integer)  # the newest outbox entry the batch covers
    state: Mapped[str] = mapped_column(String(20), default=AWAITING)  # BATCH_STATES
    receipt: Mapped[str] = mapped_column(Text, default="", info={"audit": "skip"})  # as received
    applied_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)
    # How the batch last left: "file" (written for a USB stick) or "http" (uploaded), and when.
    sent_via: Mapped[str] = mapped_column(String(8), default="")
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)
    # For the HTTP upload: attempts made and the last failure, in words.
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")


class SyncBatchRow(Base):
    __tablename__ = "sync_batch_row"
    __audit_skip__ = True  # part of the batch, written with it
    __table_args__ = (Index("ix_sync_batch_row_batch", "sync_batch_id", "sheet", "row_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sync_batch_id: Mapped[int] = mapped_column(ForeignKey("sync_batch.id"))
    sheet: Mapped[str] = mapped_column(String(20))
    row_no: Mapped[int] = mapped_column(Integer)  # as Excel shows it (data from row 2)
    kind: Mapped[str] = mapped_column(String(10))
    record_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(1))  # A, U, D
    parent_id: Mapped[str | None] = mapped_column(String(36), default=None)
    row_hash: Mapped[str] = mapped_column(String(32), default="")  # "" for a D row


class SyncHeld(Base):
    __tablename__ = "sync_held"
    __audit_skip__ = True  # derived from the receipts
    __table_args__ = (Index("ix_sync_held_parent", "parent_id"),)

    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    parent_id: Mapped[str | None] = mapped_column(String(36), default=None)  # learner / enrolment
    row_hash: Mapped[str] = mapped_column(String(32))
    sync_batch_id: Mapped[int] = mapped_column(ForeignKey("sync_batch.id"), index=True)


class SyncRejection(Base):
    __tablename__ = "sync_rejection"
    __audit_skip__ = True  # derived from the receipts

    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    code: Mapped[str] = mapped_column(String(8))
    message: Mapped[str] = mapped_column(Text)
    sync_batch_id: Mapped[int] = mapped_column(ForeignKey("sync_batch.id"), index=True)
    outbox_upto: Mapped[int] = mapped_column(Integer)


__all__ = ["SyncBatch", "SyncBatchRow", "SyncHeld", "SyncOutbox", "SyncRejection"]
