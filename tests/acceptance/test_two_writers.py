"""Two people edit the same learner at once, in two separate processes: both read version 1, the
first saves, the second is told the record changed under them, and nothing is overwritten."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.services.demo import create_demo

EDITOR = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from qiuxue_desktop.db.migrate import open_database
    from qiuxue_desktop.errors import StaleRecord
    from qiuxue_desktop.services.learners import get_learner, update_learner

    db_path, learner_id, phone, me, other, sync = sys.argv[1:7]
    sync = Path(sync)

    def wait_for(name):
        deadline = time.monotonic() + 60
        while not (sync / name).exists():
            if time.monotonic() > deadline:
                sys.exit(f"{me}: timed out waiting for {name}")
            time.sleep(0.01)

    db = open_database(db_path)
    with db.read() as s:  # the edit dialog opens: the version it shows is remembered
        version = get_learner(s, int(learner_id)).version
    (sync / f"{me}-read").touch()
    wait_for(f"{other}-read")
    if me == "second":
        wait_for("first-saved")
    try:
        with db.write() as s:  # the dialog's 保存
            update_learner(s, int(learner_id), values={"phone": phone}, expected_version=version)
    except StaleRecord as exc:
        print(exc.message)
        sys.exit(5)
    finally:
        db.dispose()
    (sync / f"{me}-saved").touch()
    print("saved")
    """
)


def test_the_second_of_two_processes_saving_the_same_learner_is_told(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    with db.write() as s:
        create_demo(s, learners=3, seed=9)
    db.dispose()
    con = sqlite3.connect(db_path)
    learner_id, name, old_phone = con.execute(
        "SELECT id, name, phone FROM learner ORDER BY id LIMIT 1"
    ).fetchone()
    audit_before = con.execute("SELECT count(*) FROM audit_entry").fetchone()[0]
    con.close()
    sync = tmp_path / "sync"
    sync.mkdir()
    procs = {
        me: subprocess.Popen(
            [sys.executable, "-c", EDITOR, str(db_path), str(learner_id), phone, me, other, str(sync)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for me, other, phone in (("first", "second", "13811110001"), ("second", "first", "13922220002"))
    }
    try:
        results = {me: (p.wait(timeout=120), p.communicate(timeout=30)) for me, p in procs.items()}
    finally:
        for p in procs.values():
            p.kill()
            p.wait(timeout=30)
    first_code, (first_out, first_err) = results["first"]
    second_code, (second_out, _second_err) = results["second"]
    assert (first_code, first_out.strip()) == (0, "saved"), first_err
    assert second_code == 5
    assert second_out.strip() == f"学员“{name}”的记录刚被其他人修改过，请重新打开后再改。"
    con = sqlite3.connect(db_path)
    try:
        assert con.execute("SELECT phone, version FROM learner WHERE id = ?", (learner_id,)).fetchone() == (
            "13811110001",
            2,
        )
        assert old_phone != "13811110001"
        # one change recorded: the first person's, with the phone before and after
        entries = con.execute(
            "SELECT action, changes FROM audit_entry WHERE id > ? AND table_name = 'learner'", (audit_before,)
        ).fetchall()
        assert len(entries) == 1 and entries[0][0] == "update" and "13811110001" in entries[0][1]
    finally:
        con.close()
