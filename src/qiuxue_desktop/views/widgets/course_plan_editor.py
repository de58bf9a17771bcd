"""The course plan editor (教学计划): a programme's terms × courses, edited in place — term,
name, credits, required or elective, exam type — with the credits per term against the
programme's total, and saved as a whole on the database worker (refusals shown on the rows)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qiuxue_desktop.views import signals
from qiuxue_desktop.views.code_labels import code_label, separated
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.models.course_plan import CREDITS, EXAM, NAME, REQUIRED, TERM, CoursePlanModel
from qiuxue_desktop.views.study_common import credits_text
from qiuxue_desktop.views.style import ERROR_COLOR

if TYPE_CHECKING:
    from qiuxue_desktop.services.programmes import PlanChange, ProgrammeRow

_Idx = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a combo of (label, value) choices."""

    def __init__(self, choices: list[tuple[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem, _index: _Idx) -> QWidget:
        combo = QComboBox(parent)
        for label, value in self._choices:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: _Idx) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Idx) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class TermDelegate(QStyledItemDelegate):
    """Edits the term with a spin box from 1 to the programme's length."""

    def __init__(self, plan: CoursePlanModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan = plan

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem, _index: _Idx) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(1, self._plan.length_terms)
        spin.setPrefix(self.tr("第 "))
        spin.setSuffix(self.tr(" 学期"))
        return spin

    def setEditorData(self, editor: QWidget, index: _Idx) -> None:
        assert isinstance(editor, QSpinBox)
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Idx) -> None:
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class CoursePlanEditor(QWidget):
    dirty_changed = Signal(bool)
    saved = Signal(object)  # PlanChange

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from qiuxue_desktop.domain.study_codes import EXAM_TYPES

        self.setObjectName("coursePlanEditor")
        self._ctx = ctx
        self.programme: ProgrammeRow | None = None
        self.model = CoursePlanModel(self)
        self.title = QLabel(self)
        self.title.setObjectName("planTitle")
        self.title.setStyleSheet("font-weight: bold;")
        self.table = QTableView(self)
        self.table.setObjectName("planTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setHighlightSections(False)
        self._delegates = [
            TermDelegate(self.model, self.table),
            ChoiceDelegate([(self.tr("必修"), True), (self.tr("选修"), False)], self.table),
            ChoiceDelegate([(code_label(label), code) for code, label in EXAM_TYPES.items()], self.table),
        ]
        self.table.setItemDelegateForColumn(TERM, self._delegates[0])
        self.table.setItemDelegateForColumn(REQUIRED, self._delegates[1])
        self.table.setItemDelegateForColumn(EXAM, self._delegates[2])
        for col, width in ((TERM, 90), (NAME, 220), (CREDITS, 60), (REQUIRED, 70), (EXAM, 80)):
            self.table.setColumnWidth(col, width)
        self.summary = QLabel(self)
        self.summary.setObjectName("planSummary")
        self.summary.setWordWrap(True)
        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("planProblems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet(f"color: {ERROR_COLOR};")

        self.add_button = QPushButton(self.tr("添加课程"), self)
        self.add_button.setObjectName("addCourse")
        self.remove_button = QPushButton(self.tr("删除课程"), self)
        self.remove_button.setObjectName("removeCourse")
        self.up_button = QPushButton(self.tr("上移"), self)
        self.down_button = QPushButton(self.tr("下移"), self)
        self.revert_button = QPushButton(self.tr("撤销修改"), self)
        self.revert_button.setObjectName("revertPlan")
        self.save_button = QPushButton(self.tr("保存教学计划"), self)
        self.save_button.setObjectName("savePlan")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        self.edit_buttons = (
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.revert_button,
            self.save_button,
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems_label)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self.add_course)
        self.remove_button.clicked.connect(self.remove_course)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.revert_button.clicked.connect(self.revert)
        self.save_button.clicked.connect(self.save)
        self.model.dirty_changed.connect(self._on_dirty)
        self.model.dataChanged.connect(lambda *_a: self._update_summary())
        self.model.rowsInserted.connect(lambda *_a: self._update_summary())
        self.model.rowsRemoved.connect(lambda *_a: self._update_summary())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self.show_programme(None, [], editable=False)

    # --- showing a plan ------------------------------------------------------------------

    def show_programme(self, programme: ProgrammeRow | None, courses: list[Any], *, editable: bool) -> None:
        self.programme = programme
        self.model.editable = editable and programme is not None
        self.model.load(courses, programme.length_terms if programme is not None else 1)
        self.problems_label.clear()
        for button in self.edit_buttons:
            button.setVisible(editable)
        if programme is None:
            self.title.setText(self.tr("教学计划：请先在上面选择一个专业"))
        else:
            self.title.setText(
                self.tr("教学计划：{name}（{level}，{form}，{terms} 个学期）").format(
                    name=programme.name,
                    level=code_label(programme.level_label),
                    form=code_label(programme.study_form_label()),
                    terms=programme.length_terms,
                )
            )
        self._update_summary()
        self._update_buttons()

    def _update_summary(self) -> None:
        programme = self.programme
        if programme is None:
            self.summary.clear()
            return
        parts = [
            self.tr("第{term}学期 {n} 门 {credits} 学分").format(term=t, n=n, credits=credits_text(c))
            for t, n, c in self.model.term_summary()
        ]
        planned = sum((c for _t, _n, c in self.model.term_summary()), start=programme.total_credits * 0)
        total = self.tr("计划合计 {planned} 学分，毕业要求 {total} 学分").format(
            planned=credits_text(planned), total=credits_text(programme.total_credits)
        )
        self.summary.setText(self.tr("{terms}。{total}").format(terms=separated(parts), total=total))

    def _on_dirty(self, dirty: bool) -> None:
        self._update_buttons()
        self.dirty_changed.emit(dirty)

    def _update_buttons(self) -> None:
        row = self.table.currentIndex().row()
        has = self.programme is not None and self.model.editable
        self.add_button.setEnabled(has)
        self.remove_button.setEnabled(has and self.model.can_remove(row))
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and 0 <= row < self.model.rowCount() - 1)
        self.revert_button.setEnabled(has and self.model.dirty)
        self.save_button.setEnabled(has and self.model.dirty)

    # --- editing -------------------------------------------------------------------------

    def add_course(self) -> None:
        index = self.table.currentIndex()
        term = int(index.siblingAtColumn(TERM).data(Qt.ItemDataRole.EditRole)) if index.isValid() else 1
        row = self.model.add_course(term)
        name_index = self.model.index(row, NAME)
        self.table.setCurrentIndex(name_index)
        self.table.edit(name_index)

    def remove_course(self) -> None:
        row = self.table.currentIndex().row()
        self.model.remove_course(row)
        self._update_buttons()

    def _move(self, step: int) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            row = self.model.move(index.row(), step)
            self.table.setCurrentIndex(self.model.index(row, index.column()))

    def revert(self) -> None:
        self.model.revert()
        self.problems_label.clear()

    def save(self) -> None:
        programme = self.programme
        if programme is None or not self.model.dirty:
            return
        inputs, problems = self.model.inputs()
        if problems:
            self._show_problems(problems)
            return
        from qiuxue_desktop.services.programmes import set_course_plan

        db, programme_id, version = self._ctx.database, programme.id, programme.version

        def work() -> PlanChange:
            with db.write() as session:
                return set_course_plan(session, programme_id, inputs, expected_version=version)

        self.save_button.setEnabled(False)
        self._ctx.runner.db(work, on_done=self._saved, on_error=self._failed)

    def _saved(self, change: PlanChange) -> None:
        self.problems_label.clear()
        self.model.mark_clean()  # the signal below reloads the plan, with the new courses' ids
        self.saved.emit(change)
        self._ctx.signals.changed.emit(signals.STUDY)

    def _failed(self, exc: BaseException) -> bool:
        from qiuxue_desktop.services.programmes import PlanRejected

        self._update_buttons()
        if isinstance(exc, PlanRejected):
            rows: dict[int, str] = {}
            general = []
            for i, reason in exc.problems:  # i: the input's index, which is its table row
                if i >= 0:
                    rows[i] = separated([rows[i], reason]) if i in rows else reason
                else:
                    general.append(reason)
            self._show_problems(rows, general)
            return True
        return False

    def _show_problems(self, rows: dict[int, str], general: list[str] | None = None) -> None:
        self.model.show_problems(rows)
        self.problems_label.setText("\n".join([*rows.values(), *(general or [])]))
