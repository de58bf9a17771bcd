"""Demo data: valid, varied, realistic learners, and only ever loaded into an empty database."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

import pytest
from sqlalchemy import func, select

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain import Department, Enterprise, Learner
from qiuxue_desktop.domain.codes import PROVINCES
from qiuxue_desktop.domain.ids import id_facts, id_number_problem, uscc_problem
from qiuxue_desktop.domain.rules import clean_name, learner_problems, name_problem
from qiuxue_desktop.errors import InputRejected
from qiuxue_desktop.services.demo import MAX_AGE, MIN_AGE, create_demo, demo_uscc, generate_learners
from qiuxue_desktop.services.learners import FIELDS, LearnerQuery, learner_counts, query_learner_ids

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
