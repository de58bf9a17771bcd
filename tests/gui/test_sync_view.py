"""数据上报 in the window, against the real simulator: what waits per kind and the status bar's
count, a batch exported to a folder (and written again byte for byte), the receipt that
`platform-sim check` gives it applied, a row held back and a record the platform refused listed
with the code and the platform's message and opened from the list; the 平台连接 tab keeps the
token masked and 在线上报 sends through `platform-sim serve`."""

from __future__ import annotations

import datetime as dt
import json
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select, text
from tests.gui.conftest import fill_demo, open_window, wait_idle
from tests.gui.study_support import find_window

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain import Learner
from qiuxue_desktop.domain.ids import id_check_char
from qiuxue_desktop.domain.sync import KIND_LABELS, SyncBatch
from qiuxue_desktop.services.learners import register_learner, update_learner
from qiuxue_desktop.sync.batches import export_batch
from qiuxue_desktop.sync.status import pending_counts, sync_status
from qiuxue_desktop.views.main_window import MainWindow
from qiuxue_desktop.views.settings import SettingsPage
from qiuxue_desktop.views.settings.platform_tab import PlatformTab
from qiuxue_desktop.views.sync_view import SyncView

ROOT = Path(__file__).resolve().parents[2]
SIM = ROOT.parent / "shared" / "tools" / "platform-sim" / "platform_sim.py"
TOKEN = "gui-Token-4c2a9e7d1b"
SHANGHAI = dt.timezone(dt.timedelta(hours=8))


def sim(*args: str) -> subprocess.CompletedProcess[str]:
    if not SIM.exists():
        pytest.fail(f"the platform simulator is missing: {SIM}")
    return subprocess.run([sys.executable, str(SIM), *args], capture_output=True, text=True, timeout=120)


def check(package: Path, state: Path) -> Path:
    """`platform-sim check`: the platform judges the file; the receipt is written beside it."""
    proc = sim("check", str(package), "--state", str(state))
    assert proc.returncode in (0, 1), proc.stderr
    return package.with_name(package.name.removesuffix(".zip") + "_receipt.json")


def sync_page(qtbot: QtBot, window: MainWindow) -> SyncView:
    window.show_area("sync")
    page = window.pages["sync"]
    assert isinstance(page, SyncView)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: page.status is not None)
    return page


def column(table: object, c: int) -> list[str]:
    return [table.item(r, c).text() for r in range(table.rowCount())]  # type: ignore[attr-defined]


def status_bar_count(window: MainWindow) -> str:
    return re.sub(r"<[^>]+>", "", window.pending_label.text())


def close_box(name: str) -> str:
    box = find_window(QMessageBox, name)
    said = box.text()
    box.close()
    return said


def newcomer(db: Database, seq: int, name: str) -> int:
    body = f"350102{1988 + seq}0612{seq:03d}"
    with db.write() as s:
        enterprise_id = int(s.scalar(text("SELECT id FROM enterprise")) or 0)
        return register_learner(
            s,
            enterprise_id=enterprise_id,
            values={
                "name": name,
                "id_number": body + id_check_char(body),
                "phone": f"1590000{seq:04d}",
                "department": "总装车间",
                "post_category": "1",
                "hire_date": dt.date(2020, 5, 6),
                "hukou_type": "1",
                "prior_education": "2",
            },
        )


@pytest.fixture
def demo(db: Database) -> Database:
    fill_demo(db, 40, seed=5)
    return db


