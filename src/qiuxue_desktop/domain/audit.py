"""The audit trail's entry, how a value appears in it, and the hash that chains the entries.

Each entry records who (actor), when (at, UTC), what (action), which record
(table_name + record_key: the record's UUID where it has one, else its primary
key) and, for a change, every field before and after as canonical JSON
`{"field": [before, after]}` — an insert lists the fields it set (`[null, value]`),
a delete the fields it held (`[value, null]`).

Personal data in `changes`: ID numbers and bank accounts are stored MASKED
(`110***********1234`), like on every screen and list (domain brief §7). The
field still appears whenever it changed, so an auditor sees that an ID number
was changed, by whom and when, and the first 3 and last 4 characters of both;
the trail never becomes a second, permanent store of full numbers that outlives
the learner's record. Password hashes appear as "***" (a reset shows as changed).

The chain: `hash = sha256(prev_hash "\\n" head "\\n" changes)` where `head` is the
canonical JSON array `[id, at, actor, action, table_name, record_key, detail]`
(keys sorted, no spaces, non-ASCII characters as \\u escapes, `at` as
`YYYY-MM-DDTHH:MM:SS.ffffffZ`, hashed as UTF-8) and `changes` the stored
text. The first entry's prev_hash is GENESIS. Ids run 1, 2, 3… without gaps, so
an edited, removed or reordered entry breaks the chain at the first one touched.
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import hashlib
import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import Index, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column

from qiuxue_desktop.domain.base import Base, UTCDateTime
from qiuxue_desktop.domain.ids import mask_account, mask_id

GENESIS = "0" * 64

# Actions. Changes made through the ORM are insert/update/delete (correct: a recorded
# correction of a paid or sent record); the rest are written by the services.
INSERT, UPDATE, DELETE, CORRECT = "insert", "update", "delete", "correct"
ACTION_LABELS: dict[str, str] = {
    INSERT: "新增",
    UPDATE: "修改",
    DELETE: "删除",
    CORRECT: "更正",
    "reveal": "查看完整身份证号",
    "export": "导出",
    "print": "打印",
    "import": "导入",
    "demo": "载入演示数据",
    "login": "登录",
    "login_failed": "登录失败",
    "logout": "退出登录",
    "lock": "账户锁定",
    "unlock": "解除锁定",
    "reset_password": "重置密码",
    "change_password": "修改密码",
    "backup": "备份",
    "restore": "恢复",
    "sync": "平台回执",
}


class AuditEntry(Base):
    """One entry of the append-only trail: written only by db.audit_trail, never through the ORM."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_record_key", "record_key"),)

    # Assigned by the writer (head + 1), not by a sequence: a rolled-back transaction
    # on PostgreSQL would leave a gap that looks like a removed entry.
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)
    actor: Mapped[str] = mapped_column(String(60))
    action: Mapped[str] = mapped_column(String(20))
    table_name: Mapped[str] = mapped_column(String(40))
    record_key: Mapped[str] = mapped_column(String(80))
    changes: Mapped[str] = mapped_column(Text)
    detail: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


# ASCII (other characters as \u escapes): a pure-ASCII str is hashed and handed to the
# database without a UTF-8 conversion, which on a 50,000-row import is 0.1 s.
_ENCODER = json.JSONEncoder(ensure_ascii=True, sort_keys=True, separators=(",", ":"))
encode = _ENCODER.encode


def at_text(at: dt.datetime) -> str:
    """The canonical form of an entry's time inside its hash."""
    return at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class ChainHasher:
    """Hashes entries that share time, actor, action, table and detail (one bulk write) in one pass."""

    def __init__(self, at: dt.datetime, actor: str, action: str, table: str, detail: str) -> None:
        self._middle = f",{encode(at_text(at))},{encode(actor)},{encode(action)},{encode(table)},"
        self._tail = f",{encode(detail)}]\n"

    def __call__(self, prev_hash: str, entry_id: int, record_key: str, changes: str) -> str:
        return self.with_encoded_key(prev_hash, entry_id, encode(record_key), changes)

    def with_encoded_key(self, prev_hash: str, entry_id: int, key_json: str, changes: str) -> str:
        """The hash, given the record key already as JSON text (`encode(record_key)`)."""
        text = f"{prev_hash}\n[{entry_id}{self._middle}{key_json}{self._tail}{changes}"
        return hashlib.sha256(text.encode()).hexdigest()


