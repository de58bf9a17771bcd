"""Two offices' PCs at once, as two processes on one database (a SQLite file, or a real
PostgreSQL server for the shared office): two claims reaching for the last of a cap, and two
people approving the same claim. Nothing is spent twice, no update is lost."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import func, select
from tests.conftest import VALID_USCC
from tests.unit.claim_samples import ENTERPRISE, invoice, learner_studying, schemes

from qiuxue_desktop.db.migrate import open_database
from qiuxue_desktop.domain.claims import Claim, ClaimLine, ClaimStep
from qiuxue_desktop.services.claims import create_invoice_claim
from qiuxue_desktop.services.enterprise import create_enterprise

# Each process: read what its dialog shows, wait until the other has read too, then act.
WORKER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from qiuxue_desktop.db.migrate import open_database
    from qiuxue_desktop.errors import KnownError
    from qiuxue_desktop.services import claim_flow
    from qiuxue_desktop.services.claim_query import claim_detail

    target, action, claim_id, me, other, sync = sys.argv[1:7]
    sync = Path(sync)

    def wait_for(name):
        deadline = time.monotonic() + 60
        while not (sync / name).exists():
            if time.monotonic() > deadline:
                sys.exit(f"{me}: timed out waiting for {name}")
            time.sleep(0.005)

    db = open_database(target)
    with db.read() as s:
        version = claim_detail(s, int(claim_id)).version
    (sync / f"{me}-read").touch()
    wait_for(f"{other}-read")
    try:
        with db.write() as s:
            getattr(claim_flow, action)(s, int(claim_id), expected_version=version, signer=me)
    except KnownError as exc:
        print(type(exc).__name__, exc.message)
        sys.exit(exc.exit_code)
    finally:
        db.dispose()
    print("done")
    """
)


@pytest.fixture(params=["sqlite", "postgresql"])
def target(request: pytest.FixtureRequest, db_path: Path) -> str:
    if request.param == "postgresql":
        return str(request.getfixturevalue("pg_clone_url"))
    return str(db_path)


def _run_both(target: str, tmp_path: Path, jobs: list[tuple[str, int]]) -> list[tuple[int, str, str]]:
    sync = tmp_path / "sync"
    sync.mkdir()
    names = ("first", "second")
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, target, action, str(cid), me, other, str(sync)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for (action, cid), me, other in zip(jobs, names, reversed(names), strict=True)
    ]
    out: list[tuple[int, str, str]] = []
    try:
        for p in procs:
            stdout, stderr = p.communicate(timeout=120)
            out.append((p.returncode, stdout.strip(), stderr))
    finally:
        for p in procs:
            p.kill()
            p.wait(timeout=30)
    return out


def _setup(target: str, cap_fen: int) -> tuple[int, int]:
    db = open_database(target)
    try:
        with db.write() as s:
            eid0 = create_enterprise(s, name="南京某某电子有限公司", uscc=VALID_USCC, short_code="NJDZ")
            schemes(s, {**ENTERPRISE, "cap_life_fen": cap_fen})
            _lid, eid = learner_studying(s, eid0)
            a = create_invoice_claim(s, invoice(s, eid, "35000000000001", 600_000))
            b = create_invoice_claim(
                s,
                invoice(
                    s,
                    eid,
                    "35000000000002",
                    600_000,
                    term="2025-2026-2",
                    issued_on=dt.date(2026, 3, 1),
                ),
            )
        return a, b
    finally:
        db.dispose()


def test_two_claims_reaching_for_the_last_of_a_cap_at_once_cannot_both_have_it(
    target: str, tmp_path: Path
) -> None:
    a, b = _setup(target, cap_fen=500_000)  # each draft asks ¥3,600; ¥5,000 is left
    results = _run_both(target, tmp_path, [("submit_claim", a), ("submit_claim", b)])
    codes = sorted(code for code, _out, _err in results)
    assert codes == [0, 3], results
    refused = next(out for code, out, _err in results if code == 3)
    assert refused.startswith("SplitChanged") and "最多只能承担 ¥1,400.00" in refused
    db = open_database(target)
    try:
        with db.read() as s:
            held = s.scalar(
                select(func.sum(ClaimLine.amount_fen))
                .join(Claim, Claim.id == ClaimLine.claim_id)
                .where(Claim.state == "submitted", ClaimLine.scheme_id.is_not(None))
            )
            assert held == 360_000
    finally:
        db.dispose()


def test_two_people_approving_the_same_claim_at_once_record_one_approval(target: str, tmp_path: Path) -> None:
    a, _b = _setup(target, cap_fen=1_500_000)
    db = open_database(target)
    try:
        from qiuxue_desktop.services.claim_flow import submit_claim

        with db.write() as s:
            submit_claim(s, a)
    finally:
        db.dispose()
    results = _run_both(target, tmp_path, [("hr_review", a), ("hr_review", a)])
    codes = sorted(code for code, _out, _err in results)
    assert codes == [0, 5], results  # the second is told the claim changed under them
    told = next(out for code, out, _err in results if code == 5)
    assert told.startswith("StaleRecord") and "刚被其他人修改过" in told
    db = open_database(target)
    try:
        with db.read() as s:
            steps = s.scalars(
                select(ClaimStep.signer).where(ClaimStep.claim_id == a, ClaimStep.to_state == "hr_ok")
            )
            winner = next(out for code, out, _err in results if code == 0)
            assert winner == "done"
            assert len(list(steps)) == 1
            claim = s.get(Claim, a)
            assert claim is not None and claim.state == "hr_ok" and claim.version == 3
    finally:
        db.dispose()
