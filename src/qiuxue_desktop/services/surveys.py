"""Satisfaction surveys: setting a term's survey and its questions (a default set to start from),
answer sheets typed in from paper forms, and the survey's facts for the other modules.

Anonymity is enforced here, not in the window: an anonymous survey's sheet is refused when it
names a learner, and a survey's anonymity cannot change once it has answers (an anonymous
survey's sheets hold no learner to link later; a named survey's links would otherwise stay
behind an "anonymous" label). The results (services/survey_results.py) never show names.
Setting surveys and entering answers need Permission.MANAGE_SURVEYS; reading needs READ.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qiuxue_desktop.domain import Department, Enrolment, Learner, Programme
from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.domain.surveys import (
    CHOICE,
    MIN_GROUP_DEFAULT,
    QUESTION_KINDS,
    SCALE,
    TEXT,
    TOPICS,
    WARN_BELOW_DEFAULT_X10,
    AnswerProblem,
    Survey,
    SurveyAnswer,
    SurveyQuestion,
    SurveyResponse,
    option_list,
    parse_answer,
    question_key,
)
from qiuxue_desktop.domain.terms import parse_term_label
from qiuxue_desktop.errors import InputRejected, StaleRecord
from qiuxue_desktop.services.auth import require

PAPER, ONLINE = "paper", "online"


@dataclass(frozen=True, slots=True)
class QuestionInput:
    text: str
    kind: str = SCALE
    topic: str = "other"
    options: tuple[str, ...] = ()


DEFAULT_QUESTIONS: tuple[QuestionInput, ...] = (
    QuestionInput("您对就读院校（教学点）的总体满意程度", SCALE, "college"),
    QuestionInput("您对任课教师教学质量的满意程度", SCALE, "teaching"),
    QuestionInput("您对课程内容与本岗位工作结合程度的满意程度", SCALE, "teaching"),
    QuestionInput("您对上课时间与本人班次（倒班）协调情况的满意程度", SCALE, "timing"),
    QuestionInput("您对考试时间与生产班次协调情况的满意程度", SCALE, "timing"),
    QuestionInput("您对公司在学费补助、调班请假等方面支持的满意程度", SCALE, "support"),
    QuestionInput("您对学费补助办理速度的满意程度", SCALE, "support"),
    QuestionInput(
        "您最希望的上课时间",
        CHOICE,
        "timing",
        ("工作日晚上", "周末白天", "假期集中面授", "线上自学为主"),
    ),
    QuestionInput("您对本学期学习的总体满意程度", SCALE, "overall"),
    QuestionInput("您对学习安排和公司支持有什么意见和建议？", TEXT, "other"),
)


@dataclass(frozen=True, slots=True)
class QuestionInfo:
    id: int
    position: int
    text: str
    kind: str
    topic: str
    options: tuple[str, ...]

    @property
    def label(self) -> str:
        return f"{self.position}. {self.text}"


@dataclass(frozen=True, slots=True)
class SurveyInfo:
    id: int
    version: int
    enterprise_id: int
    term: str
    title: str
    intro: str
    anonymous: bool
    warn_below_x10: int
    min_group: int
    questions: tuple[QuestionInfo, ...]
    responses: int

    @property
    def warn_below(self) -> Decimal:
        return Decimal(self.warn_below_x10) / 10


@dataclass(frozen=True, slots=True)
class SurveyRow:
    id: int
    term: str
    title: str
    anonymous: bool
    questions: int
    responses: int


@dataclass(frozen=True, slots=True)
class SheetInput:
    """One answer sheet: question id → what was ticked or written (a number, a word, text)."""

    answers: Mapping[int, object]
    department_id: int | None = None
    programme_id: int | None = None
    learner_id: int | None = None  # only on a survey that is not anonymous, and there required
    answered_on: dt.date | None = None
    source_key: str | None = None  # the online tool's sheet number


@dataclass
class _Checked:
    question_ids: list[int] = field(default_factory=list)


def _clean(text: str) -> str:
    """Spaces collapsed; full-width punctuation kept as typed (it is Chinese text)."""
    return " ".join(text.split())


def _check_questions(questions: Sequence[QuestionInput]) -> list[QuestionInput]:
    if not questions:
        raise InputRejected("问卷至少要有一道题。")
    out: list[QuestionInput] = []
    keys: dict[str, int] = {}
    for n, q in enumerate(questions, start=1):
        text = _clean(q.text)
        if not text:
            raise InputRejected(f"第{n}题没有题目文字。")
        if len(text) > 200:
            raise InputRejected(f"第{n}题的文字最多200个字，现在有{len(text)}个。")
        if q.kind not in QUESTION_KINDS:
            raise InputRejected(f"第{n}题的题型“{q.kind}”无法识别。")
        if q.topic not in TOPICS:
            raise InputRejected(f"第{n}题的类别“{q.topic}”无法识别。")
        key = question_key(text)
        if not key:
            raise InputRejected(f"第{n}题的文字只有标点或编号。")
        if key in keys:
            raise InputRejected(
                f"第{n}题与第{keys[key]}题的文字相同：导入在线问卷时按文字对应题目，题目不能重复。"
            )
        keys[key] = n
        options = tuple(_clean(o) for o in q.options if _clean(o))
        if q.kind == CHOICE:
            if len(options) < 2:
                raise InputRejected(f"第{n}题是单选题，至少要有两个选项。")
            if len({question_key(o) for o in options}) < len(options):
                raise InputRejected(f"第{n}题有重复的选项。")
        out.append(QuestionInput(text, q.kind, q.topic, options if q.kind == CHOICE else ()))
    return out


def _settings(term: str, title: str, warn_below: Decimal | str, min_group: int) -> tuple[str, str, int]:
    if parse_term_label(term) is None:
        raise InputRejected(f"学期“{term}”应写成2025-2026-1的样子。")
    clean_title = _clean(title)
    if not clean_title or len(clean_title) > 100:
        raise InputRejected("问卷标题不能为空，最多100个字。")
    try:
        level = Decimal(str(warn_below))
    except InvalidOperation:
        raise InputRejected(f"预警分数“{warn_below}”不是数字。") from None
    if not Decimal(1) <= level <= Decimal(5) or level * 10 != (level * 10).to_integral_value():
        raise InputRejected("预警分数应在1到5之间，最多一位小数（如3.5）。")
    if not 1 <= min_group <= 50:
        raise InputRejected("分组最少答卷数应在1到50之间（建议不少于3）。")
    return term.strip(), clean_title, int(level * 10)


def _put_questions(session: Session, survey_id: int, questions: list[QuestionInput]) -> None:
    for old in session.scalars(select(SurveyQuestion).where(SurveyQuestion.survey_id == survey_id)):
        session.delete(old)
    session.flush()
    session.add_all(
        SurveyQuestion(
            survey_id=survey_id,
            position=i,
            text=q.text,
            kind=q.kind,
            topic=q.topic,
            options="\n".join(q.options),
        )
        for i, q in enumerate(questions, start=1)
    )
    session.flush()


def create_survey(
    session: Session,
    enterprise_id: int,
    *,
    term: str,
    title: str,
    questions: Sequence[QuestionInput] = DEFAULT_QUESTIONS,
    intro: str = "",
    anonymous: bool = True,
    warn_below: Decimal | str = Decimal(WARN_BELOW_DEFAULT_X10) / 10,
    min_group: int = MIN_GROUP_DEFAULT,
) -> int:
    """A term's survey with its questions; returns its id. One survey per term."""
    require(session, Permission.MANAGE_SURVEYS)
    term, title, warn_x10 = _settings(term, title, warn_below, min_group)
    checked = _check_questions(questions)
    taken = session.scalar(
        select(Survey.title).where(Survey.enterprise_id == enterprise_id, Survey.term == term)
    )
    if taken is not None:
        raise InputRejected(f"{term}学期已有问卷“{taken}”：每学期一份问卷，请修改那一份。")
    survey = Survey(
        enterprise_id=enterprise_id,
        term=term,
        title=title,
        intro=intro.strip(),
        anonymous=anonymous,
        warn_below_x10=warn_x10,
        min_group=min_group,
    )
    session.add(survey)
    session.flush()
    _put_questions(session, survey.id, checked)
    return survey.id


