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

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from qiuxue_desktop import paths
from qiuxue_desktop.db.audit_trail import chain_head
from qiuxue_desktop.db.backups import BackupEntry, Marker, copy_backup, list_backups, make_backup
from qiuxue_desktop.db.engine import Database, sqlite_path
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
