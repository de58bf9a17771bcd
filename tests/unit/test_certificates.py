"""Certificates through the services, on SQLite and PostgreSQL: numbers given at issue and never
again (across voids, years and kinds, and two PCs issuing at once), 结业证书 only for a finished
enrolment, voiding that keeps the record and freezes it, the wording as issued, and verifying a
code as printed or scanned: genuine, voided, forged (a flipped bit, another installation's key)."""

from __future__ import annotations

import base64
import datetime as dt
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select, text
from tests.unit.certificate_samples import ISSUED_ON, code_of, graduates, numbers
from tests.unit.claim_samples import add_people, as_user

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain.audit import AuditEntry
from qiuxue_desktop.domain.certificates import Certificate, CertificateCounter, CertificateKey
from qiuxue_desktop.errors import InputRejected, NotPermitted
from qiuxue_desktop.services.certificate_keys import (
    CodeContent,
    SigningKey,
    group_code,
    key_folder,
    list_keys,
    public_keys_pem,
)
from qiuxue_desktop.services.certificate_wording import save_wording
from qiuxue_desktop.services.certificates import (
    CertificateQuery,
    Verdict,
    graduates_without_certificate,
    issue_certificates,
    list_certificates,
    verify_code,
    void_certificate,
)


def _issue(db: Database, kind: str, **kw: object) -> list[int]:
    with db.write() as s:
        return issue_certificates(s, kind, issued_on=kw.pop("on", ISSUED_ON), **kw)  # type: ignore[arg-type]


def _void(db: Database, cid: int, reason: str = "姓名打错，已重新颁发") -> None:
    with db.write() as s:
        void_certificate(s, cid, reason)


def test_a_graduation_certificate_is_numbered_signed_and_keeps_what_was_printed(
    db: Database, enterprise_id: int
) -> None:
    (done,), _ = graduates(db, enterprise_id, ("欧阳娜娜",))
    (cid,) = _issue(db, "JY", enrolment_ids=[done])
    with db.read() as s:
        cert = s.get(Certificate, cid)
        assert cert is not None
        assert cert.number == "NJDZ-2026-JY-0001"
        assert cert.holder_name == "欧阳娜娜" and cert.title == "结业证书"
        assert "欧阳娜娜同志" in cert.body and "苏州大学机电一体化技术专业（高起专）" in cert.body
        assert cert.period == "2024年9月至2026年7月" and cert.issuer == "南京某某电子有限公司"
        assert cert.enrolment_id == done and cert.key_number == 1
        inserted = s.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.table_name == "certificate", AuditEntry.record_key == cert.record_id)
        )
        assert inserted == 1  # the issue is on record
    with db.write() as s:  # the wording changes later: the certificate does not
        save_wording(s, "JY", title="结业证明", body="{姓名}完成学业。")
    with db.read() as s:
        cert = s.get(Certificate, cid)
        assert cert is not None and cert.title == "结业证书"
        learner_id = cert.learner_id
    (again,) = _issue(db, "YX", learner_ids=[learner_id])
    with db.read() as s:
        assert s.get(Certificate, again).number == "NJDZ-2026-YX-0001"  # type: ignore[union-attr]


def test_only_a_finished_enrolment_gets_a_graduation_certificate_and_only_one(
    db: Database, enterprise_id: int
) -> None:
    (done,), (still,) = graduates(db, enterprise_id, ("张伟",), studying_too=("王芳",))
    with pytest.raises(InputRejected, match=r"王芳.*在读.*没有颁发任何证书"):
        _issue(db, "JY", enrolment_ids=[done, still])
    assert numbers(db) == []  # all or nothing: 张伟 got none either
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(CertificateCounter)) == 0
        assert [g.name for g in graduates_without_certificate(s)] == ["张伟"]
    (cid,) = _issue(db, "JY", enrolment_ids=[done])
    with pytest.raises(InputRejected, match="已有结业证书 NJDZ-2026-JY-0001"):
        _issue(db, "JY", enrolment_ids=[done])
    with db.read() as s:
        assert graduates_without_certificate(s) == []
    _void(db, cid)
    _issue(db, "JY", enrolment_ids=[done])
    assert numbers(db) == ["NJDZ-2026-JY-0001", "NJDZ-2026-JY-0002"]
    with pytest.raises(InputRejected, match="荣誉称号"):
        _issue(db, "RY", learner_ids=[1])
    with pytest.raises(InputRejected, match="张伟被选了两次"):
        _issue(db, "YX", learner_ids=[1, 1])
    assert len(numbers(db)) == 2


