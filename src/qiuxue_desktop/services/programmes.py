"""Programmes (专业) and their course plans: add, edit, delete (only without enrolments),
list, and replace a plan as a whole (what the plan editor saves).

Credits travel as Decimal (one decimal at most), tuition as integer 分. A bad value
raises ProgrammeRejected whose `problems` maps the field (PROGRAMME_FIELDS) to a reason;
a bad plan raises PlanRejected naming the course.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import ColumnElement, delete, func, select, update
from sqlalchemy.orm import Session

from qiuxue_desktop.domain import Course, CourseResult, Enrolment, ExamSitting, Institution, Programme
from qiuxue_desktop.domain.base import utcnow
from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.domain.programme import from_x10, to_x10
from qiuxue_desktop.domain.study_codes import EXAM_TYPES, LEVELS, STUDY_FORMS, study_form_label
from qiuxue_desktop.errors import InputRejected, StaleRecord
from qiuxue_desktop.services.auth import require

PROGRAMME_FIELDS: dict[str, str] = {
    "institution_id": "院校",
    "name": "专业名称",
    "level": "层次",
    "study_form": "学习形式",
    "length_terms": "学制（学期）",
    "total_credits": "总学分",
    "tuition_per_year_fen": "每年学费",
    "max_suspension_months": "最长休学（月）",
    "notes": "备注",
}
MAX_TERMS = 16
MAX_TOTAL_CREDITS = Decimal(400)
MAX_COURSE_CREDITS = Decimal(30)


class ProgrammeRejected(InputRejected):
    """A programme's values are wrong; `problems` maps field → reason."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = problems
        text = "；".join(f"{PROGRAMME_FIELDS.get(f, f)}：{p}" for f, p in problems.items())
        super().__init__(f"专业信息有误，未保存。{text}。")


class PlanRejected(InputRejected):
    """A course plan cannot be saved; `problems` lists (row index in the input, reason)."""

    def __init__(self, problems: list[tuple[int, str]]) -> None:
        self.problems = problems
        text = "；".join(p for _, p in problems)
        super().__init__(f"教学计划有误，未保存。{text}。")


@dataclass(frozen=True, slots=True)
class ProgrammeRow:
    id: int
    record_id: str
    version: int
    institution_id: int
    institution_code: str
    institution_name: str
    name: str
    level: str  # study_codes.LEVELS
    study_form: str  # study_codes.STUDY_FORMS
    length_terms: int
    total_credits: Decimal
    tuition_per_year_fen: int
    own_max_suspension_months: int | None  # the programme's own limit, None: the institution's
    max_suspension_months: int  # the limit in force
    notes: str
    course_count: int
    planned_credits: Decimal  # the sum of the plan's course credits
    enrolment_count: int

    @property
    def level_label(self) -> str:
        return LEVELS.get(self.level, self.level)

    def study_form_label(self, on: dt.date | None = None) -> str:
        """The study form's label on a date (an intake date); today when None."""
        return study_form_label(self.study_form, on or dt.date.today())


@dataclass(frozen=True, slots=True)
class CourseInput:
    """One course of a plan as the editor holds it; `id` None for a new course."""

    term_no: int
    name: str
    credits: Decimal
    required: bool = True
    exam_type: str = "1"  # study_codes.EXAM_TYPES
    id: int | None = None


@dataclass(frozen=True, slots=True)
class CourseRow:
    id: int
    programme_id: int
    term_no: int
    position: int
    name: str
    credits: Decimal
    required: bool
    exam_type: str
    result_count: int  # results recorded for it (a course with results cannot be removed)

    @property
    def exam_type_label(self) -> str:
        return EXAM_TYPES.get(self.exam_type, self.exam_type)


@dataclass(frozen=True, slots=True)
class PlanChange:
    added: int
    updated: int
    removed: int


