"""Crash safety, tested the way SQLite tests itself: the real `qiuxue` is killed (SIGKILL) at
random moments while it imports a 20,000-row roster, 50 times; after every kill the database
passes integrity_check and foreign_key_check and holds either the whole import or exactly what it
held before — never a part. And a disk that fills up during an import ends in one clear sentence
with nothing lost: a real size-limited file system (tmpfs) where mounting is permitted, and
SQLite's own limit (PRAGMA max_page_count) everywhere.

The harness is scenario-driven: a Scenario says how to prepare its files, which command to run
and what must be all-or-nothing. The sync export (issue 6) is the second: killed 50 times while
it writes a first batch of 5,000 learners with their enrolments and subsidies, it leaves either
no batch or the whole batch with all its rows and exact bytes — and never a package file the
database does not hold.

Bounded: every child has a timeout and is killed in `finally:`; each run's copy of the database
is deleted once checked, so 50 runs never hold more than one copy.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

ROSTER_ROWS = 20_000
PREVIOUS_LEARNERS = 1_000
KILLS = 50
MAX_RUNS = 80  # runs that finish before their kill moment do not count as kills
SEED = 20261129
# More than a few pages in the -wal: the import's own transaction is being written (a backup's
# audit entry before it writes only a few pages).
WRITING_WAL_BYTES = 256 * 1024
WRITE_WINDOW = 0.05  # seconds after writing began within which a targeted kill comes
RUN_TIMEOUT = 180

pytestmark = pytest.mark.slow


def qiuxue() -> list[str]:
    exe = Path(sys.executable).with_name("qiuxue")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "qiuxue_desktop.cli"]


@dataclass(frozen=True)
class Prepared:
    pristine: Path  # the database before the command (closed, no -wal)
    input: Path  # what the command reads (the roster)


@dataclass(frozen=True)
class Scenario:
    name: str
    command: Callable[[Prepared, Path], list[str]]  # argv for a run against a copy of the database
    state: Callable[[sqlite3.Connection], str]  # what must be whole or untouched, as a digest


def learner_state(con: sqlite3.Connection) -> str:
    """The learners, the departments and how many audit entries there are."""
    digest = hashlib.sha256()
    for row in con.execute(
        "SELECT l.id_number, l.name, l.phone, d.name, l.version FROM learner l "
        "JOIN department d ON d.id = l.department_id ORDER BY l.id_number"
    ):
        digest.update(repr(row).encode())
    for table in ("learner", "department", "audit_entry"):
        (n,) = con.execute(f"SELECT count(*) FROM {table}").fetchone()
        digest.update(f"{table}={n}".encode())
    return digest.hexdigest()


ROSTER_IMPORT = Scenario(
    "roster import",
    command=lambda prepared, db: [*qiuxue(), "--db", str(db), "learners", "import", str(prepared.input)],
    state=learner_state,
)


def check_file(db: Path, scenario: Scenario) -> str:
    """Open the file as the application would next time (a hot -wal is recovered), check it."""
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        return scenario.state(con)
    finally:
        con.close()


def remove_database(db: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal", ".lock"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)
    shutil.rmtree(export_folder(db), ignore_errors=True)


def export_folder(db: Path) -> Path:
    """Where a run against `db` writes its files (the sync export's USB stick)."""
    return db.with_name(db.name + ".out")


@dataclass
class Outcome:
    runs: int = 0
    killed: int = 0
    killed_mid_write: int = 0  # the write-ahead log held the import's pages when the kill came
    states: Counter[str] = None  # type: ignore[assignment]
    seconds: float = 0.0


def _wait_for_writing(proc: subprocess.Popen[bytes], wal: Path, limit: float) -> None:
    """Return once the -wal holds more than a few pages (the transaction is being written out)
    or the process has ended or `limit` seconds have passed."""
    deadline = time.monotonic() + limit
    while proc.poll() is None and time.monotonic() < deadline:
        if wal.exists() and wal.stat().st_size > WRITING_WAL_BYTES:
            return
        time.sleep(0.001)


def run_once(
    scenario: Scenario,
    prepared: Prepared,
    workdir: Path,
    tag: str,
    kill_after: float | None,
    *,
    once_writing: bool = False,
) -> tuple[bool, int, Path]:
    """Run the command on a fresh copy; kill it after `kill_after` seconds if still running —
    counted from the moment it starts writing its transaction out when `once_writing`.
    Returns (killed, size of the -wal at the kill, the copy)."""
    db = workdir / f"{tag}.sqlite3"
    shutil.copyfile(prepared.pristine, db)
    env = {**os.environ, "QIUXUE_BASE": str(workdir / f"base-{tag}")}
    proc = subprocess.Popen(
        scenario.command(prepared, db), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    killed, wal_size = False, 0
    try:
        try:
            if once_writing:
                _wait_for_writing(proc, db.with_name(db.name + "-wal"), RUN_TIMEOUT)
            proc.wait(timeout=RUN_TIMEOUT if kill_after is None else kill_after)
        except subprocess.TimeoutExpired:
            if kill_after is None:
                raise
            wal = db.with_name(db.name + "-wal")
            wal_size = wal.stat().st_size if wal.exists() else 0
            proc.send_signal(signal.SIGKILL)
            killed = True
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)
        shutil.rmtree(workdir / f"base-{tag}", ignore_errors=True)
    if kill_after is None:
        assert proc.returncode == 0, f"{scenario.name} failed without being killed"
    return killed, wal_size, db


def kill_repeatedly(
    scenario: Scenario, prepared: Prepared, workdir: Path, *, kills: int = KILLS, seed: int = SEED
) -> tuple[Outcome, str, str]:
    """Two runs to the end (the quicker one's duration spreads the kill moments; their result is
    "all"), then runs each killed at a random moment within that duration until `kills` runs
    were really killed (one that finished first is checked too, but is not a kill)."""
    before = check_file(prepared.pristine, scenario)
    durations = []
    for tag in ("full1", "full2"):
        started = time.monotonic()
        _killed, _wal, db = run_once(scenario, prepared, workdir, tag, None)
        durations.append(time.monotonic() - started)
        after = check_file(db, scenario)
        remove_database(db)
        assert after != before
    duration = min(durations)
    rng = random.Random(seed)
    outcome = Outcome(states=Counter())
    t0 = time.monotonic()
    while outcome.killed < kills and outcome.runs < MAX_RUNS:
        # Every other kill aims at the short moment the transaction is written out (the pages
        # stay in the cache until the commit): a uniform draw alone rarely lands there.
        once_writing = outcome.runs % 2 == 1
        delay = rng.uniform(0.0, WRITE_WINDOW) if once_writing else rng.uniform(0.0, duration)
        killed, wal_size, db = run_once(
            scenario, prepared, workdir, f"run{outcome.runs}", delay, once_writing=once_writing
        )
        state = check_file(db, scenario)
        remove_database(db)
        assert state in (before, after), f"killed after {delay:.2f} s, the {scenario.name} was left half done"
        outcome.runs += 1
        outcome.killed += killed
        outcome.killed_mid_write += killed and wal_size > WRITING_WAL_BYTES and state == before
        outcome.states["all" if state == after else "none"] += 1
    outcome.seconds = time.monotonic() - t0
    print(
        f"\n{scenario.name}: one run {duration:.2f} s; {outcome.runs} runs in {outcome.seconds:.1f} s, "
        f"{outcome.killed} killed ({outcome.killed_mid_write} in the middle of writing), "
        f"results: {dict(outcome.states)}"
    )
    return outcome, before, after


@pytest.fixture(scope="module")
def roster_case(tmp_path_factory: pytest.TempPathFactory) -> Prepared:
    """The application's own export of 20,000 demo learners, and a database holding 1,000 others."""
    from qiuxue_desktop.db.migrate import open_database
    from qiuxue_desktop.io.excel.roster_export import export_roster
    from qiuxue_desktop.services.demo import create_demo
    from qiuxue_desktop.services.enterprise import require_enterprise

    work = tmp_path_factory.mktemp("crash-case")
    source = open_database(str(work / "source.sqlite3"), backup_dir=work / "b")
    try:
        with source.write() as s:
            create_demo(s, learners=ROSTER_ROWS, seed=1)
            enterprise_id = require_enterprise(s).id
        with source.write() as s:
            export_roster(s, enterprise_id, work / "roster.xlsx")
    finally:
        source.dispose()
    remove_database(work / "source.sqlite3")
    pristine = work / "pristine.sqlite3"
    db = open_database(str(pristine), backup_dir=work / "b")
    try:
        with db.write() as s:
            create_demo(s, learners=PREVIOUS_LEARNERS, seed=2)
    finally:
        db.dispose()
    assert not pristine.with_name(pristine.name + "-wal").exists()
    return Prepared(pristine, work / "roster.xlsx")


def test_a_roster_import_killed_at_random_moments_is_all_or_nothing(
    roster_case: Prepared, tmp_path: Path
) -> None:
    outcome, _before, _after = kill_repeatedly(ROSTER_IMPORT, roster_case, tmp_path)
    assert outcome.killed == KILLS
    assert outcome.killed_mid_write >= 5  # many kills came while the import was writing
    assert not list(tmp_path.glob("run*.sqlite3*"))


# --- the sync export (issue 6) -------------------------------------------------------------------

SYNC_LEARNERS = 5_000


def sync_state(con: sqlite3.Connection) -> str:
    """The batches, each with all its rows and its exact bytes, and the outbox; and beside the
    database no package file the database does not hold byte for byte (a file is written only
    after its batch is committed; a batch without its file is written again by the next export)."""
    db = Path(con.execute("PRAGMA database_list").fetchone()[2])
    digest = hashlib.sha256()
    packages: dict[str, str] = {}
    for batch_id, name, package, sha, state, counts in con.execute(
        "SELECT id, file_name, package, package_sha256, state, counts FROM sync_batch ORDER BY id"
    ):
        (rows,) = con.execute(
            "SELECT count(*) FROM sync_batch_row WHERE sync_batch_id = ?", (batch_id,)
        ).fetchone()
        assert rows == sum(json.loads(counts).values()) > 0, "a batch without all its rows"
        assert hashlib.sha256(package).hexdigest() == sha, "a batch without its exact bytes"
        packages[name] = sha
        digest.update(f"{state}:{counts}:{rows}".encode())
    folder = export_folder(db)
    for path in sorted(folder.glob("*.zip")) if folder.exists() else []:
        assert packages.get(path.name) == hashlib.sha256(path.read_bytes()).hexdigest(), (
            f"{path.name} was written but the database does not hold it"
        )
    for table in ("sync_outbox", "sync_batch", "sync_batch_row", "audit_entry"):
        (n,) = con.execute(f"SELECT count(*) FROM {table}").fetchone()
        digest.update(f"{table}={n}".encode())
    return digest.hexdigest()


SYNC_EXPORT = Scenario(
    "sync export",
    command=lambda prepared, db: [
        *qiuxue(),
        "--db",
        str(db),
        "sync",
        "export",
        "--out",
        str(export_folder(db)),
    ],
    state=sync_state,
)


@pytest.fixture(scope="module")
def sync_case(tmp_path_factory: pytest.TempPathFactory) -> Prepared:
    """A demo enterprise of 5,000 learners with their study and claims, none of it reported yet."""
    from qiuxue_desktop.db.migrate import open_database
    from qiuxue_desktop.services.demo import create_demo

    work = tmp_path_factory.mktemp("sync-case")
    pristine = work / "pristine.sqlite3"
    db = open_database(str(pristine), backup_dir=work / "b")
    try:
        with db.write() as s:
            create_demo(s, learners=SYNC_LEARNERS, seed=3)
    finally:
        db.dispose()
    assert not pristine.with_name(pristine.name + "-wal").exists()
    return Prepared(pristine, pristine)


def test_a_sync_export_killed_at_random_moments_leaves_no_batch_half_recorded(
    sync_case: Prepared, tmp_path: Path
) -> None:
    outcome, _before, _after = kill_repeatedly(SYNC_EXPORT, sync_case, tmp_path)
    assert outcome.killed == KILLS
    assert (
        outcome.states["all"] >= 1 and outcome.states["none"] >= 1
    )  # kills came before and after the commit
    assert not list(tmp_path.glob("run*.sqlite3*"))


# --- the disk filling up ------------------------------------------------------------------------


def _learner_count(db: Path) -> int:
    con = sqlite3.connect(db)
    try:
        return int(con.execute("SELECT count(*) FROM learner").fetchone()[0])
    finally:
        con.close()


def _assert_full_disk_refused(proc: subprocess.CompletedProcess[str], db: Path, before: str) -> None:
    assert proc.returncode == 5, (proc.returncode, proc.stderr)
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert "磁盘已满" in lines[0] and "没有写入任何数据" in lines[0]
    assert check_file(db, ROSTER_IMPORT) == before
    assert _learner_count(db) == PREVIOUS_LEARNERS


LIMITED = """
import sys
from sqlalchemy import event
from sqlalchemy.engine import Engine

LIMIT = int(sys.argv[1])


@event.listens_for(Engine, "connect")
def _limit(dbapi_connection, _record):
    dbapi_connection.execute(f"PRAGMA max_page_count={LIMIT}")


from qiuxue_desktop.cli import main

sys.exit(main(sys.argv[2:]))
"""


def test_sqlite_running_out_of_pages_during_an_import_loses_nothing(
    roster_case: Prepared, tmp_path: Path
) -> None:
    """SQLite's own limit: the real command, with every connection limited to 200 pages more
    than the database has (about 800 KB, while the import needs about 25 MB)."""
    db = tmp_path / "limited.sqlite3"
    shutil.copyfile(roster_case.pristine, db)
    before = check_file(db, ROSTER_IMPORT)
    con = sqlite3.connect(db)
    (pages,) = con.execute("PRAGMA page_count").fetchone()
    con.close()
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            LIMITED,
            str(pages + 200),
            "--db",
            str(db),
            "learners",
            "import",
            str(roster_case.input),
        ],
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
        env={**os.environ, "QIUXUE_BASE": str(tmp_path / "base")},
    )
    _assert_full_disk_refused(proc, db, before)


