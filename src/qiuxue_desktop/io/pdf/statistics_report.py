"""The annual statistics report on paper (A4 portrait) for the union and the education bureau:
the title, the enterprise and the period, the year's figures, a bar chart of the amounts by
level stacked by source (reportlab graphics, drawn in the document's embedded fonts), then the
tables — by source, by level, by study form, by department — each with its 合计 row and its
header again on a new page, how the figures are counted, and 第 N 页 共 M 页.

Every text is checked against the fonts first (a name no font can draw stops the report with
one sentence); the export is recorded in the audit trail.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from sqlalchemy.orm import Session

from qiuxue_desktop.domain.money import format_rmb, format_yuan
from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.io.pdf.documents import PdfDocument, document_fonts, write_pdf
from qiuxue_desktop.io.pdf.fonts import FontSet, LoadedFont
from qiuxue_desktop.io.pdf.sheet import A4_PORTRAIT, MM, Sheet
from qiuxue_desktop.io.pdf.table import Column, Table
from qiuxue_desktop.services import audit
from qiuxue_desktop.services.auth import require
from qiuxue_desktop.services.statistics import AnnualStatistics, Breakdown, BreakdownRow, annual_statistics

# One colour per source, in the order of the report's sources (also the xlsx chart's order).
PALETTE = (
    colors.HexColor("#4472C4"),
    colors.HexColor("#C0504D"),
    colors.HexColor("#9BBB59"),
    colors.HexColor("#8064A2"),
    colors.HexColor("#F79646"),
)
CHART_H = 70 * MM
GAP = 6 * MM
SIZE = 8.5


def _font_for(fonts: FontSet, text: str) -> LoadedFont:
    """A chart label is one string in one font: the first that has every character of it."""
    return next((f for f in fonts.fonts if all(ord(c) in f.cmap for c in text)), fonts.main)


class _Writer:
    """Lays the report out from the top of the first page down, starting a page when a block
    does not fit; `total` pages is known on the second pass (the first counts them)."""

    def __init__(self, report: AnnualStatistics, fonts: FontSet, total: int) -> None:
        self.r = report
        self.sheet = Sheet(
            fonts, A4_PORTRAIT, title=report.title, subject=report.enterprise, author=report.enterprise
        )
        self.total = total
        self.y = self.sheet.top(0)

    def new_page(self) -> None:
        self.sheet.page_number(self.sheet.pages + 1, self.total or self.sheet.pages + 1)
        self.sheet.end_page()
        s = self.sheet
        self.y = s.top(0)
        s.text(s.left, self.y - 8, f"{self.r.title}（续）", 9)
        self.y -= 6 * MM

    def room(self, height: float) -> None:
        if self.y - height < self.sheet.bottom:
            self.new_page()

    def heading(self) -> None:
        s, r = self.sheet, self.r
        s.text(s.width / 2, self.y - 16, r.title, 16, align="centre", bold=True)
        self.y -= 26
        s.text(s.left, self.y - 10, f"单位：{r.enterprise}", 9.5)
        s.text(s.right, self.y - 10, f"制表日期：{r.made_on:%Y年%m月%d日}", 9.5, align="right")
        self.y -= 15
        s.text(s.left, self.y - 10, f"统计期间：{r.year}年1月1日至12月31日　金额单位：元", 9.5)
        self.y -= 18

    def figures(self) -> None:
        s, r = self.sheet, self.r
        items = (
            ("资助人数", f"{r.learners} 人"),
            ("资助人次", f"{r.claims}"),
            ("资助金额", format_rmb(r.amount_fen)),
            ("毕业人数", f"{r.graduates} 人"),
            ("结业人数", f"{r.completed} 人"),
        )
        width = s.content_width / len(items)
        height = 15 * MM
        for k, (label, value) in enumerate(items):
            x = s.left + k * width
            s.shade(x + 1, self.y, width - 2, height, grey=0.95)
            s.rect(x + 1, self.y, width - 2, height, line=0.4)
            s.text(x + width / 2, self.y - 5.5 * MM, label, 8.5, align="centre")
            s.text(x + width / 2, self.y - 11.5 * MM, value, 11, align="centre", bold=True)
        self.y -= height + GAP

    def chart(self, table: Breakdown, title: str, *, slanted: bool = False) -> None:
        s, r = self.sheet, self.r
        self.room(CHART_H + 10 * MM)
        s.text(s.width / 2, self.y - 10, title, 10.5, align="centre", bold=True)
        self.y -= 15
        if not table.rows or not r.sources:
            s.text(s.width / 2, self.y - 20, "本年没有资助金额。", 9, align="centre")
            self.y -= 30
            return
        legend_h = 6 * MM
        drawing = Drawing(s.content_width, CHART_H - legend_h)
        drawing.initialFontName = s.fonts.main.name  # never reportlab's Helvetica (not embedded)
        bars = VerticalBarChart()
        bars.x, bars.y = 20 * MM, (9 if not slanted else 17) * MM
        bars.width = s.content_width - 26 * MM
        bars.height = CHART_H - legend_h - bars.y - 4 * MM
        bars.data = [tuple(row.amounts[i] / 100 for row in table.rows) for i in range(len(r.sources))]
        bars.categoryAxis.style = "stacked"
        bars.categoryAxis.categoryNames = [row.label for row in table.rows]
        labels = bars.categoryAxis.labels
        labels.fontName = _font_for(s.fonts, "".join(row.label for row in table.rows)).name
        labels.fontSize = 7.5
        if slanted:
            labels.angle, labels.boxAnchor, labels.dx, labels.dy = 35, "ne", 4, -2
        bars.valueAxis.valueMin = 0
        bars.valueAxis.labels.fontName = s.fonts.main.name
        bars.valueAxis.labels.fontSize = 7.5
        bars.valueAxis.labelTextFormat = lambda v: f"{v:,.0f}"
        bars.valueAxis.visibleGrid = True
        bars.valueAxis.gridStrokeColor = colors.HexColor("#DDDDDD")
        bars.barWidth = 8
        for i in range(len(r.sources)):
            bars.bars[i].fillColor = PALETTE[i % len(PALETTE)]
            bars.bars[i].strokeColor = None
        drawing.add(bars)
        bottom = self.y - CHART_H
        renderPDF.draw(drawing, s.canvas, s.left, bottom + legend_h)
        x = s.left + 20 * MM
        for i, label in enumerate(r.sources):
            s.canvas.saveState()
            s.canvas.setFillColor(PALETTE[i % len(PALETTE)])
            s.canvas.rect(x, bottom + 1.5 * MM, 3 * MM, 3 * MM, stroke=0, fill=1)
            s.canvas.restoreState()
            x += 4.5 * MM + s.text(x + 4.5 * MM, bottom + 1.8 * MM, label, 8)
            x += 6 * MM
        s.text(s.left, self.y - 6, "元", 7.5)
        self.y = bottom - GAP

    def table(
        self, title: str, columns: Sequence[Column], rows: Sequence[Sequence[str]], total: Sequence[str]
    ) -> None:
        s = self.sheet
        table = Table(s, columns, width=s.content_width, size=SIZE)
        laid = [table.lay(v) for v in rows]
        total_row = table.lay(total)
        first = laid[0].height if laid else 0
        self.room(14 + table.header.height + first + total_row.height)
        s.text(s.left, self.y - 10, title, 10.5, bold=True)
        self.y = table.draw_header(s.left, self.y - 14)
        for row in laid:
            if self.y - row.height < s.bottom:
                self.new_page()
                self.y = table.draw_header(s.left, self.y)
            self.y = table.draw(s.left, self.y, row)
        if self.y - total_row.height < s.bottom:
            self.new_page()
            self.y = table.draw_header(s.left, self.y)
        self.y = table.draw(s.left, self.y, total_row, bold=True, shade=True) - GAP

    def note(self) -> None:
        s = self.sheet
        lines = s.wrap("说明：" + self.r.note, 8.5, s.content_width)
        self.room(len(lines) * 8.5 * 1.25 + 2)
        self.y = s.lines(s.left, self.y, s.content_width, lines, 8.5)

    def finish(self) -> tuple[bytes, int]:
        self.sheet.page_number(self.sheet.pages + 1, self.total or self.sheet.pages + 1)
        self.sheet.end_page()
        return self.sheet.finish(), self.sheet.pages


def _money(fen: int) -> str:
    return format_yuan(fen) if fen else "0.00"


def _breakdown_table(w: _Writer, table: Breakdown) -> None:
    sources = w.r.sources

    def values(row: BreakdownRow) -> list[str]:
        return [
            row.label,
            str(row.learners),
            *(_money(v) for v in row.amounts),
            _money(row.total_fen),
            str(row.graduates),
            str(row.completed),
        ]

    columns = [
        Column(table.key, 20),
        Column("资助人数", 11, "right"),
        *(Column(s, 17, "right") for s in sources),
        Column("金额合计", 17, "right"),
        Column("毕业人数", 11, "right"),
        Column("结业人数", 11, "right"),
    ]
    w.table(table.title, columns, [values(r) for r in table.rows], values(table.total))


def _draw(report: AnnualStatistics, fonts: FontSet, total: int) -> tuple[bytes, int]:
    w = _Writer(report, fonts, total)
    w.heading()
    w.figures()
    by_level, _by_form, by_department = report.breakdowns
    w.chart(by_level, f"{report.year}年资助金额（按层次，按经费来源分色）")
    w.table(
        "按经费来源",
        [
            Column("经费来源", 30),
            Column("资助人数", 15, "right"),
            Column("资助人次", 15, "right"),
            Column("金额", 22, "right"),
        ],
        [[r.label, str(r.learners), str(r.claims), _money(r.amount_fen)] for r in report.by_source],
        ["合计", str(report.learners), str(report.claims), _money(report.amount_fen)],
    )
    for table in report.breakdowns:
        _breakdown_table(w, table)
    w.chart(by_department, f"{report.year}年资助金额（按部门）", slanted=True)
    w.note()
    return w.finish()


def render_statistics(report: AnnualStatistics, fonts: FontSet) -> tuple[bytes, int]:
    """The report as PDF bytes and its page count (two passes: the first counts the pages)."""
    fonts.check(report.texts())
    _data, pages = _draw(report, fonts, 0)
    return _draw(report, fonts, pages)


def _made(session: Session, enterprise_id: int, year: int) -> tuple[AnnualStatistics, bytes, int]:
    require(session, Permission.PRINT_LISTS)
    report = annual_statistics(session, enterprise_id, year)
    data, pages = render_statistics(report, document_fonts(session))
    return report, data, pages


def _record(session: Session, report: AnnualStatistics, pages: int, where: str) -> None:
    audit.record(
        session,
        "export",
        table="claim",
        detail=(
            f"{report.year}年度统计报表（PDF，{pages} 页）{where}：资助 {report.learners} 人，"
            f"金额 {format_rmb(report.amount_fen)}，毕业 {report.graduates} 人"
        ),
    )


def statistics_document(session: Session, enterprise_id: int, year: int) -> PdfDocument:
    """The year's report as a PDF document (to preview or print); recorded in the audit trail."""
    report, data, pages = _made(session, enterprise_id, year)
    _record(session, report, pages, "")
    return PdfDocument(data, pages, report.title, f"{report.year}年度统计报表.pdf")


def export_statistics_pdf(session: Session, enterprise_id: int, year: int, path: Path) -> AnnualStatistics:
    """The year's report written to `path` (beside it first, then renamed into place); the
    export is recorded in the audit trail."""
    report, data, pages = _made(session, enterprise_id, year)
    write_pdf(path, data)
    _record(session, report, pages, f" {path.name}")
    return report
