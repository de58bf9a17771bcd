"""Enter a course result (录入成绩) for an enrolment: a course of its plan not yet passed, the
score or grade as the college writes it (checked as typed: passed or not), the exam date and
the term. The next attempt number follows from the results already recorded (a resit)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from qiuxue_desktop.views import signals
from qiuxue_desktop.views.code_labels import code_label
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.study_common import credits_text, ok_cancel, qdate
from qiuxue_desktop.views.widgets.field_grid import FieldGrid, date_edit

if TYPE_CHECKING:
    from qiuxue_desktop.services.coursework import CourseStatus
    from qiuxue_desktop.services.enrolment_query import EnrolmentRow


class ResultDialog(QDialog):
    saved = Signal(int)  # the result's id, after the commit

    def __init__(
        self,
        ctx: AppContext,
        row: EnrolmentRow,
        parent: QWidget | None = None,
        *,
        course_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        from qiuxue_desktop.domain.terms import term_index, term_label
        from qiuxue_desktop.services.coursework import RESULT_FIELDS, course_statuses

        self.setObjectName("resultDialog")
        self.setWindowTitle(self.tr("录入成绩"))
        self._ctx = ctx
        self.row = row
        with ctx.database.read() as session:
            self.courses: list[CourseStatus] = [c for c in course_statuses(session, row.id) if not c.passed]
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
        self.course_combo.setObjectName("resultCourse")
        for c in self.courses:
            state = (
                self.tr("已考{n}次，最近 {latest}").format(n=c.attempts, latest=c.latest)
                if c.attempts
                else self.tr("未考")
            )
            self.course_combo.addItem(
                self.tr("第{term}学期 {name}（{credits}学分）— {state}").format(
                    term=c.plan_term_no, name=c.course_name, credits=credits_text(c.credits), state=state
                ),
                c.course_id,
            )
        if course_id is not None:
            self.course_combo.setCurrentIndex(max(self.course_combo.findData(course_id), 0))
        self.attempt_label = QLabel(self)
        self.attempt_label.setObjectName("attemptLabel")
        self.result_edit = QLineEdit(self)
        self.result_edit.setObjectName("resultValue")
        self.result_edit.setPlaceholderText(self.tr("0–100分，或 优/良/中/及格/不及格/合格/不合格/缺考/免修"))
        self.verdict = QLabel(self)
        self.verdict.setObjectName("resultVerdict")
        result_box = QWidget(self)
        result_layout = QHBoxLayout(result_box)
        result_layout.setContentsMargins(0, 0, 0, 0)
        result_layout.addWidget(self.result_edit, 1)
        result_layout.addWidget(self.verdict)
        self.date_check = QCheckBox(self.tr("填写考试日期"), self)
        self.date_check.setChecked(True)
        self.date_edit = date_edit(self)
        self.date_edit.setMinimumDate(qdate(row.intake_date))
        date_box = QWidget(self)
        date_layout = QHBoxLayout(date_box)
        date_layout.setContentsMargins(0, 0, 0, 0)
        date_layout.addWidget(self.date_check)
        date_layout.addWidget(self.date_edit, 1)
        self.term_combo = QComboBox(self)
        self.term_combo.setObjectName("resultTerm")
        self.term_combo.addItem(self.tr("按考试日期（或教学计划）"), None)
        first, now = term_index(row.intake_date), term_index(dt.date.today())
        for index in range(now, first - 1, -1):
            self.term_combo.addItem(
                self.tr("{label}（第{n}学期）").format(label=term_label(index), n=index - first + 1),
                term_label(index),
            )
        self.grid = FieldGrid(field_width=360)
        self.grid.add_row(
            "course_id", code_label(RESULT_FIELDS["course_id"]), self.course_combo, required=True
        )
        self.grid.add_row("attempt", self.tr("考试次数"), self.attempt_label)
        self.grid.add_row("result", code_label(RESULT_FIELDS["result"]), result_box, required=True)
        self.grid.add_row("exam_date", code_label(RESULT_FIELDS["exam_date"]), date_box)
        self.grid.add_row("term", code_label(RESULT_FIELDS["term"]), self.term_combo)
        self.buttons = ok_cancel(self, self.tr("保存成绩"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.grid)
        layout.addWidget(self.buttons)
        self.course_combo.currentIndexChanged.connect(lambda _i: self._refresh())
        self.result_edit.textChanged.connect(lambda _t: self._refresh())
        self.date_check.toggled.connect(self.date_edit.setEnabled)
        self._refresh()

    def course(self) -> CourseStatus | None:
        wanted = self.course_combo.currentData()
        return next((c for c in self.courses if c.course_id == wanted), None)

    def _refresh(self) -> None:
        from qiuxue_desktop.domain.grades import ResultProblem, parse_result

        course = self.course()
        if course is None:
            self.attempt_label.setText(self.tr("这个学籍的教学计划中没有待考的课程"))
        elif course.attempts:
            self.attempt_label.setText(self.tr("第 {n} 次（补考）").format(n=course.attempts + 1))
        else:
            self.attempt_label.setText(self.tr("第 1 次"))
        text = self.result_edit.text().strip()
        problems: dict[str, str] = {}
        self.verdict.clear()
        if text:
            try:
                parsed = parse_result(text)
                self.verdict.setText(self.tr("通过") if parsed.passed else self.tr("不通过"))
                color = "#2e7d32" if parsed.passed else "#c62828"
                self.verdict.setStyleSheet(f"color: {color}; font-weight: bold;")
            except ResultProblem as p:
                problems["result"] = p.message
        self.grid.show_problems(problems)

    def values(self) -> dict[str, Any]:
        return {
            "enrolment_id": self.row.id,
            "course_id": self.course_combo.currentData(),
            "result": self.result_edit.text().strip(),
            "exam_date": self.date_edit.date().toPython() if self.date_check.isChecked() else None,
            "term": self.term_combo.currentData(),
        }

    def reject(self) -> None:
        if self.buttons.isEnabled():
            super().reject()

    def save(self) -> None:
        from qiuxue_desktop.domain.grades import ResultProblem, parse_result

        values = self.values()
        problems: dict[str, str] = {}
        if values["course_id"] is None:
            problems["course_id"] = self.tr("没有可以录入成绩的课程")
        try:
            parse_result(values["result"])
        except ResultProblem as p:
            problems["result"] = p.message
        self.grid.show_problems(problems)
        if problems:
            return
        from qiuxue_desktop.services.coursework import record_result

        db = self._ctx.database

        def work() -> int:
            with db.write() as session:
                return record_result(session, **values)

        self.buttons.setEnabled(False)
        self._ctx.runner.db(work, on_done=self._saved, on_error=self._failed)

    def _saved(self, result_id: int) -> None:
        self._ctx.signals.changed.emit(signals.STUDY)
        self.saved.emit(result_id)
        self.accept()

    def _failed(self, exc: BaseException) -> bool:
        from qiuxue_desktop.services.coursework import ResultRejected

        self.buttons.setEnabled(True)
        if isinstance(exc, ResultRejected):
            self.grid.show_problems(exc.problems)
            return True
        return False
