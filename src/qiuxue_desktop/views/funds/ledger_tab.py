"""职工教育经费: one year's ledger — payroll, rate, the amount to set aside, the balance carried
in, claims paid from the fund and the other training spending (by the eleven uses), the total,
the closing balance; the front-line share with a green or red indicator and the warning below
60%; the headroom under the 8% tax-deduction limit. The year's figures are edited in a dialog
and the hand-entered spending is listed with 新增, 修改, 删除."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from qiuxue_desktop.views.code_labels import code_label
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.funds.common import FUNDS, GOOD_COLOR, FundsTab, cell, money_text
from qiuxue_desktop.views.study_common import MUTED_COLOR, fill_table, open_dialog, read_only_table, row_key
from qiuxue_desktop.views.style import ERROR_COLOR

if TYPE_CHECKING:
    from qiuxue_desktop.services.funds import FundLedger, SpendRow

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
USE_WIDTH = 130


@dataclass(frozen=True)
class LedgerData:
    ledgers: list[FundLedger]
    year: int | None  # the year shown
    spends: list[SpendRow]


class LedgerTab(FundsTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("ledgerTab")
        self.data = LedgerData([], None, [])
        self.wanted_year: int | None = None

        self.year_combo = QComboBox(self)
        self.year_combo.setObjectName("ledgerYear")
        self.year_combo.setMinimumContentsLength(8)
        self.add_year_button = QPushButton(self.tr("新建年度…"), self)
        self.add_year_button.setObjectName("addFundYear")
        self.edit_year_button = QPushButton(self.tr("修改本年度…"), self)
        self.edit_year_button.setObjectName("editFundYear")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("年度"), self))
        bar.addWidget(self.year_combo)
        bar.addWidget(self.add_year_button)
        bar.addWidget(self.edit_year_button)
        bar.addStretch(1)

        self.empty_label = QLabel(
            self.tr("还没有经费台账。请点击“新建年度…”，填写该年的工资总额和提取比例。"), self
        )
        self.empty_label.setObjectName("ledgerEmpty")
        self.empty_label.setStyleSheet(f"color: {MUTED_COLOR};")

        # the figures
        self.values: dict[str, QLabel] = {}
        money_box = QGroupBox(self.tr("提取与使用"), self)
        money_grid = QGridLayout(money_box)
        money_grid.setHorizontalSpacing(14)
        rows = (
            ("payroll", self.tr("工资总额")),
            ("rate", self.tr("提取比例")),
            ("set_aside", self.tr("应提取（工资总额 × 比例）")),
            ("carried_in", self.tr("上年结转")),
            ("claims", self.tr("报销支出（学历教育报销）")),
            ("other", self.tr("其他培训支出")),
            ("spent", self.tr("合计支出")),
            ("closing", self.tr("年末结余（结转下年）")),
        )
        self.captions: dict[str, QLabel] = {}
        for i, (key, caption) in enumerate(rows):
            row, col = i % 4, (i // 4) * 2
            label = QLabel(caption, money_box)
            value = QLabel(money_box)
            value.setObjectName(f"ledger_{key}")
            value.setAlignment(RIGHT)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setMinimumWidth(value.fontMetrics().horizontalAdvance("¥99,999,999.99"))
            self.captions[key], self.values[key] = label, value
            money_grid.addWidget(label, row, col)
            money_grid.addWidget(value, row, col + 1)
        for key in ("spent", "closing"):
            font = self.values[key].font()
            font.setBold(True)
            self.values[key].setFont(font)

        checks_box = QGroupBox(self.tr("一线职工占比与税前扣除"), self)
        checks = QGridLayout(checks_box)
        checks.setHorizontalSpacing(14)
        self.share_label = QLabel(checks_box)
        self.share_label.setObjectName("frontLineShare")
        font = self.share_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.share_label.setFont(font)
        self.share_warning = QLabel(checks_box)
        self.share_warning.setObjectName("frontLineWarning")
        self.share_warning.setWordWrap(True)
        self.share_warning.setStyleSheet(f"color: {ERROR_COLOR};")
        self.tax_limit = QLabel(checks_box)
        self.tax_limit.setObjectName("taxLimit")
        self.tax_headroom = QLabel(checks_box)
        self.tax_headroom.setObjectName("taxHeadroom")
        self.tax_warning = QLabel(checks_box)
        self.tax_warning.setObjectName("taxWarning")
        self.tax_warning.setWordWrap(True)
        self.tax_warning.setStyleSheet(f"color: {ERROR_COLOR};")
        checks.addWidget(QLabel(self.tr("一线职工占比（不少于 60%）"), checks_box), 0, 0)
        checks.addWidget(self.share_label, 0, 1)
        checks.addWidget(self.share_warning, 1, 0, 1, 2)
        checks.addWidget(QLabel(self.tr("税前扣除限额（工资总额的 8%）"), checks_box), 2, 0)
        checks.addWidget(self.tax_limit, 2, 1)
        checks.addWidget(QLabel(self.tr("限额内尚可支出"), checks_box), 3, 0)
        checks.addWidget(self.tax_headroom, 3, 1)
        checks.addWidget(self.tax_warning, 4, 0, 1, 2)
        checks.setColumnStretch(1, 1)
        checks.setRowStretch(5, 1)
        figures = QHBoxLayout()
        figures.addWidget(money_box, 3)
        figures.addWidget(checks_box, 2)
        self.figures = QWidget(self)
        self.figures.setLayout(figures)
        figures.setContentsMargins(0, 0, 0, 0)

        # the spending: by use, and the hand-entered list
        uses_box = QGroupBox(self.tr("其他培训支出（按财建〔2006〕317号十一项用途）"), self)
        self.uses_table = read_only_table(
            uses_box, [self.tr("用途"), self.tr("金额"), self.tr("其中一线职工")], "usesTable"
        )
        uses_header = self.uses_table.horizontalHeader()
        uses_header.setStretchLastSection(False)
        uses_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        QVBoxLayout(uses_box).addWidget(self.uses_table)
        spends_box = QGroupBox(self.tr("培训支出明细（手工登记）"), self)
        self.spend_table = read_only_table(
            spends_box,
            [
                self.tr("日期"),
                self.tr("用途"),
                self.tr("摘要"),
                self.tr("金额"),
                self.tr("其中一线职工"),
                self.tr("备注"),
            ],
            "spendTable",
        )
        self.add_spend_button = QPushButton(self.tr("新增…"), spends_box)
        self.add_spend_button.setObjectName("addSpend")
        self.edit_spend_button = QPushButton(self.tr("修改…"), spends_box)
        self.edit_spend_button.setObjectName("editSpend")
        self.delete_spend_button = QPushButton(self.tr("删除"), spends_box)
        self.delete_spend_button.setObjectName("deleteSpend")
        spend_buttons = QHBoxLayout()
        for button in (self.add_spend_button, self.edit_spend_button, self.delete_spend_button):
            spend_buttons.addWidget(button)
        spend_buttons.addStretch(1)
        spends_layout = QVBoxLayout(spends_box)
        spends_layout.addLayout(spend_buttons)
        spends_layout.addWidget(self.spend_table, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(uses_box)
        split.addWidget(spends_box)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.figures)
        layout.addWidget(split, 1)
        self.spending = split

        self.edit_buttons = (
            self.add_year_button,
            self.edit_year_button,
            self.add_spend_button,
            self.edit_spend_button,
            self.delete_spend_button,
        )
        for button in self.edit_buttons:
            button.setVisible(False)
        self.year_combo.currentIndexChanged.connect(self._year_chosen)
        self.add_year_button.clicked.connect(self.add_year)
        self.edit_year_button.clicked.connect(self.edit_year)
        self.add_spend_button.clicked.connect(self.add_spend)
        self.edit_spend_button.clicked.connect(self.edit_spend)
        self.delete_spend_button.clicked.connect(self.delete_spend)
        self.spend_table.itemSelectionChanged.connect(self._update_buttons)
        self.spend_table.doubleClicked.connect(lambda _i: self.edit_spend())
        self.show_data(self.data)

    # --- data ----------------------------------------------------------------------------

    def permission_changed(self) -> None:
        for button in self.edit_buttons:
            button.setVisible(self.editable)

    def params(self) -> int | None:
        return self.wanted_year

    def read(self, wanted: int | None) -> LedgerData:
        import datetime as dt

        from qiuxue_desktop.services.funds import fund_ledgers, training_spends

        with self._ctx.database.read() as session:
            ledgers = fund_ledgers(session)
            years = [ledger.year for ledger in ledgers]
            year = wanted
            if year not in years:
                this_year = dt.date.today().year
                earlier = [y for y in years if y <= this_year]
                year = earlier[-1] if earlier else (years[-1] if years else None)
            spends = training_spends(session, year) if year is not None else []
        return LedgerData(ledgers, year, spends)

    def ledger(self) -> FundLedger | None:
        return next((lg for lg in self.data.ledgers if lg.year == self.data.year), None)

    def show_data(self, data: LedgerData) -> None:
        self.data = data
        self.wanted_year = data.year
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in (lg.year for lg in data.ledgers):
            self.year_combo.addItem(self.tr("{y}年").format(y=year), year)
        self.year_combo.setCurrentIndex(self.year_combo.findData(data.year))
        self.year_combo.blockSignals(False)
        ledger = self.ledger()
        self.empty_label.setVisible(ledger is None)
        self.figures.setVisible(ledger is not None)
        self.spending.setVisible(ledger is not None)
        if ledger is not None:
            self._show_ledger(ledger)
        self._update_buttons()

    def _show_ledger(self, lg: FundLedger) -> None:
        from qiuxue_desktop.services.funds import format_bp

        v = self.values
        v["payroll"].setText(money_text(lg.payroll_fen))
        v["rate"].setText(format_bp(lg.rate_bp))
        v["set_aside"].setText(money_text(lg.set_aside_fen))
        self.captions["carried_in"].setText(
            self.tr("期初余额（第一年）") if lg.is_first_year else self.tr("上年结转")
        )
        v["carried_in"].setText(money_text(lg.carried_in_fen))
        v["claims"].setText(money_text(lg.claims_spent_fen))
        v["claims"].setToolTip(
            self.tr("本年支付 {paid}，离职学员退回 {back}").format(
                paid=money_text(lg.claims_paid_fen), back=money_text(lg.claims_repaid_fen)
            )
        )
        v["other"].setText(money_text(lg.other_spent_fen))
        v["spent"].setText(money_text(lg.spent_fen))
        v["closing"].setText(money_text(lg.closing_fen))
        v["closing"].setStyleSheet(f"color: {ERROR_COLOR};" if lg.closing_fen < 0 else "")

        share = lg.front_line_share_bp
        if share is None:
            self.share_label.setText(self.tr("— 本年尚无支出"))
            self.share_label.setStyleSheet(f"color: {MUTED_COLOR};")
        else:
            ok = lg.front_line_warning is None
            mark = self.tr("● {p}  达标") if ok else self.tr("● {p}  低于 60%")
            self.share_label.setText(mark.format(p=format_bp(share)))
            self.share_label.setStyleSheet(f"color: {GOOD_COLOR if ok else ERROR_COLOR};")
        self.share_label.setToolTip(
            self.tr("用于一线职工 {front}，占合计支出 {spent}").format(
                front=money_text(lg.front_line_spent_fen), spent=money_text(lg.spent_fen)
            )
        )
        self.share_warning.setText(lg.front_line_warning or "")
        self.share_warning.setVisible(lg.front_line_warning is not None)
        self.tax_limit.setText(money_text(lg.tax_limit_fen))
        if lg.tax_headroom_fen >= 0:
            self.tax_headroom.setText(money_text(lg.tax_headroom_fen))
            self.tax_headroom.setStyleSheet(f"color: {GOOD_COLOR};")
        else:
            self.tax_headroom.setText(self.tr("已超出 {m}").format(m=money_text(-lg.tax_headroom_fen)))
            self.tax_headroom.setStyleSheet(f"color: {ERROR_COLOR}; font-weight: bold;")
        self.tax_warning.setText(lg.tax_warning or "")
        self.tax_warning.setVisible(lg.tax_warning is not None)

        fill_table(
            self.uses_table,
            [
                (f"{u.code} {u.label}", money_text(u.amount_fen), money_text(u.front_line_fen))
                for u in lg.by_use
            ],
            [u.code for u in lg.by_use],
        )
        fill_table(
            self.spend_table,
            [
                (
                    s.spent_on.isoformat(),
                    code_label(s.use_label),
                    s.description,
                    money_text(s.amount_fen),
                    money_text(s.front_line_fen),
                    s.notes,
                )
                for s in self.data.spends
            ],
            [s.id for s in self.data.spends],
        )
        # The use's name is long: the 摘要 says what the spending was; the full use in a tooltip.
        self.spend_table.setColumnWidth(1, min(self.spend_table.columnWidth(1), USE_WIDTH))
        for r, spend in enumerate(self.data.spends):
            cell(self.spend_table, r, 1).setToolTip(f"{spend.use_code} {code_label(spend.use_label)}")
        for table, columns in ((self.uses_table, (1, 2)), (self.spend_table, (3, 4))):
            for r in range(table.rowCount()):
                for c in columns:
                    cell(table, r, c).setTextAlignment(RIGHT)

    def _year_chosen(self) -> None:
        year = self.year_combo.currentData()
        if isinstance(year, int) and year != self.data.year:
            self.show_year(year)

    def show_year(self, year: int) -> None:
        self.wanted_year = year
        self.refresh()

    def _update_buttons(self) -> None:
        has_year = self.ledger() is not None
        has_spend = self.current_spend() is not None
        self.edit_year_button.setEnabled(has_year)
        self.add_spend_button.setEnabled(has_year)
        self.edit_spend_button.setEnabled(has_spend)
        self.delete_spend_button.setEnabled(has_spend)

    def current_spend(self) -> SpendRow | None:
        wanted = row_key(self.spend_table)
        return next((s for s in self.data.spends if s.id == wanted), None)

    # --- actions -------------------------------------------------------------------------

    def add_year(self) -> None:
        from qiuxue_desktop.views.dialogs.fund_dialogs import FundYearDialog

        years = [lg.year for lg in self.data.ledgers]
        dialog = FundYearDialog(self._ctx, None, years, self)
        dialog.saved.connect(lambda _id: self.show_year(dialog.year_spin.value()))
        open_dialog(dialog)

    def edit_year(self) -> None:
        ledger = self.ledger()
        if ledger is None:
            return
        from qiuxue_desktop.views.dialogs.fund_dialogs import FundYearDialog

        years = [lg.year for lg in self.data.ledgers]
        open_dialog(FundYearDialog(self._ctx, ledger, years, self))

    def add_spend(self) -> None:
        if self.data.year is None:
            return
        from qiuxue_desktop.views.dialogs.fund_dialogs import SpendDialog

        open_dialog(SpendDialog(self._ctx, self.data.year, None, self))

    def edit_spend(self) -> None:
        spend = self.current_spend()
        if spend is None or not self.editable or self.data.year is None:
            return
        from qiuxue_desktop.views.dialogs.fund_dialogs import SpendDialog

        open_dialog(SpendDialog(self._ctx, self.data.year, spend, self))

    def delete_spend(self) -> None:
        spend = self.current_spend()
        if spend is None:
            return
        from qiuxue_desktop.services.funds import delete_training_spend

        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("确认删除"),
            self.tr("删除 {day} 的培训支出“{what}”（{amount}）？").format(
                day=spend.spent_on.isoformat(), what=spend.description, amount=money_text(spend.amount_fen)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("confirmDelete")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("删除"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("取消"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        db = self._ctx.database

        def work() -> None:
            with db.write() as session:
                delete_training_spend(session, spend.id, expected_version=spend.version)

        def answered(result: int) -> None:
            if result == QMessageBox.StandardButton.Yes:
                self._ctx.runner.db(work, on_done=lambda _r: self._ctx.signals.changed.emit(FUNDS))

        box.finished.connect(answered)
        box.open()
