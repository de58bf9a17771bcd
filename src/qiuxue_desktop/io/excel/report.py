"""The import report workbook: every problem listed, and the roster with each bad cell marked.

Sheet 1 问题清单 lists each problem as 工作表 / 行 / 列 / 问题 (or says there
were none). When the roster could be read, sheet 2 is a copy of its sheet in
the same rows and columns, every bad cell filled red with a comment saying
why, so that the person fixing the file sees each problem where it is.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from qiuxue_desktop.io.excel.roster_format import legal_text
from qiuxue_desktop.io.excel.roster_template import save_atomically

if TYPE_CHECKING:
    from qiuxue_desktop.io.excel.reader import SheetData
    from qiuxue_desktop.io.excel.sheet_import import ImportIssue


class ReadSheet(Protocol):
    """What the marked copy needs of a workbook that was read (ParsedRoster, ParsedTranscript)."""

    @property
    def sheet(self) -> str: ...

    @property
    def header_row(self) -> int: ...

    @property
    def sheet_data(self) -> SheetData: ...


ISSUES_SHEET = "问题清单"
BAD_FILL = PatternFill("solid", fgColor="FF9999")
_HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
_BOLD = Font(bold=True)
_MAX_CELL_TEXT = 32_767  # Excel's limit for one cell
_COMMENT_AUTHOR = "求学圆梦"


def write_report(
    path: Path,
    issues: list[ImportIssue],
    *,
    source: str,
    roster: ReadSheet | None = None,
    what: str = "花名册",
) -> None:
    """Write the report to `path` (replacing it whole): the problems, or a line saying there were none.
    `roster` is the workbook as read (its sheet is copied with the bad cells marked); `what`
    names the kind of workbook (花名册, 成绩单)."""
    wb = Workbook(write_only=True)
    _write_issue_list(wb.create_sheet(ISSUES_SHEET), issues, source, what)
    if roster is not None:
        name = roster.sheet[:31] if roster.sheet != ISSUES_SHEET else f"{what}副本"
        _write_marked_copy(wb.create_sheet(name), roster, issues)
    save_atomically(wb, path)


def _write_issue_list(ws: Any, issues: list[ImportIssue], source: str, what: str) -> None:
    for letter, width in zip("ABCD", (16, 8, 18, 90), strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A3"
    if issues:
        summary = f"{what}“{source}”有{len(issues)}处问题，未导入任何数据。请逐条改正后重新导入。"
    else:
        summary = f"{what}“{source}”没有发现问题。"
    title = WriteOnlyCell(ws, summary)
    title.font = Font(bold=True, size=12)
    ws.append([title])
    head = []
    for text in ("工作表", "行", "列", "问题"):
        cell = WriteOnlyCell(ws, text)
        cell.font = _BOLD
        cell.fill = _HEAD_FILL
        head.append(cell)
    ws.append(head)
    if not issues:
        ws.append(["", None, "", "没有问题"])
    for issue in issues:
        ws.append([issue.sheet, issue.row, issue.column or "", _text_cell(ws, issue.message)])


def _text_cell(ws: Any, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, legal_text(text)[:_MAX_CELL_TEXT])
    cell.data_type = "s"
    return cell


def _copy_value(value: object) -> object:
    """A cell value read by python-calamine, fit to be written back."""
    if value == "" or value is None:
        return None
    if isinstance(value, str):
        return legal_text(value)[:_MAX_CELL_TEXT]
    if isinstance(value, (int, float, bool, dt.date, dt.time, dt.timedelta)):
        return value
    return str(value)


def _write_marked_copy(ws: Any, roster: ReadSheet, issues: list[ImportIssue]) -> None:
    data = roster.sheet_data
    marks: dict[tuple[int, int], list[str]] = {}
    for issue in issues:
        if issue.row is not None and issue.col is not None:
            marks.setdefault((issue.row, issue.col), []).append(issue.message)
    ws.freeze_panes = f"A{roster.header_row + 1}"
    for _ in range(data.top):
        ws.append([])
    for j in range(data.left + max((len(r) for r in data.cells), default=0)):
        ws.column_dimensions[get_column_letter(j + 1)].width = 16
    for i, row in enumerate(data.cells):
        excel_row = data.top + i + 1
        out: list[Any] = [None] * data.left
        for j, value in enumerate(row):
            shown = _copy_value(value)
            messages = marks.get((excel_row, data.left + j + 1))
            is_header = excel_row == roster.header_row
            if messages is None and not is_header and not (isinstance(shown, str) and shown[:1] == "="):
                out.append(shown)
                continue
            cell = WriteOnlyCell(ws, shown)
            if isinstance(shown, str):
                cell.data_type = "s"  # text that starts with "=" stays text, not a formula
            if is_header:
                cell.font = _BOLD
            if messages is not None:
                cell.fill = BAD_FILL
                note = Comment("\n".join(messages), _COMMENT_AUTHOR)
                note.width, note.height = 320, 40 + 20 * len(messages)
                cell.comment = note
            out.append(cell)
        ws.append(out)
