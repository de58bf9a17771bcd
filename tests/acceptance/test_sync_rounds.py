"""Reporting to the platform through files, judged by the real simulator
(../shared/tools/platform-sim): five rounds of changes on demo data — adds, edits, deletes (a
learner deleted with their enrolments and subsidies in one batch), a paid claim corrected —
each exported with `qiuxue sync export`, checked with `platform-sim check`, its receipt applied
with `qiuxue sync receipt`; after every receipt `platform-sim dump` equals what the application
says the platform holds. Records made wrong behind the services' back are held back (a wrong
ID check digit) or refused by the platform (E204, and E203 for the enrolment riding with it)
and go through once corrected. A batch awaiting its receipt is written again byte for byte; a
package the platform rejects as a whole is sent again as a new batch; bad receipts change
nothing."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.db.migrate import open_database
from qiuxue_desktop.domain import Claim, Enrolment, Learner, Programme
from qiuxue_desktop.domain.ids import id_check_char
from qiuxue_desktop.services import claim_flow as flow
from qiuxue_desktop.services.claims import create_invoice_claim
from qiuxue_desktop.services.coursework import record_result
from qiuxue_desktop.services.demo import create_demo
from qiuxue_desktop.services.enrolments import change_status, enrol
from qiuxue_desktop.services.invoices import add_invoice
from qiuxue_desktop.services.learners import delete_learner, register_learner, update_learner
from qiuxue_desktop.services.schemes import save_scheme
from qiuxue_desktop.sync.batches import export_batch
from qiuxue_desktop.sync.platform_v1 import SHANGHAI
from qiuxue_desktop.sync.status import platform_holdings, sync_status

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SIM = ROOT.parent / "shared" / "tools" / "platform-sim" / "platform_sim.py"
TODAY = dt.date.today()
UNION: dict[str, Any] = {
    "name": "上报测试·市总工会入学资助",
    "funder": "市总工会",
    "source_type": "union",
    "trigger": "enrolment",
    "rule_kind": "fixed",
    "amount_fen": 150_000,
    "posting_days": 3,
}
EMPLOYER: dict[str, Any] = {
    "name": "上报测试·企业学费报销",
    "funder": "本企业",
    "source_type": "edu_fund",
    "trigger": "term",
    "rule_kind": "percent",
    "percent_bp": 5000,
    "posting_days": 3,
}


class Platform:
    """The simulator with its state folder, run as a separate program."""

    def __init__(self, state: Path) -> None:
        if not SIM.exists():
            pytest.fail(f"the platform simulator is missing: {SIM}")
        self.state = state

    def check(self, package: Path, *, state: Path | None = None) -> tuple[int, dict[str, Any], Path]:
        receipt = package.with_name(package.name.removesuffix(".zip") + "_receipt.json")
        proc = subprocess.run(
            [sys.executable, str(SIM), "check", str(package), "--state", str(state or self.state)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert proc.returncode in (0, 1, 2), proc.stderr
        assert "warning" not in proc.stderr, proc.stderr  # the file is named as the contract says
        return proc.returncode, json.loads(receipt.read_text("utf-8")), receipt

    def dump(self, uscc: str) -> dict[str, Any]:
        proc = subprocess.run(
            [sys.executable, str(SIM), "dump", "--state", str(self.state), "--uscc", uscc],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        return dict(json.loads(proc.stdout)[uscc])


class Office:
    """The application's side: the database (for the changes a user makes in the window) and
    the `qiuxue` command (for the export and the receipt)."""

    def __init__(self, db: Database, run_cli: Any, work: Path) -> None:
        self.db, self.cli, self.work = db, run_cli, work
        with db.read() as s:
            self.uscc = str(s.scalar(text("SELECT uscc FROM enterprise")))
            self.enterprise_id = int(s.scalar(text("SELECT id FROM enterprise")) or 0)
        self.rounds = 0

    def export(self) -> tuple[Path, str]:
        self.rounds += 1
        r = self.cli("sync", "export", "--out", str(self.work / f"usb-{self.rounds}"))
        assert r.code == 0, r.err
        return Path(r.out.strip().splitlines()[0]), r.err

    def receipt(self, path: Path) -> str:
        r = self.cli("sync", "receipt", str(path))
        assert r.code == 0, r.err
        return str(r.out) + str(r.err)

    def holdings(self) -> dict[str, Any]:
        with self.db.read() as s:
            return platform_holdings(s)

    def status(self) -> Any:
        with self.db.read() as s:
            return sync_status(s)

    def scalar(self, sql: str, **params: Any) -> Any:
        with self.db.read() as s:
            return s.scalar(text(sql), params)


@pytest.fixture
def office(db_path: Path, run_cli: Any, tmp_path: Path) -> Any:
    db = open_database(str(db_path))
    try:
        with db.write() as s:
            create_demo(s, learners=40, seed=11)
            save_scheme(s, UNION)
            save_scheme(s, EMPLOYER)
        yield Office(db, run_cli, tmp_path)
    finally:
        db.dispose()


def studying_enrolments(office: Office) -> list[tuple[int, int]]:
    """(enrolment id, learner id) of studying enrolments, one per learner, oldest first."""
    with office.db.read() as s:
        rows = s.execute(
            select(Enrolment.id, Enrolment.learner_id)
            .where(Enrolment.status == "studying")
            .order_by(Enrolment.id)
        ).all()
    first: dict[int, int] = {}
    for enrolment, learner in rows:
        first.setdefault(learner, enrolment)
    return [(enrolment, learner) for learner, enrolment in first.items()]


def paid_claim(office: Office, enrolment_id: int, number: str, amount_fen: int = 360_000) -> int:
    """An invoice and its claim, through every step (one person, no accounts), paid."""
    with office.db.write() as s:
        enrolment = s.get(Enrolment, enrolment_id)
        assert enrolment is not None
        invoice_id = add_invoice(
            s,
            enrolment_id=enrolment_id,
            number=number,
            issuer="上报测试院校",
            issued_on=TODAY - dt.timedelta(days=40),
            amount_fen=amount_fen,
            term="2025-2026-2",
            today=TODAY,
        )
        claim_id = create_invoice_claim(s, invoice_id)
    with office.db.write() as s:
        flow.submit_claim(s, claim_id)
        flow.hr_review(s, claim_id)
        flow.union_approve(s, claim_id)
        end = flow.start_posting(s, claim_id, start=TODAY - dt.timedelta(days=20))
        flow.pay_claim(s, claim_id, paid_on=end + dt.timedelta(days=1), method="cash", today=TODAY)
    return claim_id


def new_learner(office: Office, seq: int, name: str) -> int:
    body = f"350102{1988 + seq % 10}0612{seq:03d}"
    with office.db.write() as s:
        return register_learner(
            s,
            enterprise_id=office.enterprise_id,
            values={
                "name": name,
                "id_number": body + id_check_char(body),
                "phone": f"1590000{seq:04d}",
                "department": "总装车间",
                "post_category": "1",
                "hire_date": dt.date(2020, 5, 6),
                "hukou_type": "1",
                "prior_education": "2",
            },
        )


def enrol_studying(office: Office, learner_id: int, seq: int) -> int:
    with office.db.write() as s:
        programme_id = s.scalars(select(Programme.id).order_by(Programme.id)).first()
        assert programme_id is not None
        return enrol(
            s,
            learner_id=learner_id,
            programme_id=programme_id,
            student_no=f"SYNC{seq:05d}",
            intake_date=dt.date(2025, 9, 1),
            status="studying",
            today=TODAY,
        )


def record_id(office: Office, model: Any, pk: int) -> str:
    with office.db.read() as s:
        return str(s.scalar(select(model.record_id).where(model.id == pk)))


def settle(office: Office, platform: Platform, package: Path, expected: int) -> dict[str, Any]:
    """platform-sim check, the receipt applied, then the platform's dump compared."""
    code, receipt, path = platform.check(package)
    assert code == expected, receipt
    office.receipt(path)
    assert platform.dump(office.uscc) == office.holdings()
    return receipt


