"""`qiuxue print certificates` and `qiuxue verify` as a user runs them (cli.md): the graduates
that have no certificate yet are issued one and printed, a second run has nothing to print
(exit 3), a named enrolment is reprinted with its number; a code typed as printed verifies,
a voided or forged one exits 3 with its verdict."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from tests import pdf_check
from tests.unit.certificate_samples import graduates, numbers

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain.certificates import Certificate
from qiuxue_desktop.services.certificate_keys import group_code
from qiuxue_desktop.services.certificates import void_certificate


def test_print_certificates_issues_for_the_graduates_without_one(
    db: Database, enterprise_id: int, run_cli: object, tmp_path: Path
) -> None:
    done, _still = graduates(db, enterprise_id, ("陈晓燕", "刘洋"), studying_too=("赵丽",))
    out = tmp_path / "certs.pdf"
    result = run_cli("print", "certificates", "--out", str(out))  # type: ignore[operator]
    assert result.code == 0, result.err
    assert "2 certificates" in result.out
    text = pdf_check.text(out)
    assert "陈晓燕" in text and "刘洋" in text and "赵丽" not in text
    assert [n[-7:] for n in numbers(db)] == ["JY-0001", "JY-0002"]

    again = run_cli("print", "certificates", "--out", str(tmp_path / "none.pdf"))  # type: ignore[operator]
    assert again.code == 3 and "没有尚未颁发" in again.err
    assert not (tmp_path / "none.pdf").exists()

    one = tmp_path / "one.pdf"
    reprint = run_cli("print", "certificates", "--out", str(one), "--enrolment", str(done[1]))  # type: ignore[operator]
    assert reprint.code == 0, reprint.err
    assert "刘洋" in pdf_check.text(one) and len(numbers(db)) == 2  # the same certificate, no new number

    wrong = run_cli("print", "certificates", "--out", str(one), "--enrolment", "999")  # type: ignore[operator]
    assert wrong.code == 3 and "999" in wrong.err


def test_verify_as_typed_from_the_paper(
    db: Database, enterprise_id: int, run_cli: object, tmp_path: Path
) -> None:
    graduates(db, enterprise_id, ("吴芳", "郑强"))
    assert run_cli("print", "certificates", "--out", str(tmp_path / "c.pdf")).code == 0  # type: ignore[operator]
    with db.read() as s:
        first, second = s.execute(select(Certificate.id, Certificate.code).order_by(Certificate.id)).all()

    typed = group_code(first.code).lower().split(" ")  # unquoted: one argument a group
    genuine = run_cli("verify", *typed)  # type: ignore[operator]
    assert genuine.code == 0, genuine.err
    assert "真实有效" in genuine.out and "吴芳" in genuine.out and "JY-0001" in genuine.out

    with db.write() as s:
        void_certificate(s, second.id, "专业写错，已重新颁发")
    voided = run_cli("verify", second.code)  # type: ignore[operator]
    assert voided.code == 3 and "已作废" in voided.out and "专业写错" in voided.out

    tampered = first.code[:20] + ("A" if first.code[20] != "A" else "B") + first.code[21:]
    forged = run_cli("verify", tampered)  # type: ignore[operator]
    assert forged.code == 3 and ("伪造" in forged.out or "不是本系统" in forged.out), forged.out
    assert "真实有效" not in forged.out
