"""`make bench`: run every benchmark, each in its own process, and print one table of figures.

Every figure is a ratio against a raw baseline measured in the same run on the same
data (see benchmarks/README.md). The generated data (a 50,000-row roster, a
100,000-learner database) lives in one work folder shared by the benchmarks,
removed at the end unless --workdir is given. Exits 1 when a figure misses its target.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import JSON_PREFIX, Figure, baselines_note, format_table

HERE = Path(__file__).resolve().parent
BENCHMARKS = {
    "import": "bench_import.py",
    "view": "bench_view.py",
    "startup": "bench_startup.py",
    "progress": "bench_progress.py",
    "enrolment_view": "bench_enrolment_view.py",  # after progress: it reuses that database
    "backup": "bench_backup.py",  # reuses startup's 100,000-learner database
    "certificates": "bench_certificates.py",
    "dashboard": "bench_dashboard.py",  # reuses startup's 100,000-learner database
    "search": "bench_search.py",  # reuses startup's 100,000-learner database
    "sync": "bench_sync.py",  # builds its own 100,000-learner database with enrolments
}


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def _run(script: str, workdir: Path) -> list[Figure]:
    proc = subprocess.run(
        [sys.executable, str(HERE / script), "--json", "--workdir", str(workdir)],
        capture_output=True,
        text=True,
        cwd=HERE,
    )
    sys.stderr.write(proc.stderr)
    lines = [line for line in proc.stdout.splitlines() if line.startswith(JSON_PREFIX)]
    if not lines:
        sys.stdout.write(proc.stdout)
        raise SystemExit(f"{script} failed (exit {proc.returncode})")
    figures = []
    for d in json.loads(lines[-1].removeprefix(JSON_PREFIX)):
        d.pop("ratio"), d.pop("ok")
        figures.append(Figure(**d))
    return figures


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    p.add_argument("--only", choices=sorted(BENCHMARKS), action="append", help="run only these")
    p.add_argument("--workdir", type=Path, help="keep the generated data here")
    args = p.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="qiuxue-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    figures: list[Figure] = []
    try:
        for name in args.only or list(BENCHMARKS):
            print(f"running {name} …", flush=True)
            figures += _run(BENCHMARKS[name], workdir)
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    print()
    print(f"{time.strftime('%Y-%m-%d')} on {_machine()}")
    print(format_table(figures))
    print(baselines_note(figures))
    missed = [f.name for f in figures if not f.ok]
    if missed:
        print(f"missed: {', '.join(missed)}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
