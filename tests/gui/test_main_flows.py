"""The day's main flows in one real window, as the office does them (issue 8, point 8): a
roster imported through the import dialog from a real workbook, a learner enrolled, an invoice
entered, a claim taken through every approval with each role signing in in turn, its form
printed (the preview, saved as PDF, read back with pdftotext) and a batch exported to a folder
that the platform simulator's `check --dry-run` accepts.

Along the way every SQL statement the GUI thread runs itself is timed: the window must never
wait on the database for long (the work goes to the runner's worker)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import event, select
from sqlalchemy.engine import Engine
from tests.conftest import require_tool
from tests.gui.conftest import type_text, wait_idle
from tests.gui.study_support import find_window
from tests.gui.test_claims_view import confirm, editor_for, log_in, open_editors, sign_out
from tests.gui.test_import_dialog import new_id, write_roster
from tests.gui.test_keyboard import press
from tests.unit.claim_samples import CITY, ENTERPRISE, FUJIAN, add_people, schemes
from tests.unit.study_samples import add_programme

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain import Enrolment, Learner
from qiuxue_desktop.domain.claims import Claim, ClaimStep, Invoice
from qiuxue_desktop.views.claim_actions import StepDialog
from qiuxue_desktop.views.claims_view import ClaimsView
from qiuxue_desktop.views.dialogs.enrolment_dialog import EnrolmentDialog
from qiuxue_desktop.views.dialogs.import_dialog import ImportDialog
from qiuxue_desktop.views.dialogs.invoice_dialog import InvoiceDialog
from qiuxue_desktop.views.dialogs.preview_dialog import PreviewDialog
from qiuxue_desktop.views.enrolments_view import EnrolmentsView
from qiuxue_desktop.views.main_window import MainWindow
from qiuxue_desktop.views.sync_view import SyncView

SIM = Path(__file__).resolve().parents[3] / "shared" / "tools" / "platform-sim" / "platform_sim.py"
NAMES = ("林晓峰", "陈静怡", "黄志强", "吴丽娟", "郑海涛")
GUI_WAIT_LIMIT = 0.2  # seconds one statement may hold the window


class GuiThreadSql:
    """Every statement run on the GUI thread, with how long it took."""

    def __init__(self) -> None:
        self.statements: list[tuple[float, str]] = []
        self._started: dict[int, float] = {}

    def before(self, conn: Any, cursor: Any, statement: str, *_args: Any) -> None:
        if threading.current_thread() is threading.main_thread():
            self._started[id(cursor)] = time.perf_counter()

    def after(self, conn: Any, cursor: Any, statement: str, *_args: Any) -> None:
        started = self._started.pop(id(cursor), None)
        if started is not None:
            self.statements.append((time.perf_counter() - started, " ".join(statement.split())[:120]))


@pytest.fixture
def gui_sql() -> Iterator[GuiThreadSql]:
    watch = GuiThreadSql()
    event.listen(Engine, "before_cursor_execute", watch.before)
    event.listen(Engine, "after_cursor_execute", watch.after)
    try:
        yield watch
    finally:
        event.remove(Engine, "before_cursor_execute", watch.before)
        event.remove(Engine, "after_cursor_execute", watch.after)


@pytest.fixture
def office(db: Database, enterprise_id: int) -> Database:
    """The enterprise, the three schemes, a 高起专 programme and one account per role; no learner."""
    with db.write() as s:
        schemes(s, FUJIAN, CITY, ENTERPRISE)
        add_programme(s, enterprise_id)
    add_people(db)
    return db


def roster_rows() -> list[tuple[Any, ...]]:
    return [
        (name, new_id(700 + i), f"1385000{i:04d}", "总装车间", "一线", "2019-03-04", "农村", "高中")
        for i, name in enumerate(NAMES)
    ]


def visible_box(window: MainWindow) -> QMessageBox:
    boxes = [b for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox) and b.isVisible()]
    boxes += [b for b in window.findChildren(QMessageBox) if b.isVisible() and b not in boxes]
    assert boxes, "no message box"
    return boxes[0]


def has_box(window: MainWindow) -> bool:
    return any(b.isVisible() for b in window.findChildren(QMessageBox)) or any(
        isinstance(b, QMessageBox) and b.isVisible() for b in QApplication.topLevelWidgets()
    )


def step(qtbot: QtBot, window: MainWindow, claim_id: int, key: str, state: str, **fill: Any) -> None:
    """Open the claim from the claims list, take step `key` through its dialog."""
    page = window.pages["claims"]
    assert isinstance(page, ClaimsView)
    window.show_area("claims")
    wait_idle(qtbot, window)
    open_now = [e for e in open_editors() if e.claim_id == claim_id]
    if open_now:  # still open from the step before
        editor = open_now[0]
    else:
        page.select_claim(claim_id)
        page.open_selected()
        editor = editor_for(qtbot, claim_id)
    qtbot.waitUntil(lambda: key in editor.action_buttons and editor.action_buttons[key].isEnabled())
    editor.action_buttons[key].click()
    dialog = find_window(StepDialog, "stepDialog")
    if "start" in fill:
        assert dialog.date_edit is not None
        dialog.date_edit.setDate(QDate(fill["start"]))
    if "method" in fill:
        assert dialog.method_combo is not None
        dialog.method_combo.setCurrentIndex(dialog.method_combo.findData(fill["method"]))
    confirm(qtbot, window, dialog)
    qtbot.waitUntil(lambda: editor.state_badge.text() == state, timeout=20_000)


def test_the_days_main_flows(
    qtbot: QtBot,
    office: Database,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    gui_sql: GuiThreadSql,
) -> None:
    pdftotext = require_tool("pdftotext")
    window = MainWindow(str(db_path))
    qtbot.addWidget(window)
    window.show()
    window.start()
    log_in(qtbot, window, "coordinator")

    # --- the roster, through the import dialog (Ctrl+I), from a real workbook -----------------
    roster = write_roster(tmp_path / "职工花名册.xlsx", roster_rows())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(roster), ""))
    assert window.stack.currentWidget() is window.first_run_page  # no learner yet: the guided start
    press(qtbot, window, "Ctrl+I")
    importer = window.findChild(ImportDialog)
    assert importer is not None
    qtbot.waitUntil(lambda: importer.import_button.isEnabled(), timeout=20_000)
    assert importer.summary_label.text() == "新增 5 人，更新 0 人，不变 0 人"
    with qtbot.waitSignal(importer.finished, timeout=30_000):
        importer.import_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=20_000)
    assert window.counts_label.text() == "学员 5 人：在职 5，离职 0"
    qtbot.waitUntil(lambda: has_box(window))
    done = visible_box(window)
    assert done.text() == "已导入：新增 5 人，更新 0 人。"
    done.accept()

    # --- 林晓峰 enrolled (学习进度 → 新增学籍…) ------------------------------------------------
    window.show_area("enrolments")
    enrolments = window.pages["enrolments"]
    assert isinstance(enrolments, EnrolmentsView)
    wait_idle(qtbot, window)
    enrolments.enrol_button.click()
    enrol = find_window(EnrolmentDialog, "enrolmentDialog")
    assert enrol.picker is not None
    type_text(enrol.picker.search_edit, "林晓峰")
    qtbot.waitUntil(lambda: enrol.picker is not None and enrol.picker.matches.count() == 1, timeout=10_000)
    wait_idle(qtbot, window)
    enrol.institution_combo.setCurrentIndex(1 if enrol.institution_combo.count() > 1 else 0)
    wait_idle(qtbot, window)
    qtbot.waitUntil(
        lambda: enrol.programme_combo.count() > 0 and enrol.programme_combo.currentData() is not None
    )
    intake = (
        dt.date.today().replace(month=3, day=1)
        if dt.date.today().month >= 3
        else dt.date(dt.date.today().year - 1, 9, 1)
    )
    enrol.intake_edit.setDate(QDate(intake))
    qtbot.keyClicks(enrol.student_no_edit, "2026030101")
    enrol.status_combo.setCurrentIndex(enrol.status_combo.findData("studying"))
    with qtbot.waitSignal(enrol.finished, timeout=10_000):
        enrol.buttons.accepted.emit()
    wait_idle(qtbot, window)
    with office.read() as s:
        learner_id = s.scalar(select(Learner.id).where(Learner.name == "林晓峰"))
        enrolment = s.scalars(select(Enrolment).where(Enrolment.learner_id == learner_id)).one()
        assert (enrolment.student_no, enrolment.status) == ("2026030101", "studying")

    # --- an invoice (学费报销 → 票据 → 登记票据…) and a claim made from it --------------------
    window.show_area("claims")
    claims = window.pages["claims"]
    assert isinstance(claims, ClaimsView)
    wait_idle(qtbot, window)
    claims.tabs.setCurrentWidget(claims.invoices)
    claims.invoices.add_button.click()
    entry = find_window(InvoiceDialog, "invoiceDialog")
    assert entry.picker is not None
    type_text(entry.picker.search_edit, "林晓峰")
    entry.picker.search()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: entry.enrolment_combo.count() == 1)
    entry.number_edit.setText("35000020260301")
    entry.amount_edit.setText("3,000.00")
    entry.issued_edit.setDate(QDate(intake))
    with qtbot.waitSignal(entry.saved, timeout=10_000):
        confirm(qtbot, window, entry)
    qtbot.waitUntil(lambda: claims.invoices.table.rowCount() == 1)
    claims.invoices.table.selectRow(0)
    claims.invoices.claim_button.click()
    wait_idle(qtbot, window)
    with office.read() as s:
        claim_id, claim_no = s.execute(select(Claim.id, Claim.claim_no)).one()
        assert s.scalar(select(Invoice.amount_fen)) == 300_000
    editor = editor_for(qtbot, claim_id)
    assert editor.state_badge.text() == "草稿"
    editor.action_buttons["submit"].click()
    confirm(qtbot, window, find_window(StepDialog, "stepDialog"))
    qtbot.waitUntil(lambda: editor.state_badge.text() == "已提交")

    # --- every approval, each role signing in in turn ------------------------------------------
    sign_out(qtbot, window)
    log_in(qtbot, window, "admin")  # HR's review: not by the coordinator who prepared it
    step(qtbot, window, claim_id, "hr_review", "人事审核")
    sign_out(qtbot, window)
    log_in(qtbot, window, "union")
    step(qtbot, window, claim_id, "union_approve", "工会审批")
    step(qtbot, window, claim_id, "start_posting", "公示中", start=dt.date.today() - dt.timedelta(days=20))
    sign_out(qtbot, window)
    log_in(qtbot, window, "finance")
    step(qtbot, window, claim_id, "pay", "已支付", method="payroll")
    with office.read() as s:
        steps = [(st.to_state, st.actor) for st in s.scalars(select(ClaimStep).order_by(ClaimStep.id))]
    assert steps == [
        ("submitted", "coordinator"),
        ("hr_ok", "admin"),
        ("union_ok", "union"),
        ("posting", "union"),
        ("paid", "finance"),
    ]
    sign_out(qtbot, window)
    log_in(qtbot, window, "coordinator")

    # --- its form printed: Ctrl+P on the claim, the preview, saved as PDF, read back ----------
    window.show_area("claims")
    wait_idle(qtbot, window)
    claims.tabs.setCurrentIndex(0)
    claims.select_claim(claim_id)
    press(qtbot, window, "Ctrl+P")
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, PreviewDialog) and w.isVisible()
            for w in QApplication.topLevelWidgets() + window.findChildren(PreviewDialog)
        ),
        timeout=30_000,
    )
    preview = next(w for w in window.findChildren(PreviewDialog) if w.isVisible())
    pdf = tmp_path / "报销申请表.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(pdf), ""))
    preview.save_button.click()
    qtbot.waitUntil(lambda: pdf.exists() and has_box(window), timeout=20_000)
    visible_box(window).accept()
    text = subprocess.run(
        [pdftotext, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert claim_no in text and "林晓峰" in text and "人民币叁仟元整" in text.replace(" ", "")
    preview.reject()

    # --- a batch exported (数据上报 → 导出批次到U盘…) and judged by the platform -------------
    window.show_area("sync")
    sync = window.pages["sync"]
    assert isinstance(sync, SyncView)
    wait_idle(qtbot, window)
    usb = tmp_path / "U盘"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(usb))
    qtbot.waitUntil(lambda: sync.export_button.isEnabled())
    sync.export_button.click()
    qtbot.waitUntil(lambda: has_box(window), timeout=30_000)
    assert "已生成第1批" in visible_box(window).text()
    visible_box(window).accept()
    (package,) = usb.glob("QXYM_*_0001.zip")
    if not SIM.exists():
        pytest.fail(f"the platform simulator is missing: {SIM}")
    judged = subprocess.run(
        [sys.executable, str(SIM), "check", str(package), "--state", str(tmp_path / "platform"), "--dry-run"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert judged.returncode == 0, judged.stdout + judged.stderr
    assert judged.stdout.startswith("status=accepted accepted=")

    # --- and the window never waited on the database for long ----------------------------------
    slow = [(round(t, 3), sql) for t, sql in gui_sql.statements if t > GUI_WAIT_LIMIT]
    assert not slow, slow
    print(
        f"\nGUI-thread SQL: {len(gui_sql.statements)} statements, "
        f"{sum(t for t, _ in gui_sql.statements) * 1000:.0f} ms in all, "
        f"longest {max((t for t, _ in gui_sql.statements), default=0) * 1000:.1f} ms"
    )
