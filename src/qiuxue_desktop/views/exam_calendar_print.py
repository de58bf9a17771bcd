"""The exam calendar on paper, through Qt: an HTML document (a title, then per day a heading and
a table of the department's learners with time, course and place), laid out on landscape A4
by QTextDocument with page numbers, printed to a QPrinter — a real printer, the preview, or
a PDF file."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from itertools import groupby
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from qiuxue_desktop.views.code_labels import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from qiuxue_desktop.services.exams import CalendarRow

WEEKDAYS = (
    QT_TRANSLATE_NOOP("exam_calendar_print", "星期一"),
    QT_TRANSLATE_NOOP("exam_calendar_print", "星期二"),
    QT_TRANSLATE_NOOP("exam_calendar_print", "星期三"),
    QT_TRANSLATE_NOOP("exam_calendar_print", "星期四"),
    QT_TRANSLATE_NOOP("exam_calendar_print", "星期五"),
    QT_TRANSLATE_NOOP("exam_calendar_print", "星期六"),
    QT_TRANSLATE_NOOP("exam_calendar_print", "星期日"),
)
HEADERS = (
    QT_TRANSLATE_NOOP("exam_calendar_print", "部门"),
    QT_TRANSLATE_NOOP("exam_calendar_print", "姓名"),
    QT_TRANSLATE_NOOP("exam_calendar_print", "工号"),
    QT_TRANSLATE_NOOP("exam_calendar_print", "岗位"),
    QT_TRANSLATE_NOOP("exam_calendar_print", "时间"),
    QT_TRANSLATE_NOOP("exam_calendar_print", "课程"),
    QT_TRANSLATE_NOOP("exam_calendar_print", "院校／专业"),
    QT_TRANSLATE_NOOP("exam_calendar_print", "考试地点"),
)
MARGIN_MM = 12
FOOTER_MM = 8


def _tr(text: str) -> str:
    return QCoreApplication.translate("exam_calendar_print", text)


def weekday(day: dt.date) -> str:
    return _tr(WEEKDAYS[day.weekday()])


def long_date(day: dt.date) -> str:
    """2025年06月14日 (in English 2025-06-14)."""
    return day.strftime(QCoreApplication.translate("exam_calendar_print", "%Y年%m月%d日"))


def calendar_html(
    rows: Sequence[CalendarRow], *, start: dt.date, end: dt.date, enterprise: str, department: str
) -> str:
    """The calendar as HTML that QTextDocument lays out (tables, no CSS beyond what it knows)."""
    e = html.escape
    title = QCoreApplication.translate("exam_calendar_print", "{enterprise} 学员考试安排").format(
        enterprise=enterprise
    )
    period = QCoreApplication.translate("exam_calendar_print", "{start} 至 {end}").format(
        start=long_date(start), end=long_date(end)
    )
    learners = len({r.learner_id for r in rows})
    scope = department or QCoreApplication.translate("exam_calendar_print", "全部部门")
    parts = [
        f"<h2 align='center'>{e(title)}</h2>",
        f"<p align='center'>{e(period)}　{e(scope)}　"
        + e(
            QCoreApplication.translate(
                "exam_calendar_print", "共 {n} 场考试、{m} 名学员。请据此安排班次。"
            ).format(n=len(rows), m=learners)
        )
        + "</p>",
    ]
    if not rows:
        none = QCoreApplication.translate("exam_calendar_print", "这段时间没有考试安排。")
        parts.append(f"<p>{e(none)}</p>")
    for day, group in groupby(rows, key=lambda r: r.exam_date):
        exams = list(group)
        parts.append(
            f"<h3>{e(long_date(day))} {e(weekday(day))}　"
            + e(QCoreApplication.translate("exam_calendar_print", "{n} 场考试").format(n=len(exams)))
            + "</h3>"
        )
        parts.append(
            "<table border='1' cellspacing='0' cellpadding='4' width='100%' style='border-collapse: collapse;'>"
        )
        parts.append(
            "<tr style='background-color: #dde8f4;'>"
            + "".join(f"<th>{e(_tr(h))}</th>" for h in HEADERS)
            + "</tr>"
        )
        for r in exams:
            cells = (
                r.department,
                r.learner_name,
                r.employee_no,
                QCoreApplication.translate("exam_calendar_print", "一线")
                if r.post_category == "1"
                else QCoreApplication.translate("exam_calendar_print", "其他"),
                f"{r.start_time:%H:%M}–{r.end_time:%H:%M}",
                r.course_name,
                QCoreApplication.translate("exam_calendar_print", "{a}／{b}").format(
                    a=r.institution_name, b=r.programme_name
                ),
                r.place,
            )
            parts.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in cells) + "</tr>")
        parts.append("</table>")
    return "\n".join(parts)


def calendar_document(
    rows: Sequence[CalendarRow],
    *,
    start: dt.date,
    end: dt.date,
    enterprise: str,
    department: str,
    font: QFont,
) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultFont(font)
    doc.setHtml(calendar_html(rows, start=start, end=end, enterprise=enterprise, department=department))
    return doc


def setup_printer(printer: QPrinter) -> None:
    """Landscape A4 with margins, as a workshop's notice board wants it."""
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )
    printer.setPageLayout(layout)


def print_document(doc: QTextDocument, printer: QPrinter) -> int:
    """Lay `doc` out on the printer's pages with "第 n 页，共 m 页" under each; returns the page count."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(QCoreApplication.translate("exam_calendar_print", "无法开始打印：打印机或文件不可用"))
    try:
        page = printer.pageLayout().paintRectPixels(printer.resolution())
        footer = FOOTER_MM / 25.4 * printer.resolution()
        doc.documentLayout().setPaintDevice(printer)
        doc.setPageSize(QSizeF(page.width(), page.height() - footer))
        pages = doc.pageCount()
        height = page.height() - footer
        for n in range(pages):
            if n:
                printer.newPage()
            painter.save()
            painter.translate(0, -n * height)
            clip = QRectF(0, n * height, page.width(), height)
            doc.drawContents(painter, clip)
            painter.restore()
            painter.setFont(doc.defaultFont())
            painter.drawText(
                QRectF(0, height, page.width(), footer),
                Qt.AlignmentFlag.AlignCenter,
                QCoreApplication.translate("exam_calendar_print", "第 {n} 页，共 {m} 页").format(
                    n=n + 1, m=pages
                ),
            )
    finally:
        painter.end()
    return pages
