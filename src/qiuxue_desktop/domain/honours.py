"""Honours (优秀学员): a term's round with the criteria the coordinator sets, the nominations with
their written account (事迹) and the union chair's decision, and a nominee's photo for the honour
roll — kept only with the learner's consent, which is recorded (how, who recorded it, when).

A nomination moves nominated → approved or returned; an approved one gets its 优秀学员 certificate
from the certificate register (services/certificates.py), whose id it keeps. A photo is stored
re-encoded (JPEG, no metadata) in its own table so that lists never load it; withdrawing consent
deletes it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from qiuxue_desktop.domain.base import Base, RecordMixin, UTCDateTime, utcnow

NOMINATED, APPROVED, RETURNED = "nominated", "approved", "returned"
NOMINATION_STATES: dict[str, str] = {NOMINATED: "待审批", APPROVED: "已批准", RETURNED: "已退回"}


class HonourRound(RecordMixin, Base):
    """A term's 优秀学员 selection and its criteria; a criterion switched off is not applied."""

    __tablename__ = "honour_round"
    __table_args__ = (UniqueConstraint("enterprise_id", "term"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprise.id"))
    term: Mapped[str] = mapped_column(String(11))  # `2025-2026-1`: results up to this term count
    credits_on_time: Mapped[bool] = mapped_column(Boolean, default=True)  # earned ≥ planned so far
    no_failed_course: Mapped[bool] = mapped_column(Boolean, default=True)  # no attempt ever failed
    min_average_x10: Mapped[int | None] = mapped_column(Integer, default=None)  # 800: 80.0; None: off
    note_required: Mapped[bool] = mapped_column(Boolean, default=True)  # 学习与工作表现 written
    places: Mapped[int | None] = mapped_column(Integer, default=None)  # at most this many approved


class HonourNomination(RecordMixin, Base):
    __tablename__ = "honour_nomination"
    __table_args__ = (UniqueConstraint("round_id", "learner_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("honour_round.id"), index=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id"), index=True)
    enrolment_id: Mapped[int] = mapped_column(ForeignKey("enrolment.id"))
    account: Mapped[str] = mapped_column(Text)  # 事迹: what the poster and the newsletter print
    work_note: Mapped[str] = mapped_column(Text, default="")  # 学习与工作表现 (the workshop's word)
    state: Mapped[str] = mapped_column(String(10), default=NOMINATED)  # NOMINATION_STATES
    nominated_by: Mapped[str] = mapped_column(String(60))
    nominated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    decided_by: Mapped[str] = mapped_column(String(60), default="")
    decided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)
    decision_note: Mapped[str] = mapped_column(Text, default="")
    certificate_id: Mapped[int | None] = mapped_column(ForeignKey("certificate.id"), default=None)


class HonourPhoto(Base):
    """A nominee's photo, stored only with consent: how it was given, who recorded it and when."""

    __tablename__ = "honour_photo"

    nomination_id: Mapped[int] = mapped_column(ForeignKey("honour_nomination.id"), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)  # JPEG, re-encoded without metadata
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    consent: Mapped[str] = mapped_column(String(200))  # how it was given (本人签字同意书 …)
    consent_by: Mapped[str] = mapped_column(String(60))  # who recorded it
    consent_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
