"""Search everywhere (Ctrl+K): a command-palette popup over the main window.

Typing searches on the database worker after a short pause (services.search); while one search
runs, only the newest text waits for it, so a fast typist never queues a backlog. ↑/↓ (and
Page Up/Down) move through the hits without leaving the box, Enter opens the chosen one
with the areas' own openers (views/open_record.py), Esc closes. Each hit shows what it is, a
title, a line of detail (ID numbers masked) and what matched.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from qiuxue_desktop.views.code_labels import code_label

if TYPE_CHECKING:
    from qiuxue_desktop.db.engine import Database
    from qiuxue_desktop.services.search import SearchHit
    from qiuxue_desktop.views.main_window import MainWindow

DEBOUNCE_MS = 60  # a pause in typing (an input method commits a whole word at once)
LIMIT = 20
WIDTH = 640
HIT = Qt.ItemDataRole.UserRole
MOVE_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


def run_search(db: Database, enterprise_id: int, text: str) -> tuple[str, list[SearchHit]]:
    """On the database worker: the hits for `text` (and the text, to drop stale answers)."""
    from qiuxue_desktop.services.search import search

    with db.read() as session:
        return text, search(session, enterprise_id, text, limit=LIMIT)


class HitDelegate(QStyledItemDelegate):
    """Two lines per hit: [kind] title on the first, detail · what matched on the second."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        height = option.fontMetrics.height()
        return QSize(WIDTH - 24, 2 * height + 14)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        hit = index.data(HIT)
        if hit is None:
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        rect: QRect = opt.rect.adjusted(10, 5, -10, -5)
        line = opt.fontMetrics.height()
        painter.save()
        tag = code_label(hit.kind_label)
        tag_width = opt.fontMetrics.horizontalAdvance(tag) + 12
        painter.setPen(QColor("#ffffff") if selected else QColor("#3a6ea5"))
        painter.drawText(QRect(rect.left(), rect.top(), tag_width, line), Qt.AlignmentFlag.AlignLeft, tag)
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_color)
        title_rect = QRect(rect.left() + tag_width, rect.top(), rect.width() - tag_width, line)
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft, hit.title)
        painter.setFont(opt.font)
        painter.setPen(text_color if selected else QColor("#666666"))
        detail = f"{hit.subtitle}  ·  {hit.matched}"
        detail = opt.fontMetrics.elidedText(detail, Qt.TextElideMode.ElideRight, rect.width() - tag_width)
        painter.drawText(
            QRect(rect.left() + tag_width, rect.top() + line + 4, rect.width() - tag_width, line),
            Qt.AlignmentFlag.AlignLeft,
            detail,
        )
        painter.restore()


