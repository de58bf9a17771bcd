"""Consistent copies of a live SQLite file through the online backup API.

Copying the main file of an open WAL database can give a copy with no tables
(data-safety.md): only sqlite3's backup API or VACUUM INTO is safe.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from qiuxue_desktop.errors import OperationFailed


def backup_sqlite(source: Path, dest: Path) -> Path:
    """Copy `source` to `dest` consistently; the copy is checked before it is kept."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            out = sqlite3.connect(tmp)
            try:
                src.backup(out)
                ok = out.execute("PRAGMA quick_check").fetchone()
            finally:
                out.close()
        finally:
            src.close()
        if not ok or ok[0] != "ok":
            raise OperationFailed(f"备份文件校验未通过：{dest}")
        os.replace(tmp, dest)
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise OperationFailed(f"无法备份数据库 {source}：{exc}") from exc
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OperationFailed(f"无法写入备份文件 {dest}：{exc.strerror or exc}") from exc
    return dest


def timestamped_name(stem: str, reason: str) -> str:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return f"{stem}-{reason}-{stamp}.sqlite3"
