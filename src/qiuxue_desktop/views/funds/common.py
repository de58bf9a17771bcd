"""What the 经费台账 tabs and their dialogs share: amounts and percentages as typed and as
shown (integer 分 and basis points, never float), a tab that reads on the database worker
when it is shown, a form dialog that saves on the worker and shows refusals beside its fields."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qiuxue_desktop.domain.money import format_rmb, yuan_to_fen
from qiuxue_desktop.views import signals
from qiuxue_desktop.views.code_labels import separated
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.style import ERROR_COLOR
from qiuxue_desktop.views.widgets.field_grid import FieldGrid

FUNDS = signals.FUNDS  # the data-changed area of schemes, ledgers, budgets and repayments
GOOD_COLOR = "#2e7d32"
NOTE_STYLE = "QLabel { background: #fff8e1; border: 1px solid #f0c36d; border-radius: 3px; padding: 8px; }"


def parse_percent(text: str) -> int | None:
    """ "60", "12.5", "60%" → basis points (6000, 1250); blank → None. ValueError with a Chinese
    sentence when it is not a percentage with at most two decimals."""
    cleaned = unicodedata.normalize("NFKC", text).strip().removesuffix("%").strip()
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(
            QCoreApplication.translate("FundsCommon", "“{text}”不是百分比，请写成 60 或 12.5 的形式").format(
                text=text.strip()
            )
        ) from None
    bp = value * 100
    if not value.is_finite() or bp != bp.to_integral_value():
        raise ValueError(
            QCoreApplication.translate("FundsCommon", "百分比最多只能有两位小数：{text}").format(
                text=text.strip()
            )
        )
    return int(bp)


def parse_money(text: str) -> int | None:
    """Yuan as typed ("1000", "1,000.50", "¥1000") → 分; blank → None. ValueError (a Chinese
    sentence) for anything else, a negative amount included."""
    if not text.strip():
        return None
    fen = yuan_to_fen(text)
    if fen < 0:
        raise ValueError(QCoreApplication.translate("FundsCommon", "金额不能为负数"))
    return fen


def percent_input(bp: int | None) -> str:
    """Basis points as the user types them back: 6000 → "60", 1250 → "12.5"."""
    if bp is None:
        return ""
    whole, rest = divmod(bp, 100)
    return str(whole) if rest == 0 else f"{whole}.{rest:02d}".rstrip("0")


def money_input(fen: int | None) -> str:
    """分 as the user types them back: 150000 → "1500", 150050 → "1500.50"."""
    if fen is None:
        return ""
    whole, rest = divmod(fen, 100)
    return str(whole) if rest == 0 else f"{whole}.{rest:02d}"


def money_text(fen: int | None) -> str:
    """¥1,234.50, or — when there is no amount."""
    return "—" if fen is None else format_rmb(fen)


class FundsTab(QWidget):
    """A tab that reads its data on the database worker the first time it is shown and again,
    when shown, after the data changed: `params()` on the GUI thread says what to read (the
    chosen year), `read(params)` runs on the worker, `show_data()` on the GUI thread with what
    it returned."""

    loaded = Signal()  # the data read by the last refresh is on screen

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.ready = False  # the database is open and the role is known
        self.editable = False
        self._stale = True
        self._generation = 0
        ctx.signals.changed.connect(self._on_data_changed)

    # what a tab defines -----------------------------------------------------------------
    def permission_changed(self) -> None:
        """Show or hide the edit buttons for `self.editable`."""

    def params(self) -> Any:
        return None

    def read(self, params: Any) -> Any:
        raise NotImplementedError

    def show_data(self, data: Any) -> None:
        raise NotImplementedError

    # ------------------------------------------------------------------------------------
    def load(self, editable: bool) -> None:
        self.ready = True
        if editable != self.editable:
            self.editable = editable
            self.permission_changed()
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        if not self.ready:
            return
        self._stale = False
        self._generation += 1
        generation = self._generation

        def done(data: Any) -> None:
            if generation == self._generation:
                self.show_data(data)
                self.loaded.emit()

        self._ctx.runner.db(self.read, self.params(), on_done=done, quiet=True)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_data_changed(self, _area: str) -> None:
        # Claims, learners leaving and the fund records all move these figures: read again
        # (a few hundred rows at most) when the tab is next on screen.
        self._stale = True
        if self.isVisible():
            self.refresh()


class FundForm(QDialog):
    """A form dialog: `collect()` → (values, problems) on the GUI thread, `work(values)` on the
    database worker; problems appear beside their fields, a refusal without a field below
    them, and nothing is saved until the service accepts it."""

    saved = Signal(object)  # what work() returned, after the commit

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from qiuxue_desktop.views.study_common import ok_cancel

        self._ctx = ctx
        self.grid = FieldGrid(field_width=240)
        self.message = QLabel(self)
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {ERROR_COLOR};")
        self.message.hide()
        self.buttons = ok_cancel(self, self.tr("保存"))
        self.body = QVBoxLayout(self)

    def finish_layout(self, intro: QWidget | None = None) -> None:
        if intro is not None:
            self.body.addWidget(intro)
        self.body.addLayout(self.grid)
        self.body.addWidget(self.message)
        self.body.addWidget(self.buttons)

    def collect(self) -> tuple[dict[str, Any], dict[str, str]]:
        raise NotImplementedError

    def work(self, values: dict[str, Any]) -> Any:
        raise NotImplementedError

    def reject(self) -> None:
        if self.buttons.isEnabled():
            super().reject()

    def save(self) -> None:
        values, problems = self.collect()
        self.grid.show_problems(problems)
        self.message.hide()
        if problems:
            field = self.grid.first_problem_field(problems)
            if field is not None:
                field.setFocus()
            return
        self.buttons.setEnabled(False)
        self._ctx.runner.db(self.work, values, on_done=self._saved, on_error=self._failed)

    def _saved(self, result: Any) -> None:
        self._ctx.signals.changed.emit(FUNDS)
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> bool:
        from qiuxue_desktop.errors import KnownError

        self.buttons.setEnabled(True)
        problems = getattr(exc, "problems", None)
        if isinstance(problems, dict) and problems:
            self.grid.show_problems(problems)
            shown = {key for key in problems if self.grid.first_problem_field({key: ""}) is not None}
            rest = [reason for key, reason in problems.items() if key not in shown]
            if rest:
                self.show_message(separated(rest))
            return True
        if isinstance(exc, KnownError):
            self.show_message(exc.message)
            return True
        return False

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


def parsed(problems: dict[str, str], key: str, parse: Callable[[str], int | None], text: str) -> int | None:
    """`parse(text)`, or None with the parser's sentence recorded as `key`'s problem."""
    try:
        return parse(text)
    except ValueError as exc:
        problems[key] = str(exc)
        return None


def grid_row_visible(grid: QGridLayout, field: QWidget, visible: bool) -> None:
    """Show or hide the whole row (caption, field, message) that holds `field`."""
    index = grid.indexOf(field)
    if index < 0:
        return
    row = int(grid.getItemPosition(index)[0])  # type: ignore[index]
    for col in range(grid.columnCount()):
        item = grid.itemAtPosition(row, col)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.setVisible(visible)


def cell(table: QTableWidget, row: int, col: int) -> QTableWidgetItem:
    """The item fill_table put at (row, col)."""
    item = table.item(row, col)
    assert item is not None
    return item
