"""Where things live: per-user data (platformdirs) and bundled resources.

QIUXUE_BASE (or --basedir) reroutes every per-user folder, for tests and for a
portable install. Resources are found both from source and when frozen.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "qiuxue-desktop"


def base_dir() -> Path | None:
    base = os.environ.get("QIUXUE_BASE")
    return Path(base) if base else None


def data_dir() -> Path:
    base = base_dir()
    if base is not None:
        path = base / "data"
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    base = base_dir()
    if base is not None:
        path = base / "logs"
    else:
        import platformdirs

        path = Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


# The backup folder chosen in 系统设置 → 常规, one line in the per-user data folder: a place on
# this computer's disks, so per PC and user (not in the database), and a plain file (not
# QSettings) so that the command line, which never imports Qt, backs up into the same folder.
BACKUP_FOLDER_FILE = "backup-folder.txt"


def chosen_backup_dir() -> Path | None:
    """The backup folder chosen for this PC and user, or None for the default one."""
    try:
        text = (data_dir() / BACKUP_FOLDER_FILE).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return Path(text) if text else None


def set_backup_dir(folder: Path | None) -> None:
    """Choose where backups go from now on (None: back to the default, data/backups)."""
    target = data_dir() / BACKUP_FOLDER_FILE
    if folder is None:
        target.unlink(missing_ok=True)
        return
    part = target.with_suffix(".part")
    part.write_text(str(folder) + "\n", encoding="utf-8")
    os.replace(part, target)


def backup_dir() -> Path:
    chosen = chosen_backup_dir()
    path = chosen or data_dir() / "backups"
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        if chosen is None:
            raise
        from qiuxue_desktop.errors import OperationFailed

        raise OperationFailed(
            f"备份文件夹 {path} 现在无法使用（{exc.strerror or exc}）：请连接这个磁盘，"
            "或在“系统设置 → 常规”中另选备份文件夹。"
        ) from exc
    return path


def default_db_path() -> Path:
    return data_dir() / "qiuxue.sqlite3"


def resolve_db_target(cli_value: str | None = None) -> str:
    """--db wins over QIUXUE_DB, which wins over the per-user default."""
    return cli_value or os.environ.get("QIUXUE_DB") or str(default_db_path())


def resource_path(*parts: str) -> Path:
    """A file under resources/, from a source checkout or a frozen bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root, "resources", *parts)
    return Path(__file__).resolve().parents[2].joinpath("resources", *parts)
