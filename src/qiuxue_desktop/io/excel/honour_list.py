"""The term's 优秀学员 as a workbook for the union's newsletter: 序号, 姓名, 部门, 院校, 专业, 层次,
事迹, 证书编号 and the photo (placed in its cell) of those who consented to one — the same people
and words as the poster. No ID number or phone. The export is recorded in the audit trail.
"""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import Workbook
from openpyxl.drawing.image import Image as SheetImage
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from sqlalchemy.orm import Session

from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.io.excel.roster_format import legal_text
from qiuxue_desktop.io.excel.roster_template import save_atomically
from qiuxue_desktop.services import audit
from qiuxue_desktop.services.auth import require
from qiuxue_desktop.services.honour_roll import HonourRoll, honour_roll

HEADERS = ("序号", "姓名", "部门", "院校", "专业", "层次", "事迹", "证书编号", "照片")
WIDTHS = (6, 10, 14, 18, 18, 8, 60, 20, 14)
PHOTO_W, PHOTO_H = 90, 120  # pixels in the sheet
_THIN = Side(style="thin", color="999999")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def write_honour_list(path: Path, roll: HonourRoll) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "优秀学员"
    ws["A1"] = legal_text(f"{roll.enterprise} {roll.term}学期优秀学员名单")
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = legal_text(f"{roll.union}　{roll.made_on:%Y年%m月%d日}")
    ws.merge_cells("A2:I2")
    for j, (header, width) in enumerate(zip(HEADERS, WIDTHS, strict=True), start=1):
        cell = ws.cell(row=3, column=j, value=header)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="F8CBAD")
        cell.border = _BORDER
        cell.alignment = Alignment(horizontal="center")
        ws.column_dimensions[cell.column_letter].width = width
    for i, e in enumerate(roll.entries, start=1):
        r = 3 + i
        values = (
            i,
            e.name,
            e.department,
            e.institution,
            e.programme,
            e.level,
            e.account,
            e.certificate_number,
        )
        for j, value in enumerate(values, start=1):
            cell = ws.cell(row=r, column=j, value=legal_text(value) if isinstance(value, str) else value)
            cell.border = _BORDER
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        photo_cell = ws.cell(row=r, column=9, value=None if e.photo else "（无）")
        photo_cell.border = _BORDER
        if e.photo is not None:
            image = SheetImage(io.BytesIO(e.photo))
            image.width, image.height = PHOTO_W, PHOTO_H
            ws.add_image(image, f"I{r}")
            ws.row_dimensions[r].height = PHOTO_H * 0.75 + 4
        else:
            ws.row_dimensions[r].height = max(30, 15 * (len(e.account) // 30 + 1))
    ws.freeze_panes = "C4"
    ws.print_title_rows = "3:3"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    save_atomically(wb, path)


def export_honour_list(session: Session, round_id: int, path: Path) -> HonourRoll:
    """The round's approved nominees written to `path`; recorded in the audit trail."""
    require(session, Permission.PRINT_LISTS)
    roll = honour_roll(session, round_id)
    write_honour_list(path, roll)
    audit.record(
        session,
        "export",
        table="honour_nomination",
        detail=f"导出{roll.term}优秀学员名单（Excel）{path.name}：{len(roll.entries)}人",
    )
    return roll
