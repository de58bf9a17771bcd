"""Bring a database to the schema this code expects, safely.

- a new or empty file is created at head;
- an older schema is copied aside (online backup) before it is upgraded;
- a schema newer than this code is refused with a clear message;
- a file that is not ours is refused, never changed.

Alembic is imported only when an upgrade is needed: start-up stays fast.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from sqlalchemy import inspect, text

from qiuxue_desktop.db.backups import make_backup
from qiuxue_desktop.db.engine import Database, make_engine, sqlite_path
from qiuxue_desktop.errors import DatabaseTooNew, OperationFailed

log = logging.getLogger(__name__)

# Every revision in order, oldest first. A test checks this against Alembic's scripts.
REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008")
HEAD = REVISIONS[-1]
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def _sqlite_state(path: Path) -> tuple[str | None, bool]:
    """(current revision, whether the file holds any table) read with plain sqlite3."""
    if not path.exists() or path.stat().st_size == 0:
        return None, False
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            rev = None
            if "alembic_version" in names:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                rev = row[0] if row else None
            return rev, bool(names)
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise OperationFailed(f"文件 {path} 不是求学圆梦桌面版的数据库，或已损坏（{exc}）。") from exc


def _server_state(db: Database) -> tuple[str | None, bool]:
    with db.engine.connect() as conn:
        names = set(inspect(conn).get_table_names())
        rev = None
        if "alembic_version" in names:
            rev = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        return rev, bool(names)


def alembic_config(db: Database) -> object:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = db.engine
    return cfg


def _upgrade(db: Database) -> None:
    from alembic import command

    command.upgrade(alembic_config(db), "head")  # type: ignore[arg-type]


def open_database(target: str, *, backup_dir: Path | None = None) -> Database:
    """Open `target` (a file path or URL), creating or upgrading its schema as needed."""
    path = sqlite_path(target)
    db = Database(target=target, engine=make_engine(target))
    try:
        rev, has_tables = _sqlite_state(path) if path is not None else _server_state(db)
        if rev == HEAD:
            return db
        if rev is not None and rev not in REVISIONS:
            raise DatabaseTooNew(
                f"数据库 {target} 由更新版本的求学圆梦桌面版创建（结构版本 {rev}），"
                "本程序无法安全打开它，请先升级程序。"
            )
        if rev is None and has_tables:
            raise OperationFailed(
                f"文件 {target} 已有其他程序的数据表，不是求学圆梦桌面版的数据库，未作任何改动。"
            )
        if rev is not None and path is not None:
            from qiuxue_desktop import paths

            dest_dir = backup_dir or paths.backup_dir()
            copy = make_backup(path, dest_dir, "before-upgrade")
            log.info("backed up %s to %s before upgrading from %s", path, copy.path, rev)
        _upgrade(db)
        return db
    except BaseException:
        db.dispose()
        raise
