"""User accounts: who may sign in, in which role, and the state of their password.

The password is kept only as an argon2id hash. The sign-in bookkeeping (failures,
lock, last sign-in) is left out of the automatic audit diff: services.auth records
sign-ins, lock-outs, resets and unlocks as explicit audit entries instead.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from qiuxue_desktop.domain.base import Base, RecordMixin, UTCDateTime

# Column.info["audit"]: how the audit trail shows a column (domain/audit.py).
_SKIP = {"audit": "skip"}


class User(RecordMixin, Base):
    __tablename__ = "user_account"  # "user" is a reserved word in PostgreSQL

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(40))
    role: Mapped[str] = mapped_column(String(20))  # domain.permissions.Role
    password_hash: Mapped[str] = mapped_column(String(200), info={"audit": "secret"})
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The worker this account belongs to when they are a learner too: they may not
    # approve claims about themselves (services.guards.refuse_self_approval).
    learner_id: Mapped[int | None] = mapped_column(ForeignKey("learner.id"), default=None)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0, info=_SKIP)
    last_failed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None, info=_SKIP)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None, info=_SKIP)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None, info=_SKIP)
