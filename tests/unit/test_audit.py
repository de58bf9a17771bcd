"""The audit trail: every change recorded in the same transaction (ORM and bulk), masked
personal data, the hash chain catching an edited, removed or reordered entry, recorded
corrections of frozen records and the self-approval rule."""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Integer, String, select, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from tests.unit.roster_samples import make_id, sample_rows, write_roster
from tests.unit.test_learner_service import values

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.db.migrate import open_database
from qiuxue_desktop.domain import AuditEntry, Learner, User
from qiuxue_desktop.domain.audit import GENESIS, at_text, encode, entry_hash
from qiuxue_desktop.domain.ids import id_facts, mask_id
from qiuxue_desktop.domain.permissions import Principal
from qiuxue_desktop.errors import InputRejected, NotPermitted
from qiuxue_desktop.io.excel.roster_import import import_roster, read_roster
from qiuxue_desktop.services import accounts, audit, auth, guards, learners

PASSWORD = "Correct-horse-9"


def entries(db: Database, **where: Any) -> list[AuditEntry]:
    with db.read() as s:
        stmt = select(AuditEntry).order_by(AuditEntry.id)
        for key, value in where.items():
            stmt = stmt.where(getattr(AuditEntry, key) == value)
        found = list(s.scalars(stmt))
        s.expunge_all()  # loaded: readable after the read session ends
        return found


def changes(entry: AuditEntry) -> dict[str, Any]:
    return dict(json.loads(entry.changes))


# --- what is recorded ------------------------------------------------------------------------------


def test_orm_insert_update_and_reveal_are_recorded_with_masked_id_numbers(
    db: Database, enterprise_id: int
) -> None:
    with db.write() as s:
        lid = learners.register_learner(s, enterprise_id=enterprise_id, values=values())
    new_id = make_id(7, region="110105")
    with db.write() as s:
        learners.update_learner(
            s,
            lid,
            values={"name": "张三丰", "id_number": new_id, "union_member": True},
            expected_version=None,
        )
    with db.write() as s:
        learners.reveal_id_number(s, lid)
    learner_entries = entries(db, table_name="learner")
    assert [e.action for e in learner_entries] == ["insert", "update", "reveal"]
    insert, update, reveal = learner_entries
    with db.read() as s:
        record_id = s.scalar(select(Learner.record_id).where(Learner.id == lid))
    assert {insert.record_key, update.record_key, reveal.record_key} == {record_id}
    old_id = values()["id_number"]
    assert changes(insert)["id_number"] == [None, mask_id(old_id)]
    assert changes(insert)["name"] == [None, "张三"] and changes(insert)["hire_date"] == [None, "2015-03-01"]
    assert "name_pinyin" not in changes(insert) and "version" not in changes(insert)
    assert changes(update) == {
        "name": ["张三", "张三丰"],
        "id_number": [mask_id(old_id), mask_id(new_id)],
        "birth_date": ["1990-01-01", id_facts(new_id).birth_date.isoformat()],
        "union_member": [False, True],
    }
    # No full ID number anywhere in the trail.
    for e in entries(db):
        assert old_id not in e.changes + e.detail and new_id not in e.changes + e.detail
    assert reveal.detail == "张三丰" and insert.actor == update.actor == reveal.actor


def test_a_change_and_its_entry_are_rolled_back_together(db: Database, enterprise_id: int) -> None:
    before = len(entries(db))
    with pytest.raises(RuntimeError), db.write() as s:
        learners.register_learner(s, enterprise_id=enterprise_id, values=values())
        s.flush()
        assert (s.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1)) or 0) > before
        raise RuntimeError("the user's action fails after the change")
    assert len(entries(db)) == before
    with db.read() as s:
        assert s.scalar(select(Learner.id)) is None


def test_bulk_import_writes_one_entry_per_learner_in_its_transaction(
    tmp_path: Path, db: Database, enterprise_id: int
) -> None:
    rows = sample_rows(12)
    parsed = read_roster(write_roster(tmp_path / "r.xlsx", rows))
    with db.write() as s:
        import_roster(s, enterprise_id, parsed)
    inserted = entries(db, table_name="learner", action="insert")
    with db.read() as s:
        stored = dict(s.execute(select(Learner.record_id, Learner.id_number)).all())
    assert len(inserted) == 12 and {e.record_key for e in inserted} == set(stored)
    for e in inserted:
        assert changes(e)["id_number"] == [None, mask_id(stored[e.record_key])]
        assert e.detail == "导入花名册 r.xlsx"
    assert [e.detail for e in entries(db, action="import")] == [
        "花名册 r.xlsx：新增 12 人，更新 0 人，未变 0 人"
    ]

    # An update from a second roster: only the changed fields, before and after.
    rows[3][4] = "13912345678"
    parsed = read_roster(write_roster(tmp_path / "r2.xlsx", rows))
    with db.write() as s:
        import_roster(s, enterprise_id, parsed)
    (update,) = entries(db, table_name="learner", action="update")
    assert changes(update) == {"phone": [sample_rows(12)[3][4], "13912345678"]}
    with db.read() as s:
        assert audit.verify_chain(s).ok


