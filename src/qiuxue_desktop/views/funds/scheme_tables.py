"""The scheme editor's two small tables: the per-level table (each level → a percentage or an
amount, blank: the level is not paid) and the grade tiers (rows of lowest average score →
percentage). Each reads back as the scheme stores it — basis points, 分, score × 10 — or
says which cell is wrong."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qiuxue_desktop.domain.study_codes import LEVELS
from qiuxue_desktop.views.code_labels import code_label, labelled
from qiuxue_desktop.views.funds.common import cell, money_input, parse_money, parse_percent, percent_input

ROW_HEIGHT = 24


def _small_table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.SelectedClicked
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    return table


def _cell(table: QTableWidget, row: int, col: int) -> str:
    item = table.item(row, col)
    return item.text().strip() if item is not None else ""


class LevelTable(QWidget):
    """Level → percentage (unit "percent") or amount in yuan (unit "fixed")."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unit = "percent"
        self.table = _small_table(self, [self.tr("层次"), ""], "levelTable")
        self.table.setRowCount(len(LEVELS))
        for row, (code, label) in enumerate(LEVELS.items()):
            item = QTableWidgetItem(code_label(label))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, item)
            self.table.setItem(row, 1, QTableWidgetItem(""))
        self.table.setFixedHeight(ROW_HEIGHT * (len(LEVELS) + 1) + 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        self.set_unit("percent")
        self.table.itemChanged.connect(lambda _item: self.changed.emit())

    def set_unit(self, unit: str) -> None:
        self.unit = unit
        header = (
            self.tr("比例（%，空白：不资助）") if unit == "percent" else self.tr("金额（元，空白：不资助）")
        )
        self.table.setHorizontalHeaderItem(1, QTableWidgetItem(header))

    def set_text(self, code: str, text: str) -> None:
        for row in range(self.table.rowCount()):
            if cell(self.table, row, 0).data(Qt.ItemDataRole.UserRole) == code:
                cell(self.table, row, 1).setText(text)

    def set_values(self, unit: str, table: Any) -> None:
        self.set_unit(unit or "percent")
        entries = table if isinstance(table, dict) else {}
        for code in LEVELS:
            value = entries.get(code)
            if not isinstance(value, int):
                self.set_text(code, "")
            else:
                self.set_text(code, percent_input(value) if self.unit == "percent" else money_input(value))

    def values(self) -> tuple[dict[str, int], str | None]:
        """{level code: basis points or 分}, and the first cell's problem (None: all read)."""
        out: dict[str, int] = {}
        for row in range(self.table.rowCount()):
            code = cell(self.table, row, 0).data(Qt.ItemDataRole.UserRole)
            text = _cell(self.table, row, 1)
            if not text:
                continue
            try:
                value = parse_percent(text) if self.unit == "percent" else parse_money(text)
            except ValueError as exc:
                return out, labelled(code_label(LEVELS[code]), str(exc))
            if value is not None:
                out[code] = value
        return out, None


class TierTable(QWidget):
    """Rows of (lowest average score, percentage); the highest score reached wins."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = _small_table(self, [self.tr("平均成绩不低于（分）"), self.tr("比例（%）")], "tierTable")
        self.table.setFixedHeight(ROW_HEIGHT * 5 + 4)
        self.add_button = QPushButton(self.tr("加一档"), self)
        self.add_button.setObjectName("addTier")
        self.remove_button = QPushButton(self.tr("删除此档"), self)
        self.remove_button.setObjectName("removeTier")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_tier())
        self.remove_button.clicked.connect(self.remove_tier)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())

    def add_tier(self, score: str = "", percent: str = "") -> int:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(score))
        self.table.setItem(row, 1, QTableWidgetItem(percent))
        self.table.blockSignals(False)
        self.table.setCurrentCell(row, 0)
        self.changed.emit()
        return row

    def remove_tier(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def set_values(self, table: Any) -> None:
        self.table.setRowCount(0)
        for entry in table if isinstance(table, list | tuple) else ():
            threshold, bp = entry
            self.add_tier(f"{threshold / 10:g}", percent_input(bp))

    def values(self) -> tuple[list[list[int]], str | None]:
        """[[score × 10, basis points], …] of the filled rows, and the first row's problem."""
        out: list[list[int]] = []
        for row in range(self.table.rowCount()):
            score_text, percent_text = _cell(self.table, row, 0), _cell(self.table, row, 1)
            if not score_text and not percent_text:
                continue
            where = self.tr("第{n}档").format(n=row + 1)
            try:
                score = Decimal(score_text)
            except InvalidOperation:
                return out, self.tr("{w}的分数“{t}”不是数字").format(w=where, t=score_text)
            x10 = score * 10
            if not score.is_finite() or x10 != x10.to_integral_value():
                return out, self.tr("{w}的分数最多一位小数").format(w=where)
            try:
                bp = parse_percent(percent_text)
            except ValueError as exc:
                return out, labelled(where, str(exc))
            if bp is None:
                return out, self.tr("{w}没有填写比例").format(w=where)
            out.append([int(x10), bp])
        return out, None
