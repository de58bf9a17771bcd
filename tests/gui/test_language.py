"""The English window (docs/translations.md): started in English its menus are English, and no
area, settings tab, menu or header shows a Chinese word that is not data.

The runtime half of tests/unit/test_translations.py: that one proves every Chinese literal of
views/ is marked and translated; this one opens the window with the English translation
installed, visits every area and every settings tab of an enterprise with no learners (so
that the only Chinese data is the enterprise's own name and address) and collects every text a
user can read — labels, buttons, group and tab titles, table and tree headers, list and combo
items, placeholders, tooltips, window titles, the menus and the status bar.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot
from tests.gui.conftest import open_window, wait_idle

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.views import language
from qiuxue_desktop.views.main_window import AREAS

# The characters of the unit test's check: Chinese and full-width punctuation.
CJK = re.compile(r"[\u3001-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
ENTERPRISE = "南京某某电子有限公司"  # conftest's enterprise_id: data, shown as it is
# Chinese a user types, named in the English hints: the status words the learner and enrolment
# searches match (the data is Chinese), and the language's own name in the language choice.
TYPED_WORDS = ("在读", "休学", "专升本", "在职", "离职", "中文")
# Editors of the wording printed on Chinese documents (certificates, the posting list): their
# placeholder is the core's default Chinese wording, which is what gets printed.
DOCUMENT_TEXT = {"wordingTitle", "wordingBody", "objectionText"}
PLACEHOLDER = re.compile(r"\{[^{}]*\}")  # {姓名}: a token typed into the Chinese certificate wording


@pytest.fixture
def english(qapp: QApplication) -> Iterator[list[QTranslator]]:
    """The English translation installed on the application for one test."""
    translators = language.install_translators(qapp, "en")
    assert any("qiuxue_en" in t.filePath() for t in translators), (
        "resources/translations/qiuxue_en.qm not loaded"
    )
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)


def _column_titles(model: QAbstractItemModel | None) -> list[str]:
    if model is None:
        return []
    titles = (model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount(QModelIndex())))
    return [t for t in titles if isinstance(t, str)]


def _menu_texts(menu: QMenu, where: str) -> Iterator[tuple[str, str]]:
    yield where, menu.title()
    for action in menu.actions():
        yield where, action.text()
        yield where, action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), f"{where} > {action.text()}")  # type: ignore[arg-type]


def readable_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of everything a user can read in `root` and its visible children."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(root) and w is not root:
            continue
        where = f"{type(w).__name__}({w.objectName()})"
        yield where, w.windowTitle() if w.isWindow() else ""
        yield where, w.toolTip()
        if isinstance(w, QLabel | QAbstractButton):
            yield where, w.text()
        elif isinstance(w, QGroupBox):
            yield where, w.title()
        elif isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit):
            if w.objectName() not in DOCUMENT_TEXT:
                yield where, w.placeholderText()  # what is typed is data
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield where, w.itemText(i)
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                yield where, w.tabText(i)
                yield where, w.tabToolTip(i)
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield where, w.tabText(i)
        elif isinstance(w, QListWidget):
            for i in range(w.count()):
                item = w.item(i)
                if item is not None:
                    yield where, item.text()
        elif isinstance(w, QHeaderView):
            continue  # read through its view's model
        if isinstance(w, QTableView | QTreeView):
            for text in _column_titles(w.model()):
                yield where, text
        if isinstance(w, QMenu):
            yield from _menu_texts(w, where)


def chinese_left(root: QWidget, data: tuple[str, ...] = (ENTERPRISE,)) -> list[str]:
    found = []
    for where, text in readable_texts(root):
        shown = PLACEHOLDER.sub("", text)
        for value in (*data, *TYPED_WORDS):
            shown = shown.replace(value, "")
        if shown and CJK.search(shown):
            found.append(f"{where}: {text!r}")
    return sorted(set(found))


def test_every_area_and_settings_tab_reads_in_english(
    qtbot: QtBot, db: Database, db_path: Path, enterprise_id: int, english: list[QTranslator]
) -> None:
    window = open_window(qtbot, db_path)
    wait_idle(qtbot, window)
    # An enterprise without learners opens on the guided start's second step; read it, then
    # go on without an import as a user would.
    page = window.first_run_page
    assert window.stack.currentWidget() is page
    problems = [f"first run: {p}" for p in chinese_left(page)]
    qtbot.mouseClick(page.empty_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=20_000)
    wait_idle(qtbot, window)
    for area in AREAS:
        window.show_area(area.key)
        wait_idle(qtbot, window)
        page = window.pages[area.key]
        tabs = [page] if not isinstance(page, QTabWidget) else [page.widget(i) for i in range(page.count())]
        for i, tab in enumerate(tabs):
            if isinstance(page, QTabWidget):
                if not page.isTabVisible(i):
                    continue
                page.setCurrentIndex(i)
                wait_idle(qtbot, window)
            problems += [f"{area.key}: {p}" for p in chinese_left(tab)]
        assert window.window_commands.current_page() is page
        problems += [f"{area.key} (window): {p}" for p in chinese_left(window)]
    # The dialogs of the menus and the first area: a new learner, 搜索全部, 快捷键, 关于 (the
    # roster import starts with a native file dialog, which blocks).
    a = window.commands
    window.show_area("learners")
    for name, opener in (
        ("new learner", a.add_learner.trigger),
        ("search", window.window_commands.open_search),
        ("shortcuts", window.window_commands.show_shortcuts),
        ("about", a.about.trigger),
    ):
        before = {w for w in QApplication.topLevelWidgets() if w.isVisible()}
        shown = opener()  # the search palette is a child of the window, the dialogs windows
        if not isinstance(shown, QWidget):
            try:
                qtbot.waitUntil(
                    lambda b=before: bool({w for w in QApplication.topLevelWidgets() if w.isVisible()} - b)
                )
            except Exception as exc:
                raise AssertionError(f"{name} did not open") from exc
        for dialog in (
            [shown]
            if isinstance(shown, QWidget)
            else {w for w in QApplication.topLevelWidgets() if w.isVisible()} - before
        ):
            assert dialog.isVisible(), name
            problems += [f"{name}: {p}" for p in chinese_left(dialog)]
            dialog.close()
    for menu in window.menuBar().findChildren(QMenu):
        problems += [
            f"menu: {where}: {text!r}" for where, text in _menu_texts(menu, menu.title()) if CJK.search(text)
        ]
    assert not problems, f"{len(set(problems))} Chinese texts in the English window:\n" + "\n".join(
        sorted(set(problems))
    )


def test_the_chinese_window_is_unchanged_without_a_translation(
    qtbot: QtBot, db_path: Path, enterprise_id: int
) -> None:
    window = open_window(qtbot, db_path)
    wait_idle(qtbot, window)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[0] == "文件(&F)" and "帮助(&H)" in titles
    window.show_area("learners")
    wait_idle(qtbot, window)
    model = window.pages["learners"].table.model()  # type: ignore[attr-defined]
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == "工号"
    assert len(chinese_left(window)) >= 10  # the scan of the English test reads what a user reads


STARTER = """
import json, sys
from qiuxue_desktop import app
from qiuxue_desktop.views import main_window

