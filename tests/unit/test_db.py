"""The database: migrations agree with the models, start-up pragmas, backups, refusals."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.db.migrate import HEAD, MIGRATIONS_DIR, REVISIONS, alembic_config, open_database
from qiuxue_desktop.domain import Base
from qiuxue_desktop.errors import DatabaseTooNew, OperationFailed, StaleRecord


def test_empty_file_upgrades_to_head(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    db = open_database(str(path))
    db.dispose()
    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"enterprise", "department", "learner", "audit_entry", "user_account"} <= tables


def test_migrations_and_models_agree(db: Database) -> None:
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []


def test_revision_list_matches_alembic_scripts(db: Database) -> None:
    script = ScriptDirectory.from_config(alembic_config(db))  # type: ignore[arg-type]
    walked = [rev.revision for rev in script.walk_revisions()]
    assert tuple(reversed(walked)) == REVISIONS
    assert script.get_current_head() == HEAD
    assert MIGRATIONS_DIR.is_dir()


@pytest.mark.sqlite_only("PRAGMAs are SQLite's connection settings")
def test_pragmas_on_every_connection(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10000


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(IntegrityError, match=r"(?i)foreign key"), db.write() as s:
        s.execute(text("INSERT INTO department (enterprise_id, name) VALUES (999, 'x')"))


def test_newer_database_is_refused_and_left_alone(db_path: Path) -> None:
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseTooNew, match="更新版本"):
        open_database(str(db_path))
    assert db_path.read_bytes() == before


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE accounts (x)")
    con.commit()
    con.close()
    with pytest.raises(OperationFailed, match="不是求学圆梦桌面版的数据库"):
        open_database(str(path))


def test_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "junk.sqlite3"
    path.write_text("this is a text file, not a database\n" * 20)
    with pytest.raises(OperationFailed, match="不是求学圆梦桌面版的数据库"):
        open_database(str(path))


def test_older_schema_is_backed_up_before_upgrade(
    tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pretend the file is at an older revision: the upgrade must copy it aside first."""
    import qiuxue_desktop.db.migrate as migrate

    monkeypatch.setattr(migrate, "REVISIONS", ("0000", *REVISIONS))
    upgraded: list[str] = []
    monkeypatch.setattr(migrate, "_upgrade", lambda db: upgraded.append(db.target))
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '0000'")
    con.execute("CREATE TABLE marker (v TEXT)")
    con.execute("INSERT INTO marker VALUES ('kept')")
    con.commit()
    con.close()
    backups = tmp_path / "backups"
    db = open_database(str(db_path), backup_dir=backups)
    db.dispose()
    assert upgraded == [str(db_path)]
    from qiuxue_desktop.db.backups import list_backups

    copies = list_backups(backups, db_path)
    assert [(c.manifest.reason, c.manifest.schema_revision) for c in copies] == [("before-upgrade", "0000")]
    copy = sqlite3.connect(copies[0].path)
    assert copy.execute("SELECT v FROM marker").fetchone() == ("kept",)
    assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_optimistic_version_rejects_a_stale_edit(db: Database, enterprise_id: int) -> None:
    import datetime as dt

    from qiuxue_desktop.services.learners import register_learner, update_learner

    with db.write() as s:
        lid = register_learner(
            s,
            enterprise_id=enterprise_id,
            values={
                "name": "张三",
                "id_number": "11010519491231002X",
                "phone": "13800000000",
                "department": "总装车间",
                "post_category": "1",
                "hire_date": dt.date(2020, 1, 2),
                "hukou_type": "1",
                "prior_education": "2",
            },
        )
    with db.write() as s:
        update_learner(s, lid, values={"phone": "13900000000"}, expected_version=1)
    with pytest.raises(StaleRecord), db.write() as s:
        update_learner(s, lid, values={"phone": "13700000000"}, expected_version=1)


def test_a_locked_database_is_explained(db_path: Path) -> None:
    """A second writer waits for the busy timeout, then gets one clear sentence."""
    from qiuxue_desktop.db.engine import explain_db_error, make_engine

    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    db = Database(target=str(db_path), engine=make_engine(str(db_path), busy_timeout_ms=200))
    try:
        with pytest.raises(Exception) as err, db.write() as s:
            s.execute(text("SELECT 1"))
        known = explain_db_error(err.value)
        assert known is not None and "占用" in known.message
    finally:
        db.dispose()
        holder.execute("ROLLBACK")
        holder.close()
