"""Printing end to end through a real CUPS queue: the test starts cupsd with a cups-pdf queue
(../shared/design/testing-tools.md), prints a claim form and a three-page summary sheet the
way the preview dialog prints (PySide6's QPrinter on the queue Qt lists), and reads back what
CUPS delivered: one job each, with the right number of A4 pages. (What went through CUPS is
re-distilled by Ghostscript, so its text is checked on the PDF sent, in the other tests.)"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QApplication
from tests import pdf_check
from tests.conftest import IN_CI, require_tool
from tests.unit.test_pdf_summary_pages import _sheet

from qiuxue_desktop.io.pdf.fonts import FontSet
from qiuxue_desktop.io.pdf.posting_list import PostingList, PostingRow, default_objection, render_posting_list
from qiuxue_desktop.io.pdf.summary_sheet import render_summary
from qiuxue_desktop.views.dialogs.preview_dialog import print_pdf

CONF = Path("/etc/cups/cups-pdf.conf")
PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
QUEUE = "PDF"


def _scheduler_running() -> bool:
    proc = subprocess.run(["lpstat", "-r"], capture_output=True, text=True)
    return "is running" in proc.stdout and "not running" not in proc.stdout


@pytest.fixture
def cups_queue() -> Iterator[Path]:
    """A running scheduler with the cups-pdf queue PDF writing into a fresh folder."""
    for tool in ("lpstat", "lpadmin", "pdfinfo"):
        require_tool(tool)
    cupsd = shutil.which("cupsd") or ("/usr/sbin/cupsd" if Path("/usr/sbin/cupsd").exists() else None)
    if cupsd is None or not CONF.exists() or not PPD.exists():
        if IN_CI:
            pytest.fail("cups and printer-driver-cups-pdf should be installed (scripts/ensure-test-tools.sh)")
        pytest.skip("cups or cups-pdf not installed")
    if os.geteuid() != 0:
        pytest.skip("configuring a CUPS queue needs root")
    out = Path(tempfile.mkdtemp(prefix="qiuxue-cups-"))
    out.chmod(0o777)  # cups-pdf writes as the anonymous user
    original = CONF.read_text()
    lines = [f"Out {out}" if line.lstrip("#").startswith("Out ") else line for line in original.splitlines()]
    CONF.write_text("\n".join(lines) + "\n")
    started: subprocess.Popen[bytes] | None = None
    try:
        if not _scheduler_running():
            started = subprocess.Popen([cupsd, "-f"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            deadline = time.monotonic() + 20
            while not _scheduler_running():
                assert time.monotonic() < deadline, "cupsd did not start"
                time.sleep(0.1)
        if subprocess.run(["lpstat", "-p", QUEUE], capture_output=True).returncode != 0:
            subprocess.run(["lpadmin", "-p", QUEUE, "-v", "cups-pdf:/", "-P", str(PPD), "-E"], check=True)
        yield out
    finally:
        if started is not None:
            started.terminate()
            started.wait(timeout=20)
        CONF.write_text(original)
        shutil.rmtree(out, ignore_errors=True)


def _delivered(out: Path, before: set[Path], timeout: float = 90) -> Path:
    """The one new PDF cups-pdf wrote, once its job has left the queue."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        queued = subprocess.run(["lpstat", "-o", QUEUE], capture_output=True, text=True).stdout.strip()
        new = sorted(set(out.rglob("*.pdf")) - before)
        if new and not queued:
            return new[0]
        time.sleep(0.2)
    raise AssertionError(f"no job arrived in {out} within {timeout} s")


def _print(qapp: QApplication, data: bytes, name: str) -> int:
    info = QPrinterInfo.printerInfo(QUEUE)
    assert not info.isNull(), (
        f"Qt does not see the queue: {[p.printerName() for p in QPrinterInfo.availablePrinters()]}"
    )
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setDocName(name)
    return print_pdf(data, printer)


def test_a_posting_list_and_a_summary_sheet_arrive_through_cups_with_their_pages(
    qapp: QApplication, cups_queue: Path
) -> None:
    fonts = FontSet()
    data = _sheet()
    small = dataclasses.replace(data, rows=data.rows[:70])
    summary, pages = render_summary(small, fonts)
    assert pages == 3

    before = set(cups_queue.rglob("*.pdf"))
    assert _print(qapp, summary, "summary-sheet") == 3
    arrived = _delivered(cups_queue, before)
    found = pdf_check.info(arrived)
    assert found.pages == 3
    for w, h in found.sizes:
        assert sorted((round(w), round(h))) == [595, 842]  # A4 (Ghostscript may turn it upright)

    posting = PostingList(
        enterprise="苏州某某精密制造有限公司",
        union="苏州某某精密制造有限公司工会",
        term_text="2025-2026学年第一学期",
        start=dt.date(2026, 1, 5),
        end=dt.date(2026, 1, 11),
        objection=default_objection("苏州某某精密制造有限公司工会"),
        rows=tuple(
            PostingRow(
                r.name, "总装车间", r.id_number[:3] + "*" * 11 + r.id_number[-4:], r.programme, r.amount_fen
            )
            for r in data.rows[:12]
        ),
        printed_on=dt.date(2026, 1, 5),
    )
    sheet, pages = render_posting_list(posting, fonts)
    assert pages == 1
    before = set(cups_queue.rglob("*.pdf"))
    assert _print(qapp, sheet, "posting-list") == 1
    found = pdf_check.info(_delivered(cups_queue, before))
    assert found.pages == 1 and [(round(w), round(h)) for w, h in found.sizes] == [(595, 842)]