def _mount_tmpfs(where: Path, size: str) -> str | None:
    """Mount a size-limited tmpfs; the reason it could not be, or None."""
    if shutil.which("mount") is None or os.geteuid() != 0:
        return "mounting a file system needs root and mount(8)"
    where.mkdir()
    proc = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], capture_output=True, text=True
    )
    return None if proc.returncode == 0 else f"mount is not permitted here: {proc.stderr.strip()}"


def test_a_real_file_system_filling_up_during_an_import_loses_nothing(
    roster_case: Prepared, tmp_path: Path
) -> None:
    """A 6 MB tmpfs holds the 1.5 MB database but not the import's 25 MB."""
    small = tmp_path / "small-disk"
    refused = _mount_tmpfs(small, "6m")
    if refused is not None:
        pytest.skip(f"{refused}; SQLite's own limit is tested instead (max_page_count)")
    try:
        db = small / "qiuxue.sqlite3"
        shutil.copyfile(roster_case.pristine, db)
        before = check_file(db, ROSTER_IMPORT)
        proc = subprocess.run(
            [*qiuxue(), "--db", str(db), "learners", "import", str(roster_case.input)],
            capture_output=True,
            text=True,
            timeout=RUN_TIMEOUT,
            env={**os.environ, "QIUXUE_BASE": str(tmp_path / "base")},
        )
        _assert_full_disk_refused(proc, db, before)
        # once there is room the same import goes through (the file moved with the backup API)
        free = tmp_path / "roomy"
        free.mkdir()
        src, out = sqlite3.connect(db), sqlite3.connect(free / "qiuxue.sqlite3")
        src.backup(out)
        src.close()
        out.close()
    finally:
        subprocess.run(["umount", str(small)], capture_output=True, timeout=60)
    proc = subprocess.run(
        [*qiuxue(), "--db", str(free / "qiuxue.sqlite3"), "learners", "import", str(roster_case.input)],
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
        env={**os.environ, "QIUXUE_BASE": str(tmp_path / "base")},
    )
    assert proc.returncode == 0, proc.stderr
    assert _learner_count(free / "qiuxue.sqlite3") == PREVIOUS_LEARNERS + ROSTER_ROWS
