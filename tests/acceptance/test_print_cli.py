"""`qiuxue print claim-form` and `qiuxue print summary` as a user runs them on a database with
claims of one term (three 公示中, two paid), made through the services:
the files read back (names, ID numbers, the full account on the form, every claim of the term
on the sheet with the right total in figures and capitals), and the exit codes of cli.md."""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from tests import pdf_check

from qiuxue_desktop.domain.money import capital_numerals_fen, format_yuan


def _rows(db_path: Path, sql: str, *args: object) -> list[tuple[Any, ...]]:
    con = sqlite3.connect(db_path)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


@pytest.fixture
def demo(run_cli: Any, db_path: Path) -> Any:
    from tests.conftest import VALID_USCC
    from tests.print_samples import claims_to_print

    from qiuxue_desktop.db.migrate import open_database
    from qiuxue_desktop.services.enterprise import create_enterprise

    db = open_database(str(db_path))
    try:
        with db.write() as s:
            enterprise_id = create_enterprise(s, name="南京某某电子有限公司", uscc=VALID_USCC)
        claims_to_print(db, enterprise_id)
    finally:
        db.dispose()
    return run_cli


def test_the_claim_form_of_a_paid_claim(demo: Any, db_path: Path, tmp_path: Path) -> None:
    rows = _rows(
        db_path,
        """SELECT c.claim_no, l.name, l.id_number, c.payee_account,
                  (SELECT sum(amount_fen) FROM claim_line WHERE claim_id = c.id AND scheme_id IS NOT NULL)
           FROM claim c JOIN learner l ON l.id = c.learner_id
           WHERE c.state = 'paid' AND c.payee_account != '' ORDER BY c.id LIMIT 1""",
    )
    assert rows, "the demo has paid claims"
    number, name, id_number, account, subsidy = rows[0]
    out = tmp_path / "form.pdf"
    r = demo("print", "claim-form", number, "--out", str(out))
    assert r.code == 0, r.err
    pdf_check.qpdf_check(out)
    pdf_check.assert_all_fonts_embedded(out)
    assert pdf_check.info(out).pages == 1
    text = pdf_check.text(out, layout=False)
    for expected in (
        name,
        id_number,
        account,
        number,
        format_yuan(subsidy),
        "人民币" + capital_numerals_fen(subsidy),
    ):
        assert expected in text, expected


def test_the_summary_sheet_of_a_term(demo: Any, db_path: Path, tmp_path: Path) -> None:
    term = _rows(db_path, "SELECT term FROM claim WHERE state = 'paid' GROUP BY term ORDER BY count(*) DESC")[
        0
    ][0]
    expected = _rows(
        db_path,
        """SELECT l.id_number,
                  (SELECT coalesce(sum(amount_fen), 0) FROM claim_line WHERE claim_id = c.id AND scheme_id IS NOT NULL)
           FROM claim c JOIN learner l ON l.id = c.learner_id
           WHERE c.term = ? AND c.state IN ('posting', 'paid') AND c.superseded_by_id IS NULL
             AND NOT EXISTS (SELECT 1 FROM claim n WHERE n.corrects_id = c.id AND n.state IN ('posting', 'paid'))""",
        term,
    )
    out = tmp_path / "summary.pdf"
    r = demo("print", "summary", "--term", term, "--out", str(out))
    assert r.code == 0, r.err
    pdf_check.qpdf_check(out)
    pdf_check.assert_all_fonts_embedded(out)
    text = pdf_check.text(out)
    for id_number, times in Counter(i for i, _fen in expected).items():  # one row per claim
        assert text.count(id_number) == times, id_number
    total = sum(fen for _id, fen in expected)
    compact = text.replace(" ", "")
    assert f"合计{len(expected)}人{format_yuan(total)}" in compact
    assert "人民币" + capital_numerals_fen(total) in compact
    r = demo("print", "summary", "--term", term, "--masked", "--out", str(tmp_path / "masked.pdf"))
    assert r.code == 0 and expected[0][0] not in pdf_check.text(tmp_path / "masked.pdf")


def test_what_cannot_be_printed_is_refused_with_the_exit_codes_of_the_contract(
    demo: Any, tmp_path: Path
) -> None:
    out = tmp_path / "x.pdf"
    r = demo("print", "summary", "--term", "2099-2100-1", "--out", str(out))
    assert r.code == 3 and "没有公示中或已支付" in r.err
    r = demo("print", "summary", "--term", "2025-1", "--out", str(out))
    assert r.code == 3 and "不是学期" in r.err
    r = demo("print", "claim-form", "BX1999-000001", "--out", str(out))
    assert r.code == 3 and "BX1999-000001" in r.err
    r = demo("print", "claim-form", "BX1999-000001")
    assert r.code == 2
    r = demo("print", "summary", "--term", "2025-2026-1", "--out", str(tmp_path / "missing" / "x.pdf"))
    assert r.code == 5 and "不存在" in r.err
    assert not out.exists()