def test_export_a_batch_apply_its_receipt_and_see_what_was_held_back_or_refused(
    qtbot: QtBot, demo: Database, db_path: Path, tmp_path: Path
) -> None:
    window = open_window(qtbot, db_path)
    page = sync_page(qtbot, window)
    with demo.read() as s:
        expected = sync_status(s)
        waiting = sum(pending_counts(s).values())
    for kind, n in expected.pending.items():
        assert f"{KIND_LABELS[kind]} {n} 条" in page.pending_label.text()
    assert expected.pending["learner"] == 40
    assert status_bar_count(window) == f"待上报 {waiting} 条"
    assert page.export_button.isEnabled() and not page.rewrite_button.isEnabled()

    # Exported to a folder: the batch awaits its receipt; a lost stick is written again, the same.
    usb = tmp_path / "usb"
    page.export_to(usb)
    wait_idle(qtbot, window)
    assert "已生成第1批" in close_box("syncExportedBox")
    (package,) = usb.glob("QXYM_*_0001.zip")
    qtbot.waitUntil(lambda: page.batches.rowCount() == 1 and page.rewrite_button.isEnabled())
    assert column(page.batches, 3) == ["等待回执"] and column(page.batches, 5) == ["文件（U盘）"]
    assert not page.export_button.isEnabled()
    assert "第 1 批等待平台回执" in page.awaiting_label.text()
    again = tmp_path / "usb-again"
    page.export_to(again)
    wait_idle(qtbot, window)
    assert "重新写出" in close_box("syncExportedBox")
    assert (again / package.name).read_bytes() == package.read_bytes()

    # The platform's receipt applied: everything accepted, nothing waits.
    state = tmp_path / "platform"
    page.apply_receipt(check(package, state))
    wait_idle(qtbot, window)
    assert "已全部接收" in close_box("syncReceiptBox")
    qtbot.waitUntil(lambda: column(page.batches, 3) == ["已全部接收"])
    qtbot.waitUntil(lambda: status_bar_count(window) == "无待上报变更")
    assert "学员 0 条" in page.pending_label.text() and page.export_button.isEnabled()

    # A newcomer whose ID number is broken behind the services' back (held back, with the reason);
    # one born "tomorrow" on a PC whose clock runs a day ahead (the platform refuses it: E204);
    # and an ordinary edit.
    broken_id, early_id = newcomer(demo, 1, "郑国强"), newcomer(demo, 2, "何丽君")
    tomorrow = dt.datetime.now(SHANGHAI).date() + dt.timedelta(days=1)  # the platform's tomorrow
    with demo.write() as s:
        good = str(s.scalar(select(Learner.id_number).where(Learner.id == broken_id)))
        wrong = good[:17] + ("1" if good[17] != "1" else "2")
        s.execute(text("UPDATE learner SET id_number = :n WHERE id = :i"), {"n": wrong, "i": broken_id})
        body = f"350102{tomorrow:%Y%m%d}300"  # digit 17 even: a woman
        s.execute(
            text("UPDATE learner SET id_number = :n, birth_date = :b, gender = '2' WHERE id = :i"),
            {"n": body + id_check_char(body), "b": tomorrow.isoformat(), "i": early_id},
        )
        edited_id = s.scalar(select(Learner.id).order_by(Learner.id).limit(1))
        assert edited_id is not None
        update_learner(s, edited_id, values={"phone": "13911112222"}, expected_version=None)
    names = {broken_id: "郑国强", early_id: "何丽君"}
    ahead = dt.datetime.combine(tomorrow, dt.time(9, 0), tzinfo=SHANGHAI)
    result = export_batch(demo, tmp_path / "usb-2", now=ahead)
    assert result.path is not None
    assert [h.learner_name for h in result.prepared.held_back] == [names[broken_id]]
    window.ctx.signals.changed.emit("sync")  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: names[broken_id] in column(page.held, 1))
    row = column(page.held, 1).index(names[broken_id])
    assert column(page.held, 2)[row] == "E204" and column(page.held, 3)[row] == "身份证号校验位错误"
    receipt = check(result.path, state)
    refused = [r for r in json.loads(receipt.read_text("utf-8"))["rows"] if r["status"] == "rejected"]
    assert [r["code"] for r in refused] == ["E204"]
    page.apply_receipt(receipt)
    wait_idle(qtbot, window)
    assert "部分接收" in close_box("syncReceiptBox")
    qtbot.waitUntil(lambda: page.rejected.rowCount() == 1)
    assert column(page.held, 1) == [names[broken_id]]  # still held back; the other was refused
    assert column(page.rejected, 1) == [names[early_id]]
    assert column(page.rejected, 2) == ["E204"] and column(page.rejected, 3) == [refused[0]["message"]]
    assert column(page.rejected, 4) == ["待更正"] and column(page.rejected, 5) == ["第 2 批"]
    assert column(page.batches, 3) == ["部分接收", "已全部接收"]
    with demo.read() as s:
        waiting = sum(pending_counts(s).values())
    assert waiting == 1  # the learner held back; the refused one waits for a correction
    qtbot.waitUntil(lambda: status_bar_count(window) == "待上报 1 条")

    # The refused record opens in the learner's form, to be corrected.
    page.rejected.selectRow(0)
    assert page.open_button.isEnabled()
    dialog = page.open_selected()
    assert dialog is not None and dialog.objectName() == "learnerDialog" and dialog.isVisible()
    dialog.close()
    # No receipt for longer than the set number of days: the warning line.
    assert not page.warning_label.isVisible()
    with demo.write() as s:
        for batch in s.scalars(select(SyncBatch)):
            if batch.applied_at is not None:
                batch.applied_at -= dt.timedelta(days=30)
    window.ctx.signals.changed.emit("sync")  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: page.warning_label.isVisible())
    assert "30天前（超过14天）" in page.warning_label.text()
    # Clicking the status bar's count opens 数据上报.
    window.show_area("learners")
    window.pending_label.linkActivated.emit("sync")
    assert window.pages["sync"].isVisible()


