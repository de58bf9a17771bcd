"""Study demo: institutions, programmes with course plans, and enrolments in every status with
their history, results (failures and resits among them) and upcoming exams.

Each enrolment follows a timeline counted from its intake term to `today`: applied and
admitted before the intake, 在读 from it, results for every term that has ended, a resit
in the next term for most failures; some learners suspend (a few for longer than the
college allows), some withdraw, some stop sitting exams, some run past their expected
graduation. Finished programmes graduate with a diploma number of the published layout.
The entry rules hold for every enrolment (one active per level, 专升本 after 大专 …).

Rows are tuples written by services.bulk in chunks: 100,000 enrolments with two
million results take seconds, not minutes.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from qiuxue_desktop.domain import Course, CourseResult, Enrolment, EnrolmentStatusChange, ExamSitting
from qiuxue_desktop.domain.base import new_record_id, utcnow
from qiuxue_desktop.domain.programme import from_x10
from qiuxue_desktop.domain.study_codes import DIPLOMA_LEVEL, SCHOOL_TYPES
from qiuxue_desktop.domain.terms import term_end, term_index, term_label, term_start
from qiuxue_desktop.progress import NO_PROGRESS, Progress
from qiuxue_desktop.services import audit
from qiuxue_desktop.services import demo_study_data as sd
from qiuxue_desktop.services.bulk import insert_rows, next_id, sync_id_sequence
from qiuxue_desktop.services.institutions import create_institution
from qiuxue_desktop.services.programmes import CourseInput, create_programme, set_course_plan

FIRST_INTAKE_YEAR = 2016  # the year the 求学圆梦行动 began
CHUNK = 100_000
# Scenarios the first enrolments follow, so that even a small demo shows every status and risk.
FORCED = (
    "applied",
    "admitted",
    "graduated",
    "completed",
    "overdue",
    "suspended_long",
    "resumed",
    "withdrawn",
    "quiet",
    "failing",
    "studying",
)
# Eligible levels by prior education (the register's code), with a weight each.
_LEVELS_FOR_EDUCATION: dict[str, tuple[str, ...]] = {
    "1": ("5",),
    "2": ("1", "3", "5"),
    "3": ("2", "5"),
    "4": ("2", "5"),
}
_PASS_GRADES = ("优", "良", "良", "中", "中", "及格")
_RESULT_COLUMNS = (
    "enrolment_id",
    "course_id",
    "attempt",
    "term",
    "score_x10",
    "grade",
    "passed",
    "credits_x10",
    "exam_date",
    "source",
    "recorded_at",
)
_ENROLMENT_COLUMNS = (
    "id",
    "learner_id",
    "programme_id",
    "institution_id",
    "student_no",
    "intake_date",
    "expected_graduation",
    "status",
    "status_since",
    "graduation_date",
    "diploma_number",
    "notes",
    "record_id",
    "created_at",
    "updated_at",
    "version",
)
_CHANGE_COLUMNS = ("enrolment_id", "from_status", "to_status", "effective_on", "recorded_at", "actor", "note")
_SITTING_COLUMNS = ("enrolment_id", "course_id", "exam_date", "start_time", "end_time", "place", "note")


@dataclass(frozen=True, slots=True)
class StudyProfile:
    """How the enterprise's programme has grown. The default follows the workforce: learners
    enrol from two years before they were hired, the 初中-educated in skills training, and
    some take a skills course beside a degree. MATURE is a programme that has run since 2016
    for everyone in degree programmes — the benchmark's two million results."""

    study_before_hire_days: int | None = 730  # None: any intake since FIRST_INTAKE_YEAR
    skills_for_lower_secondary: bool = True  # 初中 learners enrol in skills training (else not at all)
    second_skills_share: float = 0.4  # of degree enrolments, how many add a skills course


DEFAULT_PROFILE = StudyProfile()
MATURE = StudyProfile(study_before_hire_days=None, skills_for_lower_secondary=False, second_skills_share=0.0)


@dataclass(frozen=True, slots=True)
class StudyDemoCounts:
    institutions: int
    programmes: int
    enrolments: int
    results: int
    sittings: int


