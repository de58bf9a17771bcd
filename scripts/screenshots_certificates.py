"""The certificate pictures for `make screenshots`, on the demo database that scripts/screenshots.py
builds (same size, learners and seed): every graduate without a 结业证书 is issued one, a few
优秀学员 and a 荣誉证书 are awarded and one certificate is voided; then a certificate as it comes
out of the printer (the PDF the application writes, rendered by pdftoppm), the 证书 register
and the verify dialog answering for a code typed from the paper (offscreen Qt).

    python scripts/screenshots_certificates.py docs/screenshots
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from screenshots import LEARNERS, SEED, SIZE, save, wait_until

DPI = 110


def issue_for_the_demo(db: Any) -> tuple[int, str]:
    """Certificates as an office would have them by now; returns (a certificate to show, the code
    of a voided one)."""
    from sqlalchemy import select

    from qiuxue_desktop.domain.certificates import Certificate
    from qiuxue_desktop.services.certificates import (
        graduates_without_certificate,
        issue_certificates,
        void_certificate,
    )

    on = dt.date(2026, 11, 27)
    with db.write() as s:
        todo = [g.enrolment_id for g in graduates_without_certificate(s)]
        ids = issue_certificates(s, "JY", enrolment_ids=todo, issued_on=on)
    with db.write() as s:
        learners = [s.get(Certificate, cid).learner_id for cid in ids[:4]]  # type: ignore[union-attr]
        issue_certificates(s, "YX", learner_ids=learners[:3], issued_on=on)
        issue_certificates(s, "RY", learner_ids=learners[3:], honour="优秀毕业生", issued_on=on)
    with db.write() as s:
        void_certificate(s, ids[1], "出生年月印错，已重新颁发")
        voided = s.scalar(select(Certificate.code).where(Certificate.id == ids[1]))
    assert voided is not None
    return ids[0], voided


def certificate_png(db: Any, certificate_id: int, out: Path, work: Path) -> None:
    from qiuxue_desktop.io.pdf.certificate import certificates_document

    with db.write() as s:
        doc = certificates_document(s, [certificate_id])
    pdf = work / "certificate.pdf"
    pdf.write_bytes(doc.data)
    stem = work / "certificate"
    subprocess.run(["pdftoppm", "-r", str(DPI), "-png", "-singlefile", str(pdf), str(stem)], check=True)
    target = out / "certificate.png"
    shutil.copyfile(stem.with_suffix(".png"), target)
    print(f"wrote {target} ({len(doc.data) // 1024} KB PDF)")


def render(out: Path, work: Path) -> int:
    os.environ["QIUXUE_BASE"] = str(work / "base")
    os.environ.pop("QIUXUE_DB", None)

    from PySide6.QtWidgets import QApplication

    from qiuxue_desktop.db.migrate import open_database
    from qiuxue_desktop.services.certificate_keys import group_code
    from qiuxue_desktop.services.demo import create_demo
    from qiuxue_desktop.views.dialogs.certificate_dialogs import VerifyDialog
    from qiuxue_desktop.views.main_window import MainWindow
    from qiuxue_desktop.views.style import apply_ui_font

    app = QApplication([sys.argv[0]])
    apply_ui_font(app)
    demo_path = Path("qiuxue.sqlite3")
    db = open_database(str(demo_path))
    with db.write() as s:
        create_demo(s, learners=LEARNERS, seed=SEED)
    shown, voided = issue_for_the_demo(db)
    certificate_png(db, shown, out, work)

    window = MainWindow(str(demo_path))
    window.resize(*SIZE)
    window.show()
    window.start()
    wait_until(app, lambda: window.is_open)
    ctx = window.ctx
    window.show_area("certificates")
    view = window.pages["certificates"]
    view.load()
    wait_until(app, lambda: ctx.runner.pending == 0 and view.table.rowCount() > 0)
    view.table.selectRow(1)
    save(window, out, "certificates-register.png")

    view.open_verify()
    dialog = next(w for w in view.findChildren(VerifyDialog) if w.isVisible())
    dialog.code.setPlainText(group_code(voided))
    dialog.verify()
    wait_until(app, lambda: "已作废" in dialog.verdict_label.text())
    save(dialog, out, "certificates-verify.png")
    dialog.close()
    window.close()
    db.dispose()
    return 0


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "docs/screenshots").resolve()
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="qiuxue-certificate-shots-"))
    here = Path.cwd()
    os.chdir(work)  # the status bar shows 数据库：qiuxue.sqlite3, not a temp path
    try:
        return render(out, work)
    finally:
        os.chdir(here)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
