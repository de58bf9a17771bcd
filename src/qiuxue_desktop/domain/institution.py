"""The institution (院校): a college or university the enterprise's learners study at."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from qiuxue_desktop.domain.base import Base, RecordMixin
from qiuxue_desktop.domain.study_codes import DEFAULT_MAX_SUSPENSION_MONTHS


class Institution(RecordMixin, Base):
    __tablename__ = "institution"
    __table_args__ = (UniqueConstraint("enterprise_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprise.id"))
    code: Mapped[str] = mapped_column(String(5))  # the national five-digit 院校代码
    name: Mapped[str] = mapped_column(String(60))
    contact_person: Mapped[str] = mapped_column(String(30), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    teaching_site: Mapped[str] = mapped_column(String(100), default="")  # 教学点
    # The longest 休学 the college allows, in months; a programme may set its own.
    max_suspension_months: Mapped[int] = mapped_column(Integer, default=DEFAULT_MAX_SUSPENSION_MONTHS)
    notes: Mapped[str] = mapped_column(Text, default="")
