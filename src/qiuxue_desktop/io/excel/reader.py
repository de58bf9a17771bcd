"""Reading the first visible sheet of a workbook with python-calamine: typed cells, fast.

python-calamine reads a roster about ten times faster than openpyxl
(performance.md) and gives typed cells: str, int, float, bool, date,
datetime, time, timedelta; an empty cell is "". It reads .xlsx, .xlsm,
.xls and .ods alike. Every way a file can fail to be a readable workbook
becomes an UnreadableWorkbook with one Chinese sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from python_calamine import (
    CalamineError,
    CalamineWorkbook,
    PasswordError,
    SheetTypeEnum,
    SheetVisibleEnum,
)

CellRange = tuple[tuple[int, int], tuple[int, int]]


class UnreadableWorkbook(Exception):
    """The file is missing, unreadable, or not a workbook; `message` says why in Chinese."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True, slots=True)
class SheetData:
    """The used area of one sheet: `cells[i][j]` is the sheet's cell (top + i, left + j), 0-based."""

    name: str
    cells: list[list[object]]
    top: int
    left: int
    merged: list[CellRange] = field(default_factory=list)

    def excel_row(self, i: int) -> int:
        """The row number Excel shows for `cells[i]`."""
        return self.top + i + 1

    def excel_col(self, j: int) -> int:
        """The 1-based column number Excel shows for `cells[…][j]`."""
        return self.left + j + 1


def _open(path: Path) -> CalamineWorkbook:
    name = path.name
    if not path.exists():
        raise UnreadableWorkbook(f"找不到文件“{path}”。")
    if not path.is_file():
        raise UnreadableWorkbook(f"“{path}”不是文件。")
    try:
        return CalamineWorkbook.from_path(str(path))
    except PasswordError:
        raise UnreadableWorkbook(
            f"文件“{name}”设置了打开密码，无法读取：请在Excel或WPS中取消密码、另存后再导入。"
        ) from None
    except PermissionError:
        raise UnreadableWorkbook(f"没有读取文件“{name}”的权限。") from None
    except (CalamineError, OSError, ValueError) as exc:
        raise UnreadableWorkbook(
            f"文件“{name}”不是可以读取的Excel工作簿（.xlsx、.xls或.ods），或者文件已损坏（{exc}）。"
        ) from None


def read_first_visible_sheet(path: Path) -> SheetData:
    """The used area of the first visible worksheet of the workbook at `path`."""
    try:
        return _read(path)
    except UnreadableWorkbook:
        raise
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # pyo3 turns a panic in the Rust reader into a BaseException
        raise UnreadableWorkbook(
            f"文件“{path.name}”已损坏或格式不对，无法读取（{type(exc).__name__}: {exc}）。"
        ) from None


def _read(path: Path) -> SheetData:
    workbook = _open(path)
    try:
        sheet_name = next(
            (
                meta.name
                for meta in workbook.sheets_metadata
                if meta.visible == SheetVisibleEnum.Visible and meta.typ == SheetTypeEnum.WorkSheet
            ),
            None,
        )
        if sheet_name is None:
            raise UnreadableWorkbook(f"文件“{path.name}”中没有可见的工作表。")
        try:
            sheet = workbook.get_sheet_by_name(sheet_name)
            cells = cast(list[list[object]], sheet.to_python(skip_empty_area=True))
        except CalamineError as exc:
            raise UnreadableWorkbook(
                f"文件“{path.name}”的工作表“{sheet_name}”已损坏，无法读取（{exc}）。"
            ) from None
        start = sheet.start or (0, 0)
        merged = sheet.merged_cell_ranges or []
    finally:
        workbook.close()
    return SheetData(name=sheet_name, cells=cells, top=start[0], left=start[1], merged=list(merged))
