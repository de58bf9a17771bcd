"""Demo data: valid, varied, realistic learners, and only ever loaded into an empty database;
the claims demo: every state, lines adding up, a correction, a ledger under 60%, a clawback."""

from __future__ import annotations

import datetime as dt
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.db.migrate import open_database
from qiuxue_desktop.domain import (
    Claim,
    ClaimLine,
    ClaimStep,
    Department,
    Enrolment,
    Enterprise,
    Invoice,
    Learner,
    Programme,
    Scheme,
)
from qiuxue_desktop.domain.claims import DRAFT, PAID, STATES, VOID
from qiuxue_desktop.domain.codes import PROVINCES
from qiuxue_desktop.domain.funding import RULE_KINDS
from qiuxue_desktop.domain.ids import id_facts, id_number_problem, uscc_problem
from qiuxue_desktop.domain.rules import clean_name, learner_problems, name_problem
from qiuxue_desktop.errors import InputRejected
from qiuxue_desktop.services import accounts, demo_claims
from qiuxue_desktop.services import demo_claims_data as cd
from qiuxue_desktop.services.auth import sign_in
from qiuxue_desktop.services.clawback import clawback_rows
from qiuxue_desktop.services.demo import MAX_AGE, MIN_AGE, create_demo, demo_uscc, generate_learners
from qiuxue_desktop.services.demo_claims_flow import CHINA
from qiuxue_desktop.services.funds import fund_ledgers, scheme_budgets
from qiuxue_desktop.services.learners import FIELDS, LearnerQuery, learner_counts, query_learner_ids
from qiuxue_desktop.services.money_check import money_problems

TODAY = dt.date(2026, 3, 1)


@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    return generate_learners(5000, seed=11, today=TODAY)


def _age(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def test_every_row_is_a_valid_learner(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        assert set(row) == set(FIELDS)
        assert id_number_problem(row["id_number"], TODAY) is None, row
        assert learner_problems(row, today=TODAY) == {}, row
        assert name_problem(row["name"]) is None and clean_name(row["name"]) == row["name"]


def test_gender_birth_date_and_hukou_place_agree_with_the_id_number(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        facts = id_facts(row["id_number"])
        assert row["gender"] == facts.gender
        assert row["hukou_place"] == facts.region
        assert MIN_AGE <= _age(facts.birth_date, TODAY) <= MAX_AGE
        assert _age(facts.birth_date, row["hire_date"]) >= 18
        assert row["hire_date"] <= TODAY
        assert row["leave_date"] is None or row["hire_date"] <= row["leave_date"] <= TODAY


def test_id_numbers_phones_and_employee_numbers_are_unique(rows: list[dict[str, Any]]) -> None:
    for field in ("id_number", "phone", "employee_no"):
        assert len({r[field] for r in rows}) == len(rows), field
    cards = [r["union_card_no"] for r in rows if r["union_member"]]
    assert len(set(cards)) == len(cards) and all(cards)
    assert all(r["union_card_no"] == "" for r in rows if not r["union_member"])


def test_phones_are_mobile_numbers(rows: list[dict[str, Any]]) -> None:
    assert all(len(r["phone"]) == 11 and r["phone"].isdigit() and r["phone"][0] == "1" for r in rows)
    assert len({r["phone"][:3] for r in rows}) >= 20


def test_proportions_look_like_a_factory(rows: list[dict[str, Any]]) -> None:
    n = len(rows)
    front = [r for r in rows if r["post_category"] == "1"]
    other = [r for r in rows if r["post_category"] == "2"]
    assert 0.65 <= len(front) / n <= 0.75
    rural_front = sum(r["hukou_type"] == "1" for r in front) / len(front)
    rural_other = sum(r["hukou_type"] == "1" for r in other) / len(other)
    assert rural_front > rural_other + 0.15 and rural_other > 0.1
    migrant = [r for r in rows if r["worker_category"] == "1"]
    assert sum(r["hukou_type"] == "1" and r["post_category"] == "1" for r in migrant) / len(migrant) > 0.8
    assert 0.75 <= sum(r["union_member"] for r in rows) / n <= 0.85
    assert 0.01 <= sum(r["leave_date"] is not None for r in rows) / n <= 0.08
    assert 0.85 <= sum(r["ethnic_group"] == "01" for r in rows) / n < 1.0
    assert len(Counter(r["ethnic_group"] for r in rows)) >= 5
    assert set(Counter(r["prior_education"] for r in rows)) == {"1", "2", "3", "4"}
    assert 8 <= len({r["department"] for r in rows}) <= 12
    assert {r["gender"] for r in rows} == {"1", "2"}


def test_regions_are_real_and_varied(rows: list[dict[str, Any]]) -> None:
    provinces = Counter(r["id_number"][:2] for r in rows)
    assert set(provinces) <= set(PROVINCES)
    assert len(provinces) >= 10
    assert provinces.most_common(1)[0][0] == "32"  # most come from the factory's own province


def test_names_look_chinese(rows: list[dict[str, Any]]) -> None:
    lengths = Counter(len(r["name"]) for r in rows if "·" not in r["name"])
    assert lengths[2] > 0 and lengths[3] > lengths[2]
    compound = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫")
    assert any(r["name"].startswith(compound) for r in rows)
    dotted = [r for r in rows if "·" in r["name"]]
    assert dotted and all(r["ethnic_group"] == "05" and r["hukou_place"][:2] == "65" for r in dotted)
    surnames = Counter(r["name"][0] for r in rows)
    assert {s for s, _ in surnames.most_common(5)} & {"王", "李", "张"}


def test_same_seed_same_data_other_seed_other_data() -> None:
    assert generate_learners(300, seed=5, today=TODAY) == generate_learners(300, seed=5, today=TODAY)
    assert generate_learners(300, seed=5, today=TODAY) != generate_learners(300, seed=6, today=TODAY)


def test_demo_uscc_is_valid() -> None:
    assert uscc_problem(demo_uscc()) is None


def test_create_demo_fills_an_empty_database(db: Database) -> None:
    with db.write() as s:
        assert create_demo(s, learners=250, seed=3) == 250
    with db.read() as s:
        enterprise = s.scalars(select(Enterprise)).one()
        assert uscc_problem(enterprise.uscc) is None and "有限公司" in enterprise.name
        departments = s.scalar(select(func.count()).select_from(Department))
        assert departments is not None and 8 <= departments <= 12
        counts = learner_counts(s, enterprise.id)
        assert counts.total == 250 and 0 < counts.left < 40
        ids = query_learner_ids(s, enterprise.id, LearnerQuery(text="离职"))
        assert len(ids) == counts.left
        stored = s.execute(select(Learner.id_number, Learner.gender, Learner.birth_date)).all()
    for number, gender, birth in stored:
        facts = id_facts(number)
        assert (facts.gender, facts.birth_date) == (gender, birth)


def test_create_demo_uses_the_existing_enterprise(db: Database, enterprise_id: int) -> None:
    with db.write() as s:
        create_demo(s, learners=20, seed=1)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Enterprise)) == 1
        assert set(s.scalars(select(Learner.enterprise_id))) == {enterprise_id}


def test_create_demo_refuses_a_database_with_learners(db: Database) -> None:
    with db.write() as s:
        create_demo(s, learners=10, seed=1)
    with pytest.raises(InputRejected, match="已有学员"), db.write() as s:
        create_demo(s, learners=10, seed=2)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Learner)) == 10


