"""Restoring a backup: the current file is backed up first, the backup is checked before it
replaces anything, a stale write-ahead log never meets the restored file, and every refusal
(not a backup, damaged, from a newer version, a wrong password) changes nothing."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from qiuxue_desktop.db.backup import file_sha256
from qiuxue_desktop.db.backups import copy_backup, list_backups, make_backup, manifest_path, write_backup
from qiuxue_desktop.db.engine import Database, make_engine
from qiuxue_desktop.db.migrate import HEAD, REVISIONS, alembic_config, open_database
from qiuxue_desktop.db.restore import PasswordNeeded, restore_file
from qiuxue_desktop.db.sealed import WrongPassword
from qiuxue_desktop.errors import InputRejected
from qiuxue_desktop.services.demo import create_demo


def learner_rows(path: Path) -> list[tuple[str, str]]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("SELECT id_number, phone FROM learner ORDER BY id_number").fetchall()
    finally:
        con.close()


@pytest.fixture
def filled(db: Database, db_path: Path) -> Path:
    with db.write() as s:
        create_demo(s, learners=30, seed=5)
    db.dispose()
    return db_path


def _change_phones(path: Path, phone: str) -> None:
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE learner SET phone = ?", (phone,))
    con.close()


def _state(path: Path) -> tuple[str, bool]:
    return file_sha256(path), path.with_name(path.name + "-wal").exists()


def test_restore_brings_the_backup_back_and_keeps_what_was_there(filled: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    before = learner_rows(filled)
    entry = make_backup(filled, folder, "manual")
    _change_phones(filled, "13999999999")
    changed = learner_rows(filled)
    result = restore_file(entry.path, filled, backup_folder=folder)
    assert learner_rows(filled) == before
    assert result.revision == HEAD and result.manifest == entry.manifest
    assert result.safety_copy is not None and learner_rows(result.safety_copy) == changed
    assert [e.manifest.reason for e in list_backups(folder, filled)] == ["before-restore", "manual"]
    con = sqlite3.connect(filled)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()
    assert not list(filled.parent.glob("*.part"))


WRITE_AND_DIE = """
import os, sqlite3, sys
con = sqlite3.connect(sys.argv[1])
con.execute("PRAGMA journal_mode=WAL")
con.execute("PRAGMA wal_autocheckpoint=0")
with con:
    con.execute("UPDATE learner SET phone = '13811112222'")