def test_a_failed_bulk_import_leaves_neither_learners_nor_entries(
    tmp_path: Path, db: Database, enterprise_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed = read_roster(write_roster(tmp_path / "r.xlsx", sample_rows(6)))
    before = len(entries(db))

    def fail(*_args: object, **_kw: object) -> None:
        raise OSError("disk full while recording the import")

    # The learners and their entries are written; recording the import's summary then fails.
    monkeypatch.setattr("qiuxue_desktop.io.excel.roster_import.audit.record", fail)
    with pytest.raises(OSError), db.write() as s:
        import_roster(s, enterprise_id, parsed)
    assert len(entries(db)) == before
    with db.read() as s:
        assert s.scalar(select(Learner.id)) is None


def test_password_hashes_never_reach_the_trail(db: Database, enterprise_id: int) -> None:
    with db.write() as s:
        accounts.add_user(s, username="admin", display_name="管理员", role="admin", password=PASSWORD)
    (added,) = entries(db, table_name="user_account", action="insert")
    assert changes(added)["password_hash"] == [None, "***"]
    with db.read() as s:
        stored = s.scalar(select(User.password_hash))
    assert stored is not None and stored not in added.changes


def test_the_trail_is_append_only_through_the_orm(db: Database, enterprise_id: int) -> None:
    with pytest.raises(RuntimeError, match="append-only"), db.write() as s:
        entry = s.scalars(select(AuditEntry)).first()
        assert entry is not None
        entry.detail = "rewritten"


# --- the chain ---------------------------------------------------------------------------------------


@pytest.fixture
def trail(db: Database, enterprise_id: int) -> Database:
    """Twelve entries: the enterprise, a department, ten learners (one each) and some reveals."""
    for n in range(4):
        with db.write() as s:
            lid = learners.register_learner(
                s,
                enterprise_id=enterprise_id,
                values=values(id_number=make_id(n + 1), phone=f"1380013800{n}"),
            )
            learners.reveal_id_number(s, lid)
    with db.read() as s:
        assert audit.verify_chain(s).ok
    return db


def _sql(db: Database, statement: str) -> None:
    with db.engine.begin() as conn:
        conn.execute(text(statement))


def _report(db: Database) -> audit.ChainReport:
    with db.read() as s:
        return audit.verify_chain(s)


def test_an_intact_chain_and_its_head(trail: Database) -> None:
    report = _report(trail)
    with trail.read() as s:
        head = audit.chain_head(s)
        last = s.execute(select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc())).first()
    assert last is not None and head == tuple(last) == (report.head_id, report.head_hash)
    assert report.checked == last.id and "审计日志完整" in report.describe()
    first = entries(trail)[0]
    assert first.prev_hash == GENESIS and first.hash == entry_hash(
        GENESIS,
        1,
        first.at,
        first.actor,
        first.action,
        first.table_name,
        first.record_key,
        first.changes,
        first.detail,
    )


def test_an_edited_entry_is_named(trail: Database) -> None:
    _sql(trail, "UPDATE audit_entry SET detail = '李四' WHERE id = 5")
    report = _report(trail)
    assert (report.ok, report.first_bad_id, report.checked) == (False, 5, 4)
    assert report.problem == "审计日志第 5 条被改动、替换或调换了顺序（哈希不符）。"


def test_an_edited_entry_whose_hash_was_recomputed_is_named_by_the_next_link(trail: Database) -> None:
    e = entries(trail)[5]  # id 6
    forged = entry_hash(
        e.prev_hash, e.id, e.at, "someone_else", e.action, e.table_name, e.record_key, e.changes, e.detail
    )
    _sql(trail, f"UPDATE audit_entry SET actor = 'someone_else', hash = '{forged}' WHERE id = 6")
    report = _report(trail)
    assert report.first_bad_id == 6
    assert report.problem == "审计日志第 6 条被改动过（其哈希被重新计算，与第 7 条衔接不上）。"


def test_a_removed_entry_is_named(trail: Database) -> None:
    _sql(trail, "DELETE FROM audit_entry WHERE id = 3")
    report = _report(trail)
    assert (
        report.first_bad_id == 3
        and report.problem == "审计日志中第 3 条记录缺失（被删除），其后的记录无法证明完整。"
    )
    _sql(trail, "DELETE FROM audit_entry WHERE id = 4")
    assert "第 3–4 条记录缺失" in _report(trail).problem


