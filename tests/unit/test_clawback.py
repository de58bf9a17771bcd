"""Clawback: the employer's share repayable by a learner who left inside the service period,
pro rata by unserved calendar days (leap days as they fall), never more than was paid, union
and government money never; repayments recorded and refused beyond what is owed."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from tests.unit.fund_samples import Person, claim, person, programme_id, scheme

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain import ClaimLine, Scheme
from qiuxue_desktop.domain.claims import POSTING
from qiuxue_desktop.domain.permissions import Principal
from qiuxue_desktop.errors import InputRejected, NotPermitted
from qiuxue_desktop.services.accounts import add_user
from qiuxue_desktop.services.clawback import (
    CLAWBACK_NOTE,
    clawback_rows,
    record_repayment,
    repayable_fen,
    repayments,
)
from qiuxue_desktop.services.guards import start_correction

TODAY = dt.date(2026, 11, 20)


def _line(db: Database, claim_id: int, source_type: str) -> int:
    with db.read() as s:
        line_id = s.scalar(
            select(ClaimLine.id).where(ClaimLine.claim_id == claim_id, ClaimLine.source_type == source_type)
        )
    assert line_id is not None
    return line_id


def _setup(db: Database, enterprise_id: int) -> tuple[dict[str, Scheme], int]:
    with db.write() as s:
        schemes = {
            "fund": scheme(s, "企业学费报销", "edu_fund", funder="本企业", service_months=24),
            "other": scheme(s, "企业人才基金", "employer", funder="本企业", service_months=12),
            "plain": scheme(s, "企业奖励（无服务期）", "employer", funder="本企业"),
            "union": scheme(s, "市总工会入学补助", "union", funder="某市总工会"),
            "gov": scheme(s, "省财政补助", "gov", funder="某省财政厅"),
        }
        pid = programme_id(s, enterprise_id)
    return schemes, pid


def test_the_briefs_example_ten_thousand_over_two_years_left_after_one(
    db: Database, enterprise_id: int
) -> None:
    sc, pid = _setup(db, enterprise_id)
    with db.write() as s:
        who = person(s, enterprise_id, 1, pid, leave=dt.date(2025, 3, 1))
        c = claim(
            s,
            who,
            [(sc["fund"], 1_000_000), (sc["union"], 150_000), (sc["gov"], 100_000), (sc["plain"], 20_000)],
            paid_on=dt.date(2024, 3, 1),
        )
    with db.read() as s:
        (row,) = clawback_rows(s, today=TODAY)  # union, government and no-service-period lines never appear
    assert (row.claim_no, row.source_type, row.funder, row.paid_fen) == (
        c.claim_no,
        "edu_fund",
        "本企业",
        1_000_000,
    )
    assert (row.paid_on, row.service_months, row.service_end, row.leave_date) == (
        dt.date(2024, 3, 1),
        24,
        dt.date(2026, 3, 1),
        dt.date(2025, 3, 1),
    )
    # 2024-03-01 → 2026-03-01 is 365 + 365 days (29 February 2024 lies before the start)
    assert (row.term_days, row.served_days, row.unserved_days) == (730, 365, 365)
    assert (row.repayable_fen, row.repaid_fen, row.owed_fen) == (500_000, 0, 500_000)  # ¥5,000.00
    assert row.days_since_leave == (TODAY - dt.date(2025, 3, 1)).days
    assert row.note == CLAWBACK_NOTE
    assert "劳动合同法》第二十二条" in row.note and "不会自动扣收" in row.note


def test_a_leap_day_inside_the_period_counts_as_a_day(db: Database, enterprise_id: int) -> None:
    sc, pid = _setup(db, enterprise_id)
    with db.write() as s:
        who = person(s, enterprise_id, 1, pid, leave=dt.date(2024, 9, 1))
        claim(s, who, [(sc["fund"], 1_000_000)], paid_on=dt.date(2023, 9, 1))
    with db.read() as s:
        (row,) = clawback_rows(s, today=TODAY)
    # 2023-09-01 → 2025-09-01 holds 29 February 2024: 366 + 365 days; the first year served is the leap one
    assert (row.term_days, row.served_days, row.unserved_days) == (731, 366, 365)
    assert row.repayable_fen == 499_316  # ¥10,000 × 365 ÷ 731 = ¥4,993.16005 → ¥4,993.16


def test_only_a_leave_inside_the_period_counts(db: Database, enterprise_id: int) -> None:
    sc, pid = _setup(db, enterprise_id)
    paid = dt.date(2023, 1, 31)  # + 12 months = 2024-01-31; + 24 months = 2025-01-31
    with db.write() as s:
        on_the_last_day = person(s, enterprise_id, 1, pid, leave=dt.date(2025, 1, 30))
        after = person(s, enterprise_id, 2, pid, leave=dt.date(2025, 1, 31))  # the period is over
        staying = person(s, enterprise_id, 3, pid)
        before = person(s, enterprise_id, 4, pid, leave=dt.date(2023, 1, 30))  # left before being paid
        c1 = claim(s, on_the_last_day, [(sc["fund"], 730_000), (sc["other"], 100_000)], paid_on=paid)
        for who in (after, staying, before):
            claim(s, who, [(sc["fund"], 730_000)], paid_on=paid)
        claim(s, on_the_last_day, [(sc["fund"], 999_999)], state=POSTING)  # not paid
    with db.read() as s:
        rows = clawback_rows(s, today=TODAY)
    # the 12-month line ended on 2024-01-31: only the 24-month line, with one day unserved
    assert [(r.claim_no, r.service_months, r.unserved_days, r.term_days) for r in rows] == [
        (c1.claim_no, 24, 1, 731)
    ]
    assert rows[0].repayable_fen == 999  # 730,000 × 1 ÷ 731 = 998.6 → 999 分


def test_a_superseded_claim_gives_way_to_its_correction(db: Database, enterprise_id: int) -> None:
    sc, pid = _setup(db, enterprise_id)
    with db.write() as s:
        who = person(s, enterprise_id, 1, pid, leave=dt.date(2025, 3, 1))
        first = claim(s, who, [(sc["fund"], 800_000)], paid_on=dt.date(2024, 3, 1))
        fixed = claim(s, who, [(sc["fund"], 1_000_000)], paid_on=dt.date(2024, 3, 1), corrects=first)
        start_correction(s, first, "金额录错")
        first.superseded_by_id = fixed.id
    with db.read() as s:
        assert [(r.claim_no, r.repayable_fen) for r in clawback_rows(s, today=TODAY)] == [
            (fixed.claim_no, 500_000)
        ]


def test_repayments_reduce_what_is_owed_and_more_is_refused(db: Database, enterprise_id: int) -> None:
    sc, pid = _setup(db, enterprise_id)
    with db.write() as s:
        who: Person = person(s, enterprise_id, 1, pid, leave=dt.date(2025, 3, 1))
        stays = person(s, enterprise_id, 2, pid)
        c = claim(s, who, [(sc["fund"], 1_000_000), (sc["union"], 150_000)], paid_on=dt.date(2024, 3, 1))
        kept = claim(s, stays, [(sc["fund"], 1_000_000)], paid_on=dt.date(2024, 3, 1))
    fund_line, union_line = _line(db, c.id, "edu_fund"), _line(db, c.id, "union")
    with db.write() as s:
        record_repayment(
            s, fund_line, dt.date(2025, 3, 15), 200_000, "transfer", " HK-001 ", "第一期", today=TODAY
        )
        record_repayment(s, fund_line, dt.date(2025, 4, 15), 100_050, "payroll", today=TODAY)
    with db.read() as s:
        (row,) = clawback_rows(s, today=TODAY)
        history = repayments(s, fund_line)
    assert (row.repayable_fen, row.repaid_fen, row.owed_fen) == (500_000, 300_050, 199_950)
    assert [(h.amount_fen, h.method_label, h.reference, h.note) for h in history] == [
        (200_000, "银行转账", "HK-001", "第一期"),
        (100_050, "从工资中扣回", "", ""),
    ]
    refusals = [
        (fund_line, 199_951, "transfer", TODAY, r"返还金额¥1,999.51超过.*尚欠的¥1,999.50"),
        (union_line, 100, "transfer", TODAY, "来自工会补助（某市总工会），不是企业出资，不能要求返还"),
        (_line(db, kept.id, "edu_fund"), 100, "transfer", TODAY, "学员没有在该笔款项的服务期内离职"),
        (fund_line, 0, "transfer", TODAY, "返还金额必须大于0"),
        (fund_line, 100, "card", TODAY, "返还方式应为：银行转账、现金、从工资中扣回"),
        (fund_line, 100, "cash", TODAY + dt.timedelta(days=1), "在今天之后"),
    ]
    for line_id, amount, method, received, message in refusals:
        with db.write() as s, pytest.raises(InputRejected, match=message):
            record_repayment(s, line_id, received, amount, method, today=TODAY)
    with db.write() as s:
        record_repayment(s, fund_line, dt.date(2025, 5, 1), 199_950, "cash", today=TODAY)
    with db.read() as s:
        (row,) = clawback_rows(s, today=TODAY)
    assert (row.repaid_fen, row.owed_fen) == (500_000, 0)  # settled, still listed
    with db.write() as s, pytest.raises(InputRejected, match=r"尚欠的¥0\.00"):
        record_repayment(s, fund_line, dt.date(2025, 5, 2), 1, "cash", today=TODAY)


def test_repayable_is_half_up_and_never_more_than_paid() -> None:
    assert repayable_fen(3, 2, 1) == 2  # 1.5 分 → 2
    assert repayable_fen(5, 4, 1) == 1  # 1.25 分 → 1
    assert repayable_fen(100, 10, 20) == 100
    assert repayable_fen(100, 10, 0) == 0 and repayable_fen(0, 10, 5) == 0


def test_only_those_who_record_payments_record_repayments(db: Database, enterprise_id: int) -> None:
    sc, pid = _setup(db, enterprise_id)
    with db.write() as s:
        who = person(s, enterprise_id, 1, pid, leave=dt.date(2025, 3, 1))
        c = claim(s, who, [(sc["fund"], 1_000_000)], paid_on=dt.date(2024, 3, 1))
        for role in ("admin", "union", "finance"):
            add_user(
                s,
                username=role,
                display_name=role,
                role=role,
                password="Correct-horse-9",
                must_change_password=False,
            )
    line_id = _line(db, c.id, "edu_fund")
    db.principal = Principal("union", "union", "union")
    with db.write() as s, pytest.raises(NotPermitted):
        record_repayment(s, line_id, dt.date(2025, 3, 2), 100, "cash", today=TODAY)
    with db.read() as s:
        assert len(clawback_rows(s, today=TODAY)) == 1
    db.principal = Principal("finance", "finance", "finance")
    with db.write() as s:
        record_repayment(s, line_id, dt.date(2025, 3, 2), 100, "cash", today=TODAY)
    with db.read() as s:
        assert [r.recorded_by for r in repayments(s, line_id)] == ["finance"]
