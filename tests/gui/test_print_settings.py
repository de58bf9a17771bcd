"""系统设置 → 打印 as a user meets it: a font of this computer made the main font (a font that
cannot be embedded refused with its reason, nothing stored), the check showing which font
each character of a name comes from or that none has it, the posting list's wording saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from tests.gui.conftest import open_window, type_text, wait_idle
from tests.print_samples import claims_to_print

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.io.pdf.documents import MAIN_FONT_KEY, OBJECTION_KEY, document_fonts
from qiuxue_desktop.io.pdf.fonts import bundled_fallback
from qiuxue_desktop.services.settings import get_setting
from qiuxue_desktop.views.main_window import MainWindow
from qiuxue_desktop.views.settings.print_tab import PrintTab


def _tab(qtbot: QtBot, window: MainWindow) -> PrintTab:
    window.show_area("settings")
    settings = window.pages["settings"]
    settings.show_tab("print")  # type: ignore[attr-defined]
    tab = settings.page("print")  # type: ignore[attr-defined]
    assert isinstance(tab, PrintTab)
    wait_idle(qtbot, window)
    return tab


def test_fonts_and_wording_are_chosen_checked_and_kept(
    qtbot: QtBot, db: Database, enterprise_id: int, db_path: Path, tmp_path: Path
) -> None:
    claims_to_print(db, enterprise_id, posting=1, paid=0)  # a register: not the first-run page
    window = open_window(qtbot, db_path)
    tab = _tab(qtbot, window)
    qtbot.waitUntil(lambda: "文泉驿正黑" in tab.main_label.text(), timeout=10_000)

    type_text(tab.try_edit, "山\ufa11\U0002003e")
    qtbot.waitUntil(lambda: "U+2003E" in tab.try_result.text(), timeout=10_000)

    cff = tmp_path / "postscript.otf"
    cff.write_bytes(b"OTTO\x00\x01\x00\x00" + b"\x00" * 64)
    tab.add_extra_font(str(cff))
    qtbot.waitUntil(
        lambda: any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets())
    )
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert "TrueType" in box.text()  # type: ignore[attr-defined]
    box.close()
    assert tab.extra_list.count() == 0

    droid = str(bundled_fallback().path)
    tab.set_main_font(droid)
    qtbot.waitUntil(lambda: tab.main_label.text() == droid, timeout=10_000)
    tab.try_edit.clear()
    type_text(tab.try_edit, "山\ufa11")
    qtbot.waitUntil(lambda: "DroidSansFallback" in tab.try_result.text(), timeout=10_000)

    tab.objection_edit.setPlainText("如有异议，请致电工会办公室 025-12345678。")
    tab.save_objection.click()
    wait_idle(qtbot, window)
    with db.read() as s:
        assert get_setting(s, MAIN_FONT_KEY) == droid
        assert get_setting(s, OBJECTION_KEY) == "如有异议，请致电工会办公室 025-12345678。"
        assert document_fonts(s).main.spec.path == Path(droid).resolve()
    tab.reset_main.click()
    qtbot.waitUntil(lambda: "文泉驿正黑" in tab.main_label.text(), timeout=10_000)
