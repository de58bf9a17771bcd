"""The learner register (学员): a filter bar over a table of every learner, and the
actions on them — add, edit, mark as left, reveal an ID number, import and export."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qiuxue_desktop.views import signals
from qiuxue_desktop.views.actions import Actions
from qiuxue_desktop.views.code_labels import code_label
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.error_box import show_error
from qiuxue_desktop.views.models.learner_table import COLUMNS, LearnerTableModel

if TYPE_CHECKING:
    from qiuxue_desktop.services.learners import LearnerQuery

# Long enough to coalesce a burst (an input method's commit, key repeat), short enough that a
# keystroke's rows are on screen within 100 ms (benchmarks/bench_view.py counts this delay).
FILTER_DELAY_MS = 30
ROW_HEIGHT = 26


class LearnersView(QWidget):
    """Built before the database is open (empty); `load()` fills it."""

    def __init__(self, ctx: AppContext, actions: Actions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("learnersView")
        self._ctx = ctx
        self.commands = actions
        self._pending_select: int | None = None
        self.model: LearnerTableModel | None = None

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("learnerFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(
            self.tr("搜索：姓名、拼音或首字母（zs）、身份证后4位、手机号、部门、在职/离职")
        )
        self.department_combo = QComboBox(self)
        self.department_combo.setObjectName("departmentFilter")
        self.department_combo.setMinimumContentsLength(8)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("statusFilter")
        for label, value in ((self.tr("全部"), None), (self.tr("在职"), "active"), (self.tr("离职"), "left")):
            self.status_combo.addItem(label, value)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("learnerCount")
        # as wide as the largest count it will show, so the bar does not jump while typing
        self.count_label.setMinimumWidth(
            self.count_label.fontMetrics().horizontalAdvance(self.tr("共 {n} 人").format(n=1000000))
        )

        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(QLabel(self.tr("部门"), self))
        bar.addWidget(self.department_combo)
        bar.addWidget(QLabel(self.tr("状态"), self))
        bar.addWidget(self.status_combo)
        bar.addWidget(self.count_label)

        self.table = QTableView(self)
        self.table.setObjectName("learnerTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(lambda _index: self.edit_learner())

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(lambda _text: self._filter_timer.start())
        self.department_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.status_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())

        self._connect_actions()
        self._set_enabled(False)
        ctx.signals.changed.connect(self._on_data_changed)

    # --- actions -------------------------------------------------------------------------

    def _connect_actions(self) -> None:
        a = self.commands
        for action, slot in (
            (a.add_learner, self.add_learner),
            (a.edit_learner, self.edit_learner),
            (a.mark_left, self.mark_left),
            (a.reveal_id, self.reveal_id),
            (a.learner_study, self.open_study_page),
            (a.import_roster, self.import_roster),
            (a.export_roster, self.export_roster),
            (a.save_template, self.save_template),
        ):
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
        # Enter edits only while the table has focus (in the filter box it does nothing special).
        a.edit_learner.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(a.edit_learner)

    def _set_enabled(self, loaded: bool) -> None:
        # An action the role may not use is hidden (Actions.apply_permissions) and stays disabled.
        for act in self.commands.needs_database:
            act.setEnabled(loaded and act.isVisible())
        self._update_selection_actions()

    def refresh_actions(self) -> None:
        """After the signed-in user (and so what is permitted) changed."""
        self._set_enabled(self.model is not None)

    def _update_selection_actions(self) -> None:
        has = self.current_learner_id() is not None
        for act in self.commands.needs_selection:
            act.setEnabled(has and act.isVisible())

    def _context_menu(self, pos: QPoint) -> None:
        if self.current_learner_id() is None:
            return
        menu = QMenu(self)
        for act in self.commands.needs_selection:
            menu.addAction(act)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    # --- loading and filtering -----------------------------------------------------------

    def load(self) -> None:
        """Build the model over the open database (first call) or query it again."""
        db, enterprise_id = self._ctx.database, self._ctx.enterprise
        self._reload_departments()
        if self.model is None:
            self.model = LearnerTableModel(db, enterprise_id, self._query_from_bar(), self)
            self.table.setModel(self.model)
            header = self.table.horizontalHeader()
            metrics = self.table.fontMetrics()
            for i, column in enumerate(COLUMNS):
                # wide enough for the header (with the sort arrow) and a typical long value
                title = str(self.model.headerData(i, Qt.Orientation.Horizontal))  # in the window's language
                text = max(
                    metrics.horizontalAdvance(code_label(column.sample)),
                    metrics.horizontalAdvance(title) + 18,
                )
                header.resizeSection(i, text + 12)
            header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.AscendingOrder)
            self.table.setSortingEnabled(True)
            selection = self.table.selectionModel()
            selection.currentRowChanged.connect(self._on_current_changed)
            selection.selectionChanged.connect(lambda _new, _old: self._update_selection_actions())
            self.model.modelReset.connect(self._update_count)
            self.model.completed.connect(self._on_completed)
            self.table.viewport().installEventFilter(self)
        else:
            self.model.requery()
        self._update_count()
        self._set_enabled(True)

    def _query_from_bar(self, base: LearnerQuery | None = None) -> LearnerQuery:
        from qiuxue_desktop.services.learners import LearnerQuery

        return replace(
            base or LearnerQuery(),
            text=self.filter_edit.text().strip(),
            department_id=self.department_combo.currentData(),
            status=self.status_combo.currentData(),
        )

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        if self.model is None:
            return
        keep = self.current_learner_id()
        self.model.set_query(self._query_from_bar(self.model.query))
        self._select(keep)

    def show_filtered(self, *, status: str | None = None, department_id: int | None = None) -> None:
        """The list behind a figure of the desk (工作台): these filters and no search text."""
        for combo, value in ((self.status_combo, status), (self.department_combo, department_id)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0) if value is not None else 0)
            combo.blockSignals(False)
        self.filter_edit.blockSignals(True)
        self.filter_edit.clear()
        self.filter_edit.blockSignals(False)
        self.apply_filter()

    def _reload_departments(self) -> None:
        from qiuxue_desktop.services.enterprise import list_departments

        with self._ctx.database.read() as session:
            departments = list_departments(session, self._ctx.enterprise)
        current = self.department_combo.currentData()
        self.department_combo.blockSignals(True)
        self.department_combo.clear()
        self.department_combo.addItem(self.tr("全部部门"), None)
        for dept_id, name in departments:
            self.department_combo.addItem(name, dept_id)
        found = self.department_combo.findData(current)
        self.department_combo.setCurrentIndex(max(found, 0))
        self.department_combo.blockSignals(False)

    def _update_count(self) -> None:
        n = self.model.rowCount() if self.model is not None else 0
        self.count_label.setText(self.tr("共 {n} 人").format(n=n))
        self._update_selection_actions()

    def _on_data_changed(self, area: str) -> None:
        if area == signals.LEARNERS and self.model is not None:
            keep = self.current_learner_id()
            self._reload_departments()
            self.model.requery()
            self._select(keep)

    # --- selection -----------------------------------------------------------------------

    def current_learner_id(self) -> int | None:
        if self.model is None:
            return None
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return self.model.learner_id(index.row())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Once the first page is painted, read the rest of the ids (see LearnerTableModel)."""
        if event.type() == QEvent.Type.Paint and self.model is not None and not self.model.is_complete:
            QTimer.singleShot(0, partial(self.model.complete, self.model.generation))
        return False

    def _on_completed(self) -> None:
        learner_id, self._pending_select = self._pending_select, None
        self._select(learner_id)

    def _select(self, learner_id: int | None) -> None:
        """Select and show a learner; one past the first page once the rest is read."""
        self._pending_select = None
        if self.model is None or learner_id is None:
            return
        row = self.model.row_of(learner_id, load=False)
        if row is None:
            if not self.model.is_complete:
                self._pending_select = learner_id
            return
        index = self.model.index(row, 1)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def select_learner(self, learner_id: int) -> None:
        self._select(learner_id)

    def _on_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        if self.model is not None:
            self.model.hide_revealed()
        self._update_selection_actions()

    # --- what the actions do -------------------------------------------------------------

    def add_learner(self) -> None:
        from qiuxue_desktop.views.dialogs.learner_dialog import LearnerDialog

        dialog = LearnerDialog(self._ctx, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._after_save)
        dialog.open()

    def edit_learner(self) -> None:
        learner_id = self.current_learner_id()
        if learner_id is None or not self.commands.edit_learner.isEnabled():  # a double-click too
            return
        from qiuxue_desktop.views.dialogs.learner_dialog import LearnerDialog

        try:
            dialog = LearnerDialog(self._ctx, learner_id, self)
        except Exception as exc:
            show_error(self, exc)
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._after_save)
        dialog.open()

    def _after_save(self, learner_id: int) -> None:
        self._select(learner_id)

    def mark_left(self) -> None:
        learner_id = self.current_learner_id()
        if learner_id is None:
            return
        from qiuxue_desktop.views.dialogs.leave_dialog import LeaveDialog

        try:
            dialog = LeaveDialog(self._ctx, learner_id, self)
        except Exception as exc:
            show_error(self, exc)
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_study_page(self) -> None:
        """The selected learner's study page: enrolments, results, progress (学习进度's page)."""
        learner_id = self.current_learner_id()
        if learner_id is not None:
            from qiuxue_desktop.views.study_actions import open_study_page

            open_study_page(self, self._ctx, learner_id=learner_id)

    def reveal_id(self) -> None:
        """Show the selected learner's full ID number in the table; the reveal is logged."""
        learner_id = self.current_learner_id()
        if learner_id is None or self.model is None:
            return
        from qiuxue_desktop.services.learners import reveal_id_number

        db = self._ctx.database

        def reveal() -> str:
            with db.write() as session:
                return reveal_id_number(session, learner_id)

        def shown(number: str) -> None:
            if self.model is not None:
                self.model.reveal(learner_id, number)

        self._ctx.runner.db(reveal, on_done=shown)

    def import_roster(self) -> None:
        from qiuxue_desktop.views.dialogs.import_dialog import ImportDialog

        dialog = ImportDialog(self._ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.choose_file()

    def export_roster(self) -> None:
        from qiuxue_desktop.views import roster_files

        roster_files.export_roster(self, self._ctx)

    def save_template(self) -> None:
        from qiuxue_desktop.views import roster_files

        roster_files.save_template(self, self._ctx)
