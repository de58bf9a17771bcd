"""The user interface language: chosen in 系统设置 → 常规, kept per PC and user in QSettings,
applied at start by installing translators before the main window is made.

Chinese is the source language (every string in the code is Chinese), so 中文 needs no file of
ours; Qt's own translation (qtbase_zh_CN.qm: the line edits' context menu, standard buttons and
file dialogs) is installed when Qt has it. Any other language needs our compiled translation,
`resources/translations/<name>_<code>.qm` (e.g. qiuxue_en.qm, built by `make` from the .ts
sources); every .qm there whose name ends in `_<code>` is loaded. A language whose file is
missing falls back to Chinese, and says so in the settings tab. Switching takes effect at the
next start: the views set their texts once, when they are made.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from qiuxue_desktop import paths
from qiuxue_desktop.views.settings_store import app_settings

log = logging.getLogger(__name__)

KEY = "ui/language"
CHINESE = "zh_CN"
LANGUAGES: dict[str, str] = {CHINESE: "中文", "en": "English"}  # as each language calls itself


def chosen_language() -> str:
    value = app_settings().value(KEY, CHINESE)
    return str(value) if str(value) in LANGUAGES else CHINESE


def choose_language(code: str) -> None:
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code}")
    settings = app_settings()
    settings.setValue(KEY, code)
    settings.sync()


def translation_files(code: str) -> list[Path]:
    """Our compiled translations into `code`: resources/translations/*_<code>.qm."""
    folder = paths.resource_path("translations")
    if code == CHINESE or not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.qm") if p.stem.endswith(f"_{code}"))


def has_translation(code: str) -> bool:
    return code == CHINESE or bool(translation_files(code))


def install_translators(app: QCoreApplication, code: str | None = None) -> list[QTranslator]:
    """Install the translators for `code` (default: the chosen language); returns them (the
    caller keeps them alive). Nothing is installed for a language without its files."""
    code = code or chosen_language()
    installed: list[QTranslator] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{code}", qt_folder):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    for file in translation_files(code):
        translator = QTranslator(app)
        if translator.load(str(file)):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("could not load the translation %s", file)
    if code != CHINESE and not translation_files(code):
        log.warning(
            "no translation into %s in %s: the interface stays Chinese",
            code,
            paths.resource_path("translations"),
        )
    return installed
