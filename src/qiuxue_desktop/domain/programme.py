"""The programme (专业) of an institution, and its course plan (教学计划): courses per term.

Credits are stored in tenths of a credit (`credits_x10`: 2.5 credits → 25) so that
sums stay exact in SQL; money is integer 分.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from qiuxue_desktop.domain.base import Base, RecordMixin


class Programme(RecordMixin, Base):
    __tablename__ = "programme"
    __table_args__ = (UniqueConstraint("institution_id", "name", "level", "study_form"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    institution_id: Mapped[int] = mapped_column(ForeignKey("institution.id"), index=True)
    name: Mapped[str] = mapped_column(String(60))
    level: Mapped[str] = mapped_column(String(1))  # study_codes.LEVELS, the platform's 层次
    study_form: Mapped[str] = mapped_column(String(1))  # study_codes.STUDY_FORMS, the platform's 学习形式
    length_terms: Mapped[int] = mapped_column(Integer)  # 学制, in terms
    total_credits_x10: Mapped[int] = mapped_column(Integer)  # credits required to graduate, × 10
    tuition_per_year_fen: Mapped[int] = mapped_column(Integer)  # 学费 per year, in 分
    # The longest 休学 in months when it differs from the institution's; None: the institution's.
    max_suspension_months: Mapped[int | None] = mapped_column(Integer, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")


class Course(Base):
    """One course of a programme's plan, in the term (1..length_terms) it is planned for."""

    __tablename__ = "course"
    __table_args__ = (
        UniqueConstraint("programme_id", "name"),
        Index("ix_course_plan", "programme_id", "term_no", "position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id"))
    term_no: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)  # order within the term
    name: Mapped[str] = mapped_column(String(60))
    credits_x10: Mapped[int] = mapped_column(Integer)
    required: Mapped[bool] = mapped_column(Boolean, default=True)  # 必修; False: 选修
    exam_type: Mapped[str] = mapped_column(String(1), default="1")  # study_codes.EXAM_TYPES


def to_x10(value: Decimal | int | str) -> int:
    """Credits or a score in tenths: Decimal("2.5") → 25. Raises ValueError past one decimal."""
    d = Decimal(str(value)) if not isinstance(value, Decimal) else value
    if not d.is_finite():
        raise ValueError(f"not a number: {value!r}")
    tenths = d * 10
    if tenths != tenths.to_integral_value():
        raise ValueError(f"more than one decimal: {value!r}")
    return int(tenths)


def from_x10(tenths: int) -> Decimal:
    """25 → Decimal("2.5"); 30 → Decimal("3")."""
    d = Decimal(tenths) / 10
    return d.quantize(Decimal(1)) if tenths % 10 == 0 else d
