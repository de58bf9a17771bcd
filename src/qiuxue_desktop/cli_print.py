"""The `qiuxue print` commands (cli.md): documents on paper, as PDF files.

- `qiuxue print claim-form CLAIM_ID --out F.pdf`: the claim form of one claim (CLAIM_ID: the
  claim's number as printed, BX2026-000123, or its database id).
- `qiuxue print summary --term YYYY-YYYY-N --out F.pdf [--masked]`: the term's summary sheet
  (ID numbers in full for a role that may see them, unless --masked).

Each document is made in one unit of work that records the print in the audit trail; the file
is written beside its target and renamed into place after that commits. Exit codes as cli.md:
3 for a claim or term that does not exist or has nothing to print, or a character no font
has; 4 for a role without Permission.PRINT_LISTS; 5 for a file that cannot be written.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from qiuxue_desktop.db.engine import Database
    from qiuxue_desktop.io.pdf.documents import PdfDocument

    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]

Opener = Callable[[argparse.Namespace], "Database"]
_opener: Opener | None = None


def _made(args: argparse.Namespace, make: Callable[..., PdfDocument]) -> PdfDocument:
    from qiuxue_desktop.io.pdf.documents import write_pdf

    out = Path(args.out)
    assert _opener is not None
    db = _opener(args)
    try:
        with db.write() as s:
            doc = make(s)
    finally:
        db.dispose()
    write_pdf(out, doc.data)
    return doc


def cmd_claim_form(args: argparse.Namespace) -> int:
    from qiuxue_desktop.io.pdf.documents import claim_form_document, find_claim

    _made(args, lambda s: claim_form_document(s, find_claim(s, args.claim)))
    print(f"wrote {args.out} (1 page)")
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    from qiuxue_desktop.io.pdf.lists import summary_document

    doc = _made(args, lambda s: summary_document(s, args.term, masked=args.masked))
    print(f"wrote {args.out} ({doc.pages} page{'s' if doc.pages != 1 else ''})")
    return 0


def add_commands(sub: Subparsers, opener: Opener) -> Subparsers:
    """Add `print …` to the `qiuxue` parser; returns its sub-parsers (certificates add theirs)."""
    global _opener
    _opener = opener
    p = sub.add_parser("print", help="打印文件（生成 PDF）：申请表、汇总表")
    psub: Subparsers = p.add_subparsers(dest="print_command", required=True, metavar="DOCUMENT")
    form = psub.add_parser("claim-form", help="一份报销申请的学费补助申请表")
    form.add_argument("claim", metavar="CLAIM_ID", help="申请编号（如 BX2026-000123）")
    form.add_argument("--out", required=True, help="写到此 PDF 文件")
    form.set_defaults(func=cmd_claim_form)
    summary = psub.add_parser("summary", help="一个学期的学费补助汇总表")
    summary.add_argument("--term", required=True, help="学期，如 2025-2026-1")
    summary.add_argument("--out", required=True, help="写到此 PDF 文件")
    summary.add_argument("--masked", action="store_true", help="身份证号一律部分隐藏")
    summary.set_defaults(func=cmd_summary)
    return psub
