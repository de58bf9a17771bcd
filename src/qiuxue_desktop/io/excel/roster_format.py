"""The roster's columns: accepted headers, how each cell is cleaned on import and written on export.

One `Column` per field of services.learners.FIELDS, in the template's order
(cli.md's table, then our optional columns). Each column knows its headers
(the first is the one the template writes), whether it is required, how a
cell becomes a typed value (`clean`, raising CellProblem with a Chinese
reason) and how a value goes back into a cell (`to_cell`), so that
export → import changes nothing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import repeat
from typing import cast

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.utils.datetime import from_excel

from qiuxue_desktop.domain import codes
from qiuxue_desktop.domain.ids import clean_id_number
from qiuxue_desktop.domain.rules import clean_digits, clean_name
from qiuxue_desktop.services.learners import REQUIRED

CellValue = object  # what python-calamine gives: str, int, float, bool, date, datetime, time, timedelta


class CellProblem(Exception):
    """A cell's value cannot be understood; `message` says why in Chinese."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


_TRAILING_NOTE = re.compile(r"(\([^()]*\)|\[[^\[\]]*\]|【[^【】]*】|\*)$")


def normalize_header(text: object) -> str:
    """`身份证号码（18位）*` → `身份证号码`: NFKC, no spaces, trailing notes and `*` dropped."""
    s = "".join(unicodedata.normalize("NFKC", str(text)).split())
    while True:
        shorter = _TRAILING_NOTE.sub("", s).lstrip("*")
        if shorter == s:
            return s
        s = shorter


def legal_text(text: str) -> str:
    """Text without the control characters a workbook cannot hold."""
    return text if text.isprintable() else str(ILLEGAL_CHARACTERS_RE.sub("", text))


def _fold(text: str) -> str:
    """The key a word is looked up by: NFKC, no spaces, ASCII lower-cased."""
    return "".join(unicodedata.normalize("NFKC", text).split()).lower()


def _shown(value: CellValue) -> str:
    """A cell's value as a person sees it, for messages."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e20:
        return f"{value:.0f}"  # an ID number typed as a number shows its lost digits as zeros
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    return text if len(text) <= 40 else text[:40] + "…"


def _integral(value: CellValue) -> str | None:
    """The digits of a number cell when no digit can have been lost, else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value) if 0 <= value < 10**15 else None
    if isinstance(value, float) and value.is_integer() and 0 <= value < 1e15:
        return str(int(value))
    return None


def _text(value: CellValue, label: str) -> str:
    """Free text from a text or number cell; illegal XML characters dropped."""
    if isinstance(value, str):
        return legal_text(value)
    digits = _integral(value)
    if digits is not None:
        return digits
    if isinstance(value, float):
        return repr(value)
    raise CellProblem(f"{label}应填文字，这里是“{_shown(value)}”")


# --- cleaners: one per kind of column, chosen once per column ---------------------------------


def clean_name_cell(value: CellValue) -> str:
    if not isinstance(value, str):
        raise CellProblem(f"姓名应填文字，这里是“{_shown(value)}”")
    return clean_name(legal_text(value))


def clean_id_cell(value: CellValue) -> str:
    if type(value) is str and value.isascii() and value.isalnum():
        return value.upper()  # the usual case: nothing to fold or remove
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        raise CellProblem(
            f"身份证号被Excel存成了数字（{_shown(value)}）：Excel只保留15位有效数字，后几位已经丢失，"
            "无法恢复。请把这一列设为“文本”格式，再重新输入完整的身份证号"
        )
    if not isinstance(value, str):
        raise CellProblem(f"身份证号应填18位号码，这里是“{_shown(value)}”")
    return clean_id_number(value.lstrip("'‘’"))


