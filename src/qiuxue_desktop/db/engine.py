"""Opening a database: SQLite with foreign keys, WAL, FULL sync and a busy timeout,
write transactions that take the lock up front (BEGIN IMMEDIATE); or PostgreSQL.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from qiuxue_desktop.db.audit_trail import PRINCIPAL_KEY  # also installs the audit trail's session hooks
from qiuxue_desktop.domain.permissions import Principal
from qiuxue_desktop.errors import OperationFailed, StaleRecord
from qiuxue_desktop.sync import outbox as _outbox  # noqa: F401  installs the platform outbox's hooks

BUSY_TIMEOUT_MS = 10_000
_READ_ONLY = "qiuxue_read_only"


def is_url(target: str) -> bool:
    return "://" in target


def sqlite_path(target: str) -> Path | None:
    """The file behind a target, or None for a server database."""
    if not is_url(target):
        return Path(target)
    if target.startswith("sqlite:///"):
        return Path(target.removeprefix("sqlite:///"))
    return None


def _sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def make_engine(target: str, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Engine:
    path = sqlite_path(target)
    if path is None:
        return create_engine(target, pool_pre_ping=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        _sqlite_url(path),
        connect_args={"timeout": busy_timeout_ms / 1000, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's begin event decide how a transaction starts.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")  # money is involved: survive power loss
        cur.execute(f"PRAGMA busy_timeout={busy_timeout_ms}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # A read-then-write transaction fails at once with "database is locked"
        # unless it holds the write lock from the start (data-safety.md).
        read_only = conn.get_execution_options().get(_READ_ONLY, False)
        conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine


@dataclass
class Database:
    """The open database: one per process. `write()` is one unit of work per user action.

    `principal` is who signed in (services.auth.sign_in), or None: every session carries
    it in `session.info`, where the services' permission checks and the audit trail find it.
    """

    target: str
    engine: Engine
    principal: Principal | None = None

    def __post_init__(self) -> None:
        self._writer = sessionmaker(self.engine, expire_on_commit=False)
        self._reader = sessionmaker(
            self.engine.execution_options(**{_READ_ONLY: True}), expire_on_commit=False
        )

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.target)

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A session in a write transaction, committed on success, rolled back on any error."""
        from sqlalchemy.orm.exc import StaleDataError

        try:
            with self._writer.begin() as session:
                session.info[PRINCIPAL_KEY] = self.principal
                yield session
        except StaleDataError as exc:
            # Another writer changed the row between this session's read and its update (the
            # version column, RecordMixin): nothing was written.
            raise StaleRecord("这条记录刚被其他人修改过，请重新打开后再操作；没有写入任何数据。") from exc

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading only; never commits."""
        with self._reader() as session:
            session.info[PRINCIPAL_KEY] = self.principal
            try:
                yield session
            finally:
                session.rollback()

    def dispose(self) -> None:
        self.engine.dispose()


def explain_db_error(exc: BaseException) -> OperationFailed | None:
    """A database failure a user can act on (locked, disk full, read-only), as one sentence."""
    from sqlalchemy.exc import OperationalError

    if not isinstance(exc, OperationalError):
        return None
    text = str(exc.orig).lower()
    if "locked" in text or "busy" in text:
        return OperationFailed("数据库正被另一个程序或另一位同事占用，请稍后再试；没有写入任何数据。")
    if "full" in text:
        return OperationFailed("磁盘已满，数据库无法写入；请清理磁盘后再试，没有写入任何数据。")
    if "readonly" in text or "read-only" in text:
        return OperationFailed("数据库文件是只读的，无法写入；请检查文件权限。")
    if "unable to open" in text:
        return OperationFailed("无法打开数据库文件：请检查路径是否存在、是否有权限。")
    return None
