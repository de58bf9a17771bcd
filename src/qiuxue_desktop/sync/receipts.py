"""Applying a platform receipt (platform-exchange.md §4) to the batch it answers.

Refused with one sentence, nothing changed: a file that is not a receipt, a receipt for a
batch this database never made (another enterprise's included: batch ids are UUIDs), a
receipt whose rows do not match the batch's. A receipt applied before is answered as such,
changing nothing (the platform gives the same receipt for the same batch every time).

- Errors (the package failed as a whole): the batch becomes `package_rejected`; its records
  were never taken off the outbox, so they go again in the next batch, whose sequence takes
  this one's place.
- Rows accepted: the platform holds the record as sent (SyncHeld; a D row: no longer), the
  outbox entries the batch covered are removed, an earlier refusal is cleared.
- Rows rejected: the code and message are kept (SyncRejection); the record is not sent again
  until it changes (E203: until its parent is held). Two refusals say our record of the
  platform was wrong, and correct it instead: E201 (it holds the record already: the next
  batch sends U) and E202 (it does not hold it: the next batch sends A, or nothing for a D).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import bindparam, delete, insert, select
from sqlalchemy.orm import Session

from qiuxue_desktop.domain.base import utcnow
from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.domain.sync import (
    ACCEPTED,
    AWAITING,
    BATCH_STATES,
    PACKAGE_REJECTED,
    PARTIALLY_ACCEPTED,
    REJECTED,
    SyncBatch,
    SyncBatchRow,
    SyncHeld,
    SyncRejection,
)
from qiuxue_desktop.errors import InputRejected
from qiuxue_desktop.services import audit
from qiuxue_desktop.services.auth import require
from qiuxue_desktop.sync import platform_v1 as fmt
from qiuxue_desktop.sync.batches import BatchInfo, batch_info
from qiuxue_desktop.sync.outbox import forget

_STATUSES = (ACCEPTED, PARTIALLY_ACCEPTED, REJECTED)
NOT_A_RECEIPT = "这个文件不是平台回执"


@dataclass(frozen=True, slots=True)
class RejectedRow:
    sheet: str
    row: int
    kind: str
    record_id: str
    code: str
    message: str

    def describe(self) -> str:
        return f"{self.sheet}第{self.row}行（{self.record_id}）：{self.code} {self.message}"


@dataclass(frozen=True)
class ReceiptResult:
    batch: BatchInfo
    applied_before: bool  # nothing changed: this batch's receipt was applied already
    accepted: int = 0
    rejected: tuple[RejectedRow, ...] = ()
    errors: tuple[tuple[str, str], ...] = ()  # package-level (code, message)

    @property
    def summary(self) -> str:
        b = self.batch
        if self.applied_before:
            when = b.applied_at.astimezone(fmt.SHANGHAI).strftime("%Y-%m-%d %H:%M") if b.applied_at else ""
            return f"第{b.sequence}批（{b.file_name}）的回执已于{when}导入过，本次没有作任何改动。"
        if self.errors:
            reasons = "；".join(f"{code} {message}" for code, message in self.errors)
            return f"第{b.sequence}批被平台整批拒收（{reasons}），其中的记录将在下一批重新上报。"
        return f"第{b.sequence}批{BATCH_STATES[b.state]}：接收{self.accepted}行，拒收{len(self.rejected)}行。"


class _Row(NamedTuple):
    """A batch's row as a receipt row is matched against it (plain tuples: a batch has 200,000)."""

    sheet: str
    row_no: int
    kind: str
    record_id: str
    op: str
    parent_id: str | None
    row_hash: str


