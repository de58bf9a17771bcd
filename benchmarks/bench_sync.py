"""Sync export speed: `export_batch` of a first batch holding 100,000 learners and 100,000
enrolments, against openpyxl's write-only mode writing the same rows as strings.

The database is the demo with 100,000 learners and 110,000 enrolments (`create_demo`; about
9,500 of them are still 报名/录取 and wait, so about 100,500 enrolment rows go out), all of it
pending in the outbox, built once per work folder. The measured side is `export_batch` on the
opened database: planning (the outbox coalesced, every row built in SQL, checked with the
platform's rules and the parent rules), the workbook, the manifest and the ZIP, the batch and
its 200,000 rows stored, the audit entry, the commit and the file written atomically. The
backup before sync (a 0.5 GB file) is made first and timed apart — as bench_import leaves out
the backup before an import — and reported with the export as information. The baseline
writes the exported workbook's own rows (read back with python-calamine) with openpyxl
`write_only=True`, every cell a string, into a file. Medians of `--repeat` alternated runs;
each measured run starts from a copy of the database and an empty backup folder. Target: at
most 1.2 × the baseline. The CPU seconds of both sides are printed too: on a shared machine
they move much less than the wall-clock times.
"""

from __future__ import annotations

import io
import shutil
import sys
import time
import zipfile
from pathlib import Path

from _common import Figure, log, median_of, parser, run_in_workdir, timed

MAX_RATIO = 1.2
LEARNERS = 100_000
ENROLMENTS = 110_000


def build_database(workdir: Path) -> Path:
    """The demo database with everything pending, made once per work folder."""
    from qiuxue_desktop.db.migrate import open_database
    from qiuxue_desktop.services.demo import create_demo

    path = workdir / "sync-100k.sqlite3"
    if path.exists():
        return path
    partial = workdir / "sync-100k.partial.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    db = open_database(str(partial), backup_dir=workdir / "backups-build")
    try:
        with db.write() as s:
            create_demo(s, learners=LEARNERS, enrolments=ENROLMENTS, seed=1)
    finally:
        db.dispose()
    partial.rename(path)
    return path


def fresh_copy(template: Path, target: Path) -> None:
    from qiuxue_desktop import paths

    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(template, target)
    shutil.rmtree(paths.backup_dir(), ignore_errors=True)  # the export's own backup is measured


def measured(target: Path, out: Path) -> tuple[float, float, float, dict[str, int], Path]:
    """(seconds of the backup before sync, of the export, the export's CPU seconds in every
    thread, the rows per sheet, the file written). The backup is made first, as the export's own
    first step would make it, and timed apart (bench_import leaves the backup before an import
    out the same way); the export then finds it made and goes straight on."""
    from qiuxue_desktop.db.migrate import open_database
    from qiuxue_desktop.services.backups import backup_if_changed
    from qiuxue_desktop.sync.batches import export_batch

    db = open_database(str(target))
    try:
        backup_seconds, entry = timed(backup_if_changed, db, "before-sync")
        assert entry is not None
        cpu = time.process_time()
        seconds, result = timed(export_batch, db, out)
        cpu = time.process_time() - cpu
    finally:
        db.dispose()
    assert result.path is not None and result.batch is not None
    assert not result.prepared.held_back, result.prepared.held_back[:3]
    return backup_seconds, seconds, cpu, result.batch.counts, result.path


Rows = list[tuple[str, ...]]


def sheets_of(package: Path) -> list[tuple[str, Rows]]:
    """The workbook's sheets as rows of strings, header included (python-calamine); tuples like
    the export's own rows (200,000 lists would cost the baseline garbage-collector scans)."""
    from python_calamine import CalamineWorkbook

    with zipfile.ZipFile(package) as archive:
        data = archive.read("data.xlsx")
    workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
    try:
        return [
            (
                name,
                [
                    ["" if v is None else str(v) for v in row]
                    for row in workbook.get_sheet_by_name(name).to_python()
                ],
            )
            for name in workbook.sheet_names
        ]
    finally:
        workbook.close()


def baseline(sheets: list[tuple[str, Rows]], target: Path) -> int:
    """openpyxl write-only: the same rows, every cell a string, saved to a file."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    rows = 0
    for name, cells in sheets:
        sheet = workbook.create_sheet(name)
        for row in cells:
            sheet.append(row)
        rows += len(cells) - 1
    workbook.save(target)
    return rows


def run(workdir: Path, repeat: int) -> list[Figure]:
    log(f"sync: building the demo database ({LEARNERS:,} learners, {ENROLMENTS:,} enrolments)")
    template = build_database(workdir)
    target = workdir / "sync-run.sqlite3"
    app_times: list[float] = []
    base_times: list[float] = []
    app_cpu: list[float] = []
    with_backup: list[float] = []
    base_cpus: list[float] = []
    sheets: list[tuple[str, Rows]] | None = None
    for i in range(repeat):
        fresh_copy(template, target)
        out = workdir / f"usb-{i}"
        shutil.rmtree(out, ignore_errors=True)
        backup_seconds, seconds, cpu, counts, package = measured(target, out)
        app_times.append(seconds)
        app_cpu.append(cpu)
        with_backup.append(backup_seconds + seconds)
        if sheets is None:
            sheets = sheets_of(package)
            assert [len(rows) - 1 for _name, rows in sheets] == list(counts.values())
            log(f"sync: the batch holds {counts}")
        raw = workdir / f"baseline-{i}.xlsx"
        raw.unlink(missing_ok=True)
        base_cpu = time.process_time()
        base_seconds, n = timed(baseline, sheets, raw)
        base_cpu = time.process_time() - base_cpu
        assert n == sum(counts.values())
        base_times.append(base_seconds)
        base_cpus.append(base_cpu)
        log(
            f"sync: run {i + 1}: baseline {base_seconds:.1f} s ({base_cpu:.1f} s CPU), "
            f"export {seconds:.1f} s ({cpu:.1f} s CPU), the backup before it {backup_seconds:.1f} s"
        )
    return [
        Figure(
            "sync export, 100k learners + 100k enrolments (validation included)",
            median_of(app_times),
            median_of(base_times),
            max_ratio=MAX_RATIO,
            baseline_name="openpyxl write_only writing the same rows as strings to a file",
        ),
        Figure(
            "the same export in CPU seconds, every thread (information)",
            median_of(app_cpu),
            median_of(base_cpus),
            baseline_name="the baseline's CPU seconds",
        ),
        Figure(
            "the export with the backup before it of the 0.5 GB database (information)",
            median_of(with_backup),
            median_of(base_times),
        ),
    ]


def main() -> int:
    p = parser(__doc__.splitlines()[0] if __doc__ else "")
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args()
    return run_in_workdir(
        args.workdir, "qiuxue-bench-sync-", lambda work: run(work, args.repeat), as_json=args.json
    )


if __name__ == "__main__":
    sys.exit(main())
