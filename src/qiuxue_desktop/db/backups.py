"""The backup folder: consistent copies of the database with a manifest each, kept by rotation.

A backup is `<db stem>-<local time>-<reason>.sqlite3` made with the online backup API
(db/backup.py), and beside it `<same name>.json`, its manifest: when and why it was made, the
application version, the schema revision, the audit chain's head (id and hash: a second place
that remembers the newest audit entry, data-safety.md) and the file's sha256. Only this module
writes the folder; rotation (db/rotation.py) lets old backups go after each new one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qiuxue_desktop import __version__
from qiuxue_desktop.db.backup import backup_sqlite, file_sha256, fsync_file, schema_revision
from qiuxue_desktop.db.rotation import DEFAULT_POLICY, Policy, to_remove
from qiuxue_desktop.errors import OperationFailed

MANIFEST_FORMAT = 1
STALE_PART_SECONDS = 3600
BACKUP_SUFFIX = ".sqlite3"
ENCRYPTED_SUFFIX = ".qxenc"
MANIFEST_SUFFIX = ".json"

# Why a backup was made: the key is written in file names and manifests, the label is shown.
REASONS: dict[str, str] = {
    "manual": "手动备份",
    "start": "启动时",
    "periodic": "定时（每 30 分钟）",
    "before-import": "导入前",
    "before-sync": "上报前",
    "before-restore": "恢复前",
    "before-upgrade": "升级前",
}


@dataclass(frozen=True)
class Marker:
    """What the database looked like: the head of its audit chain (every change adds an entry)."""

    entry_id: int
    entry_hash: str

    def short(self) -> str:
        return f"#{self.entry_id} {self.entry_hash[:12]}"


@dataclass(frozen=True)
class Manifest:
    created_at: dt.datetime  # UTC
    reason: str
    app_version: str
    schema_revision: str | None
    marker: Marker | None
    sha256: str
    size: int
    source: str  # the database file the backup was made from (resolved path)
    format: int = MANIFEST_FORMAT

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "created_at": self.created_at.astimezone(dt.UTC).isoformat(),
            "reason": self.reason,
            "app_version": self.app_version,
            "schema_revision": self.schema_revision,
            "audit_head": (
                None if self.marker is None else {"id": self.marker.entry_id, "hash": self.marker.entry_hash}
            ),
            "sha256": self.sha256,
            "size": self.size,
            "source": self.source,
        }

    def to_json(self) -> bytes:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=1).encode("utf-8")

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Manifest:
        head = data.get("audit_head")
        created = dt.datetime.fromisoformat(str(data["created_at"]))
        if created.tzinfo is None:
            raise ValueError("naive timestamp in manifest")
        return cls(
            created_at=created,
            reason=str(data["reason"]),
            app_version=str(data.get("app_version", "")),
            schema_revision=data.get("schema_revision"),
            marker=None if not head else Marker(int(head["id"]), str(head["hash"])),
            sha256=str(data["sha256"]),
            size=int(data["size"]),
            source=str(data.get("source", "")),
            format=int(data.get("format", MANIFEST_FORMAT)),
        )

    @classmethod
    def from_json(cls, raw: bytes) -> Manifest:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("a manifest is a JSON object")
        return cls.from_dict(data)

    @property
    def reason_label(self) -> str:
        return REASONS.get(self.reason, self.reason)


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    manifest: Manifest

    @property
    def created_at(self) -> dt.datetime:
        return self.manifest.created_at


MarkerReader = Callable[[Path], Marker | None]


def source_key(db_path: Path) -> str:
    return str(db_path.resolve())


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + MANIFEST_SUFFIX)


def read_manifest(backup: Path) -> Manifest | None:
    """The manifest beside a backup file, or None when there is none or it cannot be read."""
    try:
        return Manifest.from_json(manifest_path(backup).read_bytes())
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_manifest(backup: Path, manifest: Manifest) -> Path:
    target = manifest_path(backup)
    tmp = target.with_name(target.name + ".part")
    tmp.write_bytes(manifest.to_json())
    fsync_file(tmp)
    os.replace(tmp, target)
    return target


def _unique_name(folder: Path, stem: str, reason: str, when: dt.datetime) -> Path:
    stamp = when.astimezone().strftime("%Y%m%d-%H%M%S")
    candidate = folder / f"{stem}-{stamp}-{reason}{BACKUP_SUFFIX}"
    n = 2
    while candidate.exists() or manifest_path(candidate).exists():
        candidate = folder / f"{stem}-{stamp}-{n}-{reason}{BACKUP_SUFFIX}"
        n += 1
    return candidate


def write_backup(
    source: Path,
    dest: Path,
    reason: str,
    *,
    marker_of: MarkerReader | None = None,
    now: dt.datetime | None = None,
) -> BackupEntry:
    """Back up `source` to exactly `dest`, with its manifest beside it (no rotation).

    `marker_of` reads the audit chain's head from the finished copy, so the manifest describes
    exactly what the copy holds."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    if not source.exists():
        raise OperationFailed(f"数据库文件 {source} 不存在，无法备份。")
    when = now or dt.datetime.now(dt.UTC)
    backup_sqlite(source, dest)
    try:
        revision, _tables = schema_revision(dest)
        manifest = Manifest(
            created_at=when.astimezone(dt.UTC),
            reason=reason,
            app_version=__version__,
            schema_revision=revision,
            marker=marker_of(dest) if marker_of is not None else None,
            sha256=file_sha256(dest),
            size=dest.stat().st_size,
            source=source_key(source),
        )
        write_manifest(dest, manifest)
    except OSError as exc:
        dest.unlink(missing_ok=True)
        raise OperationFailed(f"无法写入备份记录 {dest}：{exc.strerror or exc}") from exc
    except BaseException:
        dest.unlink(missing_ok=True)
        raise
    return BackupEntry(dest, manifest)


