"""Change an enrolment's status (变更学籍状态) on a date, with a reason kept in its history.

Every status is offered, the allowed ones first: a change outside the allowed paths shows
its reason beside the field and is not sent. 毕业 asks for the diploma number, checked
against its published layout (the institution's code, the school type, the year of the
date, the level) as it is typed; the service checks it again and that it is not taken."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from qiuxue_desktop.views import signals
from qiuxue_desktop.views.code_labels import code_label
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.study_common import ok_cancel, qdate
from qiuxue_desktop.views.widgets.field_grid import FieldGrid, date_edit

if TYPE_CHECKING:
    from qiuxue_desktop.services.enrolment_query import EnrolmentRow


class StatusDialog(QDialog):
    saved = Signal(int)  # the enrolment's id, after the commit

    def __init__(
        self, ctx: AppContext, row: EnrolmentRow, to_status: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        from qiuxue_desktop.domain.study_codes import STATUSES, allowed_next

        self.setObjectName("statusDialog")
        self.setWindowTitle(self.tr("毕业登记") if to_status == "graduated" else self.tr("变更学籍状态"))
        self._ctx = ctx
        self.row = row
        self.institution_code = row.institution_code

        intro = QLabel(
            self.tr("{name}　{inst} {prog}（{level}）\n学号 {no}，现为“{status}”（自 {since} 起）").format(
                name=row.learner_name,
                inst=row.institution_name,
                prog=row.programme_name,
                level=code_label(row.level_label),
                no=row.student_no,
                status=code_label(row.status_label),
                since=row.status_since.isoformat(),
            ),
            self,
        )
        intro.setObjectName("statusIntro")
        self.status_combo = QComboBox(self)
        allowed = allowed_next(row.status)
        others = [s for s in STATUSES if s != row.status and s not in allowed]
        for code in allowed:
            self.status_combo.addItem(code_label(STATUSES[code]), code)
        if allowed and others:
            self.status_combo.insertSeparator(self.status_combo.count())
        for code in others:
            self.status_combo.addItem(
                self.tr("{label}（不允许）").format(label=code_label(STATUSES[code])), code
            )
        self.on_edit = date_edit(self)
        self.on_edit.setMinimumDate(qdate(row.status_since))
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("如：因工作调动申请休学；学院批准复学"))
        self.diploma_edit = QLineEdit(self)
        self.diploma_edit.setObjectName("diplomaNumber")
        self.diploma_edit.setMaxLength(30)
        self.diploma_hint = QLabel(self)
        self.diploma_hint.setWordWrap(True)
        self.diploma_hint.setStyleSheet("color: #606060;")
        self.grid = FieldGrid(field_width=300)
        self.grid.add_row("status", self.tr("新状态"), self.status_combo, required=True)
        self.grid.add_row("on", self.tr("变更日期"), self.on_edit, required=True)
        self.grid.add_row("note", self.tr("原因／说明"), self.note_edit)
        self.grid.add_row("diploma_number", self.tr("毕业证书编号"), self.diploma_edit, required=True)
        self.grid.add_row("diploma_hint", "", self.diploma_hint)
        self.buttons = ok_cancel(self, self.tr("保存"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.grid)
        layout.addWidget(self.buttons)

        if to_status is not None:
            self.status_combo.setCurrentIndex(max(self.status_combo.findData(to_status), 0))
        self.status_combo.currentIndexChanged.connect(lambda _i: self._refresh())
        self.on_edit.dateChanged.connect(lambda _d: self._refresh())
        self.diploma_edit.textChanged.connect(lambda _t: self._refresh())
        self._refresh()

    def _grid_row_visible(self, key: str, visible: bool) -> None:
        field = self.grid.field(key)
        position = self.grid.getItemPosition(self.grid.indexOf(field))
        row = int(position[0])  # type: ignore[index]
        for col in range(3):
            item = self.grid.itemAtPosition(row, col)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setVisible(visible)

    def values(self) -> dict[str, Any]:
        return {
            "to_status": self.status_combo.currentData(),
            "on": self.on_edit.date().toPython(),
            "note": self.note_edit.text().strip(),
            "diploma_number": self.diploma_edit.text()
            if self.status_combo.currentData() == "graduated"
            else "",
        }

    def problems(self, v: dict[str, Any]) -> dict[str, str]:
        from qiuxue_desktop.domain.diploma import clean_diploma_number, diploma_problem
        from qiuxue_desktop.domain.study_codes import transition_problem

        found: dict[str, str] = {}
        why = transition_problem(self.row.status, v["to_status"])
        if why:
            found["status"] = why
        if v["to_status"] == "graduated":
            on: dt.date = v["on"]
            why = diploma_problem(
                clean_diploma_number(v["diploma_number"]),
                institution_code=self.institution_code,
                level=self.row.level,
                study_form=self.row.study_form,
                graduation_year=on.year,
            )
            if why:
                found["diploma_number"] = why
        return found

    def _refresh(self) -> None:
        graduating = self.status_combo.currentData() == "graduated"
        self._grid_row_visible("diploma_number", graduating)
        self._grid_row_visible("diploma_hint", graduating)
        if graduating:
            on: dt.date = self.on_edit.date().toPython()  # type: ignore[assignment]
            self.diploma_hint.setText(self._layout_hint(on.year))
        values = self.values()
        problems = self.problems(values)
        if graduating and not self.diploma_edit.text().strip():
            problems.pop("diploma_number", None)  # not while nothing is typed yet
        self.grid.show_problems(problems)

    def _layout_hint(self, year: int) -> str:
        from qiuxue_desktop.domain.study_codes import DIPLOMA_LEVEL, SCHOOL_TYPES

        level = DIPLOMA_LEVEL.get(self.row.level)
        if level is None:
            return self.tr("按证书上的编号填写。")
        kinds = self.tr("或").join(SCHOOL_TYPES.get(self.row.study_form, ("?",)))
        return self.tr(
            "18位：院校代码 {code} + 办学类型 {kind} + 年份 {year} + 层次 {level} + 6位序号"
        ).format(code=self.institution_code, kind=kinds, year=year, level=level)

    def reject(self) -> None:
        if self.buttons.isEnabled():
            super().reject()

    def save(self) -> None:
        values = self.values()
        problems = self.problems(values)
        self.grid.show_problems(problems)
        if problems:
            return
        from qiuxue_desktop.services.enrolments import change_status

        db, enrolment_id, version = self._ctx.database, self.row.id, self.row.version

        def work() -> int:
            with db.write() as session:
                change_status(session, enrolment_id, expected_version=version, **values)
            return enrolment_id

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
