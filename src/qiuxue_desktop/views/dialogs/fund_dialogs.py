"""The 经费台账 dialogs: a ledger year (payroll, extraction rate, the first year's opening
balance), a training spending entry under one of the eleven uses, a scheme's budget for a
year, and a repayment on a clawback line. Each checks what it can as typed, saves on the
database worker and shows the service's refusal beside the field or below the form."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox, QWidget

from qiuxue_desktop.domain.money import yuan_to_fen
from qiuxue_desktop.views.code_labels import code_label
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.funds.common import (
    FundForm,
    money_input,
    money_text,
    parse_money,
    parse_percent,
    parsed,
    percent_input,
)
from qiuxue_desktop.views.study_common import qdate
from qiuxue_desktop.views.widgets.field_grid import date_edit

if TYPE_CHECKING:
    from qiuxue_desktop.services.clawback import ClawbackRow
    from qiuxue_desktop.services.funds import BudgetRow, FundLedger, SpendRow


def _intro(parent: QWidget, text: str) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


def _signed_money(text: str) -> int:
    """An opening balance may be negative (the fund overspent before the ledger began)."""
    return yuan_to_fen(text) if text.strip() else 0


class FundYearDialog(FundForm):
    """A new ledger year (`ledger` None) or an existing one's payroll, rate and notes."""

    def __init__(
        self, ctx: AppContext, ledger: FundLedger | None, years: list[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        from qiuxue_desktop.services.funds import FIRST_YEAR, LAST_YEAR

        self.setObjectName("fundYearDialog")
        self._ledger = ledger
        self._years = years
        self.setWindowTitle(
            self.tr("新建经费台账年度") if ledger is None else self.tr("{y}年经费台账").format(y=ledger.year)
        )
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(FIRST_YEAR, LAST_YEAR)
        self.year_spin.setSuffix(self.tr(" 年"))
        self.payroll_edit = QLineEdit(self)
        self.payroll_edit.setPlaceholderText(self.tr("元，如 48,000,000"))
        self.rate_edit = QLineEdit(self)
        self.rate_edit.setPlaceholderText(self.tr("%，1.5 到 8，如 2.5"))
        self.opening_edit = QLineEdit(self)
        self.opening_edit.setPlaceholderText(self.tr("元；只有第一年填写"))
        self.notes_edit = QLineEdit(self)
        for key, label, widget in (
            ("year", self.tr("年度"), self.year_spin),
            ("payroll_fen", self.tr("工资总额（元）"), self.payroll_edit),
            ("rate_bp", self.tr("提取比例（%）"), self.rate_edit),
            ("opening_fen", self.tr("期初余额（元）"), self.opening_edit),
            ("notes", self.tr("备注"), self.notes_edit),
        ):
            self.grid.add_row(key, label, widget, required=key in ("year", "payroll_fen", "rate_bp"))
        intro = _intro(
            self,
            self.tr(
                "工资总额按国家统计局口径（计时、计件工资，奖金，津贴和补贴，加班工资等）。"
                "提取比例一般为 1.5%，技术要求高、培训任务重的企业可到 2.5%，最高按 8% 计算税前扣除。"
                "以后各年自动结转上一年的年末余额。"
            ),
        )
        self.finish_layout(intro)
        if ledger is None:
            self.year_spin.setValue(years[-1] + 1 if years else dt.date.today().year)
            self.rate_edit.setText("1.5")
        else:
            self.year_spin.setValue(ledger.year)
            self.year_spin.setEnabled(False)
            self.payroll_edit.setText(money_input(ledger.payroll_fen))
            self.rate_edit.setText(percent_input(ledger.rate_bp))
            self.opening_edit.setText(money_input(ledger.opening_fen) if ledger.opening_fen else "")
            self.notes_edit.setText(ledger.notes)
        self.year_spin.valueChanged.connect(lambda _y: self._opening_allowed())
        self._opening_allowed()

    def _opening_allowed(self) -> None:
        """Only the first year takes an opening balance; later years carry the balance in."""
        year = self.year_spin.value()
        first = (
            self._ledger.is_first_year
            if self._ledger is not None
            else not self._years or year < self._years[0]
        )
        self.opening_edit.setEnabled(first)
        if not first:
            self.opening_edit.clear()

    def collect(self) -> tuple[dict[str, Any], dict[str, str]]:
        problems: dict[str, str] = {}
        payroll = parsed(problems, "payroll_fen", parse_money, self.payroll_edit.text())
        if payroll is None and "payroll_fen" not in problems:
            problems["payroll_fen"] = self.tr("请填写工资总额，以元为单位")
        rate = parsed(problems, "rate_bp", parse_percent, self.rate_edit.text())
        if rate is None and "rate_bp" not in problems:
            problems["rate_bp"] = self.tr("请填写提取比例，如 1.5 或 2.5")
        opening = parsed(problems, "opening_fen", _signed_money, self.opening_edit.text())
        return {
            "year": self.year_spin.value(),
            "payroll_fen": payroll,
            "rate_bp": rate,
            "opening_fen": opening or 0,
            "notes": self.notes_edit.text(),
            "expected_version": self._ledger.version if self._ledger is not None else None,
        }, problems

    def work(self, values: dict[str, Any]) -> int:
        from qiuxue_desktop.services.funds import save_fund_year

        with self._ctx.database.write() as session:
            return save_fund_year(session, **values)


class SpendDialog(FundForm):
    """Training spending of `year` from the fund (new when `spend` is None)."""

    def __init__(
        self, ctx: AppContext, year: int, spend: SpendRow | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        from qiuxue_desktop.domain.funds import USES

        self.setObjectName("spendDialog")
        self.setWindowTitle(self.tr("新增培训支出") if spend is None else self.tr("修改培训支出"))
        self._spend = spend
        self.date_edit = date_edit(self, latest_today=False)
        self.date_edit.setDateRange(QDate(year, 1, 1), QDate(year, 12, 31))
        self.use_combo = QComboBox(self)
        self.use_combo.setObjectName("useCombo")
        for code, label in USES.items():
            self.use_combo.addItem(f"{code} {code_label(label)}", code)
        self.description_edit = QLineEdit(self)
        self.description_edit.setMaxLength(200)
        self.description_edit.setPlaceholderText(self.tr("如 焊工特种作业复审培训（32人）"))
        self.amount_edit = QLineEdit(self)
        self.amount_edit.setPlaceholderText(self.tr("元"))
        self.front_edit = QLineEdit(self)
        self.front_edit.setPlaceholderText(self.tr("元；用于一线职工的部分，空白为 0"))
        self.notes_edit = QLineEdit(self)
        for key, label, widget in (
            ("spent_on", self.tr("支出日期"), self.date_edit),
            ("use_code", self.tr("用途（317号十一项）"), self.use_combo),
            ("description", self.tr("摘要"), self.description_edit),
            ("amount_fen", self.tr("金额（元）"), self.amount_edit),
            ("front_line_fen", self.tr("其中用于一线职工（元）"), self.front_edit),
            ("notes", self.tr("备注"), self.notes_edit),
        ):
            self.grid.add_row(
                key, label, widget, required=key in ("spent_on", "use_code", "description", "amount_fen")
            )
        self.finish_layout()
        today = dt.date.today()
        self.date_edit.setDate(
            qdate(min(today, dt.date(year, 12, 31)) if today.year >= year else dt.date(year, 1, 1))
        )
        if spend is not None:
            self.date_edit.setDate(qdate(spend.spent_on))
            self.use_combo.setCurrentIndex(max(self.use_combo.findData(spend.use_code), 0))
            self.description_edit.setText(spend.description)
            self.amount_edit.setText(money_input(spend.amount_fen))
            self.front_edit.setText(money_input(spend.front_line_fen) if spend.front_line_fen else "")
            self.notes_edit.setText(spend.notes)

    def collect(self) -> tuple[dict[str, Any], dict[str, str]]:
        problems: dict[str, str] = {}
        amount = parsed(problems, "amount_fen", parse_money, self.amount_edit.text())
        if amount is None and "amount_fen" not in problems:
            problems["amount_fen"] = self.tr("请填写金额，以元为单位")
        front = parsed(problems, "front_line_fen", parse_money, self.front_edit.text())
        description = " ".join(self.description_edit.text().split())
        if not description:
            problems["description"] = self.tr("请填写摘要")
        return {
            "spent_on": self.date_edit.date().toPython(),
            "use_code": self.use_combo.currentData(),
            "description": description,
            "amount_fen": amount or 0,
            "front_line_fen": front or 0,
            "notes": self.notes_edit.text(),
        }, problems

    def work(self, values: dict[str, Any]) -> int:
        from qiuxue_desktop.services.funds import add_training_spend, update_training_spend

        spend = self._spend
        with self._ctx.database.write() as session:
            if spend is None:
                return add_training_spend(session, **values)
            update_training_spend(session, spend.id, expected_version=spend.version, **values)
            return spend.id


class BudgetDialog(FundForm):
    """What one scheme may spend in a year; blank removes the budget (no limit)."""

    def __init__(self, ctx: AppContext, row: BudgetRow, year: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("budgetDialog")
        self.setWindowTitle(self.tr("设定预算"))
        self._row, self._year = row, year
        self.amount_edit = QLineEdit(self)
        self.amount_edit.setPlaceholderText(self.tr("元；空白表示不设预算"))
        self.amount_edit.setText(money_input(row.budget_fen))
        self.grid.add_row("amount_fen", self.tr("{y}年预算（元）").format(y=year), self.amount_edit)
        intro = _intro(
            self,
            self.tr(
                "资助项目：{name}（{funder}，{source}）\n本年审批中占用 {reserved}，已支付 {paid}。"
            ).format(
                name=row.scheme_name,
                funder=row.funder,
                source=code_label(row.source_label),
                reserved=money_text(row.reserved_fen),
                paid=money_text(row.paid_fen),
            ),
        )
        self.finish_layout(intro)

    def collect(self) -> tuple[dict[str, Any], dict[str, str]]:
        problems: dict[str, str] = {}
        amount = parsed(problems, "amount_fen", parse_money, self.amount_edit.text())
        return {"amount_fen": amount}, problems

    def work(self, values: dict[str, Any]) -> None:
        from qiuxue_desktop.services.funds import set_scheme_budget

        with self._ctx.database.write() as session:
            set_scheme_budget(session, self._row.scheme_id, self._year, values["amount_fen"])


class RepaymentDialog(FundForm):
    """Money paid back on one clawback line (at most what is still owed)."""

    def __init__(self, ctx: AppContext, row: ClawbackRow, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        from qiuxue_desktop.services.clawback import REPAYMENT_METHODS

        self.setObjectName("repaymentDialog")
        self.setWindowTitle(self.tr("登记退款"))
        self._row = row
        self.date_edit = date_edit(self)
        self.amount_edit = QLineEdit(self)
        self.amount_edit.setText(money_input(row.owed_fen))
        self.method_combo = QComboBox(self)
        self.method_combo.setObjectName("methodCombo")
        for code, label in REPAYMENT_METHODS.items():
            self.method_combo.addItem(code_label(label), code)
        self.reference_edit = QLineEdit(self)
        self.reference_edit.setMaxLength(40)
        self.reference_edit.setPlaceholderText(self.tr("收据号或转账流水号"))
        self.note_edit = QLineEdit(self)
        for key, label, widget in (
            ("received_on", self.tr("收款日期"), self.date_edit),
            ("amount_fen", self.tr("退还金额（元）"), self.amount_edit),
            ("method", self.tr("方式"), self.method_combo),
            ("reference", self.tr("凭证号"), self.reference_edit),
            ("note", self.tr("备注"), self.note_edit),
        ):
            self.grid.add_row(key, label, widget, required=key in ("received_on", "amount_fen", "method"))
        intro = _intro(
            self,
            self.tr(
                "{name}，申请 {claim}（{source}，{funder}）：已支付 {paid}，{date} 离职，"
                "未服务 {u}/{t} 天，应退 {due}，已退 {back}，尚欠 {owed}。"
            ).format(
                name=row.learner_name,
                claim=row.claim_no,
                source=code_label(row.source_label),
                funder=row.funder,
                paid=money_text(row.paid_fen),
                date=row.leave_date.isoformat(),
                u=row.unserved_days,
                t=row.term_days,
                due=money_text(row.repayable_fen),
                back=money_text(row.repaid_fen),
                owed=money_text(row.owed_fen),
            ),
        )
        self.finish_layout(intro)

    def collect(self) -> tuple[dict[str, Any], dict[str, str]]:
        problems: dict[str, str] = {}
        amount = parsed(problems, "amount_fen", parse_money, self.amount_edit.text())
        if amount is None and "amount_fen" not in problems:
            problems["amount_fen"] = self.tr("请填写退还金额，以元为单位")
        elif amount is not None and amount > self._row.owed_fen:
            problems["amount_fen"] = self.tr("不能超过尚欠的 {owed}").format(
                owed=money_text(self._row.owed_fen)
            )
        return {
            "received_on": self.date_edit.date().toPython(),
            "amount_fen": amount or 0,
            "method": self.method_combo.currentData(),
            "reference": self.reference_edit.text(),
            "note": self.note_edit.text(),
        }, problems

    def work(self, values: dict[str, Any]) -> int:
        from qiuxue_desktop.services.clawback import record_repayment

        with self._ctx.database.write() as session:
            return record_repayment(session, self._row.claim_line_id, **values)
