"""SQLite's checks on real files, the single-writer lock between real processes (and after a
crash), and the warning for a database on a network drive or in a cloud-sync folder."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from qiuxue_desktop.db.integrity import NotADatabase, foreign_key_check, integrity_check, quick_check
from qiuxue_desktop.db.location import cloud_service, mount_type, network_kind, storage_warning
from qiuxue_desktop.db.lock import DatabaseInUse, DbLock, lock_path

# --- integrity ----------------------------------------------------------------------------


def _table_file(path: Path, rows: int = 3000) -> Path:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)")
    con.execute(
        "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent(id), t TEXT)"
    )
    con.execute("CREATE INDEX ix_child_t ON child (t)")
    con.execute("INSERT INTO parent VALUES (1)")
    con.executemany("INSERT INTO child VALUES (?, 1, ?)", [(i, f"row {i:06d} " * 8) for i in range(rows)])
    con.commit()
    con.close()
    return path


def test_a_sound_file_passes_every_check(tmp_path: Path) -> None:
    path = _table_file(tmp_path / "ok.sqlite3")
    assert quick_check(path) == [] and integrity_check(path) == [] and foreign_key_check(path) == []


def test_damaged_pages_are_found(tmp_path: Path) -> None:
    path = _table_file(tmp_path / "bad.sqlite3")
    size = path.stat().st_size
    with path.open("r+b") as f:
        f.seek(size // 2)
        f.write(os.urandom(4096 * 3))
    assert quick_check(path)
    assert integrity_check(path)


def test_an_index_that_disagrees_with_its_table_needs_the_full_check(tmp_path: Path) -> None:
    """quick_check skips comparing indexes with their tables; integrity_check does not."""
    path = _table_file(tmp_path / "idx.sqlite3", rows=50)
    con = sqlite3.connect(path)
    con.execute("PRAGMA writable_schema=ON")
    # make the index cover a different expression than its table rows hold
    con.execute("UPDATE sqlite_master SET sql = replace(sql, '(t)', '(parent_id)') WHERE name = 'ix_child_t'")
    con.commit()
    con.close()
    assert quick_check(path) == []
    assert integrity_check(path)


def test_an_orphan_row_is_a_foreign_key_problem(tmp_path: Path) -> None:
    path = _table_file(tmp_path / "fk.sqlite3", rows=5)
    con = sqlite3.connect(path)  # foreign keys are off by default on a plain connection
    con.execute("INSERT INTO child VALUES (99999, 42, 'orphan')")
    con.commit()
    con.close()
    assert integrity_check(path) == []
    problems = foreign_key_check(path)
    assert problems == ["表 child 第 99999 行引用的 parent 记录不存在"]


def test_a_file_that_is_not_a_database_is_named(tmp_path: Path) -> None:
    text = tmp_path / "x.sqlite3"
    text.write_text("hello\n" * 100, encoding="utf-8")
    with pytest.raises(NotADatabase, match="不是数据库文件"):
        quick_check(text)
    with pytest.raises(NotADatabase, match="无法读取"):
        integrity_check(tmp_path / "missing.sqlite3")


# --- the single-writer lock ---------------------------------------------------------------


def test_a_second_holder_is_told_who_holds_the_lock(tmp_path: Path) -> None:
    db = tmp_path / "q.sqlite3"
    first = DbLock(db).acquire()
    try:
        with pytest.raises(DatabaseInUse) as refused:
            DbLock(db).acquire()
        message = refused.value.message
        assert f"进程 {os.getpid()}" in message and "请先关闭它" in message
        assert refused.value.exit_code == 5
    finally:
        first.release()
    with DbLock(db):  # free again once released
        pass


HOLD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from qiuxue_desktop.db.lock import DbLock
    lock = DbLock(Path(sys.argv[1])).acquire()
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
    lock.release()
    """
)


def _holder(db: Path, seconds: float) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def test_a_lock_left_by_a_killed_process_is_recovered_from(tmp_path: Path) -> None:
    db = tmp_path / "q.sqlite3"
    proc = _holder(db, 120)
    try:
        with pytest.raises(DatabaseInUse, match=f"进程 {proc.pid}"):
            DbLock(db).acquire()
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        assert lock_path(db).exists()  # the file stays; only a held lock counts
        with DbLock(db) as lock:
            assert lock.held
    finally:
        proc.kill()
        proc.wait(timeout=30)


