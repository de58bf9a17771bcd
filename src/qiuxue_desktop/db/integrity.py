"""SQLite's own checks of a database file, read-only: quick_check at start (O(N), cheap),
integrity_check for `qiuxue check` and before a restore, foreign_key_check (the other two do
not look at foreign keys, data-safety.md).

Each returns a list of problems in words (empty: all is well). A file that is not a database,
or is too damaged to open, raises NotADatabase.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from qiuxue_desktop.db.backup import SQLITE_MAGIC
from qiuxue_desktop.errors import InputRejected

MAX_REPORTED = 20


class NotADatabase(InputRejected):
    """The file is missing, unreadable, or not an SQLite database (exit 3)."""


def _connect(path: Path) -> sqlite3.Connection:
    try:
        with path.open("rb") as f:
            head = f.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise NotADatabase(f"无法读取数据库文件 {path}：{exc.strerror or exc}") from exc
    if head != SQLITE_MAGIC:
        raise NotADatabase(f"文件 {path} 不是数据库文件（SQLite），未作任何改动。")
    # Read-only: a check never changes the file. WAL content is read too (the -shm is kept).
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def _pragma_check(path: Path, pragma: str) -> list[str]:
    con = _connect(path)
    try:
        rows = con.execute(f"PRAGMA {pragma}({MAX_REPORTED})").fetchall()
    except sqlite3.DatabaseError as exc:
        # "database disk image is malformed", "file is not a database": too damaged to check.
        return [f"数据库文件已损坏：{exc}"]
    finally:
        con.close()
    messages = [str(r[0]) for r in rows]
    return [] if messages == ["ok"] else messages


def quick_check(path: Path) -> list[str]:
    """The fast structural check (no index-content comparison): fits start-up."""
    return _pragma_check(path, "quick_check")


def integrity_check(path: Path) -> list[str]:
    """The full check: every page, every index against its table."""
    return _pragma_check(path, "integrity_check")


def foreign_key_problems(con: sqlite3.Connection) -> list[str]:
    """Rows whose foreign key points at nothing, as `table 行 rowid → parent`."""
    rows = con.execute("PRAGMA foreign_key_check").fetchmany(MAX_REPORTED)
    return [f"表 {table} 第 {rowid} 行引用的 {parent} 记录不存在" for table, rowid, parent, _fk in rows]


def foreign_key_check(path: Path) -> list[str]:
    con = _connect(path)
    try:
        return foreign_key_problems(con)
    except sqlite3.DatabaseError as exc:
        return [f"数据库文件已损坏：{exc}"]
    finally:
        con.close()
