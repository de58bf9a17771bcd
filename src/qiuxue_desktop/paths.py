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


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
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
