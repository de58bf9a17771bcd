"""A painted bar chart of means on the 1–5 scale: one horizontal bar per row (question or group),
the warning level as a dashed red line, a bar below it in red, a row too small to show in grey."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = QColor("#4472C4")
LOW = QColor("#C0504D")
GRID = QColor("#DDDDDD")
ROW_H = 22
LABEL_W = 230


class MeansChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meansChart")
        self.rows: list[tuple[str, Decimal | None, bool]] = []
        self.level = Decimal("3.5")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: list[tuple[str, Decimal | None, bool]], level: Decimal) -> None:
        self.rows, self.level = rows, level
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(520, 34 + ROW_H * max(1, len(self.rows)))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = p.fontMetrics()
        x0, x1 = LABEL_W + 8, self.width() - 44
        top, bottom = 6, 6 + ROW_H * len(self.rows)
        if x1 <= x0:
            return
        scale = (x1 - x0) / 5
        p.setPen(QPen(GRID, 1))
        for tick in range(6):
            x = x0 + tick * scale
            p.drawLine(int(x), top, int(x), bottom)
            p.setPen(QColor("#666666"))
            p.drawText(QRectF(x - 10, bottom + 2, 20, 16), Qt.AlignmentFlag.AlignCenter, str(tick))
            p.setPen(QPen(GRID, 1))
        for i, (label, mean, below) in enumerate(self.rows):
            y = top + i * ROW_H
            p.setPen(QColor("#222222"))
            shown = fm.elidedText(label, Qt.TextElideMode.ElideRight, LABEL_W)
            p.drawText(
                QRectF(0, y, LABEL_W, ROW_H),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                shown,
            )
            if mean is None:
                p.setPen(QColor("#999999"))
                p.drawText(
                    QRectF(x0 + 4, y, 200, ROW_H), Qt.AlignmentFlag.AlignVCenter, self.tr("答卷太少，不显示")
                )
                continue
            width = float(mean) * scale
            p.fillRect(QRectF(x0, y + 4, width, ROW_H - 8), LOW if below else BAR)
            p.setPen(QColor("#222222"))
            p.drawText(QRectF(x0 + width + 4, y, 40, ROW_H), Qt.AlignmentFlag.AlignVCenter, f"{mean:.2f}")
        level_x = x0 + float(self.level) * scale
        pen = QPen(LOW, 1.5, Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.drawLine(int(level_x), top, int(level_x), bottom)
        p.end()
