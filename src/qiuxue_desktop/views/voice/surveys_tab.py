"""满意度调查: the terms' surveys on the left; on the right the chosen survey's results by question,
department, programme, institution or term — answer sheets and the mean per row, a painted chart
with the warning line, the warnings, the free-text answers — and what the office does: set a
survey, type in paper sheets, import an online tool's export, print the paper form, export the
term report (Excel or PDF). Reads run on the database worker; no name is ever shown."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qiuxue_desktop.views.code_labels import code_label
from qiuxue_desktop.views.error_box import message_box, show_error
from qiuxue_desktop.views.voice.chart import MeansChart

if TYPE_CHECKING:
    from qiuxue_desktop.db.engine import Database
    from qiuxue_desktop.services.survey_results import SurveyResults
    from qiuxue_desktop.services.surveys import SurveyInfo, SurveyRow
    from qiuxue_desktop.views.context import AppContext

VOICE = "voice"
LOW = QColor("#C0504D")


def read_all(
    db: Database, enterprise_id: int, keep: int | None, dimension: str
) -> tuple[list[SurveyRow], SurveyResults | None]:
    """The surveys and the results of the one shown (`keep`, else the latest) in one task."""
    from qiuxue_desktop.services.survey_results import survey_results
    from qiuxue_desktop.services.surveys import list_surveys

    with db.read() as s:
        rows = list_surveys(s, enterprise_id)
        chosen = next((r.id for r in rows if r.id == keep), rows[0].id if rows else None)
        return rows, survey_results(s, chosen, dimension) if chosen is not None else None


def read_results(db: Database, survey_id: int, dimension: str) -> SurveyResults:
    from qiuxue_desktop.services.survey_results import survey_results

    with db.read() as s:
        return survey_results(s, survey_id, dimension)


def read_survey(db: Database, survey_id: int, enterprise_id: int) -> tuple[SurveyInfo, Any]:
    from qiuxue_desktop.services.surveys import group_choices, survey_info

    with db.read() as s:
        return survey_info(s, survey_id), group_choices(s, enterprise_id)


def default_term(today: dt.date | None = None) -> str:
    from qiuxue_desktop.domain.terms import term_index, term_label

    return term_label(term_index(today or dt.date.today()))


class SurveysTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        from qiuxue_desktop.services.survey_results import DIMENSIONS

        super().__init__(parent)
        self.setObjectName("surveysTab")
        self._ctx = ctx
        self.surveys: list[SurveyRow] = []
        self.results: SurveyResults | None = None
        self.dialog: QWidget | None = None  # the last dialog opened (tests look at it)

        self.survey_list = QListWidget(self)
        self.survey_list.setObjectName("surveyList")
        self.survey_list.setMaximumWidth(230)
        self.new_button = QPushButton(self.tr("新建问卷…"), self)
        self.edit_button = QPushButton(self.tr("修改问卷…"), self)
        self.entry_button = QPushButton(self.tr("录入纸质答卷…"), self)
        self.entry_button.setObjectName("enterSheets")
        self.import_button = QPushButton(self.tr("导入在线问卷…"), self)
        self.import_button.setObjectName("importSurvey")
        self.print_button = QPushButton(self.tr("打印纸质问卷"), self)
        self.print_button.setObjectName("printQuestionnaire")
        self.xlsx_button = QPushButton(self.tr("报告（Excel）…"), self)
        self.pdf_button = QPushButton(self.tr("报告（PDF）…"), self)
        self.pdf_button.setObjectName("surveyReportPdf")

        self.dimension = QComboBox(self)
        self.dimension.setObjectName("surveyDimension")
        for key, label in DIMENSIONS.items():
            self.dimension.addItem(code_label(label), key)
        self.summary = QLabel(self)
        self.summary.setObjectName("surveySummary")
        self.summary.setWordWrap(True)
        self.warnings = QLabel(self)
        self.warnings.setObjectName("surveyWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #B3191E;")
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("surveyResults")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.chart = MeansChart(self)
        chart_area = QScrollArea(self)
        chart_area.setWidgetResizable(True)
        chart_area.setWidget(self.chart)
        chart_area.setMinimumHeight(90)
        self.texts = QPlainTextEdit(self)
        self.texts.setObjectName("surveyTexts")
        self.texts.setReadOnly(True)
        self.texts.setMaximumHeight(120)

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("各学期问卷"), self))
        left.addWidget(self.survey_list, 1)
        for b in (self.new_button, self.edit_button, self.xlsx_button, self.pdf_button):
            left.addWidget(b)
        left_box = QWidget(self)
        left_box.setLayout(left)
        top = QHBoxLayout()
        top.addWidget(self.dimension)
        top.addWidget(self.summary, 1)
        actions = QHBoxLayout()
        for b in (self.entry_button, self.import_button, self.print_button):
            actions.addWidget(b)
        actions.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(top)
        right.addWidget(self.warnings)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(chart_area)
        splitter.addWidget(self.texts)
        splitter.setSizes([260, 260, 110])
        right.addWidget(splitter, 1)
        right.addLayout(actions)
        right_box = QWidget(self)
        right_box.setLayout(right)
        layout = QHBoxLayout(self)
        layout.addWidget(left_box)
        layout.addWidget(right_box, 1)

        self.survey_list.currentRowChanged.connect(lambda _r: self.load_results())
        self.dimension.currentIndexChanged.connect(lambda _i: self.load_results())
        self.new_button.clicked.connect(lambda: self.open_editor(None))
        self.edit_button.clicked.connect(lambda: self.open_editor(self.current_id()))
        self.entry_button.clicked.connect(self.open_entry)
        self.import_button.clicked.connect(self.open_import)
        self.print_button.clicked.connect(self.print_form)
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))

    # --- reading ---------------------------------------------------------------------------------

    def current_id(self) -> int | None:
        row = self.survey_list.currentRow()
        return self.surveys[row].id if 0 <= row < len(self.surveys) else None

    def load(self) -> None:
        if self._ctx.db is None or self._ctx.principal is None or self._ctx.enterprise_id is None:
            return
        self.apply_permissions()
        self._ctx.runner.db(
            read_all,
            self._ctx.database,
            self._ctx.enterprise,
            self.current_id(),
            str(self.dimension.currentData()),
            on_done=self._show_all,
            quiet=True,
        )

    def _show_all(self, found: tuple[list[SurveyRow], SurveyResults | None]) -> None:
        rows, results = found
        self._show_list(rows)
        if results is not None and results.survey.id == self.current_id():
            self._show_results(results)
        elif self.current_id() is None:
            self.load_results()  # shows that there is no survey yet (reads nothing)

    def _show_list(self, rows: list[SurveyRow]) -> None:
        keep = self.current_id()
        self.surveys = rows
        self.survey_list.blockSignals(True)
        self.survey_list.clear()
        for r in rows:
            tag = self.tr("匿名") if r.anonymous else self.tr("记名")
            item = QListWidgetItem(
                self.tr("{term}　{title}\n{tag}，{n} 份答卷").format(
                    term=r.term, title=r.title, tag=tag, n=r.responses
                )
            )
            self.survey_list.addItem(item)
        index = next((i for i, r in enumerate(rows) if r.id == keep), 0 if rows else -1)
        self.survey_list.setCurrentRow(index)
        self.survey_list.blockSignals(False)
        self._enable()

    def load_results(self) -> None:
        survey_id = self.current_id()
        if survey_id is None:
            self.results = None
            self.table.setRowCount(0)
            self.summary.setText(self.tr("还没有问卷：点“新建问卷…”为本学期设一份（可从默认题目开始）。"))
            self.warnings.clear()
            self.chart.set_rows([], self.chart.level)
            self.texts.clear()
            return
        dimension = str(self.dimension.currentData())
        self._ctx.runner.db(
            read_results, self._ctx.database, survey_id, dimension, on_done=self._show_results, quiet=True
        )

    def _show_results(self, r: SurveyResults) -> None:
        self.results = r
        mean = "—" if r.mean is None else f"{r.mean:.2f}"
        self.summary.setText(
            self.tr("{n} 份答卷，总体平均 {mean} 分（1–5分），预警线 {level} 分。{privacy}").format(
                n=r.sheets, mean=mean, level=r.warn_below, privacy=r.privacy_note()
            )
        )
        self.warnings.setText("\n".join(r.warnings))
        self.warnings.setVisible(bool(r.warnings))
        if r.dimension == "question":
            headers = [self.tr("题目"), self.tr("答卷数"), self.tr("平均分"), self.tr("各选项人数")]
            rows = [
                (
                    f"{q.position}. {q.text}",
                    str(q.answers),
                    "—" if q.mean is None else f"{q.mean:.2f}",
                    self.tr("，").join(f"{code_label(a)} {n}" for a, n in q.counts),  # scale words or options
                    q.below,
                )
                for q in r.questions
            ]
            chart = [(f"{q.position}. {q.text}", q.mean, q.below) for q in r.questions if q.kind == "scale"]
        else:
            headers = [self.tr("分组"), self.tr("答卷数"), self.tr("平均分"), self.tr("说明")]
            rows = [
                (
                    g.label,
                    str(g.sheets),
                    "—" if g.mean is None else f"{g.mean:.2f}",
                    self.tr("答卷太少，不单独显示") if g.mean is None and g.sheets else "",
                    g.below,
                )
                for g in r.groups
            ]
            chart = [(g.label, g.mean, g.below) for g in r.groups]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for i, (*values, below) in enumerate(rows):
            for j, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if j in (1, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if below and j == 2:
                    item.setForeground(LOW)
                self.table.setItem(i, j, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for j in (1, 2):
            header.setSectionResizeMode(j, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(3, 300)
        self.chart.set_rows(chart, r.warn_below)
        lines = []
        for t in r.free_texts:
            lines.append(
                self.tr("【第{n}题 {q}】{k} 条").format(n=t.position, q=t.question, k=len(t.answers))
            )
            lines += [f"· {a}" for a in t.answers]
        self.texts.setPlainText("\n".join(lines))

    def apply_permissions(self) -> None:
        from qiuxue_desktop.domain.permissions import Permission

        manage = self._ctx.may(Permission.MANAGE_SURVEYS)
        for b in (self.new_button, self.edit_button, self.entry_button, self.import_button):
            b.setVisible(manage)
        printing = self._ctx.may(Permission.PRINT_LISTS)
        for b in (self.print_button, self.xlsx_button, self.pdf_button):
            b.setVisible(printing)

    def _enable(self) -> None:
        has = self.current_id() is not None
        for b in (
            self.edit_button,
            self.entry_button,
            self.import_button,
            self.print_button,
            self.xlsx_button,
            self.pdf_button,
        ):
            b.setEnabled(has)

    def _failed(self, exc: BaseException) -> bool:
        from qiuxue_desktop.errors import Cancelled

        if not isinstance(exc, Cancelled):
            show_error(self, exc)
        return True

    def _changed(self, _result: object = None) -> None:
        self._ctx.signals.changed.emit(VOICE)

    # --- acting ----------------------------------------------------------------------------------

    def open_editor(self, survey_id: int | None) -> None:
        from qiuxue_desktop.views.dialogs.survey_editor import SurveyEditor

        def show(found: tuple[SurveyInfo, Any] | None) -> None:
            info = found[0] if found else None
            dialog = SurveyEditor(default_term(), info, self)
            self.dialog = dialog
            dialog.accepted.connect(lambda: self._save(dialog))
            dialog.open()

        if survey_id is None:
            show(None)
        else:
            self._ctx.runner.db(
                read_survey,
                self._ctx.database,
                survey_id,
                self._ctx.enterprise,
                on_done=show,
                on_error=self._failed,
            )

    def _save(self, dialog: Any) -> None:
        db, enterprise_id = self._ctx.database, self._ctx.enterprise
        info = dialog.info
        values = dict(
            title=dialog.title_edit.text(),
            intro=dialog.intro.toPlainText(),
            anonymous=dialog.anonymous.isChecked(),
            warn_below=dialog.warn_below(),
            min_group=dialog.min_group.value(),
        )
        questions = dialog.questions() if dialog.table.isEnabled() else None
        term = dialog.term.text().strip()

        def work() -> None:
            from qiuxue_desktop.services.surveys import create_survey, update_survey

            with db.write() as s:
                if info is None:
                    create_survey(s, enterprise_id, term=term, questions=questions or (), **values)
                else:
                    update_survey(s, info.id, questions=questions, expected_version=info.version, **values)

        self._ctx.runner.db(work, on_done=self._changed, on_error=self._failed)

    def open_entry(self) -> None:
        from qiuxue_desktop.views.dialogs.survey_entry import SurveyEntryDialog

        survey_id = self.current_id()
        if survey_id is None:
            return

        def show(found: tuple[SurveyInfo, Any]) -> None:
            dialog = SurveyEntryDialog(self._ctx, found[0], found[1], self)
            self.dialog = dialog
            dialog.open()

        self._ctx.runner.db(
            read_survey,
            self._ctx.database,
            survey_id,
            self._ctx.enterprise,
            on_done=show,
            on_error=self._failed,
        )

    def open_import(self) -> None:
        from qiuxue_desktop.views.dialogs.survey_import import SurveyImportDialog

        survey_id = self.current_id()
        if survey_id is None:
            return

        def show(found: tuple[SurveyInfo, Any]) -> None:
            dialog = SurveyImportDialog(self._ctx, found[0], self)
            self.dialog = dialog
            dialog.open()

        self._ctx.runner.db(
            read_survey,
            self._ctx.database,
            survey_id,
            self._ctx.enterprise,
            on_done=show,
            on_error=self._failed,
        )

    def print_form(self) -> None:
        survey_id = self.current_id()
        if survey_id is None:
            return
        db = self._ctx.database

        def work() -> Any:
            from qiuxue_desktop.io.pdf.questionnaire import questionnaire_document

            with db.write() as s:
                return questionnaire_document(s, survey_id)

        def done(document: Any) -> None:
            from qiuxue_desktop.views.print_actions import show_document

            self.dialog = show_document(self, self._ctx, document)

        self._ctx.runner.db(work, on_done=done, on_error=self._failed)

    def export(self, kind: str, path: Path | None = None) -> None:
        from qiuxue_desktop.views.settings_store import last_folder, remember_folder

        survey_id = self.current_id()
        if survey_id is None:
            return
        if path is None:
            pattern = self.tr("Excel 工作簿 (*.xlsx)") if kind == "xlsx" else self.tr("PDF 文件 (*.pdf)")
            chosen, _f = QFileDialog.getSaveFileName(
                self, self.tr("保存满意度调查报告"), last_folder("report"), pattern
            )
            if not chosen:
                return
            remember_folder("report", chosen)
            path = Path(chosen if chosen.lower().endswith(f".{kind}") else f"{chosen}.{kind}")
        db, target = self._ctx.database, path

        def work() -> None:
            if kind == "xlsx":
                from qiuxue_desktop.io.excel.survey_report import export_survey_xlsx as export
            else:
                from qiuxue_desktop.io.pdf.survey_report import export_survey_pdf as export
            with db.write() as s:
                export(s, survey_id, target)

        def done(_r: object) -> None:
            message_box(
                self,
                self.tr("报告已保存"),
                self.tr("满意度调查报告已保存到\n{path}").format(path=str(target)),
            )

        self._ctx.runner.db(work, on_done=done, on_error=self._failed)
