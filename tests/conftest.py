"""Shared fixtures: an isolated data folder, a migrated template database copied
per test, offscreen Qt, and the `qiuxue` command run as a user runs it.

The service tests (tests/unit) that use `db` run twice: on a SQLite file and on a throwaway
PostgreSQL server (tests/pg_cluster.py). A test stays on SQLite only when it is marked
`@pytest.mark.sqlite_only("reason")` or asks for the file itself (`db_path`, `run_cli`).
"""

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

pytest_plugins = ["tests.pg_cluster"]

ENGINES = ("sqlite", "postgresql")
SERVICE_TESTS = Path(__file__).parent / "unit"
# Fixtures that hand a test the SQLite file itself: such a test is about the file.
SQLITE_FILE_FIXTURES = frozenset({"db_path", "run_cli"})


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run each service test that uses `db` on both engines, unless it is SQLite-only."""
    if "db_engine" not in metafunc.fixturenames:
        return
    marker = metafunc.definition.get_closest_marker("sqlite_only")
    if marker is not None and not (marker.args and str(marker.args[0]).strip()):
        raise pytest.UsageError(f"{metafunc.definition.nodeid}: sqlite_only needs a one-line reason")
    if (
        SERVICE_TESTS in metafunc.definition.path.parents
        and marker is None
        and not SQLITE_FILE_FIXTURES & set(metafunc.fixturenames)
    ):
        metafunc.parametrize("db_engine", ENGINES, indirect=True)


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
def db_engine(request: pytest.FixtureRequest) -> str:
    """The engine behind `db`: both for a service test, SQLite elsewhere (pytest_generate_tests)."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def db(db_engine: str, request: pytest.FixtureRequest) -> Iterator[Database]:
    """The application's Database, opened by open_database as the application opens it:
    a copy of the migrated SQLite template, or a clone of the PostgreSQL template database."""
    if db_engine == "postgresql":
        target = str(request.getfixturevalue("pg_clone_url"))
    else:
        target = str(request.getfixturevalue("db_path"))
    database = open_database(target)
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