def test_numbers_are_never_given_again_across_voids_years_and_kinds(db: Database, enterprise_id: int) -> None:
    done, _ = graduates(db, enterprise_id, ("张伟", "王芳", "李娜", "刘洋"))
    a, b = _issue(db, "JY", enrolment_ids=done[:2])
    _void(db, b)  # the newest one voided: max()+1 over the live rows would give its number again
    (c,) = _issue(db, "JY", enrolment_ids=[done[2]])
    _void(db, a)
    _void(db, c)
    (d,) = _issue(db, "JY", enrolment_ids=[done[3]], on=dt.date(2027, 1, 5))  # a new year starts at 1
    (e,) = _issue(db, "JY", enrolment_ids=[done[0]])  # back in 2026: the counter goes on
    (f,) = _issue(db, "RY", learner_ids=[1], honour="优秀毕业生")
    assert numbers(db) == [
        "NJDZ-2026-JY-0001",
        "NJDZ-2026-JY-0002",
        "NJDZ-2026-JY-0003",
        "NJDZ-2027-JY-0001",
        "NJDZ-2026-JY-0004",
        "NJDZ-2026-RY-0001",
    ]
    with db.read() as s:
        voided = list_certificates(s, CertificateQuery(voided=True))
        assert sorted(r.number for r in voided) == [
            "NJDZ-2026-JY-0001",
            "NJDZ-2026-JY-0002",
            "NJDZ-2026-JY-0003",
        ]
        assert all(r.void_reason == "姓名打错，已重新颁发" and r.voided_at for r in voided)
        assert [r.number for r in list_certificates(s, CertificateQuery(year=2027))] == ["NJDZ-2027-JY-0001"]
        assert [r.id for r in list_certificates(s, CertificateQuery(kind="RY"))] == [f]
        assert {r.id for r in list_certificates(s, CertificateQuery(text="张伟"))} == {a, e, f}
        assert {r.id for r in list_certificates(s, CertificateQuery(text="zw"))} == {a, e, f}  # initials
        assert [r.id for r in list_certificates(s, CertificateQuery(text="2027-JY"))] == [d]


def test_a_voided_certificate_is_frozen_and_voiding_needs_a_reason(db: Database, enterprise_id: int) -> None:
    (done,), _ = graduates(db, enterprise_id, ("赵丽",))
    (cid,) = _issue(db, "JY", enrolment_ids=[done])
    with pytest.raises(InputRejected, match="原因"), db.write() as s:
        void_certificate(s, cid, "  ")
    _void(db, cid)
    with pytest.raises(InputRejected, match="已于"), db.write() as s:
        void_certificate(s, cid, "再作废一次")
    with pytest.raises(NotPermitted, match="已作废"), db.write() as s:
        cert = s.get(Certificate, cid)
        assert cert is not None
        cert.holder_name = "赵莉"
        s.flush()
    with pytest.raises(NotPermitted), db.write() as s:
        s.delete(s.get(Certificate, cid))
        s.flush()
    with db.read() as s:
        cert = s.get(Certificate, cid)
        assert cert is not None and cert.holder_name == "赵丽" and cert.number == "NJDZ-2026-JY-0001"


def test_issuing_needs_the_permission_and_the_enterprise_short_code(db: Database, enterprise_id: int) -> None:
    (done,), _ = graduates(db, enterprise_id, ("孙敏",))
    add_people(db)
    with pytest.raises(NotPermitted), as_user(db, "finance").write() as s:
        issue_certificates(s, "JY", enrolment_ids=[done])
    with as_user(db, "coordinator").write() as s:
        (cid,) = issue_certificates(s, "JY", enrolment_ids=[done], issued_on=ISSUED_ON)
    with pytest.raises(NotPermitted), as_user(db, "viewer").write() as s:
        void_certificate(s, cid, "测试")
    with as_user(db, "viewer").read() as s:
        assert verify_code(s, s.get(Certificate, cid).code).genuine  # type: ignore[union-attr]
    with as_user(db, "admin").write() as s:
        s.execute(text("UPDATE enterprise SET short_code = ''"))
    with pytest.raises(InputRejected, match="简称"), as_user(db, "admin").write() as s:
        issue_certificates(s, "YX", learner_ids=[1])