def _parse(data: bytes) -> dict[str, Any]:
    try:
        receipt = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise InputRejected(f"{NOT_A_RECEIPT}：它不是UTF-8编码的JSON。未作任何改动。") from None
    if not isinstance(receipt, dict) or receipt.get("spec") != fmt.SPEC:
        raise InputRejected(f"{NOT_A_RECEIPT}（没有“spec”: “{fmt.SPEC}”）。未作任何改动。")
    errors, rows = receipt.get("errors"), receipt.get("rows")
    if receipt.get("status") not in _STATUSES or not isinstance(errors, list) or not isinstance(rows, list):
        raise InputRejected(f"{NOT_A_RECEIPT}：缺少status、errors或rows，或其值无效。未作任何改动。")
    for e in errors:
        if not (isinstance(e, dict) and isinstance(e.get("code"), str) and isinstance(e.get("message"), str)):
            raise InputRejected(f"{NOT_A_RECEIPT}：errors中的条目不完整。未作任何改动。")
    for r in rows:
        ok = (
            isinstance(r, dict)
            and isinstance(r.get("sheet"), str)
            and isinstance(r.get("row"), int)
            and isinstance(r.get("record_id"), str)
            and r.get("status") in ("accepted", "rejected")
            and (
                r["status"] == "accepted"
                or (isinstance(r.get("code"), str) and isinstance(r.get("message"), str))
            )
        )
        if not ok:
            raise InputRejected(f"{NOT_A_RECEIPT}：rows中的条目不完整。未作任何改动。")
    if not isinstance(receipt.get("batch_id"), str):
        reasons = "；".join(f"{e['code']} {e['message']}" for e in errors) or "没有批次号"
        raise InputRejected(
            f"这份回执没有批次号，平台未能读取批次包（{reasons}），无法对应到任何批次。未作任何改动。"
        )
    return receipt


def apply_receipt(session: Session, data: bytes, *, now: dt.datetime | None = None) -> ReceiptResult:
    """Apply a receipt's bytes to its batch in the session's transaction (the caller commits)."""
    require(session, Permission.SYNC)
    receipt = _parse(data)
    batch_id = receipt["batch_id"]
    batch = session.scalars(select(SyncBatch).where(SyncBatch.batch_id == batch_id)).first()
    if batch is None:
        raise InputRejected(
            f"回执所属的批次（批次号 {batch_id}）不是从本数据库导出的：可能是其他单位的回执，"
            "或来自另一个数据库。未作任何改动。"
        )
    if receipt.get("sequence") is not None and receipt["sequence"] != batch.sequence:
        raise InputRejected(
            f"回执的批次序号 {receipt['sequence']} 与批次 {batch.file_name} 的序号 {batch.sequence} 不一致。未作任何改动。"
        )
    if batch.state != AWAITING:
        return ReceiptResult(batch_info(batch), applied_before=True)
    when = now or utcnow()
    text = data.decode("utf-8")
    errors = tuple((e["code"], e["message"]) for e in receipt["errors"])
    if errors:
        batch.state, batch.receipt, batch.applied_at = PACKAGE_REJECTED, text, when
        session.flush()
        _audit(session, batch, f"整批被拒：{'；'.join(f'{c} {m}' for c, m in errors)}")
        return ReceiptResult(batch_info(batch), applied_before=False, errors=errors)
    rows = _matched_rows(session, batch, receipt["rows"])
    accepted = [(row, r) for row, r in rows if r["status"] == "accepted"]
    rejected = [(row, r) for row, r in rows if r["status"] == "rejected"]
    _apply_accepted(session, batch, [row for row, _ in accepted])
    _apply_rejected(session, batch, rejected)
    batch.state, batch.receipt, batch.applied_at = receipt["status"], text, when
    session.flush()
    _audit(session, batch, f"{BATCH_STATES[batch.state]}：接收 {len(accepted)} 行，拒收 {len(rejected)} 行")
    refused = tuple(
        RejectedRow(r["sheet"], r["row"], row.kind, row.record_id, r["code"], r["message"])
        for row, r in rejected
    )
    return ReceiptResult(batch_info(batch), applied_before=False, accepted=len(accepted), rejected=refused)


def _audit(session: Session, batch: SyncBatch, detail: str) -> None:
    audit.record(
        session,
        "sync",
        table="sync_batch",
        record_key=batch.batch_id,
        detail=f"导入平台回执：第 {batch.sequence} 批 {batch.file_name}，{detail}",
    )


