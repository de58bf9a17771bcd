"""工作台: the desk a coordinator opens every morning — figures and small painted charts of the
learners, enrolments, claims waiting at each step, this year's money against the budgets and the
fund's 60% front-line indicator, and what is due soon. Every figure opens the list behind it
(the area, filtered: MainWindow.show_area(key, **filter)). Read in one call on the database
worker (services.dashboard), again a moment after the data changed; the steps the signed-in
role acts on are marked, and the statistics report is offered to those who may print lists.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from qiuxue_desktop.domain.money import format_rmb
from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.views.code_labels import QT_TRANSLATE_NOOP, code_label, listed, with_note
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.style import ERROR_COLOR
from qiuxue_desktop.views.widgets.charts import BAD, MUTED, TEXT, BarList, BarRow, Ring, Tile

if TYPE_CHECKING:
    from qiuxue_desktop.db.engine import Database
    from qiuxue_desktop.services.dashboard import Dashboard

REFRESH_DELAY_MS = 300  # a burst of changes (an import, a step and its posting) reads once
MAX_DEPARTMENTS = 10
WEEKDAYS = (
    QT_TRANSLATE_NOOP("DashboardView", "星期一"),
    QT_TRANSLATE_NOOP("DashboardView", "星期二"),
    QT_TRANSLATE_NOOP("DashboardView", "星期三"),
    QT_TRANSLATE_NOOP("DashboardView", "星期四"),
    QT_TRANSLATE_NOOP("DashboardView", "星期五"),
    QT_TRANSLATE_NOOP("DashboardView", "星期六"),
    QT_TRANSLATE_NOOP("DashboardView", "星期日"),
)
# The action that moves a claim on from each waiting state (services.claim_flow.ACTIONS).
NEXT_ACTION = {
    "draft": "submit",
    "submitted": "hr_review",
    "hr_ok": "union_approve",
    "union_ok": "start_posting",
    "posting": "pay",
}
CARD_STYLE = (
    "QFrame#card { background: #ffffff; border: 1px solid #d5dbe3; border-radius: 6px; }"
    "QLabel#cardTitle { font-weight: bold; }"
)
LINK_STYLE = (
    "QPushButton { text-align: left; border: none; padding: 3px 4px; color: %s; }"
    "QPushButton:hover, QPushButton:focus { background: #eef3fb; text-decoration: underline; }"
)


def read_dashboard(db: Database, enterprise_id: int) -> Dashboard:
    from qiuxue_desktop.services.dashboard import dashboard

    with db.read() as session:
        return dashboard(session, enterprise_id)


def _count(n: int) -> str:
    return f"{n:,}"


def _rmb(fen: int) -> str:
    """¥112,920 for whole yuan (the desk is read at a glance), ¥112,920.50 otherwise."""
    return format_rmb(fen).removesuffix(".00")


class Card(QFrame):
    """A titled white box the desk is made of."""

    def __init__(self, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.title = QLabel(title, self)
        self.title.setObjectName("cardTitle")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(12, 10, 12, 10)
        self.body.addWidget(self.title)


class DashboardView(QWidget):
    """Built before the database is open; `load()` (after sign-in) reads the figures."""

    loaded = Signal()  # the figures read by the last refresh are on screen

    def __init__(self, ctx: AppContext, navigate: Callable[..., None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardView")
        self._ctx = ctx
        self._navigate = navigate
        self._ready = False
        self._stale = True
        self._generation = 0
        self.data: Dashboard | None = None
        self.setStyleSheet(CARD_STYLE)

        self.heading = QLabel(self)
        self.heading.setObjectName("dashboardHeading")
        self.heading.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.refresh_button = QPushButton(self.tr("刷新"), self)
        self.refresh_button.setObjectName("dashboardRefresh")
        self.report_button = QPushButton(self.tr("统计报表…"), self)
        self.report_button.setObjectName("statisticsReport")
        self.report_button.setToolTip(self.tr("给上级工会和教育局的年度统计报表（Excel 或 PDF）"))
        self.report_button.setVisible(False)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.report_button)

        self.tiles: dict[str, Tile] = {}
        tiles = QHBoxLayout()
        for key, caption in (
            ("active", self.tr("在职学员")),
            ("studying", self.tr("在读学籍")),
            ("in_progress", self.tr("审批中的申请")),
            ("payable", self.tr("可以支付")),
            ("awaiting", self.tr("等待平台回执")),
            ("overdue", self.tr("超期未毕业")),
        ):
            tile = Tile(caption, self)
            tile.setObjectName(f"tile_{key}")
            tile.clicked.connect(lambda _c=False, k=key: self.open_tile(k))
            self.tiles[key] = tile
            tiles.addWidget(tile)

        learners = Card(self.tr("学员（在职，按部门）"), self)
        self.front_ring = Ring(self.tr("一线职工占在职学员"), learners)
        self.front_ring.setObjectName("frontLineRing")
        self.front_ring.clicked.connect(lambda: self._navigate("learners", status="active"))
        self.departments = BarList(learners)
        self.departments.setObjectName("departmentBars")
        self.departments.activated.connect(self._department_chosen)
        learners.body.addWidget(self.front_ring)
        learners.body.addWidget(self.departments)
        learners.body.addWidget(self._legend(learners, ((0, self.tr("一线")), (1, self.tr("其他")))))
        learners.body.addStretch(1)

        enrolments = Card(self.tr("学籍状态"), self)
        self.statuses = BarList(enrolments)
        self.statuses.setObjectName("statusBars")
        self.statuses.activated.connect(lambda status: self._navigate("enrolments", status=status))
        enrolments.body.addWidget(self.statuses)
        enrolments.body.addStretch(1)

        claims = Card(self.tr("报销审批：各环节等待办理"), self)
        self.steps = BarList(claims)
        self.steps.setObjectName("stepBars")
        self.steps.activated.connect(lambda state: self._navigate("claims", state=state))
        self.steps_note = QLabel(claims)
        self.steps_note.setObjectName("stepsNote")
        self.steps_note.setWordWrap(True)
        self.steps_note.setStyleSheet(f"color: {MUTED.name()};")
        claims.body.addWidget(self.steps)
        claims.body.addWidget(self.steps_note)
        claims.body.addStretch(1)

        due = Card(self.tr("近期待办"), self)
        self.due_links: dict[str, QPushButton] = {}
        for key in ("exams", "postings", "payable", "receipts", "service", "overdue"):
            link = QPushButton(due)
            link.setObjectName(f"due_{key}")
            link.setCursor(Qt.CursorShape.PointingHandCursor)
            link.clicked.connect(lambda _c=False, k=key: self.open_due(k))
            self.due_links[key] = link
            due.body.addWidget(link)
        self.receipt_warning = QLabel(due)
        self.receipt_warning.setObjectName("receiptWarning")
        self.receipt_warning.setWordWrap(True)
        self.receipt_warning.setStyleSheet(f"color: {ERROR_COLOR};")
        due.body.addWidget(self.receipt_warning)
        due.body.addStretch(1)

        self.funds_card = Card(self.tr("经费"), self)
        self.sources = BarList(self.funds_card)
        self.sources.setObjectName("sourceBars")
        self.sources.activated.connect(self._source_chosen)
        self.fund_ring = Ring(self.tr("职工教育经费：一线职工培训支出占比"), self.funds_card, target_bp=6000)
        self.fund_ring.setObjectName("fundRing")
        self.fund_ring.clicked.connect(self._fund_chosen)
        self.fund_lines = QLabel(self.funds_card)
        self.fund_lines.setObjectName("fundLines")
        self.fund_lines.setWordWrap(True)
        self.funds_card.body.addWidget(self.sources)
        self.funds_card.body.addWidget(
            self._legend(self.funds_card, ((0, self.tr("已支付")), (1, self.tr("审批中占用"))), budget=True)
        )
        self.funds_card.body.addWidget(self.fund_ring)
        self.funds_card.body.addWidget(self.fund_lines)
        self.funds_card.body.addStretch(1)

        grid = QGridLayout()
        grid.setSpacing(10)
        grid.addWidget(learners, 0, 0, 2, 1)
        grid.addWidget(claims, 0, 1)
        grid.addWidget(due, 0, 2)
        grid.addWidget(enrolments, 1, 1)
        grid.addWidget(self.funds_card, 1, 2)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        inner = QWidget(self)
        inner.setObjectName("dashboardInner")
        box = QVBoxLayout(inner)
        box.addLayout(top)
        box.addLayout(tiles)
        box.addLayout(grid)
        box.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self.report_button.clicked.connect(self.open_report)
        ctx.signals.changed.connect(lambda _area: self._timer.start())

    def _legend(self, parent: QWidget, items: tuple[tuple[int, str], ...], *, budget: bool = False) -> QLabel:
        from qiuxue_desktop.views.widgets.charts import PALETTE

        parts = [f'<span style="color:{PALETTE[i]}">■</span> {text}' for i, text in items]
        if budget:
            parts.append(self.tr("<b>｜</b> 预算"))
        label = QLabel("　".join(parts), parent)
        label.setStyleSheet(f"color: {MUTED.name()};")
        return label

    # --- loading -------------------------------------------------------------------------

    def load(self) -> None:
        """The signed-in role is known: offer what it may do and read the figures."""
        self.report_button.setVisible(self._ctx.may(Permission.PRINT_LISTS))
        first = not self._ready
        self._ready = True
        if first:
            self.refresh()
        else:
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Read the figures on the database worker (only while on screen; else when next shown)."""
        self._timer.stop()
        ctx = self._ctx
        if not self._ready or ctx.db is None or ctx.enterprise_id is None or ctx.principal is None:
            return
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._generation += 1
        generation = self._generation

        def done(data: Dashboard) -> None:
            if generation == self._generation:
                self.show_data(data)
                self.loaded.emit()

        self._ctx.runner.db(
            read_dashboard, self._ctx.database, self._ctx.enterprise, on_done=done, quiet=True
        )

    # --- showing -------------------------------------------------------------------------

    def show_data(self, d: Dashboard) -> None:
        from qiuxue_desktop.domain.study_codes import STATUSES

        self.data = d
        self.heading.setText(
            self.tr("工作台　{date} {weekday}").format(
                date=self.tr("{y}年{m}月{d}日").format(y=d.today.year, m=d.today.month, d=d.today.day),
                weekday=self.tr(WEEKDAYS[d.today.weekday()]),
            )
        )
        busy = [s for s in d.steps if s.state != "draft"]
        self.tiles["active"].set_value(
            _count(d.learners_active), self.tr("离职 {n}").format(n=_count(d.learners_left))
        )
        self.tiles["studying"].set_value(
            _count(d.enrolments.get("studying", 0)),
            self.tr("休学 {n}").format(n=_count(d.enrolments.get("suspended", 0))),
        )
        self.tiles["in_progress"].set_value(
            _count(sum(s.claims for s in busy)), _rmb(sum(s.subsidy_fen for s in busy))
        )
        self.tiles["payable"].set_value(_count(d.due.payable), _rmb(d.due.payable_fen))
        self.tiles["awaiting"].set_value(
            _count(d.due.batches_awaiting),
            self.tr("个批次")
            if d.due.receipt_age_days is None
            else self.tr("上次回执 {n} 天前").format(n=d.due.receipt_age_days),
            BAD if d.due.receipt_warning else TEXT,
        )
        self.tiles["overdue"].set_value(
            _count(d.due.overdue), self.tr("条学籍"), BAD if d.due.overdue else TEXT
        )

        self.front_ring.set_share(
            d.front_line_share_bp,
            self.tr("{front} / {active} 人").format(
                front=_count(d.front_line_active), active=_count(d.learners_active)
            ),
        )
        shown = d.departments[:MAX_DEPARTMENTS]
        rows = [
            BarRow(
                dept.department_id,
                dept.name,
                (dept.front_line, dept.active - dept.front_line),
                _count(dept.active),
                tip=self.tr("{name}：在职 {n} 人，其中一线 {f} 人").format(
                    name=dept.name, n=dept.active, f=dept.front_line
                ),
            )
            for dept in shown
        ]
        rest = d.departments[MAX_DEPARTMENTS:]
        if rest:
            front = sum(x.front_line for x in rest)
            total = sum(x.active for x in rest)
            rows.append(
                BarRow(
                    None,
                    self.tr("其他 {n} 个部门").format(n=len(rest)),
                    (front, total - front),
                    _count(total),
                )
            )
        self.departments.set_rows(rows)
        self.statuses.set_rows(
            [
                BarRow(
                    code, code_label(label), (d.enrolments.get(code, 0),), _count(d.enrolments.get(code, 0))
                )
                for code, label in STATUSES.items()
            ]
        )
        self._show_steps(d)
        self._show_funds(d)
        self._show_due(d)

    def _show_steps(self, d: Dashboard) -> None:
        from qiuxue_desktop.services.claim_flow import ACTIONS

        mine = []
        rows = []
        for step in d.steps:
            _label, _states, needs = ACTIONS[NEXT_ACTION[step.state]]
            acts = bool(needs) and all(self._ctx.may(p) for p in needs)
            if acts and step.claims:
                mine.append(code_label(step.waits_for))
            rows.append(
                BarRow(
                    step.state,
                    with_note(code_label(step.waits_for), code_label(step.label)),
                    (step.claims,),
                    self.tr("{n} 份 · {amount}").format(n=step.claims, amount=_rmb(step.subsidy_fen)),
                    emphasis=acts,
                    tip=self.tr("补助合计 {s}，学费合计 {b}").format(
                        s=format_rmb(step.subsidy_fen), b=format_rmb(step.base_fen)
                    ),
                )
            )
        self.steps.set_rows(rows)
        self.steps_note.setText(
            self.tr("粗体是您可以办理的环节；点击一行打开该状态的申请。")
            + (self.tr("现在等您办理：{steps}。").format(steps=listed(mine)) if mine else "")
        )

    def _show_funds(self, d: Dashboard) -> None:
        self.funds_card.title.setText(self.tr("经费（{year}年）：已用与预算").format(year=d.year))
        rows = []
        for s in d.sources:
            budget = _rmb(s.budget_fen) if s.budget_fen is not None else self.tr("未设预算")
            rows.append(
                BarRow(
                    s.source_type,
                    code_label(s.label),
                    (s.paid_fen, s.reserved_fen),
                    self.tr("{used}／{budget}").format(used=_rmb(s.used_fen), budget=budget),
                    limit=s.budget_fen,
                    tip=self.tr("已支付 {p}，审批中占用 {r}，预算 {b}").format(
                        p=format_rmb(s.paid_fen),
                        r=format_rmb(s.reserved_fen),
                        b=format_rmb(s.budget_fen) if s.budget_fen is not None else self.tr("未设"),
                    ),
                )
            )
        self.sources.set_rows(rows)
        fund = d.fund
        if fund is None:
            self.fund_ring.set_share(None, self.tr("{year}年还没有经费台账").format(year=d.year))
            self.fund_lines.setText("")
            return
        share_note = (
            self.tr("本年还没有支出")
            if fund.front_line_share_bp is None
            else (self.tr("低于60%的要求") if fund.front_line_warning else self.tr("达到不少于60%的要求"))
        )
        self.fund_ring.set_share(fund.front_line_share_bp, share_note)
        self.fund_lines.setText(
            self.tr("本年提取 {a}　已支出 {s}　年末结余 {c}　税前扣除余量 {h}").format(
                a=format_rmb(fund.set_aside_fen),
                s=format_rmb(fund.spent_fen),
                c=format_rmb(fund.closing_fen),
                h=format_rmb(fund.tax_headroom_fen),
            )
        )

    def _link(self, key: str, text: str, *, urgent: bool, quiet: bool) -> None:
        link = self.due_links[key]
        colour = ERROR_COLOR if urgent else (MUTED.name() if quiet else "#1565c0")
        link.setStyleSheet(LINK_STYLE % colour)
        link.setText(text)

    def _show_due(self, d: Dashboard) -> None:
        due = d.due
        if due.exams:
            exams = self.tr("今后14天有考试：{n} 场，{m} 名学员").format(n=due.exams, m=due.exam_learners)
        elif due.next_exam is not None:
            exams = self.tr("今后14天没有考试（下一场 {day}）").format(day=due.next_exam.isoformat())
        else:
            exams = self.tr("今后14天没有考试")
        self._link("exams", "● " + exams, urgent=False, quiet=not due.exams)
        self._link(
            "postings",
            "● " + self.tr("7天内公示期满：{n} 份申请").format(n=due.postings_ending),
            urgent=False,
            quiet=not due.postings_ending,
        )
        self._link(
            "payable",
            "● "
            + self.tr("公示已结束、可以支付：{n} 份，{fen}").format(
                n=due.payable, fen=format_rmb(due.payable_fen)
            ),
            urgent=False,
            quiet=not due.payable,
        )
        if due.batches_awaiting and due.oldest_awaiting is not None:
            days = (dt.datetime.now(dt.UTC) - due.oldest_awaiting).days
            receipts = self.tr("等待平台回执：{n} 批（最早的 {days} 天前报出）").format(
                n=due.batches_awaiting, days=days
            )
        else:
            receipts = self.tr("没有等待平台回执的批次")
        if due.receipt_age_days is not None:
            receipts += self.tr("；上次导入回执在 {days} 天前").format(days=due.receipt_age_days)
        self._link(
            "receipts",
            "● " + receipts,
            urgent=due.receipt_warning is not None,
            quiet=not due.batches_awaiting,
        )
        self.receipt_warning.setText(due.receipt_warning or "")
        self.receipt_warning.setVisible(due.receipt_warning is not None)
        service = self.tr("60天内服务期届满：{n} 笔企业出资").format(n=due.service_ending)
        if due.service_first_end is not None:
            service += self.tr("（最早 {day}）").format(day=due.service_first_end.isoformat())
        self._link("service", "● " + service, urgent=False, quiet=not due.service_ending)
        self._link(
            "overdue",
            "● " + self.tr("超过预计毕业日期仍未毕业：{n} 条学籍").format(n=due.overdue),
            urgent=bool(due.overdue),
            quiet=not due.overdue,
        )

    # --- the lists behind the figures ----------------------------------------------------

    def open_tile(self, key: str) -> None:
        targets: dict[str, tuple[str, dict[str, Any]]] = {
            "active": ("learners", {"status": "active"}),
            "studying": ("enrolments", {"status": "studying"}),
            "in_progress": ("claims", {"state": "in_progress"}),
            "payable": ("claims", {"state": "posting"}),
            "awaiting": ("sync", {}),
            "overdue": ("enrolments", {"risk": "overdue"}),
        }
        area, how = targets[key]
        self._navigate(area, **how)

    def open_due(self, key: str) -> None:
        today = self.data.today if self.data is not None else dt.date.today()
        if key == "exams":
            self._navigate("enrolments", exams=(today, today + dt.timedelta(days=13)))
        elif key in ("postings", "payable"):
            self._navigate("claims", state="posting")
        elif key == "receipts":
            self._navigate("sync")
        elif key == "overdue":
            self._navigate("enrolments", risk="overdue")
        elif key == "service":
            self.open_service_periods()

    def _department_chosen(self, department_id: object) -> None:
        if isinstance(department_id, int):
            self._navigate("learners", status="active", department_id=department_id)
        else:
            self._navigate("learners", status="active")

    def _source_chosen(self, _source: object) -> None:
        self._navigate("funds", tab="budgets", year=self.data.year if self.data else dt.date.today().year)

    def _fund_chosen(self) -> None:
        self._navigate("funds", tab="ledger", year=self.data.year if self.data else dt.date.today().year)

    def open_service_periods(self) -> QDialog:
        from qiuxue_desktop.views.dialogs.service_periods_dialog import ServicePeriodsDialog

        dialog = ServicePeriodsDialog(self._ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_report(self) -> QDialog:
        from qiuxue_desktop.views.dialogs.report_dialog import ReportDialog

        dialog = ReportDialog(self._ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
