"""Backups as the application makes them: the audit head as the change marker, automatic backups
only when something changed, the window's guarded opening (lock, quick check beside the
opening), and the refusals for a server database."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from qiuxue_desktop.db.backups import list_backups, make_backup
from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.db.lock import DatabaseInUse, DbLock
from qiuxue_desktop.services.backups import (
    DatabaseDamaged,
    ServerDatabase,
    backup_if_changed,
    backup_now,
    database_file,
    marker_of_file,
    marker_of_session,
    open_guarded,
)
from qiuxue_desktop.services.demo import create_demo

pytestmark = pytest.mark.sqlite_only("backups, the lock file and the quick check are about the SQLite file")


def _count(db: Database) -> int:
    with db.read() as s:
        return int(s.connection().exec_driver_sql("SELECT count(*) FROM learner").scalar() or 0)


@pytest.fixture
def filled(db: Database) -> Database:
    with db.write() as s:
        create_demo(s, learners=20, seed=6)
    return db


def test_the_marker_is_the_audit_head_and_a_backup_remembers_its_own(
    filled: Database, db_path: Path, tmp_path: Path
) -> None:
    with filled.read() as s:
        head = marker_of_session(s)
    assert head.entry_id > 20 and len(head.entry_hash) == 64
    entry = make_backup(db_path, tmp_path / "b", "manual", marker_of=marker_of_file)
    assert entry.manifest.marker == head
    plain = tmp_path / "plain.sqlite3"
    sqlite3.connect(plain).execute("CREATE TABLE t (x)").connection.close()
    assert marker_of_file(plain) is None  # no audit trail in it


def test_automatic_backups_only_when_something_changed(
    filled: Database, db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "b"
    first = backup_if_changed(filled, "start", folder=folder)
    assert first is not None and first.manifest.reason == "start"
    assert backup_if_changed(filled, "periodic", folder=folder) is None
    from qiuxue_desktop.services.learners import mark_left

    with filled.write() as s:  # any change through the services writes an audit entry
        mark_left(s, 1, leave_date=dt.date(2026, 1, 1), expected_version=None)
    second = backup_if_changed(filled, "periodic", folder=folder)
    assert second is not None and second.manifest.marker != first.manifest.marker
    assert [e.manifest.reason for e in list_backups(folder, db_path)] == ["periodic", "start"]


def test_a_manual_backup_holds_its_own_audit_entry(filled: Database, tmp_path: Path) -> None:
    entry = backup_now(filled, folder=tmp_path / "b")
    con = sqlite3.connect(entry.path)
    assert con.execute("SELECT action, detail FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone() == (
        "backup",
        "手动备份",
    )
    con.close()
    assert backup_if_changed(filled, "start", folder=tmp_path / "b") is None


def test_a_server_database_is_not_backed_up_here() -> None:
    with pytest.raises(ServerDatabase, match="pg_dump"):
        database_file("postgresql+psycopg://hr@db.local/qiuxue")


def test_open_guarded_holds_the_lock_while_open(filled: Database, db_path: Path) -> None:
    filled.dispose()
    db, count, guard = open_guarded(str(db_path), _count)
    try:
        assert count == 20 and guard.lock is not None and guard.lock.held and guard.warning is None
        with pytest.raises(DatabaseInUse):
            open_guarded(str(db_path), _count)
    finally:
        db.dispose()
        guard.release()
    db, _count_again, guard = open_guarded(str(db_path), _count)
    db.dispose()
    guard.release()


def test_open_guarded_finds_a_damaged_file_and_keeps_the_lock_for_a_restore(
    filled: Database, db_path: Path, tmp_path: Path
) -> None:
    filled.dispose()
    folder = tmp_path / "b"
    good = make_backup(db_path, folder, "start", marker_of=marker_of_file)
    size = db_path.stat().st_size
    with db_path.open("r+b") as f:
        f.seek(size // 2)
        f.write(b"\x09" * 30_000)
    with pytest.raises(DatabaseDamaged) as damaged:
        open_guarded(str(db_path), _count, folder=folder)
    exc = damaged.value
    assert exc.newest is not None and exc.newest.path == good.path
    assert "已损坏" in exc.message and "最新的完好备份" in exc.message
    assert exc.lock.held
    with pytest.raises(DatabaseInUse):
        DbLock(db_path).acquire()
    exc.lock.release()