def entry_hash(
    prev_hash: str,
    entry_id: int,
    at: dt.datetime,
    actor: str,
    action: str,
    table: str,
    record_key: str,
    changes: str,
    detail: str,
) -> str:
    return ChainHasher(at, actor, action, table, detail)(prev_hash, entry_id, record_key, changes)


# --- how a column's value appears in `changes` ------------------------------------------------

# By column name, for columns that do not say (Column.info["audit"]).
_MODE_BY_NAME = {
    "id_number": "id_number",
    "bank_account": "bank_account",
    "bank_account_no": "bank_account",
    "account_no": "bank_account",
}
# Bookkeeping every record carries: never part of a change.
_ALWAYS_SKIPPED = frozenset({"id", "record_id", "created_at", "updated_at", "version"})
SECRET = "***"


def jsonable(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, enum.Enum):
        return jsonable(value.value)
    if isinstance(value, dt.datetime):
        return at_text(value) if value.tzinfo else value.isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal | float):
        return str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return str(value)


def _mask_id(v: Any) -> Any:
    return mask_id(str(v)) if v else v


def _mask_account(v: Any) -> Any:
    return mask_account(str(v)) if v else v


def _secret(v: Any) -> Any:
    return SECRET if v else v


_MASKERS: dict[str, Callable[[Any], Any]] = {
    "id_number": _mask_id,
    "bank_account": _mask_account,
    "secret": _secret,
}


def _masker(mode: str) -> Callable[[Any], Any]:
    return _MASKERS.get(mode, jsonable)


def is_plain(shown: Callable[[Any], Any]) -> bool:
    """Whether a column's values are stored as they are (no masking)."""
    return shown is jsonable


def column_texts(values: list[Any]) -> tuple[list[str], bool]:
    """The JSON text of every value of one column, made at C speed where possible:
    (texts, quoted). For a column of strings the texts come WITHOUT their quotes
    (quoted=True: the caller's template adds them); otherwise each is `encode(value)`.

    Strings: few distinct values are encoded once each; many are encoded in one call and
    split apart (checked: a value whose text could fool the split sends the column the
    slow way). Other values are encoded once per distinct value.
    """
    if not values:
        return [], False
    types = set(map(type, values))
    if types == {dt.date}:
        values, types = list(map(dt.date.isoformat, values)), {str}
    if types == {str}:
        distinct = set(values)
        if len(distinct) * 8 < len(values):
            known = {v: encode(v)[1:-1] for v in distinct}
            return list(map(known.__getitem__, values)), True
        parts = encode(values)[2:-2].split('","')
        if len(parts) == len(values):
            return parts, True
        return [encode(v)[1:-1] for v in values], True
    try:
        if bool in types and len(types - {bool, type(None)}) > 0:  # True == 1: key by type too
            typed = list(zip(map(type, values), values, strict=True))
            by_type = {tv: encode(jsonable(tv[1])) for tv in set(typed)}
            return list(map(by_type.__getitem__, typed)), False
        texts = {v: encode(jsonable(v)) for v in set(values)}
    except TypeError:  # an unhashable value
        return [encode(jsonable(v)) for v in values], False
    return list(map(texts.__getitem__, values)), False


def json_texts(values: list[Any]) -> list[str]:
    """`encode(v)` for every value (column_texts with the quotes put back)."""
    texts, quoted = column_texts(values)
    return list(map('"{}"'.format, texts)) if quoted else texts


AuditColumn = tuple[str, Callable[[Any], Any]]  # column key, value → what the trail stores
_PLANS: dict[Table, tuple[AuditColumn, ...]] = {}


def audit_columns(table: Table) -> tuple[AuditColumn, ...]:
    """The columns of `table` the trail records, sorted by key, each with its masking."""
    plan = _PLANS.get(table)
    if plan is None:
        cols: list[AuditColumn] = []
        for column in table.columns:
            mode = column.info.get("audit") or _MODE_BY_NAME.get(column.key, "plain")
            if mode == "skip" or column.key in _ALWAYS_SKIPPED:
                continue
            cols.append((column.key, _masker(mode)))
        plan = _PLANS[table] = tuple(sorted(cols, key=lambda c: c[0]))
    return plan
