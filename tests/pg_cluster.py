"""A throwaway PostgreSQL cluster for the tests (testing-tools.md), started once per pytest run
and only when a test asks for it: initdb and pg_ctl as the postgres user, trust authentication,
TCP on a free port, durability switched off and the data kept in memory (/dev/shm) when
there is room: a test database need not survive a power cut.

Fixtures (registered by tests/conftest.py through `pytest_plugins`):
- pg_server: the running cluster (session scoped, started lazily, stopped at the end);
- pg_template: a database migrated to head once per session, the template of every test's copy;
- pg_url: a new, EMPTY database for one test (what a first `qiuxue --db …` meets);
- pg_clone_url: a new database at head for one test, cloned from the template (~0.1 s);
- pg_db: an open Database on pg_clone_url, as open_database gives the application.
Each test's database is dropped after it (WITH FORCE: a connection the test left open is cut).
In CI a missing server fails the test; locally it skips, as require_tool does.
"""

from __future__ import annotations

import os
import pwd
import shlex
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path
from typing import Any

import pytest

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.db.migrate import open_database

IN_CI = os.environ.get("CI") == "true"
TEMPLATE = "qiuxue_template"

# A test cluster trades durability for speed: nothing here must survive a crash.
FAST_SETTINGS = {
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "listen_addresses": "'127.0.0.1'",
    "max_connections": "100",
}


def unavailable(reason: str) -> None:
    """require_tool semantics: in CI a missing PostgreSQL fails, locally it skips."""
    if IN_CI:
        pytest.fail(f"PostgreSQL test cannot run: {reason} (scripts/ensure-test-tools.sh installs it)")
    pytest.skip(reason)


def _pg_bin() -> Path:
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name)
    )
    if not versions:
        unavailable("postgresql is not installed (run scripts/ensure-test-tools.sh)")
    return versions[-1].parent


def _scratch_parent() -> str | None:
    """Memory-backed /dev/shm when it has room: a template copy there takes ~15 ms, on this
    machine's disk 150-300 ms even with fsync off. None: the usual temporary folder."""
    shm = Path("/dev/shm")
    try:
        if os.access(shm, os.W_OK) and shutil.disk_usage(shm).free > 1 << 30:
            return str(shm)
    except OSError:
        pass
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_postgres(command: str) -> None:
    proc = subprocess.run(["su", "postgres", "-c", command], capture_output=True, text=True, timeout=120)
    if proc.returncode != 0:
        raise RuntimeError(f"{command} failed ({proc.returncode}): {proc.stderr or proc.stdout}")


@dataclass
class PgCluster:
    """One running cluster: its data folder, port, and the databases made for tests."""

    bindir: Path
    base: Path
    port: int
    _numbers: count[int] = field(default_factory=lambda: count(1))
    _admin: Any = None  # psycopg.Connection, opened on first use

    @property
    def data(self) -> Path:
        return self.base / "data"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str) -> None:
        """Run one statement on the maintenance database, outside a transaction (one
        connection kept for the session: a new one per test database costs ~10 ms)."""
        import psycopg

        if self._admin is None or self._admin.closed:
            dsn = f"postgresql://postgres@127.0.0.1:{self.port}/postgres"
            self._admin = psycopg.connect(dsn, autocommit=True)
        self._admin.execute(sql.encode())  # our own identifiers, never user input

    def new_database(self, template: str | None = None) -> str:
        name = f"qiuxue_test_{next(self._numbers)}"
        self.admin(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return name

    def drop_database(self, name: str) -> None:
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def _pg_ctl(self, args: str) -> None:
        _as_postgres(f"{shlex.quote(str(self.bindir / 'pg_ctl'))} -D {shlex.quote(str(self.data))} {args}")

    @classmethod
    def start(cls) -> PgCluster:
        bindir = _pg_bin()
        if os.geteuid() != 0:
            unavailable("starting a throwaway PostgreSQL cluster needs root (su postgres)")
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            unavailable("there is no postgres user")
        base = Path(tempfile.mkdtemp(prefix="qiuxue-pg-", dir=_scratch_parent()))
        os.chown(base, owner.pw_uid, owner.pw_gid)
        cluster = cls(bindir=bindir, base=base, port=_free_port())
        try:
            _as_postgres(
                f"{shlex.quote(str(bindir / 'initdb'))} -D {shlex.quote(str(cluster.data))} -U postgres "
                "--auth=trust -E UTF8 --locale=C.UTF-8"
            )
            conf = cluster.data / "postgresql.conf"
            settings = {**FAST_SETTINGS, "port": str(cluster.port), "unix_socket_directories": f"'{base}'"}
            with conf.open("a", encoding="utf-8") as f:
                f.write("\n# qiuxue tests: a throwaway cluster\n")
                f.writelines(f"{key} = {value}\n" for key, value in settings.items())
            log = shlex.quote(str(base / "pg.log"))
            cluster._pg_ctl(f"-l {log} -w -t 60 start")
        except BaseException:
            shutil.rmtree(base, ignore_errors=True)
            raise
        return cluster

    def stop(self) -> None:
        try:
            if self._admin is not None:
                self._admin.close()
            self._pg_ctl("-m fast -w stop")
        finally:
            shutil.rmtree(self.base, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgCluster]:
    """The session's cluster, started the first time a test needs it."""
    cluster = PgCluster.start()
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server: PgCluster) -> str:
    """A database migrated to head by open_database, once per session: the tests' template."""
    pg_server.admin(f'CREATE DATABASE "{TEMPLATE}"')
    open_database(pg_server.url(TEMPLATE)).dispose()  # no connection may stay open on a template
    return TEMPLATE


@pytest.fixture
def pg_url(pg_server: PgCluster) -> Iterator[str]:
    """A new, empty database on the server for one test."""
    name = pg_server.new_database()
    try:
        yield pg_server.url(name)
    finally:
        pg_server.drop_database(name)


@pytest.fixture
def pg_clone_url(pg_server: PgCluster, pg_template: str) -> Iterator[str]:
    """A new database at head for one test, copied from the migrated template."""
    name = pg_server.new_database(template=pg_template)
    try:
        yield pg_server.url(name)
    finally:
        pg_server.drop_database(name)


@pytest.fixture
def pg_db(pg_clone_url: str) -> Iterator[Database]:
    """The application's Database on a fresh server database at head."""
    database = open_database(pg_clone_url)
    try:
        yield database
    finally:
        database.dispose()
