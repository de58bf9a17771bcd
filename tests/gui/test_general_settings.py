"""系统设置 → 常规: the interface language (kept, applied at the next start with whatever
translation files exist), the folder automatic backups go to (checked before it is kept, used
by the next backup and by the command line), and the way to the other settings."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.gui.conftest import wait_idle

from qiuxue_desktop import paths
from qiuxue_desktop.views import language
from qiuxue_desktop.views.main_window import MainWindow
from qiuxue_desktop.views.settings.general_tab import GeneralTab

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context><name>GeneralTab</name>
<message><source>界面语言（本机）</source><translation>Interface language (this PC)</translation></message>
</context>
</TS>
"""


def general_tab(window: MainWindow) -> GeneralTab:
    window.show_area("settings")
    settings = window.pages["settings"]
    settings.show_tab("general")  # type: ignore[attr-defined]
    tab = settings.page("general")  # type: ignore[attr-defined]
    assert isinstance(tab, GeneralTab)
    return tab


def test_the_language_is_kept_and_a_translation_file_is_applied_at_start(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    tab = general_tab(demo_window)
    assert tab.language_combo.currentData() == "zh_CN" and tab.language_note.text() == ""
    translations = tmp_path / "translations"
    translations.mkdir()
    monkeypatch.setattr(paths, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    tab.language_combo.setCurrentIndex(tab.language_combo.findData("en"))
    assert language.chosen_language() == "en"
    assert tab.language_note.text() == "没有找到这种语言的翻译文件，重启后界面仍是中文。"
    assert language.install_translators(qapp, "en") == [] or all(  # Qt's own English is no file
        "qiuxue" not in t.filePath() for t in language.install_translators(qapp, "en")
    )

    (tmp_path / "qiuxue_en.ts").write_text(TS, encoding="utf-8")
    lrelease = Path(__import__("sys").executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(lrelease), "-silent", str(tmp_path / "qiuxue_en.ts"), "-qm", str(translations / "qiuxue_en.qm")],
        check=True,
    )
    tab.language_combo.setCurrentIndex(tab.language_combo.findData("zh_CN"))
    tab.language_combo.setCurrentIndex(tab.language_combo.findData("en"))
    assert tab.language_note.text() == "已保存，需要重启软件后生效。"
    installed = language.install_translators(qapp)  # as app.py does at the next start
    try:
        assert QCoreApplication.translate("GeneralTab", "界面语言（本机）") == "Interface language (this PC)"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    assert QCoreApplication.translate("GeneralTab", "界面语言（本机）") == "界面语言（本机）"


def test_the_backup_folder_is_checked_kept_and_used(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    from qiuxue_desktop.services.backups import backup_now

    wait_idle(qtbot, demo_window)  # the backup made at start has gone to the default folder
    tab = general_tab(demo_window)
    assert "默认位置" in tab.folder_label.text() and not tab.default_folder.isEnabled()
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    tab.set_folder(blocker / "backups")
    qtbot.waitUntil(lambda: "不能把备份放在" in tab.folder_message.text(), timeout=10_000)
    assert paths.chosen_backup_dir() is None  # nothing kept

    chosen = tmp_path / "第二块硬盘" / "求学圆梦备份"
    tab.set_folder(chosen)
    qtbot.waitUntil(lambda: "以后的自动备份保存到" in tab.folder_message.text(), timeout=10_000)
    assert paths.chosen_backup_dir() == chosen.resolve() and str(chosen.resolve()) in tab.folder_label.text()
    assert not list(chosen.iterdir())  # the write test left nothing behind
    from qiuxue_desktop.services.backups import backup_folder

    assert backup_folder() == chosen.resolve()  # what the command line's backups use too
    assert demo_window.ctx is not None
    entry = backup_now(demo_window.ctx.database)
    assert entry.path.parent == chosen.resolve()
    backup_tab = demo_window.pages["settings"].page("backup")  # type: ignore[attr-defined]
    backup_tab.load()
    assert str(chosen.resolve()) in backup_tab.folder_label.text() and len(backup_tab.entries) == 1

    tab.default_folder.click()
    wait_idle(qtbot, demo_window)
    assert paths.chosen_backup_dir() is None and "默认位置" in tab.folder_label.text()


def test_the_other_settings_are_one_click_away(qtbot: QtBot, demo_window: MainWindow) -> None:
    tab = general_tab(demo_window)
    tab.findChild(type(tab.schemes_button), "openTab_print").click()
    assert demo_window.pages["settings"].currentWidget() is demo_window.pages["settings"].page("print")  # type: ignore[attr-defined]
    tab.schemes_button.click()
    funds = demo_window.pages["funds"]
    assert funds.isVisible() and funds.tabs.currentWidget() is funds.schemes  # type: ignore[attr-defined]
