"""The window keeping the data safe: one window per database file (told who holds it, recovered
after a crash), a backup at start and every 30 minutes when something changed, one before an
import, a warning for a sync folder, and a damaged file met with the newest intact backup."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from tests.gui.conftest import fill_demo, open_window, wait_idle
from tests.gui.test_import_dialog import new_rows, open_import, write_roster

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.db.lock import DbLock
from qiuxue_desktop.services.backups import backups_of
from qiuxue_desktop.views.main_window import MainWindow


def reasons(db_path: Path) -> list[str]:
    return [e.manifest.reason for e in backups_of(str(db_path))]


def learner_count(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute("SELECT count(*) FROM learner").fetchone()[0])
    finally:
        con.close()


def close_window(qtbot: QtBot, window: MainWindow) -> None:
    wait_idle(qtbot, window)
    window.close()


def test_a_backup_at_start_only_when_something_changed(qtbot: QtBot, db: Database, db_path: Path) -> None:
    fill_demo(db, 40)
    window = open_window(qtbot, db_path)
    wait_idle(qtbot, window)
    assert reasons(db_path) == ["start"]
    close_window(qtbot, window)
    again = open_window(qtbot, db_path)  # nothing changed in between: no second backup
    wait_idle(qtbot, again)
    assert reasons(db_path) == ["start"]
    close_window(qtbot, again)


def test_every_30_minutes_a_backup_when_something_changed(
    qtbot: QtBot, demo_window: MainWindow, db_path: Path
) -> None:
    safety = demo_window.safety
    assert safety is not None and safety.timer.isActive()
    assert safety.timer.interval() == 30 * 60 * 1000
    wait_idle(qtbot, demo_window)
    safety.timer.timeout.emit()  # half an hour later, nothing changed
    wait_idle(qtbot, demo_window)
    assert reasons(db_path) == ["start"]
    con = sqlite3.connect(db_path)
    with con:  # someone saved something (an audited change through the services would do the same)
        con.execute(
            "INSERT INTO audit_entry (id, at, actor, action, table_name, record_key, changes, detail, prev_hash, hash) "
            "SELECT max(id) + 1, '2026-01-01 00:00:00', 'x', 'update', 'learner', '1', '{}', '', hash, hash "
            "FROM audit_entry"
        )
    con.close()
    safety.timer.timeout.emit()
    wait_idle(qtbot, demo_window)
    assert reasons(db_path) == ["periodic", "start"]


def test_an_import_from_the_window_backs_up_first(
    qtbot: QtBot, demo_window: MainWindow, db_path: Path, tmp_path: Path
) -> None:
    wait_idle(qtbot, demo_window)
    before = learner_count(db_path)
    con = sqlite3.connect(db_path)  # a change since the start backup
    with con:
        con.execute("UPDATE learner SET phone = '13800000001' WHERE id = 1")
    con.execute(
        "INSERT INTO audit_entry (id, at, actor, action, table_name, record_key, changes, detail, prev_hash, hash) "
        "SELECT max(id) + 1, '2026-01-01 00:00:00', 'x', 'update', 'learner', '1', '{}', '', hash, hash FROM audit_entry"
    )
    con.commit()
    con.close()
    dialog = open_import(demo_window)
    dialog.load_file(write_roster(tmp_path / "花名册.xlsx", new_rows(3)))
    wait_idle(qtbot, demo_window)
    with qtbot.waitSignal(dialog.finished, timeout=20_000):
        dialog.import_button.click()
    assert reasons(db_path) == ["before-import", "start"]
    (made,) = [e for e in backups_of(str(db_path)) if e.manifest.reason == "before-import"]
    assert learner_count(made.path) == before and learner_count(db_path) == before + 3


def test_a_second_window_on_the_same_file_is_told_and_opens_nothing(
    qtbot: QtBot, window: MainWindow, db_path: Path
) -> None:
    second = MainWindow(str(db_path))
    qtbot.addWidget(second)
    second.show()
    with qtbot.waitSignal(second.open_failed, timeout=20_000) as failed:
        second.start()
        box = None

        def refused() -> bool:
            nonlocal box
            box = second.findChild(QMessageBox, "openFailedBox")
            return box is not None and box.isVisible()

        qtbot.waitUntil(refused, timeout=20_000)
        assert box is not None
        assert "正由本机上的用户" in box.text() and "请先关闭它" in box.text()
        box.accept()
    assert failed.args == [5]
    assert second.ctx is not None and second.ctx.db is None
    close_window(qtbot, window)
    with DbLock(db_path):  # the first window let go when it closed
        pass


def test_a_database_in_a_sync_folder_is_warned_about(qtbot: QtBot, tmp_path: Path) -> None:
    synced = tmp_path / "百度网盘" / "qiuxue.sqlite3"
    window = open_window(qtbot, synced)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "storageWarningBox") is not None, timeout=10_000)
    box = window.findChild(QMessageBox, "storageWarningBox")
    assert box is not None and "百度网盘 同步文件夹" in box.text()
    label = window.findChild(QLabel, "storageWarning")
    assert label is not None and label.isVisible() and "百度网盘" in label.toolTip()
    box.accept()
    close_window(qtbot, window)


def test_a_damaged_file_at_start_is_restored_from_the_newest_intact_backup(
    qtbot: QtBot, db: Database, db_path: Path
) -> None:
    fill_demo(db, 60)
    db.dispose()
    first = open_window(qtbot, db_path)  # its start backup is the one to come back to
    close_window(qtbot, first)
    assert reasons(db_path) == ["start"]
    size = db_path.stat().st_size
    with db_path.open("r+b") as f:
        f.seek(size // 3)
        f.write(b"\x05" * 40_000)

    window = MainWindow(str(db_path))
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "damagedBox") is not None, timeout=20_000)
    box = window.findChild(QMessageBox, "damagedBox")
    assert box is not None and "已损坏" in box.text() and "最新的完好备份" in box.text()
    button = box.findChild(QPushButton, "restoreNewest")
    assert button is not None
    with qtbot.waitSignal(window.opened, timeout=30_000):
        button.click()
    wait_idle(qtbot, window)
    assert learner_count(db_path) == 60
    assert window.learners is not None and window.learners.model is not None
    qtbot.waitUntil(lambda: window.learners.model.rowCount() == 60, timeout=10_000)  # type: ignore[union-attr]
    damaged = list(db_path.parent.glob(f"{db_path.name}.damaged-*"))
    assert [p.name for p in damaged if not p.name.endswith(("-wal", "-shm"))]  # kept, not deleted
    close_window(qtbot, window)
