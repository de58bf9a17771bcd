"""A learner's study page (学习情况): for one of the learner's enrolments, its status timeline,
credits and terms against the plan, the at-risk reasons, the results term by term (resits
included), where each course of the plan stands, and the exams to come. The actions on the
enrolment are at hand; the page follows every change of the data while it is open."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.views import signals, study_actions
from qiuxue_desktop.views.code_labels import code_label, separated
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.models.risk_table import reasons as risk_reasons
from qiuxue_desktop.views.study_common import RISK_COLOR, credits_text, day_text, fill_table, read_only_table

if TYPE_CHECKING:
    from qiuxue_desktop.services.coursework import CourseStatus, ResultRow
    from qiuxue_desktop.services.enrolment_query import EnrolmentRow
    from qiuxue_desktop.services.enrolments import StatusChangeRow
    from qiuxue_desktop.services.exams import SittingRow
    from qiuxue_desktop.services.progress import ProgressRow

_FAIL = QBrush(QColor(RISK_COLOR))
_PASS = QBrush(QColor("#2e7d32"))


class StudyPage(QDialog):
    def __init__(
        self, ctx: AppContext, learner_id: int, enrolment_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("studyPage")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowFlag(Qt.WindowType.Window)
        self._ctx = ctx
        self.learner_id = learner_id
        self.enrolments: list[EnrolmentRow] = []
        self.progress: ProgressRow | None = None
        self.history: list[StatusChangeRow] = []
        self.results: list[ResultRow] = []
        self.courses: list[CourseStatus] = []
        self.sittings: list[SittingRow] = []

        self.learner_label = QLabel(self)
        self.learner_label.setObjectName("studyLearner")
        self.learner_label.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.enrolment_combo = QComboBox(self)
        self.enrolment_combo.setObjectName("studyEnrolment")
        self.enrolment_combo.setMinimumContentsLength(30)
        top = QHBoxLayout()
        top.addWidget(self.learner_label)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("学籍"), self))
        top.addWidget(self.enrolment_combo)

        self.facts_label = QLabel(self)
        self.facts_label.setObjectName("studyFacts")
        self.facts_label.setWordWrap(True)
        self.timeline_label = QLabel(self)
        self.timeline_label.setObjectName("studyTimeline")
        self.timeline_label.setWordWrap(True)
        self.credits_bar = QProgressBar(self)
        self.credits_bar.setObjectName("creditsBar")
        self.terms_bar = QProgressBar(self)
        self.terms_bar.setObjectName("termsBar")
        bars = QHBoxLayout()
        bars.addWidget(QLabel(self.tr("学分"), self))
        bars.addWidget(self.credits_bar, 1)
        bars.addSpacing(20)
        bars.addWidget(QLabel(self.tr("学期"), self))
        bars.addWidget(self.terms_bar, 1)
        self.risk_label = QLabel(self)
        self.risk_label.setObjectName("studyRisks")
        self.risk_label.setWordWrap(True)

        self.results_tree = QTreeWidget(self)
        self.results_tree.setObjectName("studyResults")
        self.results_tree.setHeaderLabels(
            [
                self.tr("学期／课程"),
                self.tr("学分"),
                self.tr("考核"),
                self.tr("考试"),
                self.tr("成绩"),
                self.tr("结果"),
                self.tr("得学分"),
                self.tr("考试日期"),
            ]
        )
        self.results_tree.setAlternatingRowColors(True)
        self.course_table = read_only_table(
            self,
            [
                self.tr("计划学期"),
                self.tr("课程"),
                self.tr("学分"),
                self.tr("性质"),
                self.tr("状态"),
                self.tr("最近成绩"),
            ],
            "studyCourses",
        )
        self.history_table = read_only_table(
            self, [self.tr("日期"), self.tr("变更"), self.tr("原因／说明"), self.tr("经办人")], "studyHistory"
        )
        self.sitting_table = read_only_table(
            self,
            [self.tr("考试日期"), self.tr("时间"), self.tr("课程"), self.tr("地点"), self.tr("备注")],
            "studySittings",
        )
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.results_tree, self.tr("各学期成绩"))
        self.tabs.addTab(self.course_table, self.tr("课程进度"))
        self.tabs.addTab(self.history_table, self.tr("学籍变更"))
        self.tabs.addTab(self.sitting_table, self.tr("考试安排"))

        self.status_button = QPushButton(self.tr("变更状态…"), self)
        self.graduate_button = QPushButton(self.tr("毕业登记…"), self)
        self.result_button = QPushButton(self.tr("录入成绩…"), self)
        self.sitting_button = QPushButton(self.tr("安排考试…"), self)
        self.enrol_button = QPushButton(self.tr("新增学籍…"), self)
        close_button = QPushButton(self.tr("关闭"), self)
        close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        self.edit_buttons = (
            self.status_button,
            self.graduate_button,
            self.result_button,
            self.sitting_button,
            self.enrol_button,
        )
        for button in self.edit_buttons:
            buttons.addWidget(button)
            button.setVisible(ctx.may(Permission.EDIT_COURSEWORK))
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        self.status_button.clicked.connect(lambda: self._act(study_actions.change_status))
        self.graduate_button.clicked.connect(
            lambda: self._act(partial(study_actions.change_status, to_status="graduated"))
        )
        self.result_button.clicked.connect(lambda: self._act(study_actions.enter_result))
        self.sitting_button.clicked.connect(lambda: self._act(study_actions.add_sitting))
        self.enrol_button.clicked.connect(lambda: study_actions.enrol(self, self._ctx, self.learner_id))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.facts_label)
        layout.addWidget(self.timeline_label)
        layout.addLayout(bars)
        layout.addWidget(self.risk_label)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.resize(980, 680)

        self._load_learner(enrolment_id)
        self.enrolment_combo.currentIndexChanged.connect(lambda _i: self.show_enrolment())
        ctx.signals.changed.connect(self._on_data_changed)

    # --- reading -------------------------------------------------------------------------

    def _load_learner(self, enrolment_id: int | None) -> None:
        from qiuxue_desktop.services.enrolment_query import learner_enrolments
        from qiuxue_desktop.services.learners import fetch_rows

        keep = enrolment_id if enrolment_id is not None else self.enrolment_id()
        with self._ctx.database.read() as session:
            learners = fetch_rows(session, [self.learner_id])
            self.enrolments = learner_enrolments(session, self.learner_id)
        if learners:
            r = learners[0]
            left = self.tr("（已于 {d} 离职）").format(d=r.leave_date.isoformat()) if r.leave_date else ""
            self.learner_label.setText(f"{r.name}　{r.employee_no}　{r.department}{left}")
            self.setWindowTitle(self.tr("学习情况 — {name}").format(name=r.name))
        self.enrolment_combo.blockSignals(True)
        self.enrolment_combo.clear()
        for e in self.enrolments:
            self.enrolment_combo.addItem(
                self.tr("{year}年 {level} {inst} {prog}（{status}）").format(
                    year=e.intake_date.year,
                    level=code_label(e.level_label),
                    inst=e.institution_name,
                    prog=e.programme_name,
                    status=code_label(e.status_label),
                ),
                e.id,
            )
        index = self.enrolment_combo.findData(keep)
        self.enrolment_combo.setCurrentIndex(index if index >= 0 else self.enrolment_combo.count() - 1)
        self.enrolment_combo.blockSignals(False)
        self.show_enrolment()

    def enrolment_id(self) -> int | None:
        data = self.enrolment_combo.currentData()
        return data if isinstance(data, int) else None

    def enrolment(self) -> EnrolmentRow | None:
        wanted = self.enrolment_id()
        return next((e for e in self.enrolments if e.id == wanted), None)

    def show_enrolment(self) -> None:
        from qiuxue_desktop.services.coursework import course_statuses, enrolment_results
        from qiuxue_desktop.services.enrolments import status_history
        from qiuxue_desktop.services.exams import enrolment_sittings
        from qiuxue_desktop.services.progress import enrolment_progress

        e = self.enrolment()
        for button in self.edit_buttons[:-1]:
            button.setEnabled(e is not None)
        if e is None:
            self.facts_label.setText(self.tr("该学员还没有学籍。"))
            for widget in (self.timeline_label, self.risk_label):
                widget.clear()
            self.results_tree.clear()
            for table in (self.course_table, self.history_table, self.sitting_table):
                table.setRowCount(0)
            return
        with self._ctx.database.read() as session:
            self.progress = enrolment_progress(session, e.id)
            self.history = status_history(session, e.id)
            self.results = enrolment_results(session, e.id)
            self.courses = course_statuses(session, e.id)
            self.sittings = enrolment_sittings(session, e.id)
        self.facts_label.setText(
            self.tr(
                "{inst}（{code}） {prog}　{level}，{form}　学号 {no}　入学 {intake}　预计毕业 {expected}"
            ).format(
                inst=e.institution_name,
                code=e.institution_code,
                prog=e.programme_name,
                level=code_label(e.level_label),
                form=code_label(e.study_form_label),
                no=e.student_no,
                intake=day_text(e.intake_date),
                expected=day_text(e.expected_graduation),
            )
            + (self.tr("　毕业证书 {n}").format(n=e.diploma_number) if e.diploma_number else "")
        )
        self._show_timeline()
        self._show_progress()
        self._show_results()
        self._show_courses()
        self._show_history()
        self._show_sittings()

    # --- showing -------------------------------------------------------------------------

    def _show_timeline(self) -> None:
        steps = [f"<b>{code_label(h.to_label)}</b> {h.effective_on.isoformat()}" for h in self.history]
        self.timeline_label.setText(self.tr("学籍历程：") + " → ".join(steps))

    def _show_progress(self) -> None:
        p = self.progress
        if p is None:
            return
        self.credits_bar.setRange(0, max(1, int(p.credits_required * 10)))
        self.credits_bar.setValue(min(int(p.credits_earned * 10), self.credits_bar.maximum()))
        self.credits_bar.setFormat(
            self.tr("已得 {earned} / 要求 {required} 学分").format(
                earned=credits_text(p.credits_earned), required=credits_text(p.credits_required)
            )
        )
        self.terms_bar.setRange(0, max(1, p.terms_planned))
        self.terms_bar.setValue(min(p.terms_completed, p.terms_planned))
        self.terms_bar.setFormat(
            self.tr("入学已 {done} 个学期 / 学制 {planned} 个学期").format(
                done=p.terms_completed, planned=p.terms_planned
            )
        )
        if p.reasons:
            self.risk_label.setStyleSheet(f"color: {RISK_COLOR}; font-weight: bold;")
            self.risk_label.setText(self.tr("预警：") + separated(risk_reasons(p)))
        elif p.status in ("studying", "suspended"):
            self.risk_label.setStyleSheet("color: #2e7d32;")
            self.risk_label.setText(self.tr("学习进展正常，没有预警。"))
        else:
            self.risk_label.setStyleSheet("")
            self.risk_label.setText(self.tr("学籍已{status}。").format(status=code_label(p.status_label)))

    def _show_results(self) -> None:
        self.results_tree.clear()
        by_term: dict[tuple[int, str], list[ResultRow]] = {}
        for r in self.results:
            by_term.setdefault((r.term_no, r.term), []).append(r)
        bold = self.results_tree.font()
        bold.setBold(True)
        for (term_no, term), rows in sorted(by_term.items()):
            earned = sum((r.credits_earned for r in rows), start=rows[0].credits_earned * 0)
            failed = sum(1 for r in rows if not r.passed)
            top = QTreeWidgetItem(
                [
                    self.tr("第{n}学期（{term}）").format(n=term_no, term=term),
                    "",
                    "",
                    self.tr("{n} 门").format(n=len(rows)),
                    "",
                    self.tr("{n} 门未通过").format(n=failed) if failed else self.tr("全部通过"),
                    credits_text(earned),
                    "",
                ]
            )
            for col in range(8):
                top.setFont(col, bold)
            top.setForeground(5, _FAIL if failed else _PASS)
            self.results_tree.addTopLevelItem(top)
            for r in rows:
                item = QTreeWidgetItem(
                    [
                        r.course_name,
                        credits_text(r.credits),
                        code_label(r.exam_type_label),
                        self.tr("补考（第{n}次）").format(n=r.attempt) if r.is_resit else self.tr("首次"),
                        r.shown,
                        self.tr("通过") if r.passed else self.tr("不通过"),
                        credits_text(r.credits_earned),
                        day_text(r.exam_date),
                    ]
                )
                item.setForeground(5, _PASS if r.passed else _FAIL)
                top.addChild(item)
        self.results_tree.expandAll()
        self.results_tree.setColumnWidth(0, 280)
        for col in range(1, 8):
            self.results_tree.resizeColumnToContents(col)
            self.results_tree.setColumnWidth(col, self.results_tree.columnWidth(col) + 16)
        if not self.results:
            self.results_tree.addTopLevelItem(QTreeWidgetItem([self.tr("还没有成绩。")]))

    def _show_courses(self) -> None:
        from qiuxue_desktop.views.models.course_plan import required_label

        fill_table(
            self.course_table,
            [
                (
                    self.tr("第{n}学期").format(n=c.plan_term_no),
                    c.course_name,
                    credits_text(c.credits),
                    required_label(c.required),
                    c.state
                    if c.attempts < 2 or c.passed
                    else self.tr("{s}（考了{n}次）").format(s=c.state, n=c.attempts),
                    c.latest,
                )
                for c in self.courses
            ],
        )
        for r, c in enumerate(self.courses):
            if c.attempts and not c.passed:
                for col in range(self.course_table.columnCount()):
                    item = self.course_table.item(r, col)
                    if item is not None:
                        item.setForeground(_FAIL)

    def _show_history(self) -> None:
        fill_table(
            self.history_table,
            [
                (
                    h.effective_on.isoformat(),
                    f"{code_label(h.from_label)} → {code_label(h.to_label)}"
                    if h.from_status
                    else self.tr("登记为 {s}").format(s=code_label(h.to_label)),
                    h.note,
                    h.actor,
                )
                for h in self.history
            ],
        )

    def _show_sittings(self) -> None:
        fill_table(
            self.sitting_table,
            [
                (
                    s.exam_date.isoformat(),
                    f"{s.start_time:%H:%M}–{s.end_time:%H:%M}",
                    s.course_name,
                    s.place,
                    s.note,
                )
                for s in self.sittings
            ],
        )

    # --- acting --------------------------------------------------------------------------

    def _act(self, action: object) -> None:
        enrolment_id = self.enrolment_id()
        if enrolment_id is not None:
            action(self, self._ctx, enrolment_id)  # type: ignore[operator]

    def _on_data_changed(self, area: str) -> None:
        if area in (signals.STUDY, signals.LEARNERS):
            self._load_learner(None)
