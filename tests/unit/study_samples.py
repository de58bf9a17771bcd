"""Building blocks for the study tests: learners with valid ID numbers, an institution with a
programme and its plan, an enrolment moved along to a status on given dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from itertools import cycle

from sqlalchemy.orm import Session

from qiuxue_desktop.domain.ids import id_check_char
from qiuxue_desktop.services.enrolments import change_status, enrol
from qiuxue_desktop.services.institutions import create_institution
from qiuxue_desktop.services.learners import register_learner
from qiuxue_desktop.services.programmes import CourseInput, course_plan, create_programme, set_course_plan

TODAY = dt.date(2026, 11, 20)  # in the autumn term 2026-2027-1
# Five terms from autumn 2024: 2024-2025-1 … 2026-2027-1 (the current one on TODAY).
INTAKE = dt.date(2024, 9, 1)
PLAN: tuple[tuple[int, str, str], ...] = (
    (1, "高等数学", "4"),
    (1, "大学英语", "3"),
    (2, "机械制图", "3"),
    (2, "计算机应用基础", "2.5"),
    (3, "电工电子技术", "4"),
    (4, "可编程控制器", "3"),
    (5, "毕业设计", "5"),
)


def id_number(seq: int, birth: str = "19900101", region: str = "320506") -> str:
    body = f"{region}{birth}{seq:03d}"
    return body + id_check_char(body)


# Endless: every service test runs twice (SQLite and PostgreSQL) and draws names from here.
_names = cycle(["张三", "李四", "王五", "赵六", "钱七", "孙八", "周九", "吴十", "郑一", "冯二"])


def add_learner(
    s: Session,
    enterprise_id: int,
    seq: int,
    *,
    name: str | None = None,
    prior: str = "2",
    department: str = "总装车间",
    hire: dt.date = dt.date(2015, 3, 1),
) -> int:
    return register_learner(
        s,
        enterprise_id=enterprise_id,
        values={
            "name": name or next(_names),
            "id_number": id_number(seq),
            "phone": f"138{seq:08d}",
            "department": department,
            "post_category": "1",
            "hire_date": hire,
            "hukou_type": "1",
            "prior_education": prior,
        },
    )


@dataclass(frozen=True)
class Programme:
    institution_id: int
    id: int
    courses: dict[str, int]  # name → course id


def add_programme(
    s: Session,
    enterprise_id: int,
    *,
    code: str = "10285",
    institution_name: str = "苏州大学",
    name: str = "机电一体化技术",
    level: str = "1",
    form: str = "1",
    terms: int = 5,
    plan: tuple[tuple[int, str, str], ...] = PLAN,
    institution_id: int | None = None,
    max_suspension_months: int = 24,
) -> Programme:
    iid = institution_id or create_institution(
        s,
        enterprise_id=enterprise_id,
        code=code,
        name=institution_name,
        max_suspension_months=max_suspension_months,
    )
    total = sum((Decimal(c) for _t, _n, c in plan), Decimal(0)) or Decimal(10)
    pid = create_programme(
        s,
        institution_id=iid,
        name=name,
        level=level,
        study_form=form,
        length_terms=terms,
        total_credits=total,
        tuition_per_year_fen=300_000,
    )
    set_course_plan(s, pid, [CourseInput(t, n, Decimal(c)) for t, n, c in plan], expected_version=None)
    return Programme(iid, pid, {c.name: c.id for c in course_plan(s, pid)})


def studying(
    s: Session,
    learner_id: int,
    programme_id: int,
    student_no: str,
    *,
    intake: dt.date = INTAKE,
    today: dt.date = TODAY,
) -> int:
    """An enrolment recorded as 在读 since its intake."""
    return enrol(
        s,
        learner_id=learner_id,
        programme_id=programme_id,
        student_no=student_no,
        intake_date=intake,
        status="studying",
        today=today,
    )


def move(
    s: Session,
    enrolment_id: int,
    *steps: tuple[str, dt.date] | tuple[str, dt.date, str],
    today: dt.date = TODAY,
) -> None:
    """Change status step by step: (status, date) or (status, date, diploma number)."""
    for step in steps:
        status, on = step[0], step[1]
        diploma = step[2] if len(step) > 2 else ""  # type: ignore[misc]
        change_status(s, enrolment_id, to_status=status, on=on, diploma_number=diploma, today=today)
