"""Ruled tables on a Sheet: columns with relative widths scaled to the space given, cells wrapped
to their column, the header row laid out once and drawn again on every page, and pagination
that says how many rows fit in a height — fast enough for thousands of rows (no flowables).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from qiuxue_desktop.io.pdf.sheet import LEADING, MM, Sheet

PAD_X = 1.0 * MM
PAD_Y = 0.9 * MM


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    weight: float  # relative width
    align: str = "left"  # left, centre, right
    size: float | None = None  # a smaller size for a column of notes; None: the table's


@dataclass(frozen=True, slots=True)
class LaidRow:
    cells: tuple[tuple[str, ...], ...]  # the wrapped lines of each cell
    height: float


class Table:
    """A table `width` points wide: lay rows out, then draw them from a y downwards."""

    def __init__(
        self,
        sheet: Sheet,
        columns: Sequence[Column],
        *,
        width: float,
        size: float,
        header_size: float | None = None,
    ) -> None:
        self.sheet = sheet
        self.columns = tuple(columns)
        total = sum(c.weight for c in columns)
        self.widths = tuple(width * c.weight / total for c in columns)
        self.width = width
        self.size = size
        self.header_size = header_size or size
        self.header = self._lay([c.title for c in columns], self.header_size, header=True)

    def _sizes(self, size: float, header: bool) -> list[float]:
        return [size if header or c.size is None else c.size for c in self.columns]

    def _lay(self, values: Sequence[str], size: float, header: bool = False) -> LaidRow:
        sizes = self._sizes(size, header)
        cells = tuple(
            tuple(self.sheet.wrap(value, s, w - 2 * PAD_X))
            for value, w, s in zip(values, self.widths, sizes, strict=True)
        )
        height = max(len(lines) * s * LEADING for lines, s in zip(cells, sizes, strict=True))
        return LaidRow(cells, height + 2 * PAD_Y)

    def lay(self, values: Sequence[str]) -> LaidRow:
        """One body row laid out: its cells wrapped, its height."""
        return self._lay(values, self.size)

    def draw(
        self,
        x: float,
        y_top: float,
        row: LaidRow,
        *,
        size: float | None = None,
        bold: bool = False,
        shade: bool = False,
        aligns: Sequence[str] | None = None,
    ) -> float:
        """Draw `row` with its top at `y_top`, ruled; returns the y of its bottom."""
        sheet = self.sheet
        sizes = [size] * len(self.columns) if size is not None else self._sizes(self.size, False)
        if shade:
            sheet.shade(x, y_top, self.width, row.height)
        sheet.rect(x, y_top, self.width, row.height, line=0.5)
        cx = x
        for i, (lines, w, s) in enumerate(zip(row.cells, self.widths, sizes, strict=True)):
            if i:
                sheet.vline(cx, y_top, y_top - row.height, line=0.5)
            align = aligns[i] if aligns is not None else self.columns[i].align
            block = len(lines) * s * LEADING
            start = y_top - (row.height - block) / 2
            sheet.lines(cx + PAD_X, start, w - 2 * PAD_X, lines, s, align=align, bold=bold)
            cx += w
        return y_top - row.height

    def draw_header(self, x: float, y_top: float) -> float:
        centred = ["centre"] * len(self.columns)
        return self.draw(x, y_top, self.header, size=self.header_size, bold=True, shade=True, aligns=centred)


def paginate(heights: Sequence[float], first: float, rest: float) -> list[range]:
    """Rows (by their heights) cut into pages: `first` is the height the first page has for rows,
    `rest` that of every other page. A row taller than a page still gets a page of its own."""
    pages: list[range] = []
    start = 0
    room = first
    used = 0.0
    for i, h in enumerate(heights):
        if used + h > room and i > start:
            pages.append(range(start, i))
            start, used, room = i, 0.0, rest
        used += h
    pages.append(range(start, len(heights)))
    return pages


@dataclass(frozen=True, slots=True)
class PagePlan:
    """Which rows go on which page, and whether the trailer (totals, signatures) ends the last."""

    pages: tuple[range, ...]


def plan_pages(heights: Sequence[float], room: float, trailer: float) -> PagePlan:
    """Rows cut into pages of `room` points each, the last page keeping `trailer` points free
    below its rows; the trailer never stands on a page without at least one row above it."""
    pages = paginate([*heights, trailer], room, room)
    last = pages[-1]
    if len(last) == 1 and len(pages) > 1 and len(pages[-2]) > 1:
        # the trailer alone on the last page: the row before it goes along
        before = pages[-2]
        pages[-2] = range(before.start, before.stop - 1)
        pages[-1] = range(before.stop - 1, last.stop)
    n = len(heights)
    return PagePlan(tuple(range(p.start, min(p.stop, n)) for p in pages))


def draw_paged(
    sheet: Sheet,
    table: Table,
    rows: Sequence[LaidRow],
    plan: PagePlan,
    *,
    x: float,
    top: float,
    head: Callable[[int, int], None],
    subtotal: Callable[[range], LaidRow | None] | None = None,
    trailer: Callable[[float], None],
    progress: Callable[[int], None] | None = None,
) -> int:
    """Draw `rows` page by page: `head(page, pages)` above `top`, the header row at `top`, the
    page's rows, its subtotal row when `subtotal` gives one, and on the last page
    `trailer(y)` under the rows; every page numbered 第 N 页 共 M 页. Returns the page count."""
    total = len(plan.pages)
    for number, page in enumerate(plan.pages, start=1):
        head(number, total)
        y = table.draw_header(x, top)
        for i in page:
            y = table.draw(x, y, rows[i])
            if progress is not None:
                progress(i)
        extra = subtotal(page) if subtotal is not None else None
        if extra is not None:
            y = table.draw(x, y, extra, bold=True)
        if number == total:
            trailer(y)
        sheet.page_number(number, total)
        sheet.end_page()
    return total
