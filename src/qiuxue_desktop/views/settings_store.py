"""Window settings (geometry, last folders) in QSettings.

Business settings live in the database; this is only what belongs to one
user's window. Under QIUXUE_BASE (tests, a portable install) the settings go to
an INI file inside it, so a test never touches the real user's settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from qiuxue_desktop import APP_NAME, paths


def app_settings() -> QSettings:
    base = paths.base_dir()
    if base is not None:
        return QSettings(str(base / "settings" / f"{APP_NAME}.ini"), QSettings.Format.IniFormat)
    return QSettings(APP_NAME, APP_NAME)


def last_folder(key: str) -> str:
    """The folder last used for `key` (import, export, template), or the home folder."""
    value = app_settings().value(f"folders/{key}", "")
    folder = str(value) if value else ""
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def remember_folder(key: str, file_path: str) -> None:
    app_settings().setValue(f"folders/{key}", str(Path(file_path).parent))
