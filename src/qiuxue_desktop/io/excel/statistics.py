"""The annual statistics report as a workbook for the union and the education bureau: 总览 (the
year's figures, the money by source, how it is counted), one sheet per table — 按经费来源,
按层次, 按学习形式, 按部门 — each with its 合计 row, and 图表 with two bar charts (the amounts
by level and by department, stacked by source) drawn by the spreadsheet from those sheets.
Amounts are numbers in yuan with two decimals; A4 pages, the header row repeated. The export is
recorded in the audit trail.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.series import SeriesLabel
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session

from qiuxue_desktop.domain.money import fen_to_yuan
from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.io.excel.roster_format import legal_text
from qiuxue_desktop.io.excel.roster_template import save_atomically
from qiuxue_desktop.services import audit
from qiuxue_desktop.services.auth import require
from qiuxue_desktop.services.statistics import AnnualStatistics, Breakdown, BreakdownRow, annual_statistics

HEAD_ROW = 4
YUAN = "#,##0.00"
_THIN = Side(style="thin", color="999999")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
_TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
Cell = object  # text, a count, or 分 in a money column


def _heading(ws: Worksheet, report: AnnualStatistics, subtitle: str, width: int) -> None:
    last = get_column_letter(max(width, 2))
    ws["A1"] = legal_text(f"{report.title}　{subtitle}" if subtitle else report.title)
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(f"A1:{last}1")
    ws["A2"] = legal_text(f"单位：{report.enterprise}")
    ws.merge_cells(f"A2:{last}2")
    ws["A3"] = f"统计期间：{report.year}年1月1日至12月31日　制表日期：{report.made_on:%Y年%m月%d日}"
    ws.merge_cells(f"A3:{last}3")


def _table(
    ws: Worksheet,
    top: int,
    headers: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    total: Sequence[Cell] | None,
    money: set[int],
    widths: Sequence[int],
) -> int:
    """Headers at row `top`, then the rows and the total row, ruled; returns the row after."""
    for j, (header, width) in enumerate(zip(headers, widths, strict=True), start=1):
        cell = ws.cell(row=top, column=j, value=header)
        cell.font = Font(bold=True)
        cell.fill = _HEAD_FILL
        cell.border = _BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        current = ws.column_dimensions[get_column_letter(j)].width or 0
        ws.column_dimensions[get_column_letter(j)].width = max(width, current)
    r = top + 1
    for values, is_total in [*((v, False) for v in rows), *(((total, True),) if total is not None else ())]:
        for j, value in enumerate(values, start=1):
            shown = fen_to_yuan(value) if j - 1 in money and isinstance(value, int) else value
            cell = ws.cell(row=r, column=j, value=legal_text(shown) if isinstance(shown, str) else shown)
            cell.border = _BORDER
            if j - 1 in money:
                cell.number_format = YUAN
            if is_total:
                cell.font = Font(bold=True)
                cell.fill = _TOTAL_FILL
        r += 1
    return r


def _page(ws: Worksheet, *, landscape: bool = False) -> None:
    ws.print_title_rows = f"{HEAD_ROW}:{HEAD_ROW}"
    ws.freeze_panes = f"B{HEAD_ROW + 1}"
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"


def _summary(ws: Worksheet, report: AnnualStatistics) -> None:
    ws.title = "总览"
    _heading(ws, report, "", 4)
    figures: list[Sequence[Cell]] = [
        ("资助人数（人）", report.learners),
        ("资助人次", report.claims),
        ("资助金额（元）", fen_to_yuan(report.amount_fen)),
        ("毕业人数（人）", report.graduates),
        ("结业人数（人）", report.completed),
    ]
    after = _table(ws, HEAD_ROW, ("项目", "数值"), figures, None, set(), (22, 18))
    ws.cell(row=HEAD_ROW + 3, column=2).number_format = YUAN
    note = ws.cell(row=after + 1, column=1, value="说明：" + report.note)
    note.alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=after + 1, start_column=1, end_row=after + 1, end_column=4)
    ws.row_dimensions[after + 1].height = 90
    ws.column_dimensions["C"].width = ws.column_dimensions["D"].width = 18
    _page(ws)


def _sources(ws: Worksheet, report: AnnualStatistics) -> None:
    _heading(ws, report, "按经费来源", 4)
    rows = [(r.label, r.learners, r.claims, r.amount_fen) for r in report.by_source]
    total = ("合计", report.learners, report.claims, report.amount_fen)
    headers = ("经费来源", "资助人数（人）", "资助人次", "金额（元）")
    _table(ws, HEAD_ROW, headers, rows, total, {3}, (16, 14, 12, 18))
    _page(ws)


def _breakdown(ws: Worksheet, report: AnnualStatistics, table: Breakdown) -> int:
    """One breakdown on its sheet; returns how many data rows it has (for the chart)."""
    _heading(ws, report, table.title, 5 + len(report.sources))
    headers = (
        table.key,
        "资助人数（人）",
        *(f"{s}（元）" for s in report.sources),
        "金额合计（元）",
        "毕业人数（人）",
        "结业人数（人）",
    )

    def values(row: BreakdownRow) -> tuple[Cell, ...]:
        return (row.label, row.learners, *row.amounts, row.total_fen, row.graduates, row.completed)

    n = len(report.sources)
    money = set(range(2, 3 + n))
    widths = (14, 10, *([14] * n), 14, 10, 10)
    _table(ws, HEAD_ROW, headers, [values(r) for r in table.rows], values(table.total), money, widths)
    ws.row_dimensions[HEAD_ROW].height = 30
    _page(ws, landscape=True)
    return len(table.rows)


def _chart(ws: Worksheet, data: Worksheet, rows: int, labels: Sequence[str], title: str, anchor: str) -> None:
    """A bar chart of the amounts by the sheet's first column, stacked by source (`labels`)."""
    sources = len(labels)
    chart = BarChart()
    chart.type = "col"
    chart.grouping = "stacked"
    chart.overlap = 100
    chart.title = title
    chart.y_axis.title = "金额（元）"
    chart.y_axis.numFmt = "#,##0"
    chart.height, chart.width = 9, 16
    chart.legend.position = "b"
    if rows and sources:
        series = Reference(
            data, min_col=3, max_col=2 + sources, min_row=HEAD_ROW + 1, max_row=HEAD_ROW + rows
        )
        chart.add_data(series)
        for s, label in zip(chart.series, labels, strict=True):
            s.tx = SeriesLabel(v=label)
        chart.set_categories(Reference(data, min_col=1, min_row=HEAD_ROW + 1, max_row=HEAD_ROW + rows))
    ws.add_chart(chart, anchor)


