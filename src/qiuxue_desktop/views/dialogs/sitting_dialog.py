"""Add an exam sitting (安排考试) for an enrolment: a course of its plan not yet passed, the day,
the start and end time, and the place (the institution's teaching site by default), so that
the exam calendar can tell the workshop who is away when."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from qiuxue_desktop.views import signals
from qiuxue_desktop.views.code_labels import code_label
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.study_common import ok_cancel, qdate
from qiuxue_desktop.views.widgets.field_grid import FieldGrid, date_edit

if TYPE_CHECKING:
    from qiuxue_desktop.services.enrolment_query import EnrolmentRow


def time_edit(parent: QWidget, hour: int) -> QTimeEdit:
    edit = QTimeEdit(QTime(hour, 0), parent)
    edit.setDisplayFormat("HH:mm")
    return edit


class SittingDialog(QDialog):
    saved = Signal(int)  # the sitting's id, after the commit

    def __init__(self, ctx: AppContext, row: EnrolmentRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from qiuxue_desktop.services.coursework import course_statuses
        from qiuxue_desktop.services.institutions import get_institution

        self.setObjectName("sittingDialog")
        self.setWindowTitle(self.tr("安排考试"))
        self._ctx = ctx
        self.row = row
        with ctx.database.read() as session:
            courses = [c for c in course_statuses(session, row.id) if not c.passed]
            site = get_institution(session, row.institution_id).teaching_site
        intro = QLabel(
            self.tr("{name}　{prog}（{level}），学号 {no}").format(
                name=row.learner_name,
                prog=row.programme_name,
                level=code_label(row.level_label),
                no=row.student_no,
            ),
            self,
        )
        self.course_combo = QComboBox(self)
        self.course_combo.setObjectName("sittingCourse")
        for c in courses:
            resit = self.tr("（补考）") if c.attempts else ""
            self.course_combo.addItem(
                self.tr("第{term}学期 {name}{resit}").format(
                    term=c.plan_term_no, name=c.course_name, resit=resit
                ),
                c.course_id,
            )
        self.date_edit = date_edit(self, latest_today=False)
        self.date_edit.setDate(qdate(dt.date.today() + dt.timedelta(days=7)))
        self.start_edit = time_edit(self, 9)
        self.end_edit = time_edit(self, 11)
        times = QWidget(self)
        times_layout = QHBoxLayout(times)
        times_layout.setContentsMargins(0, 0, 0, 0)
        times_layout.addWidget(self.start_edit)
        times_layout.addWidget(QLabel(self.tr("至"), self))
        times_layout.addWidget(self.end_edit)
        times_layout.addStretch(1)
        self.place_edit = QLineEdit(site, self)
        self.place_edit.setPlaceholderText(self.tr("考点、教室"))
        self.note_edit = QLineEdit(self)
        self.grid = FieldGrid(field_width=320)
        self.grid.add_row("course_id", self.tr("课程"), self.course_combo, required=True)
        self.grid.add_row("exam_date", self.tr("考试日期"), self.date_edit, required=True)
        self.grid.add_row("end_time", self.tr("考试时间"), times, required=True)
        self.grid.add_row("place", self.tr("考试地点"), self.place_edit)
        self.grid.add_row("note", self.tr("备注"), self.note_edit)
        self.buttons = ok_cancel(self, self.tr("保存"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.grid)
        layout.addWidget(self.buttons)

    def values(self) -> dict[str, Any]:
        return {
            "enrolment_id": self.row.id,
            "course_id": self.course_combo.currentData(),
            "exam_date": self.date_edit.date().toPython(),
            "start_time": self.start_edit.time().toPython(),
            "end_time": self.end_edit.time().toPython(),
            "place": self.place_edit.text(),
            "note": self.note_edit.text(),
        }

    def reject(self) -> None:
        if self.buttons.isEnabled():
            super().reject()

    def save(self) -> None:
        values = self.values()
        problems: dict[str, str] = {}
        if values["course_id"] is None:
            problems["course_id"] = self.tr("这个学籍没有待考的课程")
        if values["end_time"] <= values["start_time"]:
            problems["end_time"] = self.tr("结束时间应晚于开始时间")
        self.grid.show_problems(problems)
        if problems:
            return
        from qiuxue_desktop.services.exams import add_sitting

        db = self._ctx.database

        def work() -> int:
            with db.write() as session:
                return add_sitting(session, **values)

        self.buttons.setEnabled(False)
        self._ctx.runner.db(work, on_done=self._saved, on_error=self._failed)

    def _saved(self, sitting_id: int) -> None:
        self._ctx.signals.changed.emit(signals.STUDY)
        self.saved.emit(sitting_id)
        self.accept()

    def _failed(self, exc: BaseException) -> bool:
        from qiuxue_desktop.services.exams import SittingRejected

        self.buttons.setEnabled(True)
        if isinstance(exc, SittingRejected):
            self.grid.show_problems(exc.problems)
            return True
        return False
