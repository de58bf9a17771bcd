"""The learner (学员): every field of the platform's 学员信息 sheet plus the HR register's own."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from qiuxue_desktop.domain.base import Base, RecordMixin
from qiuxue_desktop.domain.enterprise import Department, Enterprise


class Learner(RecordMixin, Base):
    __tablename__ = "learner"
    __table_args__ = (
        UniqueConstraint("enterprise_id", "id_number"),
        Index("ix_learner_sort_pinyin", "enterprise_id", "name_pinyin", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprise.id"))
    name: Mapped[str] = mapped_column(String(30))
    # Keys for pinyin order and search, kept in step with `name` by the service.
    name_pinyin: Mapped[str] = mapped_column(String(120), default="", info={"audit": "skip"})
    name_initials: Mapped[str] = mapped_column(String(30), default="", info={"audit": "skip"})
    id_number: Mapped[str] = mapped_column(String(18))
    gender: Mapped[str] = mapped_column(String(1))  # GB/T 2261.1, from the ID number
    birth_date: Mapped[dt.date] = mapped_column(Date)  # from the ID number
    ethnic_group: Mapped[str] = mapped_column(String(2), default="01")  # GB/T 3304
    hukou_type: Mapped[str] = mapped_column(String(1))  # 1 农村, 2 城镇
    hukou_place: Mapped[str] = mapped_column(String(6))  # GB/T 2260
    phone: Mapped[str] = mapped_column(String(11))
    department_id: Mapped[int] = mapped_column(ForeignKey("department.id"), index=True)
    post_category: Mapped[str] = mapped_column(String(1))  # 1 一线, 2 其他
    hire_date: Mapped[dt.date] = mapped_column(Date)
    prior_education: Mapped[str] = mapped_column(String(1))  # 1..4
    employee_no: Mapped[str] = mapped_column(String(30), default="")
    leave_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    union_member: Mapped[bool] = mapped_column(Boolean, default=False)
    union_card_no: Mapped[str] = mapped_column(String(40), default="")
    worker_category: Mapped[str] = mapped_column(String(1), default="9")
    notes: Mapped[str] = mapped_column(Text, default="")

    enterprise: Mapped[Enterprise] = relationship()
    department: Mapped[Department] = relationship()

    @property
    def has_left(self) -> bool:
        return self.leave_date is not None
