"""Progress and risk over 100,000 enrolments with two million course results: the at-risk list,
the risk counts and every enrolment's progress, each against a raw GROUP BY over the results
measured in the same run on the same database; and the generation of that data.

The data: `create_demo(learners=132,000, enrolments=0)`, then the study demo in its MATURE
profile (a programme that has run since 2016, degree programmes first) for 100,000
enrolments — written as Core executemany of plain tuples (services/bulk.py), timed against
sqlite3 executemany of the same result rows into an equally indexed table.

Baselines:
- the computations: raw sqlite3 `SELECT enrolment_id, SUM(credits_x10), COUNT(*) FROM
  course_result GROUP BY enrolment_id`, every row fetched (one pass over the results);
- the generation: sqlite3 executemany of the same two million result rows, one transaction,
  into a copy of the course_result table with the same indexes.
Targets: the at-risk list and the risk counts within 2 s.
"""

from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path

from _common import Figure, log, median_of, parser, run_in_workdir, timed

LEARNERS = 132_000
ENROLMENTS = 100_000
MIN_RESULTS = 2_000_000
REPEAT = 5
TARGET = 2.0


def build(workdir: Path) -> tuple[Path, float]:
    """The database (reused from `workdir` when complete) and the seconds its study data took."""
    from sqlalchemy import select

    from qiuxue_desktop.db.migrate import open_database
    from qiuxue_desktop.domain import Learner
    from qiuxue_desktop.services.demo import create_demo
    from qiuxue_desktop.services.demo_study import MATURE, DemoLearner, add_study_demo
    from qiuxue_desktop.services.enterprise import require_enterprise

    path = workdir / "progress.sqlite3"
    stamp = workdir / "progress.generated"
    if path.exists() and stamp.exists():
        return path, float(stamp.read_text())
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    log(f"progress: {LEARNERS:,} learners")
    db = open_database(str(path), backup_dir=workdir / "backups")
    try:
        with db.write() as s:
            create_demo(s, learners=LEARNERS, seed=1, enrolments=0)
        log(f"progress: {ENROLMENTS:,} enrolments with their results")
        t0 = time.perf_counter()
        with db.write() as s:
            enterprise_id = require_enterprise(s).id
            learners = [
                DemoLearner(*row)
                for row in s.execute(
                    select(
                        Learner.id, Learner.prior_education, Learner.hire_date, Learner.leave_date
                    ).order_by(Learner.id)
                )
            ]
            counts = add_study_demo(s, enterprise_id, learners, enrolments=ENROLMENTS, seed=1, profile=MATURE)
        seconds = time.perf_counter() - t0
    finally:
        db.dispose()
    log(f"progress: {counts.enrolments:,} enrolments, {counts.results:,} results in {seconds:.1f} s")
    assert counts.enrolments == ENROLMENTS and counts.results >= MIN_RESULTS, counts
    stamp.write_text(str(seconds))
    return path, seconds


def raw_insert(path: Path, workdir: Path) -> float:
    """sqlite3 executemany of every course_result row into an equally indexed table."""
    con = sqlite3.connect(path)
    rows = con.execute("SELECT * FROM course_result").fetchall()
    ddl = [
        r[0]
        for r in con.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name = 'course_result' AND sql IS NOT NULL ORDER BY type DESC"
        )
    ]
    con.close()
    target = workdir / "raw-insert.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    raw = sqlite3.connect(target, isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    for statement in ddl:  # the table first (ORDER BY type DESC), then its indexes
        raw.execute(statement)
    marks = ", ".join("?" for _ in rows[0])
    t0 = time.perf_counter()
    raw.execute("BEGIN")
    raw.executemany(f"INSERT INTO course_result VALUES ({marks})", rows)
    raw.execute("COMMIT")
    seconds = time.perf_counter() - t0
    raw.close()
    target.unlink()
    return seconds


def run(workdir: Path, repeat: int) -> list[Figure]:
    from qiuxue_desktop.db.migrate import open_database
    from qiuxue_desktop.services.enterprise import require_enterprise
    from qiuxue_desktop.services.progress import compute_progress, risk_counts

    path, generated = build(workdir)
    log("progress: the raw insert of the same results")
    raw_seconds = raw_insert(path, workdir)
    con = sqlite3.connect(path)
    (n_results,) = con.execute("SELECT count(*) FROM course_result").fetchone()

    def baseline() -> int:
        rows = con.execute(
            "SELECT enrolment_id, SUM(credits_x10), COUNT(*) FROM course_result GROUP BY enrolment_id"
        ).fetchall()
        return len(rows)

    db = open_database(str(path))
    with db.read() as s:
        enterprise_id = require_enterprise(s).id

    def at_risk() -> int:
        with db.read() as s:
            return len(compute_progress(s, enterprise_id, at_risk_only=True))

    def counts() -> int:
        with db.read() as s:
            return risk_counts(s, enterprise_id)["total"]

    def everything() -> int:
        with db.read() as s:
            return len(compute_progress(s, enterprise_id))

    times: dict[str, list[float]] = {"base": [], "risk": [], "counts": [], "all": []}
    try:
        at_risk(), baseline()  # warm the page cache and the statement caches on both sides
        for i in range(repeat):
            for key, fn in (("base", baseline), ("risk", at_risk), ("counts", counts), ("all", everything)):
                seconds, _n = timed(fn)
                times[key].append(seconds)
            log(
                f"progress: run {i + 1}: baseline {times['base'][-1]:.2f} s, at risk {times['risk'][-1]:.2f} s, "
                f"counts {times['counts'][-1]:.2f} s, all {times['all'][-1]:.2f} s"
            )
        flagged = at_risk()
    finally:
        db.dispose()
        con.close()
    base = median_of(times["base"])
    name = f"{ENROLMENTS // 1000}k enrolments, {n_results / 1e6:.2f}M results"
    log(f"progress: {flagged:,} enrolments at risk")
    return [
        Figure(
            f"at-risk list ({name})",
            median_of(times["risk"]),
            base,
            max_absolute=TARGET,
            baseline_name="raw sqlite3 GROUP BY enrolment_id over course_result, every row fetched",
        ),
        Figure(f"risk counts ({name})", median_of(times["counts"]), base, max_absolute=TARGET),
        Figure(f"every enrolment's progress ({name})", median_of(times["all"]), base),
        Figure(
            f"generate {ENROLMENTS // 1000}k enrolments and {n_results / 1e6:.2f}M results",
            generated,
            raw_seconds,
            baseline_name="sqlite3 executemany of the same result rows into an equally indexed table",
        ),
    ]


def main() -> int:
    p = parser(__doc__.splitlines()[0] if __doc__ else "")
    p.add_argument("--repeat", type=int, default=REPEAT)
    args = p.parse_args()
    return run_in_workdir(
        args.workdir, "qiuxue-bench-progress-", lambda work: run(work, args.repeat), as_json=args.json
    )


if __name__ == "__main__":
    sys.exit(main())