# --- the claims demo --------------------------------------------------------------------------

SIGNERS = {cd.PREPARER, cd.SIGNER_HR, cd.SIGNER_UNION, cd.SIGNER_FINANCE}


def test_the_demo_has_claims_in_every_state_that_add_up(db: Database) -> None:
    with db.write() as s:
        create_demo(s, learners=300, seed=4)
    today = dt.date.today()
    with db.read() as s:
        claims = {c.id: c for c in s.scalars(select(Claim))}
        lines = s.execute(select(ClaimLine.claim_id, ClaimLine.scheme_id, ClaimLine.amount_fen)).all()
        steps = s.scalars(select(ClaimStep).order_by(ClaimStep.claim_id, ClaimStep.id)).all()
        states = Counter(c.state for c in claims.values())
        assert set(states) == set(STATES), states
        assert states[PAID] > len(claims) / 2
        totals: Counter[int] = Counter()
        for claim_id, _scheme, amount in lines:
            totals[claim_id] += amount
        assert all(totals[c.id] == c.base_fen > 0 for c in claims.values())
        assert all(
            any(scheme and amount for cid, scheme, amount in lines if cid == c.id)
            for c in claims.values()
            if c.state != VOID
        )
        returned = [c for c in claims.values() if c.state == DRAFT and c.return_reason]
        assert returned and returned[0].return_reason in cd.RETURN_REASONS
        graduation = [c for c in claims.values() if c.kind == "graduation" and c.state == PAID]
        assert graduation and all(c.invoice_id is None for c in graduation)
        (correction,) = [c for c in claims.values() if c.corrects_id is not None]
        original = claims[correction.corrects_id]
        assert original.state == PAID and cd.FUJIAN["name"] in correction.notes
        if correction.state == PAID:
            assert original.superseded_by_id == correction.id
        # every step signed by the office's people, dated in the past, in order within a claim
        assert {st.signer for st in steps} <= SIGNERS
        assert all(st.at.astimezone(CHINA).date() <= today for st in steps)
        for claim_id in claims:
            times = [st.at for st in steps if st.claim_id == claim_id]
            assert times == sorted(times)
        for c in claims.values():
            if c.paid_on is not None:
                assert c.posting_end is not None and c.posting_end < c.paid_on <= today
                assert c.claim_no.startswith(f"BX{c.created_at.astimezone(CHINA).year}-")
        assert money_problems(s) == []


