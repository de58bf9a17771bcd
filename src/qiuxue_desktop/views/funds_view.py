"""经费台账: the funding schemes in the order they apply, the staff-education fund ledger per
year, the schemes' budgets and the clawback list, as four tabs (views/funds/). Each tab reads
on the database worker when it is shown; a role without the right to manage funds (or to
record payments, for repayments) sees the same figures without the buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.funds.budgets_tab import BudgetsTab
from qiuxue_desktop.views.funds.clawback_tab import ClawbackTab
from qiuxue_desktop.views.funds.common import FundsTab
from qiuxue_desktop.views.funds.ledger_tab import LedgerTab
from qiuxue_desktop.views.funds.schemes_tab import SchemesTab


class FundsView(QWidget):
    """Built before the database is open; `load()` (after sign-in) says what the role may do."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fundsView")
        self._ctx = ctx
        self.schemes = SchemesTab(ctx, self)
        self.ledger = LedgerTab(ctx, self)
        self.budgets = BudgetsTab(ctx, self)
        self.clawback = ClawbackTab(ctx, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("fundsTabs")
        self.tabs.addTab(self.schemes, self.tr("资助项目"))
        self.tabs.addTab(self.ledger, self.tr("职工教育经费"))
        self.tabs.addTab(self.budgets, self.tr("项目预算"))
        self.tabs.addTab(self.clawback, self.tr("服务期退还"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    @property
    def pages(self) -> tuple[FundsTab, ...]:
        return (self.schemes, self.ledger, self.budgets, self.clawback)

    def show_filtered(self, *, tab: str, year: int | None = None) -> None:
        """The tab behind a figure of the desk (工作台): the ledger or the budgets of `year`."""
        page = {
            "schemes": self.schemes,
            "ledger": self.ledger,
            "budgets": self.budgets,
            "clawback": self.clawback,
        }
        if year is not None and tab == "ledger":
            self.ledger.show_year(year)
        if year is not None and tab == "budgets":
            self.budgets.year_spin.setValue(year)
        self.tabs.setCurrentWidget(page[tab])

    def load(self) -> None:
        manage = self._ctx.may(Permission.MANAGE_FUNDS)
        for page in (self.schemes, self.ledger, self.budgets):
            page.load(manage)
        self.clawback.load(self._ctx.may(Permission.RECORD_PAYMENT))
