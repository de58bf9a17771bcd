"""The roster workbook's layout, shared by the template and the export, and the template itself.

Sheet 1 花名册: the headers of cli.md in row 1 (then our optional columns),
drop-down lists for coded columns, ID/phone/code columns formatted as text,
date columns as yyyy-mm-dd, a frozen header. Sheet 2 填写说明 explains every
column; sheet 3 代码表 holds the drop-down choices. Workbooks are written to a
temporary file beside the target and renamed into place.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

from qiuxue_desktop.errors import OperationFailed
from qiuxue_desktop.io.excel.roster_format import COLUMNS, Column

ROSTER_SHEET = "花名册"
GUIDE_SHEET = "填写说明"
LISTS_SHEET = "代码表"
LAST_ROW = 1_048_576
TEXT_FORMAT = "@"
DATE_FORMAT = "yyyy-mm-dd"

_HEADER_FONT = Font(bold=True)
_REQUIRED_FONT = Font(bold=True, color="C00000")
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_WRAP = Alignment(wrap_text=True, vertical="top")


def number_format(column: Column) -> str | None:
    if column.kind in ("id", "digits"):
        return TEXT_FORMAT
    if column.kind == "date":
        return DATE_FORMAT
    return None


def _header_cells(ws: Any) -> list[WriteOnlyCell]:
    cells = []
    for c in COLUMNS:
        cell = WriteOnlyCell(ws, c.header)
        cell.font = _REQUIRED_FONT if c.required else _HEADER_FONT
        cell.fill = _HEADER_FILL
        cells.append(cell)
    return cells


def setup_roster_sheet(ws: Any) -> None:
    """Widths, column formats, frozen header, drop-downs and the header row (works in write-only mode)."""
    list_col = 0
    for i, c in enumerate(COLUMNS, 1):
        letter = get_column_letter(i)
        dim = ws.column_dimensions[letter]
        dim.width = c.width
        fmt = number_format(c)
        if fmt:
            dim.number_format = fmt
        if c.labels:
            list_col += 1
            lists_letter = get_column_letter(list_col)
            dv = DataValidation(
                type="list",
                formula1=f"{quote_sheetname(LISTS_SHEET)}!${lists_letter}$2:${lists_letter}${len(c.labels) + 1}",
                allow_blank=True,
                showErrorMessage=True,
                errorStyle="warning",
                errorTitle=c.header,
                error=f"请从下拉列表中选择{c.header}。",
                promptTitle=c.header,
                prompt=c.explain[:250],
                showInputMessage=True,
            )
            dv.add(f"{letter}2:{letter}{LAST_ROW}")
            ws.data_validations.append(dv)
    ws.freeze_panes = "A2"
    ws.append(_header_cells(ws))


_GUIDE_CHARS_PER_LINE = 42  # Chinese characters in the 85-wide explanation column
_RULES = (
    "“花名册”工作表中红色的表头是必填列，黑色的是选填列。",
    "表头可以不在第1行：前10行中同时有“姓名”和“身份证号”的那一行就是表头，上面可以有标题行。",
    "列的顺序可以任意；不认识的列会被忽略。表头中的空格、括号里的注释和*号不影响识别。",
    "读到第一个所有已知列（序号除外）都为空的行就停止，下面的内容不再读取。",
    "只读取第一个可见的工作表。",
    "全部正确才导入：只要有一行有问题，就什么也不导入，并指出每一处问题所在的工作表、行和列。",
    "身份证号已在系统中的学员会被更新而不是重复登记：表中有的列替换原有内容，没有的列保持不变。",
    f"下拉列表的选项见“{LISTS_SHEET}”工作表；也可以填写“填写要求”中列出的其他写法。",
)


def write_guide_sheet(ws: Any) -> None:
    """填写说明: one row per column, then the rules of the import as a whole."""
    for letter, width in zip("ABCD", (14, 10, 34, 85), strict=True):
        ws.column_dimensions[letter].width = width
    title = WriteOnlyCell(ws, "花名册填写说明")
    title.font = Font(bold=True, size=14)
    ws.append([title])
    head = []
    for text in ("列名", "是否必填", "也可写作", "填写要求"):
        cell = WriteOnlyCell(ws, text)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        head.append(cell)
    ws.append(head)
    # Rows 3.. hold the columns; a wrapped explanation needs its height set (no program fits it on opening).
    for row, c in enumerate(COLUMNS, 3):
        lines = -(-len(c.explain) // _GUIDE_CHARS_PER_LINE)
        if lines > 1:
            ws.row_dimensions[row].height = 15 * lines
        explain = WriteOnlyCell(ws, c.explain)
        explain.alignment = _WRAP
        ws.append([c.header, "必填" if c.required else "选填", "、".join(c.headers[1:]), explain])
    ws.append([])
    heading = WriteOnlyCell(ws, "导入规则")
    heading.font = _HEADER_FONT
    ws.append([heading])
    for n, rule in enumerate(_RULES, 1):
        ws.append([f"{n}. {rule}"])


def write_lists_sheet(ws: Any) -> None:
    """代码表: the choices of each coded column, one column each (the drop-downs point here)."""
    coded = [c for c in COLUMNS if c.labels]
    for i, c in enumerate(coded, 1):
        ws.column_dimensions[get_column_letter(i)].width = max(10, max(len(x) for x in c.labels) * 2 + 2)
    head = []
    for c in coded:
        cell = WriteOnlyCell(ws, c.header)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        head.append(cell)
    ws.append(head)
    for n in range(max(len(c.labels) for c in coded)):
        ws.append([c.labels[n] if n < len(c.labels) else None for c in coded])


def new_roster_workbook() -> tuple[Workbook, Any]:
    """A write-only workbook with the three sheets; the roster sheet is returned open for rows.

    The guide and lists sheets are complete; the caller appends learner rows to
    the roster sheet and then saves with `save_atomically`.
    """
    wb = Workbook(write_only=True)
    roster = wb.create_sheet(ROSTER_SHEET)
    setup_roster_sheet(roster)
    write_guide_sheet(wb.create_sheet(GUIDE_SHEET))
    write_lists_sheet(wb.create_sheet(LISTS_SHEET))
    return wb, roster


def check_target(path: Path) -> Path:
    """The resolved target path; OperationFailed when its folder does not exist."""
    target = path.resolve()
    if not target.parent.is_dir():
        raise OperationFailed(f"无法写入“{path}”：文件夹“{target.parent}”不存在。")
    if target.is_dir():
        raise OperationFailed(f"无法写入“{path}”：这是一个文件夹。")
    return target


def discard_workbook(wb: Workbook) -> None:
    """Close a write-only workbook that will not be saved, removing openpyxl's temporary files."""
    for ws in wb.worksheets:
        with contextlib.suppress(Exception):
            ws.close()
            ws._writer.cleanup()


def save_atomically(wb: Workbook, path: Path) -> None:
    """Save beside the target, then rename into place: never a half-written file."""
    try:
        target = check_target(path)
    except OperationFailed:
        discard_workbook(wb)
        raise
    tmp = target.with_name(f".{target.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        wb.save(tmp)
        os.replace(tmp, target)
    except OSError as exc:
        raise OperationFailed(f"无法写入“{path}”：{exc.strerror or exc}。") from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def write_template(path: Path) -> None:
    """The empty roster template."""
    wb, _roster = new_roster_workbook()
    save_atomically(wb, path)
