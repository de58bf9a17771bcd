"""A survey's term report on paper for the union (A4 portrait): the figures (answer sheets, the
overall mean, the warning level), the warnings, a bar chart of each 1–5 question's mean with the
warning level marked, the table by question, the tables by department, programme, institution
and term (small groups merged, as the results merge them), the free-text answers in text order,
and how it is counted — who answered what is never on it. Each report made is an audit entry.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from reportlab.lib import colors
from sqlalchemy.orm import Session

from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.io.pdf.documents import PdfDocument, document_fonts, term_text, write_pdf
from qiuxue_desktop.io.pdf.fonts import FontSet
from qiuxue_desktop.io.pdf.questionnaire import Flow
from qiuxue_desktop.io.pdf.sheet import A4_PORTRAIT, MM, Sheet
from qiuxue_desktop.io.pdf.table import Column, Table
from qiuxue_desktop.services import audit
from qiuxue_desktop.services.auth import require
from qiuxue_desktop.services.survey_results import DIMENSIONS, SurveyResults, survey_results

SIZE = 8.5
BAR = colors.HexColor("#4472C4")
LOW = colors.HexColor("#C0504D")


def _mean(value: Decimal | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def _chart(f: Flow, r: SurveyResults) -> None:
    s = f.sheet
    scored = [q for q in r.questions if q.mean is not None]
    if not scored:
        return
    row = 6 * MM
    f.room(12 + row * len(scored) + 8 * MM)
    s.text(s.left, f.y - 10.5, "各题平均分（1–5分）", 10.5, bold=True)
    f.y -= 16
    label_w = 70 * MM
    x0, x1 = s.left + label_w, s.right - 12 * MM
    top = f.y
    c = s.canvas
    for q in scored:
        assert q.mean is not None
        label = s.wrap(f"{q.position}. {q.text}", 7.5, label_w - 2 * MM)[0]
        s.text(s.left, f.y - row / 2 - 2.5, label, 7.5)
        c.saveState()
        c.setFillColor(LOW if q.below else BAR)
        c.rect(x0, f.y - row + 1.2 * MM, (x1 - x0) * float(q.mean) / 5, row - 2.4 * MM, stroke=0, fill=1)
        c.restoreState()
        s.text(x0 + (x1 - x0) * float(q.mean) / 5 + 1.5 * MM, f.y - row / 2 - 2.5, _mean(q.mean), 7.5)
        f.y -= row
    for tick in range(6):
        x = x0 + (x1 - x0) * tick / 5
        s.vline(x, top, f.y, line=0.2)
        s.text(x, f.y - 8, str(tick), 7, align="centre")
    level_x = x0 + (x1 - x0) * float(r.warn_below) / 5
    c.saveState()
    c.setStrokeColor(LOW)
    c.setDash(3, 2)
    s.vline(level_x, top + 1 * MM, f.y, line=0.9)
    c.restoreState()
    s.text(level_x, top + 2 * MM, f"预警线 {r.warn_below}", 7, align="centre")
    f.y -= 14


def _table(f: Flow, title: str, columns: Sequence[Column], rows: Sequence[Sequence[str]]) -> None:
    s = f.sheet
    table = Table(s, columns, width=s.content_width, size=SIZE)
    laid = [table.lay(v) for v in rows] or [table.lay(["（没有答卷）", *[""] * (len(columns) - 1)])]
    f.room(14 + table.header.height + laid[0].height)
    s.text(s.left, f.y - 10.5, title, 10.5, bold=True)
    f.y = table.draw_header(s.left, f.y - 14)
    for row in laid:
        if f.y - row.height < s.bottom:
            f.new_page()
            f.y = table.draw_header(s.left, f.y)
        f.y = table.draw(s.left, f.y, row)
    f.y -= 5 * MM


def _draw(reports: Sequence[SurveyResults], fonts: FontSet, total: int) -> tuple[bytes, int]:
    r = reports[0]
    sheet = Sheet(fonts, A4_PORTRAIT, title=r.title, subject=term_text(r.survey.term), author=r.enterprise)
    f = Flow(sheet, total)
    sheet.text(sheet.width / 2, f.y - 16, f"{r.survey.title}结果报告", 16, align="centre", bold=True)
    f.y -= 24
    sheet.text(sheet.width / 2, f.y - 10, f"{r.enterprise}　{term_text(r.survey.term)}", 10, align="centre")
    f.y -= 20
    f.paragraph(
        f"答卷 {r.sheets} 份；1–5分题目的总体平均分 {_mean(r.mean)} 分；预警线 {r.warn_below} 分。",
        10,
        bold=True,
    )
    f.paragraph(r.privacy_note(), 9)
    f.y -= 2 * MM
    for w in r.warnings:
        f.paragraph("预警：" + w, 9.5, bold=True)
    f.y -= 2 * MM
    _chart(f, r)
    _table(
        f,
        "按题目",
        [
            Column("题号", 6, "centre"),
            Column("题目", 44),
            Column("答卷数", 9, "right"),
            Column("平均分", 9, "right"),
            Column("各选项人数", 40, size=7.5),
        ],
        [
            [
                str(q.position),
                q.text,
                str(q.answers),
                _mean(q.mean) + ("（低）" if q.below else ""),
                "，".join(f"{a} {n}" for a, n in q.counts),
            ]
            for q in r.questions
        ],
    )
    for g in reports[1:]:
        name = DIMENSIONS[g.dimension]
        _table(
            f,
            name,
            [Column(name[1:], 50), Column("答卷数", 15, "right"), Column("平均分", 15, "right")],
            [[x.label, str(x.sheets), _mean(x.mean) + ("（低）" if x.below else "")] for x in g.groups],
        )
    for t in r.free_texts:
        f.room(30)
        f.paragraph(f"第{t.position}题 {t.question}（{len(t.answers)}条）", 10.5, bold=True)
        for a in t.answers or ("（没有意见）",):
            f.paragraph(f"· {a}", 9, indent=3 * MM)
        f.y -= 3 * MM
    return f.finish()


def render_survey_report(reports: Sequence[SurveyResults], fonts: FontSet) -> tuple[bytes, int]:
    fonts.check([t for r in reports for t in r.texts()])
    _data, pages = _draw(reports, fonts, 0)
    return _draw(reports, fonts, pages)


def _made(session: Session, survey_id: int) -> tuple[SurveyResults, bytes, int]:
    require(session, Permission.PRINT_LISTS)
    reports = [survey_results(session, survey_id, d) for d in DIMENSIONS]
    data, pages = render_survey_report(reports, document_fonts(session))
    return reports[0], data, pages


def _record(session: Session, r: SurveyResults, pages: int, where: str) -> None:
    audit.record(
        session,
        "export",
        table="survey",
        record_key=r.survey.term,
        detail=f"满意度调查报告（PDF，{pages} 页）{where}：{r.survey.title}（{r.survey.term}），{r.sheets}份答卷",
    )


def survey_report_document(session: Session, survey_id: int) -> PdfDocument:
    r, data, pages = _made(session, survey_id)
    _record(session, r, pages, "")
    return PdfDocument(data, pages, r.title, f"满意度调查报告_{r.survey.term}.pdf")


def export_survey_pdf(session: Session, survey_id: int, path: Path) -> SurveyResults:
    r, data, pages = _made(session, survey_id)
    write_pdf(path, data)
    _record(session, r, pages, f" {path.name}")
    return r
