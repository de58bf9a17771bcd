"""Importing a roster in the window: choose a file → read and preview on the workers
(new / changed / unchanged, new departments, the changed fields, the rows with
problems) → confirm → one write transaction with progress and cancel. Nothing is
written when the roster has problems, when it is cancelled, or when it fails."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from qiuxue_desktop.progress import Progress
from qiuxue_desktop.views import signals
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.error_box import message_box
from qiuxue_desktop.views.progress_dialog import ProgressDialog, run_with_progress
from qiuxue_desktop.views.settings_store import last_folder, remember_folder

if TYPE_CHECKING:
    from qiuxue_desktop.io.excel.roster_import import ImportIssue, ImportResult, ParsedRoster

ROSTER_FILTER = "Excel 工作簿 (*.xlsx *.xlsm);;所有文件 (*)"
MAX_LISTED = 2000  # rows shown in the preview tables; the report holds them all


def _table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def _fill(table: QTableWidget, rows: Sequence[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))
    table.resizeColumnsToContents()


class ImportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("导入花名册"))
        self._ctx = ctx
        self.parsed: ParsedRoster | None = None
        self.preview: ImportResult | None = None
        self.imported: ImportResult | None = None
        self.issues: list[ImportIssue] = []  # what the report lists
        self._path: Path | None = None

        self.file_label = QLabel(self.tr("请选择要导入的花名册文件（.xlsx）。"), self)
        self.file_label.setWordWrap(True)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("importSummary")
        self.summary_label.setStyleSheet("font-size: 15px;")
        self.summary_label.setWordWrap(True)
        self.note_label = QLabel(self)
        self.note_label.setObjectName("importNote")
        self.note_label.setWordWrap(True)

        self.tabs = QTabWidget(self)
        self.problems = _table(
            self, [self.tr("工作表"), self.tr("行"), self.tr("列"), self.tr("问题")], "problems"
        )
        self.changes = _table(
            self,
            [
                self.tr("行"),
                self.tr("姓名"),
                self.tr("身份证号"),
                self.tr("项目"),
                self.tr("原值"),
                self.tr("新值"),
            ],
            "changes",
        )
        self.tabs.addTab(self.problems, self.tr("问题"))
        self.tabs.addTab(self.changes, self.tr("将更新的内容"))

        self.choose_button = QPushButton(self.tr("选择文件…"), self)
        self.choose_button.clicked.connect(self.choose_file)
        self.report_button = QPushButton(self.tr("保存问题报告…"), self)
        self.report_button.setObjectName("saveReport")
        self.report_button.clicked.connect(self.save_report)
        self.import_button = QPushButton(self.tr("确认导入"), self)
        self.import_button.setObjectName("confirmImport")
        self.import_button.clicked.connect(self.confirm)
        self.close_button = QPushButton(self.tr("关闭"), self)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.note_label)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.resize(900, 560)
        self._show_nothing()

    # --- choosing and reading the file ---------------------------------------------------

    def _show_nothing(self) -> None:
        self.summary_label.clear()
        self.note_label.clear()
        self.tabs.hide()
        self.report_button.hide()
        self.import_button.setEnabled(False)

    def choose_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("选择花名册"), last_folder("import"), self.tr(ROSTER_FILTER)
        )
        if chosen:
            remember_folder("import", chosen)
            self.load_file(Path(chosen))

    def load_file(self, path: Path) -> None:
        """Read the roster on the file worker, then compare it with the database (dry run)."""
        self._path = path
        self.parsed = self.preview = None
        self.issues = []
        self._show_nothing()
        self.file_label.setText(self.tr("文件：{path}").format(path=str(path)))
        self._set_busy(True)
        progress = Progress()
        dialog = ProgressDialog(progress, self.tr("正在读取花名册"), self)
        db, enterprise_id = self._ctx.database, self._ctx.enterprise

        def read(progress: Progress) -> ParsedRoster:
            from qiuxue_desktop.io.excel.roster_import import read_roster

            return read_roster(path, progress)

        def compare(parsed: ParsedRoster, progress: Progress) -> ImportResult:
            from qiuxue_desktop.io.excel.roster_import import import_roster

            with db.read() as session:  # a dry run only reads
                return import_roster(session, enterprise_id, parsed, dry_run=True, progress=progress)

        def failed(exc: BaseException) -> bool:
            dialog.finish()
            self._set_busy(False)
            return self._explain_failure(exc)

        def compared(preview: ImportResult) -> None:
            dialog.finish()
            self._set_busy(False)
            self.preview = preview
            self._show_preview()

        def read_done(parsed: ParsedRoster) -> None:
            self.parsed = parsed
            if parsed.issues:
                dialog.finish()
                self._set_busy(False)
                self._show_problems(parsed.issues)
                return
            self._ctx.runner.db(compare, parsed, progress, on_done=compared, on_error=failed)

        self._ctx.runner.files(read, progress, on_done=read_done, on_error=failed)

    def _explain_failure(self, exc: BaseException) -> bool:
        from qiuxue_desktop.errors import Cancelled
        from qiuxue_desktop.io.excel.roster_import import RosterRejected

        if isinstance(exc, RosterRejected):
            self._show_problems(exc.issues)
            return True
        if isinstance(exc, Cancelled):
            self.summary_label.setText(self.tr("已取消，没有导入任何数据。"))
            return True
        return False

    def reject(self) -> None:
        if self.close_button.isEnabled():  # not while a worker reads or writes for it
            super().reject()

    def _set_busy(self, busy: bool) -> None:
        for button in (self.choose_button, self.report_button, self.close_button):
            button.setEnabled(not busy)
        self.import_button.setEnabled(False)

    # --- the preview ---------------------------------------------------------------------

    def _show_problems(self, issues: list[ImportIssue]) -> None:
        self.issues = issues
        self.summary_label.setText(
            self.tr("花名册有 {n} 处问题，不能导入：没有写入任何数据。").format(n=len(issues))
        )
        self.note_label.setText(
            self.tr("请在 Excel 中改正下面列出的单元格后重新导入；可以把问题保存成报告。")
        )
        rows = [
            (i.sheet, "" if i.row is None else str(i.row), i.column or "", i.message)
            for i in issues[:MAX_LISTED]
        ]
        _fill(self.problems, rows)
        self.tabs.show()
        self.tabs.setTabVisible(0, True)
        self.tabs.setTabVisible(1, False)
        self.tabs.setCurrentIndex(0)
        self.report_button.show()
        self.import_button.setEnabled(False)

    def _show_preview(self) -> None:
        preview, parsed = self.preview, self.parsed
        assert preview is not None and parsed is not None
        self.summary_label.setText(
            self.tr("新增 {added} 人，更新 {updated} 人，不变 {unchanged} 人").format(
                added=preview.added, updated=preview.updated, unchanged=preview.unchanged
            )
        )
        notes = [
            self.tr("工作表“{sheet}”，表头在第 {row} 行，共 {n} 行学员。").format(
                sheet=parsed.sheet, row=parsed.header_row, n=len(parsed.rows)
            )
        ]
        if preview.new_departments:
            notes.append(self.tr("将新建部门：{names}").format(names="、".join(preview.new_departments)))
        if preview.added + preview.updated == 0:
            notes.append(self.tr("花名册与现有学员完全一致，没有需要导入的内容。"))
        self.note_label.setText("\n".join(notes))
        rows: list[tuple[str, ...]] = []
        for change in preview.changed:
            for c in change.changes:
                rows.append((str(change.row), change.name, change.id_masked, c.label, c.old, c.new))
                if len(rows) >= MAX_LISTED:
                    break
        _fill(self.changes, rows)
        self.tabs.setVisible(bool(rows))
        self.tabs.setTabVisible(0, False)
        self.tabs.setTabVisible(1, True)
        self.tabs.setCurrentIndex(1)
        self.report_button.hide()
        self.import_button.setEnabled(preview.added + preview.updated > 0)

    # --- the report and the import -------------------------------------------------------

    def save_report(self, path: Path | None = None) -> None:
        issues = list(self.issues)
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("保存问题报告"), last_folder("report"), self.tr("Excel 工作簿 (*.xlsx)")
            )
            if not chosen:
                return
            remember_folder("report", chosen)
            path = Path(chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx")
        source = self._path.name if self._path is not None else ""
        roster, target = self.parsed, path

        def work(_progress: Progress) -> None:
            from qiuxue_desktop.io.excel.report import write_report

            write_report(target, issues, source=source, roster=roster)

        def done(_result: object) -> None:
            message_box(
                self, self.tr("报告已保存"), self.tr("问题报告已保存到\n{path}").format(path=str(target))
            )

        run_with_progress(self, self._ctx.runner, work, self.tr("正在保存报告"), on_done=done, files=True)

    def confirm(self) -> None:
        """Import for real: one write transaction on the database worker, with progress and cancel."""
        parsed = self.parsed
        if parsed is None or self.preview is None:
            return
        db, enterprise_id = self._ctx.database, self._ctx.enterprise

        def work(progress: Progress) -> ImportResult:
            from qiuxue_desktop.io.excel.roster_import import import_roster

            with db.write() as session:
                return import_roster(session, enterprise_id, parsed, progress=progress)

        def done(result: ImportResult) -> None:
            self.imported = result
            self._ctx.signals.changed.emit(signals.LEARNERS)
            message_box(
                self.parentWidget(),
                self.tr("导入完成"),
                self.tr("已导入：新增 {added} 人，更新 {updated} 人。").format(
                    added=result.added, updated=result.updated
                ),
            )
            self.accept()

        def failed(exc: BaseException) -> bool:
            self._set_busy(False)
            self.import_button.setEnabled(True)
            return self._explain_failure(exc)

        self._set_busy(True)
        run_with_progress(
            self, self._ctx.runner, work, self.tr("正在导入花名册"), on_done=done, on_error=failed
        )