def test_the_demo_has_every_rule_kind_budgets_a_ledger_under_60_and_a_clawback(db: Database) -> None:
    with db.write() as s:
        create_demo(s, learners=300, seed=5)
    today = dt.date.today()
    with db.read() as s:
        schemes = s.scalars(select(Scheme).order_by(Scheme.position)).all()
        assert {sc.rule_kind for sc in schemes} == set(RULE_KINDS)
        assert [sc.name for sc in schemes if not sc.active] == [cd.OLD_BY_LEVEL["name"]]
        for year in (today.year - 1, today.year):
            budgets = {b.scheme_name: b for b in scheme_budgets(s, year)}
            for name in cd.UNION_SCHEMES:
                row = budgets[name]
                assert row.budget_fen is not None and row.remaining_fen is not None and row.remaining_fen >= 0
        ledgers = fund_ledgers(s)
        assert [ledger.year for ledger in ledgers] == [today.year - 1, today.year]
        last = ledgers[0]
        assert last.front_line_share_bp is not None and last.front_line_share_bp < 6000
        assert last.front_line_warning and last.claims_paid_fen > 0 and last.tax_headroom_fen > 0
        used = {u.code for ledger in ledgers for u in ledger.by_use if u.amount_fen}
        assert len(used) >= 8
        rows = clawback_rows(s, today=today)
        assert rows and all(r.source_type in ("edu_fund", "employer") for r in rows)
        assert any(0 < r.repaid_fen < r.repayable_fen for r in rows)
        invoices = s.execute(
            select(
                Invoice.issuer,
                Invoice.number,
                Invoice.amount_fen,
                Invoice.covers,
                Programme.tuition_per_year_fen,
            )
            .join(Enrolment, Enrolment.id == Invoice.enrolment_id)
            .join(Programme, Programme.id == Enrolment.programme_id)
        ).all()
        assert len({(i.issuer, i.number) for i in invoices}) == len(invoices) > 50
        assert all(8 <= len(i.number) <= 20 and i.number.isdigit() for i in invoices)
        # at the programme's fee: a school year's, or half of it for a term
        assert all(
            i.amount_fen * (1 if i.covers == "year" else 2) == i.tuition_per_year_fen for i in invoices
        )
        assert {i.covers for i in invoices} == {"year", "term"}


@pytest.mark.sqlite_only("compares two SQLite files made from the same seed")
def test_the_claims_demo_follows_its_seed_and_its_cap(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo_claims, "MAX_CLAIM_ENROLMENTS", 12)
    made = []
    for name in ("a", "b"):
        path = tmp_path / f"{name}.sqlite3"
        shutil.copyfile(db_path, path)
        database = open_database(str(path))
        try:
            with database.write() as s:
                create_demo(s, learners=200, seed=8)
            with database.read() as s:
                made.append(
                    s.execute(
                        select(
                            Claim.claim_no, Claim.state, Claim.base_fen, Claim.paid_on, ClaimLine.amount_fen
                        )
                        .join(ClaimLine, ClaimLine.claim_id == Claim.id)
                        .order_by(Claim.claim_no, ClaimLine.position)
                    ).all()
                )
                assert s.scalar(select(func.count(func.distinct(Invoice.enrolment_id)))) == 12
        finally:
            database.dispose()
    assert made[0] and made[0] == made[1]


def test_with_accounts_the_demo_adds_learners_but_no_claims(db: Database) -> None:
    with db.write() as s:
        accounts.add_user(
            s, username="admin", display_name="管理员", role="admin", password="Correct-horse-9"
        )
    sign_in(db, "admin", "Correct-horse-9")
    with db.write() as s:
        assert create_demo(s, learners=40, seed=2) == 40
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Enrolment)) > 0
        assert s.scalar(select(func.count()).select_from(Claim)) == 0
        assert s.scalar(select(func.count()).select_from(Scheme)) == 0


def test_qiuxue_check_passes_on_the_demo(run_cli: Any) -> None:
    made = run_cli("demo", "--learners", "300", "--seed", "6")
    assert made.code == 0, made.err
    checked = run_cli("check")
    assert checked.code == 0, checked.out + checked.err
    assert "金额合计" in checked.out