def clean_phone_cell(value: CellValue) -> str:
    if type(value) is str and value.isascii() and value.isdigit():
        return value  # the usual case: nothing to fold or remove
    if isinstance(value, str):
        phone = clean_digits(value)
        if phone.startswith("+86"):
            phone = phone[3:]
        return phone
    digits = _integral(value)
    if digits is None:
        raise CellProblem(f"手机号应为以1开头的11位数字，这里是“{_shown(value)}”")
    return digits


def clean_region_cell(value: CellValue) -> str:
    """A six-digit region code; words (an address) give "" so that the ID number's region is used."""
    if type(value) is str and value.isascii() and value.isdigit():
        return value  # the usual case: nothing to fold or remove
    if isinstance(value, str):
        text = clean_digits(value)
        return text if any(ch.isdigit() for ch in text) else ""
    digits = _integral(value)
    if digits is None:
        raise CellProblem(f"户籍所在地应为6位行政区划代码，这里是“{_shown(value)}”")
    return digits


def _clean_text(label: str, max_len: int | None) -> Callable[[CellValue], str]:
    """One line of text: full-width forms folded, runs of spaces made one."""

    def clean(value: CellValue) -> str:
        if type(value) is str and value.isascii() and value.isprintable() and "  " not in value:
            text = value.strip()  # the usual case: nothing to fold
        else:
            text = " ".join(unicodedata.normalize("NFKC", _text(value, label)).split())
        if max_len is not None and len(text) > max_len:
            raise CellProblem(f"{label}最多{max_len}个字，这里有{len(text)}个")
        return text

    return clean


def _clean_notes(value: CellValue) -> str:
    return _text(value, "备注").strip()


_DATE_TEXT = re.compile(
    r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
)
_DATE_DIGITS = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_MAX_SERIAL = 2958465  # 9999-12-31


def _clean_date(label: str) -> Callable[[CellValue], dt.date]:
    def from_parts(y: str, m: str, d: str, shown: str) -> dt.date:
        try:
            return dt.date(int(y), int(m), int(d))
        except ValueError:
            raise CellProblem(f"{label}“{shown}”不是真实的日期") from None

    def clean(value: CellValue) -> dt.date:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            if 1 <= value <= _MAX_SERIAL:
                return cast(dt.datetime, from_excel(value)).date()
            digits = _integral(value)
            if digits is not None and (m := _DATE_DIGITS.match(digits)):
                return from_parts(m[1], m[2], m[3], digits)
        elif isinstance(value, str):
            text = " ".join(unicodedata.normalize("NFKC", value).split())
            m = _DATE_TEXT.match(text) or _DATE_DIGITS.match(text)
            if m:
                return from_parts(m[1], m[2], m[3], value.strip())
        raise CellProblem(f"{label}“{_shown(value)}”不是日期：请写成2024-03-01、2024/3/1或2024年3月1日")

    return clean


# Shared with the other workbook imports (transcript_import.py): one way to read a cell.
date_cleaner = _clean_date
text_cleaner = _clean_text
shown_value = _shown
integral_digits = _integral

_MEMO_LIMIT = 4096


def _coded(
    lookup: Callable[[str], str | None], problem: Callable[[CellValue], str]
) -> Callable[[CellValue], str]:
    """A coded column's cleaner: what a person writes (a word, a code, a number) → the code.

    A roster repeats a handful of words thousands of times: what a text cell
    gave is remembered, so most cells cost one dictionary look-up.
    """
    memo: dict[str, str] = {}

    def clean(value: CellValue) -> str:
        if type(value) is str:
            hit = memo.get(value)
            if hit is not None:
                return hit
            code = lookup(_fold(value))
            if code is not None and len(memo) < _MEMO_LIMIT:
                memo[value] = code
        else:
            digits = _integral(value)
            code = lookup(digits) if digits is not None else None
        if code is None:
            raise CellProblem(problem(value))
        return code

    return clean


def _clean_word(label: str, words: dict[str, str], choices: str) -> Callable[[CellValue], str]:
    return _coded(words.get, lambda v: f"{label}“{_shown(v)}”无法识别，可填：{choices}")


