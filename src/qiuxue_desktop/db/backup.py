"""Consistent copies of a live SQLite file through the online backup API, and careful file moves.

Copying the main file of an open WAL database can give a copy with no tables
(data-safety.md): only sqlite3's backup API or VACUUM INTO is safe. A copy is
switched to the rollback journal (one self-contained file that opens on
read-only media), quick-checked, flushed to disk and only then renamed into place.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

from qiuxue_desktop.errors import OperationFailed

SQLITE_MAGIC = b"SQLite format 3\x00"


def backup_sqlite(source: Path, dest: Path) -> Path:
    """Copy `source` to `dest` consistently; the copy is checked before it is kept."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            out = sqlite3.connect(tmp)
            try:
                src.backup(out)  # all pages in one step: one consistent snapshot
                out.execute("PRAGMA journal_mode=DELETE")
                ok = out.execute("PRAGMA quick_check").fetchone()
            finally:
                out.close()
        finally:
            src.close()
        if not ok or ok[0] != "ok":
            raise OperationFailed(f"备份文件校验未通过：{dest}")
        fsync_file(tmp)
        os.replace(tmp, dest)
        fsync_dir(dest.parent)
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise OperationFailed(f"无法备份数据库 {source}：{exc}") from exc
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OperationFailed(f"无法写入备份文件 {dest}：{exc.strerror or exc}") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return dest


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def fsync_file(path: Path) -> None:
    """Flush a written file to the disk before it is renamed into place."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to flush."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def is_sqlite_file(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC


def schema_revision(path: Path) -> tuple[str | None, bool]:
    """(Alembic revision, whether the file holds any table) of a closed SQLite file, read-only."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        rev = None
        if "alembic_version" in names:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            rev = row[0] if row else None
        return rev, bool(names)
    finally:
        con.close()
