"""学习进度: the enrolments (filters — status, institution, programme, intake year, at risk —
and the learner view's instant search), the at-risk list with its reasons, and the exam
calendar, as three tabs. Which enrolments are at risk is computed once per change of the
data, for the whole enterprise, on the database worker; both the table and the list use it."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.views import signals, study_actions
from qiuxue_desktop.views.code_labels import code_label, with_note
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.models.enrolment_table import COLUMNS, RISK_COLUMN, EnrolmentTableModel
from qiuxue_desktop.views.models.risk_table import reasons as risk_reasons

if TYPE_CHECKING:
    from qiuxue_desktop.services.enrolment_query import EnrolmentQuery
    from qiuxue_desktop.services.progress import ProgressRow
    from qiuxue_desktop.views.at_risk_view import AtRiskView
    from qiuxue_desktop.views.exam_calendar_view import ExamCalendarView

FILTER_DELAY_MS = 30  # as the learner view: a keystroke's rows on screen within 100 ms
ROW_HEIGHT = 26
ACTIVE = "active"  # the status filter's 未结束 choice


class EnrolmentsView(QWidget):
    """Built before the database is open (empty); `load()` fills it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from qiuxue_desktop.domain.study_codes import STATUSES

        self.setObjectName("enrolmentsView")
        self._ctx = ctx
        self.model: EnrolmentTableModel | None = None
        self.risk_rows: list[ProgressRow] | None = None
        self._risk_generation = 0
        self._pending_select: int | None = None
        self._editable = False
        self._ready = False  # load() was called: the database is open
        self._risks_due = False  # compute the risks after the first paint

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("enrolmentFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(
            self.tr("搜索：姓名、拼音或首字母、学号、工号、专业、院校、部门、在读/休学、专升本…")
        )
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("enrolmentStatusFilter")
        self.status_combo.addItem(self.tr("全部状态"), None)
        self.status_combo.addItem(self.tr("未结束"), ACTIVE)
        for code, label in STATUSES.items():
            self.status_combo.addItem(code_label(label), code)
        self.institution_combo = QComboBox(self)
        self.institution_combo.setObjectName("institutionFilter")
        self.institution_combo.setMinimumContentsLength(6)
        self.programme_combo = QComboBox(self)
        self.programme_combo.setObjectName("programmeFilter")
        self.programme_combo.setMinimumContentsLength(6)
        self.intake_combo = QComboBox(self)
        self.intake_combo.setObjectName("intakeFilter")
        for combo in (self.institution_combo, self.programme_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.institution_combo.addItem(self.tr("全部院校"), None)  # the others once the page is shown
        self.programme_combo.addItem(self.tr("全部专业"), None)
        self.intake_combo.addItem(self.tr("全部入学年份"), None)
        self.risk_check = QCheckBox(self.tr("只看预警"), self)
        self.risk_check.setObjectName("riskFilter")
        self.risk_check.setEnabled(False)
        self.risk_check.setToolTip(self.tr("正在计算哪些学籍需要预警……"))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("enrolmentCount")
        self.count_label.setMinimumWidth(
            self.count_label.fontMetrics().horizontalAdvance(self.tr("共 {n} 条学籍").format(n=1000000))
        )

        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 5)
        # the institution and programme names take what room there is, down to 6 characters
        for widget, stretch in (
            (self.status_combo, 0),
            (self.institution_combo, 1),
            (self.programme_combo, 1),
            (self.intake_combo, 0),
            (self.risk_check, 0),
            (self.count_label, 0),
        ):
            bar.addWidget(widget, stretch)

        self.table = QTableView(self)
        self.table.setObjectName("enrolmentTable")
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
        self.table.doubleClicked.connect(lambda _index: self.open_study_page())

        self.study_button = QPushButton(self.tr("学习情况…"), self)
        self.study_button.setObjectName("openStudyPage")
        self.enrol_button = QPushButton(self.tr("新增学籍…"), self)
        self.enrol_button.setObjectName("addEnrolment")
        self.status_button = QPushButton(self.tr("变更状态…"), self)
        self.status_button.setObjectName("changeStatus")
        self.graduate_button = QPushButton(self.tr("毕业登记…"), self)
        self.graduate_button.setObjectName("graduate")
        self.result_button = QPushButton(self.tr("录入成绩…"), self)
        self.result_button.setObjectName("enterResult")
        self.sitting_button = QPushButton(self.tr("安排考试…"), self)
        self.sitting_button.setObjectName("addSitting")
        self.import_button = QPushButton(self.tr("导入成绩单…"), self)
        self.import_button.setObjectName("importTranscript")
        actions = QHBoxLayout()
        for button in (
            self.study_button,
            self.enrol_button,
            self.status_button,
            self.graduate_button,
            self.result_button,
            self.sitting_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        self.edit_buttons = (
            self.enrol_button,
            self.status_button,
            self.graduate_button,
            self.result_button,
            self.sitting_button,
            self.import_button,
        )
        self.selection_buttons = (
            self.study_button,
            self.status_button,
            self.graduate_button,
            self.result_button,
            self.sitting_button,
        )
        for button in self.edit_buttons:
            button.setVisible(False)  # until load() knows what the signed-in role may do
        self.study_button.clicked.connect(self.open_study_page)
        self.enrol_button.clicked.connect(lambda: study_actions.enrol(self, self._ctx))
        self.status_button.clicked.connect(lambda: self._on_selected(study_actions.change_status))
        self.graduate_button.clicked.connect(
            lambda: self._on_selected(partial(study_actions.change_status, to_status="graduated"))
        )
        self.result_button.clicked.connect(lambda: self._on_selected(study_actions.enter_result))
        self.sitting_button.clicked.connect(lambda: self._on_selected(study_actions.add_sitting))
        self.import_button.clicked.connect(lambda: study_actions.import_transcript(self, self._ctx))

        list_page = QWidget(self)
        list_layout = QVBoxLayout(list_page)
        list_layout.addLayout(bar)
        list_layout.addWidget(self.table, 1)
        list_layout.addLayout(actions)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("studyTabs")
        self.tabs.addTab(list_page, self.tr("学籍"))
        self.at_risk: AtRiskView | None = None
        self.calendar: ExamCalendarView | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(lambda _text: self._filter_timer.start())
        for combo in (self.status_combo, self.programme_combo, self.intake_combo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.institution_combo.currentIndexChanged.connect(lambda _i: self._institution_changed())
        self.risk_check.toggled.connect(lambda _on: self.apply_filter())
        ctx.signals.changed.connect(self._on_data_changed)
        self._update_buttons()

    # --- loading -------------------------------------------------------------------------

    def load(self) -> None:
        """Offer what the signed-in role may do. The enrolments are read when the page is first
        shown (not at start-up, while another area is on screen)."""
        self._editable = self._ctx.may(Permission.EDIT_COURSEWORK)
        for button in self.edit_buttons:
            button.setVisible(self._editable)
        if self.calendar is not None:
            self.calendar.apply_permissions()
        self._ready = True
        if self.isVisible():
            self._build()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._ready:
            self._build()

    def _build(self) -> None:
        """The model over the enrolments and the other tabs (once). Who is at risk is computed
        on the worker right after the first page is painted."""
        if self.model is not None:
            return
        self.model = EnrolmentTableModel(
            self._ctx.database, self._ctx.enterprise, self._query_from_bar(), self, runner=self._ctx.runner
        )
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        for i, column in enumerate(COLUMNS):
            title = str(self.model.headerData(i, Qt.Orientation.Horizontal))  # both in the window's language
            text = max(
                metrics.horizontalAdvance(code_label(column.sample)), metrics.horizontalAdvance(title) + 18
            )
            header.resizeSection(i, text + 12)
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.table.setSortingEnabled(True)
        selection = self.table.selectionModel()
        selection.selectionChanged.connect(lambda _new, _old: self._update_buttons())
        self.model.modelReset.connect(self._update_count)
        self.model.completed.connect(self._on_completed)
        self.table.viewport().installEventFilter(self)
        self._update_count()
        self._risks_due = True

    def _build_tabs(self) -> None:
        """The at-risk list and the exam calendar (after the first paint: not on its way)."""
        if self.at_risk is not None:
            return
        from qiuxue_desktop.views.at_risk_view import AtRiskView
        from qiuxue_desktop.views.exam_calendar_view import ExamCalendarView

        self.at_risk = AtRiskView(self._ctx, self)
        self.tabs.addTab(self.at_risk, self.tr("预警名单"))
        self.calendar = ExamCalendarView(self._ctx, self)
        self.tabs.addTab(self.calendar, self.tr("考试日历"))
        if self.risk_rows is not None:
            self.at_risk.show_rows(self.risk_rows)

    def compute_risks(self) -> None:
        """Who is at risk and why, for the whole enterprise, on the database worker."""
        from qiuxue_desktop.services.progress import compute_progress

        db, enterprise_id = self._ctx.database, self._ctx.enterprise
        self._risk_generation += 1
        generation = self._risk_generation

        def work() -> list[ProgressRow]:
            with db.read() as session:
                return compute_progress(session, enterprise_id, at_risk_only=True)

        self._ctx.runner.db(work, on_done=lambda rows: self._risks_known(generation, rows), quiet=True)

    def _risks_known(self, generation: int, rows: list[ProgressRow]) -> None:
        if generation != self._risk_generation or self.model is None:
            return  # a newer computation is on its way
        self.risk_rows = rows
        keep = self.current_enrolment_id()
        self.model.set_risks({r.enrolment_id: risk_reasons(r) for r in rows})
        self.risk_check.setEnabled(True)
        self.risk_check.setToolTip(self.tr("{n} 条学籍需要预警").format(n=len(rows)))
        if self.at_risk is not None:
            self.at_risk.show_rows(rows)
        self._select(keep)

    def _reload_choices(self) -> None:
        """Read the institution and intake-year choices on the worker (after the first paint)."""
        from qiuxue_desktop.services.enrolment_query import intake_years
        from qiuxue_desktop.services.institutions import list_institutions

        db, enterprise_id = self._ctx.database, self._ctx.enterprise

        def read() -> tuple[list[tuple[int, str]], list[int]]:
            with db.read() as session:
                institutions = [(i.id, i.name) for i in list_institutions(session, enterprise_id)]
                return institutions, intake_years(session, enterprise_id)

        self._ctx.runner.db(read, on_done=self._show_choices, quiet=True)

    def _show_choices(self, choices: tuple[list[tuple[int, str]], list[int]]) -> None:
        """The institution, programme and intake-year choices, keeping what is chosen."""
        institutions, years = choices
        keep = self.institution_combo.currentData()
        self.institution_combo.blockSignals(True)
        self.institution_combo.clear()
        self.institution_combo.addItem(self.tr("全部院校"), None)
        for inst_id, name in institutions:
            self.institution_combo.addItem(name, inst_id)
        self.institution_combo.setCurrentIndex(max(self.institution_combo.findData(keep), 0))
        self.institution_combo.blockSignals(False)
        self._reload_programmes()
        keep_year = self.intake_combo.currentData()
        self.intake_combo.blockSignals(True)
        self.intake_combo.clear()
        self.intake_combo.addItem(self.tr("全部入学年份"), None)
        for year in years:
            self.intake_combo.addItem(self.tr("{year}年入学").format(year=year), year)
        self.intake_combo.setCurrentIndex(max(self.intake_combo.findData(keep_year), 0))
        self.intake_combo.blockSignals(False)

    def _reload_programmes(self) -> None:
        from qiuxue_desktop.services.programmes import list_programmes

        inst = self.institution_combo.currentData()
        keep = self.programme_combo.currentData()
        self.programme_combo.blockSignals(True)
        self.programme_combo.clear()
        self.programme_combo.addItem(self.tr("全部专业"), None)
        if inst is not None:
            with self._ctx.database.read() as session:
                for p in list_programmes(session, self._ctx.enterprise, institution_id=inst):
                    self.programme_combo.addItem(with_note(p.name, code_label(p.level_label)), p.id)
        self.programme_combo.setCurrentIndex(max(self.programme_combo.findData(keep), 0))
        self.programme_combo.blockSignals(False)

    def _institution_changed(self) -> None:
        self._reload_programmes()
        self.apply_filter()

    # --- filtering -----------------------------------------------------------------------

    def _query_from_bar(self, base: EnrolmentQuery | None = None) -> EnrolmentQuery:
        import datetime as dt

        from qiuxue_desktop.domain.study_codes import ACTIVE_STATUSES
        from qiuxue_desktop.services.enrolment_query import EnrolmentQuery

        status = self.status_combo.currentData()
        statuses = ACTIVE_STATUSES if status == ACTIVE else (status,) if status else ()
        year = self.intake_combo.currentData()
        return replace(
            base or EnrolmentQuery(),
            text=self.filter_edit.text().strip(),
            statuses=tuple(statuses),
            institution_id=self.institution_combo.currentData(),
            programme_id=self.programme_combo.currentData(),
            intake_from=dt.date(year, 1, 1) if year else None,
            intake_to=dt.date(year, 12, 31) if year else None,
        )

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        if self.model is None:
            return
        keep = self.current_enrolment_id()
        only_risk = self.risk_check.isChecked() and self.model.risks_known
        self.model.set_query(self._query_from_bar(self.model.query), only_at_risk=only_risk)
        self._select(keep)

    def show_filtered(
        self,
        *,
        status: str | None = None,
        risk: str | None = None,
        exams: tuple[dt.date, dt.date] | None = None,
    ) -> None:
        """The list behind a figure of the desk (工作台): the enrolments of a status (no other
        filter), the at-risk list of one kind of risk, or the exam calendar of a period."""
        if status is not None:
            self.tabs.setCurrentIndex(0)
            for combo, index in (
                (self.institution_combo, 0),
                (self.programme_combo, 0),
                (self.intake_combo, 0),
                (self.status_combo, max(self.status_combo.findData(status), 0)),
            ):
                combo.blockSignals(True)
                combo.setCurrentIndex(index)
                combo.blockSignals(False)
            for widget in (self.risk_check, self.filter_edit):
                widget.blockSignals(True)
            self.risk_check.setChecked(False)
            self.filter_edit.clear()
            for widget in (self.risk_check, self.filter_edit):
                widget.blockSignals(False)
            self.apply_filter()
            return
        self._build_tabs()
        if self._risks_due:  # the list tab may never be painted now: read the risks at once
            self._risks_due = False
            QTimer.singleShot(0, self._reload_choices)
            self.compute_risks()
        if risk is not None and self.at_risk is not None:
            self.at_risk.kind_combo.setCurrentIndex(max(self.at_risk.kind_combo.findData(risk), 0))
            self.tabs.setCurrentWidget(self.at_risk)
        if exams is not None and self.calendar is not None:
            self.calendar.set_period(*exams)
            self.tabs.setCurrentWidget(self.calendar)

    def _sort_indicator_changed(self, section: int, _order: Qt.SortOrder) -> None:
        if self.model is not None and COLUMNS[section].key is None:  # the risk column: not sortable
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column(), header.sortIndicatorOrder())
            header.blockSignals(False)

    def _update_count(self) -> None:
        n = self.model.rowCount() if self.model is not None else 0
        self.count_label.setText(self.tr("共 {n} 条学籍").format(n=n))
        self._update_buttons()

    def _on_data_changed(self, area: str) -> None:
        if self.model is None or area not in (signals.STUDY, signals.LEARNERS):
            return
        self._risks_due = False
        keep = self.current_enrolment_id()
        self._reload_choices()
        self.model.requery()
        self._select(keep)
        self.compute_risks()

    # --- selection -----------------------------------------------------------------------

    def current_enrolment_id(self) -> int | None:
        if self.model is None:
            return None
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return self.model.enrolment_id(index.row())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Once the first page is painted, read the rest of the ids and the risks on the worker."""
        if event.type() == QEvent.Type.Paint and self.model is not None:
            if not self.model.is_complete:
                QTimer.singleShot(0, self.model.complete_later)
            if self._risks_due:
                self._risks_due = False
                QTimer.singleShot(0, self._build_tabs)
                QTimer.singleShot(0, self._reload_choices)
                QTimer.singleShot(0, self.compute_risks)
        return False

    def _on_completed(self) -> None:
        enrolment_id, self._pending_select = self._pending_select, None
        self._select(enrolment_id)

    def _select(self, enrolment_id: int | None) -> None:
        self._pending_select = None
        if self.model is None or enrolment_id is None:
            return
        row = self.model.row_of(enrolment_id, load=False)
        if row is None:
            if not self.model.is_complete:
                self._pending_select = enrolment_id
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def select_enrolment(self, enrolment_id: int) -> None:
        self._select(enrolment_id)

    def _update_buttons(self) -> None:
        has = self.current_enrolment_id() is not None
        for button in self.selection_buttons:
            button.setEnabled(has)
        self.enrol_button.setEnabled(self.model is not None)
        self.import_button.setEnabled(self.model is not None)

    def _on_selected(self, action: object) -> None:
        enrolment_id = self.current_enrolment_id()
        if enrolment_id is not None:
            action(self, self._ctx, enrolment_id)  # type: ignore[operator]

    def open_study_page(self) -> None:
        enrolment_id = self.current_enrolment_id()
        if enrolment_id is not None and self.model is not None:
            study_actions.open_study_page(self, self._ctx, enrolment_id=enrolment_id)

    def risk_text(self, row: int) -> str:
        assert self.model is not None
        return str(self.model.index(row, RISK_COLUMN).data() or "")