def test_verify_tells_genuine_voided_and_forged_apart(db: Database, enterprise_id: int) -> None:
    done, _ = graduates(db, enterprise_id, ("陈晓燕", "周杰"))
    good, voided = _issue(db, "JY", enrolment_ids=done)
    _void(db, voided, "证书遗失，已补发")
    code = code_of(db, good)
    with db.read() as s:
        # As printed (grouped, read aloud into lower case, a zero for an O) and as scanned.
        printed = group_code(code).lower().replace("o", "0")
        for given in (code, printed, "\n".join(group_code(code).split(" ")[:6]) + " " + code[30:]):
            found = verify_code(s, given)
            assert found.verdict is Verdict.GENUINE, given
            assert found.number == "NJDZ-2026-JY-0001" and found.name == "陈晓燕"
            assert "真实有效" in found.message and "陈晓燕" in found.message
        gone = verify_code(s, code_of(db, voided))
        assert gone.verdict is Verdict.VOIDED and "证书遗失，已补发" in gone.message
        assert gone.voided_at is not None

        raw = bytearray(base64.b32decode(code + "=" * (-len(code) % 8)))
        for bit in (8 * 12 + 3, len(raw) * 8 - 5):  # in the name, in the signature
            flipped = bytearray(raw)
            flipped[bit // 8] ^= 1 << (bit % 8)
            forged = base64.b32encode(bytes(flipped)).decode().rstrip("=")
            assert verify_code(s, forged).verdict is Verdict.FORGED
        # Another installation's key, signing the very same content under key number 1.
        stranger = SigningKey(1, Ed25519PrivateKey.generate())
        other = stranger.sign(CodeContent(1, "JY", 1, ISSUED_ON, "NJDZ", "陈晓燕"))
        assert verify_code(s, other).verdict is Verdict.FORGED
        assert verify_code(s, "HELLO WORLD").verdict is Verdict.NOT_A_CODE
        assert verify_code(s, "").verdict is Verdict.NOT_A_CODE


def test_the_private_key_stays_in_the_data_folder_and_every_installation_verifies(
    db: Database, enterprise_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    done, _ = graduates(db, enterprise_id, ("吴芳", "郑强"))
    (first,) = _issue(db, "JY", enrolment_ids=[done[0]])
    (pem,) = key_folder().glob("*.pem")
    assert pem.stat().st_mode & 0o077 == 0  # readable by its owner only
    private_text = pem.read_text()
    with db.read() as s:
        (row,) = s.scalars(select(CertificateKey))
        dumped = " ".join(str(v) for v in s.execute(select(CertificateKey.__table__)).one())
        assert "PRIVATE" not in dumped and private_text.splitlines()[1] not in dumped
        keys = list_keys(s)
        assert keys[0].here and keys[0].public_key == row.public_key
        assert "BEGIN PUBLIC KEY" in public_keys_pem(keys)
    # Another PC (its own data folder) on the same database: it makes and registers its own key.
    monkeypatch.setenv("QIUXUE_BASE", str(tmp_path / "second-pc"))
    (second,) = _issue(db, "JY", enrolment_ids=[done[1]])
    with db.read() as s:
        assert [(k.number, k.here) for k in list_keys(s)] == [(1, False), (2, True)]
        assert s.get(Certificate, second).key_number == 2  # type: ignore[union-attr]
        assert verify_code(s, code_of(db, first)).genuine and verify_code(s, code_of(db, second)).genuine


# Two PCs issuing at once: each process waits until both are ready, then issues one at a time.
WORKER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from qiuxue_desktop.db.migrate import open_database
    from qiuxue_desktop.services.certificates import issue_certificates

    target, me, other, sync, learners = sys.argv[1:6]
    sync = Path(sync)
    db = open_database(target)
    (sync / me).touch()
    deadline = time.monotonic() + 60
    while not (sync / other).exists() and time.monotonic() < deadline:
        time.sleep(0.002)
    for learner in learners.split(","):
        with db.write() as s:
            issue_certificates(s, "YX", learner_ids=[int(learner)])
    db.dispose()
    print("done")
    """
)


def test_two_pcs_issuing_at_once_never_share_a_number(
    db: Database, enterprise_id: int, db_engine: str, tmp_path: Path
) -> None:
    graduates(db, enterprise_id, ("张三", "李四", "王五", "赵六", "钱七", "孙八"))
    sync = tmp_path / "sync"
    sync.mkdir()
    jobs = [("first", "second", "1,2,3"), ("second", "first", "4,5,6")]
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, db.target, me, other, str(sync), learners],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for me, other, learners in jobs
    ]
    try:
        results = [p.communicate(timeout=180) for p in procs]
    finally:
        for p in procs:
            p.kill()
            p.wait(timeout=30)
    assert [p.returncode for p in procs] == [0, 0], results
    year = dt.date.today().year
    assert sorted(numbers(db)) == [f"NJDZ-{year}-YX-{n:04d}" for n in range(1, 7)]
    with db.read() as s:
        assert s.scalar(select(CertificateCounter.last)) == 6
        assert s.scalar(select(func.count()).select_from(CertificateKey)) == 1  # one key, not two
