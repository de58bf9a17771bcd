"""A survey's term report as a workbook for the union: 按题目 (answers, the mean and how many gave
each answer, with a bar chart of the means drawn by the spreadsheet), 按部门 / 按专业 / 按院校 /
按学期 (groups under the minimum merged as the results merge them), 意见建议 (the free texts, in
text order, no names) and 说明 (how it is counted, who is never shown, the warnings). The export is
recorded in the audit trail.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session

from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.domain.surveys import QUESTION_KINDS, TOPICS
from qiuxue_desktop.io.excel.roster_format import legal_text
from qiuxue_desktop.io.excel.roster_template import save_atomically
from qiuxue_desktop.services import audit
from qiuxue_desktop.services.auth import require
from qiuxue_desktop.services.survey_results import DIMENSIONS, SurveyResults, survey_results

HEAD_ROW = 3
_HEAD = PatternFill("solid", fgColor="DDEBF7")
_LOW = PatternFill("solid", fgColor="F8CBAD")


def _top(ws: Worksheet, r: SurveyResults, subtitle: str) -> None:
    ws["A1"] = legal_text(f"{r.title}　{subtitle}")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = legal_text(f"{r.enterprise}　答卷 {r.sheets} 份　预警线 {r.warn_below} 分（1–5分）")


def _table(
    ws: Worksheet, headers: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[int]
) -> None:
    for j, (h, w) in enumerate(zip(headers, widths, strict=True), start=1):
        cell = ws.cell(row=HEAD_ROW, column=j, value=h)
        cell.font = Font(bold=True)
        cell.fill = _HEAD
        ws.column_dimensions[cell.column_letter].width = w
    for i, values in enumerate(rows, start=HEAD_ROW + 1):
        for j, v in enumerate(values, start=1):
            ws.cell(row=i, column=j, value=legal_text(v) if isinstance(v, str) else v)
    ws.freeze_panes = f"A{HEAD_ROW + 1}"


def _questions(ws: Worksheet, r: SurveyResults) -> None:
    ws.title = "按题目"
    _top(ws, r, "按题目")
    rows = []
    for q in r.questions:
        counts = "，".join(f"{label} {n}" for label, n in q.counts)
        rows.append(
            (
                q.position,
                q.text,
                TOPICS.get(q.topic, q.topic),
                QUESTION_KINDS[q.kind],
                q.answers,
                float(q.mean) if q.mean is not None else None,
                counts,
            )
        )
    _table(
        ws,
        ("题号", "题目", "类别", "题型", "答卷数", "平均分", "各选项人数"),
        rows,
        (6, 48, 12, 12, 8, 8, 60),
    )
    for i, q in enumerate(r.questions, start=HEAD_ROW + 1):
        ws.cell(row=i, column=6).number_format = "0.00"
        if q.below:
            ws.cell(row=i, column=6).fill = _LOW
    scale = [i for i, q in enumerate(r.questions, start=HEAD_ROW + 1) if q.mean is not None]
    if scale:
        chart = BarChart()
        chart.type = "bar"
        chart.title = "各题平均分（1–5分）"
        chart.y_axis.scaling.min, chart.y_axis.scaling.max = 0, 5
        chart.height, chart.width = 9, 18
        chart.legend = None
        chart.add_data(Reference(ws, min_col=6, min_row=HEAD_ROW, max_row=max(scale)), titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=HEAD_ROW + 1, max_row=max(scale)))
        ws.add_chart(chart, f"B{HEAD_ROW + len(r.questions) + 3}")


def _groups(ws: Worksheet, r: SurveyResults) -> None:
    name = DIMENSIONS[r.dimension]
    ws.title = name
    _top(ws, r, name)
    rows = [
        (
            g.label,
            g.sheets,
            float(g.mean) if g.mean is not None else "不足最少份数，不显示",
            "是" if g.below else "",
        )
        for g in r.groups
    ]
    _table(ws, (name[1:], "答卷数", "平均分", "低于预警线"), rows, (36, 10, 20, 12))
    for i, g in enumerate(r.groups, start=HEAD_ROW + 1):
        ws.cell(row=i, column=3).number_format = "0.00"
        if g.below:
            ws.cell(row=i, column=3).fill = _LOW


def write_survey_report(path: Path, reports: Sequence[SurveyResults]) -> None:
    """`reports`: the survey's results by each of DIMENSIONS, "question" first."""
    wb = Workbook()
    first = wb.active
    assert first is not None
    _questions(first, reports[0])
    for r in reports[1:]:
        _groups(wb.create_sheet(), r)
    texts = wb.create_sheet("意见建议")
    _top(texts, reports[0], "意见建议")
    rows = [(t.position, t.question, a) for t in reports[0].free_texts for a in t.answers]
    _table(texts, ("题号", "题目", "意见和建议"), rows, (6, 30, 80))
    for row in texts.iter_rows(min_row=HEAD_ROW + 1):
        row[2].alignment = Alignment(wrap_text=True, vertical="top")
    notes = wb.create_sheet("说明")
    _top(notes, reports[0], "说明")
    lines = [
        reports[0].privacy_note(),
        "平均分：1–5分题目的答案的平均值（5分为非常满意）。",
        *reports[0].warnings,
    ]
    for i, line in enumerate(lines, start=HEAD_ROW + 1):
        notes.cell(row=i, column=1, value=legal_text(line))
    notes.column_dimensions["A"].width = 120
    save_atomically(wb, path)


def survey_reports(session: Session, survey_id: int) -> list[SurveyResults]:
    return [survey_results(session, survey_id, d) for d in DIMENSIONS]


def export_survey_xlsx(session: Session, survey_id: int, path: Path) -> SurveyResults:
    require(session, Permission.PRINT_LISTS)
    reports = survey_reports(session, survey_id)
    write_survey_report(path, reports)
    r = reports[0]
    audit.record(
        session,
        "export",
        table="survey",
        record_key=r.survey.term,
        detail=f"导出满意度调查报告（Excel）{path.name}：{r.survey.title}（{r.survey.term}），{r.sheets}份答卷",
    )
    return r