def _load(session: Session, survey_id: int) -> Survey:
    survey = session.get(Survey, survey_id)
    if survey is None:
        raise InputRejected("这份问卷不存在，可能已被删除。")
    return survey


def _response_count(session: Session, survey_id: int) -> int:
    return int(
        session.scalar(select(func.count(SurveyResponse.id)).where(SurveyResponse.survey_id == survey_id))
        or 0
    )


def update_survey(
    session: Session,
    survey_id: int,
    *,
    title: str,
    intro: str,
    anonymous: bool,
    warn_below: Decimal | str,
    min_group: int,
    questions: Sequence[QuestionInput] | None = None,
    expected_version: int | None = None,
) -> None:
    """Change a survey. Its questions and its anonymity are fixed once it has answers."""
    require(session, Permission.MANAGE_SURVEYS)
    survey = _load(session, survey_id)
    if expected_version is not None and survey.version != expected_version:
        raise StaleRecord("这份问卷刚被其他人修改过，请重新打开后再改。")
    _term, clean_title, warn_x10 = _settings(survey.term, title, warn_below, min_group)
    answered = _response_count(session, survey_id)
    if answered and anonymous != survey.anonymous:
        raise InputRejected(
            f"问卷已有{answered}份答卷，不能再改为{'匿名' if anonymous else '记名'}："
            "匿名问卷的答卷没有记录答卷人，记名问卷的答卷已经关联了学员。"
        )
    if questions is not None:
        checked = _check_questions(questions)
        if answered and _fingerprint(checked) != _fingerprint(_question_inputs(session, survey_id)):
            raise InputRejected(f"问卷已有{answered}份答卷，题目不能再改（可以修改标题、说明和预警分数）。")
        if not answered:
            _put_questions(session, survey_id, checked)
    survey.title = clean_title
    survey.intro = intro.strip()
    survey.anonymous = anonymous
    survey.warn_below_x10 = warn_x10
    survey.min_group = min_group
    session.flush()