class Server:
    def __init__(self, state: Path, log: Path) -> None:
        if not SIM.exists():
            pytest.fail(f"the platform simulator is missing: {SIM}")
        with log.open("wb") as err:
            self.proc = subprocess.Popen(
                [sys.executable, str(SIM), "serve", "--state", str(state), "--port", "0", "--token", TOKEN],
                stdout=subprocess.PIPE,
                stderr=err,
                text=True,
            )
        assert self.proc.stdout is not None
        match = re.fullmatch(r"listening on (http://\S+)\s*", self.proc.stdout.readline())
        assert match is not None, log.read_text("utf-8")
        self.url = match[1]

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGTERM)
        self.proc.wait(timeout=30)
        assert self.proc.stdout is not None
        self.proc.stdout.close()


def test_the_token_is_masked_and_the_upload_goes_through_the_platform(
    qtbot: QtBot, demo: Database, db_path: Path, tmp_path: Path
) -> None:
    window = open_window(qtbot, db_path)
    page = sync_page(qtbot, window)
    page.upload()  # nothing set up yet: told where to do it
    wait_idle(qtbot, window)
    assert "平台连接" in close_box("messageBox")

    server = Server(tmp_path / "platform", tmp_path / "serve.log")
    try:
        window.show_area("settings")
        settings = window.pages["settings"]
        assert isinstance(settings, SettingsPage)
        settings.show_tab("platform")
        tab = settings.page("platform")
        assert isinstance(tab, PlatformTab)
        wait_idle(qtbot, window)
        assert tab.token_edit.echoMode() == QLineEdit.EchoMode.Password
        tab.url_edit.setText(server.url)
        tab.token_edit.setText(TOKEN)
        tab.save_button.click()
        wait_idle(qtbot, window)
        qtbot.waitUntil(lambda: tab.token_state.text().startswith("已保存"))
        assert tab.message.text() == "已保存。"
        assert tab.token_edit.text() == "" and tab.url_edit.text() == server.url  # never shown back
        assert all(TOKEN not in w.text() for w in QApplication.allWidgets() if isinstance(w, QLineEdit))

        page = sync_page(qtbot, window)
        page.upload()
        wait_idle(qtbot, window)
        said = close_box("syncUploadedBox")
        assert "已通过网络上报1批" in said and "已全部接收" in said
        qtbot.waitUntil(lambda: column(page.batches, 3) == ["已全部接收"])
        assert column(page.batches, 5) == ["网络上传"]
        qtbot.waitUntil(lambda: status_bar_count(window) == "无待上报变更")
    finally:
        server.stop()
    with demo.read() as s:
        assert not sync_status(s).pending_total
