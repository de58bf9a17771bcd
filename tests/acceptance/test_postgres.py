"""The application on a real PostgreSQL server: schema created at head, models and migrations
agree, and the learner services and the `qiuxue` command work there as on SQLite.

The throwaway cluster and the per-test databases come from tests/pg_cluster.py (pg_url: an
empty database; pg_db: a database at head).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, select, text

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.db.migrate import HEAD, open_database
from qiuxue_desktop.domain import Base, Enterprise, Learner
from qiuxue_desktop.domain.ids import id_check_char
from qiuxue_desktop.errors import InputRejected
from qiuxue_desktop.services.demo import create_demo
from qiuxue_desktop.services.enterprise import create_enterprise
from qiuxue_desktop.services.learners import (
    LearnerQuery,
    apply_upsert,
    fetch_rows,
    learner_counts,
    plan_upsert,
    query_learner_ids,
    register_learner,
)

USCC = "91110000600037341L"


def _id(first17: str) -> str:
    return first17 + id_check_char(first17)


def _learner(name: str, id_number: str, phone: str, department: str = "总装车间") -> dict[str, Any]:
    return {
        "name": name,
        "id_number": id_number,
        "phone": phone,
        "department": department,
        "post_category": "1",
        "hire_date": dt.date(2020, 3, 1),
        "hukou_type": "1",
        "prior_education": "2",
    }


def test_an_empty_database_is_created_at_head(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        assert db.engine.dialect.name == "postgresql" and not db.is_sqlite and db.path is None
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
            assert {"enterprise", "department", "learner", "audit_entry", "user_account"} <= set(
                inspect(conn).get_table_names()
            )
    finally:
        db.dispose()
    again = open_database(pg_url)  # already at head: opened as it is
    again.dispose()


def test_migrations_and_models_agree(pg_db: Database) -> None:
    with pg_db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []


def test_learner_services_work(pg_db: Database) -> None:
    with pg_db.write() as s:
        eid = create_enterprise(s, name="南京某某电子有限公司", uscc=USCC)
        zhang = register_learner(
            s, enterprise_id=eid, values=_learner("张三", "11010519491231002X", "13800138000")
        )
        register_learner(s, enterprise_id=eid, values=_learner("李四", "370101190102039973", "13900139000"))
        register_learner(
            s, enterprise_id=eid, values=_learner("阿三", _id("44052419900101001"), "13700137000", "质检部")
        )
    with pg_db.read() as s:
        by_name = query_learner_ids(s, eid, LearnerQuery(sort="name"))
        names = [r.name for r in fetch_rows(s, by_name)]
        assert names == ["阿三", "李四", "张三"]  # a, li, zhang: pinyin order
        assert query_learner_ids(s, eid, LearnerQuery(text="zs")) == [zhang]
        assert query_learner_ids(s, eid, LearnerQuery(text="002X")) == [zhang]
        assert len(query_learner_ids(s, eid, LearnerQuery(text="质检"))) == 1
        assert fetch_rows(s, [zhang])[0].id_masked == "110***********002X"
    rows = [
        {**_learner("张三", "11010519491231002X", "13800138001"), "gender": "2"},  # phone changed
        {**_learner("李四", "370101190102039973", "13900139000"), "gender": "1"},  # unchanged
        {**_learner("王五", _id("11010519850312004"), "13600136000", "设备部"), "gender": "2"},  # new
    ]
    with pg_db.write() as s:
        plan = plan_upsert(s, eid, rows, set(rows[0]))
        assert (plan.added, plan.updated, plan.unchanged) == (1, 1, 1)
        assert apply_upsert(s, eid, plan) == (1, 1)
    with pg_db.read() as s:
        assert learner_counts(s, eid).total == 4
        assert fetch_rows(s, [zhang])[0].phone == "13800138001"
        assert len(query_learner_ids(s, eid, LearnerQuery(text="wangwu"))) == 1


def test_demo_data_and_the_command_line(pg_url: str, run_cli: Any) -> None:
    r = run_cli("--db", pg_url, "demo", "--learners", "300", "--seed", "2")
    assert r.code == 0, r.err
    again = run_cli("--db", pg_url, "demo", "--learners", "5")
    assert again.code == 3 and "已有学员" in again.err and "Traceback" not in again.err
    db = open_database(pg_url)
    try:
        with db.read() as s:
            eid = s.execute(select(Enterprise.id)).scalar_one()
            assert learner_counts(s, eid).total == 300
            ids = query_learner_ids(s, eid, LearnerQuery(sort="name", descending=True))
            keys = dict(s.execute(select(Learner.id, Learner.name_pinyin)).all())
            order = [keys[i] for i in ids]
            assert len(order) == 300 and order == sorted(order, reverse=True)
        with pytest.raises(InputRejected, match="已有学员"), db.write() as s:
            create_demo(s, learners=5)
    finally:
        db.dispose()
