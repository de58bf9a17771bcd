"""Funding schemes (资助项目): who pays what part of a learner's tuition, as data.

A scheme belongs to a funding source type and says when it pays (its trigger),
how much (its amount rule), up to what caps, for whom (eligibility), for the
employer's own money the service period that comes with it, and how many days
the list is posted (公示) before payment. Schemes apply in the order of their
`position`; what no scheme pays is the learner's own share. The pure rules —
validation and the split itself — are in domain/split.py.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from qiuxue_desktop.domain.base import Base, RecordMixin

# Funding source types. The employer's own money (EMPLOYER_SOURCES) is the only money a
# service period can bind and a clawback can recover (brief §2.3).
SOURCE_TYPES: dict[str, str] = {
    "gov": "财政补助",
    "union": "工会补助",
    "edu_fund": "职工教育经费",
    "employer": "企业其他经费",
    "waiver": "学校减免",
}
SELF = "self"  # the learner's own share (个人承担): not a scheme
SOURCE_LABELS: dict[str, str] = {**SOURCE_TYPES, SELF: "个人承担"}
EMPLOYER_SOURCES: frozenset[str] = frozenset({"edu_fund", "employer"})

# When a scheme pays. An invoice claim draws on enrolment, year and term schemes; a
# graduation claim on graduation schemes.
TRIGGERS: dict[str, str] = {
    "enrolment": "入学时（每个学籍一次）",
    "year": "每学年",
    "term": "每学期",
    "graduation": "毕业后",
}
INVOICE_TRIGGERS: tuple[str, ...] = ("enrolment", "year", "term")

# How much. `percent_bp` is in basis points (6000 = 60%); `amount_fen` in 分.
# by_level: `table` maps a level code (study_codes.LEVELS) to basis points (level_unit
# "percent") or 分 (level_unit "fixed"). grade_tiers: `table` is [[min average score × 10,
# basis points], …], the highest threshold reached wins.
RULE_KINDS: dict[str, str] = {
    "percent": "按学费比例",
    "fixed": "固定金额",
    "by_level": "按层次",
    "grade_tiers": "按成绩分档",
}
LEVEL_UNITS: dict[str, str] = {"percent": "比例", "fixed": "金额"}

ONCE_PER: dict[str, str] = {"": "不限", "person": "每人限一个学籍", "level": "每个层次限一个学籍"}


class Scheme(RecordMixin, Base):
    __tablename__ = "scheme"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    funder: Mapped[str] = mapped_column(String(60))  # 资助方, e.g. 福建省总工会
    source_type: Mapped[str] = mapped_column(String(10))  # SOURCE_TYPES
    position: Mapped[int] = mapped_column(Integer, default=0)  # the order schemes apply in
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    valid_from: Mapped[dt.date | None] = mapped_column(Date, default=None)
    valid_to: Mapped[dt.date | None] = mapped_column(Date, default=None)

    trigger: Mapped[str] = mapped_column(String(12))  # TRIGGERS
    rule_kind: Mapped[str] = mapped_column(String(12))  # RULE_KINDS
    percent_bp: Mapped[int | None] = mapped_column(Integer, default=None)
    amount_fen: Mapped[int | None] = mapped_column(Integer, default=None)
    level_unit: Mapped[str] = mapped_column(String(8), default="")  # LEVEL_UNITS, by_level only
    table: Mapped[Any] = mapped_column(JSON, default=list)  # by_level / grade_tiers, see above

    cap_claim_fen: Mapped[int | None] = mapped_column(Integer, default=None)  # per claim
    cap_year_fen: Mapped[int | None] = mapped_column(Integer, default=None)  # per person per calendar year
    cap_life_fen: Mapped[int | None] = mapped_column(Integer, default=None)  # per person for life
    cap_level_fen: Mapped[int | None] = mapped_column(Integer, default=None)  # per person per level

    levels: Mapped[Any] = mapped_column(JSON, default=list)  # level codes it pays for; empty: all
    require_union_member: Mapped[bool] = mapped_column(Boolean, default=False)
    min_contract_months: Mapped[int | None] = mapped_column(Integer, default=None)
    front_line_only: Mapped[bool] = mapped_column(Boolean, default=False)
    rural_hukou_only: Mapped[bool] = mapped_column(Boolean, default=False)
    min_age: Mapped[int | None] = mapped_column(Integer, default=None)
    max_age: Mapped[int | None] = mapped_column(Integer, default=None)
    once_per: Mapped[str] = mapped_column(String(8), default="")  # ONCE_PER

    service_months: Mapped[int | None] = mapped_column(Integer, default=None)  # employer money only
    posting_days: Mapped[int] = mapped_column(Integer, default=7)  # 公示 before payment
    notes: Mapped[str] = mapped_column(Text, default="")


class SchemeBudget(Base):
    """What a scheme may spend in one calendar year (a union's budget for it)."""

    __tablename__ = "scheme_budget"
    __table_args__ = (UniqueConstraint("scheme_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    scheme_id: Mapped[int] = mapped_column(ForeignKey("scheme.id"))
    year: Mapped[int] = mapped_column(Integer)
    amount_fen: Mapped[int] = mapped_column(BigInteger)  # a province's budget passes 32 bits
