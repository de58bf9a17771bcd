"""Documents from the window, as a user meets them: 打印申请表 for the selected claim opens the
preview with the rendered page, which prints (to a PDF printer here) and saves the exact file;
打印汇总表… asks for the term and previews every page; a viewer is not offered the buttons."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from tests import pdf_check
from tests.gui.conftest import open_window, wait_idle
from tests.print_samples import TERM, claims_to_print

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.views.claims_view import ClaimsView
from qiuxue_desktop.views.dialogs.preview_dialog import PreviewDialog
from qiuxue_desktop.views.main_window import MainWindow
from qiuxue_desktop.views.print_actions import TermChoice


@pytest.fixture
def office_window(qtbot: QtBot, db: Database, enterprise_id: int, db_path: Path) -> MainWindow:
    """The window on a database with five claims of one term: three 公示中, two paid."""
    claims_to_print(db, enterprise_id)
    return open_window(qtbot, db_path)


def _top(kind: type[QWidget]) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def _claims(qtbot: QtBot, window: MainWindow) -> ClaimsView:
    window.show_area("claims")
    page = window.pages["claims"]
    assert isinstance(page, ClaimsView) and page.model is not None
    wait_idle(qtbot, window)
    return page


def _preview(qtbot: QtBot) -> PreviewDialog:
    qtbot.waitUntil(lambda: bool(_top(PreviewDialog)), timeout=20_000)
    dialog = _top(PreviewDialog)[0]
    assert isinstance(dialog, PreviewDialog)
    return dialog


def _ink(widget: QWidget) -> int:
    image = widget.grab().toImage()
    step = 7
    return sum(
        1
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
        if image.pixelColor(x, y).lightness() < 100
    )


def test_the_claim_form_previews_prints_and_saves(
    qtbot: QtBot, office_window: MainWindow, db_path: Path, tmp_path: Path
) -> None:
    page = _claims(qtbot, office_window)
    button = page.findChild(QWidget, "printClaimForm")
    assert button is not None and button.isVisible()
    page.table.selectRow(0)
    claim_no = page.model.index(0, 0).data()  # type: ignore[union-attr]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = _preview(qtbot)
    assert dialog.pages_label.text() == "共 1 页"
    assert claim_no in dialog.windowTitle()
    assert _ink(dialog.canvas) > 200  # the page is drawn: text and rules, not a blank sheet

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert dialog.print_to(printer) == 1
    info = pdf_check.info(printed)
    assert info.pages == 1 and (round(info.sizes[0][0]), round(info.sizes[0][1])) == (595, 842)

    saved = tmp_path / "saved.pdf"
    dialog.save_to(saved)
    qtbot.waitUntil(saved.exists, timeout=10_000)
    assert saved.read_bytes() == dialog.document.data
    dialog.close()
    con = sqlite3.connect(db_path)
    try:
        details = [r[0] for r in con.execute("SELECT detail FROM audit_entry WHERE action = 'print'")]
    finally:
        con.close()
    assert any(claim_no in d for d in details)


def test_the_summary_sheet_asks_for_the_term_and_previews_every_page(
    qtbot: QtBot, office_window: MainWindow
) -> None:
    term = TERM
    page = _claims(qtbot, office_window)
    button = page.findChild(QWidget, "printSummary")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(_top(TermChoice)), timeout=10_000)
    choice = _top(TermChoice)[0]
    assert isinstance(choice, TermChoice)
    choice.term_combo.setCurrentIndex(choice.term_combo.findData(term))
    choice.accept()
    dialog = _preview(qtbot)
    assert term in dialog.windowTitle()
    assert dialog.canvas.page_count >= 1
    assert all(w > h for w, h in dialog.canvas.sizes)  # landscape
    assert _ink(dialog.canvas) > 200
    dialog.close()
