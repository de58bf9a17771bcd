"""预警名单: every enrolment at risk with the reasons — a failed course not passed on a resit,
no credits last term, past the expected graduation, 休学 too long — by department, so the
coordinator can talk to each learner before anyone drops out unnoticed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qiuxue_desktop.views import study_actions
from qiuxue_desktop.views.code_labels import code_label, with_note
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.models.risk_table import RiskTableModel

if TYPE_CHECKING:
    from qiuxue_desktop.services.progress import ProgressRow


class AtRiskView(QWidget):
    """Filled by EnrolmentsView each time it has computed the risks."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from qiuxue_desktop.services.progress import RISKS

        self.setObjectName("atRiskView")
        self._ctx = ctx
        self.model = RiskTableModel(self)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("riskKind")
        self.kind_combo.addItem(self.tr("全部预警"), None)
        for key, label in RISKS.items():
            self.kind_combo.addItem(code_label(label), key)
        self.summary = QLabel(self.tr("正在计算……"), self)
        self.summary.setObjectName("riskSummary")
        self.study_button = QPushButton(self.tr("学习情况…"), self)
        self.study_button.setObjectName("riskStudyPage")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("预警类型"), self))
        bar.addWidget(self.kind_combo)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.study_button)

        self.table = QTableView(self)
        self.table.setObjectName("riskTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        for col, width in enumerate((90, 80, 80, 150, 150, 80, 60, 80, 60, 55)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(lambda _i: self.open_study_page())
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

        self._counts: dict[str | None, int] = {}
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._kind_chosen())
        self.study_button.clicked.connect(self.open_study_page)

    def show_rows(self, rows: list[ProgressRow]) -> None:
        from qiuxue_desktop.services.progress import RISKS

        self._counts = {None: len(rows), **{k: sum(1 for r in rows if k in r.risks) for k in RISKS}}
        for i in range(self.kind_combo.count()):
            key = self.kind_combo.itemData(i)
            label = self.tr("全部预警") if key is None else code_label(RISKS[key])
            self.kind_combo.setItemText(i, with_note(label, str(self._counts.get(key, 0))))
        self.model.set_rows(rows)
        self._show_summary()

    def _kind_chosen(self) -> None:
        self.model.set_risk(self.kind_combo.currentData())
        self._show_summary()

    def _show_summary(self) -> None:
        shown, total = self.model.rowCount(), self._counts.get(None, 0)
        if total == 0:
            self.summary.setText(self.tr("没有需要预警的学籍。"))
        else:
            self.summary.setText(
                self.tr("列出 {shown} 条，共 {total} 条学籍需要关注；双击一行查看学习情况。").format(
                    shown=shown, total=total
                )
            )

    def current_row(self) -> ProgressRow | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def open_study_page(self) -> None:
        row = self.current_row()
        if row is not None:
            study_actions.open_study_page(
                self, self._ctx, enrolment_id=row.enrolment_id, learner_id=row.learner_id
            )
