"""Backups as the application makes them, for the window and the command line alike.

- Automatic, whenever something changed since the newest backup: at start, every 30 minutes,
  before an import, a sync export (issue 6 calls `backup_if_changed(db, "before-sync")`), a
  restore and a schema upgrade (db/migrate.py). "Changed" is read from the audit chain's head:
  every change writes an audit entry, so an unchanged head means the newest backup already
  holds exactly this content. Automatic backups are the system's, not a user's act.
- By a user: `backup_now` and `copy_to_folder` (Permission.BACKUP; a copy taken away on a USB
  stick is recorded in the audit trail like an export), `restore` (Permission.RESTORE).
- Only a local SQLite file is backed up or restored here: a PostgreSQL server is backed up
  with the server's own tools, and the refusal says so.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from sqlalchemy import create_engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from qiuxue_desktop import paths
from qiuxue_desktop.db.audit_trail import chain_head
from qiuxue_desktop.db.backups import BackupEntry, Marker, copy_backup, list_backups, make_backup
from qiuxue_desktop.db.engine import Database, sqlite_path
from qiuxue_desktop.db.lock import DbLock
from qiuxue_desktop.db.restore import RestoreResult, restore_file
from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.errors import OperationFailed
from qiuxue_desktop.progress import NO_PROGRESS, Progress
from qiuxue_desktop.services.audit import record
from qiuxue_desktop.services.auth import require

AUTO_INTERVAL_MINUTES = 30
SERVER_REFUSAL = (
    "这是服务器上的 PostgreSQL 数据库：请用服务器自己的工具（pg_dump / pg_restore）备份和恢复，"
    "本程序的备份与恢复只用于本机的数据库文件。"
)


class ServerDatabase(OperationFailed):
    """Backup and restore of a server database are the server's business."""


class DatabaseDamaged(OperationFailed):
    """The start-up quick check failed. The database's lock is still held (`lock`), so that the
    window can restore a backup in its place before anyone else opens it."""

    def __init__(self, path: Path, problems: list[str], newest: BackupEntry | None, lock: DbLock) -> None:
        offer = (
            f"可以用最新的完好备份（{newest.created_at.astimezone():%Y-%m-%d %H:%M}，"
            f"{newest.manifest.reason_label}）恢复，恢复前会先保留损坏的文件。"
            if newest is not None
            else "没有找到这个数据库的完好备份，请联系技术支持；损坏的文件没有被改动。"
        )
        super().__init__(f"数据库文件 {path} 已损坏（{problems[0]}）。{offer}")
        self.path, self.problems, self.newest, self.lock = path, problems, newest, lock


class _Check(threading.Thread):
    """SQLite's quick_check of a file on its own thread (sqlite3 lets go of the GIL meanwhile)."""

    def __init__(self, path: Path) -> None:
        super().__init__(name="qiuxue-quick-check", daemon=True)
        self.path = path
        self.problems: list[str] = []
        self.error: BaseException | None = None

    def run(self) -> None:
        from qiuxue_desktop.db.integrity import quick_check

        try:
            self.problems = quick_check(self.path)
        except BaseException as exc:
            self.error = exc


@dataclass
class OpenGuard:
    """What the window holds while a database is open: its single-writer lock (SQLite files
    only), the warning to show when the file lies somewhere unsafe, and the start-up check."""

    lock: DbLock | None
    warning: str | None
    path: Path | None = None
    folder: Path | None = None
    check: _Check | None = None

    def confirm(self) -> None:
        """Wait for the start-up quick check: DatabaseDamaged (the lock still held) if it failed."""
        from qiuxue_desktop.db.backups import newest_intact

        check, self.check = self.check, None
        if check is None:
            return
        check.join()
        if check.error is not None:
            raise check.error
        if check.problems:
            assert self.path is not None and self.lock is not None
            newest = newest_intact(backup_folder(self.folder), self.path)
            raise DatabaseDamaged(self.path, check.problems, newest, self.lock)

    def release(self) -> None:
        if self.check is not None:
            self.check.join()
            self.check = None
        if self.lock is not None:
            self.lock.release()


def guard_open(target: str, *, folder: Path | None = None, lock: DbLock | None = None) -> OpenGuard:
    """Before the window opens a database: take the lock (DatabaseInUse names who holds it),
    note an unsafe location, and start the quick check (`confirm()` waits for it). `lock` is
    one already held (reopening after a restore)."""
    from qiuxue_desktop.db.location import storage_warning

    path = sqlite_path(target)
    if path is None:
        return OpenGuard(None, None)
    held = lock if lock is not None and lock.held else DbLock(path).acquire()
    try:
        guard = OpenGuard(held, storage_warning(path), path, folder)
        if path.exists() and path.stat().st_size > 0:
            guard.check = _Check(path)
            guard.check.start()
    except BaseException:
        held.release()
        raise
    return guard


Read = TypeVar("Read")


