"""Tuition invoices and reimbursement claims (学费报销/补助申请): the records, their states
and the steps between them.

A claim splits a base amount — the invoice's amount, or for a graduation claim what
the learner still bears on the enrolment — into one line per paying scheme plus the
learner's own share; the lines add up to the base exactly, in 分. States:

    草稿 → 已提交 → 人事审核 → 工会审批 → 公示中 → 已支付
    退回 (with a reason) returns a submitted or approved claim to 草稿; 作废 ends one.

Claims from 已提交 to 已支付 hold (reserve) their lines against the schemes' caps and
budgets; a draft or a voided claim holds nothing. A paid claim is frozen: a mistake in
it is put right by a new claim that `corrects_id` it, never by editing it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from qiuxue_desktop.domain.base import Base, RecordMixin, UTCDateTime, utcnow

INVOICE_KINDS: dict[str, str] = {"invoice": "发票", "receipt": "收据"}
INVOICE_COVERS: dict[str, str] = {"term": "一个学期", "year": "一个学年"}

CLAIM_KINDS: dict[str, str] = {"invoice": "学费报销", "graduation": "毕业补助"}

DRAFT = "draft"
SUBMITTED = "submitted"
HR_REVIEWED = "hr_ok"
UNION_APPROVED = "union_ok"
POSTING = "posting"
PAID = "paid"
VOID = "void"
STATES: dict[str, str] = {
    DRAFT: "草稿",
    SUBMITTED: "已提交",
    HR_REVIEWED: "人事审核",
    UNION_APPROVED: "工会审批",
    POSTING: "公示中",
    PAID: "已支付",
    VOID: "作废",
}
RESERVING_STATES: tuple[str, ...] = (SUBMITTED, HR_REVIEWED, UNION_APPROVED, POSTING, PAID)
IN_PROGRESS_STATES: tuple[str, ...] = (SUBMITTED, HR_REVIEWED, UNION_APPROVED, POSTING)
PAY_METHODS: dict[str, str] = {
    "transfer": "银行转账",
    "card": "助力卡",
    "cash": "现金",
    "payroll": "随工资发放",
}


class Invoice(RecordMixin, Base):
    """A tuition invoice or receipt (发票/收据) for one enrolment and a term or a year.
    `term` is the academic term label (`2025-2026-1`); a year's invoice carries its first term."""

    __tablename__ = "invoice"
    __table_args__ = (UniqueConstraint("issuer", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    enrolment_id: Mapped[int] = mapped_column(ForeignKey("enrolment.id"), index=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id"), index=True)
    kind: Mapped[str] = mapped_column(String(8), default="invoice")  # INVOICE_KINDS
    number: Mapped[str] = mapped_column(String(20))  # 8–20 digits or capital letters
    issuer: Mapped[str] = mapped_column(String(100))
    issued_on: Mapped[dt.date] = mapped_column(Date)
    amount_fen: Mapped[int] = mapped_column(Integer)
    term: Mapped[str] = mapped_column(String(11))
    covers: Mapped[str] = mapped_column(String(4), default="term")  # INVOICE_COVERS
    notes: Mapped[str] = mapped_column(Text, default="")


class Claim(RecordMixin, Base):
    __tablename__ = "claim"
    __table_args__ = (Index("ix_claim_state", "state", "learner_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_no: Mapped[str] = mapped_column(String(20), unique=True)  # BX2026-000123
    kind: Mapped[str] = mapped_column(String(10))  # CLAIM_KINDS
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id"), index=True)
    enrolment_id: Mapped[int] = mapped_column(ForeignKey("enrolment.id"), index=True)
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"), default=None, index=True)
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("claim.id"), default=None)
    reference_date: Mapped[dt.date] = mapped_column(Date)  # the invoice's date or the graduation date
    term: Mapped[str] = mapped_column(String(11))  # the invoice's term, or the graduation term
    base_fen: Mapped[int] = mapped_column(Integer)  # what the lines split
    state: Mapped[str] = mapped_column(String(10), default=DRAFT)  # STATES
    prepared_by: Mapped[str] = mapped_column(String(60), default="")  # name as entered
    payee_bank: Mapped[str] = mapped_column(String(60), default="")  # 开户行
    payee_account: Mapped[str] = mapped_column(String(32), default="", info={"audit": "bank_account"})
    posting_start: Mapped[dt.date | None] = mapped_column(Date, default=None)
    posting_end: Mapped[dt.date | None] = mapped_column(Date, default=None)
    paid_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    pay_method: Mapped[str] = mapped_column(String(10), default="")  # PAY_METHODS
    pay_reference: Mapped[str] = mapped_column(String(40), default="")
    return_reason: Mapped[str] = mapped_column(Text, default="")
    void_reason: Mapped[str] = mapped_column(Text, default="")
    superseded_by_id: Mapped[int | None] = mapped_column(ForeignKey("claim.id"), default=None)
    notes: Mapped[str] = mapped_column(Text, default="")

    @staticmethod
    def audit_frozen(old: Mapping[str, Any]) -> str | None:
        return "已支付" if old["paid_on"] is not None else None


class ClaimLine(Base):
    """One paying source of a claim, or (scheme_id None, source_type 'self') the learner's
    own share. `rule` is the rule that produced the amount, `bound` the cap or condition
    that limited it (empty when none did). `budget_year` and `level` are what the line
    counts against (per-year caps and budgets, per-level caps)."""

    __tablename__ = "claim_line"
    __table_args__ = (Index("ix_claim_line_scheme", "scheme_id", "claim_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    scheme_id: Mapped[int | None] = mapped_column(ForeignKey("scheme.id"), default=None)
    source_type: Mapped[str] = mapped_column(String(10))  # funding.SOURCE_TYPES or SELF
    funder: Mapped[str] = mapped_column(String(60), default="")
    amount_fen: Mapped[int] = mapped_column(Integer)
    rule: Mapped[str] = mapped_column(String(200), default="")
    bound: Mapped[str] = mapped_column(String(200), default="")
    budget_year: Mapped[int] = mapped_column(Integer)
    level: Mapped[str] = mapped_column(String(1), default="")
    service_months: Mapped[int | None] = mapped_column(Integer, default=None)


class ClaimStep(Base):
    """One step of a claim's way: who moved it from which state to which, when, and why."""

    __tablename__ = "claim_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id"), index=True)
    from_state: Mapped[str] = mapped_column(String(10), default="")
    to_state: Mapped[str] = mapped_column(String(10))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    actor: Mapped[str] = mapped_column(String(60))  # the account (or the local OS user)
    signer: Mapped[str] = mapped_column(String(60))  # the name as entered or the account's name
    note: Mapped[str] = mapped_column(Text, default="")


class Repayment(Base):
    """Money a learner who left inside a service period paid back on one employer line."""

    __tablename__ = "repayment"

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_line_id: Mapped[int] = mapped_column(ForeignKey("claim_line.id"), index=True)
    received_on: Mapped[dt.date] = mapped_column(Date)
    amount_fen: Mapped[int] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(10), default="")
    reference: Mapped[str] = mapped_column(String(40), default="")
    recorded_by: Mapped[str] = mapped_column(String(60), default="")
    note: Mapped[str] = mapped_column(Text, default="")


__all__ = ["Claim", "ClaimLine", "ClaimStep", "Invoice", "Repayment"]
