"""The enrolment (学籍) of a learner in a programme, its status history, course results
(every attempt, resits included) and exam sittings.

`institution_id` repeats the programme's institution so that the database itself
keeps 学号 unique per institution. Status changes are rows of EnrolmentStatusChange,
never edits: the enrolment's `status` and `status_since` are the latest row's.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from qiuxue_desktop.domain.base import Base, RecordMixin, UTCDateTime, utcnow


class Enrolment(RecordMixin, Base):
    __tablename__ = "enrolment"
    __table_args__ = (
        UniqueConstraint("institution_id", "student_no"),
        Index("ix_enrolment_status", "status", "programme_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id"), index=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id"), index=True)
    institution_id: Mapped[int] = mapped_column(ForeignKey("institution.id"))
    student_no: Mapped[str] = mapped_column(String(30))  # 学号
    intake_date: Mapped[dt.date] = mapped_column(Date)
    expected_graduation: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10))  # study_codes.STATUSES
    status_since: Mapped[dt.date] = mapped_column(Date)
    graduation_date: Mapped[dt.date | None] = mapped_column(Date, default=None)  # 毕业 or 结业
    diploma_number: Mapped[str] = mapped_column(String(30), default="")  # 毕业 only
    notes: Mapped[str] = mapped_column(Text, default="")


class EnrolmentStatusChange(Base):
    """One dated change of an enrolment's status; the first row has no `from_status`."""

    __tablename__ = "enrolment_status_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    enrolment_id: Mapped[int] = mapped_column(ForeignKey("enrolment.id"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(10), default=None)
    to_status: Mapped[str] = mapped_column(String(10))
    effective_on: Mapped[dt.date] = mapped_column(Date)
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    actor: Mapped[str] = mapped_column(String(60), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class CourseResult(Base):
    """One attempt at a course: attempt 1 is the first sitting, 2.. are resits (补考/重修).

    `term` is the academic term the attempt belongs to, as its label (`2025-2026-1`,
    domain/terms.py): the same calendar term for every enrolment, so "the last
    completed term" is one value in SQL. A score is kept in tenths (`score_x10`:
    85.5 → 855) or a grade (优 … 不合格) is given; `credits_x10` is the course's
    credits when passed, else 0. Once a course is passed it takes no further attempt,
    so per enrolment the courses attempted are the rows with attempt 1, and the
    courses passed the rows with `passed`.
    """

    __tablename__ = "course_result"
    __table_args__ = (
        UniqueConstraint("enrolment_id", "course_id", "attempt"),
        # Covers the progress computation: one scan in enrolment order.
        Index("ix_course_result_progress", "enrolment_id", "term", "attempt", "passed", "credits_x10"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    enrolment_id: Mapped[int] = mapped_column(ForeignKey("enrolment.id"))
    course_id: Mapped[int] = mapped_column(ForeignKey("course.id"), index=True)
    attempt: Mapped[int] = mapped_column(Integer, default=1)
    term: Mapped[str] = mapped_column(String(11))  # 学期, `2025-2026-1`
    score_x10: Mapped[int | None] = mapped_column(Integer, default=None)
    grade: Mapped[str] = mapped_column(String(4), default="")
    passed: Mapped[bool] = mapped_column(Boolean)
    credits_x10: Mapped[int] = mapped_column(Integer, default=0)  # earned
    exam_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    source: Mapped[str] = mapped_column(String(10), default="manual")  # manual, import, demo
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)


class ExamSitting(Base):
    """An exam a learner sits: course, day, time and place (for the workshop's shift plan)."""

    __tablename__ = "exam_sitting"
    __table_args__ = (Index("ix_exam_sitting_date", "exam_date", "enrolment_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    enrolment_id: Mapped[int] = mapped_column(ForeignKey("enrolment.id"), index=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("course.id"))
    exam_date: Mapped[dt.date] = mapped_column(Date)
    start_time: Mapped[dt.time] = mapped_column(Time)
    end_time: Mapped[dt.time] = mapped_column(Time)
    place: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")