@dataclass(frozen=True, slots=True)
class DemoLearner:
    """What the study demo needs of a learner."""

    id: int
    prior_education: str
    hire_date: dt.date
    leave_date: dt.date | None


@dataclass
class _Prog:
    id: int
    institution_id: int
    code: str
    site: str
    level: str
    form: str
    length: int
    weight: float
    plan: list[list[tuple[int, int, bool]]]  # per term: (course id, credits × 10, 考试?)


@dataclass
class _Writer:
    """Buffers rows per table; when one buffer is full every table is written, parents first."""

    session: Session
    tables: dict[str, tuple[Table, Sequence[str]]]  # in the order they must be written
    buffers: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)
    written: dict[str, int] = field(default_factory=dict)

    def add(self, name: str, row: tuple[Any, ...]) -> None:
        self.rows(name).append(row)

    def rows(self, name: str) -> list[tuple[Any, ...]]:
        """The buffer of table `name`, to append rows to; call check() after a batch."""
        return self.buffers.setdefault(name, [])

    def check(self) -> None:
        if any(len(rows) >= CHUNK for rows in self.buffers.values()):
            self.flush()

    def flush(self) -> None:
        for name, (table, columns) in self.tables.items():
            rows = self.buffers.get(name)
            if rows:
                insert_rows(self.session, table, columns, rows)
                if "record_id" in columns:  # records the platform receives: one audit entry each
                    audit.record_inserts(
                        self.session,
                        table,
                        [dict(zip(columns, r, strict=True)) for r in rows],
                        detail="演示数据",
                    )
                self.written[name] = self.written.get(name, 0) + len(rows)
                self.buffers[name] = []


def _mark(rng: random.Random, passed: bool, exam: bool) -> tuple[int | None, str]:
    """A score (in tenths) for an exam, or a grade for an assessment, that passes or fails."""
    r = rng.random
    if exam:
        score = int(rng.triangular(60, 99, 78)) if passed else int(rng.triangular(12, 59, 50))
        if r() < 0.05 and score < 99:
            return score * 10 + 5, ""
        if not passed and r() < 0.08:
            return None, "缺考"
        return score * 10, ""
    if passed:
        return None, "合格" if r() < 0.1 else _PASS_GRADES[int(r() * len(_PASS_GRADES))]
    return None, "不合格" if r() < 0.1 else "不及格"


def _saturday_on_or_after(day: dt.date) -> dt.date:
    return day + dt.timedelta(days=(5 - day.weekday()) % 7)


def _create_catalogue(session: Session, enterprise_id: int) -> list[_Prog]:
    inst_ids: dict[str, tuple[int, str]] = {}
    for code, name, contact, phone, site, months in sd.INSTITUTIONS:
        iid = create_institution(
            session,
            enterprise_id=enterprise_id,
            code=code,
            name=name,
            contact_person=contact,
            phone=phone,
            teaching_site=site,
            max_suspension_months=months,
        )
        inst_ids[code] = (iid, site)
    progs: list[_Prog] = []
    for p in sd.PROGRAMMES:
        courses = [
            CourseInput(
                term_no=t,
                name=raw.rstrip("*°"),
                credits=from_x10(sd.CREDIT_PATTERN[k % len(sd.CREDIT_PATTERN)]),
                required=not raw.endswith("°"),
                exam_type="2" if raw.endswith("*") else "1",
            )
            for t, names in enumerate(p.terms, start=1)
            for k, raw in enumerate(names)
        ]
        total = sum((c.credits for c in courses if c.required), Decimal(0))
        iid, site = inst_ids[p.institution]
        pid = create_programme(
            session,
            institution_id=iid,
            name=p.name,
            level=p.level,
            study_form=p.study_form,
            length_terms=len(p.terms),
            total_credits=total,
            tuition_per_year_fen=p.tuition_yuan * 100,
        )
        set_course_plan(session, pid, courses, expected_version=None)
        plan: list[list[tuple[int, int, bool]]] = [[] for _ in p.terms]
        for c in session.scalars(select(Course).where(Course.programme_id == pid).order_by(Course.position)):
            plan[c.term_no - 1].append((c.id, c.credits_x10, c.exam_type == "1"))
        progs.append(
            _Prog(pid, iid, p.institution, site, p.level, p.study_form, len(p.terms), p.weight, plan)
        )
    return progs


