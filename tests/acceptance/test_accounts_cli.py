"""Accounts on the command line as a user meets them: `init --admin-user` with the password on
stdin, exit 4 without or with wrong credentials, a fresh process still made to wait, a lock that
expires, a viewer refused an import, `qiuxue users …` and the audit listing."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from tests.unit.roster_samples import sample_rows, write_roster

VALID_USCC = "91110000600037341L"
ADMIN_PASSWORD = "Admin-pass-2026"
SIGN_IN_FIRST = (
    "qiuxue: 此数据库已启用账户，请先登录（命令行：设置环境变量 QIUXUE_USER 和 QIUXUE_PASSWORD）。\n"
)


def as_(user: str, password: str) -> dict[str, str]:
    return {"QIUXUE_USER": user, "QIUXUE_PASSWORD": password}


ADMIN = as_("boss", ADMIN_PASSWORD)


def _one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


def _count(db_path: Path, sql: str) -> Any:
    con = sqlite3.connect(db_path)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def _stored(at: dt.datetime) -> str:
    return at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


@pytest.fixture
def office(run_cli: Any, db_path: Path) -> Any:
    """A database made with `init --admin-user boss`, plus a coordinator and a viewer."""
    r = run_cli(
        "init",
        "--org-name",
        "南京某某电子有限公司",
        "--uscc",
        VALID_USCC,
        "--admin-user",
        "boss",
        input=ADMIN_PASSWORD + "\n",
    )
    assert r.code == 0, r.err
    for name, role in (("hr", "coordinator"), ("look", "viewer")):
        r = run_cli(
            "users",
            "add",
            name,
            "--role",
            role,
            "--display-name",
            f"{name}名",
            env=ADMIN,
            input="Temp-pass-1\n",
        )
        assert r.code == 0, r.err
        assert "must be changed" in r.out
        r = run_cli("users", "change-password", env=as_(name, "Temp-pass-1"), input=f"{name}-own-pass\n")
        assert r.code == 0, r.err
    return run_cli


def test_init_with_an_admin_user_reads_the_password_from_stdin(office: Any, db_path: Path) -> None:
    con = sqlite3.connect(db_path)
    (username, role, stored, must_change) = con.execute(
        "SELECT username, role, password_hash, must_change_password FROM user_account WHERE username = 'boss'"
    ).fetchone()
    assert (username, role, must_change) == ("boss", "admin", 0)
    assert stored.startswith("$argon2id$") and ADMIN_PASSWORD not in stored
    # The enterprise was created by the admin, as the trail shows.
    assert con.execute("SELECT actor FROM audit_entry WHERE table_name = 'enterprise'").fetchone() == (
        "boss",
    )
    r = office("users", "list", env=ADMIN)
    assert r.code == 0, r.err
    assert [line.split("\t")[:3] for line in r.out.splitlines()] == [
        ["boss", "boss", "管理员"],
        ["hr", "hr名", "培训专员"],
        ["look", "look名", "查看"],
    ]


def test_init_without_a_password_on_stdin_changes_nothing(run_cli: Any, db_path: Path) -> None:
    r = run_cli("init", "--org-name", "甲公司", "--uscc", VALID_USCC, "--admin-user", "boss", input="")
    assert r.code == 3
    assert _one_line(r.err) == "qiuxue: 没有从标准输入读到密码（第一行为空），未作任何改动。"
    assert _count(db_path, "SELECT count(*) FROM enterprise") == 0


def test_commands_that_change_data_need_credentials(office: Any, db_path: Path, tmp_path: Path) -> None:
    roster = write_roster(tmp_path / "r.xlsx", sample_rows(5))
    r = office("learners", "import", str(roster))
    assert (r.code, r.err) == (4, SIGN_IN_FIRST)
    r = office("demo", "--learners", "5")
    assert (r.code, r.err) == (4, SIGN_IN_FIRST)
    r = office("learners", "export", str(tmp_path / "out.xlsx"))
    assert (r.code, r.err) == (4, SIGN_IN_FIRST) and not (tmp_path / "out.xlsx").exists()
    r = office("learners", "import", str(roster), env={"QIUXUE_USER": "hr"})
    assert r.code == 4 and "没有 QIUXUE_PASSWORD" in _one_line(r.err)
    r = office("learners", "import", str(roster), env=as_("nobody", "whatever-1"))
    assert r.code == 4 and _one_line(r.err) == "qiuxue: 没有名为“nobody”的可用账户。"
    r = office("learners", "import", str(roster), env=as_("hr", "wrong-password"))
    assert r.code == 4 and _one_line(r.err) == "qiuxue: 密码错误（再错 4 次账户将被锁定 15 分钟）。"
    assert _count(db_path, "SELECT count(*) FROM learner") == 0
    # The failed attempts are in the trail, the password is not.
    failures = _count(db_path, "SELECT count(*) FROM audit_entry WHERE action = 'login_failed'")
    assert failures == 2
    assert _count(db_path, "SELECT count(*) FROM audit_entry WHERE changes LIKE '%wrong-password%'") == 0


def test_a_fresh_process_waits_and_a_lock_expires(office: Any, db_path: Path, tmp_path: Path) -> None:
    roster = write_roster(tmp_path / "r.xlsx", sample_rows(3))
    now = dt.datetime.now(dt.UTC)
    con = sqlite3.connect(db_path)
    with con:  # four failures, the last one just now: the next attempt must wait 8 s
        con.execute(
            "UPDATE user_account SET failed_attempts = 4, last_failed_at = ? WHERE username = 'hr'",
            (_stored(now),),
        )
    r = office("learners", "import", str(roster), env=as_("hr", "hr-own-pass"))
    assert r.code == 4 and _one_line(r.err).startswith("qiuxue: 密码输错次数较多，请等待 ")
    with con:  # …8 s later, the fifth failure locks the account
        con.execute(
            "UPDATE user_account SET last_failed_at = ? WHERE username = 'hr'",
            (_stored(now - dt.timedelta(seconds=9)),),
        )
    r = office("learners", "import", str(roster), env=as_("hr", "still-wrong"))
    assert r.code == 4 and "已连续错 5 次，账户锁定到" in _one_line(r.err)
    r = office("learners", "import", str(roster), env=as_("hr", "hr-own-pass"))
    assert r.code == 4 and "因多次输错密码已锁定" in _one_line(r.err)
    assert _count(db_path, "SELECT count(*) FROM learner") == 0
    with con:  # the lock has expired
        con.execute(
            "UPDATE user_account SET locked_until = ? WHERE username = 'hr'",
            (_stored(now - dt.timedelta(minutes=1)),),
        )
    con.close()
    r = office("learners", "import", str(roster), env=as_("hr", "hr-own-pass"))
    assert r.code == 0, r.err
    assert r.out.strip() == "imported 3, updated 0"


def test_a_viewer_is_refused_an_import_and_the_admin_unlocks(
    office: Any, db_path: Path, tmp_path: Path
) -> None:
    roster = write_roster(tmp_path / "r.xlsx", sample_rows(4))
    viewer = as_("look", "look-own-pass")
    r = office("learners", "import", str(roster), env=viewer)
    assert r.code == 4
    assert _one_line(r.err) == "qiuxue: 账户“look”（查看）无权登记、修改和导入学员。"
    r = office("learners", "import", str(roster), "--dry-run", env=viewer)
    assert r.code == 4
    assert _count(db_path, "SELECT count(*) FROM learner") == 0
    r = office("users", "list", env=viewer)
    assert r.code == 4 and "无权管理账户" in _one_line(r.err)
    r = office("users", "set-role", "look", "coordinator", env=viewer)
    assert r.code == 4
    r = office("users", "set-role", "look", "培训专员", env=ADMIN)
    assert r.code == 0, r.err
    r = office("learners", "import", str(roster), env=viewer)
    assert r.code == 0, r.err
    r = office("users", "deactivate", "look", env=ADMIN)
    assert r.code == 0, r.err
    r = office("learners", "export", str(tmp_path / "x.xlsx"), env=viewer)
    assert r.code == 4 and _one_line(r.err) == "qiuxue: 没有名为“look”的可用账户。"


def test_passwords_come_from_stdin_only(office: Any) -> None:
    r = office("users", "reset-password", "hr", env=ADMIN, input="")
    assert r.code == 3 and "没有从标准输入读到密码" in _one_line(r.err)
    r = office("users", "reset-password", "hr", env=ADMIN, input="short\n")
    assert r.code == 3 and _one_line(r.err) == "qiuxue: 密码至少需要 8 个字符。"
    r = office("users", "reset-password", "hr", "Temp-pass-2", env=ADMIN)
    assert r.code == 2  # no password argument exists
    r = office("users", "reset-password", "hr", env=ADMIN, input="Temp-pass-2\n")
    assert r.code == 0, r.err
    r = office("learners", "export", "/nonexistent/x.xlsx", env=as_("hr", "Temp-pass-2"))
    assert r.code == 4 and _one_line(r.err) == "qiuxue: 请先修改管理员设置的临时密码，然后再继续。"


def test_the_audit_listing_filters_by_person_record_action_and_date(
    office: Any, db_path: Path, tmp_path: Path
) -> None:
    hr = as_("hr", "hr-own-pass")
    roster = write_roster(tmp_path / "r.xlsx", sample_rows(3))
    assert office("learners", "import", str(roster), env=hr).code == 0
    out = tmp_path / "export.xlsx"
    assert office("learners", "export", str(out), env=hr).code == 0

    r = office("audit", "--user", "hr", "--action", "insert", "--limit", "0", env=ADMIN)
    assert r.code == 0, r.err
    rows = [line.split("\t") for line in r.out.splitlines()]
    assert len(rows) == 3 + 3  # three departments and three learners, newest first
    assert all(row[2] == "hr" and row[3] == "新增" for row in rows)
    learner_rows = [row for row in rows if row[4] == "学员"]
    assert len(learner_rows) == 3 and all(
        "身份证号：" in row[7] and "***********" in row[7] and row[6] and f"姓名：{row[6]}" in row[7]
        for row in learner_rows
    )
    ids = [int(row[0].lstrip("#")) for row in rows]
    assert ids == sorted(ids, reverse=True)

    record = learner_rows[0][5]
    r = office("audit", "--record", record[:8], env=ADMIN)
    assert [line.split("\t")[5] for line in r.out.splitlines()] == [record]
    r = office("audit", "--action", "export", env=as_("look", "look-own-pass"))  # any role reads the trail
    assert r.code == 0 and "export.xlsx：3 人，含完整身份证号" in r.out
    today = dt.date.today()
    r = office("audit", "--since", (today + dt.timedelta(days=2)).isoformat(), env=ADMIN)
    assert (r.code, r.out) == (0, "")
    r = office("audit", "--until", (today - dt.timedelta(days=2)).isoformat(), env=ADMIN)
    assert (r.code, r.out) == (0, "")
    r = office("audit", "--limit", "2", env=ADMIN)
    assert len(r.out.splitlines()) == 2 and "只列出最新的 2 条" in _one_line(r.err)
    r = office("audit", "--since", "2026-13-01", env=ADMIN)
    assert r.code == 2
    r = office("audit", env={})
    assert (r.code, r.err) == (4, SIGN_IN_FIRST)
