"""Reading an online survey tool's export (问卷星, 腾讯问卷 and the like): one row per answer
sheet, one column per question headed by its text (`1、您对…的满意程度`), plus columns the
tool adds (序号, 提交答卷时间, 所用时间, 来源, IP …) that are ignored.

Each column is matched to one of the survey's questions by its text (services' question_key:
the numbering, kind notes like 【单选题】, spaces and punctuation do not count). A column that is
neither a question, nor one of the tool's own columns, nor the person's department or programme,
nor (on a named survey) the person's 工号/身份证号/姓名, refuses the file with the columns named;
so does a question of the survey that no column holds. Answers are cleaned cell by cell with the
survey's rules (domain.surveys.parse_answer), every problem named by row and column. Pure file
work: the department, programme and learner are matched in services/survey_import.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from qiuxue_desktop.domain.surveys import AnswerProblem, parse_answer, question_key
from qiuxue_desktop.io.excel.reader import SheetData, UnreadableWorkbook, read_first_visible_sheet
from qiuxue_desktop.io.excel.roster_format import (
    CellProblem,
    clean_id_cell,
    is_blank,
    normalize_header,
    shown_value,
)
from qiuxue_desktop.io.excel.sheet_import import (
    HEADER_SEARCH_ROWS,
    ImportIssue,
    WorkbookRejected,
    data_rows,
    find_header,
)
from qiuxue_desktop.progress import NO_PROGRESS, Progress

# The tools' own columns, by question_key: read for 序号 (the sheet's number), else ignored.
TOOL_COLUMNS = frozenset(
    question_key(h)
    for h in (
        "序号",
        "编号",
        "答卷编号",
        "答卷序号",
        "提交答卷时间",
        "提交时间",
        "答题时间",
        "开始时间",
        "结束时间",
        "填写时间",
        "开始答题时间",
        "所用时间",
        "答题时长",
        "填写时长",
        "来源",
        "来源详情",
        "来自IP",
        "IP",
        "IP地址",
        "IP属地",
        "地理位置",
        "总分",
        "微信昵称",
        "昵称",
        "用户名",
        "用户ID",
        "设备",
        "浏览器",
        "操作系统",
        "填写设备",
        "渠道",
    )
)
SHEET_NUMBER = frozenset(question_key(h) for h in ("序号", "编号", "答卷编号", "答卷序号"))
DEPARTMENT = frozenset(
    question_key(h)
    for h in ("部门", "所在部门", "您所在的部门", "您所在部门", "车间", "所在车间", "您所在的车间")
)
PROGRAMME = frozenset(
    question_key(h)
    for h in ("专业", "就读专业", "所学专业", "您就读的专业", "您所学的专业", "您就读的院校和专业")
)
EMPLOYEE_NO = frozenset(question_key(h) for h in ("工号", "员工号", "员工编号", "您的工号"))
ID_NUMBER = frozenset(question_key(h) for h in ("身份证号", "身份证号码", "公民身份号码", "证件号码"))
NAME = frozenset(question_key(h) for h in ("姓名", "您的姓名", "学员姓名"))


class SurveyExportRejected(WorkbookRejected):
    """The export cannot be imported; nothing was written."""

    what = "问卷数据"


@dataclass(frozen=True, slots=True)
class QuestionSpec:
    """What the reader needs of a question (services.surveys.QuestionInfo has it)."""

    id: int
    position: int
    text: str
    kind: str
    options: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ExportRow:
    row: int  # as Excel shows it
    answers: dict[int, tuple[int | None, str]]  # question id → (score, text)
    department: str = ""
    programme: str = ""
    employee_no: str = ""
    id_number: str = ""
    sheet_number: str = ""


@dataclass
class ParsedSurveyExport:
    source: str
    sheet: str
    header_row: int
    sheet_data: SheetData
    rows: list[ExportRow]
    issues: list[ImportIssue]
    anonymous: bool
    columns: dict[str, tuple[str, int]] = field(default_factory=dict)  # role → (header, column)
    ignored: list[str] = field(default_factory=list)  # the tool's columns (and names, when anonymous)


def _header_text(value: object) -> str:
    return " ".join(str(value).split())


def read_survey_export(
    path: Path, questions: Sequence[QuestionSpec], *, anonymous: bool, progress: Progress = NO_PROGRESS
) -> ParsedSurveyExport:
    """Read and clean an export for a survey with `questions`. Raises SurveyExportRejected only
    when the file cannot be read or has no header row; other problems are listed in `issues`."""
    progress.set(0, 0, "正在读取问卷数据")
    try:
        sheet = read_first_visible_sheet(path)
    except UnreadableWorkbook as exc:
        raise SurveyExportRejected([ImportIssue("", None, None, exc.message)]) from None
    by_key = {question_key(q.text): q for q in questions}

    def is_header(keys: set[str]) -> bool:
        return any(question_key(k) in by_key for k in keys)

    h = find_header(sheet, is_header)
    if h is None:
        raise SurveyExportRejected(
            [
                ImportIssue(
                    sheet.name,
                    None,
                    None,
                    f"前{HEADER_SEARCH_ROWS}行中没有一列的标题是这份问卷的题目：请确认导出的是这份问卷的答卷数据",
                )
            ]
        )
    header_row = sheet.excel_row(h)
    issues: list[ImportIssue] = []
    question_at: dict[int, QuestionSpec] = {}
    roles: dict[str, int] = {}
    columns: dict[str, tuple[str, int]] = {}
    ignored: list[str] = []
    unmatched: list[tuple[str, int]] = []
    seen: dict[int, str] = {}
    for j, value in enumerate(sheet.cells[h]):
        if is_blank(value):
            continue
        header = _header_text(value)
        key = question_key(normalize_header(value)) or question_key(header)
        col = sheet.excel_col(j)
        q = by_key.get(key) or by_key.get(question_key(header))
        if q is not None:
            if q.id in seen:
                issues.append(
                    ImportIssue(
                        sheet.name,
                        header_row,
                        header,
                        f"与“{seen[q.id]}”列是同一道题（第{q.position}题）",
                        col,
                    )
                )
                continue
            seen[q.id] = header
            question_at[j] = q
            columns[f"q{q.id}"] = (header, col)
            continue
        role = next(
            (
                r
                for r, keys in (
                    ("sheet_number", SHEET_NUMBER),
                    ("department", DEPARTMENT),
                    ("programme", PROGRAMME),
                    ("employee_no", EMPLOYEE_NO),
                    ("id_number", ID_NUMBER),
                    ("name", NAME),
                )
                if key in keys
            ),
            None,
        )
        if role in ("employee_no", "id_number", "name") and anonymous:
            ignored.append(header)  # never read: an anonymous survey keeps no one's identity
            continue
        if role is not None and role not in roles:
            roles[role] = j
            columns[role] = (header, col)
            continue
        if key in TOOL_COLUMNS:
            ignored.append(header)
            continue
        unmatched.append((header, col))
    if unmatched:
        names = "、".join(f"“{name}”" for name, _ in unmatched)
        issues.insert(
            0,
            ImportIssue(
                sheet.name,
                header_row,
                None,
                f"有{len(unmatched)}列与问卷的题目对不上：{names}。请检查是否导出了另一份问卷，"
                "或者题目文字在系统中被改过",
            ),
        )
        issues += [
            ImportIssue(sheet.name, header_row, name, "这一列与问卷的任何题目都对不上", col)
            for name, col in unmatched
        ]
    missing = [q for q in questions if q.id not in seen]
    if missing:
        listed = "、".join(f"第{q.position}题“{q.text}”" for q in missing)
        issues.append(ImportIssue(sheet.name, header_row, None, f"文件中没有这些题目的列：{listed}"))
    rows = _rows(sheet, h, question_at, roles, columns, issues, progress)
    if not rows and not issues:
        issues.append(ImportIssue(sheet.name, None, None, f"表头（第{header_row}行）下面没有答卷数据"))
    return ParsedSurveyExport(
        path.name, sheet.name, header_row, sheet, rows, issues, anonymous, columns, ignored
    )


def _rows(
    sheet: SheetData,
    h: int,
    question_at: dict[int, QuestionSpec],
    roles: dict[str, int],
    columns: dict[str, tuple[str, int]],
    issues: list[ImportIssue],
    progress: Progress,
) -> list[ExportRow]:
    data = data_rows(sheet, h, list(question_at))
    first_row = sheet.top + h + 2
    progress.set(0, len(data), "正在检查答卷")
    out: list[ExportRow] = []
    for i, cells in enumerate(data):
        row = first_row + i
        answers: dict[int, tuple[int | None, str]] = {}
        for j, q in question_at.items():
            value = cells[j] if j < len(cells) else ""
            if is_blank(value):
                continue
            try:
                parsed = parse_answer(q.kind, "\n".join(q.options), value)
            except AnswerProblem as p:
                header, col = columns[f"q{q.id}"]
                issues.append(ImportIssue(sheet.name, row, header, p.message, col))
                continue
            if parsed is not None:
                answers[q.id] = parsed
        if not answers:
            issues.append(ImportIssue(sheet.name, row, None, "这一行一道题都没有答，不能作为一份答卷"))
        texts = {role: _text(cells[j]) if j < len(cells) else "" for role, j in roles.items()}
        id_number = ""
        if texts.get("id_number"):
            try:
                id_number = clean_id_cell(cells[roles["id_number"]])
            except CellProblem as p:
                header, col = columns["id_number"]
                issues.append(ImportIssue(sheet.name, row, header, p.message, col))
        out.append(
            ExportRow(
                row,
                answers,
                texts.get("department", ""),
                texts.get("programme", ""),
                texts.get("employee_no", ""),
                id_number,
                texts.get("sheet_number", ""),
            )
        )
        if not i % 1000:
            progress.set(i)
            progress.check()
    return out


def _text(value: object) -> str:
    if is_blank(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(shown_value(value).split()) if not isinstance(value, str) else " ".join(value.split())