def _matched_rows(
    session: Session, batch: SyncBatch, rows: list[dict[str, Any]]
) -> list[tuple[_Row, dict[str, Any]]]:
    """Each receipt row with the batch row it answers; every batch row must be answered once."""
    ours = {
        (r.sheet, r.row_no): r
        for r in map(
            _Row._make,
            session.execute(
                select(
                    SyncBatchRow.sheet,
                    SyncBatchRow.row_no,
                    SyncBatchRow.kind,
                    SyncBatchRow.record_id,
                    SyncBatchRow.op,
                    SyncBatchRow.parent_id,
                    SyncBatchRow.row_hash,
                ).where(SyncBatchRow.sync_batch_id == batch.id)
            ),
        )
    }
    matched: list[tuple[_Row, dict[str, Any]]] = []
    seen: set[tuple[str, int]] = set()
    for r in rows:
        key = (r["sheet"], r["row"])
        row = ours.get(key)
        if row is None or row.record_id != r["record_id"] or key in seen:
            raise InputRejected(
                f"回执中{r['sheet']}第{r['row']}行与批次 {batch.file_name} 的内容不符，"
                "这份回执可能不属于这个批次。未作任何改动。"
            )
        seen.add(key)
        matched.append((row, r))
    if len(seen) != len(ours):
        raise InputRejected(
            f"回执只答复了批次 {batch.file_name} 的{len(seen)}行（批次共{len(ours)}行），不完整。未作任何改动。"
        )
    return matched


def _forget_outbox(session: Session, batch: SyncBatch, rows: list[_Row]) -> None:
    forget(session, (row.record_id for row in rows), batch.outbox_upto)


def _unhold(session: Session, record_ids: list[str]) -> None:
    if record_ids:
        session.connection().execute(
            delete(SyncHeld).where(SyncHeld.record_id == bindparam("r")), [{"r": r} for r in record_ids]
        )


def _hold(session: Session, batch: SyncBatch, rows: list[_Row], *, unknown_hash: bool = False) -> None:
    _unhold(session, [row.record_id for row in rows])
    if rows:
        session.connection().execute(
            insert(SyncHeld),
            [
                {
                    "record_id": row.record_id,
                    "kind": row.kind,
                    "parent_id": row.parent_id,
                    "row_hash": "" if unknown_hash else row.row_hash,
                    "sync_batch_id": batch.id,
                }
                for row in rows
            ],
        )


def _apply_accepted(session: Session, batch: SyncBatch, rows: list[_Row]) -> None:
    _hold(session, batch, [row for row in rows if row.op != "D"])
    _unhold(session, [row.record_id for row in rows if row.op == "D"])
    _forget_outbox(session, batch, rows)
    if rows:
        session.connection().execute(
            delete(SyncRejection).where(SyncRejection.record_id == bindparam("r")),
            [{"r": row.record_id} for row in rows],
        )


def _apply_rejected(session: Session, batch: SyncBatch, rejected: list[tuple[_Row, dict[str, Any]]]) -> None:
    # E201 on an A: the platform holds it already, with fields we do not know: the next batch sends U.
    already = [row for row, r in rejected if r["code"] == "E201" and row.op == "A"]
    _hold(session, batch, already, unknown_hash=True)
    # E202 on a U or D: the platform does not hold it: next an A (a D needs nothing more).
    missing = [row for row, r in rejected if r["code"] == "E202" and row.op != "A"]
    _unhold(session, [row.record_id for row in missing])
    _forget_outbox(session, batch, [row for row in missing if row.op == "D"])
    corrected = {row.record_id for row in already + missing}
    kept = [(row, r) for row, r in rejected if row.record_id not in corrected]
    ids = [row.record_id for row, _ in rejected]
    if ids:
        session.connection().execute(
            delete(SyncRejection).where(SyncRejection.record_id == bindparam("r")), [{"r": r} for r in ids]
        )
    if kept:
        session.connection().execute(
            insert(SyncRejection),
            [
                {
                    "record_id": row.record_id,
                    "kind": row.kind,
                    "code": r["code"],
                    "message": r["message"],
                    "sync_batch_id": batch.id,
                    "outbox_upto": batch.outbox_upto,
                }
                for row, r in kept
            ],
        )
