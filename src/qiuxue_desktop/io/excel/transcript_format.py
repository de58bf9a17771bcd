"""Reading a college's transcript workbook (成绩单): the header row and columns found by their
headers like the roster's, each cell cleaned, every problem named by sheet, row and column.

Pure file work, no database: `read_transcript` returns a ParsedTranscript whose rows hold
the cleaned values; transcript_import.py matches them to enrolments and courses.

| field | headers accepted | |
|---|---|---|
| student_no | 学号, 学生学号, 学籍号 | 学号 or 身份证号 (at least one per row) |
| id_number | 身份证号, 身份证号码, 公民身份号码, 证件号码 | |
| name | 姓名, 学生姓名 | required: must be the matched learner's |
| course | 课程, 课程名称, 课程名 | required: a course of the programme's plan |
| result | 成绩, 总评成绩, 总成绩, 最终成绩, 考试成绩 | required: 0–100 or 优/良/中/及格/不及格/合格/不合格/缺考/免修 |
| term | 学期, 开课学期, 考试学期 | `2025-2026-1`, or the enrolment's term number (3, 第3学期) |
| exam_date | 考试日期, 考试时间 | a date |
| resit | 补考, 是否补考, 考试性质, 考试类型 | 是/否, 补考/重修 or 正考/首考 |
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qiuxue_desktop.domain.grades import ResultProblem, parse_result
from qiuxue_desktop.domain.ids import id_number_problem
from qiuxue_desktop.domain.rules import name_problem
from qiuxue_desktop.domain.terms import parse_term_label
from qiuxue_desktop.io.excel.reader import SheetData, UnreadableWorkbook, read_first_visible_sheet
from qiuxue_desktop.io.excel.roster_format import (
    BY_FIELD,
    CellProblem,
    clean_id_cell,
    clean_name_cell,
    date_cleaner,
    integral_digits,
    is_blank,
    normalize_header,
    shown_value,
)
from qiuxue_desktop.io.excel.sheet_import import (
    HEADER_SEARCH_ROWS,
    ColumnRef,
    ImportIssue,
    WorkbookRejected,
    data_rows,
    fill_vertical_merges,
    find_header,
    map_columns,
    without_gc_pauses,
)
from qiuxue_desktop.progress import NO_PROGRESS, Progress

HEADERS: dict[str, tuple[str, ...]] = {
    "student_no": ("学号", "学生学号", "学籍号"),
    "id_number": BY_FIELD["id_number"].headers,
    "name": ("姓名", "学生姓名"),
    "course": ("课程", "课程名称", "课程名"),
    "result": ("成绩", "总评成绩", "总成绩", "最终成绩", "考试成绩"),
    "term": ("学期", "开课学期", "考试学期"),
    "exam_date": ("考试日期", "考试时间"),
    "resit": ("补考", "是否补考", "考试性质", "考试类型"),
}
HEADER_INDEX: dict[str, tuple[str, int]] = {
    normalize_header(h): (f, rank) for f, hs in HEADERS.items() for rank, h in enumerate(hs)
}
_KEYS = {f: frozenset(normalize_header(h) for h in hs) for f, hs in HEADERS.items()}
_RESIT_WORDS = {
    "是": True,
    "补考": True,
    "重修": True,
    "缓考": True,
    "y": True,
    "否": False,
    "正考": False,
    "首考": False,
    "初考": False,
    "正常": False,
    "期末": False,
    "n": False,
}
_TERM_NO = re.compile(r"^第?(\d{1,2})学期$|^(\d{1,2})$")


class TranscriptRejected(WorkbookRejected):
    """The transcript cannot be imported; nothing was written."""

    what = "成绩单"


@dataclass(frozen=True, slots=True)
class TermRef:
    """A 学期 cell: a calendar term (`index`) or the enrolment's own term number (`number`)."""

    index: int | None = None
    number: int | None = None


@dataclass
class ParsedTranscript:
    """What the transcript says, cleaned; `rows[i]` holds the row's fields that were good,
    `row_numbers[i]` its row as Excel shows it."""

    source: str
    sheet: str
    header_row: int
    columns: dict[str, ColumnRef]
    rows: list[dict[str, Any]]
    row_numbers: list[int]
    issues: list[ImportIssue]
    sheet_data: SheetData


def _clean_student_no(value: object) -> str:
    if isinstance(value, str):
        text = "".join(unicodedata.normalize("NFKC", value).split())
    else:
        digits = integral_digits(value)
        if digits is None:
            raise CellProblem(f"学号“{shown_value(value)}”不是学号")
        text = digits
    if not re.fullmatch(r"[0-9A-Za-z\-_]{1,30}", text):
        raise CellProblem(f"学号“{text}”只能由字母、数字或短横线组成（最多30位）")
    return text


def _clean_id(value: object) -> str:
    number = clean_id_cell(value)
    problem = id_number_problem(number)
    if problem:
        raise CellProblem(problem)
    return number


def _clean_name(value: object) -> str:
    name = clean_name_cell(value)
    problem = name_problem(name)
    if problem:
        raise CellProblem(problem)
    return name


