"""Is the database file somewhere SQLite is not safe? A network drive or a cloud-sync folder.

SQLite's locking and WAL do not work over network file systems, and a sync client copies a file
while it is being written (data-safety.md). This is a warning, not a refusal: the window shows
it at start and the command line prints it on stderr. Detected: UNC paths and Windows network
drives (GetDriveType), Linux network mounts (/proc/mounts), and the folders of OneDrive,
Dropbox, iCloud, Google Drive, 百度网盘, 坚果云, WPS云盘 and their kind.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path, PurePath, PureWindowsPath

NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "sshfs", "9p", "afs", "ceph",
        "glusterfs", "fuse.glusterfs", "lustre", "gpfs", "davfs", "fuse.davfs2", "fuse.rclone",
        "fuse.s3fs", "ncpfs", "coda",
    }
)  # fmt: skip

# Folder names (compared case-insensitively) that a sync client watches, with the service's name.
CLOUD_FOLDERS: dict[str, str] = {
    "onedrive": "OneDrive",
    "dropbox": "Dropbox",
    "icloud drive": "iCloud",
    "iclouddrive": "iCloud",
    "mobile documents": "iCloud",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "我的云端硬盘": "Google Drive",
    "百度网盘": "百度网盘",
    "baidunetdisk": "百度网盘",
    "baidusyncdisk": "百度网盘",
    "百度同步盘": "百度网盘",
    "坚果云": "坚果云",
    "我的坚果云": "坚果云",
    "nutstore": "坚果云",
    "nutstore files": "坚果云",
    "wps云盘": "WPS云盘",
    "wpsdrive": "WPS云盘",
    "wps cloud files": "WPS云盘",
    "腾讯微云": "腾讯微云",
    "weiyun": "腾讯微云",
    "阿里云盘": "阿里云盘",
}
# Folders named like "OneDrive - 某某公司" or "Dropbox (Personal)".
CLOUD_PREFIXES: dict[str, str] = {"onedrive -": "OneDrive", "onedrive-": "OneDrive", "dropbox (": "Dropbox"}

DRIVE_REMOTE = 4


def _unescape_mount(field: str) -> str:
    return field.replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\")


def mount_type(path: str, mounts: str) -> str | None:
    """The file-system type of the mount (in /proc/mounts text) that holds `path`."""
    best, fstype = "", None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = _unescape_mount(fields[1]).rstrip("/") or "/"
        inside = point == "/" or path == point or path.startswith(point + "/")
        if inside and len(point) >= len(best):
            best, fstype = point, fields[2]
    return fstype


def cloud_service(path: PurePath) -> str | None:
    for part in path.parts:
        name = part.strip().lower()
        if name in CLOUD_FOLDERS:
            return CLOUD_FOLDERS[name]
        for prefix, service in CLOUD_PREFIXES.items():
            if name.startswith(prefix):
                return service
    return None


def _windows_drive_type(root: str) -> int:
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def _read_mounts() -> str:
    try:
        with open("/proc/mounts", encoding="utf-8", errors="replace") as f:
            return f.read()
    except OSError:
        return ""


def network_kind(
    path: str,
    *,
    windows: bool,
    mounts: str | None = None,
    drive_type: Callable[[str], int] | None = None,
) -> str | None:
    """What makes `path` a network location ("UNC 路径", "网络驱动器", or the file-system type)."""
    if windows:
        wpath = PureWindowsPath(path)
        text = str(wpath)
        if text.upper().startswith("\\\\?\\UNC\\") or (
            text.startswith("\\\\") and not text.startswith("\\\\?\\")
        ):
            return "UNC 网络路径"
        drive = wpath.drive
        if drive:
            lookup = drive_type or _windows_drive_type
            if lookup(drive.removeprefix("\\\\?\\") + "\\") == DRIVE_REMOTE:
                return "网络驱动器"
        return None
    fstype = mount_type(path, _read_mounts() if mounts is None else mounts)
    if fstype is not None and (fstype in NETWORK_FILESYSTEMS or fstype.startswith(("nfs", "smb", "cifs"))):
        return f"网络文件系统 {fstype}"
    return None


def storage_warning(
    db_path: Path,
    *,
    windows: bool | None = None,
    mounts: str | None = None,
    drive_type: Callable[[str], int] | None = None,
) -> str | None:
    """One sentence when the database file lies on a network drive or in a sync folder, else None."""
    on_windows = os.name == "nt" if windows is None else windows
    # a path given for another platform (the tests) is taken as it is; a real one is made absolute
    text = os.path.abspath(db_path) if windows is None else str(db_path)
    kind = network_kind(text, windows=on_windows, mounts=mounts, drive_type=drive_type)
    if kind is not None:
        return (
            f"注意：数据库文件位于{kind}上（{db_path}），SQLite 在网络上可能损坏数据；"
            "请把它放在本机磁盘上，多台电脑共用数据请使用 PostgreSQL 服务器。"
        )
    service = cloud_service(PureWindowsPath(text) if on_windows else PurePath(text))
    if service is not None:
        return (
            f"注意：数据库文件位于 {service} 同步文件夹中（{db_path}），同步程序可能在写入时复制或覆盖它而损坏数据；"
            "请把它移到不同步的本机文件夹（程序会自动备份）。"
        )
    return None
