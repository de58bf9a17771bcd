"""Mark a learner as left (离职) on a date: a learner with history is never deleted."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from qiuxue_desktop.views import signals
from qiuxue_desktop.views.code_labels import separated
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.widgets.field_grid import FieldGrid, date_edit


class LeaveDialog(QDialog):
    def __init__(self, ctx: AppContext, learner_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from qiuxue_desktop.services.learners import get_learner

        self.setObjectName("leaveDialog")
        self._ctx = ctx
        self._learner_id = learner_id
        with ctx.database.read() as session:
            detail = get_learner(session, learner_id)
        self._version = detail.version
        name = detail.values["name"]
        self.setWindowTitle(self.tr("标记离职"))
        intro = QLabel(
            self.tr("将学员“{name}”标记为离职。学员记录会保留，不会删除；以后仍可在“离职”中查到。").format(
                name=name
            ),
            self,
        )
        intro.setWordWrap(True)
        self.date_edit = date_edit(self)
        left = detail.values["leave_date"]
        if left is not None:
            self.date_edit.setDate(left)
        self.grid = FieldGrid()
        self.grid.add_row("leave_date", self.tr("离职日期"), self.date_edit, required=True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("标记离职"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.grid)
        layout.addWidget(self.buttons)

    def reject(self) -> None:
        if self.buttons.isEnabled():  # not while the worker is saving for it
            super().reject()

    def save(self) -> None:
        from qiuxue_desktop.services.learners import mark_left

        db, learner_id, version = self._ctx.database, self._learner_id, self._version
        leave_date: dt.date = self.date_edit.date().toPython()  # type: ignore[assignment]

        def work() -> int:
            with db.write() as session:
                mark_left(session, learner_id, leave_date=leave_date, expected_version=version)
            return learner_id

        self.buttons.setEnabled(False)
        self._ctx.runner.db(work, on_done=self._saved, on_error=self._failed)

    def _saved(self, _learner_id: int) -> None:
        self._ctx.signals.changed.emit(signals.LEARNERS)
        self.accept()

    def _failed(self, exc: BaseException) -> bool:
        from qiuxue_desktop.errors import StaleRecord
        from qiuxue_desktop.services.learners import LearnerRejected, get_learner

        self.buttons.setEnabled(True)
        if isinstance(exc, LearnerRejected):
            self.grid.show_problems({"leave_date": separated(exc.problems.values())})
            return True
        if isinstance(exc, StaleRecord):
            # Someone changed the record meanwhile: take the new version and say so beside the date.
            with self._ctx.database.read() as session:
                self._version = get_learner(session, self._learner_id).version
            self.grid.show_problems(
                {"leave_date": exc.message + self.tr(" 已载入最新记录，请再点一次“标记离职”。")}
            )
            return True
        return False
