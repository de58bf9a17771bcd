"""Shared by the benchmarks: figures as ratios against a baseline measured in the same run,
medians of several runs, demo databases, process memory, and the table they print.

Each bench_*.py runs on its own and prints its figures; with `--json` it also
prints one line `BENCH-JSON: [...]` that run_all.py collects.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

JSON_PREFIX = "BENCH-JSON: "


@dataclass
class Figure:
    """One measured figure. `ratio` = measured / baseline; lower is better for every figure here."""

    name: str
    measured: float  # seconds, or MB when unit == "MB"
    baseline: float
    unit: str = "s"
    max_ratio: float | None = None  # the target as a ratio, if any
    max_absolute: float | None = None  # the target in `unit`, if any
    baseline_name: str = ""

    @property
    def ratio(self) -> float:
        return self.measured / self.baseline if self.baseline else float("inf")

    @property
    def ok(self) -> bool:
        ratio_ok = self.max_ratio is None or self.ratio <= self.max_ratio
        absolute_ok = self.max_absolute is None or self.measured <= self.max_absolute
        return ratio_ok and absolute_ok

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "ratio": self.ratio, "ok": self.ok}


def median_of(runs: Iterable[float]) -> float:
    return statistics.median(list(runs))


def timed(fn: Callable[..., Any], *args: Any) -> tuple[float, Any]:
    """(seconds taken, result) of fn(*args)."""
    t0 = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - t0, result


def rss_mb() -> tuple[float, float]:
    """(current, peak) resident set size of this process in MB, from /proc."""
    values: dict[str, float] = {}
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0]) / 1024
    return values["VmRSS"], values["VmHWM"]


def _fmt(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value * 1000:.0f} ms" if value < 10 else f"{value:.1f} s"
    return f"{value:.0f} {unit}"


def format_table(figures: list[Figure]) -> str:
    rows = [("figure", "measured", "baseline", "ratio", "target", "")]
    for f in figures:
        targets = []
        if f.max_ratio is not None:
            targets.append(f"≤ {f.max_ratio:g}×")
        if f.max_absolute is not None:
            targets.append(f"≤ {_fmt(f.max_absolute, f.unit)}")
        rows.append(
            (
                f.name,
                _fmt(f.measured, f.unit),
                _fmt(f.baseline, f.unit),
                f"{f.ratio:.2f}×",
                ", ".join(targets) or "—",
                "ok" if f.ok else "MISSED",
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def baselines_note(figures: list[Figure]) -> str:
    return "\n".join(f"  {f.name}: baseline = {f.baseline_name}" for f in figures if f.baseline_name)


def parser(description: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--json", action="store_true", help="also print one BENCH-JSON line for run_all.py")
    p.add_argument("--workdir", type=Path, help="keep the generated files here (default: a temp dir)")
    return p


def report(figures: list[Figure], *, as_json: bool) -> None:
    print(format_table(figures))
    print(baselines_note(figures))
    if as_json:
        print(JSON_PREFIX + json.dumps([f.as_dict() for f in figures], ensure_ascii=False))
    sys.stdout.flush()


def run_in_workdir(
    workdir: Path | None, prefix: str, run: Callable[[Path], list[Figure]], *, as_json: bool
) -> int:
    """Run a benchmark in `workdir` (a temporary one, removed afterwards, when None), print its
    figures and return the exit code: 0 when every figure meets its target, else 1."""
    work = workdir or Path(tempfile.mkdtemp(prefix=prefix))
    work.mkdir(parents=True, exist_ok=True)
    quiet_environment(work)
    try:
        figures = run(work)
    finally:
        if workdir is None:
            shutil.rmtree(work, ignore_errors=True)
    report(figures, as_json=as_json)
    return 0 if all(f.ok for f in figures) else 1


def run_phase(script: str, phase: str, db_path: Path) -> dict[str, float]:
    """Run one side of a two-sided benchmark in a fresh interpreter; its last stdout line is JSON."""
    import subprocess

    proc = subprocess.run(
        [sys.executable, script, "--phase", phase, "--db", str(db_path)], capture_output=True, text=True
    )
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"the {phase} side failed (exit {proc.returncode})")
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def two_sided_main(
    description: str,
    prefix: str,
    run: Callable[[Path, int], list[Figure]],
    phases: dict[str, Callable[[Path], dict[str, float]]],
) -> int:
    """The command line of a benchmark whose sides run in fresh processes (`--phase NAME --db F`
    runs one side and prints its JSON; without it, `run` drives both and reports)."""
    p = parser(description)
    p.add_argument("--rounds", type=int, default=3, help="fresh processes per side")
    p.add_argument("--phase", choices=tuple(phases), help=argparse.SUPPRESS)
    p.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.phase:
        quiet_environment(args.db.parent)
        print(json.dumps(phases[args.phase](args.db)))
        return 0
    return run_in_workdir(args.workdir, prefix, lambda work: run(work, args.rounds), as_json=args.json)


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def quiet_environment(base: Path) -> None:
    """Per-user folders into `base`, Qt offscreen: a benchmark never touches real user data."""
    os.environ["QIUXUE_BASE"] = str(base / "qiuxue-base")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def make_demo_db(path: Path, learners: int, *, seed: int = 1) -> int:
    """A migrated database at `path` filled with the demo enterprise; returns the enterprise id."""
    from qiuxue_desktop.db.migrate import open_database
    from qiuxue_desktop.services.demo import create_demo
    from qiuxue_desktop.services.enterprise import require_enterprise

    db = open_database(str(path), backup_dir=path.parent / "backups")
    try:
        with db.write() as s:
            create_demo(s, learners=learners, seed=seed)
            return require_enterprise(s).id
    finally:
        db.dispose()
