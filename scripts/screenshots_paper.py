"""The paper pictures for `make screenshots`: the documents as they come out of the printer,
rendered from the PDFs the application writes for the demo database — the claim form of a claim
split between several sources, the first page of the busiest term's summary sheet, and the
posting list. No Qt: the pages are rendered with PDFium (pypdfium2), as the preview does.

    python scripts/screenshots_paper.py docs/screenshots
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

DPI = 110


def _png(data: bytes, target: Path, page: int = 0) -> None:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        image = pdf[page].render(scale=DPI / 72).to_pil()
        image.convert("RGB").save(target, optimize=True)
    finally:
        pdf.close()
    print(f"wrote {target}")


def main(argv: list[str]) -> int:
    from screenshots import LEARNERS, SEED
    from screenshots_claims import showcase_claim

    out = Path(argv[1] if len(argv) > 1 else "docs/screenshots").resolve()
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="qiuxue-paper-shots-"))
    os.environ["QIUXUE_BASE"] = str(work / "base")
    os.environ.pop("QIUXUE_DB", None)
    try:
        from sqlalchemy import func, select

        from qiuxue_desktop.db.migrate import open_database
        from qiuxue_desktop.domain.claims import PAID, POSTING, Claim
        from qiuxue_desktop.io.pdf.documents import claim_form_document
        from qiuxue_desktop.io.pdf.lists import posting_document, summary_document
        from qiuxue_desktop.services.demo import create_demo

        db = open_database(str(work / "qiuxue.sqlite3"))
        with db.write() as s:
            create_demo(s, learners=LEARNERS, seed=SEED)
        claim_id = showcase_claim(db)
        with db.write() as s:
            form = claim_form_document(s, claim_id)
            term = s.execute(
                select(Claim.term)
                .where(Claim.state.in_((POSTING, PAID)))
                .group_by(Claim.term)
                .order_by(func.count().desc(), Claim.term.desc())
                .limit(1)
            ).scalar_one()
            summary = summary_document(s, term, masked=True)
            posting = posting_document(s)
        db.dispose()
        _png(form.data, out / "paper-claim-form.png")
        _png(summary.data, out / "paper-summary.png")
        _png(posting.data, out / "paper-posting-list.png")
        print(f"summary sheet of {term}: {summary.pages} pages; claim form {len(form.data) // 1024} KB")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
