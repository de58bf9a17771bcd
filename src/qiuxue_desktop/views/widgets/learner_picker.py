"""Choosing one learner among many: a search box (name, pinyin initials, 工号, ID tail — the
learner view's search) over a short list of the best matches, read as you type."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from qiuxue_desktop.views.context import AppContext

if TYPE_CHECKING:
    from qiuxue_desktop.services.learners import LearnerRow

SHOWN = 30  # matches listed at most
DELAY_MS = 120


class LearnerPicker(QWidget):
    chosen = Signal(object)  # the learner's id, or None when the choice was cleared

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.rows: dict[int, LearnerRow] = {}
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("learnerSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("输入姓名、拼音首字母、工号或身份证后4位"))
        self.matches = QListWidget(self)
        self.matches.setObjectName("learnerMatches")
        self.matches.setMaximumHeight(130)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.matches)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.matches.currentItemChanged.connect(lambda item, _old: self._picked(item))

    def search(self) -> None:
        """List the best matches of the typed text (active learners only)."""
        from qiuxue_desktop.services.learners import LearnerQuery, fetch_rows, query_learner_ids

        self._timer.stop()
        text = self.search_edit.text().strip()
        self.matches.clear()
        self.rows.clear()
        if not text:
            self.chosen.emit(None)
            return
        with self._ctx.database.read() as session:
            ids = query_learner_ids(
                session, self._ctx.enterprise, LearnerQuery(text=text, status="active"), limit=SHOWN
            )
            rows = fetch_rows(session, ids)
        for r in rows:
            self.rows[r.id] = r
            item = QListWidgetItem(f"{r.name}　{r.employee_no}　{r.department}　{r.id_masked}")
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.matches.addItem(item)
        if len(rows) == 1:
            self.matches.setCurrentRow(0)
        else:
            self.chosen.emit(None)

    def _picked(self, item: QListWidgetItem | None) -> None:
        self.chosen.emit(item.data(Qt.ItemDataRole.UserRole) if item is not None else None)

    def learner_id(self) -> int | None:
        item = self.matches.currentItem()
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return data if isinstance(data, int) else None
