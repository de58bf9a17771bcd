"""A summary sheet of 2,000 rows comes out right: every row once, in order, the header row and
the page number on every page, page subtotals that add up to the total, the total in figures
and in capitals on the last page, nothing outside the margins."""

from __future__ import annotations

import datetime as dt
import random
import re
import time
from pathlib import Path

from tests import pdf_check
from tests.unit.study_samples import id_number

from qiuxue_desktop.domain.money import capital_numerals_fen, format_yuan
from qiuxue_desktop.io.pdf.fonts import FontSet
from qiuxue_desktop.io.pdf.summary_sheet import SummaryRow, SummarySheet, render_summary

ROWS = 2000
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = [
    "伟",
    "芳",
    "娜",
    "秀英",
    "敏",
    "静",
    "丽",
    "强",
    "磊",
    "军",
    "洋",
    "勇",
    "艳",
    "杰",
    "娟",
    "涛",
    "明",
    "超",
]
PROGRAMMES = [
    "机电一体化技术（高起专）",
    "电气工程及其自动化（专升本）",
    "数控技术（高起专）",
    "会计学（专升本）",
]


def _sheet() -> SummarySheet:
    rng = random.Random(5)
    rows = []
    for i in range(ROWS):
        union, fund = rng.randrange(0, 300_000, 100), rng.randrange(0, 900_000)
        birth = dt.date(1975, 1, 1) + dt.timedelta(days=i * 7)
        rows.append(
            SummaryRow(
                name=SURNAMES[i % len(SURNAMES)] + GIVEN[(i * 7) % len(GIVEN)],
                gender="男" if i % 2 else "女",
                ethnic_group="汉族",
                born=f"{birth:%Y.%m}",
                hukou_type="农村" if i % 3 else "城镇",
                hukou_place="江苏省（320506）",
                id_number=id_number(i % 1000, birth=f"{birth:%Y%m%d}"),
                amount_fen=union + fund,
                programme=PROGRAMMES[i % len(PROGRAMMES)],
                grade=f"{2022 + i % 4}级",
                by_source=(union, fund),
            )
        )
    return SummarySheet(
        enterprise="苏州某某精密制造有限公司",
        term="2025-2026-1",
        term_text="2025-2026学年第一学期",
        sources=("工会补助", "职工教育经费"),
        rows=tuple(rows),
        printed_on=dt.date(2026, 1, 10),
        ids_masked=False,
    )


def test_two_thousand_rows_every_one_in_order_with_headers_pages_and_totals(tmp_path: Path) -> None:
    data = _sheet()
    fonts = FontSet()
    fonts.check(data.texts())
    started = time.perf_counter()
    pdf_bytes, pages = render_summary(data, fonts)
    seconds = time.perf_counter() - started
    assert seconds < 30, f"2,000 rows took {seconds:.1f} s"
    pdf = tmp_path / "big.pdf"
    pdf.write_bytes(pdf_bytes)
    pdf_check.qpdf_check(pdf)
    pdf_check.assert_all_fonts_embedded(pdf)
    info = pdf_check.info(pdf)
    assert info.pages == pages > 40
    assert all((round(w), round(h)) == (842, 595) for w, h in info.sizes)

    text = pdf_check.text(pdf)
    page_texts = text.split("\f")[:pages]
    found_ids: list[str] = []
    numbers: list[int] = []
    subtotals = 0
    for n, page in enumerate(page_texts, start=1):
        compact = page.replace(" ", "")
        assert f"第{n}页共{pages}页" in compact
        assert compact.count("身份证号") == 1  # the header row, once on every page
        for line in page.splitlines():
            m = re.match(r"^\s*(\d+)\s+\S+\s+[男女]\s+汉族\s+.*?(\d{17}[\dX])\s+([\d,]+\.\d\d)", line)
            if m:
                numbers.append(int(m[1]))
                found_ids.append(m[2])
            sub = re.match(r"^\s*小计\s+\d+\s*人\s+([\d,]+\.\d\d)", line)
            if sub:
                subtotals += int(sub[1].replace(",", "").replace(".", ""))
    assert numbers == list(range(1, ROWS + 1))  # every row once, in order
    assert found_ids == [r.id_number for r in data.rows]
    total = data.total_fen
    assert subtotals == total
    last = page_texts[-1].replace(" ", "")
    assert f"合计{ROWS}人{format_yuan(total)}" in last
    assert "人民币" + capital_numerals_fen(total) in last
    assert "单位负责人" in last and "填表日期" in last
    assert "单位负责人" not in page_texts[0].replace(" ", "")

    for image in pdf_check.render(pdf, tmp_path / "png", dpi=40, first=1, last=1) + pdf_check.render(
        pdf, tmp_path / "png-last", dpi=40, first=pages, last=pages
    ):
        assert pdf_check.ink_in_border(image, 40, 8) == 0
    assert len(pdf_bytes) / pages < 40_000  # subset fonts: no page carries a whole font