def rejected_codes(receipt: dict[str, Any]) -> dict[str, str]:
    return {r["record_id"]: r["code"] for r in receipt["rows"] if r["status"] == "rejected"}


def test_five_rounds_of_changes_reach_the_platform_exactly(office: Office, tmp_path: Path) -> None:
    platform = Platform(tmp_path / "platform")
    pairs = studying_enrolments(office)
    assert len(pairs) >= 6, "the demo should have studying enrolments"
    first_claims = [paid_claim(office, e, f"SYNC2026{i:06d}") for i, (e, _l) in enumerate(pairs[:3])]

    # Round 1: everything the demo holds. Written again before its receipt: byte for byte the same.
    package, _err = office.export()
    again, err = office.export()
    assert again.name == package.name and again.read_bytes() == package.read_bytes()
    assert "重新写出" in err
    receipt = settle(office, platform, package, 0)
    assert len(receipt["rows"]) == sum(len(v) for v in office.holdings().values())
    assert office.status().pending_total == 0

    # Round 2: edits and additions; a new learner whose ID number was broken behind the services' back.
    with office.db.write() as s:
        update_learner(s, pairs[0][1], values={"phone": "13600000001"}, expected_version=None)
        enrolment_id, course_id = s.execute(
            text(
                """SELECT e.id, c.id FROM enrolment e JOIN course c ON c.programme_id = e.programme_id
                   WHERE e.status = 'studying' AND NOT EXISTS (SELECT 1 FROM course_result r
                         WHERE r.enrolment_id = e.id AND r.course_id = c.id)
                   ORDER BY e.id, c.term_no, c.position LIMIT 1"""
            )
        ).one()
        record_result(s, enrolment_id=enrolment_id, course_id=course_id, result="88", today=TODAY)
        credited = record_id(office, Enrolment, enrolment_id)
    fresh = new_learner(office, 1, "林晓燕")
    fresh_enrolment = enrol_studying(office, fresh, 1)
    broken = new_learner(office, 2, "郑国强")
    broken_enrolment = enrol_studying(office, broken, 2)
    good_id = office.scalar("SELECT id_number FROM learner WHERE id = :i", i=broken)
    wrong_id = good_id[:17] + ("1" if good_id[17] != "1" else "2")
    with office.db.write() as s:  # raw SQL: no service would store it
        s.execute(text("UPDATE learner SET id_number = :n WHERE id = :i"), {"n": wrong_id, "i": broken})
    paid_claim(office, pairs[3][0], "SYNC2026100001")
    package, err = office.export()
    assert "郑国强" in err and "E204 身份证号校验位错误" in err  # held back, with the reason and the record
    receipt = settle(office, platform, package, 0)
    assert credited in {r["record_id"] for r in receipt["rows"]}  # 已修学分 changed: U
    held = office.status().held_back
    assert {(h.kind, h.code) for h in held} == {("learner", "E204"), ("enrolment", "E203")}
    assert record_id(office, Learner, broken) not in office.holdings()["学员信息"]
    assert record_id(office, Learner, fresh) in office.holdings()["学员信息"]
    assert record_id(office, Enrolment, fresh_enrolment) in office.holdings()["学籍信息"]

    # Round 3: the ID number corrected (both go through); a batch made on a PC whose clock runs a
    # day ahead carries a learner born "tomorrow": the platform refuses it (E204) and the new
    # enrolment riding with it (E203).
    with office.db.write() as s:
        update_learner(s, broken, values={"id_number": good_id}, expected_version=None)
    tomorrow = dt.datetime.now(SHANGHAI).date() + dt.timedelta(days=1)  # the platform's tomorrow
    early = new_learner(office, 3, "何丽君")
    early_enrolment = enrol_studying(office, early, 3)
    body = f"350102{tomorrow:%Y%m%d}{300:03d}"
    with office.db.write() as s:
        s.execute(
            text("UPDATE learner SET id_number = :n, birth_date = :b, gender = '2' WHERE id = :i"),
            {"n": body + id_check_char(body), "b": tomorrow.isoformat(), "i": early},
        )
    ahead = dt.datetime.combine(tomorrow, dt.time(9, 0), tzinfo=SHANGHAI)
    result = export_batch(office.db, tmp_path / "usb-ahead", now=ahead)
    assert result.path is not None and not result.prepared.held_back
    receipt = settle(office, platform, result.path, 1)
    assert rejected_codes(receipt) == {
        record_id(office, Learner, early): "E204",
        record_id(office, Enrolment, early_enrolment): "E203",
    }
    assert record_id(office, Learner, broken) in office.holdings()["学员信息"]
    assert record_id(office, Enrolment, broken_enrolment) in office.holdings()["学籍信息"]
    status = office.status()
    assert {(r.kind, r.code, r.learner_name) for r in status.rejected} == {
        ("learner", "E204", "何丽君"),
        ("enrolment", "E203", "何丽君"),
    }
    assert status.pending_total == 0 and not status.held_back  # refused and unchanged: not sent again
    shown = office.cli("sync", "status")
    assert (
        shown.code == 0 and "被拒\t学员 何丽君" in shown.out and "E204" in shown.out and "E203" in shown.out
    )

    # Round 4: the learner born "tomorrow" corrected, and the refused enrolment goes again with
    # it; a learner deleted with all their enrolments and subsidies in one batch; a paid claim
    # corrected (D for it, A for the correction); an enrolment withdrawn.
    body = f"35010219900612{300:03d}"
    with office.db.write() as s:
        update_learner(s, early, values={"id_number": body + id_check_char(body)}, expected_version=None)
    gone = pairs[2][1]
    gone_records = {
        "学员信息": {record_id(office, Learner, gone)},
        "学籍信息": set(office_ids(office, "SELECT record_id FROM enrolment WHERE learner_id = :i", i=gone)),
        "补助发放": set(
            office_ids(office, "SELECT record_id FROM claim WHERE learner_id = :i AND state = 'paid'", i=gone)
        ),
    }
    assert all(ids <= set(office.holdings()[sheet]) for sheet, ids in gone_records.items())
    assert gone_records["补助发放"], "the learner to delete has a paid subsidy on the platform"
    with office.db.write() as s:
        delete_learner(s, gone, reason="身份证号登记错人，整条删除", expected_version=None)
    with office.db.write() as s:
        correction = flow.start_correction_claim(s, first_claims[0], reason="企业比例按新制度重算")
    pay_through(office, correction)
    with office.db.write() as s:
        change_status(s, pairs[4][0], to_status="withdrawn", on=TODAY, today=TODAY)
    package, _err = office.export()
    receipt = settle(office, platform, package, 0)
    ops = {r["record_id"] for r in receipt["rows"]}
    held = office.holdings()
    for sheet, ids in gone_records.items():
        assert ids <= ops and not ids & set(held[sheet])
    assert record_id(office, Claim, first_claims[0]) not in held["补助发放"]
    assert record_id(office, Claim, correction) in held["补助发放"]
    assert record_id(office, Learner, early) in held["学员信息"]
    assert record_id(office, Enrolment, early_enrolment) in held["学籍信息"]
    assert held["学籍信息"][record_id(office, Enrolment, pairs[4][0])]["学籍状态"] == "3"
    assert not office.status().rejected

    # Round 5: a programme renamed (its enrolments change). The first try reaches a platform whose
    # sequence differs and is rejected as a whole; its rows go again in a new batch.
    with office.db.write() as s:
        programme = s.get(
            Programme, s.scalar(select(Enrolment.programme_id).where(Enrolment.id == pairs[5][0]))
        )
        assert programme is not None
        programme.name = programme.name + "（新版）"
    package, _err = office.export()
    code, receipt, path = platform.check(package, state=tmp_path / "another-platform")
    assert code == 2 and receipt["errors"][0]["code"] == "E005" and not receipt["rows"]
    assert "整批拒收" in office.receipt(path)
    assert platform.dump(office.uscc) == office.holdings()
    assert office.status().pending_total > 0  # the rows wait for the next batch
    resent, _err = office.export()
    assert resent.name == package.name  # the same sequence number: the rejected batch did not count
    assert json.loads(zip_member(resent, "manifest.json"))["batch_id"] != receipt["batch_id"]
    receipt = settle(office, platform, resent, 0)
    renamed = {r["record_id"] for r in receipt["rows"]}
    assert record_id(office, Enrolment, pairs[5][0]) in renamed
    assert office.status().pending_total == 0
    r = office.cli("sync", "export", "--out", str(tmp_path / "usb-last"))
    assert r.code == 0 and r.out.strip() == "nothing to send"
    assert not (tmp_path / "usb-last").exists() or not list((tmp_path / "usb-last").iterdir())


