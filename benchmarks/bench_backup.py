"""Backups of a 100,000-learner database: the application's backup, encrypted copy, restore and
start-up quick check, each against the raw operation it is built on, on the same file.

- backup: `make_backup` (online backup API, switch to a rollback journal, quick_check, fsync,
  sha256, the audit head read from the copy, the manifest, rotation) against sqlite3's bare
  `Connection.backup` into a fresh file. Target: at most 4 × the baseline.
- encrypted copy: `copy_backup(password=…)` (scrypt, AES-GCM in 1 MiB chunks, then every chunk
  read back and authenticated) against `shutil.copyfile` of the backup.
- restore: `restore_file` (copy beside the target, sha256 against the manifest, integrity_check,
  a safety backup of the current file, WAL folded away, rename) against `shutil.copyfile`.
- quick check at start: `quick_check` against reading the whole file once.
Medians of `--repeat` runs of each side, alternated.
"""

from __future__ import annotations

import shutil
import sys
from functools import partial
from pathlib import Path

from _common import Figure, log, make_demo_db, median_of, parser, run_in_workdir, timed

LEARNERS = 100_000
MAX_RATIO = 4.0


def raw_backup(source: Path, dest: Path) -> None:
    import sqlite3

    dest.unlink(missing_ok=True)
    src, out = sqlite3.connect(source), sqlite3.connect(dest)
    try:
        src.backup(out)
    finally:
        out.close()
        src.close()


def read_all(path: Path) -> int:
    total = 0
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            total += len(chunk)
    return total


def run(workdir: Path, repeat: int) -> list[Figure]:
    from qiuxue_desktop.db.backups import copy_backup, make_backup
    from qiuxue_desktop.db.integrity import quick_check
    from qiuxue_desktop.db.restore import restore_file
    from qiuxue_desktop.services.backups import marker_of_file

    db_path = workdir / f"demo-{LEARNERS}.sqlite3"
    if not db_path.exists():
        log(f"backup: building a {LEARNERS:,}-learner database")
        make_demo_db(db_path, LEARNERS, seed=1)
    size_mb = db_path.stat().st_size / 1e6
    folder = workdir / "bench-backups"
    times: dict[str, list[float]] = {
        k: [] for k in ("backup", "raw", "seal", "copy", "restore", "check", "read")
    }
    for i in range(repeat):
        shutil.rmtree(folder, ignore_errors=True)
        seconds, entry = timed(lambda: make_backup(db_path, folder, "manual", marker_of=marker_of_file))
        times["backup"].append(seconds)
        times["raw"].append(timed(raw_backup, db_path, workdir / "raw-backup.sqlite3")[0])
        times["seal"].append(
            timed(partial(copy_backup, entry, workdir / "usb", password="bench-password"))[0]
        )
        times["copy"].append(timed(shutil.copyfile, entry.path, workdir / "plain-copy.sqlite3")[0])
        target = workdir / "restore-target.sqlite3"
        shutil.copyfile(db_path, target)
        times["restore"].append(timed(partial(restore_file, entry.path, target, backup_folder=folder))[0])
        times["check"].append(timed(quick_check, db_path)[0])
        times["read"].append(timed(read_all, db_path)[0])
        log(
            f"backup: run {i + 1}: backup {times['backup'][-1]:.2f} s (raw {times['raw'][-1]:.2f} s), "
            f"encrypted copy {times['seal'][-1]:.2f} s, restore {times['restore'][-1]:.2f} s, "
            f"quick_check {times['check'][-1]:.2f} s ({size_mb:.0f} MB)"
        )
    return [
        Figure(
            f"backup of a {LEARNERS // 1000}k-learner database ({size_mb:.0f} MB)",
            median_of(times["backup"]),
            median_of(times["raw"]),
            max_ratio=MAX_RATIO,
            baseline_name="sqlite3 Connection.backup into a fresh file, nothing checked",
        ),
        Figure(
            "encrypted copy of that backup (read back and checked)",
            median_of(times["seal"]),
            median_of(times["copy"]),
            baseline_name="shutil.copyfile of the backup",
        ),
        Figure(
            "restore of that backup (safety backup included)",
            median_of(times["restore"]),
            median_of(times["copy"]),
            baseline_name="shutil.copyfile of the backup",
        ),
        Figure(
            "quick_check at start",
            median_of(times["check"]),
            median_of(times["read"]),
            baseline_name="reading the database file once",
        ),
    ]


def main() -> int:
    p = parser(__doc__.splitlines()[0] if __doc__ else "")
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args()
    return run_in_workdir(
        args.workdir, "qiuxue-bench-backup-", lambda work: run(work, args.repeat), as_json=args.json
    )


if __name__ == "__main__":
    sys.exit(main())