class SearchPopup(QDialog):
    """The palette: a frameless window over the main window (hidden again when it loses the
    focus, or by Esc); `open_popup()` shows it with the box focused."""

    opened_record = Signal(object)  # the hit that was opened
    searched = Signal(str)  # the text whose hits are now shown

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("searchPopup")
        self.setStyleSheet("QDialog#searchPopup { border: 1px solid #8a8a8a; }")
        self._window = window
        self._running: str | None = None  # the text being searched on the worker
        self._waiting: str | None = None  # typed meanwhile: searched when that one returns
        self.hits: list[SearchHit] = []

        self.edit = QLineEdit(self)
        self.edit.setObjectName("searchEverywhere")
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(
            self.tr("姓名、拼音首字母、身份证后4位、工号、学号、申请编号、票据号码、证书编号")
        )
        font = self.edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.edit.setFont(font)
        self.edit.setMinimumHeight(34)
        self.list = QListWidget(self)
        self.list.setObjectName("searchHits")
        self.list.setItemDelegate(HitDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the box
        self.list.itemActivated.connect(lambda _item: self.open_current())
        self.list.itemClicked.connect(lambda _item: self.open_current())
        self.status = QLabel(self)
        self.status.setObjectName("searchStatus")
        self.status.setStyleSheet("color: #666666; padding: 2px 4px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        self.setFixedWidth(WIDTH)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._search_now)
        self.edit.textChanged.connect(self._typed)
        self.edit.installEventFilter(self)
        self._show_status()

    # --- showing -------------------------------------------------------------------------

    def open_popup(self) -> None:
        """Over the window's top centre, the last text selected so typing replaces it."""
        window = self._window
        top = window.mapToGlobal(window.rect().topLeft())
        x = top.x() + max(0, (window.width() - WIDTH) // 2)
        y = top.y() + window.menuBar().height() + 40
        self.resize(WIDTH, min(560, max(320, window.height() - 120)))
        self.move(x, y)
        self.show()
        self.activateWindow()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isVisible() and not self.isActiveWindow():
            self.hide()  # a click elsewhere: gone, like a menu

    # --- searching -----------------------------------------------------------------------

    def _typed(self, _text: str) -> None:
        self._timer.start()

    def _search_now(self) -> None:
        text = self.edit.text().strip()
        ctx = self._window.ctx
        if not text or ctx is None or ctx.db is None or ctx.enterprise_id is None:
            self._show([], text)
        elif self._running is not None:
            self._waiting = text  # searched when the running one returns
        else:
            self._start(text)

    def _start(self, text: str) -> None:
        ctx = self._window.ctx
        assert ctx is not None and ctx.db is not None and ctx.enterprise_id is not None
        self._running = text
        ctx.runner.db(
            run_search,
            ctx.db,
            ctx.enterprise_id,
            text,
            on_done=self._found,
            on_error=self._failed,
            quiet=True,
        )

    def _found(self, result: tuple[str, list[SearchHit]]) -> None:
        text, hits = result
        self._running = None
        waiting, self._waiting = self._waiting, None
        if waiting is not None and waiting != text:
            self._start(waiting)
        elif text == self.edit.text().strip():
            self._show(hits, text)

    def _failed(self, _exc: BaseException) -> bool:
        self._running = None
        self._waiting = None
        return False  # the window's error box says what went wrong

    def _show(self, hits: list[SearchHit], text: str) -> None:
        self.hits = hits
        self.list.clear()
        for hit in hits:
            item = QListWidgetItem()
            item.setData(HIT, hit)
            item.setData(Qt.ItemDataRole.DisplayRole, f"{code_label(hit.kind_label)} {hit.title}")
            item.setData(Qt.ItemDataRole.ToolTipRole, f"{hit.subtitle}\n{hit.matched}")
            self.list.addItem(item)
        if hits:
            self.list.setCurrentRow(0)
        self._show_status(text)
        self.searched.emit(text)

    def _show_status(self, text: str = "") -> None:
        if not text:
            message = self.tr("输入后按 ↑↓ 选择，Enter 打开，Esc 关闭")
        elif not self.hits:
            message = self.tr("没有找到“{text}”").format(text=text)
        else:
            message = self.tr("找到 {n} 条{more}：↑↓ 选择，Enter 打开").format(
                n=len(self.hits), more=self.tr("（只列出最相关的）") if len(self.hits) >= LIMIT else ""
            )
        self.status.setText(message)

    # --- keys and opening ----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in MOVE_KEYS:
                _forward_key(self.list, event)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive() or self._running is not None:
                    self._timer.stop()  # Enter right after typing: search first, then open
                    self._open_when_found()
                else:
                    self.open_current()
                return True
        return super().eventFilter(watched, event)

    def _open_when_found(self) -> None:
        text = self.edit.text().strip()

        def shown(shown_text: str) -> None:
            if shown_text == text:
                self.searched.disconnect(shown)
                self.open_current()

        self.searched.connect(shown)
        if self._running is None:
            self._search_now()

    def current_hit(self) -> SearchHit | None:
        item = self.list.currentItem()
        return item.data(HIT) if item is not None else None  # type: ignore[no-any-return]

    def open_current(self) -> QWidget | None:
        from qiuxue_desktop.views.open_record import open_hit

        hit = self.current_hit()
        if hit is None:
            return None
        self.hide()
        opened = open_hit(self._window, hit)
        self.opened_record.emit(hit)
        return opened


def _forward_key(receiver: QWidget, event: QKeyEvent) -> None:
    """Hand a key to another widget (the hit list) as if it had been pressed there."""
    from PySide6.QtWidgets import QApplication

    copy = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text())
    QApplication.sendEvent(receiver, copy)
