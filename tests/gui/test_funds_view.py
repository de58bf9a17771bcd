"""经费台账 in the window: a scheme set up in the editor as a coordinator would (its rule read
back in words), contradictory ones refused beside their fields with nothing saved, the order
changed, a scheme that claims use kept with the reason; a ledger year and its spending entered
through the dialogs with the 60% indicator and the 8% headroom following; a repayment recorded
on the clawback list; a viewer without any edit button."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from tests.gui.conftest import open_window, type_text, wait_idle
from tests.gui.study_support import find_window
from tests.unit.claim_samples import CITY, ENTERPRISE, FUJIAN
from tests.unit.fund_samples import Person, claim, person, programme_id

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain import Repayment, Scheme
from qiuxue_desktop.domain.claims import DRAFT, SUBMITTED
from qiuxue_desktop.services.schemes import save_scheme
from qiuxue_desktop.views.dialogs.fund_dialogs import (
    BudgetDialog,
    FundYearDialog,
    RepaymentDialog,
    SpendDialog,
)
from qiuxue_desktop.views.dialogs.scheme_dialog import SchemeDialog
from qiuxue_desktop.views.funds.common import GOOD_COLOR
from qiuxue_desktop.views.funds_view import FundsView
from qiuxue_desktop.views.main_window import MainWindow
from qiuxue_desktop.views.study_common import row_key
from qiuxue_desktop.views.style import ERROR_COLOR


@dataclass(frozen=True)
class Office:
    front: Person  # a front-line learner, still working
    leaver: Person  # left on 2025-03-01


@pytest.fixture
def office(db: Database, enterprise_id: int) -> Office:
    with db.write() as s:
        pid = programme_id(s, enterprise_id)
        front = person(s, enterprise_id, 1, pid, front_line=True)
        leaver = person(s, enterprise_id, 2, pid, front_line=True, leave=dt.date(2025, 3, 1))
    return Office(front, leaver)


def funds_of(qtbot: QtBot, window: MainWindow) -> FundsView:
    window.show_area("funds")
    page = window.pages["funds"]
    assert isinstance(page, FundsView)
    wait_idle(qtbot, window)
    return page


def texts(table: object, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]  # type: ignore[attr-defined]


def scheme_count(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Scheme)) or 0)


def save_and_wait(qtbot: QtBot, window: MainWindow, dialog: object) -> None:
    """Save, and wait for the answer (the dialog stays open when refused)."""
    dialog.buttons.accepted.emit()  # type: ignore[attr-defined]
    wait_idle(qtbot, window)


def save_and_close(qtbot: QtBot, window: MainWindow, dialog: object) -> None:
    """Save, and wait until the dialog closed after the commit and the view read again."""
    with qtbot.waitSignal(dialog.finished, timeout=10_000):  # type: ignore[attr-defined]
        dialog.buttons.accepted.emit()  # type: ignore[attr-defined]
    wait_idle(qtbot, window)


def test_a_scheme_set_up_in_the_editor_and_contradictory_ones_refused(
    qtbot: QtBot, db: Database, db_path: Path, office: Office
) -> None:
    window = open_window(qtbot, db_path)
    page = funds_of(qtbot, window).schemes
    assert page.table.rowCount() == 0 and "还没有资助项目" in page.detail.text()

    # Fujian's ¥1,000 a school year, at most ¥3,000, for union members.
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = find_window(SchemeDialog, "schemeDialog")
    type_text(dialog.name_edit, "福建省求学圆梦助学金")
    type_text(dialog.funder_edit, "福建省总工会")
    dialog.source_combo.setCurrentIndex(dialog.source_combo.findData("union"))
    dialog.trigger_combo.setCurrentIndex(dialog.trigger_combo.findData("year"))
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("fixed"))
    assert dialog.amount_edit.isVisibleTo(dialog) and not dialog.percent_edit.isVisibleTo(dialog)
    assert not dialog.level_table.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.amount_edit, "1,000")
    qtbot.keyClicks(dialog.cap_edits["cap_life_fen"], "3000")
    dialog.union_check.setChecked(True)
    assert not dialog.service_spin.isEnabled()  # union money has no service period
    assert (
        dialog.summary.text()
        == "每学年定额 ¥1,000.00，每人累计不超过 ¥3,000.00，须为工会会员，公示 7 天后发放。"
    )
    save_and_close(qtbot, window, dialog)
    with db.read() as s:
        saved = s.scalars(select(Scheme)).one()
        assert (saved.amount_fen, saved.cap_life_fen, saved.percent_bp) == (100_000, 300_000, None)
        assert saved.require_union_member and saved.service_months is None and saved.posting_days == 7
    assert texts(page.table, 1) == ["福建省求学圆梦助学金"]
    assert "每学年定额 ¥1,000.00" in page.detail.text()

    # The enterprise's 60% for 24 months' service: the percentage typed as it is said.
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = find_window(SchemeDialog, "schemeDialog")
    type_text(dialog.name_edit, "企业学历提升报销")
    type_text(dialog.funder_edit, "本企业")
    dialog.source_combo.setCurrentIndex(dialog.source_combo.findData("edu_fund"))
    dialog.trigger_combo.setCurrentIndex(dialog.trigger_combo.findData("term"))
    qtbot.keyClicks(dialog.percent_edit, "62.505")
    assert dialog.rule_grid.message("percent_bp") == "百分比最多只能有两位小数：62.505"  # as typed
    qtbot.keyClick(dialog.percent_edit, Qt.Key.Key_Backspace)
    assert dialog.rule_grid.message("percent_bp") == ""
    qtbot.keyClicks(dialog.cap_edits["cap_life_fen"], "15000")
    assert dialog.service_spin.isEnabled()
    dialog.service_spin.setValue(24)
    assert "按学费的 62.5% 资助" in dialog.summary.text() and "须服务满 24 个月" in dialog.summary.text()
    save_and_close(qtbot, window, dialog)
    with db.read() as s:
        fund = s.scalars(select(Scheme).where(Scheme.name == "企业学历提升报销")).one()
        assert (fund.percent_bp, fund.cap_life_fen, fund.service_months, fund.position) == (
            6250,
            1_500_000,
            24,
            2,
        )

    # A fixed sum larger than its own per-claim cap: refused beside the field, nothing saved.
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = find_window(SchemeDialog, "schemeDialog")
    type_text(dialog.name_edit, "区总工会补助")
    type_text(dialog.funder_edit, "区总工会")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("fixed"))
    qtbot.keyClicks(dialog.amount_edit, "2000")
    qtbot.keyClicks(dialog.cap_edits["cap_claim_fen"], "1500")
    save_and_wait(qtbot, window, dialog)
    assert dialog.isVisible()
    assert "固定金额 ¥2,000.00 超过了每次上限 ¥1,500.00" in dialog.rule_grid.message("amount_fen")
    assert scheme_count(db) == 2

    # Grade tiers where a higher score pays less.
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("grade_tiers"))
    assert dialog.tier_table.isVisibleTo(dialog) and not dialog.amount_edit.isVisibleTo(dialog)
    dialog.tier_table.table.item(0, 0).setText("60")
    dialog.tier_table.table.item(0, 1).setText("80")
    dialog.tier_table.add_tier("80", "50")
    save_and_wait(qtbot, window, dialog)
    assert "成绩越高，比例不能越低" in dialog.rule_grid.message("table")
    assert dialog.rule_grid.message("amount_fen") == ""
    assert scheme_count(db) == 2

    # A name already taken: the service's refusal, beside the name.
    dialog.tier_table.table.item(1, 1).setText("90")
    dialog.name_edit.clear()
    type_text(dialog.name_edit, "福建省求学圆梦助学金")
    assert dialog.rule_grid.message("table") == ""
    save_and_wait(qtbot, window, dialog)
    assert dialog.isVisible() and "已有名为“福建省求学圆梦助学金”的资助项目" in dialog.rule_grid.message(
        "name"
    )
    assert scheme_count(db) == 2
    dialog.reject()


def test_schemes_are_reordered_and_one_in_use_is_kept(
    qtbot: QtBot, db: Database, db_path: Path, office: Office
) -> None:
    with db.write() as s:
        ids = {values["name"]: save_scheme(s, values) for values in (FUJIAN, CITY, ENTERPRISE)}
        fujian = s.get(Scheme, ids[FUJIAN["name"]])
        assert fujian is not None
        claim(s, office.front, [(fujian, 100_000), (None, 200_000)], paid_on=dt.date(2026, 3, 1))
    window = open_window(qtbot, db_path)
    page = funds_of(qtbot, window).schemes
    assert texts(page.table, 1) == [FUJIAN["name"], CITY["name"], ENTERPRISE["name"]]
    assert texts(page.table, 7) == ["¥1,000.00", "¥0.00", "¥0.00"]  # what the paid claim holds
    assert not page.up_button.isEnabled()

    qtbot.mouseClick(page.down_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert texts(page.table, 1) == [CITY["name"], FUJIAN["name"], ENTERPRISE["name"]]
    assert row_key(page.table) == ids[FUJIAN["name"]]  # the moved scheme stays selected
    with db.read() as s:
        order = list(s.scalars(select(Scheme.name).order_by(Scheme.position)))
    assert order == [CITY["name"], FUJIAN["name"], ENTERPRISE["name"]]
    qtbot.mouseClick(page.down_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert texts(page.table, 1) == [CITY["name"], ENTERPRISE["name"], FUJIAN["name"]]
    assert texts(page.table, 0) == ["1", "2", "3"] and not page.down_button.isEnabled()

    # Deleting the scheme a claim draws on is refused with the service's sentence.
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    find_window(QMessageBox, "confirmDelete").button(QMessageBox.StandardButton.Yes).click()
    wait_idle(qtbot, window)
    refusal = find_window(QMessageBox, "messageBox")
    assert f"“{FUJIAN['name']}”已有报销申请使用，不能删除" in refusal.text()
    refusal.accept()
    assert scheme_count(db) == 3

    # One no claim uses goes.
    page.table.selectRow(0)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    find_window(QMessageBox, "confirmDelete").button(QMessageBox.StandardButton.Yes).click()
    wait_idle(qtbot, window)
    assert texts(page.table, 1) == [ENTERPRISE["name"], FUJIAN["name"]]


def test_the_ledger_with_its_front_line_indicator_and_tax_headroom(
    qtbot: QtBot, db: Database, db_path: Path, office: Office
) -> None:
    with db.write() as s:
        fund = s.get(Scheme, save_scheme(s, ENTERPRISE))
        claim(s, office.front, [(fund, 1_200_000)], paid_on=dt.date(2026, 3, 1))  # ¥12,000, front line
    window = open_window(qtbot, db_path)
    view = funds_of(qtbot, window)
    view.tabs.setCurrentWidget(view.ledger)
    wait_idle(qtbot, window)
    page = view.ledger
    assert page.empty_label.isVisibleTo(page) and not page.figures.isVisibleTo(page)

    qtbot.mouseClick(page.add_year_button, Qt.MouseButton.LeftButton)
    dialog = find_window(FundYearDialog, "fundYearDialog")
    dialog.year_spin.setValue(2026)
    qtbot.keyClicks(dialog.payroll_edit, "1,000,000")
    dialog.rate_edit.clear()
    qtbot.keyClicks(dialog.rate_edit, "9")
    save_and_wait(qtbot, window, dialog)
    assert "提取比例应在1.50%到8.00%之间" in dialog.grid.message("rate_bp")  # the service's refusal
    dialog.rate_edit.clear()
    qtbot.keyClicks(dialog.rate_edit, "2.5")
    qtbot.keyClicks(dialog.opening_edit, "5000")
    save_and_close(qtbot, window, dialog)
    v = page.values
    assert [v[k].text() for k in ("payroll", "rate", "set_aside", "carried_in", "claims")] == [
        "¥1,000,000.00",
        "2.50%",
        "¥25,000.00",
        "¥5,000.00",
        "¥12,000.00",
    ]
    assert page.captions["carried_in"].text() == "期初余额（第一年）"
    assert page.share_label.text() == "● 100.00%  达标" and not page.share_warning.isVisibleTo(page)
    assert GOOD_COLOR in page.share_label.styleSheet()
    assert page.tax_limit.text() == "¥80,000.00" and page.tax_headroom.text() == "¥68,000.00"

    # Welding safety training for office staff: the front-line share falls below 60%.
    qtbot.mouseClick(page.add_spend_button, Qt.MouseButton.LeftButton)
    spend = find_window(SpendDialog, "spendDialog")
    spend.date_edit.setDate(dt.date(2026, 5, 20))
    spend.use_combo.setCurrentIndex(spend.use_combo.findData("05"))
    type_text(spend.description_edit, "特种作业复审培训")
    qtbot.keyClicks(spend.amount_edit, "60,000")
    save_and_close(qtbot, window, spend)
    assert v["other"].text() == "¥60,000.00" and v["spent"].text() == "¥72,000.00"
    assert page.share_label.text() == "● 16.67%  低于 60%" and ERROR_COLOR in page.share_label.styleSheet()
    assert "低于不少于60.00%的要求" in page.share_warning.text() and page.share_warning.isVisibleTo(page)
    assert page.tax_headroom.text() == "¥8,000.00" and not page.tax_warning.isVisibleTo(page)
    assert texts(page.uses_table, 1)[4] == "¥60,000.00"  # use 05

    # More than 8% of payroll: the headroom turns into the excess, with its warning.
    qtbot.mouseClick(page.add_spend_button, Qt.MouseButton.LeftButton)
    spend = find_window(SpendDialog, "spendDialog")
    spend.date_edit.setDate(dt.date(2026, 6, 1))
    type_text(spend.description_edit, "新员工上岗培训")
    qtbot.keyClicks(spend.amount_edit, "20000")
    qtbot.keyClicks(spend.front_edit, "30000")
    save_and_wait(qtbot, window, spend)
    assert "不能超过支出金额" in spend.grid.message("front_line_fen") and spend.isVisible()
    spend.front_edit.clear()
    qtbot.keyClicks(spend.front_edit, "20000")
    save_and_close(qtbot, window, spend)
    assert v["spent"].text() == "¥92,000.00" and v["closing"].text() == "-¥62,000.00"
    assert page.share_label.text() == "● 34.78%  低于 60%"
    assert page.tax_headroom.text() == "已超出 ¥12,000.00"
    assert "超出税前扣除限额" in page.tax_warning.text() and page.tax_warning.isVisibleTo(page)

    # The first entry was front-line training after all: the indicator turns green.
    page.spend_table.selectRow(0)
    qtbot.mouseClick(page.edit_spend_button, Qt.MouseButton.LeftButton)
    spend = find_window(SpendDialog, "spendDialog")
    assert spend.amount_edit.text() == "60000"
    qtbot.keyClicks(spend.front_edit, "60000")
    save_and_close(qtbot, window, spend)
    assert page.share_label.text() == "● 100.00%  达标" and not page.share_warning.isVisibleTo(page)
    assert texts(page.spend_table, 4) == ["¥60,000.00", "¥20,000.00"]

    # The second entry deleted: the figures follow.
    page.spend_table.selectRow(1)
    qtbot.mouseClick(page.delete_spend_button, Qt.MouseButton.LeftButton)
    find_window(QMessageBox, "confirmDelete").button(QMessageBox.StandardButton.Yes).click()
    wait_idle(qtbot, window)
    assert texts(page.spend_table, 2) == ["特种作业复审培训"]
    assert v["spent"].text() == "¥72,000.00" and page.tax_headroom.text() == "¥8,000.00"


def test_a_budget_set_for_a_scheme_shows_what_remains(
    qtbot: QtBot, db: Database, db_path: Path, office: Office
) -> None:
    with db.write() as s:
        fujian = s.get(Scheme, save_scheme(s, FUJIAN))
        claim(s, office.front, [(fujian, 100_000)], paid_on=dt.date(2026, 3, 1))
        claim(s, office.front, [(fujian, 100_000)], state=SUBMITTED, budget_year=2026)
        claim(s, office.front, [(fujian, 77_700)], state=DRAFT, budget_year=2026)  # holds nothing
    window = open_window(qtbot, db_path)
    view = funds_of(qtbot, window)
    view.tabs.setCurrentWidget(view.budgets)
    page = view.budgets
    page.year_spin.setValue(2026)
    wait_idle(qtbot, window)
    assert [page.table.item(0, c).text() for c in range(3, 7)] == ["—", "¥1,000.00", "¥1,000.00", "—"]
    page.table.selectRow(0)
    qtbot.mouseClick(page.set_button, Qt.MouseButton.LeftButton)
    dialog = find_window(BudgetDialog, "budgetDialog")
    qtbot.keyClicks(dialog.amount_edit, "1500")
    save_and_close(qtbot, window, dialog)
    assert [page.table.item(0, c).text() for c in range(3, 7)] == [
        "¥1,500.00",
        "¥1,000.00",
        "¥1,000.00",
        "-¥500.00",
    ]
    assert page.table.item(0, 6).toolTip() == "已超出预算"
    page.year_spin.setValue(2027)
    wait_idle(qtbot, window)
    assert page.table.item(0, 3).text() == "—"


def test_a_repayment_recorded_on_the_clawback_list(
    qtbot: QtBot, db: Database, db_path: Path, office: Office
) -> None:
    with db.write() as s:
        fund = s.get(Scheme, save_scheme(s, {**ENTERPRISE, "percent_bp": 6000}))
        union = s.get(Scheme, save_scheme(s, CITY))
        # ¥6,000 of the employer's money paid 2024-03-01 for 24 months; she left 2025-03-01:
        # 365 of 730 days unserved, ¥3,000 repayable; the union's ¥1,500 is not.
        claim(
            s,
            office.leaver,
            [(union, 150_000), (fund, 600_000), (None, 250_000)],
            paid_on=dt.date(2024, 3, 1),
        )
    window = open_window(qtbot, db_path)
    view = funds_of(qtbot, window)
    view.tabs.setCurrentWidget(view.clawback)
    wait_idle(qtbot, window)
    page = view.clawback
    assert "劳动合同法" in page.note.text() and page.note.isVisibleTo(page)
    assert page.table.rowCount() == 1
    row = [page.table.item(0, c).text() for c in range(page.table.columnCount())]
    assert row[1:] == [
        "2025-03-01",
        row[2],
        "职工教育经费",
        "¥6,000.00",
        "24 个月（2024-03-01 至 2026-02-28）",
        "365 / 730 天",
        "¥3,000.00",
        "¥0.00",
        "¥3,000.00",
    ]
    page.table.selectRow(0)
    qtbot.mouseClick(page.repay_button, Qt.MouseButton.LeftButton)
    dialog = find_window(RepaymentDialog, "repaymentDialog")
    assert dialog.amount_edit.text() == "3000"
    dialog.amount_edit.clear()
    qtbot.keyClicks(dialog.amount_edit, "3000.01")
    save_and_wait(qtbot, window, dialog)
    assert "不能超过尚欠的 ¥3,000.00" in dialog.grid.message("amount_fen")
    dialog.amount_edit.clear()
    qtbot.keyClicks(dialog.amount_edit, "1,000")
    dialog.method_combo.setCurrentIndex(dialog.method_combo.findData("payroll"))
    qtbot.keyClicks(dialog.reference_edit, "KH2026-017")
    save_and_close(qtbot, window, dialog)
    with db.read() as s:
        paid_back = s.execute(select(Repayment.amount_fen, Repayment.method, Repayment.reference)).one()
    assert tuple(paid_back) == (100_000, "payroll", "KH2026-017")
    assert [page.table.item(0, c).text() for c in (8, 9)] == ["¥1,000.00", "¥2,000.00"]
    assert texts(page.repaid_table, 1) == ["¥1,000.00"] and texts(page.repaid_table, 2) == ["从工资中扣回"]
    assert "尚欠 ¥2,000.00" in page.total_label.text()


def test_a_viewer_sees_the_funds_without_edit_buttons(
    qtbot: QtBot, db: Database, db_path: Path, office: Office
) -> None:
    with db.write() as s:
        save_scheme(s, FUJIAN)
    window = open_window(qtbot, db_path)
    assert window.ctx is not None and window.ctx.principal is not None
    window.ctx.principal = replace(window.ctx.principal, role="viewer")
    view = funds_of(qtbot, window)
    view.load()  # what the window does after a sign-in
    buttons = [
        *view.schemes.edit_buttons,
        *view.ledger.edit_buttons,
        view.budgets.set_button,
        view.clawback.repay_button,
    ]
    assert not any(button.isVisibleTo(view) for button in buttons)
    assert texts(view.schemes.table, 1) == [FUJIAN["name"]]
    view.schemes.table.selectRow(0)
    view.schemes.edit_scheme()  # a double-click: the scheme to look at, not to change
    dialog = find_window(SchemeDialog, "schemeDialog")
    assert not dialog.form.isEnabled()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isVisibleTo(dialog)
    assert dialog.summary.text().startswith("每学年定额 ¥1,000.00")
    dialog.reject()
