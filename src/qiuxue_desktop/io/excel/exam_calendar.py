"""The exam calendar as a workbook a workshop head prints: one sheet, landscape A4, grouped by
date (a bold line per day with its count), departments together within a day, the header
row repeated on every page, real date and time cells, page numbers in the footer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from itertools import groupby
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from sqlalchemy.orm import Session

from qiuxue_desktop.domain import Enterprise
from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.io.excel.roster_format import legal_text
from qiuxue_desktop.io.excel.roster_template import save_atomically
from qiuxue_desktop.services import audit
from qiuxue_desktop.services.auth import require
from qiuxue_desktop.services.exams import CalendarRow, exam_calendar

SHEET = "考试日历"
WEEKDAYS = "一二三四五六日"
# (header, width)
COLUMNS: tuple[tuple[str, int], ...] = (
    ("日期", 12),
    ("星期", 6),
    ("开始", 7),
    ("结束", 7),
    ("部门", 12),
    ("姓名", 10),
    ("工号", 10),
    ("岗位", 6),
    ("院校", 16),
    ("专业", 18),
    ("课程", 20),
    ("考试地点", 28),
    ("备注", 8),
)
_HEAD_ROW = 3
_THIN = Side(style="thin", color="999999")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
_DAY_FILL = PatternFill("solid", fgColor="F2F2F2")


def weekday(day: dt.date) -> str:
    return f"星期{WEEKDAYS[day.weekday()]}"


def write_exam_calendar(
    path: Path,
    rows: Sequence[CalendarRow],
    *,
    start: dt.date,
    end: dt.date,
    enterprise_name: str,
) -> int:
    """Write the calendar of `rows` (as services.exams.exam_calendar orders them) to `path`,
    replacing it whole; returns how many exams it lists."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = SHEET
    last = get_column_letter(len(COLUMNS))
    ws["A1"] = legal_text(f"{enterprise_name} 学员考试安排（{start:%Y年%m月%d日}至{end:%Y年%m月%d日}）")
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(f"A1:{last}1")
    learners = len({r.learner_id for r in rows})
    ws["A2"] = f"共{len(rows)}场考试、{learners}名学员。请各车间据此安排班次（工学矛盾）。"
    ws.merge_cells(f"A2:{last}2")
    for j, (header, width) in enumerate(COLUMNS, start=1):
        cell = ws.cell(row=_HEAD_ROW, column=j, value=header)
        cell.font = Font(bold=True)
        cell.fill = _HEAD_FILL
        cell.border = _BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center")
        ws.column_dimensions[get_column_letter(j)].width = width
    r = _HEAD_ROW + 1
    if not rows:
        ws.cell(row=r, column=1, value="这段时间没有考试安排。")
        ws.merge_cells(f"A{r}:{last}{r}")
    for day, group in groupby(rows, key=lambda x: x.exam_date):
        exams = list(group)
        line = ws.cell(row=r, column=1, value=f"{day:%Y年%m月%d日} {weekday(day)}　{len(exams)}场考试")
        line.font = Font(bold=True)
        line.fill = _DAY_FILL
        ws.merge_cells(f"A{r}:{last}{r}")
        r += 1
        for x in exams:
            values: tuple[object, ...] = (
                x.exam_date,
                weekday(x.exam_date),
                x.start_time,
                x.end_time,
                x.department,
                x.learner_name,
                x.employee_no,
                "一线" if x.post_category == "1" else "其他",
                x.institution_name,
                x.programme_name,
                x.course_name,
                x.place,
                x.note,
            )
            for j, value in enumerate(values, start=1):
                cell = ws.cell(row=r, column=j, value=legal_text(value) if isinstance(value, str) else value)
                cell.border = _BORDER
                if j == 1:
                    cell.number_format = "yyyy-mm-dd"
                elif j in (3, 4):
                    cell.number_format = "hh:mm"
            r += 1
    ws.freeze_panes = f"A{_HEAD_ROW + 1}"
    ws.print_title_rows = f"{_HEAD_ROW}:{_HEAD_ROW}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    save_atomically(wb, path)
    return len(rows)


def export_exam_calendar(
    session: Session,
    enterprise_id: int,
    path: Path,
    *,
    start: dt.date,
    end: dt.date,
    department_id: int | None = None,
) -> int:
    """The exam calendar of `start`..`end` (one department when given) written to `path`; the
    export is recorded in the audit trail. Returns how many exams it lists."""
    require(session, Permission.PRINT_LISTS)
    rows = exam_calendar(session, enterprise_id, start=start, end=end, department_id=department_id)
    enterprise = session.get(Enterprise, enterprise_id)
    n = write_exam_calendar(
        path, rows, start=start, end=end, enterprise_name=enterprise.name if enterprise else ""
    )
    audit.record(
        session,
        "export",
        table="exam_sitting",
        detail=f"考试日历 {start.isoformat()}至{end.isoformat()}：{n} 场考试，{path.name}",
    )
    return n
