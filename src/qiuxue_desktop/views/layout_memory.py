"""The window's layout, remembered per PC and user in QSettings (views/settings_store.py): the
last area shown, the splitters' sizes and the tables' column widths and order.

Each splitter and table header is keyed by its place in the window — the object names of the
widgets around it and, for splitters, their order inside the page — so that the keys stay the
same from one start to the next without every view naming its splitters. A table whose model is
set later (most areas read on first show) gets its widths back once its columns exist, after
the view has sized them its own way; a saved state that no longer fits (a column added in a
new version) is ignored and the view's own widths stay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QSplitter, QTableView, QWidget

from qiuxue_desktop.views.settings_store import app_settings

if TYPE_CHECKING:
    from qiuxue_desktop.views.main_window import MainWindow

AREA_KEY = "window/area"
SPLITTERS = "layout/splitters"
COLUMNS = "layout/columns"
COLUMN_COUNTS = "layout/column_counts"  # a state saved with other columns is not given back


def widget_path(widget: QWidget, top: QWidget) -> str:
    """`pageName/innerName/…/widgetName`: the object names from `top` down to `widget`."""
    names = []
    current: QObject | None = widget
    while current is not None and current is not top:
        if current.objectName():
            names.append(current.objectName())
        current = current.parent()
    return "/".join(reversed(names))


def _splitters(window: MainWindow) -> dict[str, QSplitter]:
    found: dict[str, QSplitter] = {}
    for key, page in window.pages.items():
        for n, splitter in enumerate(page.findChildren(QSplitter)):
            found[f"{key}/{widget_path(splitter, page) or 'splitter'}#{n}"] = splitter
    return found


def _headers(window: MainWindow) -> dict[str, QHeaderView]:
    found: dict[str, QHeaderView] = {}
    for key, page in window.pages.items():
        for table in page.findChildren(QTableView):
            if table.objectName():
                found[f"{key}/{widget_path(table, page)}"] = table.horizontalHeader()
    return found


def save_layout(window: MainWindow) -> None:
    """Remember the current area, the splitters and the column widths (on closing)."""
    settings = app_settings()
    area = window.current_area_key()
    if area is not None:
        settings.setValue(AREA_KEY, area)
    settings.beginGroup(SPLITTERS)
    for key, splitter in _splitters(window).items():
        settings.setValue(key, splitter.saveState())
    settings.endGroup()
    for key, header in _headers(window).items():
        if header.count():  # a table never shown keeps what was saved before
            settings.setValue(f"{COLUMNS}/{key}", header.saveState())
            settings.setValue(f"{COLUMN_COUNTS}/{key}", header.count())
    settings.sync()


def remembered_area() -> str | None:
    value = app_settings().value(AREA_KEY)
    return str(value) if value else None


class LayoutMemory(QObject):
    """Gives the splitters and the tables their saved sizes once the areas are built."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.restored: set[str] = set()
        self._pending_splitters: dict[QObject, QByteArray] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and watched in self._pending_splitters:
            watched.removeEventFilter(self)
            state = self._pending_splitters.pop(watched)
            if isinstance(watched, QSplitter):
                QTimer.singleShot(0, lambda: watched.restoreState(state))
        return False

    def restore(self) -> None:
        settings = app_settings()
        settings.beginGroup(SPLITTERS)
        for key, splitter in _splitters(self._window).items():
            state = settings.value(key)
            if isinstance(state, QByteArray):
                # once it is on screen and laid out: sizes set before that are squeezed
                self._pending_splitters[splitter] = state
                splitter.installEventFilter(self)
        settings.endGroup()
        for key, header in _headers(self._window).items():
            if header.count():
                QTimer.singleShot(0, lambda k=key, h=header: self._restore_header(k, h))
            else:  # the model comes later: once its columns exist, after the view sized them
                header.sectionCountChanged.connect(
                    lambda old, new, k=key, h=header: self._columns_appeared(k, h, old, new),
                    Qt.ConnectionType.QueuedConnection,
                )

    def _columns_appeared(self, key: str, header: QHeaderView, old: int, new: int) -> None:
        if old == 0 and new > 0 and key not in self.restored:
            self._restore_header(key, header)

    def _restore_header(self, key: str, header: QHeaderView) -> None:
        settings = app_settings()
        state = settings.value(f"{COLUMNS}/{key}")
        count = header.count()
        if not isinstance(state, QByteArray) or key in self.restored:
            return
        if str(settings.value(f"{COLUMN_COUNTS}/{key}", "")) != str(count):
            return  # saved when the table had other columns (an older version): the view's widths
        sort = (header.sortIndicatorSection(), header.sortIndicatorOrder())
        if header.restoreState(state):
            self.restored.add(key)
        # the view's query decides the order of the rows: its sort indicator back, quietly (the
        # view was never told of the restored one)
        header.blockSignals(True)
        header.setSortIndicator(*sort)
        header.blockSignals(False)