def _fingerprint(questions: Sequence[QuestionInput]) -> list[tuple[str, str, str, tuple[str, ...]]]:
    return [(q.text, q.kind, q.topic, q.options) for q in questions]


def _question_inputs(session: Session, survey_id: int) -> list[QuestionInput]:
    return [
        QuestionInput(q.text, q.kind, q.topic, q.options) for q in survey_info(session, survey_id).questions
    ]


def delete_survey(session: Session, survey_id: int) -> None:
    """Delete a survey that has no answers yet."""
    require(session, Permission.MANAGE_SURVEYS)
    survey = _load(session, survey_id)
    answered = _response_count(session, survey_id)
    if answered:
        raise InputRejected(f"问卷“{survey.title}”已有{answered}份答卷，不能删除。")
    for q in session.scalars(select(SurveyQuestion).where(SurveyQuestion.survey_id == survey_id)):
        session.delete(q)
    session.flush()
    session.delete(survey)
    session.flush()


def survey_info(session: Session, survey_id: int) -> SurveyInfo:
    require(session, Permission.READ)
    survey = _load(session, survey_id)
    questions = tuple(
        QuestionInfo(q.id, q.position, q.text, q.kind, q.topic, tuple(option_list(q.options)))
        for q in session.scalars(
            select(SurveyQuestion)
            .where(SurveyQuestion.survey_id == survey_id)
            .order_by(SurveyQuestion.position)
        )
    )
    return SurveyInfo(
        survey.id,
        survey.version,
        survey.enterprise_id,
        survey.term,
        survey.title,
        survey.intro,
        survey.anonymous,
        survey.warn_below_x10,
        survey.min_group,
        questions,
        _response_count(session, survey_id),
    )


def list_surveys(session: Session, enterprise_id: int) -> list[SurveyRow]:
    """The enterprise's surveys, the latest term first."""
    require(session, Permission.READ)
    questions = (
        select(SurveyQuestion.survey_id, func.count().label("n"))
        .group_by(SurveyQuestion.survey_id)
        .subquery()
    )
    answers = (
        select(SurveyResponse.survey_id, func.count().label("n"))
        .group_by(SurveyResponse.survey_id)
        .subquery()
    )
    rows = session.execute(
        select(
            Survey.id,
            Survey.term,
            Survey.title,
            Survey.anonymous,
            func.coalesce(questions.c.n, 0),
            func.coalesce(answers.c.n, 0),
        )
        .outerjoin(questions, questions.c.survey_id == Survey.id)
        .outerjoin(answers, answers.c.survey_id == Survey.id)
        .where(Survey.enterprise_id == enterprise_id)
        .order_by(Survey.term.desc())
    )
    return [SurveyRow(r[0], r[1], r[2], bool(r[3]), int(r[4]), int(r[5])) for r in rows]


# --- answer sheets ------------------------------------------------------------------------------


def group_choices(
    session: Session, enterprise_id: int
) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """What a sheet may name as the person's group: (departments, programmes) as (id, label)."""
    require(session, Permission.READ)
    from qiuxue_desktop.domain import Institution

    departments = [
        (d.id, d.name)
        for d in session.scalars(
            select(Department).where(Department.enterprise_id == enterprise_id).order_by(Department.name)
        )
    ]
    programmes = [
        (pid, f"{inst} {name}")
        for pid, name, inst in session.execute(
            select(Programme.id, Programme.name, Institution.name)
            .join(Institution, Institution.id == Programme.institution_id)
            .where(Institution.enterprise_id == enterprise_id)
            .order_by(Institution.name, Programme.name, Programme.id)
        )
    ]
    return departments, programmes