_clean_ethnic = _coded(
    lambda key: codes.ethnic_code(key) if key else None,
    lambda v: f"民族“{_shown(v)}”无法识别：请填民族名称（如“汉族”“壮族”）或两位数字代码",
)


_YES = {"是", "y", "yes", "true", "1", "√", "✓", "会员", "是会员"}
_NO = {"否", "n", "no", "false", "0", "×", "x", "非会员", "不是"}


def _clean_union(value: CellValue) -> bool:
    if isinstance(value, bool):
        return value
    key = _fold(value) if isinstance(value, str) else _integral(value)
    if key in _YES:
        return True
    if key in _NO:
        return False
    raise CellProblem(f"工会会员“{_shown(value)}”无法识别，可填：是、否")


def _words(table: dict[str, str], extra: dict[str, str]) -> dict[str, str]:
    """Labels and codes of a code table plus the other words people write, keyed by _fold."""
    words = {_fold(label): code for code, label in table.items()}
    words.update({code: code for code in table})
    words.update({_fold(w): code for w, code in extra.items()})
    return words


GENDER_WORDS = _words(codes.GENDERS, {"男性": "1", "女性": "2"})
POST_WORDS = _words(codes.POST_CATEGORIES, {"一线职工": "1", "是": "1", "否": "2", "非一线": "2"})
HUKOU_WORDS = _words(
    codes.HUKOU_TYPES,
    {"农业": "1", "农业户口": "1", "农村户口": "1", "非农业": "2", "非农业户口": "2", "城镇户口": "2"},
)
EDUCATION_WORDS = _words(
    codes.PRIOR_EDUCATION,
    {
        "小学": "1",
        "初中": "1",
        "高中": "2",
        "中专": "2",
        "职高": "2",
        "技校": "2",
        "大专": "3",
        "专科": "3",
        "本科": "4",
        "硕士": "4",
        "研究生": "4",
        "博士": "4",
    },
)
WORKER_WORDS = _words(codes.WORKER_CATEGORIES, {})


