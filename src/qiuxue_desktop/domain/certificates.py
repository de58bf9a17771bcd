"""Certificates the office issues (结业证书, 优秀学员, 荣誉证书): the register, the counters that
give their numbers, and the public keys that verify their signed codes.

A number `<enterprise short code>-<YYYY>-<kind>-<NNNN>` is given when a certificate is issued
and never again: the serial comes from a per-(year, kind) counter that only grows (never
max()+1 over the live rows), and voiding keeps the record and its number. What is printed is
kept as issued (holder's name, title, wording, programme, period, issuer), so a reprint is the
same certificate whatever the settings or the learner's record say later; the signed code
covers the number, the name, the kind and the date. A voided certificate is frozen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from qiuxue_desktop.domain.base import Base, RecordMixin, UTCDateTime, utcnow

# The kinds and their codes in the number: 结业 JY, 优秀 YX, 荣誉 RY (pinyin initials, as
# offices abbreviate them on paper). The index is the kind's byte in the signed code.
GRADUATION = "JY"
EXCELLENT = "YX"
HONOUR = "RY"
KINDS: dict[str, str] = {GRADUATION: "结业证书", EXCELLENT: "优秀学员", HONOUR: "荣誉证书"}
KIND_INDEX: dict[str, int] = {GRADUATION: 1, EXCELLENT: 2, HONOUR: 3}
KIND_BY_INDEX: dict[int, str] = {v: k for k, v in KIND_INDEX.items()}
KIND_BY_LABEL: dict[str, str] = {label: code for code, label in KINDS.items()}


def certificate_number(short_code: str, year: int, kind: str, serial: int) -> str:
    """`NJDZ-2026-JY-0001` (at least four digits; a 10,000th certificate of a year gets five)."""
    return f"{short_code}-{year:04d}-{kind}-{serial:04d}"


class Certificate(RecordMixin, Base):
    __tablename__ = "certificate"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[str] = mapped_column(String(2))  # KINDS
    year: Mapped[int] = mapped_column(Integer)  # the number's year: the year it was issued
    serial: Mapped[int] = mapped_column(Integer)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id"), index=True)
    enrolment_id: Mapped[int | None] = mapped_column(ForeignKey("enrolment.id"), index=True, default=None)
    # As printed when issued: a reprint is the same certificate.
    holder_name: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(30))
    body: Mapped[str] = mapped_column(Text)
    programme: Mapped[str] = mapped_column(String(120), default="")
    period: Mapped[str] = mapped_column(String(60), default="")
    issuer: Mapped[str] = mapped_column(String(100))
    issued_on: Mapped[dt.date] = mapped_column(Date)
    issued_by: Mapped[str] = mapped_column(String(60))
    key_number: Mapped[int] = mapped_column(Integer)  # CertificateKey.number that signed `code`
    code: Mapped[str] = mapped_column(String(400))  # the signed code, base32 without spaces
    voided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)
    voided_by: Mapped[str] = mapped_column(String(60), default="")
    void_reason: Mapped[str] = mapped_column(Text, default="")

    @staticmethod
    def audit_frozen(old: Mapping[str, Any]) -> str | None:
        return "已作废" if old["voided_at"] is not None else None


class CertificateCounter(Base):
    """The last serial given per (year, kind): it only grows, so a number is never given twice."""

    __tablename__ = "certificate_counter"
    __audit_skip__ = True  # bookkeeping: every certificate's own entry carries its number

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(2), primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


class CertificateKey(Base):
    """A public key that verifies certificate codes. Each installation that issues makes its own
    pair; the private key stays in that installation's data folder (services/certificate_keys.py),
    the public one is here so that every PC opening the database verifies every certificate."""

    __tablename__ = "certificate_key"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)  # 1..255, the code's key byte
    public_key: Mapped[str] = mapped_column(String(64))  # raw Ed25519 public key, hex
    fingerprint: Mapped[str] = mapped_column(String(32), unique=True)
    computer: Mapped[str] = mapped_column(String(100), default="")  # where its private key lives
    made_by: Mapped[str] = mapped_column(String(60), default="")
    made_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