def _learner_groups(session: Session, learner_id: int) -> tuple[int | None, int | None]:
    """A named sheet's department and programme from the learner's record (the latest enrolment)."""
    learner = session.get(Learner, learner_id)
    if learner is None:
        raise InputRejected("所选学员不存在，可能已被删除。")
    programme = session.scalar(
        select(Enrolment.programme_id)
        .where(Enrolment.learner_id == learner_id)
        .order_by(Enrolment.intake_date.desc(), Enrolment.id.desc())
        .limit(1)
    )
    return learner.department_id, programme


def check_sheet(info: SurveyInfo, sheet: SheetInput, where: str = "") -> list[tuple[int, int | None, str]]:
    """The sheet's answers as stored — (question id, score, text) — or InputRejected naming the
    question whose answer does not fit. A sheet with no answer at all is refused."""
    by_id = {q.id: q for q in info.questions}
    out: list[tuple[int, int | None, str]] = []
    for qid, value in sheet.answers.items():
        q = by_id.get(qid)
        if q is None:
            raise InputRejected(f"{where}有一个答案不属于问卷“{info.title}”的题目。")
        try:
            parsed = parse_answer(q.kind, "\n".join(q.options), value)
        except AnswerProblem as p:
            raise InputRejected(f"{where}第{q.position}题：{p.message}。") from None
        if parsed is not None:
            out.append((qid, parsed[0], parsed[1]))
    if not out:
        raise InputRejected(f"{where}一道题都没有答，不能作为一份答卷。")
    return out


def record_sheets(
    session: Session, survey_id: int, sheets: Sequence[SheetInput], *, source: str = PAPER
) -> list[int]:
    """Record answer sheets, all or nothing; returns their ids. On an anonymous survey a sheet
    naming a learner is refused (and nothing about the person is kept but the department and
    programme ticked); on a named survey each sheet names its learner, once per survey."""
    require(session, Permission.MANAGE_SURVEYS)
    info = survey_info(session, survey_id)
    departments, programmes = group_choices(session, info.enterprise_id)
    known_departments = {d for d, _ in departments}
    known_programmes = {p for p, _ in programmes}
    answered: set[int] = set()
    if not info.anonymous:
        answered = set(
            session.scalars(
                select(SurveyResponse.learner_id).where(
                    SurveyResponse.survey_id == survey_id, SurveyResponse.learner_id.is_not(None)
                )
            )
        )
    made: list[tuple[SurveyResponse, list[tuple[int, int | None, str]]]] = []
    for n, sheet in enumerate(sheets, start=1):
        where = f"第{n}份答卷" if len(sheets) > 1 else "答卷"
        department_id, programme_id = sheet.department_id, sheet.programme_id
        if info.anonymous:
            if sheet.learner_id is not None:
                raise InputRejected(
                    f"{where}：问卷“{info.title}”是匿名问卷，不记录答卷人，没有保存任何答卷。"
                )
        else:
            if sheet.learner_id is None:
                raise InputRejected(f"{where}：问卷“{info.title}”是记名问卷，请选择答卷的学员。")
            if sheet.learner_id in answered:
                raise InputRejected(f"{where}：这位学员已经交过这份问卷的答卷。")
            answered.add(sheet.learner_id)
            own_department, own_programme = _learner_groups(session, sheet.learner_id)
            department_id = department_id or own_department
            programme_id = programme_id or own_programme
        if department_id is not None and department_id not in known_departments:
            raise InputRejected(f"{where}：所选部门不存在。")
        if programme_id is not None and programme_id not in known_programmes:
            raise InputRejected(f"{where}：所选专业不存在。")
        answers = check_sheet(info, sheet, f"{where}：")
        response = SurveyResponse(
            survey_id=survey_id,
            learner_id=None if info.anonymous else sheet.learner_id,
            department_id=department_id,
            programme_id=programme_id,
            source=source,
            source_key=sheet.source_key,
            answered_on=sheet.answered_on,
        )
        made.append((response, answers))
    session.add_all(r for r, _ in made)
    session.flush()
    session.add_all(
        SurveyAnswer(response_id=r.id, question_id=qid, score=score, text=text)
        for r, answers in made
        for qid, score, text in answers
    )
    session.flush()
    return [r.id for r, _ in made]