def office_ids(office: Office, sql: str, **params: Any) -> list[str]:
    with office.db.read() as s:
        return [str(v) for v in s.scalars(text(sql), params)]


def pay_through(office: Office, claim_id: int) -> None:
    with office.db.write() as s:
        flow.submit_claim(s, claim_id)
        flow.hr_review(s, claim_id)
        flow.union_approve(s, claim_id)
        end = flow.start_posting(s, claim_id, start=TODAY - dt.timedelta(days=10))
        flow.pay_claim(s, claim_id, paid_on=end + dt.timedelta(days=1), method="cash", today=TODAY)


def zip_member(package: Path, name: str) -> bytes:
    import zipfile

    with zipfile.ZipFile(package) as archive:
        return archive.read(name)


def test_a_lost_batch_is_written_again_the_same_and_bad_receipts_change_nothing(
    office: Office, tmp_path: Path
) -> None:
    platform = Platform(tmp_path / "platform")
    package, _err = office.export()
    copy = tmp_path / "kept.zip"
    shutil.copyfile(package, copy)
    package.unlink()  # the USB stick is lost
    again, err = office.export()
    assert again.read_bytes() == copy.read_bytes() and "重新写出" in err

    def state() -> tuple[Any, ...]:
        con = sqlite3.connect(office.db.target)
        try:
            return tuple(
                con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("sync_outbox", "sync_held", "sync_rejection", "audit_entry")
            ) + tuple(con.execute("SELECT state, applied_at FROM sync_batch").fetchall())
        finally:
            con.close()

    before = state()
    example = tmp_path / "example"
    subprocess.run([sys.executable, str(SIM), "make-example", str(example)], check=True, capture_output=True)
    (foreign,) = example.glob("*_receipt.json")
    _code, receipt, path = platform.check(
        again,
        state=tmp_path / "scratch",
    )
    unknown = tmp_path / "unknown_receipt.json"
    unknown.write_text(json.dumps({**receipt, "batch_id": str(uuid.uuid4())}), "utf-8")
    short = tmp_path / "short_receipt.json"
    short.write_text(json.dumps({**receipt, "rows": receipt["rows"][:-1]}), "utf-8")
    cases = {
        again: "不是平台回执",  # the package itself
        foreign: "不是从本数据库导出的",  # another enterprise's batch
        unknown: "不是从本数据库导出的",
        short: "不完整",
        tmp_path / "missing.json": "无法读取",
    }
    for bad, says in cases.items():
        r = office.cli("sync", "receipt", str(bad))
        assert r.code == 3 and says in r.err and "Traceback" not in r.err, (bad, r.err)
        assert state() == before
    assert "全部接收" in office.receipt(path)
    after = state()
    assert "导入过" in office.receipt(path)  # once more: nothing changes
    assert state() == after
