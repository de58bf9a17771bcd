"""What every workbook import shares: problems named by sheet, row and column, the refusal
that carries them, finding the header row, mapping columns by header, filling vertical
merges, finding where the data ends, and pausing the garbage collector for bulk rows.

The roster import (roster_import.py) and the transcript import (transcript_import.py)
are built on it; the report (report.py) writes any of their refusals.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from qiuxue_desktop.errors import InputRejected
from qiuxue_desktop.io.excel.reader import SheetData
from qiuxue_desktop.io.excel.roster_format import is_blank, normalize_header

HEADER_SEARCH_ROWS = 10


@dataclass(frozen=True, slots=True)
class ImportIssue:
    """One problem: where it is (as Excel shows it) and why, in Chinese."""

    sheet: str  # "" for a problem of the whole file
    row: int | None  # Excel's row number
    column: str | None  # the header as written in the file
    message: str
    col: int | None = field(default=None, compare=False)  # 1-based column number, for the report

    def describe(self) -> str:
        where = f"工作表“{self.sheet}”" if self.sheet else ""
        if self.row is not None:
            where += f"第{self.row}行"
        if self.column is not None:
            where += f"“{self.column}”列"
        return f"{where}：{self.message}" if where else self.message


class WorkbookRejected(InputRejected):
    """A workbook cannot be imported; nothing was written. `issues` lists every reason and
    `what` names the kind of workbook (花名册, 成绩单) in the messages and the report."""

    what = "工作簿"

    def __init__(self, issues: list[ImportIssue]) -> None:
        self.issues = issues
        first = issues[0].describe() if issues else "文件无法读取"
        if len(issues) <= 1:
            text = f"{self.what}未导入任何数据：{first}"
        else:
            text = f"{self.what}有{len(issues)}处问题，未导入任何数据。第一处：{first}"
        super().__init__(text)


@dataclass(frozen=True, slots=True)
class ColumnRef:
    field: str
    header: str  # as written in the file
    col: int  # 1-based column number in the sheet


def find_header(sheet: SheetData, is_header: Callable[[set[str]], bool]) -> int | None:
    """Index into `sheet.cells` of the first of the first HEADER_SEARCH_ROWS rows whose set of
    normalised headers satisfies `is_header`; None when there is none."""
    for i, row in enumerate(sheet.cells[: max(0, HEADER_SEARCH_ROWS - sheet.top)]):
        keys = {normalize_header(v) for v in row if not is_blank(v)}
        if is_header(keys):
            return i
    return None


def map_columns(
    sheet: SheetData, header: list[object], index: dict[str, tuple[str, int]]
) -> dict[str, tuple[int, ColumnRef]]:
    """field → (index into a row, ColumnRef), by `index`: normalised header → (field, rank);
    among a field's synonyms the lowest rank wins."""
    best: dict[str, tuple[int, int, ColumnRef]] = {}
    for j, value in enumerate(header):
        if is_blank(value):
            continue
        hit = index.get(normalize_header(value))
        if hit is None:
            continue
        fld, rank = hit
        ref = ColumnRef(fld, " ".join(str(value).split()), sheet.excel_col(j))
        if fld not in best or rank < best[fld][0]:
            best[fld] = (rank, j, ref)
    return {f: (j, ref) for f, (_rank, j, ref) in best.items()}


def fill_vertical_merges(sheet: SheetData, below: int) -> None:
    """A cell merged down several rows shows its value on each of them: a person reads it so."""
    for (r0, c0), (r1, c1) in sheet.merged:
        if c0 != c1 or r1 <= r0:
            continue
        i0, j = r0 - sheet.top, c0 - sheet.left
        if i0 <= below or j < 0:
            continue
        rows = sheet.cells[i0 : r1 - sheet.top + 1]
        if not rows or j >= len(rows[0]):
            continue
        value = rows[0][j]
        for row in rows[1:]:
            if is_blank(row[j]):
                row[j] = value


def data_rows(sheet: SheetData, h: int, known: list[int]) -> list[list[object]]:
    """The rows under header row `h` down to the first whose known columns are all empty."""
    rows = sheet.cells[h + 1 :]
    if not known:
        return []
    first = known[0]
    for n, row in enumerate(rows):
        v = row[first]
        if v != "" and not (v.__class__ is str and v.isspace()):
            continue  # the usual case: the first known column is filled
        if all(is_blank(row[j]) for j in known):
            return rows[:n]
    return rows


@contextlib.contextmanager
def without_gc_pauses() -> Iterator[None]:
    """Pause the cyclic garbage collector while bulk rows are built.

    Building 50,000 row dicts makes the collector walk the growing heap again and
    again (about a tenth of an import's time); the rows hold no cycles, so nothing
    is lost by collecting once afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