def test_reordered_entries_are_named(trail: Database) -> None:
    # Swap the contents of entries 7 and 8 (the ids stay in order).
    _sql(trail, "UPDATE audit_entry SET id = -7 WHERE id = 7")
    _sql(trail, "UPDATE audit_entry SET id = 7 WHERE id = 8")
    _sql(trail, "UPDATE audit_entry SET id = 8 WHERE id = -7")
    report = _report(trail)
    assert (report.first_bad_id, report.checked) == (7, 6)
    assert report.problem == "审计日志第 7 条被改动、替换或调换了顺序（哈希不符）。"


def test_two_writers_never_fork_the_chain(db: Database, enterprise_id: int) -> None:
    def writer(n: int) -> None:
        database = open_database(db.target)
        try:
            for i in range(15):
                with database.write() as s:
                    audit.record(s, "print", detail=f"writer {n} list {i}")
        finally:
            database.dispose()

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    database = open_database(db.target)
    try:
        with database.read() as s:
            report = audit.verify_chain(s)
        assert report.ok and report.checked == 1 + 45  # the enterprise, then 3 × 15
    finally:
        database.dispose()


def test_the_hash_covers_every_field_in_canonical_form() -> None:
    at = dt.datetime(2026, 3, 1, 1, 2, 3, 4, tzinfo=dt.UTC)
    base = entry_hash(GENESIS, 1, at, "张敏", "update", "learner", "k", '{"a":[1,2]}', "d")
    assert at_text(at) == "2026-03-01T01:02:03.000004Z"
    assert encode({"b": 1, "a": "汉"}) == '{"a":"\\u6c49","b":1}'
    for changed in (
        entry_hash(GENESIS, 2, at, "张敏", "update", "learner", "k", '{"a":[1,2]}', "d"),
        entry_hash(
            GENESIS,
            1,
            at + dt.timedelta(microseconds=1),
            "张敏",
            "update",
            "learner",
            "k",
            '{"a":[1,2]}',
            "d",
        ),
        entry_hash(GENESIS, 1, at, "张敏", "update", "learner", "k", '{"a":[1,3]}', "d"),
        entry_hash(GENESIS, 1, at, "张敏", "update", "learner", "k", '{"a":[1,2]}', "d "),
        entry_hash("1" * 64, 1, at, "张敏", "update", "learner", "k", '{"a":[1,2]}', "d"),
    ):
        assert changed != base


# --- frozen records and corrections ------------------------------------------------------------------


class _TestBase(DeclarativeBase):
    pass


class Voucher(_TestBase):
    """A stand-in for a claim of issue 4: frozen once paid."""

    __tablename__ = "test_voucher"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    amount_fen: Mapped[int] = mapped_column(Integer)
    paid_on: Mapped[str | None] = mapped_column(String(10), default=None)

    @staticmethod
    def audit_frozen(old: Mapping[str, Any]) -> str | None:
        return "已支付" if old["paid_on"] is not None else None


@pytest.fixture
def vouchers(db: Database, enterprise_id: int) -> Database:
    _TestBase.metadata.create_all(db.engine)
    with db.write() as s:
        s.add(Voucher(id=1, amount_fen=120000))
    with db.write() as s:
        v = s.get(Voucher, 1)
        assert v is not None
        v.paid_on = "2026-03-01"  # paying is the last ordinary change
    return db


def test_a_paid_record_refuses_edits_and_deletes(vouchers: Database) -> None:
    with pytest.raises(NotPermitted, match="这条记录已支付，不能直接修改或删除"), vouchers.write() as s:
        v = s.get(Voucher, 1)
        assert v is not None and guards.is_frozen(v) == "已支付"
        v.amount_fen = 1
    with pytest.raises(NotPermitted, match="已支付"), vouchers.write() as s:
        s.delete(s.get(Voucher, 1))
    with vouchers.read() as s:
        assert s.scalar(select(Voucher.amount_fen)) == 120000


def test_a_correction_needs_a_reason_and_is_recorded_with_it(vouchers: Database) -> None:
    with pytest.raises(InputRejected, match="写明原因"), vouchers.write() as s:
        guards.start_correction(s, s.get(Voucher, 1), "  ")
    with vouchers.write() as s:
        v = s.get(Voucher, 1)
        guards.start_correction(s, v, "发票金额录入错误，按原始发票更正")
        assert v is not None
        v.amount_fen = 102000
    (entry,) = entries(vouchers, table_name="test_voucher", action="correct")
    assert changes(entry) == {"amount_fen": [120000, 102000]}
    assert entry.detail == "更正：发票金额录入错误，按原始发票更正"
    # The permission to correct is a role's: a viewer may not.
    with vouchers.write() as s:
        accounts.add_user(s, username="admin", display_name="管", role="admin", password=PASSWORD)
        accounts.add_user(
            s,
            username="look",
            display_name="看",
            role="viewer",
            password=PASSWORD,
            must_change_password=False,
        )
    vouchers.principal = Principal("look", "看", "viewer")
    with pytest.raises(NotPermitted, match="无权更正"), vouchers.write() as s:
        guards.start_correction(s, s.get(Voucher, 1), "再改一次金额")


