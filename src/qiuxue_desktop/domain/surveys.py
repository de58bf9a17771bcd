"""Satisfaction surveys (学习满意度): a survey per term with its questions, the answer sheets
(responses) and each sheet's answers.

A survey is anonymous unless it says otherwise. An anonymous survey's response holds NO link to
a learner — not even a hidden one: only the department and the programme the person ticked on the
form, for the breakdowns (services/surveys.py refuses a learner link on an anonymous survey and
refuses changing `anonymous` once answers exist). A non-anonymous survey links each sheet to its
learner. Question kinds: a 1–5 scale (5 = 非常满意), a choice among options (stored as the
option's 1-based number), free text. `topic` groups questions across terms (the trend by term).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from qiuxue_desktop.domain.base import Base, RecordMixin

SCALE, CHOICE, TEXT = "scale", "choice", "text"
QUESTION_KINDS: dict[str, str] = {SCALE: "1–5分满意度", CHOICE: "单选", TEXT: "文字"}
TOPICS: dict[str, str] = {
    "college": "院校",
    "teaching": "教学",
    "timing": "上课与考试时间",
    "support": "企业支持",
    "overall": "总体",
    "other": "其他",
}
# The scale's words, 5 first, as the paper form prints them and online tools export them.
SCALE_LABELS: dict[int, str] = {5: "非常满意", 4: "满意", 3: "一般", 2: "不满意", 1: "非常不满意"}
MIN_GROUP_DEFAULT = 3  # a breakdown never shows a group with fewer answer sheets than this
WARN_BELOW_DEFAULT_X10 = 35  # 3.5 on the 1–5 scale


class Survey(RecordMixin, Base):
    __tablename__ = "survey"
    __table_args__ = (UniqueConstraint("enterprise_id", "term"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprise.id"))
    term: Mapped[str] = mapped_column(String(11))  # `2025-2026-1`
    title: Mapped[str] = mapped_column(String(100))
    intro: Mapped[str] = mapped_column(Text, default="")  # printed above the questions
    anonymous: Mapped[bool] = mapped_column(Boolean, default=True)
    warn_below_x10: Mapped[int] = mapped_column(Integer, default=WARN_BELOW_DEFAULT_X10)  # 35 → 3.5
    min_group: Mapped[int] = mapped_column(Integer, default=MIN_GROUP_DEFAULT)


class SurveyQuestion(Base):
    __tablename__ = "survey_question"
    __table_args__ = (UniqueConstraint("survey_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("survey.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)  # 1, 2, … as numbered on the form
    text: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(10))  # QUESTION_KINDS
    topic: Mapped[str] = mapped_column(String(10), default="other")  # TOPICS
    options: Mapped[str] = mapped_column(Text, default="")  # a choice's options, one a line


class SurveyResponse(Base):
    """One answer sheet. `learner_id` is None on an anonymous survey, always."""

    __tablename__ = "survey_response"
    __table_args__ = (UniqueConstraint("survey_id", "source_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("survey.id"), index=True)
    learner_id: Mapped[int | None] = mapped_column(ForeignKey("learner.id"), index=True, default=None)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"), default=None)
    programme_id: Mapped[int | None] = mapped_column(ForeignKey("programme.id"), default=None)
    source: Mapped[str] = mapped_column(String(10))  # paper (typed in), online (imported)
    # The online tool's sheet number (序号) for an imported sheet: importing again skips it.
    source_key: Mapped[str | None] = mapped_column(String(40), default=None)
    answered_on: Mapped[dt.date | None] = mapped_column(Date, default=None)


class SurveyAnswer(Base):
    __tablename__ = "survey_answer"
    __table_args__ = (
        UniqueConstraint("response_id", "question_id"),
        Index("ix_survey_answer_question", "question_id", "score"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(ForeignKey("survey_response.id"))
    question_id: Mapped[int] = mapped_column(ForeignKey("survey_question.id"))
    score: Mapped[int | None] = mapped_column(Integer, default=None)  # scale 1–5, or the option's number
    text: Mapped[str] = mapped_column(Text, default="")  # a free-text answer


# --- pure rules: what an answer may be, how a question's text is compared --------------------

MAX_TEXT_ANSWER = 1000
# `1、` `12.` `Q3：` `第4题` `(5)` `【单选题】` before or after a question's text, as online tools write it.
_NUMBERING = re.compile(r"^\s*(?:第\s*\d+\s*题|[QqＱｑ]?\s*\d+\s*[、.．:：)）]|[(（]\s*\d+\s*[)）])\s*")
_KIND_NOTE = re.compile(r"[(（【\[]\s*(?:单选|多选|填空|必答|选填|量表|矩阵|评分|打分)[^)）】\]]*[)）】\]]")


class AnswerProblem(Exception):
    """An answer that does not fit its question; `message` says why in Chinese."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def question_key(text: str) -> str:
    """How a question's text is compared: NFKC, the numbering and kind notes (`1、`, `【单选题】`)
    dropped, no spaces, no punctuation, letters lower-cased. `1、您对院校的满意程度？` and
    `您对院校的满意程度` give the same key."""
    s = unicodedata.normalize("NFKC", text)
    s = _NUMBERING.sub("", s, count=1)
    s = _KIND_NOTE.sub("", s)
    return "".join(c for c in s.lower() if c.isalnum())


