"""Enrol a learner in a programme (新增学籍): the learner (searched, or given), institution and
programme, 学号, intake and expected graduation dates, the first status and its date. The
entry rules (one active enrolment per level, 专升本 needs 大专 …) are checked as soon as
learner and programme are chosen, and a refusal stands beside the learner's field."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from qiuxue_desktop.views import signals
from qiuxue_desktop.views.code_labels import code_label, code_labels
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.study_common import ok_cancel, qdate
from qiuxue_desktop.views.widgets.field_grid import FieldGrid, date_edit
from qiuxue_desktop.views.widgets.learner_picker import LearnerPicker

if TYPE_CHECKING:
    from qiuxue_desktop.services.learners import LearnerRow
    from qiuxue_desktop.services.programmes import ProgrammeRow


class EnrolmentDialog(QDialog):
    saved = Signal(int)  # the enrolment's id, after the commit

    def __init__(self, ctx: AppContext, learner_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from qiuxue_desktop.domain.study_codes import STATUSES
        from qiuxue_desktop.services.enrolments import ENROLMENT_FIELDS, INITIAL_STATUSES
        from qiuxue_desktop.services.institutions import list_institutions
        from qiuxue_desktop.services.learners import fetch_rows

        self.setObjectName("enrolmentDialog")
        self.setWindowTitle(self.tr("新增学籍"))
        self._ctx = ctx
        self._learner: LearnerRow | None = None
        self._programmes: list[ProgrammeRow] = []
        self._expected_touched = False
        self._entry_problem: str | None = None

        self.learner_label = QLabel(self)
        self.learner_label.setObjectName("chosenLearner")
        self.picker: LearnerPicker | None = None
        learner_field: QWidget = self.learner_label
        if learner_id is None:
            self.picker = LearnerPicker(ctx, self)
            self.picker.chosen.connect(self._learner_chosen)
            box = QWidget(self)
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.addWidget(self.picker)
            inner.addWidget(self.learner_label)
            learner_field = box
        self.institution_combo = QComboBox(self)
        self.programme_combo = QComboBox(self)
        self.programme_combo.setMinimumContentsLength(20)
        self.student_no_edit = QLineEdit(self)
        self.intake_edit = date_edit(self, latest_today=False)
        self.intake_edit.setDate(QDate(dt.date.today().year, 9, 1))
        self.expected_edit = date_edit(self, latest_today=False)
        self.status_combo = QComboBox(self)
        for code in INITIAL_STATUSES:
            self.status_combo.addItem(code_label(STATUSES[code]), code)
        self.on_edit = date_edit(self)
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("如：2024年成人高考录取"))

        self.grid = FieldGrid(field_width=320)
        labels = {**code_labels(ENROLMENT_FIELDS), "on": self.tr("状态日期"), "notes": self.tr("说明")}
        for key, widget, required in (
            ("learner_id", learner_field, True),
            ("institution", self.institution_combo, True),
            ("programme_id", self.programme_combo, True),
            ("student_no", self.student_no_edit, True),
            ("intake_date", self.intake_edit, True),
            ("expected_graduation", self.expected_edit, True),
            ("status", self.status_combo, True),
            ("on", self.on_edit, True),
            ("notes", self.note_edit, False),
        ):
            label = self.tr("院校") if key == "institution" else labels[key]
            self.grid.add_row(key, label, widget, required=required)
        self.buttons = ok_cancel(self, self.tr("登记学籍"))
        layout = QVBoxLayout(self)
        layout.addLayout(self.grid)
        layout.addWidget(self.buttons)

        with ctx.database.read() as session:
            for inst in list_institutions(session, ctx.enterprise):
                self.institution_combo.addItem(f"{inst.code} {inst.name}", inst.id)
            if learner_id is not None:
                found = fetch_rows(session, [learner_id])
                self._learner = found[0] if found else None
        self._show_learner()
        self.institution_combo.currentIndexChanged.connect(lambda _i: self._reload_programmes())
        self.programme_combo.currentIndexChanged.connect(lambda _i: self._programme_chosen())
        self.intake_edit.dateChanged.connect(lambda _d: self._update_expected())
        self.expected_edit.dateChanged.connect(lambda _d: self._expected_edited())
        self.status_combo.currentIndexChanged.connect(lambda _i: self._status_chosen())
        self._reload_programmes()
        self._status_chosen()

    # --- the form ------------------------------------------------------------------------

    def _learner_chosen(self, learner_id: object) -> None:
        assert self.picker is not None
        self._learner = self.picker.rows.get(learner_id) if isinstance(learner_id, int) else None
        self._show_learner()
        self._check_entry()

    def _show_learner(self) -> None:
        from qiuxue_desktop.domain.codes import PRIOR_EDUCATION

        r = self._learner
        if r is None:
            self.learner_label.setText(self.tr("尚未选择学员") if self.picker is not None else "")
            return
        education = PRIOR_EDUCATION.get(r.prior_education, r.prior_education)
        self.learner_label.setText(
            self.tr("{name}（{no}，{dept}，原学历：{edu}）").format(
                name=r.name, no=r.employee_no or "—", dept=r.department, edu=education
            )
        )

    def _reload_programmes(self) -> None:
        from qiuxue_desktop.services.programmes import list_programmes

        inst = self.institution_combo.currentData()
        self._programmes = []
        if inst is not None:
            with self._ctx.database.read() as session:
                self._programmes = list_programmes(session, self._ctx.enterprise, institution_id=inst)
        self.programme_combo.blockSignals(True)
        self.programme_combo.clear()
        for p in self._programmes:
            self.programme_combo.addItem(
                self.tr("{name}（{level}，{form}，{n}学期）").format(
                    name=p.name,
                    level=code_label(p.level_label),
                    form=code_label(p.study_form_label()),
                    n=p.length_terms,
                ),
                p.id,
            )
        self.programme_combo.blockSignals(False)
        self._programme_chosen()

    def programme(self) -> ProgrammeRow | None:
        wanted = self.programme_combo.currentData()
        return next((p for p in self._programmes if p.id == wanted), None)

    def _programme_chosen(self) -> None:
        self._update_expected()
        self._check_entry()

    def _update_expected(self) -> None:
        """The expected graduation follows the intake and the programme's length until edited."""
        from qiuxue_desktop.services.enrolments import default_expected_graduation

        programme = self.programme()
        if programme is None or self._expected_touched:
            return
        intake: dt.date = self.intake_edit.date().toPython()  # type: ignore[assignment]
        self.expected_edit.blockSignals(True)
        self.expected_edit.setDate(qdate(default_expected_graduation(intake, programme.length_terms)))
        self.expected_edit.blockSignals(False)
        if self.status_combo.currentData() == "studying":
            self._status_chosen()

    def _expected_edited(self) -> None:
        self._expected_touched = True

    def _status_chosen(self) -> None:
        """在读 recorded late starts on the intake date; 报名/录取 default to today."""
        if self.status_combo.currentData() == "studying":
            intake = self.intake_edit.date()
            self.on_edit.setDate(min(intake, self.on_edit.maximumDate()))
        else:
            self.on_edit.setDate(self.on_edit.maximumDate())

    def _check_entry(self) -> None:
        """The entry rules for the chosen learner and programme, shown beside the learner."""
        from qiuxue_desktop.domain import Learner, Programme
        from qiuxue_desktop.services.enrolments import entry_problem

        self._entry_problem = None
        programme = self.programme()
        if self._learner is not None and programme is not None:
            with self._ctx.database.read() as session:
                learner = session.get(Learner, self._learner.id)
                prog = session.get(Programme, programme.id)
                if learner is not None and prog is not None:
                    self._entry_problem = entry_problem(session, learner, prog)
        problems = {"learner_id": self._entry_problem} if self._entry_problem else {}
        self.grid.show_problems(problems)

    def values(self) -> dict[str, Any]:
        return {
            "learner_id": self._learner.id if self._learner is not None else None,
            "programme_id": self.programme_combo.currentData(),
            "student_no": self.student_no_edit.text(),
            "intake_date": self.intake_edit.date().toPython(),
            "expected_graduation": self.expected_edit.date().toPython(),
            "status": self.status_combo.currentData(),
            "on": self.on_edit.date().toPython(),
            "note": self.note_edit.text().strip(),
        }

    def problems(self, v: dict[str, Any]) -> dict[str, str]:
        found: dict[str, str] = {}
        if v["learner_id"] is None:
            found["learner_id"] = self.tr("请先搜索并选择学员")
        elif self._entry_problem:
            found["learner_id"] = self._entry_problem
        if v["programme_id"] is None:
            found["programme_id"] = self.tr("请选择专业（先在“院校专业”中新增）")
        if not "".join(v["student_no"].split()):
            found["student_no"] = self.tr("学号不能为空")
        if v["expected_graduation"] <= v["intake_date"]:
            found["expected_graduation"] = self.tr("预计毕业日期应在入学日期之后")
        return found

    # --- saving --------------------------------------------------------------------------

    def reject(self) -> None:
        if self.buttons.isEnabled():
            super().reject()

    def save(self) -> None:
        values = self.values()
        problems = self.problems(values)
        self.grid.show_problems(problems)
        if problems:
            return
        from qiuxue_desktop.services.enrolments import enrol

        db = self._ctx.database

        def work() -> int:
            with db.write() as session:
                return enrol(session, **values)

        self.buttons.setEnabled(False)
        self._ctx.runner.db(work, on_done=self._saved, on_error=self._failed)

    def _saved(self, enrolment_id: int) -> None:
        self._ctx.signals.changed.emit(signals.STUDY)
        self.saved.emit(enrolment_id)
        self.accept()

    def _failed(self, exc: BaseException) -> bool:
        from qiuxue_desktop.services.enrolments import EnrolmentRejected

        self.buttons.setEnabled(True)
        if isinstance(exc, EnrolmentRejected):
            self.grid.show_problems(exc.problems)
            return True
        return False