def open_guarded(
    target: str, read: Callable[[Database], Read], *, lock: DbLock | None = None, folder: Path | None = None
) -> tuple[Database, Read, OpenGuard]:
    """The window's way in: take the lock, then open (create or upgrade) the database and
    `read` what the window shows while the quick check runs beside it; nothing is returned
    to be shown before the check passed. A damaged file raises DatabaseDamaged, which keeps
    the lock so that the newest intact backup can be restored in its place."""
    from qiuxue_desktop.db.migrate import open_database

    guard = guard_open(target, folder=folder, lock=lock)
    try:
        db: Database | None = None
        try:
            db = open_database(target)
            state = read(db)
        except BaseException:
            if db is not None:
                db.dispose()
            guard.confirm()  # a damaged file is the better explanation of the failure
            raise
        try:
            guard.confirm()
        except BaseException:
            db.dispose()
            raise
    except DatabaseDamaged:
        raise
    except BaseException:
        guard.release()
        raise
    return db, state, guard


def database_file(target: str) -> Path:
    path = sqlite_path(target)
    if path is None:
        raise ServerDatabase(SERVER_REFUSAL)
    return path


def backup_folder(folder: Path | None = None) -> Path:
    return folder if folder is not None else paths.backup_dir()


def marker_of_session(session: Session) -> Marker:
    entry_id, digest = chain_head(session)
    return Marker(entry_id, digest)


def marker_of_file(path: Path) -> Marker | None:
    """The audit chain's head inside a closed SQLite file; None when it has no audit trail
    (a schema older than the accounts issue)."""
    engine = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true", poolclass=NullPool)
    try:
        with Session(engine) as session:
            return marker_of_session(session)
    except DBAPIError:
        return None
    finally:
        engine.dispose()


def backups_of(db_target: str, folder: Path | None = None) -> list[BackupEntry]:
    """This database's backups, newest first (none for a server database)."""
    path = sqlite_path(db_target)
    return [] if path is None else list_backups(backup_folder(folder), path)


def backup_if_changed(db: Database, reason: str, *, folder: Path | None = None) -> BackupEntry | None:
    """An automatic backup, made only when the audit head differs from the newest backup's.
    Nothing to do (None) for a server database or when nothing changed."""
    path = sqlite_path(db.target)
    if path is None:
        return None
    with db.read() as session:
        current = marker_of_session(session)
    existing = list_backups(backup_folder(folder), path)
    if existing and existing[0].manifest.marker == current:
        return None
    return make_backup(path, backup_folder(folder), reason, marker_of=marker_of_file)


def backup_now(db: Database, *, folder: Path | None = None) -> BackupEntry:
    """A backup the user asked for. Its audit entry is written first, so the copy holds it."""
    path = database_file(db.target)
    with db.write() as session:
        require(session, Permission.BACKUP)
        record(session, "backup", detail="手动备份")
    return make_backup(path, backup_folder(folder), "manual", marker_of=marker_of_file)


def copy_to_folder(
    db: Database, entry: BackupEntry, dest: Path, *, password: str | None = None, name: str | None = None
) -> Path:
    """Copy a backup to a chosen folder (encrypted when a password is given); recorded."""
    with db.read() as session:
        require(session, Permission.BACKUP)
    copy = copy_backup(entry, dest, password=password, name=name)
    with db.write() as session:
        how = "加密" if password else "未加密"
        record(session, "backup", detail=f"复制备份 {entry.path.name} 到 {copy}（{how}）")
    return copy


def may_restore(db: Database) -> None:
    """NotPermitted unless the acting person may replace the database (an administrator)."""
    with db.read() as session:
        require(session, Permission.RESTORE)


@dataclass(frozen=True)
class Restored:
    result: RestoreResult
    db: Database  # the restored database, open and at the current schema


def restore(
    target: str,
    source: Path,
    *,
    password: str | None = None,
    folder: Path | None = None,
    actor_db: Database | None = None,
    progress: Progress = NO_PROGRESS,
) -> Restored:
    """Replace the database file `target` by the backup `source` and open the result.

    The caller holds the database's lock and has closed its connections; `actor_db` (closed
    or not) carries who restores: the restore is recorded in the restored database's trail."""
    from qiuxue_desktop.db.migrate import open_database

    path = database_file(target)
    result = restore_file(
        source,
        path,
        backup_folder=backup_folder(folder),
        password=password,
        marker_of=marker_of_file,
        progress=progress,
    )
    db = open_database(target, backup_dir=backup_folder(folder))  # an older schema is upgraded here
    db.principal = actor_db.principal if actor_db is not None else None
    try:
        with db.write() as session:
            kept = f"；恢复前的数据库已备份为 {result.safety_copy.name}" if result.safety_copy else ""
            record(session, "restore", detail=f"从备份 {source.name} 恢复{kept}")
    except BaseException:
        db.dispose()
        raise
    return Restored(result, db)
