"""A survey's results: satisfaction by question (the mean of the 1–5 answers and how many gave
each), by department, programme or institution, and the enterprise's surveys term by term; the
free-text answers; and the warnings where a mean falls below the survey's level.

What the results never show, whatever the survey: who answered what. No name, no learner id
leaves this module, free texts are listed in text order (never in the order typed in), and a
breakdown never shows a group with fewer answer sheets than the survey's minimum (3 unless set):
such groups are merged into one row 其他; when that row itself would be smaller than the minimum,
the smallest shown groups join it until it is not — else the total minus the shown groups would
give the small group's figures away.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from qiuxue_desktop.domain import Department, Institution, Programme
from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.domain.surveys import (
    CHOICE,
    SCALE,
    SCALE_LABELS,
    TEXT,
    Survey,
    SurveyAnswer,
    SurveyQuestion,
    SurveyResponse,
)
from qiuxue_desktop.errors import InputRejected
from qiuxue_desktop.services.auth import require
from qiuxue_desktop.services.surveys import SurveyInfo, survey_info

DIMENSIONS: dict[str, str] = {
    "question": "按题目",
    "department": "按部门",
    "programme": "按专业",
    "institution": "按院校",
    "term": "按学期",
}
UNKNOWN_GROUP = "未填写"
_CENT = Decimal("0.01")


def mean_of(total: int, n: int) -> Decimal | None:
    if not n:
        return None
    return (Decimal(total) / Decimal(n)).quantize(_CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True, slots=True)
class QuestionResult:
    position: int
    text: str
    kind: str
    topic: str
    answers: int  # sheets that answered it
    mean: Decimal | None  # scale questions
    counts: tuple[tuple[str, int], ...]  # (option or scale word, how many), in the form's order
    below: bool


@dataclass(frozen=True, slots=True)
class GroupResult:
    label: str
    sheets: int
    mean: Decimal | None  # None when the group is too small to show, or has no scale answer
    below: bool
    merged: int = 0  # for 其他: how many groups it stands for


@dataclass(frozen=True, slots=True)
class FreeText:
    position: int
    question: str
    answers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SurveyResults:
    survey: SurveyInfo
    enterprise: str
    sheets: int
    mean: Decimal | None  # every 1–5 answer of the survey
    questions: tuple[QuestionResult, ...]
    dimension: str
    groups: tuple[GroupResult, ...]  # empty for "question"
    free_texts: tuple[FreeText, ...]
    warnings: tuple[str, ...]

    @property
    def warn_below(self) -> Decimal:
        return self.survey.warn_below

    @property
    def title(self) -> str:
        return f"{self.survey.title}（{self.survey.term}）结果"

    def privacy_note(self) -> str:
        named = "匿名问卷，不记录答卷人" if self.survey.anonymous else "记名问卷，但结果不显示任何人的答案"
        return (
            f"{named}；分组统计中答卷少于{self.survey.min_group}份的组不单独列出，合并为“其他”；"
            "文字意见按内容排序，不按录入顺序。"
        )

    def texts(self) -> list[tuple[str, str]]:
        """Every text that goes on paper, with where it comes from (the fonts' check)."""
        out = [("问卷标题", self.title), ("企业名称", self.enterprise)]
        out += [(f"第{q.position}题", q.text + "".join(c for c, _ in q.counts)) for q in self.questions]
        out += [(f"分组“{g.label}”", g.label) for g in self.groups]
        out += [(f"第{t.position}题的意见", a) for t in self.free_texts for a in t.answers]
        out += [("预警", w) for w in self.warnings]
        return out


def _questions(session: Session, info: SurveyInfo) -> list[QuestionResult]:
    counts: dict[int, dict[int, int]] = {}
    answered: dict[int, int] = {}
    rows = session.execute(
        select(SurveyAnswer.question_id, SurveyAnswer.score, func.count())
        .join(SurveyResponse, SurveyResponse.id == SurveyAnswer.response_id)
        .where(SurveyResponse.survey_id == info.id)
        .group_by(SurveyAnswer.question_id, SurveyAnswer.score)
    )
    for qid, score, n in rows:
        answered[qid] = answered.get(qid, 0) + int(n)
        if score is not None:
            counts.setdefault(qid, {})[int(score)] = int(n)
    out = []
    level = info.warn_below
    for q in info.questions:
        got = counts.get(q.id, {})
        mean = None
        shown: tuple[tuple[str, int], ...] = ()
        if q.kind == SCALE:
            mean = mean_of(sum(s * n for s, n in got.items()), sum(got.values()))
            shown = tuple((SCALE_LABELS[s], got.get(s, 0)) for s in (5, 4, 3, 2, 1))
        elif q.kind == CHOICE:
            shown = tuple((o, got.get(i, 0)) for i, o in enumerate(q.options, start=1))
        below = mean is not None and mean < level
        out.append(
            QuestionResult(q.position, q.text, q.kind, q.topic, answered.get(q.id, 0), mean, shown, below)
        )
    return out


def _group_column(dimension: str) -> tuple[Any, Any, Select[Any]]:
    """(key column, label column, the select joined to reach them) for a breakdown."""
    base = select(SurveyResponse.id)
    if dimension == "department":
        return (
            SurveyResponse.department_id,
            Department.name,
            base.outerjoin(Department, Department.id == SurveyResponse.department_id),
        )
    joined = base.outerjoin(Programme, Programme.id == SurveyResponse.programme_id).outerjoin(
        Institution, Institution.id == Programme.institution_id
    )
    if dimension == "programme":
        return SurveyResponse.programme_id, Institution.name + " " + Programme.name, joined
    return Programme.institution_id, Institution.name, joined


def _raw_groups(session: Session, info: SurveyInfo, dimension: str) -> list[tuple[str, int, int, int]]:
    """(label, sheets, sum of 1–5 answers, how many) per group, the unknown group last."""
    key, label, stmt = _group_column(dimension)
    sheets = stmt.with_only_columns(key, label, func.count(SurveyResponse.id)).where(
        SurveyResponse.survey_id == info.id
    )
    scored = (
        stmt.with_only_columns(key, func.sum(SurveyAnswer.score), func.count(SurveyAnswer.score))
        .join(SurveyAnswer, SurveyAnswer.response_id == SurveyResponse.id)
        .join(SurveyQuestion, SurveyQuestion.id == SurveyAnswer.question_id)
        .where(SurveyResponse.survey_id == info.id, SurveyQuestion.kind == SCALE)
    )
    sums = {k: (int(t or 0), int(n)) for k, t, n in session.execute(scored.group_by(key))}
    out = []
    for k, name, n in session.execute(sheets.group_by(key, label)):
        total, count = sums.get(k, (0, 0))
        out.append((name if k is not None and name else UNKNOWN_GROUP, int(n), total, count))
    out.sort(key=lambda g: (g[0] == UNKNOWN_GROUP, -g[1], g[0]))
    return out


def suppress_small(
    groups: Sequence[tuple[str, int, int, int]], minimum: int, level: Decimal
) -> list[GroupResult]:
    """Groups as shown: each with at least `minimum` sheets; the others merged into 其他, which
    takes the smallest shown groups along while it has fewer than `minimum` (but any)."""
    shown = sorted((g for g in groups if g[1] >= minimum), key=lambda g: (g[0] == UNKNOWN_GROUP, -g[1], g[0]))
    small = [g for g in groups if g[1] < minimum]
    while small and sum(g[1] for g in small) < minimum and shown:
        smallest = min(reversed(shown), key=lambda g: g[1])
        shown.remove(smallest)
        small.append(smallest)
    out = []
    for label, sheets, total, count in shown:
        mean = mean_of(total, count)
        out.append(GroupResult(label, sheets, mean, mean is not None and mean < level))
    if small:
        sheets = sum(g[1] for g in small)
        mean = mean_of(sum(g[2] for g in small), sum(g[3] for g in small)) if sheets >= minimum else None
        label = f"其他（{len(small)}个组，每组不足{minimum}份）" if len(small) > 1 else "其他"
        out.append(GroupResult(label, sheets, mean, mean is not None and mean < level, merged=len(small)))
    return out


def _terms(session: Session, info: SurveyInfo) -> list[tuple[str, int, int, int]]:
    sheets = {
        str(term): int(n)
        for term, n in session.execute(
            select(Survey.term, func.count(SurveyResponse.id))
            .join(SurveyResponse, SurveyResponse.survey_id == Survey.id)
            .where(Survey.enterprise_id == info.enterprise_id)
            .group_by(Survey.term)
        )
    }
    sums = {
        term: (int(t or 0), int(n))
        for term, t, n in session.execute(
            select(Survey.term, func.sum(SurveyAnswer.score), func.count(SurveyAnswer.score))
            .join(SurveyResponse, SurveyResponse.survey_id == Survey.id)
            .join(SurveyAnswer, SurveyAnswer.response_id == SurveyResponse.id)
            .join(SurveyQuestion, SurveyQuestion.id == SurveyAnswer.question_id)
            .where(Survey.enterprise_id == info.enterprise_id, SurveyQuestion.kind == SCALE)
            .group_by(Survey.term)
        )
    }
    return [(term, int(n), *sums.get(term, (0, 0))) for term, n in sorted(sheets.items())]


def _free_texts(session: Session, info: SurveyInfo) -> list[FreeText]:
    by_question: dict[int, list[str]] = {}
    for qid, text in session.execute(
        select(SurveyAnswer.question_id, SurveyAnswer.text)
        .join(SurveyResponse, SurveyResponse.id == SurveyAnswer.response_id)
        .where(SurveyResponse.survey_id == info.id, SurveyAnswer.text != "")
    ):
        by_question.setdefault(qid, []).append(text)
    return [
        FreeText(q.position, q.text, tuple(sorted(by_question.get(q.id, []))))
        for q in info.questions
        if q.kind == TEXT
    ]


def survey_results(session: Session, survey_id: int, dimension: str = "question") -> SurveyResults:
    """The survey's results, broken down by `dimension` (DIMENSIONS)."""
    require(session, Permission.READ)
    if dimension not in DIMENSIONS:
        raise InputRejected(f"没有“{dimension}”这种分组方式。")
    info = survey_info(session, survey_id)
    from qiuxue_desktop.domain import Enterprise

    enterprise = session.get(Enterprise, info.enterprise_id)
    questions = _questions(session, info)
    level = info.warn_below
    if dimension == "question":
        groups: list[GroupResult] = []
    elif dimension == "term":
        groups = []
        for term, sheets, total, count in _terms(session, info):
            mean = mean_of(total, count) if sheets >= info.min_group else None
            groups.append(GroupResult(term, sheets, mean, mean is not None and mean < level))
    else:
        groups = suppress_small(_raw_groups(session, info, dimension), info.min_group, level)
    totals = [(q, q.mean) for q in questions if q.mean is not None]
    scored = sum(sum(n for _label, n in q.counts) for q, _m in totals)
    weighted = sum(
        sum(n * s for (_label, n), s in zip(q.counts, (5, 4, 3, 2, 1), strict=True)) for q, _m in totals
    )
    warnings = [
        f"第{q.position}题“{q.text}”平均{q.mean}分，低于预警线{level}分。" for q in questions if q.below
    ]
    warnings += [
        f"{DIMENSIONS[dimension][1:]}“{g.label}”平均{g.mean}分，低于预警线{level}分。"
        for g in groups
        if g.below
    ]
    return SurveyResults(
        survey=info,
        enterprise=enterprise.name if enterprise else "",
        sheets=info.responses,
        mean=mean_of(weighted, scored),
        questions=tuple(questions),
        dimension=dimension,
        groups=tuple(groups),
        free_texts=tuple(_free_texts(session, info)),
        warnings=tuple(warnings),
    )
