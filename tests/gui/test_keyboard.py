"""The window by keyboard, and the window as it was left: every menu entry reachable with Alt
and a letter, the shortcuts listed in 帮助 → 快捷键, Ctrl+1…9, Ctrl+F, Ctrl+P and F5 doing what
they say on the page shown, Tab walking the main dialogs in reading order, the last area,
column widths and splitters remembered, and an unexpected error shown as a sentence while its
traceback goes to the log."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QMessageBox, QSplitter, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from tests.gui.conftest import fill_demo, open_window, wait_idle

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain import Claim
from qiuxue_desktop.views.dialogs.claim_editor import ClaimEditor
from qiuxue_desktop.views.dialogs.learner_dialog import LearnerDialog
from qiuxue_desktop.views.dialogs.scheme_dialog import SchemeDialog
from qiuxue_desktop.views.main_window import AREAS, MainWindow
from qiuxue_desktop.views.tab_order import focusable
from qiuxue_desktop.views.window_menus import AREA_KEYS, ShortcutsDialog


def press(qtbot: QtBot, window: MainWindow, keys: str) -> None:
    """Press a key sequence in the active main window, wherever its focus is."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    combo = QKeySequence(keys)[0]
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, combo.key(), combo.keyboardModifiers())


def tab_walk(qtbot: QtBot, dialog: QDialog) -> list[QWidget]:
    """The widgets Tab visits from the dialog's first focus until it comes round again."""
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    first = dialog.focusWidget()
    assert first is not None
    walk = [first]
    for _ in range(100):
        dialog.focusNextChild()
        widget = dialog.focusWidget()
        if widget is first:
            return walk
        assert widget is not None
        walk.append(widget)
    raise AssertionError("Tab never came back to the first field")


def test_every_menu_entry_has_a_letter_and_the_shortcuts_are_listed(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    for top in demo_window.menuBar().actions():
        assert "&" in top.text(), top.text()
        menu = top.menu()
        assert isinstance(menu, QMenu)
        for action in menu.actions():
            assert action.isSeparator() or "(&" in action.text(), action.text()
    commands = demo_window.window_commands
    for action in (commands.search_everywhere, commands.refresh, demo_window.commands.import_roster):
        assert not action.icon().isNull()  # drawn by the style: sharp at any scaling
    dialog = commands.show_shortcuts()
    assert isinstance(dialog, ShortcutsDialog)
    rows = {
        (dialog.table.item(r, 0).text(), dialog.table.item(r, 1).text())
        for r in range(dialog.table.rowCount())
    }
    for expected in (
        ("Ctrl+K", "搜索全部…"),
        ("Ctrl+F", "在本页查找"),
        ("Ctrl+P", "打印本页…"),
        ("F5", "刷新"),
        ("Ctrl+1", "工作台"),
        ("Ctrl+2", "学员"),
        ("Ctrl+N", "新增学员…"),
        ("Ctrl+I", "导入花名册…"),
        ("Ctrl+Q", "退出"),
        ("F1", "快捷键"),
        ("Enter", "在列表中：打开或编辑选中的一行"),
    ):
        assert expected in rows, expected
    dialog.reject()


def test_ctrl_digits_go_to_the_areas_and_ctrl_f_finds_their_search_box(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    keys = [area.key for area in AREAS]
    press(qtbot, demo_window, f"Ctrl+{AREA_KEYS[keys.index('claims')]}")
    assert demo_window.current_area_key() == "claims"
    qtbot.waitUntil(lambda: demo_window.pages["claims"].isVisible())
    press(qtbot, demo_window, "Ctrl+F")
    assert QApplication.focusWidget() is demo_window.findChild(QWidget, "claimFilter")

    press(qtbot, demo_window, f"Ctrl+{AREA_KEYS[keys.index('learners')]}")
    assert demo_window.current_area_key() == "learners"
    press(qtbot, demo_window, "Ctrl+F")
    assert demo_window.learners is not None and QApplication.focusWidget() is demo_window.learners.filter_edit

    press(qtbot, demo_window, f"Ctrl+{AREA_KEYS[keys.index('settings')]}")
    press(qtbot, demo_window, "Ctrl+F")  # no search box on this page: it says what to do instead
    assert "Ctrl+K" in demo_window.statusBar().currentMessage()


def test_ctrl_p_prints_what_the_page_prints_and_f5_reads_it_again(
    qtbot: QtBot, demo_window: MainWindow, db: Database
) -> None:
    keys = [area.key for area in AREAS]
    press(qtbot, demo_window, f"Ctrl+{AREA_KEYS[keys.index('learners')]}")
    press(qtbot, demo_window, "Ctrl+P")
    assert "没有可以打印的内容" in demo_window.statusBar().currentMessage()

    learners = demo_window.learners
    assert learners is not None and learners.model is not None
    with db.write() as s:  # changed behind the window's back (another PC)
        from tests.unit.study_samples import add_learner

        from qiuxue_desktop.services.enterprise import require_enterprise

        add_learner(s, require_enterprise(s).id, 901, name="新来的")
    rows = learners.model.rowCount()
    press(qtbot, demo_window, "F5")
    qtbot.waitUntil(lambda: learners.model is not None and learners.model.rowCount() == rows + 1)

    press(qtbot, demo_window, f"Ctrl+{AREA_KEYS[keys.index('claims')]}")
    view = demo_window.pages["claims"]
    qtbot.waitUntil(lambda: view.model is not None and view.model.rowCount() > 0)  # type: ignore[attr-defined]
    press(qtbot, demo_window, "Ctrl+P")  # 打印申请表 needs a claim chosen first, and says so
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, QMessageBox) and w.isVisible() for w in demo_window.findChildren(QMessageBox)
        )
    )
    box = next(w for w in demo_window.findChildren(QMessageBox) if w.isVisible())
    assert box.text() == "请先在列表中选中一份报销申请。"
    box.accept()