made = []
original = main_window.MainWindow.__init__

def keep(self, *args, **kwargs):
    original(self, *args, **kwargs)
    made.append(self)

main_window.MainWindow.__init__ = keep
code = app.main(["--db", sys.argv[1], "--exit-when-ready"])
window = made[0]
importer = window.findChild(object, "importRoster")
print(json.dumps({
    "code": code,
    "menus": [a.text() for a in window.menuBar().actions()],
    "title": window.windowTitle(),
    "import": importer.text() if importer is not None else None,
    "navigation": [window.nav.item(i).text() for i in range(window.nav.count())],
}))
"""


def test_starting_in_english_shows_english_menus(db_path: Path, enterprise_id: int) -> None:
    """app.main as a user starts it (its own process: main installs translators, logging and an
    exception hook for the life of the process), with English chosen in the settings: the menus,
    the navigation and the actions are English."""
    language.choose_language("en")
    done = subprocess.run(
        [sys.executable, "-c", STARTER, str(db_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    assert shown["code"] == 0
    assert shown["menus"][:2] == ["&File", "&Go"]
    assert shown["title"] == "" or not CJK.search(shown["title"].replace(ENTERPRISE, ""))
    assert shown["import"] == "&Import roster…"
    assert shown["navigation"][:3] == ["Desk", "Learners", "Institutions"]
