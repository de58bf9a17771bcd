"""The money check of `qiuxue check`: lines that do not add up, a base that is not the invoice's
amount, a negative line, a paid claim without a date, repayments beyond what was paid — each
named by its first claim, and the real command failing on a claim altered behind its back."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import text
from tests.unit.fund_samples import claim, person, programme_id, scheme

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain import Repayment
from qiuxue_desktop.domain.claims import DRAFT, HR_REVIEWED, SUBMITTED, VOID
from qiuxue_desktop.services.money_check import money_problems


def _claims(db: Database, enterprise_id: int) -> dict[str, int]:
    """Sound claims: paid, in progress, a draft and a voided one, a correction; claim ids by name."""
    with db.write() as s:
        pid = programme_id(s, enterprise_id)
        a = person(s, enterprise_id, 1, pid)
        b = person(s, enterprise_id, 2, pid)
        fund = scheme(s, "企业学费报销", "edu_fund", funder="本企业", service_months=24)
        union = scheme(s, "市总工会入学补助", "union", funder="某市总工会")
        made = {
            "paid": claim(
                s, a, [(fund, 600_000), (union, 150_000), (None, 250_000)], paid_on=dt.date(2025, 9, 10),
                invoice_fen=1_000_000, claim_no="BX2025-000001",
            ),
            "paid2": claim(
                s, b, [(fund, 300_000), (None, 200_000)], paid_on=dt.date(2025, 9, 11),
                invoice_fen=500_000, claim_no="BX2025-000002",
            ),
            "submitted": claim(
                s, b, [(union, 150_000), (None, 350_000)], state=SUBMITTED, invoice_fen=500_000,
                claim_no="BX2025-000003",
            ),
            "hr": claim(
                s, a, [(union, 100_000), (None, 200_000)], state=HR_REVIEWED, invoice_fen=300_000,
                claim_no="BX2025-000004",
            ),
            "draft": claim(s, a, [(None, 100)], state=DRAFT, invoice_fen=123_400, claim_no="BX2025-000005"),
            "void": claim(s, a, [(None, 100)], state=VOID, invoice_fen=123_400, claim_no="BX2025-000006"),
        }  # fmt: skip
        made["correction"] = claim(
            s, a, [(fund, 700_000), (None, 400_000)], state=SUBMITTED, invoice_fen=1_000_000,
            corrects=made["paid"], claim_no="BX2025-000007",
        )  # fmt: skip
        lines = s.execute(text("SELECT id, claim_id, position FROM claim_line")).all()
        ids = {name: c.id for name, c in made.items()}
        for line_id, claim_id, position in lines:
            ids[f"line{claim_id}.{position}"] = line_id
        s.add(
            Repayment(
                claim_line_id=ids[f"line{ids['paid2']}.1"],
                received_on=dt.date(2026, 1, 5),
                amount_fen=300_000,
            )
        )
    return ids


def _sql(db: Database, statement: str, **params: Any) -> None:
    with db.write() as s:
        s.execute(text(statement), params)


def test_sound_claims_pass(db: Database, enterprise_id: int) -> None:
    _claims(db, enterprise_id)  # the draft's and the correction's bases differ from their invoices: allowed
    with db.read() as s:
        assert money_problems(s) == []


def test_each_broken_rule_names_its_first_claim(db: Database, enterprise_id: int) -> None:
    ids = _claims(db, enterprise_id)
    paid, paid2, sub, hr = ids["paid"], ids["paid2"], ids["submitted"], ids["hr"]
    # 1. lines that do not add up, in two claims
    _sql(db, "UPDATE claim_line SET amount_fen = 600001 WHERE id = :id", id=ids[f"line{paid}.1"])
    _sql(db, "UPDATE claim_line SET amount_fen = 1 WHERE id = :id", id=ids[f"line{hr}.2"])
    # 2. an invoice changed under a claim past the draft stage
    _sql(
        db,
        "UPDATE invoice SET amount_fen = 500100 WHERE id = (SELECT invoice_id FROM claim WHERE id = :id)",
        id=sub,
    )
    # 3. a negative line that still adds up
    _sql(db, "UPDATE claim_line SET amount_fen = -100 WHERE id = :id", id=ids[f"line{paid2}.2"])
    _sql(db, "UPDATE claim_line SET amount_fen = 500100 WHERE id = :id", id=ids[f"line{paid2}.1"])
    # 4. a paid claim without its date
    _sql(db, "UPDATE claim SET paid_on = NULL WHERE id = :id", id=paid2)
    # 5. more repaid than was paid on the line
    _sql(
        db,
        "INSERT INTO repayment (claim_line_id, received_on, amount_fen, method, reference, recorded_by, note) "
        "VALUES (:line, :day, 150001, 'cash', '', '', '')",
        line=ids[f"line{paid}.2"],
        day=dt.date(2026, 2, 1),
    )
    with db.read() as s:
        problems = money_problems(s)
    assert problems == [
        "报销申请BX2025-000001的各行合计¥10,000.01，与应分摊的金额¥10,000.00不符。另有1笔申请有同样的问题。",
        f"报销申请BX2025-000003的报销基数¥5,000.00与其发票{_invoice_no(db, sub)}的金额¥5,001.00不符。",
        "报销申请BX2025-000002有金额为负数的明细行（-¥1.00）。",
        "报销申请BX2025-000002已支付，却没有支付日期。",
        "报销申请BX2025-000001中某市总工会一行已收回¥1,500.01，超过了该行支付的¥1,500.00。",
    ]


def _invoice_no(db: Database, claim_id: int) -> str:
    with db.read() as s:
        return str(
            s.scalar(
                text("SELECT number FROM invoice WHERE id = (SELECT invoice_id FROM claim WHERE id = :id)"),
                {"id": claim_id},
            )
        )


def test_qiuxue_check_fails_on_lines_that_do_not_add_up(
    db: Database, enterprise_id: int, db_path: Path, run_cli: Any
) -> None:
    ids = _claims(db, enterprise_id)
    db.dispose()
    r = run_cli("check")
    assert r.code == 0, r.err
    assert "金额合计：通过" in r.out
    con = sqlite3.connect(db_path)
    with con:
        con.execute(
            "UPDATE claim_line SET amount_fen = amount_fen + 1 WHERE id = ?", (ids[f"line{ids['hr']}.1"],)
        )
    con.close()
    r = run_cli("check")
    assert r.code == 5
    assert (
        r.err.strip() == "金额合计：报销申请BX2025-000004的各行合计¥3,000.01，与应分摊的金额¥3,000.00不符。"
    )
