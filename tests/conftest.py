"""Shared fixtures: an isolated data folder, a migrated template database copied
per test, offscreen Qt, and the `qiuxue` command run as a user runs it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.db.migrate import open_database

VALID_USCC = "91110000600037341L"
VALID_IDS = ("11010519491231002X", "440524188001010014", "370101190102039973")
IN_CI = os.environ.get("CI") == "true"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every per-user folder points into the test's tmp dir; no real user data is touched."""
    base = tmp_path / "qiuxue-base"
    monkeypatch.setenv("QIUXUE_BASE", str(base))
    monkeypatch.delenv("QIUXUE_DB", raising=False)
    monkeypatch.delenv("QIUXUE_USER", raising=False)
    monkeypatch.delenv("QIUXUE_PASSWORD", raising=False)


@pytest.fixture(scope="session")
def _template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = open_database(str(path), backup_dir=path.parent / "backups")
    db.dispose()
    return path


@pytest.fixture
def db_path(tmp_path: Path, _template_db: Path) -> Path:
    """A fresh copy of the migrated (empty) template database."""
    dest = tmp_path / "qiuxue.sqlite3"
    shutil.copyfile(_template_db, dest)
    return dest


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(str(db_path))
    try:
        yield database
    finally:
        database.dispose()


@pytest.fixture
def enterprise_id(db: Database) -> int:
    from qiuxue_desktop.services.enterprise import create_enterprise

    with db.write() as s:
        return create_enterprise(s, name="南京某某电子有限公司", uscc=VALID_USCC, short_code="NJDZ")


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def run_cli(db_path: Path) -> object:
    """Run `qiuxue` in a subprocess on the test's database, as a user would."""

    def run(*args: str, env: dict[str, str] | None = None, input: str | None = None) -> CliResult:
        exe = Path(sys.executable).with_name("qiuxue")
        cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "qiuxue_desktop.cli"]
        full_env = {**os.environ, "QIUXUE_DB": str(db_path), **(env or {})}
        proc = subprocess.run(
            [*cmd, *args], capture_output=True, text=True, env=full_env, input=input, timeout=600
        )
        return CliResult(proc.returncode, proc.stdout, proc.stderr)

    return run


def require_tool(name: str) -> str:
    """The path of an external tool; in CI a missing tool fails the test, never skips it."""
    path = shutil.which(name)
    if path is None:
        if IN_CI:
            pytest.fail(f"{name} is not installed: scripts/ensure-test-tools.sh should have installed it")
        pytest.skip(f"{name} not installed (run scripts/ensure-test-tools.sh)")
    return path