def make_backup(
    source: Path,
    folder: Path,
    reason: str,
    *,
    marker_of: MarkerReader | None = None,
    now: dt.datetime | None = None,
    policy: Policy | None = DEFAULT_POLICY,
) -> BackupEntry:
    """Back up `source` into `folder` under a new name, then rotate that database's backups
    (`policy=None` keeps every backup)."""
    folder.mkdir(parents=True, exist_ok=True)
    when = now or dt.datetime.now(dt.UTC)
    dest = _unique_name(folder, source.stem, reason, when)
    entry = write_backup(source, dest, reason, marker_of=marker_of, now=when)
    if policy is not None:
        rotate(folder, source, policy=policy)
    return entry


def copy_backup(
    entry: BackupEntry, folder: Path, *, password: str | None = None, name: str | None = None
) -> Path:
    """Copy a backup into `folder` (a USB stick, a network share) as `name` (by default the
    backup's own name): with its manifest beside it, or encrypted with `password` into one file
    that holds the manifest too. The copy is read back and checked before this returns:
    removable media lie about having written."""
    from qiuxue_desktop.db.sealed import seal, unseal

    if not is_intact(entry):
        raise OperationFailed(f"备份 {entry.path.name} 与它的记录不符，可能已损坏，没有复制。")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if password is not None:
            dest = folder / (name or entry.path.name.removesuffix(BACKUP_SUFFIX) + ENCRYPTED_SUFFIX)
            seal(entry.path, dest, password, entry.manifest.to_json())
            unseal(dest, None, password)  # every chunk read back and authenticated
            return dest
        dest = folder / (name or entry.path.name)
        tmp = dest.with_name(dest.name + ".part")
        try:
            shutil.copyfile(entry.path, tmp)
            fsync_file(tmp)
            os.replace(tmp, dest)
        finally:
            tmp.unlink(missing_ok=True)
        write_manifest(dest, entry.manifest)
    except OSError as exc:
        raise OperationFailed(f"无法把备份复制到 {folder}：{exc.strerror or exc}") from exc
    if file_sha256(dest) != entry.manifest.sha256:
        raise OperationFailed(f"复制到 {folder} 的备份读回来与原件不同：这个存储设备可能有问题。")
    return dest


def list_backups(folder: Path, source: Path | None = None) -> list[BackupEntry]:
    """The backups in `folder` (of the database `source` only, when given), newest first."""
    if not folder.is_dir():
        return []
    key = source_key(source) if source is not None else None
    entries = []
    for manifest_file in folder.glob(f"*{BACKUP_SUFFIX}{MANIFEST_SUFFIX}"):
        backup = manifest_file.with_name(manifest_file.name.removesuffix(MANIFEST_SUFFIX))
        manifest = read_manifest(backup)
        if manifest is None or not backup.is_file():
            continue
        if key is not None and manifest.source != key:
            continue
        entries.append(BackupEntry(backup, manifest))
    entries.sort(key=lambda e: e.created_at, reverse=True)
    return entries


def delete_backup(entry: BackupEntry) -> None:
    entry.path.unlink(missing_ok=True)
    manifest_path(entry.path).unlink(missing_ok=True)


def rotate(
    folder: Path, source: Path, *, policy: Policy = DEFAULT_POLICY, tz: dt.tzinfo | None = None
) -> list[Path]:
    """Let go the backups of `source` that the rotation does not keep; also the leftovers
    (`.part` files) of a backup that was interrupted. Returns the removed backups."""
    stale = dt.datetime.now().timestamp() - STALE_PART_SECONDS
    for leftover in folder.glob("*.part"):
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < stale:  # not a copy another process is writing now
                leftover.unlink()
    entries = list_backups(folder, source)
    doomed = [entries[i] for i in to_remove([e.created_at for e in entries], policy=policy, tz=tz)]
    for entry in doomed:
        delete_backup(entry)
    return [e.path for e in doomed]


def is_intact(entry: BackupEntry) -> bool:
    """The file is still what its manifest says (size and sha256)."""
    try:
        if entry.path.stat().st_size != entry.manifest.size:
            return False
        return file_sha256(entry.path) == entry.manifest.sha256
    except OSError:
        return False


def newest_intact(folder: Path, source: Path) -> BackupEntry | None:
    """The newest backup of `source` whose file still matches its manifest."""
    for entry in list_backups(folder, source):
        if is_intact(entry):
            return entry
    return None
