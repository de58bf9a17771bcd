"""The staff-education fund ledger to the 分: set-aside, spending from paid claims and by hand,
repayments, corrections, carry-forward over three years, the 60% front-line warning, the 8%
tax headroom; the schemes' budgets; and what is refused."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from tests.unit.fund_samples import Person, claim, person, programme_id, scheme

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain import ClaimLine, Repayment
from qiuxue_desktop.domain.claims import DRAFT, POSTING, SUBMITTED, VOID
from qiuxue_desktop.domain.permissions import Principal
from qiuxue_desktop.errors import InputRejected, NotPermitted, StaleRecord
from qiuxue_desktop.services.accounts import add_user
from qiuxue_desktop.services.funds import (
    FundRejected,
    add_training_spend,
    delete_training_spend,
    fund_ledger,
    fund_ledgers,
    fund_years,
    save_fund_year,
    scheme_budgets,
    set_scheme_budget,
    training_spends,
    update_training_spend,
)
from qiuxue_desktop.services.guards import start_correction

PAYROLL_2025 = 1_234_567_890  # ¥12,345,678.90
PAYROLL_2026 = 1_234_567_860  # × 2.5% = 30,864,196.5 分: half up gives …197 (banker's would give …196)


def _people(db: Database, enterprise_id: int) -> tuple[Person, Person]:
    with db.write() as s:
        pid = programme_id(s, enterprise_id)
        front = person(s, enterprise_id, 1, pid, front_line=True)
        office = person(s, enterprise_id, 2, pid, front_line=False, leave=dt.date(2026, 3, 1))
    return front, office


def _three_years(db: Database, enterprise_id: int) -> None:
    """2025–2027 as the worked example: see each test for the figures."""
    a, b = _people(db, enterprise_id)
    with db.write() as s:
        save_fund_year(s, 2025, PAYROLL_2025, 250, opening_fen=5_000_000, notes="首年")
        save_fund_year(s, 2026, PAYROLL_2026, 250)
        save_fund_year(s, 2027, 100_000_000, 800)
        fund = scheme(s, "企业学费报销", "edu_fund", funder="本企业", service_months=24)
        union = scheme(s, "市总工会入学补助", "union")
        # 2025: ¥12,000 for the front-line learner (plus a union line and her own share), ¥8,000
        # for the office worker; a claim in posting, a draft and a 2026 payment do not count.
        original = claim(
            s, a, [(fund, 1_200_000), (union, 150_000), (None, 50_000)], paid_on=dt.date(2025, 10, 8)
        )
        b_2025 = claim(s, b, [(fund, 800_000)], paid_on=dt.date(2025, 12, 31))
        claim(s, a, [(fund, 999_900)], state=POSTING, budget_year=2025)
        claim(s, b, [(fund, 777_700)], state=DRAFT, budget_year=2025)
        add_training_spend(
            s, spent_on=dt.date(2025, 5, 20), use_code="03", description="焊工技能等级培训",
            amount_fen=10_000_000, front_line_fen=5_000_000,
        )  # fmt: skip
        add_training_spend(
            s, spent_on=dt.date(2025, 7, 1), use_code="08", description="购置实训设备", amount_fen=3_000_000
        )
        # 2026: ¥20,000 and ¥10,000 paid, ¥3,000 of 2025's money repaid by the office worker, ¥10,000 by hand.
        claim(s, a, [(fund, 2_000_000)], paid_on=dt.date(2026, 1, 1))
        claim(s, b, [(fund, 1_000_000)], paid_on=dt.date(2026, 2, 1))
        line_id = s.scalar(select(ClaimLine.id).where(ClaimLine.claim_id == b_2025.id))
        s.add(
            Repayment(
                claim_line_id=line_id, received_on=dt.date(2026, 4, 1), amount_fen=300_000, method="cash"
            )
        )
        add_training_spend(
            s, spent_on=dt.date(2026, 6, 1), use_code="01", description="新员工上岗培训",
            amount_fen=1_000_000, front_line_fen=1_000_000,
        )  # fmt: skip
        # 2027: the 2025 claim corrected (¥12,000 → ¥15,000) and paid again; ¥90,000 by hand.
        correction = claim(
            s, a, [(fund, 1_500_000), (union, 150_000)], paid_on=dt.date(2027, 3, 1), corrects=original
        )
        start_correction(s, original, "报销比例录错")
        original.superseded_by_id = correction.id
        add_training_spend(
            s, spent_on=dt.date(2027, 8, 8), use_code="11", description="班组长轮训",
            amount_fen=9_000_000, front_line_fen=9_000_000,
        )  # fmt: skip


def test_the_ledger_of_the_first_year_to_the_fen(db: Database, enterprise_id: int) -> None:
    _three_years(db, enterprise_id)
    with db.read() as s:
        y = fund_ledger(s, 2025)
    assert (y.payroll_fen, y.rate_bp, y.is_first_year) == (PAYROLL_2025, 250, True)
    assert y.set_aside_fen == 30_864_197  # ¥12,345,678.90 × 2.5% = ¥308,641.9725
    assert y.carried_in_fen == y.opening_fen == 5_000_000
    # paid 职工教育经费 lines only: not the union line, the own share, the claim in posting or the draft
    assert (y.claims_paid_fen, y.claims_repaid_fen, y.claims_spent_fen) == (2_000_000, 0, 2_000_000)
    assert (y.other_spent_fen, y.spent_fen) == (13_000_000, 15_000_000)
    assert y.closing_fen == 5_000_000 + 30_864_197 - 15_000_000 == 20_864_197
    assert y.front_line_spent_fen == 1_200_000 + 5_000_000
    assert y.front_line_share_bp == 4133  # 6,200,000 ÷ 15,000,000
    assert y.front_line_warning is not None
    assert "41.33%" in y.front_line_warning and "60.00%" in y.front_line_warning
    assert y.tax_limit_fen == 98_765_431  # 8% of the payroll, ¥987,654.312
    assert (y.tax_headroom_fen, y.tax_warning) == (98_765_431 - 15_000_000, None)
    uses = {u.code: (u.amount_fen, u.front_line_fen) for u in y.by_use}
    assert len(y.by_use) == 11 and y.by_use[0].code == "01"
    assert uses["03"] == (10_000_000, 5_000_000) and uses["08"] == (3_000_000, 0) and uses["01"] == (0, 0)
    assert y.by_use[2].label == "岗位培训、职业技术等级培训、高技能人才培训"


def test_three_years_carry_forward_with_repayments_and_a_correction(db: Database, enterprise_id: int) -> None:
    _three_years(db, enterprise_id)
    with db.read() as s:
        y25, y26, y27 = fund_ledgers(s)
        assert fund_years(s) == [2025, 2026, 2027]
    # 2026: half a 分 rounds up; ¥3,000 repaid on a 2025 line lowers 2026's claim spending.
    assert y26.set_aside_fen == 30_864_197
    assert y26.carried_in_fen == y25.closing_fen == 20_864_197
    assert (y26.claims_paid_fen, y26.claims_repaid_fen, y26.claims_spent_fen) == (
        3_000_000,
        300_000,
        2_700_000,
    )
    assert (y26.other_spent_fen, y26.spent_fen) == (1_000_000, 3_700_000)
    assert y26.closing_fen == 20_864_197 + 30_864_197 - 3_700_000 == 48_028_394
    assert (y26.front_line_spent_fen, y26.front_line_share_bp, y26.front_line_warning) == (
        3_000_000,
        8108,
        None,
    )
    assert not y26.is_first_year
    # 2027: the correction counts only its difference (¥3,000 more); 2025 keeps what it paid.
    assert y27.carried_in_fen == y26.closing_fen
    assert y27.set_aside_fen == 8_000_000
    assert (y27.claims_paid_fen, y27.other_spent_fen, y27.spent_fen) == (300_000, 9_000_000, 9_300_000)
    assert y27.closing_fen == 48_028_394 + 8_000_000 - 9_300_000 == 46_728_394
    assert y25.claims_paid_fen == 2_000_000
    assert (y27.front_line_share_bp, y27.front_line_warning) == (10_000, None)
    # 8% of ¥1,000,000 is ¥80,000; ¥93,000 was spent.
    assert (y27.tax_limit_fen, y27.tax_headroom_fen) == (8_000_000, -1_300_000)
    assert y27.tax_warning is not None
    assert "超出税前扣除限额" in y27.tax_warning and "¥13,000.00" in y27.tax_warning
    assert y27.tax_warning.endswith("可结转以后年度扣除。")


def test_a_year_without_spending_has_no_share_and_no_warning(db: Database) -> None:
    with db.write() as s:
        save_fund_year(s, 2026, 20, 250, opening_fen=-1_000)  # ¥0.20 × 2.5% = 0.5 分 → 1 分
    with db.read() as s:
        y = fund_ledger(s, 2026)
        with pytest.raises(InputRejected, match="2027年还没有经费台账"):
            fund_ledger(s, 2027)
    assert (y.set_aside_fen, y.carried_in_fen, y.spent_fen, y.closing_fen) == (1, -1_000, 0, -999)
    assert (y.front_line_share_bp, y.front_line_warning, y.tax_warning) == (None, None, None)


def test_ledger_years_are_checked(db: Database) -> None:
    with db.write() as s:
        save_fund_year(s, 2025, 100_000_000, 150, opening_fen=200_000)
    cases = [
        (dict(year=2026, payroll_fen=1, rate_bp=149), "提取比例应在1.50%到8.00%之间，1.49%不在此范围内"),
        (dict(year=2026, payroll_fen=1, rate_bp=801), "提取比例应在1.50%到8.00%之间"),
        (dict(year=2026, payroll_fen=-1, rate_bp=250), "工资总额不能为负数"),
        (dict(year=2027, payroll_fen=1, rate_bp=250), "只能增加2024年或2026年"),
        (dict(year=2026, payroll_fen=1, rate_bp=250, opening_fen=5), "只有第一年（2025年）可以填写期初余额"),
        (dict(year=2024, payroll_fen=1, rate_bp=250), "请先把2025年的期初余额改为0"),
    ]
    for kwargs, message in cases:
        with db.write() as s, pytest.raises(FundRejected, match=message):
            save_fund_year(s, **kwargs)  # type: ignore[arg-type]
    with db.write() as s:
        fid = save_fund_year(s, 2025, 100_000_000, 800, opening_fen=0, expected_version=1)
        assert save_fund_year(s, 2024, 90_000_000, 150, opening_fen=300_000) != fid
        with pytest.raises(StaleRecord):
            save_fund_year(s, 2025, 100_000_000, 800, expected_version=1)
    with db.read() as s:
        y24, y25 = fund_ledgers(s)
    assert (y24.carried_in_fen, y24.set_aside_fen, y25.rate_bp) == (300_000, 1_350_000, 800)
    assert y25.carried_in_fen == 1_650_000  # 2025's own opening no longer counts


def test_hand_entered_spending_is_checked_edited_and_deleted(db: Database) -> None:
    with db.write() as s:
        save_fund_year(s, 2026, 100_000_000, 250)
        sid = add_training_spend(
            s,
            spent_on=dt.date(2026, 3, 1),
            use_code="05",
            description="  特种作业  复审 ",
            amount_fen=120_050,
        )
    with db.write() as s, pytest.raises(FundRejected) as refused:
        add_training_spend(
            s, spent_on=dt.date(2027, 1, 5), use_code="12", description=" ", amount_fen=0, front_line_fen=-1
        )
    assert set(refused.value.problems) == {
        "spent_on",
        "use_code",
        "description",
        "amount_fen",
        "front_line_fen",
    }
    assert "2027年还没有经费台账" in refused.value.message
    with (
        db.write() as s,
        pytest.raises(FundRejected, match=r"用于一线职工的金额¥1,200.51不能超过支出金额¥1,200.50"),
    ):
        update_training_spend(
            s, sid, expected_version=1, spent_on=dt.date(2026, 3, 1), use_code="05",
            description="特种作业复审", amount_fen=120_050, front_line_fen=120_051,
        )  # fmt: skip
    with db.write() as s:
        update_training_spend(
            s, sid, expected_version=1, spent_on=dt.date(2026, 4, 1), use_code="07",
            description="电工证复审", amount_fen=130_000, front_line_fen=130_000,
        )  # fmt: skip
    with db.read() as s:
        (row,) = training_spends(s, 2026)
        assert training_spends(s, 2025) == []
        assert fund_ledger(s, 2026).other_spent_fen == 130_000
    assert (row.description, row.use_label, row.amount_fen, row.front_line_fen, row.version) == (
        "电工证复审", "职业技能鉴定、职业资格认证等经费支出", 130_000, 130_000, 2,
    )  # fmt: skip
    with db.write() as s, pytest.raises(StaleRecord):
        delete_training_spend(s, sid, expected_version=1)
    with db.write() as s:
        delete_training_spend(s, sid, expected_version=2)
    with db.read() as s:
        assert training_spends(s, 2026) == [] and fund_ledger(s, 2026).spent_fen == 0


def test_scheme_budgets_show_reserved_paid_and_what_remains(db: Database, enterprise_id: int) -> None:
    a, b = _people(db, enterprise_id)
    with db.write() as s:
        union = scheme(s, "市总工会入学补助", "union", funder="某市总工会")
        other = scheme(s, "省总工会毕业补助", "union", funder="某省总工会")
        retired = scheme(s, "旧项目", "gov")
        retired.active = False
        set_scheme_budget(s, union.id, 2026, 10_000_000)
        set_scheme_budget(s, other.id, 2025, 5_000_000)
        claim(s, a, [(union, 150_000), (None, 10_000)], paid_on=dt.date(2026, 3, 1))
        claim(s, b, [(union, 100_000)], state=SUBMITTED, budget_year=2026)
        claim(s, b, [(union, 50_000)], state=DRAFT, budget_year=2026)
        claim(s, b, [(union, 70_000)], state=VOID, budget_year=2026)
        claim(s, b, [(union, 80_000)], paid_on=dt.date(2025, 12, 1))  # budget year 2025
        # a paid claim superseded by its paid correction: only the correction counts
        first = claim(s, a, [(union, 200_000)], paid_on=dt.date(2026, 4, 1))
        fixed = claim(s, a, [(union, 250_000)], paid_on=dt.date(2026, 5, 1), corrects=first)
        start_correction(s, first, "金额录错")
        first.superseded_by_id = fixed.id
        # a paid claim whose correction is under way: the correction's reservation replaces it
        second = claim(s, b, [(union, 100_000)], paid_on=dt.date(2026, 4, 2))
        claim(s, b, [(union, 120_000)], state=SUBMITTED, budget_year=2026, corrects=second)
    with db.read() as s:
        rows = {r.scheme_name: r for r in scheme_budgets(s, 2026)}
    assert set(rows) == {"市总工会入学补助", "省总工会毕业补助"}  # the inactive scheme is left out
    r = rows["市总工会入学补助"]
    assert (r.funder, r.source_label, r.budget_fen) == ("某市总工会", "工会补助", 10_000_000)
    assert (r.paid_fen, r.reserved_fen) == (150_000 + 250_000, 100_000 + 120_000)
    assert r.remaining_fen == 10_000_000 - 620_000
    o = rows["省总工会毕业补助"]
    assert (o.budget_fen, o.reserved_fen, o.paid_fen, o.remaining_fen) == (None, 0, 0, None)
    with db.write() as s:
        set_scheme_budget(s, union.id, 2026, 500_000)
        set_scheme_budget(s, other.id, 2025, None)
        with pytest.raises(InputRejected, match="预算不能为负数"):
            set_scheme_budget(s, union.id, 2026, -1)
    with db.read() as s:
        assert {r.scheme_name: r.remaining_fen for r in scheme_budgets(s, 2026)}[
            "市总工会入学补助"
        ] == -120_000
        assert {r.scheme_name: r.budget_fen for r in scheme_budgets(s, 2025)}["省总工会毕业补助"] is None


def test_only_the_fund_managers_edit_the_ledger(db: Database, enterprise_id: int) -> None:
    with db.write() as s:
        for role in ("admin", "coordinator", "finance"):
            add_user(
                s,
                username=role,
                display_name=role,
                role=role,
                password="Correct-horse-9",
                must_change_password=False,
            )
    db.principal = Principal("coordinator", "coordinator", "coordinator")
    with db.write() as s, pytest.raises(NotPermitted):
        save_fund_year(s, 2026, 100, 250)
    with db.read() as s:
        assert fund_years(s) == []  # reading is allowed
    db.principal = Principal("finance", "finance", "finance")
    with db.write() as s:
        save_fund_year(s, 2026, 100, 250)
    with db.read() as s:
        assert fund_years(s) == [2026]
