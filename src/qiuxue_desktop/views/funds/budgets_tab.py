"""项目预算: per year, each scheme's budget (a union's money for it), what claims in progress
reserve, what has been paid and what remains; 设定预算 for a role that manages funds."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from qiuxue_desktop.views.code_labels import code_label
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.funds.common import FundsTab, cell, money_text
from qiuxue_desktop.views.study_common import MUTED_COLOR, fill_table, open_dialog, read_only_table, row_key
from qiuxue_desktop.views.style import ERROR_COLOR

if TYPE_CHECKING:
    from qiuxue_desktop.services.funds import BudgetRow

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class BudgetsTab(FundsTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        from qiuxue_desktop.services.funds import FIRST_YEAR, LAST_YEAR

        self.setObjectName("budgetsTab")
        self.rows: list[BudgetRow] = []
        self.shown_year: int | None = None
        self.year_spin = QSpinBox(self)
        self.year_spin.setObjectName("budgetYear")
        self.year_spin.setRange(FIRST_YEAR, LAST_YEAR)
        self.year_spin.setValue(dt.date.today().year)
        self.year_spin.setSuffix(self.tr(" 年"))
        self.set_button = QPushButton(self.tr("设定预算…"), self)
        self.set_button.setObjectName("setBudget")
        self.set_button.setVisible(False)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("预算年度"), self))
        bar.addWidget(self.year_spin)
        bar.addWidget(self.set_button)
        bar.addStretch(1)
        self.table = read_only_table(
            self,
            [
                self.tr("资助项目"),
                self.tr("资助方"),
                self.tr("资金来源"),
                self.tr("本年预算"),
                self.tr("审批中占用"),
                self.tr("已支付"),
                self.tr("余额"),
            ],
            "budgetTable",
        )
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        hint = QLabel(
            self.tr(
                "预算按报销明细所属的预算年度统计：审批中（已提交至公示中）的申请先占用预算，"
                "退回或作废后释放。没有设定预算的项目不受预算限制（显示为“—”）。"
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {MUTED_COLOR};")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        self.year_spin.valueChanged.connect(lambda _y: self.refresh())
        self.set_button.clicked.connect(self.set_budget)
        self.table.doubleClicked.connect(lambda _i: self.set_budget())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def permission_changed(self) -> None:
        self.set_button.setVisible(self.editable)

    def params(self) -> int:
        return self.year_spin.value()

    def read(self, year: int) -> tuple[int, list[BudgetRow]]:
        from qiuxue_desktop.services.funds import scheme_budgets

        with self._ctx.database.read() as session:
            return year, scheme_budgets(session, year)

    def show_data(self, data: tuple[int, list[BudgetRow]]) -> None:
        keep = row_key(self.table)
        self.shown_year, self.rows = data
        fill_table(
            self.table,
            [
                (
                    r.scheme_name,
                    r.funder,
                    code_label(r.source_label),
                    money_text(r.budget_fen),
                    money_text(r.reserved_fen),
                    money_text(r.paid_fen),
                    money_text(r.remaining_fen),
                )
                for r in self.rows
            ],
            [r.scheme_id for r in self.rows],
        )
        for i, r in enumerate(self.rows):
            for c in range(3, 7):
                cell(self.table, i, c).setTextAlignment(RIGHT)
            if r.remaining_fen is not None and r.remaining_fen < 0:
                cell(self.table, i, 6).setForeground(QColor(ERROR_COLOR))
                cell(self.table, i, 6).setToolTip(self.tr("已超出预算"))
        if keep is not None:
            from qiuxue_desktop.views.study_common import select_key

            select_key(self.table, keep)
        self._update_buttons()

    def current(self) -> BudgetRow | None:
        wanted = row_key(self.table)
        return next((r for r in self.rows if r.scheme_id == wanted), None)

    def _update_buttons(self) -> None:
        self.set_button.setEnabled(self.current() is not None)

    def set_budget(self) -> None:
        row = self.current()
        if row is None or not self.editable or self.shown_year is None:
            return
        from qiuxue_desktop.views.dialogs.fund_dialogs import BudgetDialog

        open_dialog(BudgetDialog(self._ctx, row, self.shown_year, self))
