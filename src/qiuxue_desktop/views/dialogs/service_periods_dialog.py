"""60天内服务期届满 (opened from the desk): the employer-paid lines whose service period ends within
60 days, the learners still in post — read on the database worker; a double click opens the claim."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from qiuxue_desktop.domain.money import format_rmb
from qiuxue_desktop.views.context import AppContext

if TYPE_CHECKING:
    from qiuxue_desktop.services.dashboard import ServicePeriodRow


class ServicePeriodsDialog(QDialog):
    """The employer-paid lines whose service period ends within 60 days, learners still in post;
    a double click opens the claim."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        from qiuxue_desktop.views.study_common import read_only_table

        self.setObjectName("servicePeriodsDialog")
        self.setWindowTitle(self.tr("60天内服务期届满"))
        self._ctx = ctx
        self.rows: list[ServicePeriodRow] = []
        note = QLabel(
            self.tr(
                "以下学员由企业出资（职工教育经费或企业其他经费）报销的学费约定了服务期，服务期将在60天内届满。"
                "届满后离职不再需要返还费用。双击一行打开报销申请。"
            ),
            self,
        )
        note.setWordWrap(True)
        self.table = read_only_table(
            self,
            [
                self.tr("服务期至"),
                self.tr("姓名"),
                self.tr("部门"),
                self.tr("申请编号"),
                self.tr("出资方"),
                self.tr("金额"),
                self.tr("支付日期"),
                self.tr("服务期"),
            ],
            "servicePeriodTable",
        )
        self.table.doubleClicked.connect(lambda index: self.open_claim(index.row()))
        close = QPushButton(self.tr("关闭"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(820, 420)
        db, enterprise_id = ctx.database, ctx.enterprise

        def read() -> list[ServicePeriodRow]:
            from qiuxue_desktop.services.dashboard import service_periods_ending

            with db.read() as session:
                return service_periods_ending(session, enterprise_id)

        ctx.runner.db(read, on_done=self._show, quiet=True)

    def _show(self, rows: list[ServicePeriodRow]) -> None:
        from qiuxue_desktop.views.study_common import fill_table

        self.rows = rows
        fill_table(
            self.table,
            [
                (
                    r.last_day.isoformat(),
                    r.learner_name,
                    r.department,
                    r.claim_no,
                    r.funder,
                    format_rmb(r.amount_fen),
                    r.paid_on.isoformat(),
                    self.tr("{m} 个月").format(m=r.service_months),
                )
                for r in rows
            ],
            [r.claim_id for r in rows],
        )
        self.loaded.emit()

    def open_claim(self, row: int) -> QWidget | None:
        if not 0 <= row < len(self.rows):
            return None
        from qiuxue_desktop.views.claim_actions import open_claim

        return open_claim(self.parentWidget() or self, self._ctx, self.rows[row].claim_id)
