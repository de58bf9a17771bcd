"""Export and template from the window: written off the GUI thread, the export logged,
and an exported roster previews as nothing to change."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from tests.gui.conftest import wait_idle

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain import AuditEntry
from qiuxue_desktop.views import roster_files
from qiuxue_desktop.views.dialogs.import_dialog import ImportDialog
from qiuxue_desktop.views.main_window import MainWindow


def test_export_then_preview_the_export_changes_nothing(
    qtbot: QtBot, demo_window: MainWindow, db: Database, tmp_path: Path
) -> None:
    assert demo_window.ctx is not None
    out = tmp_path / "花名册导出.xlsx"
    roster_files.export_roster(demo_window, demo_window.ctx, out)
    wait_idle(qtbot, demo_window)
    assert out.exists()
    done = demo_window.findChild(QMessageBox, "messageBox")
    assert done is not None and "300" in done.text()
    with db.read() as s:
        assert "export" in s.scalars(select(AuditEntry.action)).all()

    dialog = ImportDialog(demo_window.ctx, demo_window)
    dialog.show()
    dialog.load_file(out)
    wait_idle(qtbot, demo_window)
    assert dialog.summary_label.text() == "新增 0 人，更新 0 人，不变 300 人"
    assert not dialog.import_button.isEnabled()
    dialog.reject()


def test_the_template_is_written(qtbot: QtBot, demo_window: MainWindow, tmp_path: Path) -> None:
    assert demo_window.ctx is not None
    out = tmp_path / "模板.xlsx"
    roster_files.save_template(demo_window, demo_window.ctx, out)
    wait_idle(qtbot, demo_window)
    book = openpyxl.load_workbook(out)
    headers = [c.value for c in book.worksheets[0][1]]
    assert "姓名" in headers and "身份证号" in headers
