"""服务期退还: the employer-paid claim lines of learners who left inside their service period —
what was paid, the period, the unserved days, the amount repayable pro rata (never more than
was paid; union and government money excluded), what came back and what is still owed — under
the legal note (劳动合同法第二十二条: listed, never collected automatically); 登记退款 records a
repayment for a role that records payments, and the selected line's repayments are listed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from qiuxue_desktop.views.code_labels import code_label, with_note
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.funds.common import NOTE_STYLE, FundsTab, cell, money_text
from qiuxue_desktop.views.study_common import fill_table, open_dialog, read_only_table, row_key, select_key
from qiuxue_desktop.views.style import ERROR_COLOR

if TYPE_CHECKING:
    from qiuxue_desktop.services.clawback import ClawbackRow, RepaymentRow

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class ClawbackData:
    rows: list[ClawbackRow]
    repayments: dict[int, list[RepaymentRow]]  # claim line id → its repayments


class ClawbackTab(FundsTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        from qiuxue_desktop.services.clawback import CLAWBACK_NOTE

        self.setObjectName("clawbackTab")
        self.data = ClawbackData([], {})
        self.note = QLabel(
            "<b>"
            + self.tr("依据《劳动合同法》第二十二条和本人签订的培训（学习）协议")
            + "</b><br>"
            + CLAWBACK_NOTE,
            self,
        )
        self.note.setObjectName("clawbackNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        self.table = read_only_table(
            self,
            [
                self.tr("学员"),
                self.tr("离职日期"),
                self.tr("申请编号"),
                self.tr("资金来源"),
                self.tr("已支付"),
                self.tr("服务期"),
                self.tr("未服务天数"),
                self.tr("应退金额"),
                self.tr("已退"),
                self.tr("尚欠"),
            ],
            "clawbackTable",
        )
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(self.tr("没有在服务期内离职、需要退还企业出资的学员。"), self)
        self.empty_label.setObjectName("clawbackEmpty")
        self.repay_button = QPushButton(self.tr("登记退款…"), self)
        self.repay_button.setObjectName("recordRepayment")
        self.repay_button.setVisible(False)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("clawbackTotal")
        bar = QHBoxLayout()
        bar.addWidget(self.repay_button)
        bar.addStretch(1)
        bar.addWidget(self.total_label)

        repaid_box = QGroupBox(self.tr("已登记的退款"), self)
        self.repaid_table = read_only_table(
            repaid_box,
            [
                self.tr("收款日期"),
                self.tr("金额"),
                self.tr("方式"),
                self.tr("凭证号"),
                self.tr("登记人"),
                self.tr("备注"),
            ],
            "repaymentTable",
        )
        QVBoxLayout(repaid_box).addWidget(self.repaid_table)
        list_box = QWidget(self)
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(bar)
        list_layout.addWidget(self.empty_label, 1, Qt.AlignmentFlag.AlignTop)
        list_layout.addWidget(self.table, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(list_box)
        split.addWidget(repaid_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([420, 160])
        self.repaid_box = repaid_box
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(split, 1)

        self.repay_button.clicked.connect(self.record_repayment)
        self.table.itemSelectionChanged.connect(self._chosen)
        self.table.doubleClicked.connect(lambda _i: self.record_repayment())
        self.show_data(self.data)

    def permission_changed(self) -> None:
        self.repay_button.setVisible(self.editable)

    def read(self, _params: None) -> ClawbackData:
        from qiuxue_desktop.services.clawback import clawback_rows, repayments

        with self._ctx.database.read() as session:
            rows = clawback_rows(session)
            return ClawbackData(rows, {r.claim_line_id: repayments(session, r.claim_line_id) for r in rows})

    def show_data(self, data: ClawbackData) -> None:
        keep = row_key(self.table)
        self.data = data
        rows = data.rows
        self.table.blockSignals(True)
        fill_table(
            self.table,
            [
                (
                    with_note(r.learner_name, r.department),
                    r.leave_date.isoformat(),
                    r.claim_no,
                    code_label(r.source_label),
                    money_text(r.paid_fen),
                    self.tr("{m} 个月（{a} 至 {b}）").format(
                        m=r.service_months,
                        a=r.paid_on.isoformat(),
                        b=(r.service_end - dt.timedelta(days=1)).isoformat(),  # its last day
                    ),
                    self.tr("{u} / {t} 天").format(u=r.unserved_days, t=r.term_days),
                    money_text(r.repayable_fen),
                    money_text(r.repaid_fen),
                    money_text(r.owed_fen),
                )
                for r in rows
            ],
            [r.claim_line_id for r in rows],
        )
        for i, r in enumerate(rows):
            for c in (4, 7, 8, 9):
                cell(self.table, i, c).setTextAlignment(RIGHT)
            cell(self.table, i, 7).setToolTip(
                self.tr("{paid} × {u} ÷ {t} 天，四舍五入到分，且不超过已支付金额").format(
                    paid=money_text(r.paid_fen), u=r.unserved_days, t=r.term_days
                )
            )
            if r.owed_fen > 0:
                cell(self.table, i, 9).setForeground(QColor(ERROR_COLOR))
        self.table.blockSignals(False)
        self.empty_label.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self.repaid_box.setVisible(bool(rows))
        owed = sum(r.owed_fen for r in rows)
        self.total_label.setText(
            self.tr("共 {n} 笔，应退 {due}，已退 {back}，尚欠 {owed}").format(
                n=len(rows),
                due=money_text(sum(r.repayable_fen for r in rows)),
                back=money_text(sum(r.repaid_fen for r in rows)),
                owed=money_text(owed),
            )
        )
        if keep is not None:
            select_key(self.table, keep)
        self._chosen()

    def current(self) -> ClawbackRow | None:
        wanted = row_key(self.table)
        return next((r for r in self.data.rows if r.claim_line_id == wanted), None)

    def _chosen(self) -> None:
        row = self.current()
        self.repay_button.setEnabled(row is not None and row.owed_fen > 0)
        repaid = self.data.repayments.get(row.claim_line_id, []) if row is not None else []
        fill_table(
            self.repaid_table,
            [
                (
                    p.received_on.isoformat(),
                    money_text(p.amount_fen),
                    code_label(p.method_label),
                    p.reference,
                    p.recorded_by,
                    p.note,
                )
                for p in repaid
            ],
            [p.id for p in repaid],
        )

    def record_repayment(self) -> None:
        row = self.current()
        if row is None or not self.editable or row.owed_fen <= 0:
            return
        from qiuxue_desktop.views.dialogs.fund_dialogs import RepaymentDialog

        open_dialog(RepaymentDialog(self._ctx, row, self))
