"""The desk (工作台) on a 100,000-learner database: `services.dashboard.dashboard` — every figure
the desk shows, read in one unit of work as the window reads it on its worker — against the one
scan all of its learner figures rest on, raw: sqlite3 grouping the learner table by department
in one pass (in post, left, front line; `enterprise_id + 0`, the faster plan here, as the service
uses it). Target: under 300 ms (issue 8). For information, the annual
statistics of the demo's last full year against the same baseline.

The database is `qiuxue demo --learners 100000 --seed 1` (`demo-100000.sqlite3`, shared with
bench_startup.py and bench_backup.py in the work folder): 100,000 learners, 50,000 enrolments,
about 700,000 course results, the claims demo. Medians of `--repeat` alternated runs, after one
warm-up of each side.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from _common import Figure, log, make_demo_db, median_of, parser, run_in_workdir, timed

if TYPE_CHECKING:
    from qiuxue_desktop.db.engine import Database

LEARNERS = 100_000
TARGET = 0.300
BASELINE_SQL = (
    "SELECT department_id, count(*), count(leave_date), "
    "sum(CASE WHEN leave_date IS NULL AND post_category = '1' THEN 1 ELSE 0 END) "
    "FROM learner WHERE enterprise_id + 0 = ? GROUP BY department_id"
)


def baseline(db_path: Path, enterprise_id: int) -> list[tuple[int, int, int, int]]:
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        return con.execute(BASELINE_SQL, (enterprise_id,)).fetchall()
    finally:
        con.close()


def run(workdir: Path, repeat: int) -> list[Figure]:
    from qiuxue_desktop.db.migrate import open_database
    from qiuxue_desktop.services.dashboard import Dashboard, dashboard
    from qiuxue_desktop.services.enterprise import require_enterprise
    from qiuxue_desktop.services.statistics import annual_statistics

    db_path = workdir / f"demo-{LEARNERS}.sqlite3"
    if not db_path.exists():
        log(f"dashboard: building a {LEARNERS:,}-learner database")
        make_demo_db(db_path, LEARNERS, seed=1)
    db = open_database(str(db_path))
    year = dt.date.today().year - 1
    try:
        with db.read() as s:
            enterprise_id = require_enterprise(s).id

        def read_dashboard(db: Database, enterprise_id: int) -> Dashboard:  # as the window does
            with db.read() as s:
                return dashboard(s, enterprise_id)

        def statistics() -> object:
            with db.read() as s:
                return annual_statistics(s, enterprise_id, year)

        read_dashboard(db, enterprise_id)  # warm-up: first imports, statement compilation
        statistics()
        baseline(db_path, enterprise_id)
        times: dict[str, list[float]] = {"desk": [], "statistics": [], "raw": []}
        for i in range(repeat):
            seconds, board = timed(read_dashboard, db, enterprise_id)
            times["desk"].append(seconds)
            times["statistics"].append(timed(statistics)[0])
            times["raw"].append(timed(baseline, db_path, enterprise_id)[0])
            log(
                f"dashboard: run {i + 1}: desk {times['desk'][-1] * 1000:.0f} ms "
                f"({board.learners_total:,} learners), statistics {times['statistics'][-1] * 1000:.0f} ms, "
                f"raw scan {times['raw'][-1] * 1000:.0f} ms"
            )
    finally:
        db.dispose()
    raw = median_of(times["raw"])
    note = "raw sqlite3 GROUP BY department over the learner table in one scan (in post, left, front line)"
    return [
        Figure(
            f"dashboard: every figure of the desk ({LEARNERS // 1000}k learners)",
            median_of(times["desk"]),
            raw,
            max_absolute=TARGET,
            baseline_name=note,
        ),
        Figure(f"annual statistics of {year}", median_of(times["statistics"]), raw, baseline_name=note),
    ]


def main() -> int:
    p = parser(__doc__.splitlines()[0] if __doc__ else "")
    p.add_argument("--repeat", type=int, default=7)
    args = p.parse_args()
    return run_in_workdir(
        args.workdir, "qiuxue-bench-dashboard-", lambda work: run(work, args.repeat), as_json=args.json
    )


if __name__ == "__main__":
    sys.exit(main())