def course_key(name: str) -> str:
    """How course names are compared: NFKC (full-width brackets folded), no spaces."""
    return "".join(unicodedata.normalize("NFKC", name).split())


def _clean_course(value: object) -> str:
    text = value if isinstance(value, str) else shown_value(value)
    name = " ".join(unicodedata.normalize("NFKC", text).split())
    if len(name) > 60:
        raise CellProblem(f"课程名称最多60个字，这里有{len(name)}个")
    return name


def _clean_result(value: object) -> object:
    try:
        return parse_result(value)
    except ResultProblem as p:
        raise CellProblem(p.message) from None


def _clean_term(value: object) -> TermRef:
    digits = integral_digits(value)
    text = digits if digits is not None else "".join(unicodedata.normalize("NFKC", str(value)).split())
    index = parse_term_label(text)
    if index is not None:
        return TermRef(index=index)
    m = _TERM_NO.match(text)
    if m and 1 <= int(m[1] or m[2]) <= 20:
        return TermRef(number=int(m[1] or m[2]))
    raise CellProblem(f"学期“{shown_value(value)}”应写成2025-2026-1，或第几学期（如3、第3学期）")


def _clean_resit(value: object) -> bool:
    if isinstance(value, bool):
        return value
    key = "".join(unicodedata.normalize("NFKC", str(value)).split()).lower()
    if key in _RESIT_WORDS:
        return _RESIT_WORDS[key]
    raise CellProblem(f"“{shown_value(value)}”无法识别：补考填“是”或“补考”，首次考试填“否”或“正考”")


_CLEANERS: dict[str, Callable[[object], object]] = {
    "student_no": _clean_student_no,
    "id_number": _clean_id,
    "name": _clean_name,
    "course": _clean_course,
    "result": _clean_result,
    "term": _clean_term,
    "exam_date": date_cleaner("考试日期"),
    "resit": _clean_resit,
}
_REQUIRED = ("name", "course", "result")


def _is_header(keys: set[str]) -> bool:
    return bool(
        keys & _KEYS["name"]
        and (keys & _KEYS["student_no"] or keys & _KEYS["id_number"])
        and keys & _KEYS["course"]
        and keys & _KEYS["result"]
    )


def read_transcript(path: Path, progress: Progress = NO_PROGRESS) -> ParsedTranscript:
    """Read and clean a transcript file. Raises TranscriptRejected only when it cannot be read."""
    progress.set(0, 0, "正在读取成绩单")
    try:
        sheet = read_first_visible_sheet(path)
    except UnreadableWorkbook as exc:
        raise TranscriptRejected([ImportIssue("", None, None, exc.message)]) from None
    h = find_header(sheet, _is_header)
    if h is None:
        raise TranscriptRejected(
            [
                ImportIssue(
                    sheet.name,
                    None,
                    None,
                    f"前{HEADER_SEARCH_ROWS}行中没有找到表头：表头行要有“姓名”“课程”“成绩”列，"
                    "以及“学号”或“身份证号”列",
                )
            ]
        )
    with without_gc_pauses():
        return _read_rows(path, sheet, h, progress)


def _read_rows(path: Path, sheet: SheetData, h: int, progress: Progress) -> ParsedTranscript:
    mapped = map_columns(sheet, sheet.cells[h], HEADER_INDEX)
    fill_vertical_merges(sheet, h)
    fields = list(mapped)
    data = data_rows(sheet, h, [mapped[f][0] for f in fields])
    first_row = sheet.top + h + 2
    issues: list[ImportIssue] = []
    rows: list[dict[str, Any]] = []
    progress.set(0, len(data), "正在检查成绩单")
    for i, cells in enumerate(data):
        values: dict[str, Any] = {}
        for f in fields:
            j, ref = mapped[f]
            cell = cells[j]
            if is_blank(cell):
                if f in _REQUIRED:
                    issues.append(
                        ImportIssue(sheet.name, first_row + i, ref.header, f"{ref.header}不能为空", ref.col)
                    )
                continue
            try:
                values[f] = _CLEANERS[f](cell)
            except CellProblem as p:
                issues.append(ImportIssue(sheet.name, first_row + i, ref.header, p.message, ref.col))
        has_no = "student_no" in mapped and not is_blank(cells[mapped["student_no"][0]])
        has_id = "id_number" in mapped and not is_blank(cells[mapped["id_number"][0]])
        if not has_no and not has_id:
            ref = (mapped.get("student_no") or mapped["id_number"])[1]
            issues.append(
                ImportIssue(sheet.name, first_row + i, ref.header, "学号和身份证号至少要填一个", ref.col)
            )
        rows.append(values)
        if not i % 2000:
            progress.set(i)
            progress.check()
    header_row = sheet.excel_row(h)
    if not rows:
        issues.append(ImportIssue(sheet.name, None, None, f"表头（第{header_row}行）下面没有成绩数据"))
    issues.sort(key=lambda x: (x.row or 0, x.col or 0))
    return ParsedTranscript(
        source=path.name,
        sheet=sheet.name,
        header_row=header_row,
        columns={f: ref for f, (_j, ref) in mapped.items()},
        rows=rows,
        row_numbers=[first_row + i for i in range(len(rows))],
        issues=issues,
        sheet_data=sheet,
    )