def _text(value: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", value).split())


def programme_problems(
    *,
    name: str,
    level: str,
    study_form: str,
    length_terms: int,
    total_credits: Decimal,
    tuition_per_year_fen: int,
    max_suspension_months: int | None,
) -> dict[str, str]:
    """Field → reason for a programme's values (already cleaned); empty when all are right."""
    p: dict[str, str] = {}
    if not name:
        p["name"] = "专业名称不能为空"
    elif len(name) > 60:
        p["name"] = f"专业名称最多60个字，这里有{len(name)}个"
    if level not in LEVELS:
        p["level"] = f"层次应为：{'、'.join(LEVELS.values())}"
    if study_form not in STUDY_FORMS:
        p["study_form"] = f"学习形式应为：{'、'.join(STUDY_FORMS.values())}"
    if level in LEVELS and study_form in STUDY_FORMS and (level == "5") != (study_form == "5"):
        p["study_form"] = "职业技能等级只能是职业技能培训，职业技能培训也只能是职业技能等级"
    if not 1 <= length_terms <= MAX_TERMS:
        p["length_terms"] = f"学制应为1到{MAX_TERMS}个学期"
    try:
        to_x10(total_credits)
        if not Decimal(0) < total_credits <= MAX_TOTAL_CREDITS:
            p["total_credits"] = f"总学分应大于0、不超过{MAX_TOTAL_CREDITS}"
    except ValueError:
        p["total_credits"] = "总学分最多一位小数"
    if tuition_per_year_fen < 0:
        p["tuition_per_year_fen"] = "学费不能为负数"
    if max_suspension_months is not None and not 1 <= max_suspension_months <= 120:
        p["max_suspension_months"] = "最长休学应为1到120个月，或留空（按院校规定）"
    return p


def _load(session: Session, programme_id: int, expected_version: int | None) -> Programme:
    prog = session.get(Programme, programme_id)
    if prog is None:
        raise InputRejected("该专业不存在，可能已被删除。")
    if expected_version is not None and prog.version != expected_version:
        raise StaleRecord(f"专业“{prog.name}”刚被其他人修改过，请重新打开后再改。")
    return prog


def _enrolment_count(session: Session, programme_id: int) -> int:
    n = session.scalar(
        select(func.count()).select_from(Enrolment).where(Enrolment.programme_id == programme_id)
    )
    return int(n or 0)


def create_programme(
    session: Session,
    *,
    institution_id: int,
    name: str,
    level: str,
    study_form: str,
    length_terms: int,
    total_credits: Decimal,
    tuition_per_year_fen: int,
    max_suspension_months: int | None = None,
    notes: str = "",
) -> int:
    """Add a programme (without courses: see set_course_plan). Returns its id."""
    require(session, Permission.EDIT_COURSEWORK)
    if session.get(Institution, institution_id) is None:
        raise ProgrammeRejected({"institution_id": "请先选择院校"})
    name = _text(name)
    problems = programme_problems(
        name=name,
        level=level,
        study_form=study_form,
        length_terms=length_terms,
        total_credits=total_credits,
        tuition_per_year_fen=tuition_per_year_fen,
        max_suspension_months=max_suspension_months,
    )
    if problems:
        raise ProgrammeRejected(problems)
    _check_unique(session, institution_id, name, level, study_form, None)
    prog = Programme(
        institution_id=institution_id,
        name=name,
        level=level,
        study_form=study_form,
        length_terms=length_terms,
        total_credits_x10=to_x10(total_credits),
        tuition_per_year_fen=tuition_per_year_fen,
        max_suspension_months=max_suspension_months,
        notes=notes.strip(),
    )
    session.add(prog)
    session.flush()
    return prog.id


def _check_unique(
    session: Session, institution_id: int, name: str, level: str, form: str, own_id: int | None
) -> None:
    clash = session.scalar(
        select(Programme.id).where(
            Programme.institution_id == institution_id,
            Programme.name == name,
            Programme.level == level,
            Programme.study_form == form,
            Programme.id != (own_id or 0),
        )
    )
    if clash is not None:
        raise ProgrammeRejected(
            {"name": f"该院校已有同名、同层次、同学习形式的专业“{name}”（{LEVELS[level]}）"}
        )


def update_programme(
    session: Session,
    programme_id: int,
    *,
    expected_version: int | None,
    name: str,
    level: str,
    study_form: str,
    length_terms: int,
    total_credits: Decimal,
    tuition_per_year_fen: int,
    max_suspension_months: int | None,
    notes: str = "",
) -> None:
    """Replace a programme's fields. Level and study form are fixed once it has enrolments;
    the length cannot drop below a term that has planned courses."""
    require(session, Permission.EDIT_COURSEWORK)
    prog = _load(session, programme_id, expected_version)
    name = _text(name)
    problems = programme_problems(
        name=name,
        level=level,
        study_form=study_form,
        length_terms=length_terms,
        total_credits=total_credits,
        tuition_per_year_fen=tuition_per_year_fen,
        max_suspension_months=max_suspension_months,
    )
    if (level, study_form) != (prog.level, prog.study_form) and _enrolment_count(session, prog.id):
        problems.setdefault("level", "该专业已有学籍，层次和学习形式不能再改")
    last = session.scalar(select(func.max(Course.term_no)).where(Course.programme_id == prog.id))
    if last is not None and length_terms < last:
        problems.setdefault("length_terms", f"教学计划第{last}学期还有课程，学制不能少于{last}个学期")
    if problems:
        raise ProgrammeRejected(problems)
    _check_unique(session, prog.institution_id, name, level, study_form, prog.id)
    prog.name, prog.level, prog.study_form = name, level, study_form
    prog.length_terms = length_terms
    prog.total_credits_x10 = to_x10(total_credits)
    prog.tuition_per_year_fen = tuition_per_year_fen
    prog.max_suspension_months = max_suspension_months
    prog.notes = notes.strip()
    session.flush()


def delete_programme(session: Session, programme_id: int) -> None:
    """Delete a programme and its plan; refused with one sentence when it has enrolments."""
    require(session, Permission.EDIT_COURSEWORK)
    prog = _load(session, programme_id, None)
    n = _enrolment_count(session, prog.id)
    if n:
        raise InputRejected(f"专业“{prog.name}”已有{n}个学籍，不能删除。")
    session.execute(delete(Course).where(Course.programme_id == prog.id))
    session.delete(prog)
    session.flush()


def _rows(session: Session, where: ColumnElement[bool]) -> list[ProgrammeRow]:
    courses = (
        select(
            Course.programme_id,
            func.count().label("n"),
            func.coalesce(func.sum(Course.credits_x10), 0).label("credits"),
        )
        .group_by(Course.programme_id)
        .subquery()
    )
    enrolments = (
        select(Enrolment.programme_id, func.count().label("n")).group_by(Enrolment.programme_id).subquery()
    )
    stmt = (
        select(
            Programme,
            Institution.code,
            Institution.name,
            Institution.max_suspension_months,
            func.coalesce(courses.c.n, 0),
            func.coalesce(courses.c.credits, 0),
            func.coalesce(enrolments.c.n, 0),
        )
        .join(Institution, Institution.id == Programme.institution_id)
        .outerjoin(courses, courses.c.programme_id == Programme.id)
        .outerjoin(enrolments, enrolments.c.programme_id == Programme.id)
        .where(where)
        .order_by(Institution.code, Programme.level, Programme.name, Programme.id)
    )
    out = []
    for p, code, inst_name, inst_max, n_courses, credits, n_enrol in session.execute(stmt):
        out.append(
            ProgrammeRow(
                p.id,
                p.record_id,
                p.version,
                p.institution_id,
                code,
                inst_name,
                p.name,
                p.level,
                p.study_form,
                p.length_terms,
                from_x10(p.total_credits_x10),
                p.tuition_per_year_fen,
                p.max_suspension_months,
                p.max_suspension_months or inst_max,
                p.notes,
                int(n_courses),
                from_x10(int(credits)),
                int(n_enrol),
            )
        )
    return out


def list_programmes(
    session: Session, enterprise_id: int, *, institution_id: int | None = None
) -> list[ProgrammeRow]:
    """The enterprise's programmes (of one institution when given), by institution code, level, name."""
    require(session, Permission.READ)
    where = Institution.enterprise_id == enterprise_id
    if institution_id is not None:
        where = where & (Programme.institution_id == institution_id)
    return _rows(session, where)


def get_programme(session: Session, programme_id: int) -> ProgrammeRow:
    require(session, Permission.READ)
    rows = _rows(session, Programme.id == programme_id)
    if not rows:
        raise InputRejected("该专业不存在，可能已被删除。")
    return rows[0]


def course_plan(session: Session, programme_id: int) -> list[CourseRow]:
    """The plan's courses by term and position, with how many results each has."""
    require(session, Permission.READ)
    counts = (
        select(CourseResult.course_id, func.count().label("n"))
        .where(CourseResult.course_id.in_(select(Course.id).where(Course.programme_id == programme_id)))
        .group_by(CourseResult.course_id)
        .subquery()
    )
    stmt = (
        select(Course, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.course_id == Course.id)
        .where(Course.programme_id == programme_id)
        .order_by(Course.term_no, Course.position, Course.id)
    )
    return [
        CourseRow(
            c.id,
            c.programme_id,
            c.term_no,
            c.position,
            c.name,
            from_x10(c.credits_x10),
            c.required,
            c.exam_type,
            int(n),
        )
        for c, n in session.execute(stmt)
    ]


def _plan_problems(prog: Programme, courses: Sequence[CourseInput]) -> list[tuple[int, str]]:
    problems: list[tuple[int, str]] = []
    seen: dict[str, int] = {}
    for i, c in enumerate(courses):
        name = _text(c.name)
        label = f"第{i + 1}行课程“{name}”" if name else f"第{i + 1}行"
        if not name:
            problems.append((i, f"{label}：课程名称不能为空"))
        elif len(name) > 60:
            problems.append((i, f"{label}：课程名称最多60个字"))
        elif name in seen:
            problems.append((i, f"{label}：与第{seen[name] + 1}行重名"))
        else:
            seen[name] = i
        if not 1 <= c.term_no <= prog.length_terms:
            problems.append((i, f"{label}：学期应为1到{prog.length_terms}"))
        try:
            to_x10(c.credits)
            if not Decimal(0) < c.credits <= MAX_COURSE_CREDITS:
                problems.append((i, f"{label}：学分应大于0、不超过{MAX_COURSE_CREDITS}"))
        except ValueError:
            problems.append((i, f"{label}：学分最多一位小数"))
        if c.exam_type not in EXAM_TYPES:
            problems.append((i, f"{label}：考核方式应为考试或考查"))
    return problems


def set_course_plan(
    session: Session, programme_id: int, courses: Sequence[CourseInput], *, expected_version: int | None
) -> PlanChange:
    """Make the plan exactly `courses` (in order within each term): inputs with an id update
    that course, without one add a course, and courses left out are removed — refused for a
    course that already has results or exam sittings. A changed credit value is carried to
    the credits earned by the course's passed results."""
    require(session, Permission.EDIT_COURSEWORK)
    prog = _load(session, programme_id, expected_version)
    problems = _plan_problems(prog, courses)
    existing = {c.id: c for c in session.scalars(select(Course).where(Course.programme_id == prog.id))}
    for i, c in enumerate(courses):
        if c.id is not None and c.id not in existing:
            problems.append((i, f"第{i + 1}行课程“{c.name}”不属于这个专业"))
    kept = {c.id for c in courses if c.id is not None}
    gone = [c for cid, c in existing.items() if cid not in kept]
    for old_course in gone:
        used = session.scalar(
            select(func.count()).select_from(CourseResult).where(CourseResult.course_id == old_course.id)
        ) or session.scalar(
            select(func.count()).select_from(ExamSitting).where(ExamSitting.course_id == old_course.id)
        )
        if used:
            problems.append((-1, f"课程“{old_course.name}”已有成绩或考试安排，不能从教学计划中删除"))
    if problems:
        raise PlanRejected(problems)
    for old_course in gone:
        session.delete(old_course)
    session.flush()  # free the names of removed courses before others take them
    position: dict[int, int] = {}
    added = updated = 0
    # Two passes so that renames that swap names never meet the unique constraint mid-way.
    for c in courses:
        if c.id is not None:
            course = existing[c.id]
            if course.name != _text(c.name):
                # A leading space: no cleaned name has one. (Not NUL: PostgreSQL refuses it in text.)
                course.name = f" {course.id}"
    session.flush()
    for c in courses:
        pos = position.get(c.term_no, 0)
        position[c.term_no] = pos + 1
        credits = to_x10(c.credits)
        if c.id is None:
            session.add(
                Course(
                    programme_id=prog.id,
                    term_no=c.term_no,
                    position=pos,
                    name=_text(c.name),
                    credits_x10=credits,
                    required=c.required,
                    exam_type=c.exam_type,
                )
            )
            added += 1
            continue
        course = existing[c.id]
        new = (c.term_no, pos, _text(c.name), credits, c.required, c.exam_type)
        old = (course.term_no, course.position, course.name, course.credits_x10, course.required)
        if new[:5] != old or c.exam_type != course.exam_type:
            updated += 1
        if credits != course.credits_x10:
            session.execute(
                update(CourseResult)
                .where(CourseResult.course_id == course.id, CourseResult.passed.is_(True))
                .values(credits_x10=credits)
            )
        (
            course.term_no,
            course.position,
            course.name,
            course.credits_x10,
            course.required,
            course.exam_type,
        ) = new
    if added or updated or gone:
        prog.updated_at = utcnow()  # the plan is part of the programme: its version moves
    session.flush()
    return PlanChange(added=added, updated=updated, removed=len(gone))
