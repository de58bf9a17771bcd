"""The main window's menus and the commands that belong to the window rather than to one area:
search everywhere (Ctrl+K), find in this page (Ctrl+F), print what this page prints (Ctrl+P),
refresh this page (F5), go to an area (Ctrl+1 … Ctrl+9, Ctrl+0 for a tenth) and the list of
shortcuts (帮助 → 快捷键, F1), built from the menus themselves so that it never goes stale.

Like views/actions.py the actions exist from the first paint; their shortcuts are set by
`install_shortcuts()` once the window starts.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from qiuxue_desktop.views.main_window import MainWindow

AREA_KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "0")
# Keys that work without a menu entry, for the shortcuts list.
OTHER_KEYS: tuple[tuple[str, object], ...] = (  # QT_TRANSLATE_NOOP gives the text back
    ("Enter", QT_TRANSLATE_NOOP("WindowCommands", "在列表中：打开或编辑选中的一行")),
    ("↑ ↓  Enter  Esc", QT_TRANSLATE_NOOP("WindowCommands", "在“搜索全部”中：选择、打开、关闭")),
    ("Tab / Shift+Tab", QT_TRANSLATE_NOOP("WindowCommands", "在对话框中：到下一个 / 上一个输入框")),
    (
        "Alt + A…Z",
        QT_TRANSLATE_NOOP(
            "WindowCommands", "打开菜单（文件 F、转到 G、学员 L、帮助 H）或按下带下划线字母的按钮"
        ),
    ),
    ("Esc", QT_TRANSLATE_NOOP("WindowCommands", "关闭对话框，不保存")),
)


def menu_text(action: QAction) -> str:
    """An action's text as a menu shows it: no mnemonic marker, no tab part."""
    text = re.sub(r"\(&\w\)", "", action.text().split("\t")[0])
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class WindowCommands(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._shortcuts: list[tuple[QAction, str]] = []

        def make(text: str, shortcut: str | None, name: str) -> QAction:
            action = QAction(text, window)
            action.setObjectName(name)
            if shortcut:
                self._shortcuts.append((action, shortcut))
            return action

        self.search_everywhere = make(self.tr("搜索全部(&K)…"), "Ctrl+K", "searchEverywhere")
        self.find_in_area = make(self.tr("在本页查找(&F)"), "Ctrl+F", "findInArea")
        self.print_area = make(self.tr("打印本页(&P)…"), "Ctrl+P", "printArea")
        self.refresh = make(self.tr("刷新(&R)"), "F5", "refreshArea")
        self.shortcuts_help = make(self.tr("快捷键(&S)"), "F1", "shortcutsHelp")
        self.area_actions: dict[str, QAction] = {}
        self.search_everywhere.triggered.connect(self.open_search)
        self.find_in_area.triggered.connect(self.focus_area_search)
        self.print_area.triggered.connect(self.print_current)
        self.refresh.triggered.connect(self.refresh_current)
        self.shortcuts_help.triggered.connect(self.show_shortcuts)
        self.popup: QWidget | None = None

    # --- the menus -----------------------------------------------------------------------

    def make_menus(self) -> None:
        """文件, 转到, 学员, 帮助 with the window's actions (views/actions.py) and these."""
        from qiuxue_desktop.views.main_window import AREAS

        window, a = self._window, self._window.commands
        bar = window.menuBar()
        file_menu = bar.addMenu(self.tr("文件(&F)"))
        for action in (a.import_roster, a.export_roster, a.save_template):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.print_area)
        file_menu.addSeparator()
        for action in (a.change_password, a.sign_out):
            file_menu.addAction(action)
            action.setVisible(False)  # only when the database has accounts
        file_menu.addAction(a.quit)
        a.quit.triggered.connect(window.close)

        go_menu = bar.addMenu(self.tr("转到(&G)"))
        go_menu.setObjectName("goMenu")
        for action in (self.search_everywhere, self.find_in_area, self.refresh):
            go_menu.addAction(action)
        go_menu.addSeparator()
        for i, area in enumerate(AREAS):
            key = AREA_KEYS[i] if i < len(AREA_KEYS) else ""
            title = QCoreApplication.translate("MainWindow", area.title)  # as the navigation shows it
            action = QAction(f"{title}(&{key})" if key else title, window)
            action.setObjectName(f"goto_{area.key}")
            if key:
                self._shortcuts.append((action, f"Ctrl+{key}"))
            action.triggered.connect(lambda _checked=False, k=area.key: window.show_area(k))
            go_menu.addAction(action)
            self.area_actions[area.key] = action

        learner_menu = bar.addMenu(self.tr("学员(&L)"))
        for action in (a.add_learner, a.edit_learner, a.mark_left, a.reveal_id, a.learner_study):
            learner_menu.addAction(action)

        help_menu = bar.addMenu(self.tr("帮助(&H)"))
        help_menu.addAction(self.shortcuts_help)
        help_menu.addAction(a.about)
        a.about.triggered.connect(window.show_about)
        self.set_workspace_shown(False)

    def install_shortcuts(self) -> None:
        for action, keys in self._shortcuts:
            action.setShortcut(QKeySequence(keys))
        # Icons the style draws (no bitmaps: sharp at any screen scaling; resources/icons is empty).
        style, a, icon = self._window.style(), self._window.commands, QStyle.StandardPixmap
        for action, pixmap in (
            (self.search_everywhere, icon.SP_FileDialogContentsView),
            (self.refresh, icon.SP_BrowserReload),
            (self.shortcuts_help, icon.SP_DialogHelpButton),
            (a.import_roster, icon.SP_DialogOpenButton),
            (a.export_roster, icon.SP_DialogSaveButton),
            (a.about, icon.SP_MessageBoxInformation),
        ):
            action.setIcon(style.standardIcon(pixmap))
        # Ctrl+K also while a line edit has the focus: on Linux a QLineEdit takes Ctrl+K for
        # itself (delete to the end of the line) before any shortcut sees it.
        QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(watched, QLineEdit)
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_K
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
            and watched.window() is self._window
            and self.search_everywhere.isEnabled()
        ):
            event.ignore()  # not offered to the line edit: the window's Ctrl+K fires
            return True
        return False

    def set_workspace_shown(self, shown: bool) -> None:
        """The areas' commands work while the areas are on screen (not on the first-run page,
        the loading page or before signing in)."""
        for action in (self.search_everywhere, self.find_in_area, self.print_area, self.refresh):
            action.setEnabled(shown)
        for action in self.area_actions.values():
            action.setEnabled(shown)

    # --- what they do --------------------------------------------------------------------

    def current_page(self) -> QWidget | None:
        window = self._window
        if (
            window.nav is None
            or window.workspace is None
            or window.stack.currentWidget() is not window.workspace
        ):
            return None
        item = window.nav.currentItem()
        return window.pages.get(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def open_search(self) -> QWidget | None:
        from qiuxue_desktop.views.search_popup import SearchPopup

        if self.current_page() is None:
            return None
        if self.popup is None:
            self.popup = SearchPopup(self._window)
        assert isinstance(self.popup, SearchPopup)
        self.popup.open_popup()
        return self.popup

    def area_search_box(self) -> QLineEdit | None:
        """The current page's search box: a visible line edit named …Filter or …Search."""
        page = self.current_page()
        if page is None:
            return None
        for edit in page.findChildren(QLineEdit):
            name = edit.objectName().lower()
            if edit.isVisible() and edit.isEnabled() and (name.endswith("filter") or name.endswith("search")):
                return edit
        return None

    def focus_area_search(self) -> bool:
        edit = self.area_search_box()
        if edit is None:
            self._window.statusBar().showMessage(self.tr("这一页没有搜索框：按 Ctrl+K 搜索全部。"), 5000)
            return False
        edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        edit.selectAll()
        return True

    def print_button(self) -> QAbstractButton | None:
        """The current page's first visible, enabled button that prints (named print…)."""
        page = self.current_page()
        if page is None:
            return None
        for button in page.findChildren(QAbstractButton):
            if "print" in button.objectName().lower() and button.isVisible() and button.isEnabled():
                return button
        return None

    def print_current(self) -> bool:
        button = self.print_button()
        if button is None:
            self._window.statusBar().showMessage(
                self.tr("这一页没有可以打印的内容（或尚未选中要打印的记录）。"), 5000
            )
            return False
        button.click()
        return True

    def refresh_current(self) -> bool:
        page = self.current_page()
        if page is None or self._window.ctx is None or self._window.ctx.db is None:
            return False
        for name in ("refresh", "load"):
            method = getattr(page, name, None)
            if callable(method):
                method()
                self._window.statusBar().showMessage(self.tr("已刷新"), 2000)
                return True
        return False

    def shortcut_rows(self) -> list[tuple[str, str, str]]:
        """(menu, command, keys) of every menu entry with a shortcut, in menu order."""
        rows = []
        for top in self._window.menuBar().actions():
            menu = top.menu()
            if not isinstance(menu, QMenu):
                continue
            for action in menu.actions():
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                if keys and not action.isSeparator():
                    rows.append((menu_text(top), menu_text(action), keys))
        return rows

    def show_shortcuts(self) -> QDialog:
        dialog = ShortcutsDialog(self.shortcut_rows(), self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


class ShortcutsDialog(QDialog):
    """帮助 → 快捷键: every menu shortcut, then the keys that have no menu entry."""

    def __init__(self, rows: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("快捷键"))
        intro = QLabel(
            self.tr("菜单里的每个命令都可以用键盘完成：按 Alt 加菜单后括号里的字母打开菜单。"), self
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("按键"), self.tr("命令"), self.tr("菜单")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        entries = [(keys, command, menu) for menu, command, keys in rows]
        entries += [
            (keys, QCoreApplication.translate("WindowCommands", str(what)), "—") for keys, what in OTHER_KEYS
        ]
        self.table.setRowCount(len(entries))
        for r, values in enumerate(entries):
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(560, 560)
