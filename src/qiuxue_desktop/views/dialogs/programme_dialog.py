"""Add or edit a programme (专业) of an institution: level, study form, length in terms,
total credits, tuition per year and its own 休学 limit, each checked beside its field.
The course plan is edited in the institutions view, not here."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from qiuxue_desktop.views import signals
from qiuxue_desktop.views.code_labels import code_label, code_labels
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.study_common import credits_text, ok_cancel, parse_decimal, parse_yuan, yuan_text
from qiuxue_desktop.views.widgets.field_grid import FieldGrid

if TYPE_CHECKING:
    from qiuxue_desktop.services.institutions import InstitutionRow
    from qiuxue_desktop.services.programmes import ProgrammeRow


class ProgrammeDialog(QDialog):
    saved = Signal(int)  # the programme's id, after the commit

    def __init__(
        self,
        ctx: AppContext,
        institutions: list[InstitutionRow],
        institution_id: int | None,
        programme: ProgrammeRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from qiuxue_desktop.domain.study_codes import LEVELS, STUDY_FORMS, study_form_label
        from qiuxue_desktop.services.programmes import PROGRAMME_FIELDS

        self.setObjectName("programmeDialog")
        self.setWindowTitle(self.tr("新增专业") if programme is None else self.tr("编辑专业"))
        self._ctx = ctx
        self._row = programme
        self._touched: set[str] = set()
        self._show_all = False

        self.institution_combo = QComboBox(self)
        for inst in institutions:
            self.institution_combo.addItem(f"{inst.code} {inst.name}", inst.id)
        chosen = programme.institution_id if programme is not None else institution_id
        self.institution_combo.setCurrentIndex(max(self.institution_combo.findData(chosen), 0))
        self.institution_combo.setEnabled(programme is None)  # a programme does not move
        self.name_edit = QLineEdit(self)
        self.level_combo = QComboBox(self)
        for code, label in LEVELS.items():
            self.level_combo.addItem(code_label(label), code)
        self.form_combo = QComboBox(self)
        today = dt.date.today()
        for code in STUDY_FORMS:
            self.form_combo.addItem(code_label(study_form_label(code, today)), code)
        self.length_spin = QSpinBox(self)
        self.length_spin.setRange(1, 16)
        self.length_spin.setValue(5)
        self.length_spin.setSuffix(self.tr(" 个学期"))
        self.credits_edit = QLineEdit(self)
        self.credits_edit.setPlaceholderText(self.tr("如 80 或 80.5"))
        self.tuition_edit = QLineEdit(self)
        self.tuition_edit.setPlaceholderText(self.tr("元，如 3600"))
        self.suspension_spin = QSpinBox(self)
        self.suspension_spin.setRange(0, 120)
        self.suspension_spin.setSpecialValueText(self.tr("按院校规定"))
        self.suspension_spin.setSuffix(self.tr(" 个月"))
        self.notes_edit = QLineEdit(self)

        self.grid = FieldGrid(field_width=280)
        labels = {**code_labels(PROGRAMME_FIELDS), "tuition_per_year_fen": self.tr("每年学费（元）")}
        for key, widget in (
            ("institution_id", self.institution_combo),
            ("name", self.name_edit),
            ("level", self.level_combo),
            ("study_form", self.form_combo),
            ("length_terms", self.length_spin),
            ("total_credits", self.credits_edit),
            ("tuition_per_year_fen", self.tuition_edit),
            ("max_suspension_months", self.suspension_spin),
            ("notes", self.notes_edit),
        ):
            required = key not in ("max_suspension_months", "notes")
            self.grid.add_row(key, labels[key], widget, required=required)
        self.buttons = ok_cancel(self, self.tr("保存"))
        layout = QVBoxLayout(self)
        layout.addLayout(self.grid)
        layout.addWidget(self.buttons)

        if programme is not None:
            self.name_edit.setText(programme.name)
            self.level_combo.setCurrentIndex(max(self.level_combo.findData(programme.level), 0))
            self.form_combo.setCurrentIndex(max(self.form_combo.findData(programme.study_form), 0))
            self.length_spin.setValue(programme.length_terms)
            self.credits_edit.setText(credits_text(programme.total_credits))
            self.tuition_edit.setText(yuan_text(programme.tuition_per_year_fen).replace(",", ""))
            self.suspension_spin.setValue(programme.own_max_suspension_months or 0)
            self.notes_edit.setText(programme.notes)
            if programme.enrolment_count:
                tip = self.tr("该专业已有学籍，层次和学习形式不能再改")
                for combo in (self.level_combo, self.form_combo):
                    combo.setEnabled(False)
                    combo.setToolTip(tip)
        for key, edit in (
            ("name", self.name_edit),
            ("total_credits", self.credits_edit),
            ("tuition_per_year_fen", self.tuition_edit),
        ):
            edit.textEdited.connect(lambda _t, key=key: self._touch(key))
        self.level_combo.currentIndexChanged.connect(lambda _i: self._touch("study_form"))
        self.form_combo.currentIndexChanged.connect(lambda _i: self._touch("study_form"))
        self.length_spin.valueChanged.connect(lambda _v: self._touch("length_terms"))

    def values(self) -> dict[str, Any]:
        months = self.suspension_spin.value()
        return {
            "name": self.name_edit.text(),
            "level": self.level_combo.currentData(),
            "study_form": self.form_combo.currentData(),
            "length_terms": self.length_spin.value(),
            "total_credits": parse_decimal(self.credits_edit.text()),
            "tuition_per_year_fen": parse_yuan(self.tuition_edit.text()),
            "max_suspension_months": months or None,
            "notes": self.notes_edit.text().strip(),
        }

    def problems(self, v: dict[str, Any]) -> dict[str, str]:
        from decimal import Decimal

        from qiuxue_desktop.services.programmes import programme_problems

        found = programme_problems(
            name=" ".join(v["name"].split()),
            level=v["level"],
            study_form=v["study_form"],
            length_terms=v["length_terms"],
            total_credits=v["total_credits"] if v["total_credits"] is not None else Decimal(1),
            tuition_per_year_fen=v["tuition_per_year_fen"] or 0,
            max_suspension_months=v["max_suspension_months"],
        )
        if v["total_credits"] is None:
            found["total_credits"] = self.tr("请填写总学分（数字，最多一位小数）")
        if v["tuition_per_year_fen"] is None:
            found["tuition_per_year_fen"] = self.tr("请填写每年学费，以元为单位，最多两位小数")
        if self.institution_combo.currentData() is None:
            found["institution_id"] = self.tr("请先新增院校")
        return found

    def _touch(self, key: str) -> None:
        self._touched.add(key)
        self.grid.show_problems(self.problems(self.values()), None if self._show_all else self._touched)

    def reject(self) -> None:
        if self.buttons.isEnabled():
            super().reject()

    def save(self) -> None:
        self._show_all = True
        values = self.values()
        problems = self.problems(values)
        self.grid.show_problems(problems)
        if problems:
            field = self.grid.first_problem_field(problems)
            if field is not None:
                field.setFocus()
            return
        from qiuxue_desktop.services.programmes import create_programme, update_programme

        db, row = self._ctx.database, self._row
        institution_id = self.institution_combo.currentData()

        def work() -> int:
            with db.write() as session:
                if row is None:
                    return create_programme(session, institution_id=institution_id, **values)
                update_programme(session, row.id, expected_version=row.version, **values)
                return row.id

        self.buttons.setEnabled(False)
        self._ctx.runner.db(work, on_done=self._saved, on_error=self._failed)

    def _saved(self, programme_id: int) -> None:
        self._ctx.signals.changed.emit(signals.STUDY)
        self.saved.emit(programme_id)
        self.accept()

    def _failed(self, exc: BaseException) -> bool:
        from qiuxue_desktop.services.programmes import ProgrammeRejected

        self.buttons.setEnabled(True)
        if isinstance(exc, ProgrammeRejected):
            self.grid.show_problems(exc.problems)
            return True
        return False
