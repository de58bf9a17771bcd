"""`qiuxue-desktop` as a user starts it: --db and QIUXUE_DB, a log file, and a start-up
that leaves the heavy modules for after the first paint."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from qiuxue_desktop.views import main_window

HEAVY = ("sqlalchemy", "alembic", "openpyxl", "pypinyin", "python_calamine", "stdnum")


def run_app(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "qiuxue_desktop", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
    )


def tables(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        con.close()


def test_the_window_opens_the_database_given_with_db(tmp_path: Path) -> None:
    target = tmp_path / "office.sqlite3"
    proc = run_app("--db", str(target), "--exit-when-ready")
    assert proc.returncode == 0, proc.stderr
    assert {"enterprise", "learner"} <= tables(target)
    log = Path(os.environ["QIUXUE_BASE"]) / "logs" / "qiuxue-desktop.log"
    assert str(target) in log.read_text(encoding="utf-8")


def test_qiuxue_db_is_honoured(tmp_path: Path) -> None:
    target = tmp_path / "from-env.sqlite3"
    proc = run_app("--exit-when-ready", env={"QIUXUE_DB": str(target)})
    assert proc.returncode == 0, proc.stderr
    assert "learner" in tables(target)


def test_an_unexpected_error_at_start_is_logged_and_shown_with_the_log_path(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(_db: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(main_window, "read_state", broken)
    window = main_window.MainWindow(str(db_path))
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "openFailedBox") is not None, timeout=20_000)
    box = window.findChild(QMessageBox, "openFailedBox")
    assert "意外错误" in box.text() and "disk on fire" in box.text()
    assert "qiuxue-desktop.log" in box.text()
    record = next(r for r in caplog.records if r.exc_info)
    assert record.exc_info is not None and record.exc_info[0] is RuntimeError
    with qtbot.waitSignal(window.open_failed) as blocker:
        box.accept()
    assert blocker.args == [5]


def test_start_up_leaves_heavy_modules_until_after_the_first_paint() -> None:
    code = (
        "import sys\n"
        "import qiuxue_desktop.app, qiuxue_desktop.views.main_window\n"
        f"print([m for m in {HEAVY!r} if m in sys.modules])\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"