def write_statistics(path: Path, report: AnnualStatistics) -> None:
    """The report as a workbook at `path` (replaced whole, never half-written)."""
    wb = Workbook()
    summary = wb.active
    assert summary is not None
    _summary(summary, report)
    _sources(wb.create_sheet("按经费来源"), report)
    sheets = []
    for table in report.breakdowns:
        ws = wb.create_sheet(table.title)
        sheets.append((ws, _breakdown(ws, report, table), table.title))
    charts = wb.create_sheet("图表")
    _heading(charts, report, "图表", 8)
    by_level, by_department = sheets[0], sheets[2]
    labels = report.sources
    _chart(charts, by_level[0], by_level[1], labels, f"{report.year}年资助金额（按层次）", "A5")
    _chart(charts, by_department[0], by_department[1], labels, f"{report.year}年资助金额（按部门）", "A25")
    for column in "ABCDEFGH":
        charts.column_dimensions[column].width = 10
    charts.page_setup.paperSize = charts.PAPERSIZE_A4
    charts.page_setup.fitToWidth = 1
    charts.page_setup.fitToHeight = 0
    charts.sheet_properties.pageSetUpPr.fitToPage = True
    save_atomically(wb, path)


def export_statistics_xlsx(session: Session, enterprise_id: int, year: int, path: Path) -> AnnualStatistics:
    """The year's report written to `path`; the export is recorded in the audit trail."""
    require(session, Permission.PRINT_LISTS)
    report = annual_statistics(session, enterprise_id, year)
    write_statistics(path, report)
    audit.record(
        session,
        "export",
        table="claim",
        detail=f"{report.year}年度统计报表（Excel）{path.name}：资助 {report.learners} 人，毕业 {report.graduates} 人",
    )
    return report
