"""The honour roll poster (光荣榜) for the notice board, A4 or A3 portrait: the term's 优秀学员 in
cards — photo (only of those who consented), name, department, programme, and the account of
what they did — under a red heading, the union and the month at the foot. Every text is checked
against the fonts first; each poster made is an audit entry.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.utils import ImageReader
from sqlalchemy.orm import Session

from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.io.pdf.documents import PdfDocument, document_fonts, term_text
from qiuxue_desktop.io.pdf.fonts import FontSet
from qiuxue_desktop.io.pdf.sheet import A4_PORTRAIT, MM, Sheet
from qiuxue_desktop.services import audit
from qiuxue_desktop.services.auth import require
from qiuxue_desktop.services.honour_roll import HonourRoll, RollEntry, honour_roll

A3_PORTRAIT = (297 * MM, 420 * MM)
RED = colors.HexColor("#B3191E")
GOLD = colors.HexColor("#C9A227")


@dataclass(frozen=True, slots=True)
class Layout:
    pagesize: tuple[float, float]
    columns: int
    rows: int
    title: float  # font sizes
    name: float
    line: float
    account: float


LAYOUTS = {
    "A4": Layout(A4_PORTRAIT, 2, 4, 40, 15, 8.5, 9),
    "A3": Layout(A3_PORTRAIT, 3, 4, 60, 19, 10.5, 11),
}


def _card(sheet: Sheet, lay: Layout, x: float, y_top: float, w: float, h: float, e: RollEntry) -> None:
    c = sheet.canvas
    c.saveState()
    c.setStrokeColor(GOLD)
    c.setLineWidth(1.2)
    c.roundRect(x, y_top - h, w, h, 3 * MM, stroke=1, fill=0)
    c.restoreState()
    pad = 3 * MM
    text_x = x + pad
    if e.photo is not None:
        ph = h - 2 * pad
        pw = ph * 3 / 4
        image = ImageReader(io.BytesIO(e.photo))
        iw, ih = image.getSize()
        scale = min(pw / iw, ph / ih)
        dw, dh = iw * scale, ih * scale
        c.drawImage(image, x + pad + (pw - dw) / 2, y_top - pad - ph + (ph - dh) / 2, dw, dh)
        text_x += pw + pad
    text_w = x + w - pad - text_x
    c.saveState()
    c.setFillColor(RED)
    c.setStrokeColor(RED)
    sheet.text(text_x, y_top - pad - lay.name, e.name, lay.name, bold=True)
    c.restoreState()
    y = y_top - pad - lay.name * 1.5
    for line in sheet.wrap(f"{e.department}　{e.study}", lay.line, text_w)[:2]:
        sheet.text(text_x, y - lay.line, line, lay.line)
        y -= lay.line * 1.35
    y -= 1 * MM
    sheet.box_text(
        text_x - 1.2 * MM, y, text_w + 2.4 * MM, y - (y_top - h + pad), e.account, lay.account, valign="top"
    )


def _page_head(sheet: Sheet, lay: Layout, roll: HonourRoll) -> float:
    c = sheet.canvas
    top = sheet.top(0)
    band = lay.title * 1.9
    c.saveState()
    c.setFillColor(RED)
    c.setStrokeColor(RED)
    c.rect(sheet.left, top - band, sheet.content_width, band, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setStrokeColor(colors.white)
    sheet.text(
        sheet.width / 2, top - band / 2 - lay.title * 0.36, "光 荣 榜", lay.title, align="centre", bold=True
    )
    c.restoreState()
    y = top - band - lay.name * 1.6
    c.saveState()
    c.setFillColor(RED)
    c.setStrokeColor(RED)
    sheet.text(
        sheet.width / 2, y, f"{term_text(roll.term)}优秀学员", lay.name * 1.1, align="centre", bold=True
    )
    c.restoreState()
    y -= lay.line * 2
    sheet.text(sheet.width / 2, y, f"{roll.enterprise}“求学圆梦行动”", lay.line, align="centre")
    return y - lay.line * 2


def _foot(sheet: Sheet, lay: Layout, roll: HonourRoll) -> None:
    sheet.text(
        sheet.right,
        sheet.bottom + 2 * MM,
        f"{roll.union}　{roll.made_on.year}年{roll.made_on.month}月",
        lay.line,
        align="right",
    )


def render_honour_roll(roll: HonourRoll, fonts: FontSet, size: str = "A4") -> tuple[bytes, int]:
    lay = LAYOUTS[size]
    fonts.check(roll.texts())
    sheet = Sheet(fonts, lay.pagesize, title=f"{roll.term}优秀学员光荣榜", author=roll.union)
    per_page = lay.columns * lay.rows
    pages = max(1, -(-len(roll.entries) // per_page))
    gap = 4 * MM
    for p in range(pages):
        y0 = _page_head(sheet, lay, roll)
        bottom = sheet.bottom + lay.line * 2.5
        card_w = (sheet.content_width - gap * (lay.columns - 1)) / lay.columns
        card_h = (y0 - bottom - gap * (lay.rows - 1)) / lay.rows
        chunk = roll.entries[p * per_page : (p + 1) * per_page]
        if not chunk:
            sheet.text(
                sheet.width / 2, y0 - 30 * MM, "本学期还没有批准的优秀学员。", lay.name, align="centre"
            )
        for k, e in enumerate(chunk):
            row, col = divmod(k, lay.columns)
            _card(sheet, lay, sheet.left + col * (card_w + gap), y0 - row * (card_h + gap), card_w, card_h, e)
        _foot(sheet, lay, roll)
        if pages > 1:
            sheet.page_number(p + 1, pages)
        sheet.end_page()
    return sheet.finish(), pages


def honour_roll_document(session: Session, round_id: int, size: str = "A4") -> PdfDocument:
    """The poster of the round's approved nominees, recorded in the audit trail."""
    require(session, Permission.PRINT_LISTS)
    roll = honour_roll(session, round_id)
    data, pages = render_honour_roll(roll, document_fonts(session), size)
    audit.record(
        session,
        "print",
        table="honour_nomination",
        detail=f"打印{roll.term}优秀学员光荣榜（{size}，{len(roll.entries)}人，{sum(e.photo is not None for e in roll.entries)}张照片）",
    )
    return PdfDocument(data, pages, f"{roll.term}优秀学员光荣榜（{size}）", f"光荣榜_{roll.term}_{size}.pdf")