def add_study_demo(
    session: Session,
    enterprise_id: int,
    learners: Sequence[DemoLearner],
    *,
    enrolments: int,
    seed: int | None = None,
    today: dt.date | None = None,
    progress: Progress = NO_PROGRESS,
    profile: StudyProfile = DEFAULT_PROFILE,
) -> StudyDemoCounts:
    """Create the demo institutions and programmes, then about `enrolments` enrolments among
    `learners` (fewer when too few learners are eligible)."""
    rng = random.Random(seed)
    today = today or dt.date.today()
    progs = _create_catalogue(session, enterprise_id)
    gen = _Generator(session, rng, today, progs, profile)
    progress.set(0, enrolments, "正在生成学籍和成绩")
    order = list(learners)
    rng.shuffle(order)
    done = 0
    firsts: list[tuple[DemoLearner, str, dt.date | None]] = []
    pending = list(FORCED) if enrolments >= len(FORCED) else []
    for learner in order:
        if done >= enrolments:
            break
        result = gen.enrol_first(learner, pending[0]) if pending else None
        if result is not None:
            pending.pop(0)
        else:
            result = gen.enrol_first(learner)
        if result is not None:
            firsts.append((learner, *result))
            done += 1
            if done % 5000 == 0:
                progress.set(done)
                progress.check()
    # Second enrolments: 专升本 after a graduated 高起专, or a skills course beside a degree.
    for learner, level, graduated_on in firsts:
        if done >= enrolments:
            break
        if gen.enrol_second(learner, level, graduated_on):
            done += 1
            if done % 5000 == 0:
                progress.set(done)
                progress.check()
    gen.writer.flush()
    for table, _cols in gen.writer.tables.values():
        sync_id_sequence(session, table)
    progress.set(enrolments)
    written = gen.writer.written
    audit.record(
        session,
        "demo",
        table="course_result",
        detail=(
            f"演示数据：{written.get('change', 0)} 条学籍变动、{written.get('result', 0)} 条成绩、"
            f"{written.get('sitting', 0)} 场考试安排"
        ),
    )
    return StudyDemoCounts(
        institutions=len(sd.INSTITUTIONS),
        programmes=len(progs),
        enrolments=written.get("enrolment", 0),
        results=written.get("result", 0),
        sittings=written.get("sitting", 0),
    )


@dataclass
class _Timeline:
    """How far an enrolment's results go: terms 1..until; a suspension of `gap` terms that began
    in term `gap_from` pushes the plan's later terms back by `gap`."""

    until: int = 0
    sittings: bool = False
    gap_from: int = 0
    gap: int = 0
    ability: float = 0.0  # a forced chance of passing a first attempt (then no resit passes)

    def shift(self, plan_term: int) -> int:
        return self.gap if self.gap_from and plan_term >= self.gap_from else 0


