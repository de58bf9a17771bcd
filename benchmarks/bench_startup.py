"""Cold start: a fresh interpreter to a painted main window, against a bare PySide6 script that
opens an empty QMainWindow and waits for its first paint.

Both sides are timed the same way: from starting the process until it has exited, having
quit on the first paint of its main window (the application's `--exit-after-paint`).
Medians of `--runs` runs each, alternated, offscreen Qt. Target: at most 1.5 × the baseline.
Also reported, without a target: the start until the learners of a 100,000-learner database
are on screen (`--exit-when-ready`).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from _common import Figure, log, make_demo_db, median_of, parser, run_in_workdir

MAX_RATIO = 1.5
LEARNERS = 100_000

BARE_WINDOW = """\
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            window.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False


first_paint = FirstPaint(window)
window.installEventFilter(first_paint)
window.show()
sys.exit(app.exec())
"""


def _time_process(cmd: list[str], env: dict[str, str]) -> float:
    # No timeout: with one, Popen.wait polls in steps of up to 50 ms, which would quantise the figure.
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


def run(workdir: Path, runs: int) -> list[Figure]:
    db_path = workdir / f"demo-{LEARNERS}.sqlite3"
    if not db_path.exists():
        log(f"startup: building a database of {LEARNERS:,} demo learners")
        make_demo_db(db_path, LEARNERS, seed=1)
    bare = workdir / "bare_window.py"
    bare.write_text(BARE_WINDOW, encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "QIUXUE_BASE": str(workdir / "qiuxue-base"),
        "XDG_CONFIG_HOME": str(workdir / "config"),  # QSettings (window geometry) stays here
        "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src"),
    }
    env.pop("QIUXUE_DB", None)
    app = [sys.executable, "-m", "qiuxue_desktop", "--db", str(db_path)]
    # One of each first, so that neither side pays for writing .pyc files.
    _time_process([sys.executable, str(bare)], env)
    _time_process([*app, "--exit-after-paint"], env)
    base_runs, app_runs, ready_runs = [], [], []
    for i in range(runs):
        base_runs.append(_time_process([sys.executable, str(bare)], env))
        app_runs.append(_time_process([*app, "--exit-after-paint"], env))
        if i < max(3, runs // 2):
            ready_runs.append(_time_process([*app, "--exit-when-ready"], env))
    log(f"startup: bare {sorted(base_runs)}, app {sorted(app_runs)}, ready {sorted(ready_runs)}")
    baseline = median_of(base_runs)
    return [
        Figure(
            "cold start to a painted main window",
            median_of(app_runs),
            baseline,
            max_ratio=MAX_RATIO,
            baseline_name="bare PySide6 script: empty QMainWindow, quit on first paint",
        ),
        Figure(
            "start until 100k learners are shown",
            median_of(ready_runs),
            baseline,
            baseline_name="the same bare script (no target: information)",
        ),
    ]


def main() -> int:
    p = parser(__doc__.splitlines()[0] if __doc__ else "")
    p.add_argument("--runs", type=int, default=9)
    args = p.parse_args()
    return run_in_workdir(
        args.workdir, "qiuxue-bench-startup-", lambda work: run(work, args.runs), as_json=args.json
    )


if __name__ == "__main__":
    sys.exit(main())
