"""Two rules every later service keeps: nobody edits a paid or sent record except through a
recorded correction, and nobody approves their own claim.

Frozen records. A model declares when it is frozen, from the values it had before
this transaction (so the update that marks it paid or sent still goes through):

    class Claim(RecordMixin, Base):
        @staticmethod
        def audit_frozen(old: Mapping[str, Any]) -> str | None:
            if old["paid_on"] is not None:
                return "已支付"
            return "已上报" if old["sent_batch_id"] is not None else None

From then on the flush itself (db.audit_trail) refuses to update or delete such a
record — whatever service tries, whether or not it remembered to check. A
correction goes through `start_correction(session, claim, reason)` before the
change: it needs Permission.CORRECT_RECORD and a reason, and the change is
recorded as a `correct` entry with the reason as its detail.

Self-approval. An approval service calls
`refuse_self_approval(session, claim, learner_id=claim.learner_id, what="报销申请")`
after its `require(…APPROVE_CLAIM_…)`: it refuses the person who created the
record (its first audit entry says who) and the person whose account is linked
to the learner the record is about. A database without accounts has one person,
who necessarily does everything: the check does not apply there.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Table, inspect, select
from sqlalchemy.orm import Session

from qiuxue_desktop.db.audit_trail import CORRECTIONS_KEY, CommittedValues, record_key
from qiuxue_desktop.domain.accounts import User
from qiuxue_desktop.domain.audit import INSERT, AuditEntry
from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.errors import InputRejected, NotPermitted
from qiuxue_desktop.services.auth import current_principal, require

MIN_REASON = 4


def is_frozen(record: Any) -> str | None:
    """Why `record` may no longer be edited directly (its class's audit_frozen), or None."""
    frozen = getattr(record, "audit_frozen", None)
    return frozen(CommittedValues(inspect(record))) if frozen is not None else None


def start_correction(session: Session, record: Any, reason: str) -> None:
    """Allow the changes to `record` in this transaction, recorded as a correction with `reason`."""
    require(session, Permission.CORRECT_RECORD)
    text = " ".join(reason.split())
    if len(text) < MIN_REASON:
        raise InputRejected(f"更正必须写明原因（至少 {MIN_REASON} 个字）。")
    state = inspect(record)
    table = cast(Table, state.mapper.local_table).name
    key = (table, tuple(state.mapper.primary_key_from_instance(record)))
    session.info.setdefault(CORRECTIONS_KEY, {})[key] = f"更正：{text}"


def record_author(session: Session, record: Any) -> str | None:
    """Who created `record`: the actor of its first audit entry."""
    state = inspect(record)
    table = cast(Table, state.mapper.local_table).name
    return session.scalar(
        select(AuditEntry.actor)
        .where(
            AuditEntry.record_key == record_key(state),
            AuditEntry.table_name == table,
            AuditEntry.action == INSERT,
        )
        .order_by(AuditEntry.id)
        .limit(1)
    )


def refuse_self_approval(
    session: Session, record: Any, *, learner_id: int | None = None, what: str = "这条记录"
) -> None:
    """NotPermitted when the acting person created `record` or is the learner it concerns."""
    principal = current_principal(session)
    if principal.local:
        return
    if record_author(session, record) == principal.username:
        raise NotPermitted(f"{what}是您本人录入的，不能由您审批；请由另一位有审批权限的同事审批。")
    if learner_id is not None:
        own = session.scalar(select(User.learner_id).where(User.username == principal.username))
        if own is not None and own == learner_id:
            raise NotPermitted(f"{what}与您本人有关，不能由您审批；请由另一位有审批权限的同事审批。")
