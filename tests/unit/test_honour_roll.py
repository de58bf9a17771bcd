"""The honour roll: the poster in A4 and A3 read back (fonts, text, page size, the consented photo
and no other, nothing in the border) and the newsletter's workbook with the same people."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PIL import Image
from tests import pdf_check
from tests.conftest import require_tool
from tests.unit.test_honours import TERM, _class

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.io.excel.honour_list import export_honour_list
from qiuxue_desktop.io.pdf.honour_roll import A3_PORTRAIT, honour_roll_document
from qiuxue_desktop.services.honour_photos import set_photo
from qiuxue_desktop.services.honours import decide, nominate, set_round

ACCOUNT = "三班倒之余坚持学习，六门课程平均91分，把所学用于产线改造，带动班组六人报名。"


def _approved(db: Database, enterprise_id: int) -> list[str]:
    enrolments = _class(db, enterprise_id)
    photo = io.BytesIO()
    Image.new("RGB", (300, 400), (180, 40, 40)).save(photo, "JPEG")
    with db.write() as s:
        round_id = set_round(s, enterprise_id, term=TERM, min_average=None, no_failed_course=False)
        first = nominate(s, round_id, enrolments["林优秀"], account=ACCOUNT, work_note="车间先进")
        second = nominate(s, round_id, enrolments["钱及格"], account="从不缺课。", work_note="好")
        third = nominate(s, round_id, enrolments["赵补考"], account="补考通过。", work_note="好")
        set_photo(s, first, photo.getvalue(), consent="本人签字同意书")
        decide(s, first, approve=True)
        decide(s, second, approve=True)  # no photo: no consent recorded
    return [str(round_id), str(third)]  # the third waits: not on the roll


@pytest.mark.parametrize("size", ["A4", "A3"])
def test_the_poster_reads_back(tmp_path: Path, db: Database, enterprise_id: int, size: str) -> None:
    round_id = int(_approved(db, enterprise_id)[0])
    with db.write() as s:
        document = honour_roll_document(s, round_id, size)
    pdf = tmp_path / "光荣榜.pdf"
    pdf.write_bytes(document.data)
    pdf_check.assert_all_fonts_embedded(pdf)
    pdf_check.qpdf_check(pdf)
    expected = pdf_check.A4_PORTRAIT if size == "A4" else A3_PORTRAIT
    assert pdf_check.info(pdf).sizes == [pytest.approx(expected, abs=1)]
    text = pdf_check.text(pdf, layout=False).replace(" ", "").replace("\n", "")
    assert "光荣榜" in text and "2025-2026学年第二学期优秀学员" in text
    assert "林优秀" in text and "钱及格" in text and "赵补考" not in text  # not approved
    assert ACCOUNT[:20] in text and "总装车间" in text and "机电一体化技术" in text
    images = subprocess.run(
        [require_tool("pdfimages"), "-list", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert len(images) == 1  # the one consented photo
    page = pdf_check.render(pdf, tmp_path / "pages", dpi=30)[0]
    assert pdf_check.ink_in_border(page, 30, 8) == 0


def test_the_newsletter_list_has_the_same_people_and_the_photo(
    tmp_path: Path, db: Database, enterprise_id: int
) -> None:
    round_id = int(_approved(db, enterprise_id)[0])
    with db.write() as s:
        export_honour_list(s, round_id, tmp_path / "名单.xlsx")
    wb = load_workbook(tmp_path / "名单.xlsx")
    ws = wb["优秀学员"]
    rows = [r for r in ws.iter_rows(min_row=4, values_only=True)]
    assert [(r[1], r[2], r[4], r[6]) for r in rows] == [  # by department, then pinyin
        ("林优秀", "总装车间", "机电一体化技术", ACCOUNT),
        ("钱及格", "总装车间", "机电一体化技术", "从不缺课。"),
    ]
    assert len(ws._images) == 1
    assert [r[8] for r in rows].count("（无）") == 1
