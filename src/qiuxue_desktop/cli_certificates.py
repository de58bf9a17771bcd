"""The certificate commands of `qiuxue` (cli.md):

- `qiuxue print certificates --out F.pdf [--enrolment ID …]`: 结业证书 for the enrolments named
  (their database id, or 学号 when that is unique) — issuing one for an enrolment that has none
  yet, reprinting the one it has — or, without --enrolment, for every graduated or completed
  enrolment that has none yet. Issuing and the print record are one unit of work; the file is
  written after it commits. Exit 3 when there is nothing to print or an enrolment cannot have one.
- `qiuxue verify CODE`: a certificate's verification code as printed (groups of five, spaces
  and line breaks as typed; quote it) or as scanned from its QR code. One line: genuine (the
  holder and number), voided (when and why), or forged/unknown. Exit 0 only when genuine; 3
  when voided, forged or not a code at all.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from qiuxue_desktop.errors import InputRejected

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from qiuxue_desktop.db.engine import Database

    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]

Opener = Callable[[argparse.Namespace], "Database"]
_opener: Opener | None = None


def _enrolment_id(session: Session, text: str) -> int:
    from sqlalchemy import select

    from qiuxue_desktop.domain import Enrolment

    key = text.strip()
    if key.isdigit() and session.get(Enrolment, int(key)) is not None:
        return int(key)
    found = list(session.scalars(select(Enrolment.id).where(Enrolment.student_no == key)))
    if len(found) == 1:
        return int(found[0])
    if len(found) > 1:
        raise InputRejected(f"学号“{key}”在几所院校都有：请用学籍编号（qiuxue enrolments list 的第一列）。")
    raise InputRejected(f"没有编号或学号为“{key}”的学籍。")


def certificates_to_print(session: Session, enrolments: list[str]) -> list[int]:
    """The 结业证书 ids to print: issued now where an enrolment has none, else the live one."""
    from sqlalchemy import select

    from qiuxue_desktop.domain.certificates import GRADUATION, Certificate
    from qiuxue_desktop.services.certificates import graduates_without_certificate, issue_certificates

    if not enrolments:
        todo = [g.enrolment_id for g in graduates_without_certificate(session)]
        if not todo:
            raise InputRejected("没有尚未颁发结业证书的毕业或结业学籍，没有生成文件。")
        return issue_certificates(session, GRADUATION, enrolment_ids=todo)
    wanted = list(dict.fromkeys(_enrolment_id(session, e) for e in enrolments))
    live = {
        enrolment: cid
        for enrolment, cid in session.execute(
            select(Certificate.enrolment_id, Certificate.id).where(
                Certificate.enrolment_id.in_(wanted),
                Certificate.kind == GRADUATION,
                Certificate.voided_at.is_(None),
            )
        )
    }
    missing = [e for e in wanted if e not in live]
    new = iter(issue_certificates(session, GRADUATION, enrolment_ids=missing) if missing else [])
    return [live[e] if e in live else next(new) for e in wanted]


def cmd_print_certificates(args: argparse.Namespace) -> int:
    from qiuxue_desktop.io.pdf.certificate import certificates_document
    from qiuxue_desktop.io.pdf.documents import write_pdf

    assert _opener is not None
    db = _opener(args)
    try:
        with db.write() as s:
            doc = certificates_document(s, certificates_to_print(s, args.enrolment or []))
    finally:
        db.dispose()
    write_pdf(Path(args.out), doc.data)
    print(f"wrote {args.out} ({doc.pages} certificate{'s' if doc.pages != 1 else ''})")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from qiuxue_desktop.services.certificates import verify_code

    assert _opener is not None
    db = _opener(args)
    try:
        with db.read() as s:
            found = verify_code(s, " ".join(args.code))
    finally:
        db.dispose()
    print(found.message)
    sys.stdout.flush()
    return 0 if found.genuine else InputRejected.exit_code


def add_commands(sub: Subparsers, print_sub: Subparsers, opener: Opener) -> None:
    """`print certificates` under `qiuxue print`, and `verify`."""
    global _opener
    _opener = opener
    p = print_sub.add_parser(
        "certificates", help="结业证书（没有 --enrolment：所有尚未颁发的毕业、结业学籍）"
    )
    p.add_argument("--out", required=True, help="写到此 PDF 文件")
    p.add_argument("--enrolment", action="append", metavar="ID", help="学籍编号或学号（可多次给出）")
    p.set_defaults(func=cmd_print_certificates)
    v = sub.add_parser("verify", help="核验证书验证码（照证书上印的输入，或扫描二维码所得）")
    v.add_argument("code", nargs="+", metavar="CODE", help="验证码（分组之间的空格可有可无）")
    v.set_defaults(func=cmd_verify, db_access="read")