def test_tab_walks_the_main_dialogs_in_reading_order(
    qtbot: QtBot, demo_window: MainWindow, db: Database
) -> None:
    ctx = demo_window.ctx
    assert ctx is not None
    learner = LearnerDialog(ctx, None, demo_window)
    walk = tab_walk(qtbot, learner)
    assert walk[0] is learner.name_edit and walk[-1].text() == "取消"  # type: ignore[attr-defined]
    tops = [w.mapTo(learner, w.rect().topLeft()).y() for w in walk]
    assert tops == sorted(tops)  # top to bottom, the buttons last
    learner.reject()

    scheme = SchemeDialog(ctx, None, demo_window)
    walk = tab_walk(qtbot, scheme)
    fields = [w for w in focusable(scheme.fields.values()) if w.isVisibleTo(scheme) and w.isEnabled()]
    assert walk[: len(fields)] == fields and walk[0] is scheme.name_edit  # the left column, then the right
    assert [w.text() for w in walk[len(fields) :]] == ["保存", "取消"]  # type: ignore[attr-defined]
    scheme.reject()

    with db.read() as s:
        claim_id = s.scalar(select(Claim.id).where(Claim.state == "draft").limit(1))
    assert claim_id is not None
    editor = ClaimEditor(ctx, claim_id, demo_window)
    qtbot.waitUntil(lambda: bool(editor.action_buttons))
    walk = tab_walk(qtbot, editor)
    names = [w.objectName() for w in walk]
    assert names[:3] == ["claimSplit", "recompute", "adjust"]
    assert names.index("qt_tabwidget_tabbar") < names.index("payeeBank") < names.index("saveDetails")
    assert names.index("saveDetails") < names.index("action_submit") and walk[-1].text() == "关闭"  # type: ignore[attr-defined]
    wait_idle(qtbot, demo_window)
    editor.close()


def test_the_area_columns_and_splitters_are_remembered(qtbot: QtBot, db: Database, db_path: Path) -> None:
    fill_demo(db, 40)
    first = open_window(qtbot, db_path)
    first.resize(798, 580)  # inside the offscreen screen (800 × 600): it comes back as it was
    qtbot.waitUntil(lambda: first.width() == 798)
    assert first.learners is not None
    header = first.learners.table.horizontalHeader()
    header.resizeSection(2, 333)
    first.show_area("institutions")
    splitter = first.pages["institutions"].findChildren(QSplitter)[0]
    splitter.setSizes([120, 700])
    sizes = splitter.sizes()
    first.show_area("claims")
    wait_idle(qtbot, first)
    first.close()

    second = open_window(qtbot, db_path)
    assert (second.width(), second.height()) == (798, 580)
    assert second.current_area_key() == "claims"
    assert second.learners is not None
    qtbot.waitUntil(
        lambda: second.learners is not None and second.learners.table.horizontalHeader().sectionSize(2) == 333
    )
    second.show_area("institutions")
    qtbot.waitUntil(lambda: second.pages["institutions"].findChildren(QSplitter)[0].sizes() == sizes)


def test_an_unexpected_error_is_a_sentence_and_its_traceback_goes_to_the_log(
    qtbot: QtBot, demo_window: MainWindow, caplog: pytest.LogCaptureFixture
) -> None:
    assert demo_window.ctx is not None

    def broken() -> None:
        raise ZeroDivisionError("division by zero")

    demo_window.ctx.runner.db(broken)
    qtbot.waitUntil(lambda: any(b.isVisible() for b in demo_window.findChildren(QMessageBox)))
    box = next(b for b in demo_window.findChildren(QMessageBox) if b.isVisible())
    assert box.windowTitle() == "意外错误"
    assert box.text().startswith("发生了意外错误（ZeroDivisionError: division by zero），数据没有被改动。")
    assert "qiuxue-desktop.log" in box.text() and "Traceback" not in box.text() and "File " not in box.text()
    record = next(r for r in caplog.records if r.exc_info)
    assert record.exc_info is not None and record.exc_info[0] is ZeroDivisionError
    box.accept()


def test_the_application_logs_an_uncaught_slot_error_and_shows_one_sentence(tmp_path: Path) -> None:
    """The real app's logging and exception hook, in a process of its own."""
    script = textwrap.dedent(
        """
        import sys
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QMessageBox
        from qiuxue_desktop import app as application

        application.setup_logging()
        qt = QApplication([])
        sys.excepthook = application._excepthook

        def broken():
            {}["no such key"]

        def report():
            try:
                for box in QApplication.topLevelWidgets():
                    if isinstance(box, QMessageBox) and box.isVisible():
                        print("BOX:" + box.windowTitle() + "|" + box.text().replace("\\n", " "))
            finally:
                qt.quit()

        QTimer.singleShot(0, broken)
        QTimer.singleShot(300, report)
        qt.exec()
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QIUXUE_BASE": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    shown = next(line for line in proc.stdout.splitlines() if line.startswith("BOX:"))
    assert shown.startswith("BOX:意外错误|发生了意外错误（KeyError: 'no such key'），数据没有被改动。")
    assert "Traceback" not in shown
    log = (tmp_path / "logs" / "qiuxue-desktop.log").read_text(encoding="utf-8")
    assert (
        "Traceback (most recent call last)" in log and "KeyError: 'no such key'" in log and "in broken" in log
    )
