"""accounts and the hash-chained audit trail; the event log's entries move into the trail

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 12:40:03
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

GENESIS = "0" * 64
# The event log's actions as the audit trail names them; the subject of a reveal was the
# learner's record_id, of an export or import the file's name.
_ACTIONS = {"reveal_id": "reveal", "export_roster": "export", "import_roster": "import", "demo": "demo"}


def _encode(value: object) -> str:
    return json.dumps(value, ensure_ascii=True, sort_keys=True, separators=(",", ":"))


def _hash(prev: str, entry_id: int, at: dt.datetime, actor: str, action: str, table: str, key: str, detail: str) -> str:
    # A frozen copy of domain.audit.ChainHasher as it was at this revision.
    at_text = at.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    head = _encode([entry_id, at_text, actor, action, table, key, detail])
    return hashlib.sha256(f"{prev}\n{head}\n{{}}".encode()).hexdigest()


def upgrade() -> None:
    audit = op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=60), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("record_key", sa.String(length=80), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_at"), ["at"], unique=False)
        batch_op.create_index("ix_audit_entry_record_key", ["record_key"], unique=False)

    op.create_table(
        "user_account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=40), nullable=False),
        sa.Column("display_name", sa.String(length=40), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("must_change_password", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("learner_id", sa.Integer(), nullable=True),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("last_failed_at", sa.DateTime(), nullable=True),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("last_login_at", sa.DateTime(), nullable=True),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["learner_id"], ["learner.id"], name=op.f("fk_user_account_learner_id_learner")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_account")),
        sa.UniqueConstraint("record_id", name=op.f("uq_user_account_record_id")),
        sa.UniqueConstraint("username", name=op.f("uq_user_account_username")),
    )

    # The event log's entries become the first entries of the chain, in their order.
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, at, actor, action, subject, detail FROM event_log ORDER BY id")).all()
    prev, entries = GENESIS, []
    for n, (_old_id, at, actor, action, subject, detail) in enumerate(rows, start=1):
        when = at if isinstance(at, dt.datetime) else dt.datetime.fromisoformat(str(at))
        new_action = _ACTIONS.get(action, action)[:20]
        if new_action == "reveal":
            table, key, text = "learner", subject, detail
        else:
            table, key = ("learner" if new_action in ("export", "import", "demo") else ""), ""
            text = "；".join(p for p in (subject, detail) if p)
        digest = _hash(prev, n, when, actor, new_action, table, key, text)
        entries.append(
            {
                "id": n,
                "at": when,
                "actor": actor,
                "action": new_action,
                "table_name": table,
                "record_key": key,
                "changes": "{}",
                "detail": text,
                "prev_hash": prev,
                "hash": digest,
            }
        )
        prev = digest
    if entries:
        op.bulk_insert(audit, entries)

    with op.batch_alter_table("event_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_log_at"))
    op.drop_table("event_log")


def downgrade() -> None:
    event_log = op.create_table(
        "event_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=60), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("subject", sa.String(length=80), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_log")),
    )
    with op.batch_alter_table("event_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_log_at"), ["at"], unique=False)
    # The accesses go back to the event log; the changes recorded since have no place there.
    back = {v: k for k, v in _ACTIONS.items()}
    conn = op.get_bind()
    rows = conn.execute(
        sa.text(
            "SELECT at, actor, action, record_key, detail FROM audit_entry "
            "WHERE action IN ('reveal', 'export', 'import', 'demo') ORDER BY id"
        )
    ).all()
    if rows:
        op.bulk_insert(
            event_log,
            [
                {"at": at, "actor": actor, "action": back[action], "subject": key[:80], "detail": detail}
                for at, actor, action, key, detail in rows
            ],
        )
    op.drop_table("user_account")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_entry_record_key")
        batch_op.drop_index(batch_op.f("ix_audit_entry_at"))
    op.drop_table("audit_entry")
