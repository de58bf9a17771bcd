"""The `qiuxue` command as a user runs it: init, demo, and the exit codes of cli.md."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

VALID_USCC = "91110000600037341L"  # the brief's example, as in conftest


def _one_clear_line(err: str) -> None:
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err


def test_init_creates_the_enterprise(run_cli: Any, db_path: Path) -> None:
    r = run_cli("init", "--org-name", "南京某某电子有限公司", "--uscc", VALID_USCC, "--short-code", "NJDZ")
    assert r.code == 0, r.err
    assert "created" in r.out
    con = sqlite3.connect(db_path)
    assert con.execute("SELECT name, uscc, short_code FROM enterprise").fetchall() == [
        ("南京某某电子有限公司", VALID_USCC, "NJDZ")
    ]


def test_init_with_a_bad_credit_code_is_exit_3_and_changes_nothing(run_cli: Any, db_path: Path) -> None:
    wrong = VALID_USCC[:-1] + "X"
    r = run_cli("init", "--org-name", "南京某某电子有限公司", "--uscc", wrong)
    assert r.code == 3
    _one_clear_line(r.err)
    assert "统一社会信用代码" in r.err and wrong in r.err
    assert sqlite3.connect(db_path).execute("SELECT count(*) FROM enterprise").fetchone() == (0,)


def test_init_twice_is_refused(run_cli: Any) -> None:
    assert run_cli("init", "--org-name", "甲公司", "--uscc", VALID_USCC).code == 0
    r = run_cli("init", "--org-name", "乙公司", "--uscc", VALID_USCC)
    assert r.code == 3
    _one_clear_line(r.err)


def test_demo_fills_an_empty_database(run_cli: Any, db_path: Path) -> None:
    r = run_cli("demo", "--learners", "120", "--seed", "7")
    assert r.code == 0, r.err
    assert "120" in r.out
    con = sqlite3.connect(db_path)
    assert con.execute("SELECT count(*) FROM learner").fetchone() == (120,)
    assert con.execute("SELECT count(*) FROM enterprise").fetchone() == (1,)
    front = con.execute("SELECT count(*) FROM learner WHERE post_category = '1'").fetchone()[0]
    assert 60 <= front <= 110
    provinces = con.execute("SELECT count(DISTINCT substr(id_number, 1, 2)) FROM learner").fetchone()[0]
    assert provinces >= 5


def test_demo_after_init_uses_that_enterprise(run_cli: Any, db_path: Path) -> None:
    assert run_cli("init", "--org-name", "南京某某电子有限公司", "--uscc", VALID_USCC).code == 0
    assert run_cli("demo", "--learners", "30").code == 0
    con = sqlite3.connect(db_path)
    assert con.execute("SELECT name FROM enterprise").fetchall() == [("南京某某电子有限公司",)]
    assert con.execute("SELECT count(*) FROM learner").fetchone() == (30,)


def test_demo_refuses_a_database_with_learners(run_cli: Any, db_path: Path) -> None:
    assert run_cli("demo", "--learners", "10").code == 0
    r = run_cli("demo", "--learners", "10")
    assert r.code == 3
    _one_clear_line(r.err)
    assert "已有学员" in r.err
    assert sqlite3.connect(db_path).execute("SELECT count(*) FROM learner").fetchone() == (10,)


def test_demo_with_no_learners_is_exit_3(run_cli: Any) -> None:
    r = run_cli("demo", "--learners", "0")
    assert r.code == 3
    _one_clear_line(r.err)


def test_a_wrong_command_line_is_exit_2(run_cli: Any) -> None:
    for args in (
        ("frobnicate",),
        ("init",),
        ("init", "--org-name", "甲"),
        ("demo", "--learners", "many"),
        (),
    ):
        r = run_cli(*args)
        assert r.code == 2, args
        assert "Traceback" not in r.err and "usage" in r.err


def test_a_database_that_is_not_ours_is_exit_5_without_traceback(run_cli: Any, tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("not a database\n" * 100)
    r = run_cli("--db", str(junk), "demo", "--learners", "5")
    assert r.code == 5
    _one_clear_line(r.err)
    assert junk.read_text() == "not a database\n" * 100
