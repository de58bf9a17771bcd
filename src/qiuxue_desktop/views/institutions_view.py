"""院校专业: the institutions, the programmes of the chosen one, and the course plan editor of
the chosen programme. Adding, editing and deleting go through dialogs and the services (a
programme with enrolments is not deleted: the refusal says why); a role without the right to
edit coursework sees the same lists without the buttons."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.views import signals
from qiuxue_desktop.views.code_labels import code_label
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.study_common import (
    credits_text,
    fill_table,
    open_dialog,
    read_only_table,
    row_key,
    select_key,
    yuan_text,
)
from qiuxue_desktop.views.widgets.course_plan_editor import CoursePlanEditor

if TYPE_CHECKING:
    from qiuxue_desktop.services.institutions import InstitutionRow
    from qiuxue_desktop.services.programmes import ProgrammeRow


class InstitutionsView(QWidget):
    """Built before the database is open; `load()` fills it once the enterprise exists."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("institutionsView")
        self._ctx = ctx
        self.loaded = False
        self.institutions: list[InstitutionRow] = []
        self.programmes: list[ProgrammeRow] = []
        self._editable = False
        self._stale = False

        # institutions
        inst_box = QGroupBox(self.tr("院校"), self)
        self.institution_table = read_only_table(
            inst_box, [self.tr("代码"), self.tr("院校名称"), self.tr("专业数")], "institutionTable"
        )
        inst_header = self.institution_table.horizontalHeader()
        inst_header.setStretchLastSection(False)
        inst_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.institution_detail = QLabel(inst_box)
        self.institution_detail.setObjectName("institutionDetail")
        self.institution_detail.setWordWrap(True)
        self.institution_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_institution_button = QPushButton(self.tr("新增院校…"), inst_box)
        self.add_institution_button.setObjectName("addInstitution")
        self.edit_institution_button = QPushButton(self.tr("编辑…"), inst_box)
        self.edit_institution_button.setObjectName("editInstitution")
        self.delete_institution_button = QPushButton(self.tr("删除"), inst_box)
        self.delete_institution_button.setObjectName("deleteInstitution")
        inst_buttons = QHBoxLayout()
        for button in (
            self.add_institution_button,
            self.edit_institution_button,
            self.delete_institution_button,
        ):
            inst_buttons.addWidget(button)
        inst_buttons.addStretch(1)
        inst_layout = QVBoxLayout(inst_box)
        inst_layout.addLayout(inst_buttons)
        inst_layout.addWidget(self.institution_table, 1)
        inst_layout.addWidget(self.institution_detail)

        # programmes
        self.programme_box = QGroupBox(self.tr("专业"), self)
        self.programme_table = read_only_table(
            self.programme_box,
            [
                self.tr("专业名称"),
                self.tr("层次"),
                self.tr("学习形式"),
                self.tr("学制"),
                self.tr("总学分"),
                self.tr("每年学费（元）"),
                self.tr("课程"),
                self.tr("学籍"),
            ],
            "programmeTable",
        )
        prog_header = self.programme_table.horizontalHeader()
        prog_header.setStretchLastSection(False)
        prog_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.add_programme_button = QPushButton(self.tr("新增专业…"), self.programme_box)
        self.add_programme_button.setObjectName("addProgramme")
        self.edit_programme_button = QPushButton(self.tr("编辑…"), self.programme_box)
        self.edit_programme_button.setObjectName("editProgramme")
        self.delete_programme_button = QPushButton(self.tr("删除"), self.programme_box)
        self.delete_programme_button.setObjectName("deleteProgramme")
        self.dirty_label = QLabel(self.tr("教学计划有未保存的修改：请先保存或撤销，再选择其他专业。"), self)
        self.dirty_label.setObjectName("planDirtyHint")
        self.dirty_label.setStyleSheet("color: #8a6d00;")
        self.dirty_label.hide()
        prog_buttons = QHBoxLayout()
        for button in (self.add_programme_button, self.edit_programme_button, self.delete_programme_button):
            prog_buttons.addWidget(button)
        prog_buttons.addStretch(1)
        prog_layout = QVBoxLayout(self.programme_box)
        prog_layout.addLayout(prog_buttons)
        prog_layout.addWidget(self.programme_table, 1)

        # the plan
        plan_box = QGroupBox(self.tr("教学计划"), self)
        self.plan = CoursePlanEditor(ctx, plan_box)
        plan_layout = QVBoxLayout(plan_box)
        plan_layout.addWidget(self.plan)

        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.programme_box)
        right.addWidget(plan_box)
        right.setStretchFactor(0, 2)
        right.setStretchFactor(1, 3)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(inst_box)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setSizes([330, 820])
        layout = QVBoxLayout(self)
        layout.addWidget(self.dirty_label)
        layout.addWidget(split, 1)

        self.edit_buttons = (
            self.add_institution_button,
            self.edit_institution_button,
            self.delete_institution_button,
            self.add_programme_button,
            self.edit_programme_button,
            self.delete_programme_button,
        )
        for button in self.edit_buttons:
            button.setVisible(False)  # until load() knows what the signed-in role may do
        self.add_institution_button.clicked.connect(self.add_institution)
        self.edit_institution_button.clicked.connect(self.edit_institution)
        self.delete_institution_button.clicked.connect(self.delete_institution)
        self.add_programme_button.clicked.connect(self.add_programme)
        self.edit_programme_button.clicked.connect(self.edit_programme)
        self.delete_programme_button.clicked.connect(self.delete_programme)
        self.institution_table.itemSelectionChanged.connect(self._institution_chosen)
        self.programme_table.itemSelectionChanged.connect(self._programme_chosen)
        self.institution_table.doubleClicked.connect(lambda _i: self.edit_institution())
        self.programme_table.doubleClicked.connect(lambda _i: self.edit_programme())
        self.plan.dirty_changed.connect(self._plan_dirty)
        ctx.signals.changed.connect(self._on_data_changed)
        self._update_buttons()

    # --- loading -------------------------------------------------------------------------

    def load(self) -> None:
        """Offer what the signed-in role may do; fill the lists the first time (later changes
        arrive through the data-changed signal)."""
        editable = self._ctx.may(Permission.EDIT_COURSEWORK)
        if editable != self._editable:
            self._editable = editable
            for button in self.edit_buttons:
                button.setVisible(editable)
            if self.loaded and not self.plan.model.dirty:
                self._programme_chosen()  # the plan editor becomes read-only or editable
        if not self.loaded:
            self.loaded = True
            self.refresh()

    def refresh(self) -> None:
        """Read the lists again, keeping the chosen institution and programme."""
        from qiuxue_desktop.services.institutions import list_institutions

        keep_inst, keep_prog = self.current_institution_id(), self.current_programme_id()
        with self._ctx.database.read() as session:
            self.institutions = list_institutions(session, self._ctx.enterprise)
        self.institution_table.blockSignals(True)
        fill_table(
            self.institution_table,
            [(i.code, i.name, str(i.programme_count)) for i in self.institutions],
            [i.id for i in self.institutions],
        )
        self.institution_table.blockSignals(False)
        if keep_inst is not None and select_key(self.institution_table, keep_inst):
            self._show_programmes(keep_prog)
        elif self.institution_table.rowCount():
            self.institution_table.selectRow(0)
        else:
            self._show_programmes(None)

    def _on_data_changed(self, area: str) -> None:
        if area == signals.STUDY and self.loaded:
            if self.plan.model.dirty:
                self._stale = True  # refreshed once the plan is saved or its edits reverted
            else:
                self.refresh()

    # --- choosing ------------------------------------------------------------------------

    def current_institution_id(self) -> int | None:
        key = row_key(self.institution_table)
        return key if isinstance(key, int) else None

    def current_programme_id(self) -> int | None:
        key = row_key(self.programme_table)
        return key if isinstance(key, int) else None

    def current_institution(self) -> InstitutionRow | None:
        wanted = self.current_institution_id()
        return next((i for i in self.institutions if i.id == wanted), None)

    def current_programme(self) -> ProgrammeRow | None:
        wanted = self.current_programme_id()
        return next((p for p in self.programmes if p.id == wanted), None)

    def _institution_chosen(self) -> None:
        self._show_programmes(None)

    def _show_programmes(self, keep: int | None) -> None:
        from qiuxue_desktop.services.programmes import list_programmes

        inst = self.current_institution()
        if inst is None:
            self.programmes = []
            self.institution_detail.clear()
            self.programme_box.setTitle(self.tr("专业"))
        else:
            with self._ctx.database.read() as session:
                self.programmes = list_programmes(session, self._ctx.enterprise, institution_id=inst.id)
            self.programme_box.setTitle(self.tr("专业：{name}").format(name=inst.name))
            details = [
                self.tr("联系人：{v}").format(v=inst.contact_person or "—"),
                self.tr("电话：{v}").format(v=inst.phone or "—"),
                self.tr("教学点：{v}").format(v=inst.teaching_site or "—"),
                self.tr("最长休学：{n} 个月").format(n=inst.max_suspension_months),
            ]
            self.institution_detail.setText("\n".join(details))
        self.programme_table.blockSignals(True)
        fill_table(
            self.programme_table,
            [
                (
                    p.name,
                    code_label(p.level_label),
                    code_label(p.study_form_label()),
                    self.tr("{n} 学期").format(n=p.length_terms),
                    credits_text(p.total_credits),
                    yuan_text(p.tuition_per_year_fen),
                    self.tr("{n} 门 / {c} 学分").format(n=p.course_count, c=credits_text(p.planned_credits)),
                    str(p.enrolment_count),
                )
                for p in self.programmes
            ],
            [p.id for p in self.programmes],
        )
        self.programme_table.blockSignals(False)
        if keep is not None and select_key(self.programme_table, keep):
            self._programme_chosen()
        elif self.programme_table.rowCount():
            self.programme_table.selectRow(0)
        else:
            self._programme_chosen()
        self._update_buttons()

    def _programme_chosen(self) -> None:
        from qiuxue_desktop.services.programmes import course_plan

        programme = self.current_programme()
        courses = []
        if programme is not None:
            with self._ctx.database.read() as session:
                courses = course_plan(session, programme.id)
        self.plan.show_programme(programme, courses, editable=self._editable)
        self._update_buttons()

    def select_programme(self, institution_id: int, programme_id: int | None = None) -> None:
        if select_key(self.institution_table, institution_id) and programme_id is not None:
            select_key(self.programme_table, programme_id)

    def _plan_dirty(self, dirty: bool) -> None:
        self.dirty_label.setVisible(dirty)
        self.institution_table.setEnabled(not dirty)
        self.programme_table.setEnabled(not dirty)
        self._update_buttons()
        if not dirty and self._stale:  # the lists changed while the plan was being edited
            self._stale = False
            self.refresh()

    def _update_buttons(self) -> None:
        free = not self.plan.model.dirty
        has_inst = self.current_institution() is not None
        has_prog = self.current_programme() is not None
        self.add_institution_button.setEnabled(free)
        self.edit_institution_button.setEnabled(free and has_inst)
        self.delete_institution_button.setEnabled(free and has_inst)
        self.add_programme_button.setEnabled(free and has_inst)
        self.edit_programme_button.setEnabled(free and has_prog)
        self.delete_programme_button.setEnabled(free and has_prog)

    # --- actions -------------------------------------------------------------------------

    def add_institution(self) -> None:
        from qiuxue_desktop.views.dialogs.institution_dialog import InstitutionDialog

        dialog = InstitutionDialog(self._ctx, None, self)
        dialog.saved.connect(lambda inst_id: select_key(self.institution_table, inst_id))
        open_dialog(dialog)

    def edit_institution(self) -> None:
        inst = self.current_institution()
        if inst is None or not self._editable:
            return
        from qiuxue_desktop.views.dialogs.institution_dialog import InstitutionDialog

        open_dialog(InstitutionDialog(self._ctx, inst, self))

    def add_programme(self) -> None:
        inst = self.current_institution()
        if inst is None:
            return
        from qiuxue_desktop.views.dialogs.programme_dialog import ProgrammeDialog

        dialog = ProgrammeDialog(self._ctx, self.institutions, inst.id, None, self)
        dialog.saved.connect(lambda prog_id: select_key(self.programme_table, prog_id))
        open_dialog(dialog)

    def edit_programme(self) -> None:
        programme = self.current_programme()
        if programme is None or not self._editable:
            return
        from qiuxue_desktop.views.dialogs.programme_dialog import ProgrammeDialog

        open_dialog(ProgrammeDialog(self._ctx, self.institutions, programme.institution_id, programme, self))

    def delete_institution(self) -> None:
        inst = self.current_institution()
        if inst is None:
            return
        from qiuxue_desktop.services.institutions import delete_institution

        self._confirm_delete(
            self.tr("删除院校“{name}”？").format(name=inst.name), delete_institution, inst.id
        )

    def delete_programme(self) -> None:
        programme = self.current_programme()
        if programme is None:
            return
        from qiuxue_desktop.services.programmes import delete_programme

        self._confirm_delete(
            self.tr("删除专业“{name}”及其教学计划？").format(name=programme.name),
            delete_programme,
            programme.id,
        )

    def _confirm_delete(self, question: str, delete: object, record_id: int) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("确认删除"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("confirmDelete")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("删除"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("取消"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        db = self._ctx.database

        def work() -> None:
            with db.write() as session:
                delete(session, record_id)  # type: ignore[operator]

        def answered(result: int) -> None:
            if result == QMessageBox.StandardButton.Yes:
                self._ctx.runner.db(work, on_done=lambda _r: self._ctx.signals.changed.emit(signals.STUDY))

        box.finished.connect(answered)
        box.open()
