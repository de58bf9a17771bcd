"""The main window: first run on an empty database, navigation, status bar, menus,
the About dialog, remembered geometry, and a database it must refuse."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from tests.conftest import VALID_USCC
from tests.gui.conftest import open_window, wait_idle

from qiuxue_desktop import __version__
from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.services.enterprise import current_enterprise
from qiuxue_desktop.services.learners import learner_counts
from qiuxue_desktop.views.dialogs.about import AboutDialog
from qiuxue_desktop.views.main_window import AREAS, MainWindow, shown_target


def test_empty_database_opens_on_the_first_run_page(window: MainWindow) -> None:
    page = window.first_run_page
    assert page is not None
    assert window.stack.currentWidget() is page
    assert "还是空的" in page.intro.text()
    assert page.create_button.isVisible()
    assert not page.step2.isEnabled()  # importing needs the enterprise first
    assert window.counts_label.text() == "尚未创建企业"
    assert str(window.db_target) in window.db_label.text()


def test_enterprise_is_created_after_its_credit_code_is_checked(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    page = window.first_run_page
    qtbot.keyClicks(page.uscc_edit, "91110000600037341X")
    assert "校验码" in page.grid.message("uscc")  # said while typing, beside the field
    page.name_edit.setText("南京某某电子有限公司")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    with db.read() as s:
        assert current_enterprise(s) is None  # nothing written for a wrong code

    page.uscc_edit.setText(VALID_USCC)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    with db.read() as s:
        info = current_enterprise(s)
    assert info is not None and info.name == "南京某某电子有限公司"
    assert page.step2.isEnabled()
    assert "南京某某电子有限公司" in page.done_label.text()
    assert window.commands.import_roster.isEnabled()
    assert "南京某某电子有限公司" in window.windowTitle()


def test_demo_data_fills_the_learner_table(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    page = window.first_run_page
    page.demo_count.setValue(40)
    qtbot.mouseClick(page.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=20_000)
    assert window.learners is not None and window.learners.model is not None
    assert window.learners.model.rowCount() == 40
    with db.read() as s:
        info = current_enterprise(s)
        assert info is not None
        counts = learner_counts(s, info.id)
    assert counts.total == 40
    assert window.counts_label.text() == f"学员 40 人：在职 {counts.active}，离职 {counts.left}"


def test_navigation_lists_only_areas_that_exist(demo_window: MainWindow) -> None:
    nav = demo_window.nav
    assert nav is not None
    titles = [nav.item(i).text() for i in range(nav.count())]
    assert (
        titles
        == [area.title for area in AREAS]
        == [
            "工作台",
            "学员",
            "院校专业",
            "学习进度",
            "学费报销",
            "经费台账",
            "证书",
            "满意度与表彰",
            "数据上报",
            "系统设置",
        ]
    )
    demo_window.show_area("settings")
    assert demo_window.pages["settings"].isVisible()


def test_menus_carry_the_shortcuts(demo_window: MainWindow) -> None:
    c = demo_window.commands
    assert c.import_roster.shortcut().toString() == "Ctrl+I"
    assert c.export_roster.shortcut().toString() == "Ctrl+E"
    assert c.quit.shortcut().toString() == "Ctrl+Q"
    assert c.add_learner.shortcut().toString() == "Ctrl+N"
    assert c.edit_learner.shortcut().toString() == "Return"
    menus = [a.text() for a in demo_window.menuBar().actions()]
    assert menus == ["文件(&F)", "转到(&G)", "学员(&L)", "帮助(&H)"]


def test_about_shows_the_version(qtbot: QtBot, demo_window: MainWindow) -> None:
    demo_window.commands.about.trigger()
    dialog = demo_window.findChild(AboutDialog, "aboutDialog")
    assert dialog is not None
    assert __version__ in dialog.version_label.text()
    dialog.accept()


def test_window_geometry_is_remembered(qtbot: QtBot, db: Database, db_path: Path, tmp_path: Path) -> None:
    from tests.gui.conftest import fill_demo

    fill_demo(db, 5)
    first = open_window(qtbot, db_path)
    first.resize(760, 520)
    first.move(QPoint(40, 30))
    qtbot.waitUntil(lambda: first.size().width() == 760)
    first.close()
    assert (tmp_path / "qiuxue-base" / "settings" / "qiuxue-desktop.ini").exists()

    second = open_window(qtbot, db_path)
    assert (second.width(), second.height()) == (760, 520)


def test_a_database_from_a_newer_version_is_refused_in_a_message(qtbot: QtBot, db_path: Path) -> None:
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    window = MainWindow(str(db_path))
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "openFailedBox") is not None, timeout=20_000)
    box = window.findChild(QMessageBox, "openFailedBox")
    assert "更新版本" in box.text()
    assert not window.is_open
    with qtbot.waitSignal(window.open_failed) as blocker:
        box.accept()
    assert blocker.args == [5]


def test_enterprise_settings_are_saved(qtbot: QtBot, demo_window: MainWindow, db: Database) -> None:
    page = demo_window.pages["settings"].page("enterprise")  # type: ignore[attr-defined]
    assert page.uscc_edit.isReadOnly()
    page.name_edit.setText("演示电子有限公司（改名）")
    page.address_edit.setText("南京市江宁区某某路1号")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, demo_window)
    with db.read() as s:
        info = current_enterprise(s)
    assert info is not None
    assert (info.name, info.address) == ("演示电子有限公司（改名）", "南京市江宁区某某路1号")
    assert "演示电子有限公司（改名）" in demo_window.windowTitle()


def test_a_server_password_is_never_shown() -> None:
    assert (
        shown_target("postgresql+psycopg://hr:s3cret@db.local:5432/qx")
        == "postgresql+psycopg://hr:***@db.local:5432/qx"
    )
    assert shown_target("/home/hr/qiuxue.sqlite3") == "/home/hr/qiuxue.sqlite3"
