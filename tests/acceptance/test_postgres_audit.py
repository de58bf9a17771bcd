"""Accounts and the audit trail on a real PostgreSQL server (the shared office database):
concurrent writers keep one unbroken chain (the advisory lock), bulk and ORM entries verify,
sign-in bookkeeping and the lock-out work with the server's timestamps."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from tests.unit.test_learner_service import values

from qiuxue_desktop.db.migrate import open_database
from qiuxue_desktop.domain.ids import mask_id
from qiuxue_desktop.errors import NotPermitted
from qiuxue_desktop.services import accounts, audit, auth, learners
from qiuxue_desktop.services.demo import create_demo

PASSWORD = "Correct-horse-9"


def test_concurrent_writers_keep_one_chain(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        with db.write() as s:
            create_demo(s, learners=200, seed=3)
    finally:
        db.dispose()
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        database = open_database(pg_url)
        try:
            for i in range(20):
                with database.write() as s:
                    audit.record(s, "print", detail=f"writer {n} list {i}")
        except BaseException as exc:
            errors.append(exc)
        finally:
            database.dispose()

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    db = open_database(pg_url)
    try:
        with db.read() as s:
            report = audit.verify_chain(s)
            prints = audit.count_entries(s, audit.AuditQuery(action="print"))
        assert report.ok, report.problem
        assert prints == 80 and report.checked > 200 + 80
    finally:
        db.dispose()


def test_accounts_and_masked_changes_on_the_server(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        with db.write() as s:
            create_demo(s, learners=3, seed=4)
            accounts.add_user(s, username="admin", display_name="管理员", role="admin", password=PASSWORD)
        db.principal = auth.sign_in(db, "admin", PASSWORD)
        with db.write() as s:
            lid = learners.register_learner(s, enterprise_id=1, values=values())
        with db.read() as s:
            ids = audit.query_entry_ids(s, audit.AuditQuery(action="insert", record=""))
            (entry,) = [e for e in audit.fetch_entries(s, ids) if e.record_name == "张三"]
            assert entry.changes["id_number"] == [None, mask_id(values()["id_number"])]
            assert learners.get_learner(s, lid).values["name"] == "张三"
        t0 = dt.datetime.now(dt.UTC)
        for i in range(5):
            with pytest.raises(NotPermitted):
                auth.sign_in(db, "admin", "wrong-password", now=t0 + dt.timedelta(seconds=20 * i))
        with pytest.raises(NotPermitted, match="已锁定"):
            auth.sign_in(db, "admin", PASSWORD, now=t0 + dt.timedelta(minutes=5))
        assert auth.sign_in(db, "admin", PASSWORD, now=t0 + dt.timedelta(minutes=17)).username == "admin"
        with db.read() as s:
            assert audit.verify_chain(s).ok
    finally:
        db.dispose()