def test_a_writer_waits_briefly_for_the_lock(tmp_path: Path) -> None:
    db = tmp_path / "q.sqlite3"
    proc = _holder(db, 0.5)
    try:
        started = time.monotonic()
        lock = DbLock(db).acquire(wait=20)
        assert time.monotonic() - started < 15
        lock.release()
    finally:
        proc.kill()
        proc.wait(timeout=30)


# --- where the file lies ------------------------------------------------------------------

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
server:/export /mnt/share nfs4 rw 0 0
//nas/hr /mnt/hr\\040office cifs rw 0 0
sshfs#u@h: /home/u/remote fuse.sshfs rw 0 0
tmpfs /mnt/share/tmp tmpfs rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/home/u/qiuxue.sqlite3", "ext4"),
        ("/mnt/share/q.sqlite3", "nfs4"),
        ("/mnt/hr office/q.sqlite3", "cifs"),
        ("/home/u/remote/x/q.sqlite3", "fuse.sshfs"),
        ("/mnt/share/tmp/q.sqlite3", "tmpfs"),
        ("/mnt/shared/q.sqlite3", "ext4"),
    ],
)
def test_the_mount_holding_a_path_is_the_longest_prefix(path: str, kind: str) -> None:
    assert mount_type(path, MOUNTS) == kind


def test_network_locations_are_recognised() -> None:
    assert network_kind("/mnt/share/q.sqlite3", windows=False, mounts=MOUNTS) == "网络文件系统 nfs4"
    assert network_kind("/home/u/q.sqlite3", windows=False, mounts=MOUNTS) is None
    assert network_kind(r"\\fileserver\hr\q.sqlite3", windows=True) == "UNC 网络路径"
    assert network_kind(r"\\?\UNC\fileserver\hr\q.sqlite3", windows=True) == "UNC 网络路径"
    drives = {"Z:\\": 4, "C:\\": 3}
    assert network_kind(r"Z:\hr\q.sqlite3", windows=True, drive_type=drives.__getitem__) == "网络驱动器"
    assert network_kind(r"C:\hr\q.sqlite3", windows=True, drive_type=drives.__getitem__) is None


@pytest.mark.parametrize(
    ("path", "service"),
    [
        (r"C:\Users\hr\OneDrive\文档\q.sqlite3", "OneDrive"),
        (r"C:\Users\hr\OneDrive - 某某电子有限公司\q.sqlite3", "OneDrive"),
        (r"D:\百度网盘\q.sqlite3", "百度网盘"),
        (r"D:\BaiduSyncdisk\q.sqlite3", "百度网盘"),
        (r"C:\Users\hr\Nutstore\q.sqlite3", "坚果云"),
        (r"C:\Users\hr\坚果云\q.sqlite3", "坚果云"),
        (r"C:\Users\hr\Documents\WPS云盘\q.sqlite3", "WPS云盘"),
        (r"C:\Users\hr\Dropbox (Personal)\q.sqlite3", "Dropbox"),
        (r"C:\Users\hr\iCloudDrive\q.sqlite3", "iCloud"),
        (r"G:\My Drive\..\Google Drive\q.sqlite3", "Google Drive"),
        (r"C:\Users\hr\Documents\qiuxue\q.sqlite3", None),
        (r"C:\Users\hr\OneDriveBackupNotes\q.sqlite3", None),
    ],
)
def test_cloud_sync_folders_are_recognised(path: str, service: str | None) -> None:
    from pathlib import PureWindowsPath

    assert cloud_service(PureWindowsPath(path)) == service


def test_the_warning_is_one_sentence_naming_the_place(tmp_path: Path) -> None:
    on_nfs = storage_warning(Path("/mnt/share/q.sqlite3"), windows=False, mounts=MOUNTS)
    assert on_nfs is not None and "网络文件系统 nfs4" in on_nfs and "PostgreSQL" in on_nfs
    synced = storage_warning(Path(r"C:\Users\hr\OneDrive\q.sqlite3"), windows=True, drive_type=lambda _r: 3)
    assert synced is not None and "OneDrive 同步文件夹" in synced
    assert storage_warning(tmp_path / "q.sqlite3") is None  # this machine's temp folder is local
