"""Add or edit one learner: every field with its message beside it, checked as you type
(domain.rules.learner_problems), saved on the database worker in one unit of work."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.views import signals
from qiuxue_desktop.views.code_labels import code_label
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.widgets.field_grid import FieldGrid, date_edit

if TYPE_CHECKING:
    from qiuxue_desktop.services.learners import LearnerDetail


def coded_combo(parent: QWidget, table: dict[str, str], *, blank: str | None = None) -> QComboBox:
    """A combo of a code table's Chinese labels; `blank` adds a first empty choice."""
    combo = QComboBox(parent)
    if blank is not None:
        combo.addItem(blank, "")
    for code, label in table.items():
        combo.addItem(code_label(label), code)
    return combo


def set_code(combo: QComboBox, code: str) -> None:
    combo.setCurrentIndex(max(combo.findData(code), 0))


class LearnerDialog(QDialog):
    saved = Signal(int)  # the learner's id, after the transaction committed

    def __init__(self, ctx: AppContext, learner_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from qiuxue_desktop.domain import codes
        from qiuxue_desktop.services.enterprise import list_departments
        from qiuxue_desktop.services.learners import FIELDS, REQUIRED

        self.setObjectName("learnerDialog")
        self._ctx = ctx
        self._learner_id = learner_id
        self._detail: LearnerDetail | None = None
        self._id_editable = learner_id is None
        self._touched: set[str] = set()
        self._show_all = False
        self._filling = False
        self.setWindowTitle(self.tr("新增学员") if learner_id is None else self.tr("编辑学员"))

        choose = self.tr("请选择")
        self.name_edit = QLineEdit(self)
        self.id_edit = QLineEdit(self)
        self.id_edit.setMaxLength(22)
        self.reveal_button = QPushButton(self.tr("显示并修改"), self)
        self.reveal_button.setToolTip(self.tr("显示完整身份证号（会记入操作日志）"))
        self.reveal_button.clicked.connect(self._reveal)
        id_row = QWidget(self)
        id_layout = QHBoxLayout(id_row)
        id_layout.setContentsMargins(0, 0, 0, 0)
        id_layout.addWidget(self.id_edit, 1)
        id_layout.addWidget(self.reveal_button)
        self.reveal_button.setVisible(learner_id is not None and ctx.may(Permission.REVEAL_ID))
        self.derived_label = QLabel(self)
        self.ethnic_combo = coded_combo(self, codes.ETHNIC_GROUPS)
        self.phone_edit = QLineEdit(self)
        self.department_combo = QComboBox(self)
        self.department_combo.setEditable(True)
        self.department_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        with ctx.database.read() as session:
            for _dept_id, name in list_departments(session, ctx.enterprise):
                self.department_combo.addItem(name)
        self.department_combo.setCurrentIndex(-1)
        self.post_combo = coded_combo(self, codes.POST_CATEGORIES, blank=choose)
        self.hire_edit = date_edit(self)
        self.hukou_type_combo = coded_combo(self, codes.HUKOU_TYPES, blank=choose)
        self.hukou_place_edit = QLineEdit(self)
        self.hukou_place_edit.setToolTip(self.tr("6位行政区划代码（GB/T 2260）"))
        self.hukou_place_edit.setPlaceholderText(self.tr("留空则取身份证号前6位"))
        self.education_combo = coded_combo(self, codes.PRIOR_EDUCATION, blank=choose)
        self.employee_no_edit = QLineEdit(self)
        self.worker_combo = coded_combo(self, codes.WORKER_CATEGORIES)
        self.union_check = QCheckBox(self.tr("是工会会员"), self)
        self.union_card_edit = QLineEdit(self)
        self.notes_edit = QLineEdit(self)
        self.status_label = QLabel(self)

        self.grid = FieldGrid(field_width=300)
        rows: list[tuple[str, QWidget]] = [
            ("name", self.name_edit),
            ("id_number", id_row),
            ("gender", self.derived_label),
            ("ethnic_group", self.ethnic_combo),
            ("phone", self.phone_edit),
            ("department", self.department_combo),
            ("post_category", self.post_combo),
            ("hire_date", self.hire_edit),
            ("hukou_type", self.hukou_type_combo),
            ("hukou_place", self.hukou_place_edit),
            ("prior_education", self.education_combo),
            ("employee_no", self.employee_no_edit),
            ("worker_category", self.worker_combo),
            ("union_member", self.union_check),
            ("union_card_no", self.union_card_edit),
            ("notes", self.notes_edit),
        ]
        for key, widget in rows:
            label = self.tr("性别／出生日期") if key == "gender" else code_label(FIELDS[key])
            self.grid.add_row(key, label, widget, required=key in REQUIRED)
        if learner_id is not None:
            self.grid.add_row("leave_date", self.tr("状态"), self.status_label)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.grid)
        layout.addWidget(self.buttons)

        if learner_id is not None:
            self._load()
        self._connect_live_checks()
        self._refresh()

    # --- filling and reading the form ----------------------------------------------------

    def _load(self) -> None:
        from qiuxue_desktop.services.learners import get_learner

        assert self._learner_id is not None
        with self._ctx.database.read() as session:
            self._detail = get_learner(session, self._learner_id)
        v = self._detail.values
        self._filling = True
        self.name_edit.setText(v["name"])
        self.id_edit.setText(v["id_number"])  # masked until revealed
        self.id_edit.setReadOnly(True)
        self._id_editable = False
        set_code(self.ethnic_combo, v["ethnic_group"])
        self.phone_edit.setText(v["phone"])
        self.department_combo.setEditText(v["department"])
        set_code(self.post_combo, v["post_category"])
        self.hire_edit.setDate(QDate(v["hire_date"]))
        set_code(self.hukou_type_combo, v["hukou_type"])
        self.hukou_place_edit.setText(v["hukou_place"])
        set_code(self.education_combo, v["prior_education"])
        self.employee_no_edit.setText(v["employee_no"])
        set_code(self.worker_combo, v["worker_category"])
        self.union_check.setChecked(bool(v["union_member"]))
        self.union_card_edit.setText(v["union_card_no"])
        self.notes_edit.setText(v["notes"])
        left = v["leave_date"]
        self.status_label.setText(
            self.tr("在职") if left is None else self.tr("已于 {date} 离职").format(date=left.isoformat())
        )
        self._filling = False

    def values(self) -> dict[str, Any]:
        """The form's values, cleaned the way the importer cleans them, typed for the service."""
        from qiuxue_desktop.domain.ids import clean_id_number, id_facts, id_number_problem
        from qiuxue_desktop.domain.rules import clean_digits, clean_name

        v: dict[str, Any] = {
            "name": clean_name(self.name_edit.text()),
            "ethnic_group": self.ethnic_combo.currentData(),
            "phone": clean_digits(self.phone_edit.text()),
            "department": self.department_combo.currentText().strip(),
            "post_category": self.post_combo.currentData(),
            "hire_date": self.hire_edit.date().toPython(),
            "hukou_type": self.hukou_type_combo.currentData(),
            "prior_education": self.education_combo.currentData(),
            "employee_no": self.employee_no_edit.text().strip(),
            "worker_category": self.worker_combo.currentData(),
            "union_member": self.union_check.isChecked(),
            "union_card_no": self.union_card_edit.text().strip() if self.union_check.isChecked() else "",
            "notes": self.notes_edit.text().strip(),
        }
        place = clean_digits(self.hukou_place_edit.text())
        if place:
            v["hukou_place"] = place
        if self._id_editable:
            number = clean_id_number(self.id_edit.text())
            v["id_number"] = number
            if number and id_number_problem(number) is None:
                v["gender"] = id_facts(number).gender
        return v

    def problems(self, values: dict[str, Any] | None = None) -> dict[str, str]:
        from qiuxue_desktop.domain.rules import learner_problems
        from qiuxue_desktop.services.learners import FIELDS, REQUIRED

        values = self.values() if values is None else values
        given = {k: v for k, v in values.items() if v not in ("", None)}
        found = learner_problems(given)
        for key in REQUIRED:
            if key in values and values[key] in ("", None):
                found[key] = self.tr("{field}不能为空").format(field=code_label(FIELDS[key]))
        return found

    # --- live checks ---------------------------------------------------------------------

    def _connect_live_checks(self) -> None:
        def touch(key: str) -> Any:
            def slot(*_args: object) -> None:
                if not self._filling:
                    self._touched.add(key)
                    self._refresh()

            return slot

        self.name_edit.textEdited.connect(touch("name"))
        self.id_edit.textEdited.connect(touch("id_number"))
        self.phone_edit.textEdited.connect(touch("phone"))
        self.department_combo.currentTextChanged.connect(touch("department"))
        self.hire_edit.dateChanged.connect(touch("hire_date"))
        self.hukou_place_edit.textEdited.connect(touch("hukou_place"))
        for key, combo in (
            ("ethnic_group", self.ethnic_combo),
            ("post_category", self.post_combo),
            ("hukou_type", self.hukou_type_combo),
            ("prior_education", self.education_combo),
            ("worker_category", self.worker_combo),
        ):
            combo.currentIndexChanged.connect(touch(key))
        self.union_check.toggled.connect(touch("union_member"))

    def _refresh(self) -> None:
        """Re-check the form: derived gender and birth date, and the touched fields' messages."""
        from qiuxue_desktop.domain import codes
        from qiuxue_desktop.domain.ids import clean_id_number, id_facts, id_number_problem

        self.union_card_edit.setEnabled(self.union_check.isChecked())
        if self._id_editable:
            number = clean_id_number(self.id_edit.text())
            if number and id_number_problem(number) is None:
                facts = id_facts(number)
                self.derived_label.setText(
                    f"{code_label(codes.GENDERS[facts.gender])}　{facts.birth_date.isoformat()}"
                    + self.tr("（由身份证号得出）")
                )
            else:
                self.derived_label.setText(self.tr("由身份证号得出"))
        elif self._detail is not None:
            self.derived_label.setText(
                f"{code_label(codes.GENDERS.get(self._detail.values['gender'], ''))}　"
                f"{self._detail.birth_date.isoformat()}"
            )
        problems = self.problems()
        self.grid.show_problems(problems, None if self._show_all else self._touched)

    def _reveal(self) -> None:
        """Show the full ID number so it can be corrected; the reveal is logged."""
        from qiuxue_desktop.services.learners import reveal_id_number

        assert self._learner_id is not None
        db, learner_id = self._ctx.database, self._learner_id

        def reveal() -> str:
            with db.write() as session:
                return reveal_id_number(session, learner_id)

        def shown(number: str) -> None:
            self.buttons.setEnabled(True)
            self._filling = True
            self.id_edit.setText(number)
            self._filling = False
            self.id_edit.setReadOnly(False)
            self._id_editable = True
            self.reveal_button.setEnabled(False)
            self.id_edit.setFocus()
            self._refresh()

        def failed(_exc: BaseException) -> bool:
            self.buttons.setEnabled(True)
            return False

        self.buttons.setEnabled(False)  # the dialog stays until the answer is back
        self._ctx.runner.db(reveal, on_done=shown, on_error=failed)

    # --- saving --------------------------------------------------------------------------

    def reject(self) -> None:
        if self.buttons.isEnabled():  # not while the worker is saving for it
            super().reject()

    def save(self) -> None:
        self._show_all = True
        values = self.values()
        problems = self.problems(values)
        self.grid.show_problems(problems)
        if problems:
            bad = self.grid.first_problem_field(problems)
            if bad is not None:
                bad.setFocus()
            return
        from qiuxue_desktop.services.learners import register_learner, update_learner

        db, enterprise_id, learner_id = self._ctx.database, self._ctx.enterprise, self._learner_id
        version = self._detail.version if self._detail is not None else None

        def work() -> int:
            with db.write() as session:
                if learner_id is None:
                    return register_learner(session, enterprise_id=enterprise_id, values=values)
                update_learner(session, learner_id, values=values, expected_version=version)
                return learner_id

        self.buttons.setEnabled(False)
        self._ctx.runner.db(work, on_done=self._saved, on_error=self._failed)

    def _saved(self, learner_id: int) -> None:
        self._ctx.signals.changed.emit(signals.LEARNERS)
        self.saved.emit(learner_id)
        self.accept()

    def _failed(self, exc: BaseException) -> bool:
        from qiuxue_desktop.errors import StaleRecord
        from qiuxue_desktop.services.learners import LearnerRejected

        self.buttons.setEnabled(True)
        if isinstance(exc, LearnerRejected):
            self.grid.show_problems(exc.problems)
            return True
        if isinstance(exc, StaleRecord):
            self._stale(exc.message)
            return True
        return False

    def _stale(self, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("记录已被修改"),
            message + "\n" + self.tr("点“重新载入”取最新内容（您刚才的修改需要重新填写）。"),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        reload_button = box.addButton(self.tr("重新载入"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("关闭"), QMessageBox.ButtonRole.RejectRole)

        def chosen() -> None:
            if box.clickedButton() is reload_button:
                self._load()
                self._touched.clear()
                self._show_all = False
                self.reveal_button.setEnabled(True)
                self._refresh()

        box.finished.connect(lambda _result: chosen())
        box.open()
