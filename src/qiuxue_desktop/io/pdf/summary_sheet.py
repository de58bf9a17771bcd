"""The term summary sheet (汇总表), brief §4.2: A4 landscape; the enterprise (盖章) and the term at
the top of every page; one row per claim with the brief's columns (序号, 姓名, 性别, 民族, 出生年月,
户籍性质, 户籍所在地, 身份证号, 金额(元), 专业, 年级) and the split by source type; the header row
on every page; a 小计 (page subtotal) row on every page of a sheet with more than one; on the last page the total
in figures and in capitals and the signature lines (单位负责人, 财务负责人, 填表人, 填表日期);
第 N 页 共 M 页 at the foot.

`SummarySheet` is plain data (documents.py reads it); `render_summary` draws it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from qiuxue_desktop.domain.money import capital_numerals_fen, format_rmb, format_yuan
from qiuxue_desktop.io.pdf.fonts import FontSet
from qiuxue_desktop.io.pdf.sheet import A4_LANDSCAPE, MM, Sheet
from qiuxue_desktop.io.pdf.table import Column, LaidRow, Table, draw_paged, plan_pages

TITLE = "求学圆梦行动学费补助汇总表"
HEAD_H = 17 * MM  # the title block above the table on every page
TRAILER_H = 24 * MM  # the total in capitals and the signature lines


@dataclass(frozen=True, slots=True)
class SummaryRow:
    name: str
    gender: str
    ethnic_group: str
    born: str  # 出生年月, "1990.01"
    hukou_type: str
    hukou_place: str
    id_number: str  # in full or masked, as the printing role may see it
    amount_fen: int  # what the schemes pay (the learner's own share is not on the sheet)
    programme: str
    grade: str  # 年级: "2024级"
    by_source: tuple[int, ...]  # per SummarySheet.sources


@dataclass(frozen=True, slots=True)
class SummarySheet:
    enterprise: str
    term: str  # "2025-2026-1"
    term_text: str  # "2025-2026学年第一学期"
    sources: tuple[str, ...]  # the source types' labels, one column each
    rows: tuple[SummaryRow, ...]
    printed_on: dt.date
    ids_masked: bool

    @property
    def total_fen(self) -> int:
        return sum(r.amount_fen for r in self.rows)

    def texts(self) -> Iterator[tuple[str, str]]:
        yield "汇总表的单位名称", self.enterprise
        for i, r in enumerate(self.rows, start=1):
            who = f"汇总表第 {i} 行学员“{r.name}”"
            yield f"{who}的姓名", r.name
            yield f"{who}的民族", r.ethnic_group
            yield f"{who}的户籍所在地", r.hukou_place
            yield f"{who}的专业", r.programme


def _columns(sources: tuple[str, ...], width_mm: float) -> list[Column]:
    """Columns in millimetres: an ID number always on one line, the programme taking what is left."""
    fixed = [
        Column("序号", 9, "centre"),
        Column("姓名", 16, "centre"),
        Column("性别", 8, "centre"),
        Column("民族", 11.5, "centre"),
        Column("出生年月", 14, "centre"),
        Column("户籍性质", 13.5, "centre"),
        Column("户籍所在地", 30),
        Column("身份证号", 31, "centre"),
        Column("金额（元）", 23, "right"),
    ]
    money = [Column(label, 20, "right") for label in sources]
    used = sum(c.weight for c in (*fixed, *money)) + 11
    return [*fixed, Column("专业", max(28.0, width_mm - used)), Column("年级", 11, "centre"), *money]


def _money(fen: int) -> str:
    return format_yuan(fen) if fen else ""


def render_summary(
    sheet_data: SummarySheet, fonts: FontSet, progress: Callable[[int], None] | None = None
) -> tuple[bytes, int]:
    """The sheet as PDF bytes and its page count. The fonts must already have checked texts()."""
    d = sheet_data
    sheet = Sheet(
        fonts,
        A4_LANDSCAPE,
        title=f"{TITLE} {d.term}",
        subject=f"{d.enterprise} {d.term_text}",
        author=d.enterprise,
    )
    columns = _columns(d.sources, sheet.content_width / MM)
    table = Table(sheet, columns, width=sheet.content_width, size=7.5, header_size=7.5)
    n_src = len(d.sources)

    def values(i: int, r: SummaryRow) -> list[str]:
        return [
            str(i),
            r.name,
            r.gender,
            r.ethnic_group,
            r.born,
            r.hukou_type,
            r.hukou_place,
            r.id_number,
            format_yuan(r.amount_fen),
            r.programme,
            r.grade,
            *(_money(v) for v in r.by_source),
        ]

    def totals(label: str, rows: range | None) -> LaidRow:
        chosen = d.rows if rows is None else d.rows[rows.start : rows.stop]
        amount = sum(r.amount_fen for r in chosen)
        per_source = [sum(r.by_source[k] for r in chosen) for k in range(n_src)]
        count = f"{len(chosen)} 人"
        blank = [""] * 6
        return table.lay(
            [label, count, *blank, format_yuan(amount), "", "", *(_money(v) for v in per_source)]
        )

    laid = [table.lay(values(i, r)) for i, r in enumerate(d.rows, start=1)]
    top = sheet.top(0) - HEAD_H
    sub_h = totals("小计", range(0)).height
    room = top - table.header.height - sub_h - sheet.bottom
    plan = plan_pages([r.height for r in laid], room, sub_h + TRAILER_H)
    multi = len(plan.pages) > 1

    def head(number: int, pages: int) -> None:
        y = sheet.top(0)
        sheet.text(sheet.width / 2, y - 15, TITLE, 15, align="centre", bold=True)
        line = y - 33
        sheet.text(sheet.left, line, f"单位名称（盖章）：{d.enterprise}", 9)
        sheet.text(sheet.width / 2, line, f"学期：{d.term_text}", 9, align="centre")
        note = "金额单位：元" + ("　身份证号已部分隐藏" if d.ids_masked else "")
        sheet.text(sheet.right, line, note, 8, align="right")

    def subtotal(page: range) -> LaidRow | None:
        return totals("小计", page) if multi else None

    def trailer(y: float) -> None:
        y = table.draw(sheet.left, y, totals("合计", None), bold=True)
        words = f"合计金额（大写）：人民币{capital_numerals_fen(d.total_fen)}　　（小写）：{format_rmb(d.total_fen)}"
        sheet.text(sheet.left, y - 6 * MM, words, 9.5, bold=True)
        sign_y = y - 17 * MM
        slots = ("单位负责人：", "财务负责人：", "填表人：", "填表日期：")
        width = sheet.content_width / len(slots)
        for k, label in enumerate(slots):
            x = sheet.left + k * width
            used = sheet.text(x, sign_y, label, 9.5)
            if label == "填表日期：":
                sheet.text(x + used, sign_y, "　　　　年　　月　　日", 9.5)
            else:
                sheet.hline(x + used + 1, x + width - 8 * MM, sign_y - 1.5, line=0.5)

    pages = draw_paged(
        sheet,
        table,
        laid,
        plan,
        x=sheet.left,
        top=top,
        head=head,
        subtotal=subtotal,
        trailer=trailer,
        progress=progress,
    )
    return sheet.finish(), pages
