"""系统设置 → 备份 as the HR office uses it: the list, 立即备份, an encrypted copy for a USB
stick, restoring a listed backup and an encrypted file (a wrong password changes nothing),
and what a role that may not restore is offered."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from tests.gui.conftest import wait_idle

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.db.sealed import is_sealed
from qiuxue_desktop.domain.permissions import Principal
from qiuxue_desktop.views.main_window import MainWindow
from qiuxue_desktop.views.settings.backup_tab import BackupTab, CopyDialog, RestoreDialog


def backup_tab(qtbot: QtBot, window: MainWindow) -> BackupTab:
    wait_idle(qtbot, window)  # the start backup is made
    window.show_area("settings")
    settings = window.pages["settings"]
    settings.show_tab("backup")  # type: ignore[attr-defined]
    tab = settings.page("backup")  # type: ignore[attr-defined]
    assert isinstance(tab, BackupTab)
    qtbot.waitUntil(lambda: tab.table.rowCount() > 0, timeout=10_000)
    return tab


def learner_count(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute("SELECT count(*) FROM learner").fetchone()[0])
    finally:
        con.close()


def add_learner(db: Database, enterprise_id: int) -> None:
    from qiuxue_desktop.services.learners import register_learner

    with db.write() as s:
        register_learner(
            s,
            enterprise_id=enterprise_id,
            values={
                "name": "新来的",
                "id_number": "11010519491231002X",
                "phone": "13800000000",
                "department": "总装车间",
                "post_category": "1",
                "hire_date": dt.date(2024, 1, 2),
                "hukou_type": "1",
                "prior_education": "2",
            },
        )


def shown(qtbot: QtBot, parent: object, name: str) -> QMessageBox:
    qtbot.waitUntil(
        lambda: any(b.isVisible() for b in parent.findChildren(QMessageBox, name)),  # type: ignore[attr-defined]
        timeout=20_000,
    )
    return next(b for b in parent.findChildren(QMessageBox, name) if b.isVisible())  # type: ignore[attr-defined]


def test_the_list_and_backup_now(qtbot: QtBot, demo_window: MainWindow) -> None:
    tab = backup_tab(qtbot, demo_window)
    assert tab.table.rowCount() == 1
    assert tab.table.item(0, 1).text() == "启动时"
    assert tab.table.item(0, 2).text().endswith(("KB", "MB"))
    assert tab.table.item(0, 3).text().startswith("#")
    assert "备份保存在" in tab.folder_label.text()
    tab.backup_button.click()
    shown(qtbot, tab, "messageBox").accept()
    assert tab.table.rowCount() == 2
    assert tab.table.item(0, 1).text() == "手动备份"


def test_an_encrypted_copy_for_a_usb_stick(qtbot: QtBot, demo_window: MainWindow, tmp_path: Path) -> None:
    tab = backup_tab(qtbot, demo_window)
    tab.table.selectRow(0)
    tab.copy_button.click()
    dialog = tab.findChild(CopyDialog)
    assert dialog is not None and dialog.isVisible()
    stick = tmp_path / "U盘"
    dialog.folder_edit.setText(str(stick))
    dialog.encrypt.setChecked(True)
    dialog.password.setText("u-disk-2026")
    dialog.again.setText("u-disk-2025")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and dialog.problem.text() == "两次输入的密码不一致。"
    dialog.again.setText("u-disk-2026")
    dialog.buttons.accepted.emit()
    box = shown(qtbot, tab, "copiedBox")
    assert "已加密" in box.text()
    (copy,) = stick.iterdir()
    assert copy.suffix == ".qxenc" and is_sealed(copy)
    box.accept()


def test_restoring_a_listed_backup_brings_its_data_back(
    qtbot: QtBot, demo_window: MainWindow, db: Database, db_path: Path
) -> None:
    tab = backup_tab(qtbot, demo_window)
    assert demo_window.ctx is not None
    add_learner(db, demo_window.ctx.enterprise)
    db.dispose()
    assert learner_count(db_path) == 301
    tab.table.selectRow(0)  # the start backup: 300 learners
    tab.restore_button.click()
    dialog = tab.findChild(RestoreDialog)
    assert dialog is not None and not dialog.password.isVisible()
    dialog.buttons.accepted.emit()
    box = shown(qtbot, tab, "restoredBox")
    assert "恢复前的数据库已备份为" in box.text()
    box.accept()
    assert learner_count(db_path) == 300
    view = demo_window.learners
    assert view is not None and view.model is not None
    qtbot.waitUntil(lambda: view.model.rowCount() == 300, timeout=10_000)  # type: ignore[union-attr]
    assert [tab.table.item(r, 1).text() for r in range(tab.table.rowCount())][:2] == ["恢复前", "启动时"]


def test_an_encrypted_file_with_a_wrong_password_changes_nothing(
    qtbot: QtBot, demo_window: MainWindow, db: Database, db_path: Path, tmp_path: Path
) -> None:
    from qiuxue_desktop.services.backups import backups_of, copy_to_folder

    tab = backup_tab(qtbot, demo_window)
    assert demo_window.ctx is not None
    (start,) = backups_of(str(db_path))
    sealed = copy_to_folder(db, start, tmp_path / "usb", password="u-disk-2026")
    add_learner(db, demo_window.ctx.enterprise)
    db.dispose()

    dialog = tab.ask_restore(sealed, str(sealed))
    assert dialog.password.isVisible()
    dialog.password.setText("not the password")
    dialog.buttons.accepted.emit()
    box = shown(qtbot, demo_window, "messageBox")
    assert "密码不正确" in box.text()
    box.accept()
    wait_idle(qtbot, demo_window)
    assert learner_count(db_path) == 301

    dialog = tab.ask_restore(sealed, str(sealed))
    dialog.password.setText("u-disk-2026")
    dialog.buttons.accepted.emit()
    shown(qtbot, tab, "restoredBox").accept()
    assert learner_count(db_path) == 300


def test_a_role_that_may_not_restore_is_not_offered_it(qtbot: QtBot, demo_window: MainWindow) -> None:
    tab = backup_tab(qtbot, demo_window)
    assert demo_window.ctx is not None
    assert tab.restore_button.isEnabled() and tab.restore_file_button.isEnabled()
    demo_window.ctx.principal = Principal("clerk", "培训专员甲", "coordinator")
    tab.load()
    assert tab.backup_button.isEnabled() and tab.copy_button.isEnabled()
    assert not tab.restore_button.isEnabled() and not tab.restore_file_button.isEnabled()