os._exit(0)  # as a crash: the connection is never closed, the -wal stays
"""


def test_a_stale_write_ahead_log_is_folded_into_the_safety_copy_not_into_the_restored_file(
    filled: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    entry = make_backup(filled, folder, "manual")
    subprocess.run([sys.executable, "-c", WRITE_AND_DIE, str(filled)], check=True, timeout=60)
    wal = filled.with_name(filled.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # committed changes live only in the -wal
    result = restore_file(entry.path, filled, backup_folder=folder)
    assert result.safety_copy is not None
    assert {phone for _id, phone in learner_rows(result.safety_copy)} == {"13811112222"}
    assert not wal.exists() or wal.stat().st_size == 0
    assert learner_rows(filled) == learner_rows(entry.path)
    db = open_database(str(filled))  # the application opens it in WAL mode again, intact
    try:
        with db.read() as s:
            assert s.connection().exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        db.dispose()


def _refused(filled: Path, folder: Path, source: Path, match: str, **kw: str) -> None:
    before = _state(filled)
    count = len(list_backups(folder, filled))
    with pytest.raises(InputRejected, match=match):
        restore_file(source, filled, backup_folder=folder, **kw)  # type: ignore[arg-type]
    assert _state(filled) == before
    assert len(list_backups(folder, filled)) == count  # not even a safety copy
    assert not list(filled.parent.glob("*.part"))


def test_a_backup_from_a_newer_version_is_refused(filled: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    newer = tmp_path / "newer.sqlite3"
    write_backup(filled, newer, "manual")
    manifest_path(newer).unlink()
    con = sqlite3.connect(newer)
    with con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.close()
    _refused(filled, folder, newer, "更新版本的求学圆梦桌面版制作（结构版本 9999）")


def test_a_file_that_is_not_a_backup_is_refused(filled: Path, tmp_path: Path) -> None:
    text = tmp_path / "notes.sqlite3"
    text.write_text("not a database\n" * 100, encoding="utf-8")
    _refused(filled, tmp_path / "backups", text, "不是求学圆梦桌面版的备份文件")
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    _refused(filled, tmp_path / "backups", other, "不是求学圆梦桌面版的数据库")
    _refused(filled, tmp_path / "backups", tmp_path / "missing.sqlite3", "不存在")


def test_a_backup_that_no_longer_matches_its_manifest_is_refused(filled: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    entry = make_backup(filled, folder, "manual")
    _change_phones(entry.path, "13700000000")  # still a valid database, but not what was backed up
    _refused(filled, folder, entry.path, "校验和不同")


def test_a_corrupt_backup_is_refused(filled: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    entry = make_backup(filled, folder, "manual")
    manifest_path(entry.path).unlink()
    size = entry.path.stat().st_size
    with entry.path.open("r+b") as f:  # overwrite pages in the middle, keep the header
        f.seek(size // 2)
        f.write(b"\x13" * 8192)
    _refused(filled, folder, entry.path, "未通过完整性检查|无法读取")


def test_an_encrypted_backup_needs_its_password(filled: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    entry = make_backup(filled, folder, "manual")
    sealed = copy_backup(entry, tmp_path / "usb", password="a long password")
    _change_phones(filled, "13600000000")
    with pytest.raises(PasswordNeeded):
        restore_file(sealed, filled, backup_folder=folder)
    before = _state(filled)
    with pytest.raises(WrongPassword, match="密码不正确"):
        restore_file(sealed, filled, backup_folder=folder, password="a wrong password")
    assert _state(filled) == before
    result = restore_file(sealed, filled, backup_folder=folder, password="a long password")
    assert learner_rows(filled) == learner_rows(entry.path)
    assert result.manifest == entry.manifest


def test_an_older_backup_is_restored_then_upgraded_on_opening(tmp_path: Path) -> None:
    from alembic import command

    old = tmp_path / "old.sqlite3"
    db = Database(target=str(old), engine=make_engine(str(old)))
    command.upgrade(alembic_config(db), REVISIONS[0])  # type: ignore[arg-type]
    db.dispose()
    folder = tmp_path / "backups"
    entry = write_backup(old, tmp_path / "old-backup.sqlite3", "manual")
    assert entry.manifest.schema_revision == REVISIONS[0]
    target = tmp_path / "live.sqlite3"
    result = restore_file(entry.path, target, backup_folder=folder)
    assert result.revision == REVISIONS[0] and result.safety_copy is None  # nothing was there
    opened = open_database(str(target), backup_dir=folder)
    try:
        with opened.read() as s:
            assert s.connection().exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD
    finally:
        opened.dispose()
    if len(REVISIONS) > 1:
        assert [e.manifest.reason for e in list_backups(folder, target)] == ["before-upgrade"]


def test_a_current_file_too_damaged_to_copy_is_moved_aside_whole(filled: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    entry = make_backup(filled, folder, "manual")
    damaged = filled.read_bytes()[:4096] + b"\x00" * 50_000
    filled.write_bytes(damaged)
    result = restore_file(entry.path, filled, backup_folder=folder)
    assert result.safety_copy is None and result.moved_aside is not None
    assert result.moved_aside.read_bytes() == damaged
    assert learner_rows(filled) == learner_rows(entry.path)


def test_the_database_file_itself_is_not_a_backup(filled: Path, tmp_path: Path) -> None:
    _refused(filled, tmp_path / "backups", filled, "数据库文件本身")
