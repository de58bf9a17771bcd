"""A log of sensitive actions: revealing an ID number, exporting a roster.

The tamper-evident audit trail of every change comes with the accounts issue;
this table records the accesses that personal-information law asks us to keep.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from qiuxue_desktop.domain.base import Base, UTCDateTime, utcnow


class EventLog(Base):
    __tablename__ = "event_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(60))
    action: Mapped[str] = mapped_column(String(40))  # reveal_id, export_roster, import_roster
    subject: Mapped[str] = mapped_column(String(80), default="")  # e.g. learner record_id
    detail: Mapped[str] = mapped_column(Text, default="")