class _Generator:
    def __init__(
        self, session: Session, rng: random.Random, today: dt.date, progs: list[_Prog], profile: StudyProfile
    ) -> None:
        self.profile = profile
        self.rng = rng
        self.r = rng.random
        self.today = today
        self.now_idx = term_index(today)
        self.progs = progs
        self.by_level: dict[str, list[_Prog]] = {}
        for p in progs:
            self.by_level.setdefault(p.level, []).append(p)
        self.next_enrolment = next_id(session, cast(Table, Enrolment.__table__))
        self.serial: dict[str, int] = {}
        self.stamp = utcnow()
        self.exam_days: dict[tuple[str, int], dt.date] = {}
        # marks[考试?][passed]: a thousand (score × 10, grade) drawn once, picked from at random.
        self.marks = [
            [[_mark(rng, passed, exam) for _ in range(1000)] for passed in (False, True)]
            for exam in (False, True)
        ]
        self.writer = _Writer(
            session,
            {
                "enrolment": (cast(Table, Enrolment.__table__), _ENROLMENT_COLUMNS),
                "change": (cast(Table, EnrolmentStatusChange.__table__), _CHANGE_COLUMNS),
                "result": (cast(Table, CourseResult.__table__), _RESULT_COLUMNS),
                "sitting": (cast(Table, ExamSitting.__table__), _SITTING_COLUMNS),
            },
        )

    # --- choosing ---------------------------------------------------------------------------

    def _pick_programme(self, levels: Sequence[str]) -> _Prog:
        candidates = [p for lv in levels for p in self.by_level.get(lv, ())]
        return self.rng.choices(candidates, weights=[p.weight for p in candidates])[0]

    def _intakes(self, prog: _Prog, after: dt.date) -> list[dt.date]:
        """Intake dates from `after` to the next one after today (成人高考 takes autumn only)."""
        months = (9,) if prog.form == "1" else (3, 9)
        out = []
        for year in range(max(FIRST_INTAKE_YEAR, after.year), self.today.year + 2):
            for m in months:
                day = dt.date(year, m, 1)
                if day >= after:
                    out.append(day)
                    if day > self.today:
                        return out
        return out

    def _fits(self, kind: str, prog: _Prog, intake: dt.date) -> bool:
        completed = self.now_idx - term_index(intake)
        if kind in ("applied", "admitted"):
            return intake > self.today
        if kind in ("graduated", "completed", "overdue"):
            return completed >= prog.length
        if kind == "suspended_long":  # suspended five terms ago, within the plan
            return 6 <= completed <= prog.length + 4
        if kind == "resumed":
            return 4 <= completed < prog.length
        return 2 <= completed < prog.length

    def enrol_first(self, learner: DemoLearner, kind: str | None = None) -> tuple[str, dt.date | None] | None:
        """One first enrolment of a learner; `kind` forces a scenario (None when no intake fits)."""
        if learner.prior_education == "1" and not self.profile.skills_for_lower_secondary:
            return None
        prog = self._pick_programme(_LEVELS_FOR_EDUCATION[learner.prior_education])
        # Some joined the factory while already studying.
        before = self.profile.study_before_hire_days
        start = (
            dt.date(FIRST_INTAKE_YEAR, 1, 1) if before is None else learner.hire_date - dt.timedelta(before)
        )
        intakes = self._intakes(prog, start)
        if learner.leave_date is not None:
            if kind is not None:
                return None
            intakes = [d for d in intakes if d < learner.leave_date]
        if kind is not None:
            intakes = [d for d in intakes if self._fits(kind, prog, d)]
        if not intakes:
            return None
        if kind is not None or intakes[-1] <= self.today:
            intake = intakes[int(len(intakes) * self.r())]
        elif self.r() < 0.07 or len(intakes) == 1:
            intake = intakes[-1]  # applied for the next intake
        else:
            intake = intakes[int((len(intakes) - 1) * self.r())]
        return prog.level, self._enrolment(learner, prog, intake, kind)

    def enrol_second(self, learner: DemoLearner, level: str, graduated_on: dt.date | None) -> bool:
        if learner.leave_date is not None:
            return False
        if level == "1" and graduated_on is not None:
            prog = self._pick_programme(("2",))
            after = graduated_on
        elif level != "5" and self.r() < self.profile.second_skills_share:
            prog = self._pick_programme(("5",))
            after = learner.hire_date
        else:
            return False
        intakes = self._intakes(prog, after)
        if not intakes:
            return False
        self._enrolment(learner, prog, intakes[int(len(intakes) * self.r())], None)
        return True

    # --- one enrolment ----------------------------------------------------------------------

    def _student_no(self, prog: _Prog, intake: dt.date) -> str:
        key = f"{prog.code}{intake.year}"
        n = self.serial.get(key, 0) + 1
        self.serial[key] = n
        return f"{intake.year % 100:02d}{prog.code[2:]}{n:06d}"

    def _diploma(self, prog: _Prog, on: dt.date) -> str:
        key = f"D{prog.code}{on.year}{prog.level}"
        n = self.serial.get(key, 0) + 1
        self.serial[key] = n
        if prog.level == "5":
            return f"S320532050601{on.year % 100:02d}4{n:06d}"
        kind = SCHOOL_TYPES[prog.form][0]
        return f"{prog.code}{kind}{on.year}{DIPLOMA_LEVEL[prog.level]}{n:06d}"

    def _exam_day(self, prog: _Prog, idx: int) -> dt.date:
        key = (prog.code, idx)
        day = self.exam_days.get(key)
        if day is None:
            offset = int(prog.code) % 3 * 7  # colleges hold exams on different weekends
            day = _saturday_on_or_after(term_end(idx) - dt.timedelta(days=40) + dt.timedelta(days=offset))
            self.exam_days[key] = day
        return day

    def _enrolment(
        self, learner: DemoLearner, prog: _Prog, intake: dt.date, kind: str | None
    ) -> dt.date | None:
        """Write one enrolment with its history, results and sittings; returns its date of
        graduation (None unless 毕业)."""
        r = self.r
        eid = self.next_enrolment
        self.next_enrolment += 1
        intake_idx = term_index(intake)
        end_idx = intake_idx + prog.length - 1
        completed = self.now_idx - intake_idx  # the enrolment's terms that have ended
        history: list[tuple[str, dt.date]] = []
        apply_day = intake - dt.timedelta(days=60 + int(r() * 40))
        admit_day = intake - dt.timedelta(days=10 + int(r() * 20))
        t = _Timeline()
        if intake > self.today:
            apply_day = min(apply_day, self.today - dt.timedelta(days=20))
            history.append(("applied", apply_day))
            if kind == "admitted" or (kind is None and r() < 0.5):
                history.append(("admitted", apply_day + dt.timedelta(days=1 + int(r() * 19))))
        else:
            history += [("applied", apply_day), ("admitted", admit_day), ("studying", intake)]
            self._course_of_study(learner, prog, intake_idx, end_idx, completed, history, t, kind)
        status, since = history[-1]
        diploma = self._diploma(prog, since) if status == "graduated" else ""
        w = self.writer
        w.add(
            "enrolment",
            (
                eid,
                learner.id,
                prog.id,
                prog.institution_id,
                self._student_no(prog, intake),
                intake,
                term_end(end_idx),
                status,
                since,
                since if status in ("graduated", "completed") else None,
                diploma,
                "",
                new_record_id(),
                self.stamp,
                self.stamp,
                1,
            ),
        )
        previous: str | None = None
        for to_status, day in history:
            w.add("change", (eid, previous, to_status, day, self.stamp, "demo", ""))
            previous = to_status
        failed = self._results(eid, prog, intake_idx, t, must_pass=status in ("graduated", "completed"))
        if t.sittings and status == "studying":
            current = completed + 1
            plan_term = current - t.gap if t.gap_from and current >= t.gap_from + t.gap else current
            self._sittings(eid, prog, plan_term, failed)
        return since if status == "graduated" else None

    def _course_of_study(
        self,
        learner: DemoLearner,
        prog: _Prog,
        intake_idx: int,
        end_idx: int,
        completed: int,
        history: list[tuple[str, dt.date]],
        t: _Timeline,
        kind: str | None,
    ) -> None:
        """What happened after the intake, as scenario `kind` (drawn at random when None):
        appended to `history`; how far the results go set on `t`."""
        r = self.r
        finish_day = term_end(end_idx) - dt.timedelta(days=5)
        if learner.leave_date is not None:
            left_idx = term_index(learner.leave_date)
            if left_idx <= end_idx:
                history.append(("withdrawn", learner.leave_date))
                t.until = left_idx - intake_idx
            else:
                history.append(("graduated", finish_day))
                t.until = prog.length
            return
        if kind is None:
            x = r()
            if completed >= prog.length:
                kind = "graduated" if x < 0.84 else "completed" if x < 0.92 else "overdue"
            elif completed < 1:
                kind = "studying"
            else:
                kind = (
                    "suspended"
                    if x < 0.06
                    else "withdrawn"
                    if x < 0.13
                    else "quiet"
                    if x < 0.19
                    else "failing"
                    if x < 0.21
                    else "studying"
                )
        if kind in ("graduated", "completed"):
            history.append((kind, finish_day))
            t.until = prog.length
            return
        t.until = min(completed, prog.length)
        if kind == "overdue":  # still 在读 past the expected graduation, failures not cleared
            t.ability = 0.6
            return
        t.sittings = True
        if kind in ("suspended", "suspended_long", "resumed"):
            if kind == "suspended_long":
                term = max(2, completed - 4)  # five terms ago: past a two-year limit
            elif kind == "resumed":
                term = max(2, completed - 2)
            else:
                term = max(2, completed + 1 - int(r() * 6))  # the enrolment's term it began in
            since = term_start(intake_idx + term - 1) + dt.timedelta(days=int(r() * 60))
            if since > self.today:
                return
            history.append(("suspended", since))
            t.until, t.sittings = term - 1, False
            if kind == "resumed" or (kind == "suspended" and r() < 0.3 and term + 2 <= completed):
                history.append(("studying", term_start(intake_idx + term + 1) + dt.timedelta(days=5)))
                t.until, t.sittings = completed, True
                t.gap_from, t.gap = term, 2
        elif kind == "withdrawn":  # withdrew during a term
            term = 2 + int(r() * completed)
            day = min(self.today, term_start(intake_idx + term - 1) + dt.timedelta(days=int(r() * 120)))
            history.append(("withdrawn", day))
            t.until, t.sittings = term - 1, False
        elif kind == "quiet":  # stopped sitting exams last term
            t.until = completed - 1
        elif kind == "failing":
            t.ability = 0.55

    def _results(self, eid: int, prog: _Prog, intake_idx: int, t: _Timeline, *, must_pass: bool) -> list[int]:
        """Results of the plan's terms sat in the enrolment's terms 1..t.until, a resit in the
        next term after a failure; returns the courses still failed. A finished enrolment
        passes every course, on a second attempt at the latest."""
        r = self.r
        out = self.writer.rows("result")
        stamp = self.stamp
        marks = self.marks
        n_marks = len(marks[0][0])
        ability = t.ability or 0.80 + 0.19 * r()  # chance of passing a first attempt
        resit = 0.0 if t.ability else 0.78
        failed: list[int] = []
        last = prog.length + t.gap
        days = [self._exam_day(prog, intake_idx + k) for k in range(last)]
        labels = [term_label(intake_idx + k) for k in range(last)]
        for plan_term in range(1, prog.length + 1):
            term = plan_term + t.shift(plan_term)
            if term > t.until:
                break
            for course_id, credits, exam in prog.plan[plan_term - 1]:
                attempt, sat = 1, term
                while True:
                    passed = (must_pass and attempt > 1) or r() < (ability if attempt == 1 else resit)
                    score, grade = marks[exam][passed][int(r() * n_marks)]
                    earned = credits if passed else 0
                    out.append(
                        (
                            eid,
                            course_id,
                            attempt,
                            labels[sat - 1],
                            score,
                            grade,
                            passed,
                            earned,
                            days[sat - 1],
                            "demo",
                            stamp,
                        )
                    )
                    if passed:
                        break
                    if not must_pass and (sat + 1 > t.until or attempt >= 3):
                        failed.append(course_id)
                        break
                    attempt, sat = attempt + 1, min(sat + 1, last)
        self.writer.check()
        return failed

    def _sittings(self, eid: int, prog: _Prog, plan_term: int, failed: list[int]) -> None:
        """This term's exams (考试 courses of its plan term, and resits of failed courses) for a
        learner in 在读, when the exam weekend is still ahead."""
        day = self._exam_day(prog, self.now_idx)
        if day < self.today:
            return
        place = f"{prog.site} 第{1 + eid % 12}考场"
        exams: list[int] = []
        if 1 <= plan_term <= prog.length:
            exams = [cid for cid, _credits, exam in prog.plan[plan_term - 1] if exam]
        courses = [(cid, "") for cid in exams] + [(cid, "补考") for cid in failed[:2]]
        for k, (cid, note) in enumerate(courses):
            on = day + dt.timedelta(days=k // 2)
            start = dt.time(9, 0) if k % 2 == 0 else dt.time(14, 0)
            end = dt.time(start.hour + 2, 30)
            self.writer.add("sitting", (eid, cid, on, start, end, place, note))
