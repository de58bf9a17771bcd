"""Reading a course result as a college writes it: a score (0–100, one decimal at most) or a
grade word (优/良/中/及格/不及格, 合格/不合格, 缺考, 免修), and whether it passes.

`parse_result` takes what a form or a workbook cell gives (text, int or float) and
returns a ParsedResult, or raises ResultProblem with a Chinese sentence.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from qiuxue_desktop.domain.programme import from_x10
from qiuxue_desktop.domain.study_codes import GRADES, PASS_SCORE

# What people write for each grade (after NFKC and removing spaces).
GRADE_WORDS: dict[str, str] = {
    **{g: g for g in GRADES},
    "优秀": "优",
    "良好": "良",
    "中等": "中",
    "通过": "合格",
    "不通过": "不合格",
    "未通过": "不合格",
    "缺席": "缺考",
    "免考": "免修",
}
_SCORE = re.compile(r"^\d{1,3}(\.\d)?$")


class ResultProblem(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True, slots=True)
class ParsedResult:
    score_x10: int | None  # tenths of a point; None when a grade is given
    grade: str  # "" when a score is given
    passed: bool

    @property
    def score(self) -> Decimal | None:
        return None if self.score_x10 is None else from_x10(self.score_x10)

    @property
    def shown(self) -> str:
        """As a transcript shows it: `85.5` or `良`."""
        return self.grade if self.score_x10 is None else str(from_x10(self.score_x10))


def result_of(score_x10: int | None, grade: str) -> ParsedResult:
    """A stored result's values as a ParsedResult."""
    if score_x10 is None:
        return ParsedResult(None, grade, GRADES.get(grade, False))
    return ParsedResult(score_x10, "", score_x10 >= PASS_SCORE * 10)


def _score(text: str, shown: str) -> ParsedResult:
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ResultProblem(f"成绩“{shown}”不是分数") from None
    if not Decimal(0) <= value <= Decimal(100):
        raise ResultProblem(f"成绩“{shown}”应在0到100分之间")
    tenths = value * 10
    if tenths != tenths.to_integral_value():
        raise ResultProblem(f"成绩“{shown}”最多保留一位小数")
    return result_of(int(tenths), "")


def parse_result(value: object) -> ParsedResult:
    """A score or a grade, as typed or as a workbook cell holds it."""
    if isinstance(value, bool):
        raise ResultProblem(f"成绩“{value}”不是分数或等级")
    if isinstance(value, int):
        return _score(str(value), str(value))
    if isinstance(value, float):
        if value != value:  # NaN
            raise ResultProblem("成绩不是数字")
        return _score(repr(round(value, 6)), f"{value:g}")
    if isinstance(value, Decimal):
        return _score(str(value), str(value))
    if not isinstance(value, str):
        raise ResultProblem(f"成绩“{value}”不是分数或等级")
    text = "".join(unicodedata.normalize("NFKC", value).split())
    if not text:
        raise ResultProblem("成绩不能为空")
    number = text.removesuffix("分")
    if _SCORE.match(number) or number.replace(".", "", 1).isdigit():
        return _score(number, value.strip())
    grade = GRADE_WORDS.get(text)
    if grade is None:
        raise ResultProblem(
            f"成绩“{value.strip()}”无法识别：请填0–100的分数，或优、良、中、及格、不及格、合格、不合格、缺考、免修"
        )
    return result_of(None, grade)
