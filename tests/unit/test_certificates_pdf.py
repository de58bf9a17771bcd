"""Certificates on paper, read back as a person would: every font embedded, the holder's name, the
number and the code in the text, qpdf content, A4 landscape pages with nothing outside the
margins, and the QR code on the rendered page decoded by zbarimg into the very code that
verifies. A character no font has stops the document naming the person; a voided certificate
does not print; cancelling prints nothing."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select
from tests import pdf_check
from tests.conftest import require_tool
from tests.unit.certificate_samples import ISSUED_ON, code_of, graduates

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain.audit import AuditEntry
from qiuxue_desktop.domain.certificates import Certificate
from qiuxue_desktop.errors import Cancelled, InputRejected
from qiuxue_desktop.io.pdf.certificate import certificates_document, chinese_date
from qiuxue_desktop.io.pdf.fonts import MissingCharacter
from qiuxue_desktop.progress import Progress
from qiuxue_desktop.services.certificate_keys import group_code
from qiuxue_desktop.services.certificates import issue_certificates, verify_code, void_certificate

NAMES = ("欧阳娜娜", "张伟", "李娜")


def _print(db: Database, ids: list[int], out: Path) -> Path:
    with db.write() as s:
        doc = certificates_document(s, ids)
    assert doc.pages == len(ids)
    out.write_bytes(doc.data)
    return out


def _print_entries(db: Database) -> list[str]:
    with db.read() as s:
        return list(
            s.scalars(
                select(AuditEntry.detail)
                .where(AuditEntry.action == "print", AuditEntry.table_name == "certificate")
                .order_by(AuditEntry.id)
            )
        )


def _decode_qr(png: Path) -> list[str]:
    exe = require_tool("zbarimg")
    proc = subprocess.run([exe, "--quiet", "--raw", str(png)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.split()


def test_certificates_read_back_with_their_names_numbers_and_codes(
    db: Database, enterprise_id: int, tmp_path: Path
) -> None:
    done, _ = graduates(db, enterprise_id, NAMES)
    with db.write() as s:
        ids = issue_certificates(s, "JY", enrolment_ids=done, issued_on=ISSUED_ON)
    pdf = _print(db, ids, tmp_path / "certs.pdf")

    pdf_check.qpdf_check(pdf)
    pdf_check.assert_all_fonts_embedded(pdf)
    info = pdf_check.info(pdf)
    assert info.pages == 3 and all(
        size == pytest.approx(pdf_check.A4_LANDSCAPE, abs=1) for size in info.sizes
    )
    for page, (cid, name) in enumerate(zip(ids, NAMES, strict=True), start=1):
        text = pdf_check.text(pdf, first=page, last=page)
        code = code_of(db, cid)
        assert name in text and f"NJDZ-2026-JY-{page:04d}" in text
        assert "结业证书" in text.replace(" ", "") and chinese_date(ISSUED_ON) == "二〇二六年十一月二十九日"
        assert chinese_date(ISSUED_ON) in text and "南京某某电子有限公司" in text
        flat = " ".join(text.split())
        assert group_code(code)[:35] in flat  # the first line of the code, as printed
        assert "".join(c for c in text if c.isascii() and c.isalnum()).find(code[-20:]) >= 0

    pages = pdf_check.render(pdf, tmp_path / "pages", dpi=50)
    for image in pages:
        assert pdf_check.ink_in_border(image, 50, 10) == 0
        assert pdf_check.ink(image) > 5_000
    # The QR code, as a phone would see the printed page: decoded, it is the stored code.
    require_tool("pdftoppm")
    subprocess.run(
        ["pdftoppm", "-r", "150", "-gray", "-png", "-f", "2", "-l", "2", str(pdf), str(tmp_path / "qr")],
        check=True,
        timeout=120,
    )
    (png,) = tmp_path.glob("qr-*.png")
    (scanned,) = _decode_qr(png)
    assert scanned == code_of(db, ids[1])
    with db.read() as s:
        found = verify_code(s, scanned)
    assert found.genuine and found.name == "张伟"
    assert len(_print_entries(db)) == 3 and "NJDZ-2026-JY-0001（欧阳娜娜）" in _print_entries(db)[0]


def test_a_character_no_font_has_stops_the_certificates_naming_the_person(
    db: Database, enterprise_id: int
) -> None:
    impossible = "王\U0002003e"  # 𠀾: in no bundled font
    done, _ = graduates(db, enterprise_id, ("赵丽", impossible))
    with db.write() as s:
        ids = issue_certificates(s, "JY", enrolment_ids=done, issued_on=ISSUED_ON)
    with pytest.raises(MissingCharacter) as caught, db.write() as s:
        certificates_document(s, ids)
    assert impossible in caught.value.message and "U+2003E" in caught.value.message
    assert "NJDZ-2026-JY-0002" in caught.value.message
    assert _print_entries(db) == []  # nothing came out, nothing on record


def test_a_voided_certificate_does_not_print_and_cancelling_prints_nothing(
    db: Database, enterprise_id: int
) -> None:
    done, _ = graduates(db, enterprise_id, ("孙敏", "周杰"))
    with db.write() as s:
        first, second = issue_certificates(s, "JY", enrolment_ids=done, issued_on=ISSUED_ON)
        void_certificate(s, second, "打印时发现专业写错")
    with pytest.raises(InputRejected, match="已作废"), db.write() as s:
        certificates_document(s, [first, second])
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled), db.write() as s:
        certificates_document(s, [first], progress=progress)
    assert _print_entries(db) == []
    with db.read() as s:
        assert s.get(Certificate, first) is not None