# --- nobody approves their own ------------------------------------------------------------------------


def test_self_approval_is_refused(db: Database, enterprise_id: int) -> None:
    with db.write() as s:
        accounts.add_user(s, username="admin", display_name="管理员", role="admin", password=PASSWORD)
        for name, role in (("hr", "coordinator"), ("chair", "union")):
            accounts.add_user(
                s, username=name, display_name=name, role=role, password=PASSWORD, must_change_password=False
            )
    db.principal = auth.sign_in(db, "hr", PASSWORD)
    with db.write() as s:
        lid = learners.register_learner(s, enterprise_id=enterprise_id, values=values())
    with db.write() as s:
        learner = s.get(Learner, lid)
        assert guards.record_author(s, learner) == "hr"
        with pytest.raises(NotPermitted, match="是您本人录入的，不能由您审批"):
            guards.refuse_self_approval(s, learner, learner_id=lid, what="报销申请")
    db.principal = auth.sign_in(db, "chair", PASSWORD)
    with db.write() as s:
        guards.refuse_self_approval(s, s.get(Learner, lid), learner_id=lid, what="报销申请")
        user = s.scalar(select(User).where(User.username == "chair"))
        assert user is not None
        user.learner_id = lid  # the union chair is this learner
    with db.write() as s, pytest.raises(NotPermitted, match="与您本人有关"):
        guards.refuse_self_approval(s, s.get(Learner, lid), learner_id=lid, what="报销申请")


def test_the_event_log_moves_into_the_chain_on_upgrade(tmp_path: Path) -> None:
    from alembic import command

    from qiuxue_desktop.db.engine import make_engine
    from qiuxue_desktop.db.migrate import alembic_config

    path = tmp_path / "old.sqlite3"
    old = Database(str(path), make_engine(str(path)))
    command.upgrade(alembic_config(old), "0002")  # type: ignore[arg-type]
    with old.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO event_log (at, actor, action, subject, detail) VALUES "
                "('2026-11-01 08:00:00.000000', 'zhang', 'reveal_id', 'rec-1', '张三'), "
                "('2026-11-02 09:30:00.250000', 'zhang', 'export_roster', '花名册.xlsx', '300 learners')"
            )
        )
    old.dispose()
    db = open_database(str(path), backup_dir=tmp_path / "backups")
    try:
        found = entries(db)
        assert [(e.id, e.actor, e.action, e.table_name, e.record_key, e.detail) for e in found] == [
            (1, "zhang", "reveal", "learner", "rec-1", "张三"),
            (2, "zhang", "export", "learner", "", "花名册.xlsx；300 learners"),
        ]
        assert found[1].at == dt.datetime(2026, 11, 2, 9, 30, 0, 250000, tzinfo=dt.UTC)
        with db.read() as s:
            assert audit.verify_chain(s).ok
        with db.write() as s:  # the chain goes on from the migrated entries
            audit.record(s, "print", detail="名单")
        with db.read() as s:
            assert audit.verify_chain(s).checked == 3
    finally:
        db.dispose()


def test_the_trail_is_found_by_a_records_name_or_the_beginning_of_its_key(
    db: Database, enterprise_id: int
) -> None:
    with db.write() as s:
        zhang = learners.register_learner(s, enterprise_id=enterprise_id, values=values())
        li = learners.register_learner(
            s,
            enterprise_id=enterprise_id,
            values=values(name="李四", id_number=make_id(3), phone="13900139000"),
        )
    with db.write() as s:
        learners.update_learner(s, zhang, values={"phone": "13700137000"}, expected_version=None)
        learners.reveal_id_number(s, li)
    with db.read() as s:
        by_name = audit.fetch_entries(s, audit.query_entry_ids(s, audit.AuditQuery(record="张三")))
        assert [(e.action, e.record_name) for e in by_name] == [("update", "张三"), ("insert", "张三")]
        key = s.scalar(select(Learner.record_id).where(Learner.id == li))
        assert key is not None
        by_key = audit.query_entry_ids(s, audit.AuditQuery(record=key[:6].upper()))
        assert [e.action for e in audit.fetch_entries(s, by_key)] == ["reveal", "insert"]
        assert audit.count_entries(s, audit.AuditQuery(record="王五")) == 0
