"""GUI fixtures: a main window on a test database, Qt warnings that fail the test,
typing Chinese through an input-method commit, waiting for the runner."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.views.main_window import MainWindow

# Messages the offscreen platform prints for any window; not our problem.
IGNORED_QT_MESSAGES = (re.compile(r"This plugin does not support propagateSizeHints\(\)"),)


@pytest.fixture(autouse=True)
def _qt_warnings_fail(qtlog: object) -> Iterator[None]:
    """A Qt warning or error during a GUI test fails it."""
    yield
    bad = [
        f"{r.type_name}: {r.message}"
        for r in qtlog.records  # type: ignore[attr-defined]
        if r.type_name in ("QtWarningMsg", "QtCriticalMsg", "QtFatalMsg")
        and not any(p.search(r.message) for p in IGNORED_QT_MESSAGES)
    ]
    if bad:
        pytest.fail("Qt warnings during the test:\n" + "\n".join(bad))


@pytest.fixture(scope="session", autouse=True)
def _ui_font(qapp: QApplication) -> None:
    from qiuxue_desktop.views.style import apply_ui_font

    apply_ui_font(qapp)


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` as an input method commits it (qtbot.keyClicks aborts on Chinese)."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def wait_idle(qtbot: QtBot, window: MainWindow) -> None:
    """Until every task the window's runner was given has delivered its result."""
    assert window.ctx is not None
    runner = window.ctx.runner
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=20_000)


def open_window(qtbot: QtBot, db_path: Path) -> MainWindow:
    window = MainWindow(str(db_path))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.opened, timeout=20_000):
        window.start()
    return window


def fill_demo(db: Database, learners: int, seed: int = 7) -> None:
    from qiuxue_desktop.services.demo import create_demo

    with db.write() as session:
        create_demo(session, learners=learners, seed=seed)


@pytest.fixture
def window(qtbot: QtBot, db_path: Path) -> MainWindow:
    """The main window on an empty database, open and idle."""
    return open_window(qtbot, db_path)


@pytest.fixture
def demo_window(qtbot: QtBot, db: Database, db_path: Path) -> MainWindow:
    """The main window on a database with a demo enterprise of 300 learners."""
    fill_demo(db, 300)
    return open_window(qtbot, db_path)
