"""`qiuxue backup`, `qiuxue restore` and `qiuxue check` as support staff run them: the real
command on real files, with the exit codes and one-line answers of cli.md."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import VALID_USCC

Run = Callable[..., Any]


def ok(result: Any) -> Any:
    assert "Traceback" not in result.err
    assert result.code == 0, result.err
    return result


def one_line(result: Any, code: int) -> str:
    assert result.code == code, (result.code, result.out, result.err)
    assert "Traceback" not in result.err
    lines = [line for line in result.err.splitlines() if line.strip()]
    assert len(lines) == 1, result.err
    return lines[0]


def phones(db_path: Path) -> list[str]:
    con = sqlite3.connect(db_path)
    try:
        return [r[0] for r in con.execute("SELECT phone FROM learner ORDER BY id")]
    finally:
        con.close()


def set_phones(db_path: Path, phone: str) -> None:
    con = sqlite3.connect(db_path)
    with con:
        con.execute("UPDATE learner SET phone = ?", (phone,))
    con.close()


def backup_folder() -> Path:
    return Path(os.environ["QIUXUE_BASE"]) / "data" / "backups"


def manifests() -> list[dict[str, Any]]:
    return [json.loads(p.read_text("utf-8")) for p in sorted(backup_folder().glob("*.json"))]


@pytest.fixture
def cli(run_cli: Run) -> Run:
    """The command on a database with its enterprise and 25 demo learners."""
    ok(run_cli("init", "--org-name", "南京某某电子有限公司", "--uscc", VALID_USCC))
    ok(run_cli("demo", "--learners", "25", "--seed", "4"))
    return run_cli


def test_backup_goes_to_the_per_user_folder_with_a_manifest(cli: Run, db_path: Path) -> None:
    r = ok(cli("backup"))
    made = Path(r.out.split()[1])
    assert made.parent == backup_folder() and made.exists()
    (manifest,) = manifests()
    assert manifest["reason"] == "manual" and manifest["source"] == str(db_path.resolve())
    assert manifest["audit_head"]["id"] > 0 and len(manifest["audit_head"]["hash"]) == 64
    copy = sqlite3.connect(made)
    assert copy.execute("SELECT count(*) FROM learner").fetchone() == (25,)
    # the manual backup is in the audit trail, and the backup holds that entry as its head
    assert copy.execute("SELECT max(id), action FROM audit_entry").fetchone() == (
        manifest["audit_head"]["id"],
        "backup",
    )
    copy.close()


def test_backup_out_and_restore_plain(cli: Run, db_path: Path, tmp_path: Path) -> None:
    before = phones(db_path)
    out = tmp_path / "usb" / "qiuxue-copy.sqlite3"
    r = ok(cli("backup", "--out", str(out)))
    assert f"copied to {out}" in r.out
    assert out.exists() and out.with_name(out.name + ".json").exists()
    set_phones(db_path, "13900000000")
    r = ok(cli("restore", str(out)))
    assert phones(db_path) == before
    assert "the previous content was backed up to" in r.out
    reasons = sorted(m["reason"] for m in manifests())
    assert reasons == ["before-restore", "manual"]
    # the restore is recorded in the restored database's trail, and the chain is intact
    con = sqlite3.connect(db_path)
    assert con.execute("SELECT action FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone() == ("restore",)
    con.close()
    ok(cli("check"))


def test_encrypted_backup_needs_its_password_and_a_wrong_one_changes_nothing(
    cli: Run, db_path: Path, tmp_path: Path
) -> None:
    before = phones(db_path)
    out = tmp_path / "usb" / "qiuxue.qxenc"
    r = ok(cli("backup", "--out", str(out), "--encrypt", input="U盘密码 2026\n"))
    assert "(encrypted)" in r.out
    raw = out.read_bytes()
    assert b"SQLite format 3" not in raw and before[0].encode() not in raw
    set_phones(db_path, "13900000000")
    changed = db_path.read_bytes()
    line = one_line(cli("restore", str(out), input="wrong password\n"), 3)
    assert "密码不正确" in line
    assert db_path.read_bytes() == changed
    ok(cli("restore", str(out), input="U盘密码 2026\n"))
    assert phones(db_path) == before


def test_encrypt_without_out_is_a_command_line_error(cli: Run) -> None:
    r = cli("backup", "--encrypt", input="long enough password\n")
    assert r.code == 2 and "--out" in r.err


def test_a_short_password_is_refused(cli: Run, tmp_path: Path) -> None:
    line = one_line(cli("backup", "--out", str(tmp_path / "x.qxenc"), "--encrypt", input="short\n"), 3)
    assert "至少要 8 个字符" in line
    assert not (tmp_path / "x.qxenc").exists()


def test_a_backup_from_a_newer_version_is_refused(cli: Run, db_path: Path, tmp_path: Path) -> None:
    newer = tmp_path / "newer.sqlite3"
    shutil.copyfile(db_path, newer)
    con = sqlite3.connect(newer)
    with con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    before = db_path.read_bytes()
    line = one_line(cli("restore", str(newer)), 3)
    assert "更新版本" in line and "9999" in line
    assert db_path.read_bytes() == before
    assert manifests() == []  # not even a safety copy


def test_restoring_something_that_is_not_a_backup_is_exit_3(cli: Run, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("会议记录\n" * 50, encoding="utf-8")
    assert "不是求学圆梦桌面版的备份文件" in one_line(cli("restore", str(notes)), 3)
    assert "不存在" in one_line(cli("restore", str(tmp_path / "missing.sqlite3")), 3)


def test_backup_and_restore_of_a_server_database_are_refused_clearly(run_cli: Run, tmp_path: Path) -> None:
    url = "postgresql+psycopg://hr:secret@127.0.0.1:1/qiuxue"  # nothing listens: refused before connecting
    for args in (("backup",), ("restore", str(tmp_path / "x.sqlite3"))):
        line = one_line(run_cli("--db", url, *args), 5)
        assert "PostgreSQL" in line and "pg_dump" in line and "secret" not in line


def test_check_passes_on_a_sound_database(cli: Run) -> None:
    r = ok(cli("check"))
    for label in ("数据库完整性", "记录之间的引用", "审计日志哈希链", "审计日志与备份所记一致"):
        assert f"{label}：通过" in r.out


def test_check_names_an_altered_audit_entry(cli: Run, db_path: Path) -> None:
    con = sqlite3.connect(db_path)
    with con:
        con.execute("UPDATE audit_entry SET actor = 'someone else' WHERE id = 3")
    con.close()
    r = cli("check")
    line = one_line(r, 5)
    assert line.startswith("审计日志哈希链：") and "第 3 条" in line


def test_check_finds_the_newest_entries_cut_off_using_the_backup(cli: Run, db_path: Path) -> None:
    ok(cli("backup"))
    (manifest,) = manifests()
    head = manifest["audit_head"]["id"]
    con = sqlite3.connect(db_path)
    with con:  # removing entries from the end leaves a chain that is intact in itself
        con.execute("DELETE FROM audit_entry WHERE id > ?", (head - 3,))
    con.close()
    line = one_line(cli("check"), 5)
    assert line.startswith("审计日志与备份所记一致：") and f"第 {head} 条" in line


def test_check_reports_a_damaged_file_and_a_foreign_key_problem(cli: Run, db_path: Path) -> None:
    con = sqlite3.connect(db_path)
    with con:
        con.execute("UPDATE learner SET department_id = 999999 WHERE id = 1")
    con.close()
    r = cli("check")
    assert r.code == 5 and "记录之间的引用：表 learner 第 1 行引用的 department 记录不存在" in r.err
    size = db_path.stat().st_size
    with db_path.open("r+b") as f:
        f.seek(size // 2)
        f.write(b"\x07" * 16384)
    r = cli("check")
    assert r.code == 5 and "Traceback" not in r.err
    assert all(line.startswith("数据库完整性：") for line in r.err.splitlines())


def test_check_on_a_file_that_is_not_a_database_is_exit_3(
    run_cli: Run, db_path: Path, tmp_path: Path
) -> None:
    text = tmp_path / "notes.sqlite3"
    text.write_text("not a database\n" * 100, encoding="utf-8")
    assert "不是数据库文件" in one_line(run_cli("--db", str(text), "check"), 3)
    missing = tmp_path / "missing.sqlite3"
    assert "不存在" in one_line(run_cli("--db", str(missing), "check"), 3)
    assert not missing.exists()  # a check creates nothing


def test_import_backs_up_first_and_a_dry_run_does_not(cli: Run, tmp_path: Path) -> None:
    from tests.unit.roster_samples import sample_rows, write_roster

    roster = write_roster(tmp_path / "花名册.xlsx", sample_rows(3))
    ok(cli("learners", "import", str(roster), "--dry-run"))
    assert manifests() == []
    ok(cli("learners", "import", str(roster)))
    (manifest,) = manifests()
    assert manifest["reason"] == "before-import"
    copy = next(backup_folder().glob("*-before-import.sqlite3"))
    assert sqlite3.connect(copy).execute("SELECT count(*) FROM learner").fetchone() == (25,)


HOLD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from qiuxue_desktop.db.lock import DbLock
    lock = DbLock(Path(sys.argv[1])).acquire()
    print("held", flush=True)
    sys.stdin.read()
    """
)


