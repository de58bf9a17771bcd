"""Putting a backup back, the way Anki does: the backup is written to a temporary file beside the
database, checked (its sha256 against its manifest, SQLite's integrity_check, a schema revision
this program knows), the current file is backed up, and only then is the checked file renamed
into place. An older schema is upgraded when the database next opens (with its own backup
first); a backup from a newer version is refused. Any failure before the rename changes nothing.

The caller holds the database's single-writer lock (db/lock.py) and has closed its own
connections. The current file's write-ahead log is checkpointed and switched off before the
rename: a stale -wal beside the restored file would be replayed into it and corrupt it.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from qiuxue_desktop.db.backup import (
    SQLITE_MAGIC,
    file_sha256,
    fsync_dir,
    fsync_file,
    schema_revision,
)
from qiuxue_desktop.db.backups import Manifest, MarkerReader, make_backup, read_manifest
from qiuxue_desktop.db.integrity import integrity_check
from qiuxue_desktop.db.sealed import MAGIC as SEALED_MAGIC
from qiuxue_desktop.db.sealed import unseal
from qiuxue_desktop.errors import InputRejected, OperationFailed
from qiuxue_desktop.progress import NO_PROGRESS, Progress

JOURNAL_SUFFIXES = ("-wal", "-shm", "-journal")


class PasswordNeeded(InputRejected):
    """The backup is encrypted and no password was given."""


@dataclass(frozen=True)
class RestoreResult:
    target: Path
    revision: str
    manifest: Manifest | None
    safety_copy: Path | None  # the backup of what the database held before
    moved_aside: Path | None  # where a current file too damaged to back up was moved instead


def backup_kind(path: Path) -> str:
    """ "sqlite" or "sealed"; InputRejected for anything else."""
    try:
        with path.open("rb") as f:
            head = f.read(max(len(SQLITE_MAGIC), len(SEALED_MAGIC)))
    except FileNotFoundError:
        raise InputRejected(f"备份文件 {path} 不存在。") from None
    except OSError as exc:
        raise InputRejected(f"无法读取备份文件 {path}：{exc.strerror or exc}") from exc
    if head.startswith(SQLITE_MAGIC):
        return "sqlite"
    if head.startswith(SEALED_MAGIC):
        return "sealed"
    raise InputRejected(f"文件 {path.name} 不是求学圆梦桌面版的备份文件，没有做任何改动。")


def _temp_beside(target: Path) -> Path:
    return target.with_name(f".{target.name}.restore-{os.getpid()}.part")


def _check_copy(tmp: Path, manifest: Manifest | None, name: str, known: tuple[str, ...]) -> str:
    """The schema revision of a checked copy; InputRejected when it must not be restored."""
    if manifest is not None and file_sha256(tmp) != manifest.sha256:
        raise InputRejected(f"备份文件 {name} 与它的记录不符（校验和不同），可能已损坏；没有做任何改动。")
    problems = integrity_check(tmp)
    if problems:
        raise InputRejected(f"备份文件 {name} 未通过完整性检查（{problems[0]}），没有做任何改动。")
    try:
        revision, has_tables = schema_revision(tmp)
    except sqlite3.DatabaseError as exc:
        raise InputRejected(f"备份文件 {name} 无法读取（{exc}），没有做任何改动。") from exc
    if revision is None:
        what = "不是求学圆梦桌面版的数据库" if has_tables else "是空的数据库"
        raise InputRejected(f"备份文件 {name} {what}，没有做任何改动。")
    if revision not in known:
        raise InputRejected(
            f"备份文件 {name} 由更新版本的求学圆梦桌面版制作（结构版本 {revision}），"
            "请先升级本程序再恢复；没有做任何改动。"
        )
    return revision


def prepare_copy(source: Path, target: Path, password: str | None) -> tuple[Path, Manifest | None, str]:
    """Write `source` (plain or encrypted) to a temporary file beside `target` and check it."""
    from qiuxue_desktop.db.migrate import REVISIONS

    kind = backup_kind(source)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = _temp_beside(target)
    try:
        if kind == "sealed":
            if not password:
                raise PasswordNeeded(f"备份文件 {source.name} 已加密，请输入它的密码。")
            try:
                manifest: Manifest | None = Manifest.from_json(unseal(source, tmp, password))
            except (ValueError, KeyError, TypeError) as exc:
                raise InputRejected(f"加密备份 {source.name} 的记录无法读取，没有做任何改动。") from exc
        else:
            manifest = read_manifest(source)
            shutil.copyfile(source, tmp)
        con = sqlite3.connect(tmp)  # a backup made elsewhere may still be in WAL mode
        try:
            con.execute("PRAGMA journal_mode=DELETE")
        except sqlite3.DatabaseError:
            pass  # integrity_check below names what is wrong
        finally:
            con.close()
        revision = _check_copy(tmp, manifest, source.name, REVISIONS)
        fsync_file(tmp)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OperationFailed(
            f"无法在 {target.parent} 中写入恢复用的临时文件：{exc.strerror or exc}"
        ) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp, manifest, revision


def _close_journal(target: Path) -> None:
    """Fold the write-ahead log into the main file and remove it (needs every connection closed)."""
    con = sqlite3.connect(target, isolation_level=None, timeout=2)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        mode = con.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    finally:
        con.close()
    if str(mode).lower() != "delete":
        raise OperationFailed(f"数据库 {target} 仍在被使用，无法恢复；请关闭使用它的程序后再试。")


def move_aside(target: Path) -> Path:
    """Rename a database too damaged to copy, with its journal files, to `<name>.damaged-<time>`
    beside it: a rename in the same folder needs no free space and cannot fail half-copied."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    dest = target.with_name(f"{target.name}.damaged-{stamp}")
    # The journals first: a main file must never stay behind without its -wal.
    for suffix in (*JOURNAL_SUFFIXES, ""):
        part = target.with_name(target.name + suffix)
        if part.exists():
            os.replace(part, dest.with_name(dest.name + suffix))
    fsync_dir(target.parent)
    return dest