class _Missing:
    """The value of a cell that gives none: bad, or empty where the ID number decides."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING: object = _Missing()
_UNKNOWN: object = _Missing()  # a memo miss: not cleaned yet


# --- the columns --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Column:
    field: str
    headers: tuple[str, ...]  # accepted headers; the first is written by the template
    kind: str  # "text", "id", "digits", "date", "code", "bool"
    clean: Callable[[CellValue], object]
    empty: object  # an empty cell's value in an optional column (MISSING: derived from the ID number)
    width: int
    explain: str  # what the 填写说明 sheet says
    labels: tuple[str, ...] = ()  # drop-down choices (coded columns)

    @property
    def header(self) -> str:
        return self.headers[0]

    @property
    def required(self) -> bool:
        return self.field in REQUIRED


def _labels(table: dict[str, str]) -> tuple[str, ...]:
    return tuple(table.values())


COLUMNS: tuple[Column, ...] = (
    Column(
        "name", ("姓名",), "text", clean_name_cell, "", 10, "姓名，空格会被去掉；最多30个字，不能有数字。"
    ),
    Column(
        "id_number",
        ("身份证号", "身份证号码", "公民身份号码", "证件号码"),
        "id",
        clean_id_cell,
        "",
        22,
        "18位居民身份证号码，最后一位可以是X；校验码和其中的出生日期必须正确。"
        "请把这一列设为“文本”格式：存成数字的身份证号只剩15位有效数字，会被拒绝。同一文件中不能重复。",
    ),
    Column(
        "gender",
        ("性别",),
        "code",
        _clean_word("性别", GENDER_WORDS, "男、女"),
        MISSING,
        6,
        "男或女。可以不填：按身份证号得出；填了就必须与身份证号一致。",
        _labels(codes.GENDERS),
    ),
    Column(
        "ethnic_group",
        ("民族",),
        "code",
        _clean_ethnic,
        codes.DEFAULT_ETHNIC,
        10,
        "民族名称，带不带“族”都可以（汉、汉族、壮族），或两位数字代码（GB/T 3304）。不填视为汉族。",
        _labels(codes.ETHNIC_GROUPS),
    ),
    Column(
        "phone",
        ("手机号", "手机号码", "联系电话", "手机"),
        "digits",
        clean_phone_cell,
        "",
        14,
        "11位手机号码，以1开头（平台只接受手机号）。",
    ),
    Column(
        "department",
        ("部门", "所在部门", "车间"),
        "text",
        _clean_text("部门", 60),
        "",
        14,
        "所在部门或车间的名称；系统中没有的部门会自动新建。",
    ),
    Column(
        "post_category",
        ("岗位类别", "是否一线", "一线职工"),
        "code",
        _clean_word("岗位类别", POST_WORDS, "一线、其他（或：是、否）"),
        "",
        10,
        "一线或其他；也可以填“一线职工”“是”（一线）或“否”（其他）。",
        _labels(codes.POST_CATEGORIES),
    ),
    Column(
        "hire_date",
        ("入职日期", "入职时间"),
        "date",
        _clean_date("入职日期"),
        "",
        12,
        "日期，如2024-03-01、2024/3/1、2024.3.1或2024年3月1日；不能晚于今天。",
    ),
    Column(
        "hukou_type",
        ("户籍性质", "户口性质"),
        "code",
        _clean_word("户籍性质", HUKOU_WORDS, "农村、城镇（或：农业户口、非农业户口）"),
        "",
        10,
        "农村或城镇；也可以填“农业”“农业户口”（农村）或“非农业”“非农业户口”（城镇）。",
        _labels(codes.HUKOU_TYPES),
    ),
    Column(
        "hukou_place",
        ("户籍所在地", "户籍地址"),
        "digits",
        clean_region_cell,
        MISSING,
        12,
        "6位行政区划代码（GB/T 2260），如320102。不填或填地址文字时，按身份证号前6位得出。",
    ),
    Column(
        "prior_education",
        ("原学历", "文化程度", "最高学历"),
        "code",
        _clean_word("原学历", EDUCATION_WORDS, "初中及以下、高中/中专/技校、大专、本科及以上"),
        "",
        16,
        "平台的四档之一：初中及以下、高中/中专/技校、大专、本科及以上；"
        "也可以写小学、初中、高中、中专、职高、技校、大专、专科、本科、硕士、研究生、博士。",
        _labels(codes.PRIOR_EDUCATION),
    ),
    Column(
        "employee_no",
        ("工号", "员工号", "职工号", "员工编号"),
        "digits",
        _clean_text("工号", 30),
        "",
        10,
        "企业内部的工号，可不填；最多30个字符。以0开头的工号请把这一列设为文本格式。",
    ),
    Column(
        "worker_category",
        ("职工类别",),
        "code",
        _clean_word("职工类别", WORKER_WORDS, "农民工、产业工人、其他"),
        codes.DEFAULT_WORKER_CATEGORY,
        10,
        "农民工、产业工人或其他，可不填（视为其他）。",
        _labels(codes.WORKER_CATEGORIES),
    ),
    Column(
        "union_member",
        ("工会会员", "是否工会会员"),
        "bool",
        _clean_union,
        False,
        10,
        "是或否，可不填（视为否）。",
        ("是", "否"),
    ),
    Column(
        "union_card_no",
        ("会员证号", "工会会员证号"),
        "digits",
        _clean_text("会员证号", 40),
        "",
        16,
        "工会会员证号，可不填；最多40个字符。",
    ),
    Column(
        "leave_date",
        ("离职日期", "离职时间"),
        "date",
        _clean_date("离职日期"),
        None,
        12,
        "已离职学员的离职日期，在职的不填；不能早于入职日期。",
    ),
    Column("notes", ("备注",), "text", _clean_notes, "", 30, "任意说明，可不填。"),
)
BY_FIELD: dict[str, Column] = {c.field: c for c in COLUMNS}
# Normalised header → (field, rank of the header among the field's synonyms).
HEADER_INDEX: dict[str, tuple[str, int]] = {
    normalize_header(h): (c.field, rank) for c in COLUMNS for rank, h in enumerate(c.headers)
}
NAME_HEADERS = frozenset(normalize_header(h) for h in BY_FIELD["name"].headers)
ID_HEADERS = frozenset(normalize_header(h) for h in BY_FIELD["id_number"].headers)

_CODE_TABLES: dict[str, dict[str, str]] = {
    "gender": codes.GENDERS,
    "ethnic_group": codes.ETHNIC_GROUPS,
    "post_category": codes.POST_CATEGORIES,
    "hukou_type": codes.HUKOU_TYPES,
    "prior_education": codes.PRIOR_EDUCATION,
    "worker_category": codes.WORKER_CATEGORIES,
}


# --- cleaning a whole column at once ------------------------------------------------------------


_MEMO_TYPES = (str, dt.date)  # hashable and never equal to a value of another type (unlike 1 == True)


def is_blank(value: CellValue) -> bool:
    return type(value) is str and (not value or value.isspace())


@dataclass(frozen=True, slots=True)
class CleanedColumn:
    values: list[object]  # typed values; MISSING where `problems` has the position or the cell was empty
    problems: dict[int, str]  # position → reason
    missing: list[int]  # positions holding MISSING


def clean_column(column: Column, cells: Sequence[CellValue]) -> CleanedColumn:
    """Clean one column's cells. An empty cell gives the column's `empty` value, a problem when
    the column is required, or MISSING when the value comes from the ID number.

    Column by column rather than row by row: a roster repeats a handful of words and dates
    thousands of times, so coded and date columns cost one dictionary look-up a cell.
    """
    clean = column.clean
    required = column.required
    # What an empty cell gives: the column's default, or MISSING (required, or derived from the ID).
    blank_value = MISSING if required else column.empty
    memo: dict[object, object] = {"": blank_value}
    out: list[object]
    if column.kind in ("code", "date", "bool") or column.field == "department":
        # Clean each distinct text or date once; numbers and booleans (1 == 1.0 == True) go one by one.
        for v in set(cells):
            if isinstance(v, _MEMO_TYPES) and v not in memo:
                with contextlib.suppress(CellProblem):
                    memo[v] = blank_value if is_blank(v) else clean(v)
        out = list(map(memo.get, cells, repeat(_UNKNOWN)))
    else:
        try:
            out = [blank_value if v.__class__ is str and (not v or v.isspace()) else clean(v) for v in cells]
        except CellProblem:
            out = [_UNKNOWN] * len(cells)
    problems: dict[int, str] = {}
    missing: list[int] = []
    if _UNKNOWN not in out and MISSING not in out:
        return CleanedColumn(out, problems, missing)
    for i, x in enumerate(out):
        if x is _UNKNOWN:
            v = cells[i]
            if is_blank(v):
                x = blank_value
            else:
                try:
                    x = clean(v)
                except CellProblem as p:
                    problems[i] = p.message
                    x = MISSING
            out[i] = x
        if x is MISSING:
            if required and i not in problems:
                problems[i] = f"{column.header}不能为空"
            missing.append(i)
    return CleanedColumn(out, problems, missing)


def to_cell(field: str, value: object) -> object:
    """A stored value as the roster shows it: codes as labels, dates as dates, 是/否."""
    if value is None:
        return None
    table = _CODE_TABLES.get(field)
    if table is not None:
        return table.get(str(value), value)
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, str):
        return legal_text(value) or None
    return value


def display(field: str, value: object) -> str:
    """A stored value as one line of text (the import preview's old → new)."""
    shown = to_cell(field, value)
    if shown is None:
        return ""
    if isinstance(shown, dt.date):
        return shown.isoformat()
    return str(shown)
