"""Checking a diploma (or certificate) number against its published layout.

- 普通/成人/网络 higher education (levels 高起专, 专升本, 高起本): 18 digits — the
  institution's five-digit national code, the 办学类型 digit (1 普通, 5 成人,
  6 自考/文凭考试, 7 网络), the four-digit graduation year, the 层次 digits
  (05 本科, 06 专科) and a six-digit serial. (The domain brief counts the serial as
  five digits, which would make 17 in all; the Ministry's rule, as reposted, puts
  the serial in digits 13–18 since numbers grew to 18 digits in 2002.)
- 自学考试 diplomas are numbered by the province's examination board: 17 digits —
  办学类型 6, a level digit, the province, city and county codes, the two-digit
  year, the half-year sitting, a five-digit candidate serial and a check digit. The
  check digit's algorithm is not published, so it is not verified here.
- 职业技能等级证书: 22 characters — Y (employer) or S (social body), the four-digit
  evaluator code, the two-digit province, the six-digit site, the two-digit year,
  the level 1–5 and a six-digit serial (brief §5).
- 中职 diplomas have no national layout: 1–30 letters or digits.

`diploma_problem` returns None or one sentence in Chinese.
"""

from __future__ import annotations

import re
import unicodedata

from qiuxue_desktop.domain.codes import PROVINCES
from qiuxue_desktop.domain.study_codes import (
    DIPLOMA_LEVEL,
    LEVELS,
    SCHOOL_TYPE_LABELS,
    SCHOOL_TYPES,
    STUDY_FORMS,
)

_SKILL = re.compile(r"^[YS]\d{21}$")
_FREE = re.compile(r"^[0-9A-Z]{1,30}$")
_DIPLOMA_LEVEL_LABEL = {"05": "本科", "06": "专科"}


def clean_diploma_number(raw: str) -> str:
    """Full-width forms folded, spaces and dashes removed, letters upper-cased."""
    text = unicodedata.normalize("NFKC", raw)
    return "".join(text.split()).replace("-", "").upper()


def diploma_problem(
    number: str, *, institution_code: str, level: str, study_form: str, graduation_year: int
) -> str | None:
    """None when `number` (cleaned) fits the layout of a diploma of this kind, else the reason."""
    if not number:
        return "毕业须填写毕业证书编号"
    if level == "5":
        return _skill_problem(number, graduation_year)
    if level == "4":
        if not _FREE.match(number):
            return f"中职毕业证书编号只能由字母和数字组成（最多30位），这里是“{number}”"
        return None
    if level not in DIPLOMA_LEVEL:
        return f"未知的层次代码“{level}”"
    if study_form == "4" and len(number) == 17:
        return _self_study_problem(number, graduation_year)
    return _higher_problem(number, institution_code, level, study_form, graduation_year)


def _higher_problem(number: str, school: str, level: str, form: str, year: int) -> str | None:
    if not number.isdigit() or len(number) != 18:
        also = "（自学考试的毕业证书编号为17位）" if form == "4" else ""
        return f"毕业证书编号应为18位数字{also}，这里是“{number}”（{len(number)}位）"
    if number[:5] != school:
        return f"毕业证书编号前5位“{number[:5]}”应为院校代码{school}"
    kind = number[5]
    allowed = SCHOOL_TYPES.get(form, ())
    if kind not in allowed:
        shown = SCHOOL_TYPE_LABELS.get(kind, "未知")
        want = "或".join(f"{k}（{SCHOOL_TYPE_LABELS[k]}）" for k in allowed) or "无"
        return (
            f"毕业证书编号第6位办学类型是{kind}（{shown}），"
            f"与学习形式“{STUDY_FORMS.get(form, form)}”不符，应为{want}"
        )
    if int(number[6:10]) != year:
        return f"毕业证书编号第7–10位年份是{number[6:10]}，与毕业日期的年份{year}不符"
    want_level = DIPLOMA_LEVEL[level]
    if number[10:12] != want_level:
        return (
            f"毕业证书编号第11–12位层次是{number[10:12]}，层次“{LEVELS[level]}”"
            f"应为{want_level}（{_DIPLOMA_LEVEL_LABEL[want_level]}）"
        )
    return None


def _self_study_problem(number: str, year: int) -> str | None:
    if not number.isdigit():
        return f"自学考试毕业证书编号应为17位数字，这里是“{number}”"
    if number[0] != "6":
        return f"自学考试毕业证书编号第1位办学类型应为6，这里是{number[0]}"
    if number[2:4] not in PROVINCES:
        return f"自学考试毕业证书编号第3–4位“{number[2:4]}”不是省级行政区代码"
    if int(number[8:10]) != year % 100:
        return f"自学考试毕业证书编号第9–10位年度是{number[8:10]}，与毕业日期的年份{year}不符"
    return None


def _skill_problem(number: str, year: int) -> str | None:
    if not _SKILL.match(number):
        return f"职业技能等级证书编号应为22位：Y或S开头，后接21位数字，这里是“{number}”（{len(number)}位）"
    if number[5:7] not in PROVINCES:
        return f"职业技能等级证书编号第6–7位“{number[5:7]}”不是省级行政区代码"
    if int(number[13:15]) != year % 100:
        return f"职业技能等级证书编号第14–15位年份是{number[13:15]}，与发证日期的年份{year}不符"
    if number[15] not in "12345":
        return f"职业技能等级证书编号第16位等级应为1–5，这里是{number[15]}"
    return None
