"""Add or edit an institution (院校): national code, name, contact, teaching site and the
longest 休学 it allows, each field checked beside it; saved on the database worker."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from qiuxue_desktop.views import signals
from qiuxue_desktop.views.code_labels import code_label
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.study_common import ok_cancel
from qiuxue_desktop.views.widgets.field_grid import FieldGrid

if TYPE_CHECKING:
    from qiuxue_desktop.services.institutions import InstitutionRow


class InstitutionDialog(QDialog):
    saved = Signal(int)  # the institution's id, after the commit

    def __init__(
        self, ctx: AppContext, institution: InstitutionRow | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        from qiuxue_desktop.services.institutions import INSTITUTION_FIELDS

        self.setObjectName("institutionDialog")
        self.setWindowTitle(self.tr("新增院校") if institution is None else self.tr("编辑院校"))
        self._ctx = ctx
        self._row = institution
        self._touched: set[str] = set()
        self._show_all = False

        self.code_edit = QLineEdit(self)
        self.code_edit.setMaxLength(5)
        self.code_edit.setPlaceholderText(self.tr("5位国标院校代码，如 10284"))
        self.name_edit = QLineEdit(self)
        self.contact_edit = QLineEdit(self)
        self.phone_edit = QLineEdit(self)
        self.site_edit = QLineEdit(self)
        self.site_edit.setPlaceholderText(self.tr("上课、考试的地点，如 某某区职工学校"))
        self.suspension_spin = QSpinBox(self)
        self.suspension_spin.setRange(1, 120)
        self.suspension_spin.setValue(24)
        self.suspension_spin.setSuffix(self.tr(" 个月"))
        self.notes_edit = QLineEdit(self)
        self.grid = FieldGrid(field_width=280)
        for key, widget in (
            ("code", self.code_edit),
            ("name", self.name_edit),
            ("contact_person", self.contact_edit),
            ("phone", self.phone_edit),
            ("teaching_site", self.site_edit),
            ("max_suspension_months", self.suspension_spin),
            ("notes", self.notes_edit),
        ):
            self.grid.add_row(
                key, code_label(INSTITUTION_FIELDS[key]), widget, required=key in ("code", "name")
            )
        self.buttons = ok_cancel(self, self.tr("保存"))
        layout = QVBoxLayout(self)
        layout.addLayout(self.grid)
        layout.addWidget(self.buttons)

        if institution is not None:
            self.code_edit.setText(institution.code)
            self.name_edit.setText(institution.name)
            self.contact_edit.setText(institution.contact_person)
            self.phone_edit.setText(institution.phone)
            self.site_edit.setText(institution.teaching_site)
            self.suspension_spin.setValue(institution.max_suspension_months)
            self.notes_edit.setText(institution.notes)
        for key, edit in (("code", self.code_edit), ("name", self.name_edit), ("phone", self.phone_edit)):
            edit.textEdited.connect(lambda _t, key=key: self._touch(key))
        self.suspension_spin.valueChanged.connect(lambda _v: self._touch("max_suspension_months"))

    def values(self) -> dict[str, Any]:
        import unicodedata

        def text(edit: QLineEdit) -> str:
            return " ".join(unicodedata.normalize("NFKC", edit.text()).split())

        return {
            "code": text(self.code_edit),
            "name": text(self.name_edit),
            "contact_person": text(self.contact_edit),
            "phone": text(self.phone_edit),
            "teaching_site": text(self.site_edit),
            "max_suspension_months": self.suspension_spin.value(),
            "notes": self.notes_edit.text().strip(),
        }

    def problems(self, v: dict[str, Any]) -> dict[str, str]:
        from qiuxue_desktop.services.institutions import institution_problems

        return institution_problems(
            code=v["code"], name=v["name"], phone=v["phone"], max_suspension_months=v["max_suspension_months"]
        )

    def _touch(self, key: str) -> None:
        self._touched.add(key)
        self.grid.show_problems(self.problems(self.values()), None if self._show_all else self._touched)

    def reject(self) -> None:
        if self.buttons.isEnabled():  # not while the worker saves for it
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
        from qiuxue_desktop.services.institutions import create_institution, update_institution

        db, enterprise_id = self._ctx.database, self._ctx.enterprise
        row = self._row

        def work() -> int:
            with db.write() as session:
                if row is None:
                    return create_institution(session, enterprise_id=enterprise_id, **values)
                update_institution(session, row.id, expected_version=row.version, **values)
                return row.id

        self.buttons.setEnabled(False)
        self._ctx.runner.db(work, on_done=self._saved, on_error=self._failed)

    def _saved(self, institution_id: int) -> None:
        self._ctx.signals.changed.emit(signals.STUDY)
        self.saved.emit(institution_id)
        self.accept()

    def _failed(self, exc: BaseException) -> bool:
        from qiuxue_desktop.services.institutions import InstitutionRejected

        self.buttons.setEnabled(True)
        if isinstance(exc, InstitutionRejected):
            self.grid.show_problems(exc.problems)
            return True
        return False