def option_list(options: str) -> list[str]:
    return [line.strip() for line in options.splitlines() if line.strip()]


_SCALE_WORDS = {
    **{label: score for score, label in SCALE_LABELS.items()},
    "很满意": 5,
    "比较满意": 4,
    "基本满意": 3,
    "一般般": 3,
    "较不满意": 2,
    "很不满意": 1,
}


def parse_answer(kind: str, options: str, value: object) -> tuple[int | None, str] | None:
    """An answer as stored — (score, text) — from what a form or a cell gives; None for no
    answer (empty, 跳过). Raises AnswerProblem for a value the question cannot take."""
    if value is None or isinstance(value, bool):
        if value is None:
            return None
        raise AnswerProblem(f"“{value}”不是这道题可以填的答案")
    if isinstance(value, str):
        text = " ".join(unicodedata.normalize("NFKC", value).split())
        if text in ("", "(跳过)", "(空)", "跳过", "-", "—"):
            return None
    else:
        text = ""
    if kind == TEXT:
        shown = text if isinstance(value, str) else _number_text(value)
        if len(shown) > MAX_TEXT_ANSWER:
            raise AnswerProblem(f"文字答案最多{MAX_TEXT_ANSWER}个字，这里有{len(shown)}个")
        return None, shown
    number = _whole(value) if not isinstance(value, str) else _whole_text(text)
    if kind == SCALE:
        if number is None:
            number = _SCALE_WORDS.get(text.replace(" ", ""))
        if number is None or not 1 <= number <= 5:
            raise AnswerProblem(
                f"“{text or _number_text(value)}”不是1–5分：请填1到5的整数，或“非常满意”到“非常不满意”"
            )
        return number, ""
    if kind == CHOICE:
        opts = option_list(options)
        if number is None:
            folded = {question_key(o): i for i, o in enumerate(opts, start=1)}
            number = folded.get(question_key(text))
        if number is None or not 1 <= number <= len(opts):
            listed = "、".join(f"{i}.{o}" for i, o in enumerate(opts, start=1))
            raise AnswerProblem(f"“{text or _number_text(value)}”不是这道题的选项（{listed}）")
        return number, ""
    raise AnswerProblem(f"题型“{kind}”无法识别")


def _number_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _whole(value: object) -> int | None:
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def _whole_text(text: str) -> int | None:
    m = re.fullmatch(r"(\d{1,2})(?:\.0+)?\s*分?", text)
    return int(m[1]) if m else None
