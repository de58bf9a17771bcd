"""What the study views share: how credits, money and dates are
shown and read back, read-only tables of a few hundred rows, and how a dialog opens and what its buttons say."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

RISK_COLOR = "#c62828"
RISK_BACKGROUND = "#fdecea"
MUTED_COLOR = "#808080"


def credits_text(value: Decimal | None) -> str:
    """2.5 → "2.5", 3 → "3"; None → ""."""
    if value is None:
        return ""
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def parse_decimal(text: str) -> Decimal | None:
    """A number the user typed (full-width digits allowed), or None when it is not one."""
    import unicodedata

    cleaned = unicodedata.normalize("NFKC", text).strip().replace(",", "")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def yuan_text(fen: int) -> str:
    """12345600 分 → "123,456.00"."""
    sign, fen = ("-", -fen) if fen < 0 else ("", fen)
    return f"{sign}{fen // 100:,}.{fen % 100:02d}"


def parse_yuan(text: str) -> int | None:
    """Yuan as typed ("3600", "3,600.5") → 分; None when not an amount with at most two decimals."""
    value = parse_decimal(text.replace("¥", "").replace("元", ""))
    if value is None:
        return None
    fen = value * 100
    if fen != fen.to_integral_value():
        return None
    return int(fen)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_text(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def read_only_table(parent: QWidget, headers: Sequence[str], name: str) -> QTableWidget:
    """A small table that shows rows the caller fills (a few hundred at most)."""
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setHighlightSections(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def fill_table(
    table: QTableWidget, rows: Sequence[Sequence[str]], keys: Sequence[object] | None = None
) -> None:
    """Replace the table's rows; `keys[i]` is kept as row i's UserRole data (column 0)."""
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if c == 0 and keys is not None:
                item.setData(Qt.ItemDataRole.UserRole, keys[r])
            table.setItem(r, c, item)
    # Fit the columns to their contents, except those that share out the table's width (fitting
    # one of those on a visible table leaves it at its content's width until the next resize).
    header = table.horizontalHeader()
    last = table.columnCount() - 1
    for c in range(table.columnCount()):
        stretched = header.sectionResizeMode(c) == QHeaderView.ResizeMode.Stretch
        if not stretched and not (c == last and header.stretchLastSection()):
            table.resizeColumnToContents(c)


def row_key(table: QTableWidget, row: int | None = None) -> object:
    """The UserRole data of the current (or given) row, None when there is none."""
    if row is None:
        items = table.selectedItems()
        if not items:
            return None
        row = items[0].row()
    item = table.item(row, 0)
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


def select_key(table: QTableWidget, key: object) -> bool:
    """Select the row whose key is `key`; False when no row has it."""
    for r in range(table.rowCount()):
        if row_key(table, r) == key:
            table.selectRow(r)
            table.scrollTo(table.model().index(r, 0))
            return True
    return False


def open_dialog(dialog: QDialog) -> QDialog:
    """Open a dialog window-modally without blocking; it is deleted when closed."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def ok_cancel(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    """The dialog's OK/Cancel buttons in Chinese, wired to its save() and reject()."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("study_common", "取消")
    )
    buttons.accepted.connect(dialog.save)  # type: ignore[attr-defined]
    buttons.rejected.connect(dialog.reject)
    return buttons
