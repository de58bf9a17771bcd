"""The public posting list (公示名单) for the notice board: A4 portrait; who is to receive how much
(names, masked ID numbers — always masked: the list hangs in public — departments, programmes,
amounts), the posting period and where to raise an objection; the header row on every page,
the total at the end, the union branch and the date under it, 第 N 页 共 M 页 at the foot.

`PostingList` is plain data (documents.py reads it); `render_posting_list` draws it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from qiuxue_desktop.domain.money import format_rmb, format_yuan
from qiuxue_desktop.io.pdf.fonts import FontSet
from qiuxue_desktop.io.pdf.sheet import A4_PORTRAIT, LEADING, MM, Sheet
from qiuxue_desktop.io.pdf.table import Column, LaidRow, Table, draw_paged, plan_pages

TITLE = "求学圆梦行动学费补助公示"


def default_objection(union: str) -> str:
    """The wording when 系统设置 → 打印 gives none: it names the union branch."""
    return f"如有异议，请在公示期内以书面或当面方式向{union}实名反映，逾期视为无异议。"


@dataclass(frozen=True, slots=True)
class PostingRow:
    name: str
    department: str
    id_masked: str
    programme: str  # the programme and its level
    amount_fen: int


@dataclass(frozen=True, slots=True)
class PostingList:
    enterprise: str
    union: str  # who posts it and hears objections
    term_text: str  # "2025-2026学年第一学期", or several terms joined
    start: dt.date
    end: dt.date
    objection: str
    rows: tuple[PostingRow, ...]
    printed_on: dt.date

    def intro(self) -> str:
        return (
            f"　　根据求学圆梦行动学费补助办法，经个人申请、单位审核和{self.union}审批，"
            f"以下 {len(self.rows)} 名职工拟获得{self.term_text}学费补助，现予公示。"
            f"公示期：{self.start:%Y年%m月%d日}至{self.end:%Y年%m月%d日}。{self.objection}"
        )

    def texts(self) -> Iterator[tuple[str, str]]:
        yield "公示名单的单位名称", self.enterprise
        yield "公示名单的工会名称", self.union
        yield "公示名单的异议说明", self.objection
        for i, r in enumerate(self.rows, start=1):
            who = f"公示名单第 {i} 行学员“{r.name}”"
            yield f"{who}的姓名", r.name
            yield f"{who}的部门", r.department
            yield f"{who}的专业", r.programme


COLUMNS = (
    Column("序号", 10, "centre"),
    Column("姓名", 22, "centre"),
    Column("部门", 30),
    Column("身份证号", 36, "centre"),
    Column("专业（层次）", 52),
    Column("补助金额（元）", 26, "right"),
)


def render_posting_list(data: PostingList, fonts: FontSet) -> tuple[bytes, int]:
    """The list as PDF bytes and its page count. The fonts must already have checked texts()."""
    sheet = Sheet(fonts, A4_PORTRAIT, title=TITLE, subject=data.term_text, author=data.union)
    table = Table(sheet, COLUMNS, width=sheet.content_width, size=9, header_size=9)
    intro_size = 10.5
    intro = sheet.wrap(data.intro(), intro_size, sheet.content_width)
    head_h = 14 * MM + len(intro) * intro_size * LEADING + 3 * MM
    top = sheet.top(0) - head_h
    total = sum(r.amount_fen for r in data.rows)
    laid = [
        table.lay([str(i), r.name, r.department, r.id_masked, r.programme, format_yuan(r.amount_fen)])
        for i, r in enumerate(data.rows, start=1)
    ]
    closing: LaidRow = table.lay(["合计", f"{len(data.rows)} 人", "", "", "", format_yuan(total)])
    room = top - table.header.height - sheet.bottom
    plan = plan_pages([r.height for r in laid], room, closing.height + 26 * MM)

    def head(number: int, pages: int) -> None:
        y = sheet.top(0)
        sheet.text(sheet.width / 2, y - 17, TITLE, 17, align="centre", bold=True)
        sheet.lines(sheet.left, y - 14 * MM, sheet.content_width, intro, intro_size)

    def trailer(y: float) -> None:
        y = table.draw(sheet.left, y, closing, bold=True)
        sheet.text(sheet.left, y - 6 * MM, f"补助金额合计：{format_rmb(total)}", 10)
        sheet.text(sheet.right, y - 15 * MM, data.union, 10.5, align="right")
        sheet.text(sheet.right, y - 22 * MM, f"{data.printed_on:%Y年%m月%d日}", 10.5, align="right")

    pages = draw_paged(sheet, table, laid, plan, x=sheet.left, top=top, head=head, trailer=trailer)
    return sheet.finish(), pages
