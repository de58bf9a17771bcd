"""Roster import speed: read_roster + import_roster of a 50,000-row roster, against reading the
same file with python-calamine and inserting its rows with sqlite3 executemany in one transaction.

The roster is the application's own export of 50,000 demo learners (the template's
layout). Both sides write a fresh SQLite file each run; the figure is the median of
`--repeat` runs of each, alternated. Target: at most 3 × the baseline.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path

from _common import (
    Figure,
    log,
    make_demo_db,
    median_of,
    parser,
    run_in_workdir,
    timed,
)

MAX_RATIO = 3.0


def build_roster(workdir: Path, rows: int) -> Path:
    """The export of `rows` demo learners: the file a coordinator would import."""
    from qiuxue_desktop.db.migrate import open_database
    from qiuxue_desktop.io.excel.roster_export import export_roster

    xlsx = workdir / f"roster-{rows}.xlsx"
    if xlsx.exists():
        return xlsx
    source = workdir / "source.sqlite3"
    source.unlink(missing_ok=True)
    enterprise_id = make_demo_db(source, rows, seed=1)
    db = open_database(str(source))
    try:
        with db.write() as s:
            assert export_roster(s, enterprise_id, xlsx) == rows
    finally:
        db.dispose()
    return xlsx


def empty_app_db(workdir: Path) -> tuple[Path, int]:
    """A migrated database holding only the enterprise: copied before each measured run."""
    from qiuxue_desktop.db.migrate import open_database
    from qiuxue_desktop.services.demo import demo_uscc
    from qiuxue_desktop.services.enterprise import create_enterprise

    path = workdir / "empty.sqlite3"
    path.unlink(missing_ok=True)
    db = open_database(str(path), backup_dir=workdir / "backups")
    try:
        with db.write() as s:
            enterprise_id = create_enterprise(s, name="江苏某某精密制造有限公司", uscc=demo_uscc())
    finally:
        db.dispose()
    return path, enterprise_id


def baseline(xlsx: Path, target: Path) -> int:
    """python-calamine read + one sqlite3 executemany into an equivalent learner table."""
    from python_calamine import CalamineWorkbook

    workbook = CalamineWorkbook.from_path(str(xlsx))
    cells = workbook.get_sheet_by_index(0).to_python(skip_empty_area=True)
    workbook.close()
    header, data = cells[0], cells[1:]
    columns = ", ".join(f"c{i}" for i in range(len(header)))
    marks = ", ".join("?" for _ in header)
    id_col = next(i for i, h in enumerate(header) if str(h).startswith("身份证"))
    con = sqlite3.connect(target)
    try:
        con.execute(f"CREATE TABLE learner (id INTEGER PRIMARY KEY, {columns})")
        con.execute(f"CREATE UNIQUE INDEX ix_learner_id_number ON learner (c{id_col})")
        with con:
            con.executemany(f"INSERT INTO learner ({columns}) VALUES ({marks})", data)
        (n,) = con.execute("SELECT count(*) FROM learner").fetchone()
    finally:
        con.close()
    return int(n)


def measured(xlsx: Path, target: Path, enterprise_id: int) -> int:
    """What the application does: read, clean and check every row, then upsert and commit."""
    from qiuxue_desktop.db.migrate import open_database
    from qiuxue_desktop.io.excel.roster_import import import_roster, read_roster

    db = open_database(str(target))
    try:
        parsed = read_roster(xlsx)
        with db.write() as s:
            result = import_roster(s, enterprise_id, parsed)
    finally:
        db.dispose()
    return result.added


def run(workdir: Path, rows: int, repeat: int) -> list[Figure]:
    log(f"import: building a {rows:,}-row roster")
    xlsx = build_roster(workdir, rows)
    template, enterprise_id = empty_app_db(workdir)
    base_times: list[float] = []
    app_times: list[float] = []
    for i in range(repeat):
        raw = workdir / f"baseline-{i}.sqlite3"
        raw.unlink(missing_ok=True)
        seconds, n = timed(baseline, xlsx, raw)
        assert n == rows, n
        base_times.append(seconds)
        target = workdir / f"app-{i}.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(template, target)
        seconds, n = timed(measured, xlsx, target, enterprise_id)
        assert n == rows, n
        app_times.append(seconds)
        log(f"import: run {i + 1}: baseline {base_times[-1]:.2f} s, application {app_times[-1]:.2f} s")
    return [
        Figure(
            f"import {rows:,}-row roster",
            median_of(app_times),
            median_of(base_times),
            max_ratio=MAX_RATIO,
            baseline_name="python-calamine read + sqlite3 executemany, one transaction",
        )
    ]


def main() -> int:
    p = parser(__doc__.splitlines()[0] if __doc__ else "")
    p.add_argument("--rows", type=int, default=50_000)
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args()
    return run_in_workdir(
        args.workdir,
        "qiuxue-bench-import-",
        lambda work: run(work, args.rows, args.repeat),
        as_json=args.json,
    )


if __name__ == "__main__":
    sys.exit(main())