def restore_file(
    source: Path,
    target: Path,
    *,
    backup_folder: Path,
    password: str | None = None,
    marker_of: MarkerReader | None = None,
    progress: Progress = NO_PROGRESS,
) -> RestoreResult:
    """Replace the SQLite file `target` by the backup `source` (see the module's docstring)."""
    if target.exists() and source.resolve() == target.resolve():
        raise InputRejected("不能用数据库文件本身作为备份来恢复。")
    progress.set(0, 4, "正在检查备份文件")
    tmp, manifest, revision = prepare_copy(source, target, password)
    try:
        safety: Path | None = None
        aside: Path | None = None
        if target.exists() and target.stat().st_size > 0:
            progress.set(2, label="正在备份当前数据库")
            try:
                safety = make_backup(target, backup_folder, "before-restore", marker_of=marker_of).path
            except OperationFailed:
                aside = move_aside(target)  # too damaged to copy: keep it whole instead
            if safety is not None:
                _close_journal(target)
        progress.set(3, label="正在替换数据库文件")
        for suffix in JOURNAL_SUFFIXES:
            stale = target.with_name(target.name + suffix)
            if stale.exists() and stale.stat().st_size > 0 and suffix != "-shm":
                raise OperationFailed(f"数据库 {target} 仍在被使用，无法恢复；请关闭使用它的程序后再试。")
            stale.unlink(missing_ok=True)
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except sqlite3.Error as exc:
        raise OperationFailed(f"无法恢复数据库 {target}：{exc}") from exc
    finally:
        tmp.unlink(missing_ok=True)
    progress.set(4, label="恢复完成")
    return RestoreResult(target, revision, manifest, safety, aside)
