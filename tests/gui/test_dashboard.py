"""工作台 in the window on the demo: it opens first with the figures the service computes, each
figure opens the list behind it filtered (the learners of a department, the enrolments of a
status, the claims waiting at a step, the enrolments past their expected graduation, the exams
of the next 14 days), the figures follow a change of the data, the steps a role acts on are
marked and the statistics report is offered only to those who may print lists."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from tests.gui.conftest import fill_demo, wait_idle

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.services import accounts
from qiuxue_desktop.services.dashboard import Dashboard, dashboard, service_periods_ending
from qiuxue_desktop.services.learners import mark_left
from qiuxue_desktop.views import signals
from qiuxue_desktop.views.dashboard_view import DashboardView
from qiuxue_desktop.views.dialogs.login_dialog import LoginDialog
from qiuxue_desktop.views.main_window import MainWindow
from qiuxue_desktop.views.widgets.charts import BarList

PASSWORD = "Correct-horse-9"


def desk(qtbot: QtBot, window: MainWindow) -> DashboardView:
    view = window.pages["dashboard"]
    assert isinstance(view, DashboardView)
    qtbot.waitUntil(lambda: view.data is not None, timeout=20_000)
    wait_idle(qtbot, window)
    return view


def figures(db: Database, window: MainWindow) -> Dashboard:
    assert window.ctx is not None
    with db.read() as s:
        return dashboard(s, window.ctx.enterprise)


def click_row(qtbot: QtBot, bars: BarList, index: int) -> None:
    """A click on the middle of a bar list's row, as a person clicks it."""
    centre = bars.row_rect(index).center().toPoint()
    qtbot.mouseClick(bars, Qt.MouseButton.LeftButton, pos=QPoint(bars.width() // 2, centre.y()))


def test_the_desk_opens_first_with_the_services_figures(
    qtbot: QtBot, demo_window: MainWindow, db: Database
) -> None:
    view = desk(qtbot, demo_window)
    assert demo_window.nav is not None and demo_window.nav.currentRow() == 0 and view.isVisible()
    d = figures(db, demo_window)
    assert view.tiles["active"].value == f"{d.learners_active:,}"
    assert view.tiles["active"].note == f"离职 {d.learners_left:,}"
    assert view.tiles["studying"].value == f"{d.enrolments['studying']:,}"
    assert view.tiles["overdue"].value == str(d.due.overdue)
    busy = sum(s.claims for s in d.steps if s.state != "draft")
    assert view.tiles["in_progress"].value == str(busy) and busy > 0
    assert [r.label for r in view.departments.rows][:3] == [x.name for x in d.departments[:3]]
    assert [r.parts for r in view.statuses.rows] == [(n,) for n in d.enrolments.values()]
    assert [r.text.split(" ")[0] for r in view.steps.rows] == [str(s.claims) for s in d.steps]
    assert view.front_ring.share_bp == d.front_line_share_bp
    assert d.fund is not None and view.fund_ring.share_bp == d.fund.front_line_share_bp
    assert view.due_links["overdue"].text() == f"● 超过预计毕业日期仍未毕业：{d.due.overdue} 条学籍"
    assert view.report_button.isVisible()  # the local user may print lists


def test_a_department_opens_its_learners_in_post(qtbot: QtBot, demo_window: MainWindow, db: Database) -> None:
    view = desk(qtbot, demo_window)
    first = view.departments.rows[0]
    click_row(qtbot, view.departments, 0)
    learners = demo_window.learners
    assert learners is not None and learners.model is not None
    assert learners.isVisible()
    assert learners.department_combo.currentData() == first.key
    assert learners.status_combo.currentData() == "active"
    qtbot.waitUntil(lambda: learners.model is not None and learners.model.rowCount() == sum(first.parts))


def test_a_step_opens_the_claims_waiting_there(qtbot: QtBot, demo_window: MainWindow, db: Database) -> None:
    view = desk(qtbot, demo_window)
    index = next(i for i, r in enumerate(view.steps.rows) if r.key == "submitted")
    waiting = view.steps.rows[index].parts[0]
    click_row(qtbot, view.steps, index)
    claims = demo_window.pages["claims"]
    assert claims.isVisible()
    qtbot.waitUntil(lambda: claims.model is not None and claims.model.rowCount() == waiting, timeout=10_000)
    assert claims.state_combo.currentData() == "submitted" and claims.filter_edit.text() == ""
    assert {claims.model.index(r, 0).data() for r in range(waiting)}  # rows are shown


def test_a_tile_opens_the_enrolments_of_its_status(qtbot: QtBot, demo_window: MainWindow) -> None:
    view = desk(qtbot, demo_window)
    studying = int(view.tiles["studying"].value.replace(",", ""))
    qtbot.mouseClick(view.tiles["studying"], Qt.MouseButton.LeftButton)
    page = demo_window.pages["enrolments"]
    assert page.isVisible() and page.status_combo.currentData() == "studying"
    qtbot.waitUntil(lambda: page.model is not None and page.model.rowCount() == studying, timeout=10_000)


def test_overdue_and_exams_open_the_at_risk_list_and_the_calendar(
    qtbot: QtBot, demo_window: MainWindow, db: Database
) -> None:
    view = desk(qtbot, demo_window)
    overdue = figures(db, demo_window).due.overdue
    assert overdue > 0
    qtbot.mouseClick(view.due_links["overdue"], Qt.MouseButton.LeftButton)
    page = demo_window.pages["enrolments"]
    qtbot.waitUntil(lambda: page.at_risk is not None and page.risk_rows is not None, timeout=20_000)
    assert page.tabs.currentWidget() is page.at_risk
    assert page.at_risk.kind_combo.currentData() == "overdue"
    assert page.at_risk.model.rowCount() == overdue

    demo_window.show_area("dashboard")
    qtbot.mouseClick(view.due_links["exams"], Qt.MouseButton.LeftButton)
    calendar = page.calendar
    assert calendar is not None and page.tabs.currentWidget() is calendar
    today = dt.date.today()
    assert calendar.period() == (today, today + dt.timedelta(days=13))
    assert calendar.period_combo.currentData() == "custom"


def test_the_figures_follow_a_change_of_the_data(qtbot: QtBot, demo_window: MainWindow, db: Database) -> None:
    view = desk(qtbot, demo_window)
    before = figures(db, demo_window).learners_active
    assert demo_window.ctx is not None and demo_window.learners is not None
    learner_id = demo_window.learners.model.learner_id(0)  # type: ignore[union-attr]
    with db.write() as s:
        mark_left(s, learner_id, leave_date=dt.date.today(), expected_version=None)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        demo_window.ctx.signals.changed.emit(signals.LEARNERS)
        demo_window.ctx.signals.changed.emit(signals.LEARNERS)  # a burst reads once
    assert view.tiles["active"].value == f"{before - 1:,}"


def test_service_periods_and_the_report_from_the_desk(
    qtbot: QtBot, demo_window: MainWindow, db: Database, tmp_path: Path
) -> None:
    view = desk(qtbot, demo_window)
    assert demo_window.ctx is not None
    dialog = view.open_service_periods()
    with db.read() as s:
        expected = service_periods_ending(s, demo_window.ctx.enterprise)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == len(expected) and len(dialog.rows) == len(expected))
    dialog.accept()

    report = view.open_report()
    qtbot.waitUntil(lambda: report.save_button.isEnabled(), timeout=10_000)
    target = tmp_path / "统计.xlsx"
    with qtbot.waitSignal(report.saved, timeout=30_000):
        report.save_to(target)
    assert target.stat().st_size > 0 and "已保存" in report.status.text()
    report.reject()


def signed_in(qtbot: QtBot, db: Database, db_path: Path, role: str) -> MainWindow:
    """A window on 60 demo learners, signed in as an account of `role`."""
    fill_demo(db, 60)
    with db.write() as s:
        for name in ("admin", role):  # the first account is an admin
            accounts.add_user(
                s, username=name, display_name=name, role=name, password=PASSWORD, must_change_password=False
            )
    window = MainWindow(str(db_path))
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: isinstance(window.sign_in.dialog, LoginDialog), timeout=20_000)
    dialog = window.sign_in.dialog
    assert isinstance(dialog, LoginDialog)
    dialog.user_edit.setText(role)
    dialog.password_edit.setText(PASSWORD)
    with qtbot.waitSignal(window.sign_in.signed_in, timeout=20_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    return window


def test_a_viewer_sees_the_desk_without_the_report_and_without_steps_of_their_own(
    qtbot: QtBot, db: Database, db_path: Path
) -> None:
    view = desk(qtbot, signed_in(qtbot, db, db_path, "viewer"))
    assert not view.report_button.isVisible()
    assert not any(r.emphasis for r in view.steps.rows)
    assert "现在等您办理" not in view.steps_note.text()
    assert int(view.tiles["active"].value) > 0


def test_a_union_account_sees_its_steps_marked(qtbot: QtBot, db: Database, db_path: Path) -> None:
    view = desk(qtbot, signed_in(qtbot, db, db_path, "union"))
    assert [r.key for r in view.steps.rows if r.emphasis] == ["hr_ok", "union_ok"]
    assert view.report_button.isVisible()
