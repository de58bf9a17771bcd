"""Small painted charts for the desk (PySide6-Essentials has no QtCharts): a figure tile, a list of
horizontal bars (stacked parts, an optional limit mark such as a budget) and a ring showing a
share against a target (the 60% front-line indicator). Each is clickable and keyboard-usable:
a tile is a button; a bar list takes focus, moves with the arrow keys and opens a row with
Enter or a click; a ring is a button.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QToolTip, QWidget

PALETTE = ("#4472c4", "#a9c4eb", "#c0504d", "#9bbb59", "#8064a2", "#f79646")
TRACK = QColor("#eceff3")
TEXT = QColor("#222222")
MUTED = QColor("#666666")
GOOD, WARN, BAD = QColor("#2e7d32"), QColor("#ef6c00"), QColor("#c62828")
ACCENT = QColor("#1565c0")


def _font(base: QFont, scale: float = 1.0, bold: bool = False) -> QFont:
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    else:
        font.setPixelSize(max(1, round(font.pixelSize() * scale)))
    font.setBold(bold)
    return font


class Tile(QAbstractButton):
    """A big figure with its caption below (and a note under that); a click opens the list behind it."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = caption
        self.value = "—"
        self.note = ""
        self.colour = TEXT
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_value(self, value: str, note: str = "", colour: QColor = TEXT) -> None:
        self.value, self.note, self.colour = value, note, colour
        self.setAccessibleName(f"{self.caption} {value} {note}".strip())
        self.update()

    def text_shown(self) -> str:
        return self.accessibleName()

    def sizeHint(self) -> QSize:
        m = QFontMetrics(self.font())
        return QSize(m.horizontalAdvance(self.caption) + 32, round(m.height() * 4.4))

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        hover = self.underMouse() or self.hasFocus()
        p.setPen(QPen(ACCENT if hover else QColor("#d5dbe3"), 1.5 if hover else 1))
        p.setBrush(QColor("#f7f9fc") if hover else QColor("#ffffff"))
        p.drawRoundedRect(r, 6, 6)
        h = r.height()
        p.setPen(self.colour)
        p.setFont(_font(self.font(), 1.9, bold=True))
        p.drawText(r.adjusted(8, 4, -8, -h * 0.45), Qt.AlignmentFlag.AlignCenter, self.value)
        p.setPen(MUTED)
        p.setFont(self.font())
        bottom = r.adjusted(8, h * 0.55, -8, -4)
        p.drawText(bottom, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self.caption)
        if self.note:
            p.setFont(_font(self.font(), 0.85))
            p.drawText(bottom, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, self.note)


@dataclass(frozen=True, slots=True)
class BarRow:
    key: object  # what `activated` carries
    label: str
    parts: tuple[int, ...]  # stacked, in the palette's order
    text: str  # the value as shown at the right
    limit: int | None = None  # a mark at this value (a budget); past it the bar is red
    emphasis: bool = False  # a bold label (a step the signed-in role acts on)
    tip: str = ""


