"""The 数据上报 pictures for `make screenshots` (offscreen Qt), on the demo database and the real
platform simulator (../shared/tools/platform-sim): a first batch sent over HTTP to
`platform-sim serve`; a second written to a folder whose receipt (`platform-sim check`) refuses
a learner made wrong on purpose (born "tomorrow" on a PC whose clock ran a day ahead: E204),
while another learner with a wrong ID check digit is held back; a third written to the USB stick
and awaiting its receipt; then fresh changes pending. Saves sync.png (the area) and
sync-platform.png (系统设置 → 平台连接 with a saved, masked token). Run alone:
`python scripts/screenshots_sync.py docs/screenshots`.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

ROOT = Path(__file__).resolve().parents[1]
SIM = ROOT.parent / "shared" / "tools" / "platform-sim" / "platform_sim.py"
TOKEN = "demo-Platform-Token-2026"
SHANGHAI = dt.timezone(dt.timedelta(hours=8))


def sim(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SIM), *args], capture_output=True, text=True, timeout=300)


def receipt_of(package: Path, state: Path) -> bytes:
    proc = sim("check", str(package), "--state", str(state))
    if proc.returncode not in (0, 1, 2):
        raise SystemExit(f"screenshots_sync: platform-sim check failed: {proc.stderr}")
    return package.with_name(package.name.removesuffix(".zip") + "_receipt.json").read_bytes()


def newcomer(db: Any, seq: int, name: str, department: str) -> int:
    from sqlalchemy import text

    from qiuxue_desktop.domain.ids import id_check_char
    from qiuxue_desktop.services.learners import register_learner

    body = f"320102{1990 + seq}0315{seq:03d}"
    with db.write() as s:
        return register_learner(
            s,
            enterprise_id=int(s.scalar(text("SELECT id FROM enterprise")) or 0),
            values={
                "name": name,
                "id_number": body + id_check_char(body),
                "phone": f"1381234{seq:04d}",
                "department": department,
                "post_category": "1",
                "hire_date": dt.date(2023, 3, 1),
                "hukou_type": "1",
                "prior_education": "2",
            },
        )


def upload_first(db: Any, state: Path, log: Path) -> str:
    """Batch 1 over HTTP through `platform-sim serve`; returns the address (saved in 平台连接)."""
    from qiuxue_desktop.sync.connection import save_platform_connection
    from qiuxue_desktop.sync.http import upload_pending

    with log.open("wb") as err:
        server = subprocess.Popen(
            [sys.executable, str(SIM), "serve", "--state", str(state), "--port", "0", "--token", TOKEN],
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
        )
    try:
        assert server.stdout is not None
        match = re.fullmatch(r"listening on (http://\S+)\s*", server.stdout.readline())
        if match is None:
            raise SystemExit("screenshots_sync: platform-sim serve did not start")
        url = match[1]
        with db.write() as s:
            save_platform_connection(s, url=url, token=TOKEN)
        upload_pending(db, url, TOKEN)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
        if server.stdout is not None:
            server.stdout.close()
    return url


def prepare(db: Any, work: Path) -> None:
    """Three batches (sent over HTTP, partly refused, awaiting its receipt) and changes pending."""
    from sqlalchemy import select, text

    from qiuxue_desktop.domain import Learner
    from qiuxue_desktop.domain.ids import id_check_char
    from qiuxue_desktop.services.learners import update_learner
    from qiuxue_desktop.sync.batches import export_batch
    from qiuxue_desktop.sync.receipts import apply_receipt

    state = work / "platform"
    upload_first(db, state, work / "serve.log")

    def edit(count: int, offset: int, phone: str) -> None:
        with db.write() as s:
            ids = list(s.scalars(select(Learner.id).order_by(Learner.id).offset(offset).limit(count)))
            for i, learner_id in enumerate(ids):
                update_learner(s, learner_id, values={"phone": f"{phone}{i:04d}"}, expected_version=None)

    # Batch 2: edits; a newcomer with a wrong check digit (held back); one born "tomorrow" by the
    # clock of a PC a day ahead (passes our check that day, refused by the platform: E204).
    edit(6, 0, "1390000")
    broken = newcomer(db, 7, "郑国强", "总装车间")
    early = newcomer(db, 8, "何丽君", "质检部")
    tomorrow = dt.datetime.now(SHANGHAI).date() + dt.timedelta(days=1)  # the platform's tomorrow
    body = f"320102{tomorrow:%Y%m%d}300"
    with db.write() as s:
        good = str(s.scalar(select(Learner.id_number).where(Learner.id == broken)))
        wrong = good[:17] + ("1" if good[17] != "1" else "2")
        s.execute(text("UPDATE learner SET id_number = :n WHERE id = :i"), {"n": wrong, "i": broken})
        s.execute(
            text("UPDATE learner SET id_number = :n, birth_date = :b, gender = '2' WHERE id = :i"),
            {"n": body + id_check_char(body), "b": tomorrow.isoformat(), "i": early},
        )
    ahead = dt.datetime.combine(tomorrow, dt.time(8, 30), tzinfo=SHANGHAI)
    second = export_batch(db, work / "usb-2", now=ahead)
    assert second.path is not None
    with db.write() as s:
        apply_receipt(s, receipt_of(second.path, state))

    # Batch 3: written to the USB stick, its receipt not back yet; then more changes pending.
    edit(4, 10, "1370000")
    export_batch(db, work / "usb-3")
    edit(5, 20, "1350000")


def render_sync(app: Any, out: Path, window: Any, save: Any, wait_until: Any) -> None:
    ctx = window.ctx

    def idle() -> None:
        wait_until(app, lambda: ctx.runner.pending == 0)

    window.show_area("sync")
    page = window.pages["sync"]
    wait_until(app, lambda: page.status is not None and ctx.runner.pending == 0)
    if page.rejected.rowCount():
        page.rejected.selectRow(0)
    save(window, out, "sync.png")

    window.show_area("settings")
    settings = window.pages["settings"]
    settings.show_tab("platform")
    idle()
    wait_until(app, lambda: settings.page("platform").settings is not None)
    save(window, out, "sync-platform.png")
    window.show_area("sync")


def main(argv: list[str]) -> int:
    from screenshots import LEARNERS, SEED, SIZE, save, wait_until

    if not SIM.exists():
        raise SystemExit(f"screenshots_sync: the platform simulator is missing: {SIM}")
    out = Path(argv[1] if len(argv) > 1 else "docs/screenshots").resolve()
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="qiuxue-sync-shots-"))
    here = Path.cwd()
    os.chdir(work)  # relative names: the pictures show 数据库：qiuxue.sqlite3, not a temp path
    os.environ["QIUXUE_BASE"] = str(work / "base")
    os.environ.pop("QIUXUE_DB", None)
    try:
        from PySide6.QtWidgets import QApplication

        from qiuxue_desktop.db.migrate import open_database
        from qiuxue_desktop.services.demo import create_demo
        from qiuxue_desktop.views.main_window import MainWindow
        from qiuxue_desktop.views.style import apply_ui_font

        app = QApplication([argv[0]])
        apply_ui_font(app)
        db = open_database("qiuxue.sqlite3")
        with db.write() as s:
            create_demo(s, learners=LEARNERS, seed=SEED)
        prepare(db, work)
        window = MainWindow("qiuxue.sqlite3")
        window.resize(*SIZE)
        window.show()
        window.start()
        wait_until(app, lambda: window.is_open)
        render_sync(app, out, window, save, wait_until)
        window.close()
        db.dispose()
        return 0
    finally:
        os.chdir(here)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
