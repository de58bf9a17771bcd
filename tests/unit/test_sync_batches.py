"""Batches and receipts through the service API, on SQLite and PostgreSQL, judged by the real
platform simulator (../shared/tools/platform-sim/platform_sim.py, loaded as a module): what the
application says the platform holds equals the simulator's records after every receipt; a
batch awaiting its receipt comes back unchanged; nothing pending makes no batch; rows the
platform would refuse are held back with the reason; a refused record waits for a change."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from sqlalchemy import select, text
from tests.unit.claim_samples import CITY, ENTERPRISE, TODAY, invoice, learner_studying, schemes

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain import Enrolment, Learner
from qiuxue_desktop.domain.sync import SyncOutbox
from qiuxue_desktop.errors import InputRejected
from qiuxue_desktop.services import claim_flow as flow
from qiuxue_desktop.services.claims import create_invoice_claim
from qiuxue_desktop.services.learners import delete_learner, update_learner
from qiuxue_desktop.sync.batches import prepare_batch
from qiuxue_desktop.sync.receipts import apply_receipt
from qiuxue_desktop.sync.status import pending_counts, platform_holdings, sync_status

SIM = Path(__file__).resolve().parents[3] / "shared" / "tools" / "platform-sim" / "platform_sim.py"
NOW = dt.datetime(2026, 11, 28, 9, 30, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def sim() -> ModuleType:
    if not SIM.exists():
        pytest.fail(f"the platform simulator is missing: {SIM}")
    spec = importlib.util.spec_from_file_location("platform_sim", SIM)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["platform_sim"] = module
    spec.loader.exec_module(module)
    return module


class Platform:
    def __init__(self, sim: ModuleType, state: Path) -> None:
        self.sim, self.store = sim, sim.Store(state)

    def judge(self, package: bytes) -> bytes:
        received = NOW.astimezone(self.sim.SHANGHAI)
        return json.dumps(self.sim.process_package(package, self.store, received).receipt).encode()

    def records(self, uscc: str) -> dict[str, Any]:
        return dict(self.store.load(uscc)["records"])


def send(db: Database, platform: Platform) -> dict[str, Any]:
    """The next batch judged and its receipt applied; returns the receipt."""
    with db.write() as s:
        prepared = prepare_batch(s, now=NOW)
    assert prepared.batch is not None, prepared
    receipt = platform.judge(prepared.package)
    with db.write() as s:
        result = apply_receipt(s, receipt)
    assert not result.applied_before
    return dict(json.loads(receipt))


def holdings(db: Database) -> dict[str, Any]:
    with db.read() as s:
        return platform_holdings(s)


def pay(db: Database, claim_id: int) -> None:
    with db.write() as s:
        flow.submit_claim(s, claim_id)
        flow.hr_review(s, claim_id)
        flow.union_approve(s, claim_id)
        end = flow.start_posting(s, claim_id, start=dt.date(2026, 11, 1))
        flow.pay_claim(s, claim_id, paid_on=end + dt.timedelta(days=1), method="cash", today=TODAY)


@pytest.fixture
def office(db: Database, enterprise_id: int) -> dict[str, int]:
    """Two learners studying, one of them with a paid claim."""
    with db.write() as s:
        schemes(s, CITY, ENTERPRISE)
        first, first_enrolment = learner_studying(s, enterprise_id, seq=1)
        second, second_enrolment = learner_studying(s, enterprise_id, seq=2)
        claim = create_invoice_claim(s, invoice(s, first_enrolment, "35000012345684", 600_000))
    pay(db, claim)
    return {"first": first, "second": second, "second_enrolment": second_enrolment}


def test_batches_and_receipts_keep_the_platform_and_the_application_in_step(
    db: Database, office: dict[str, int], sim: ModuleType, tmp_path: Path
) -> None:
    platform = Platform(sim, tmp_path / "platform")
    with db.read() as s:
        uscc = str(s.scalar(text("SELECT uscc FROM enterprise")))
    receipt = send(db, platform)
    assert receipt["status"] == "accepted" and receipt["sequence"] == 1
    assert [len(v) for v in holdings(db).values()] == [2, 2, 1]
    assert holdings(db) == platform.records(uscc)
    with db.write() as s:
        assert prepare_batch(s, now=NOW).batch is None  # nothing pending

    with db.write() as s:
        update_learner(s, office["second"], values={"phone": "13912340000"}, expected_version=None)
        delete_learner(s, office["first"], reason="重复登记，应删除", expected_version=None)
    receipt = send(db, platform)
    ops = sorted(r["sheet"] for r in receipt["rows"])
    assert receipt["status"] == "accepted" and receipt["sequence"] == 2
    assert ops == ["学员信息", "学员信息", "学籍信息", "补助发放"]  # U, and D for learner, enrolment, subsidy
    assert holdings(db) == platform.records(uscc)
    assert [len(v) for v in holdings(db).values()] == [1, 1, 0]
    assert holdings(db)["学员信息"][record_id(db, Learner, office["second"])]["手机号"] == "13912340000"


def record_id(db: Database, model: Any, pk: int) -> str:
    with db.read() as s:
        return str(s.scalar(select(model.record_id).where(model.id == pk)))


def test_a_batch_awaiting_its_receipt_comes_back_unchanged_and_a_receipt_twice_changes_nothing(
    db: Database, office: dict[str, int], sim: ModuleType, tmp_path: Path
) -> None:
    with db.write() as s:
        first = prepare_batch(s, now=NOW)
    with db.write() as s:
        update_learner(s, office["second"], values={"phone": "13912340001"}, expected_version=None)
    with db.write() as s:
        again = prepare_batch(s, now=NOW + dt.timedelta(days=3))
    assert again.rewritten and again.package == first.package and again.batch == first.batch
    receipt = Platform(sim, tmp_path / "platform").judge(first.package)
    with db.write() as s:
        assert not apply_receipt(s, receipt).applied_before
    with db.write() as s:
        assert apply_receipt(s, receipt).applied_before
    with db.write() as s:
        follow = prepare_batch(s, now=NOW)
    assert follow.batch is not None and follow.batch.sequence == 2
    assert follow.batch.counts == {"学员信息": 1, "学籍信息": 0, "补助发放": 0}  # the phone changed meanwhile


def test_rows_the_platform_would_refuse_are_held_back_and_a_refused_record_waits_for_a_change(
    db: Database, office: dict[str, int], sim: ModuleType, tmp_path: Path
) -> None:
    platform = Platform(sim, tmp_path / "platform")
    later = (NOW + dt.timedelta(days=30)).date()
    with db.write() as s:  # behind the services' back: hired after the batch is made
        s.execute(
            text("UPDATE learner SET hire_date = :d WHERE id = :i"), {"d": later, "i": office["second"]}
        )
    receipt = send(db, platform)
    with db.read() as s:
        status = sync_status(s, now=NOW)
    assert [(h.kind, h.code, h.reason) for h in status.held_back] == [
        ("learner", "E207", "入职日期晚于批次创建日期"),
        ("enrolment", "E203", "所属学员本批不能报送（入职日期晚于批次创建日期）：请先更正学员"),
    ]
    assert len(receipt["rows"]) == 3
    with db.write() as s:
        update_learner(s, office["second"], values={"hire_date": dt.date(2019, 7, 1)}, expected_version=None)
    receipt = send(db, platform)
    assert {r["sheet"] for r in receipt["rows"]} == {"学员信息", "学籍信息"}
    with db.read() as s:
        assert sync_status(s, now=NOW).pending_total == 0
        assert pending_counts(s) == {"learner": 0, "enrolment": 0, "subsidy": 0}
        assert s.scalar(select(SyncOutbox.id)) is None


def test_bad_receipts_are_refused_with_one_sentence(db: Database, office: dict[str, int]) -> None:
    with db.write() as s:
        prepared = prepare_batch(s, now=NOW)
    assert prepared.batch is not None
    bad = {
        b"PK\x03\x04 not json": "不是UTF-8编码的JSON",
        b'{"spec": "qxym-exchange/2"}': "不是平台回执",
        json.dumps(
            {
                "spec": "qxym-exchange/1",
                "batch_id": "0f8e6f1c-3c2b-4f57-9a51-0b8d2b3c9e10",
                "sequence": 1,
                "status": "accepted",
                "errors": [],
                "rows": [],
            }
        ).encode(): "不是从本数据库导出的",
        json.dumps(
            {
                "spec": "qxym-exchange/1",
                "batch_id": prepared.batch.batch_id,
                "sequence": 1,
                "status": "accepted",
                "errors": [],
                "rows": [],
            }
        ).encode(): "不完整",
    }
    for data, says in bad.items():
        with pytest.raises(InputRejected, match=says), db.write() as s:
            apply_receipt(s, data)
    with db.read() as s:
        assert sync_status(s, now=NOW).awaiting == prepared.batch
        assert s.scalar(select(Enrolment.id).where(Enrolment.id == office["second_enrolment"])) is not None