class BarList(QWidget):
    """One horizontal bar a row, scaled to the largest row (or limit); `activated(key)` on a
    click or Enter. The label column and the value column are as wide as their longest text."""

    activated = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, colours: Sequence[str] = PALETTE) -> None:
        super().__init__(parent)
        self.rows: tuple[BarRow, ...] = ()
        self.colours = tuple(QColor(c) for c in colours)
        self._hover = -1
        self._current = 0
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: Sequence[BarRow]) -> None:
        self.rows = tuple(rows)
        self._current = min(self._current, max(0, len(self.rows) - 1))
        self.setCursor(Qt.CursorShape.PointingHandCursor if self.rows else Qt.CursorShape.ArrowCursor)
        self.updateGeometry()
        self.update()

    def row_height(self) -> int:
        return round(QFontMetrics(self.font()).height() * 1.45)

    def sizeHint(self) -> QSize:
        return QSize(260, max(1, len(self.rows)) * self.row_height() + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, self.sizeHint().height())

    def row_rect(self, i: int) -> QRectF:
        h = self.row_height()
        return QRectF(0, 1 + i * h, self.width(), h)

    def row_at(self, y: float) -> int:
        i = int((y - 1) // self.row_height())
        return i if 0 <= i < len(self.rows) else -1

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        m = QFontMetrics(self.font())
        bold = _font(self.font(), bold=True)
        widest = max((QFontMetrics(bold).horizontalAdvance(r.label) for r in self.rows), default=0)
        label_w = min(widest + 8.0, self.width() * 0.4)
        value_w = max((m.horizontalAdvance(r.text) for r in self.rows), default=0) + 8
        scale = max((max(sum(r.parts), r.limit or 0) for r in self.rows), default=0) or 1
        track_w = max(10.0, self.width() - label_w - value_w - 4)
        if not self.rows:
            p.setPen(MUTED)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("暂无数据"))
            return
        for i, row in enumerate(self.rows):
            r = self.row_rect(i)
            if i == self._hover or (self.hasFocus() and i == self._current):
                p.fillRect(r, QColor("#eef3fb"))
            p.setFont(bold if row.emphasis else self.font())
            p.setPen(TEXT)
            shown = QFontMetrics(p.font()).elidedText(
                row.label, Qt.TextElideMode.ElideRight, round(label_w - 6)
            )
            p.drawText(
                r.adjusted(2, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, shown
            )
            bar = QRectF(label_w, r.top() + r.height() * 0.22, track_w, r.height() * 0.56)
            p.fillRect(bar, TRACK)
            x = bar.left()
            over = row.limit is not None and sum(row.parts) > row.limit
            for k, part in enumerate(row.parts):
                w = bar.width() * part / scale
                colour = BAD if over and k == 0 else self.colours[k % len(self.colours)]
                p.fillRect(QRectF(x, bar.top(), w, bar.height()), colour)
                x += w
            if row.limit is not None:
                lx = bar.left() + bar.width() * row.limit / scale
                p.setPen(QPen(TEXT, 2))
                p.drawLine(QPointF(lx, bar.top() - 3), QPointF(lx, bar.bottom() + 3))
            p.setFont(self.font())
            p.setPen(BAD if over else TEXT)
            value_box = QRectF(self.width() - value_w, r.top(), value_w, r.height())
            p.drawText(value_box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, row.text)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        i = self.row_at(event.position().y())
        if i != self._hover:
            self._hover = i
            self.update()
        if i >= 0 and self.rows[i].tip:
            QToolTip.showText(event.globalPosition().toPoint(), self.rows[i].tip, self)

    def leaveEvent(self, _event: object) -> None:
        self._hover = -1
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        i = self.row_at(event.position().y())
        if event.button() == Qt.MouseButton.LeftButton and i >= 0:
            self._current = i
            self.activated.emit(self.rows[i].key)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.rows:
            step = 1 if key == Qt.Key.Key_Down else -1
            self._current = (self._current + step) % len(self.rows)
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.rows:
            self.activated.emit(self.rows[self._current].key)
        else:
            super().keyPressEvent(event)


class Ring(QAbstractButton):
    """A share (basis points) as a ring with its percentage inside and the caption beside it;
    `target_bp` draws a mark there and colours the ring green at or above it, orange below."""

    def __init__(self, caption: str, parent: QWidget | None = None, *, target_bp: int | None = None) -> None:
        super().__init__(parent)
        self.caption = caption
        self.note = ""
        self.share_bp: int | None = None
        self.target_bp = target_bp
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_share(self, share_bp: int | None, note: str = "") -> None:
        self.share_bp, self.note = share_bp, note
        self.setAccessibleName(f"{self.caption} {self.percent_text()} {note}".strip())
        self.update()

    def percent_text(self) -> str:
        if self.share_bp is None:
            return "—"
        return f"{self.share_bp // 100}.{self.share_bp % 100 // 10}%"

    def colour(self) -> QColor:
        if self.share_bp is None or self.target_bp is None:
            return ACCENT
        return GOOD if self.share_bp >= self.target_bp else WARN

    def sizeHint(self) -> QSize:
        return QSize(240, round(QFontMetrics(self.font()).height() * 5.2))

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = self.height() - 8
        ring = QRectF(6, 4, side, side)
        width = max(6.0, side * 0.14)
        inner = ring.adjusted(width / 2, width / 2, -width / 2, -width / 2)
        if self.hasFocus() or self.underMouse():
            p.setPen(QPen(ACCENT, 1))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 6, 6)
        p.setPen(QPen(TRACK, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        p.drawArc(inner, 0, 360 * 16)
        if self.share_bp:
            span = -round(360 * 16 * min(self.share_bp, 10_000) / 10_000)
            p.setPen(QPen(self.colour(), width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
            p.drawArc(inner, 90 * 16, span)
        if self.target_bp is not None:
            p.save()
            p.translate(inner.center())
            p.rotate(360 * self.target_bp / 10_000)
            p.setPen(QPen(TEXT, 2))
            p.drawLine(
                QPointF(0, -inner.height() / 2 - width / 2 - 2),
                QPointF(0, -inner.height() / 2 + width / 2 + 2),
            )
            p.restore()
        p.setPen(TEXT)
        p.setFont(_font(self.font(), 1.05, bold=True))
        p.drawText(ring, Qt.AlignmentFlag.AlignCenter, self.percent_text())
        text = QRectF(ring.right() + 10, 4, self.width() - ring.right() - 14, side)
        p.setFont(self.font())
        flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        p.drawText(text, flags, self.caption + ("\n" + self.note if self.note else ""))
