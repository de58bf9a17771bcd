"""The enterprise (企业) whose office runs the programme, and its departments."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from qiuxue_desktop.domain.base import Base, RecordMixin


class Enterprise(RecordMixin, Base):
    __tablename__ = "enterprise"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    uscc: Mapped[str] = mapped_column(String(18), unique=True)
    short_code: Mapped[str] = mapped_column(String(20), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    union_branch: Mapped[str] = mapped_column(String(100), default="")

    departments: Mapped[list[Department]] = relationship(back_populates="enterprise")


class Department(Base):
    __tablename__ = "department"
    __table_args__ = (UniqueConstraint("enterprise_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprise.id"), index=True)
    name: Mapped[str] = mapped_column(String(60))

    enterprise: Mapped[Enterprise] = relationship(back_populates="departments")
