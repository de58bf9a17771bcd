"""Where the database lives: the per-user data folder by default, --db and QIUXUE_DB override it."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.conftest import VALID_USCC


def qiuxue(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).with_name("qiuxue")
    return subprocess.run([str(exe), *args], capture_output=True, text=True, env=env, timeout=120)


def base_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "QIUXUE_DB"}
    env["QIUXUE_BASE"] = str(tmp_path / "base")
    return env


def test_default_is_the_per_user_data_folder(tmp_path: Path) -> None:
    env = base_env(tmp_path)
    result = qiuxue("init", "--org-name", "某厂", "--uscc", VALID_USCC, env=env)
    assert result.returncode == 0, result.stderr
    default = tmp_path / "base" / "data" / "qiuxue.sqlite3"
    assert default.exists()
    assert sqlite3.connect(default).execute("SELECT name FROM enterprise").fetchone() == ("某厂",)


def test_db_option_wins_over_environment(tmp_path: Path) -> None:
    env = base_env(tmp_path)
    env["QIUXUE_DB"] = str(tmp_path / "from-env.sqlite3")
    result = qiuxue(
        "--db",
        str(tmp_path / "from-option.sqlite3"),
        "init",
        "--org-name",
        "某厂",
        "--uscc",
        VALID_USCC,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "from-option.sqlite3").exists()
    assert not (tmp_path / "from-env.sqlite3").exists()
    result = qiuxue("init", "--org-name", "另一厂", "--uscc", VALID_USCC, env=env)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "from-env.sqlite3").exists()
    assert not (tmp_path / "base" / "data" / "qiuxue.sqlite3").exists()


def test_newer_database_gives_one_clear_line(tmp_path: Path) -> None:
    env = base_env(tmp_path)
    path = tmp_path / "x.sqlite3"
    assert (
        qiuxue("--db", str(path), "init", "--org-name", "某厂", "--uscc", VALID_USCC, env=env).returncode == 0
    )
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = 'ffff'")
    con.commit()
    con.close()
    result = qiuxue("--db", str(path), "learners", "export", str(tmp_path / "out.xlsx"), env=env)
    assert result.returncode == 5
    assert "更新版本" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