def test_a_second_writer_waits_briefly_then_is_told_who_holds_the_file(cli: Run, db_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db_path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        line = one_line(cli("demo", "--learners", "5"), 5)
        assert f"进程 {holder.pid}" in line and "请先关闭它" in line
        ok(cli("backup"))  # an online backup and a check are safe beside a writer
        ok(cli("check"))
    finally:
        holder.kill()
        holder.wait(timeout=30)
    r = cli("learners", "export", str(db_path.parent / "x.xlsx"))  # the dead holder's lock is gone
    ok(r)


def test_a_database_in_a_sync_folder_is_warned_about_on_stderr(run_cli: Run, tmp_path: Path) -> None:
    synced = tmp_path / "OneDrive - 某某公司" / "qiuxue.sqlite3"
    r = run_cli("--db", str(synced), "init", "--org-name", "南京某某电子有限公司", "--uscc", VALID_USCC)
    assert r.code == 0 and "created" in r.out
    assert "OneDrive 同步文件夹" in r.err


def test_with_accounts_backup_needs_a_staff_member_and_restore_an_administrator(
    run_cli: Run, db_path: Path, tmp_path: Path
) -> None:
    admin = {"QIUXUE_USER": "admin", "QIUXUE_PASSWORD": "admin-pass-2026"}
    ok(
        run_cli(
            "init",
            "--org-name",
            "某某公司",
            "--uscc",
            VALID_USCC,
            "--admin-user",
            "admin",
            input="admin-pass-2026\n",
        )
    )
    ok(run_cli("demo", "--learners", "5", env=admin))
    for name, role in (("clerk", "coordinator"), ("reader", "viewer")):
        ok(run_cli("users", "add", name, "--role", role, env=admin, input="temporary-1234\n"))
        first = {"QIUXUE_USER": name, "QIUXUE_PASSWORD": "temporary-1234"}
        ok(run_cli("users", "change-password", env=first, input=f"{name}-pass-2026\n"))
    clerk = {"QIUXUE_USER": "clerk", "QIUXUE_PASSWORD": "clerk-pass-2026"}
    reader = {"QIUXUE_USER": "reader", "QIUXUE_PASSWORD": "reader-pass-2026"}

    assert "请先登录" in one_line(run_cli("backup"), 4)
    assert "无权" in one_line(run_cli("backup", env=reader), 4)
    out = tmp_path / "copy.sqlite3"
    ok(run_cli("backup", "--out", str(out), env=clerk))
    set_phones(db_path, "13900000000")
    assert "无权" in one_line(run_cli("restore", str(out), env=clerk), 4)
    assert set(phones(db_path)) == {"13900000000"}  # signing in is recorded, nothing else changed
    assert "before-restore" not in {m["reason"] for m in manifests()}
    r = ok(run_cli("restore", str(out), env=admin))
    assert "restored" in r.out and "13900000000" not in phones(db_path)
    con = sqlite3.connect(db_path)
    assert con.execute("SELECT actor, action FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone() == (
        "admin",
        "restore",
    )
    con.close()
