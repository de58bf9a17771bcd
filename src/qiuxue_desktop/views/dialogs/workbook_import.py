"""Importing a workbook in the window, whatever it holds (a roster, a college's transcript):
choose a file → read it on the file worker and compare it with the database on the database
worker (a dry run: counts, the rows that change, the rows with problems and a report button)
→ confirm → a backup, then one write transaction with progress and cancel. Nothing is written
when the workbook has problems, when it is cancelled, or when it fails.

A subclass says what the workbook is: how to read it, compare it, import it, and how its
preview reads (see the hooks below); ImportDialog (rosters) and TranscriptDialog are two."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

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
from sqlalchemy.orm import Session

from qiuxue_desktop.progress import Progress
from qiuxue_desktop.views.code_labels import QT_TRANSLATE_NOOP
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.error_box import message_box
from qiuxue_desktop.views.progress_dialog import ProgressDialog, run_with_progress
from qiuxue_desktop.views.settings_store import last_folder, remember_folder

WORKBOOK_FILTER = QT_TRANSLATE_NOOP("WorkbookImportDialog", "Excel 工作簿 (*.xlsx *.xlsm);;所有文件 (*)")
MAX_LISTED = 2000  # rows shown in the preview tables; the report holds them all


def _table(parent: QWidget, headers: Sequence[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
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


class WorkbookImportDialog(QDialog):
    # --- what a subclass says ------------------------------------------------------------
    # 花名册, 成绩单: in titles and messages (translated) and the report (as it is: the report is Chinese)
    what = QT_TRANSLATE_NOOP("WorkbookImportDialog", "工作簿")
    folder_key = "import"  # the remembered folder
    changes_tab = QT_TRANSLATE_NOOP("WorkbookImportDialog", "将更新的内容")
    area = ""  # the data-changed area announced after the import

    def change_headers(self) -> list[str]:
        """The columns of the table of what the import changes."""
        raise NotImplementedError

    @staticmethod
    def read(path: Path, progress: Progress) -> Any:
        """On the file worker: the workbook read and cleaned (its `issues` listed, not raised)."""
        raise NotImplementedError

    @staticmethod
    def compare(session: Session, enterprise_id: int, parsed: Any, progress: Progress) -> Any:
        """On the database worker, in a read session: what the import would do (a dry run)."""
        raise NotImplementedError

    @staticmethod
    def apply(session: Session, enterprise_id: int, parsed: Any, progress: Progress) -> Any:
        """On the database worker, in the write transaction: the import."""
        raise NotImplementedError

    @staticmethod
    def refusal_issues(exc: BaseException) -> list[Any] | None:
        """The issues of a refusal of this kind of workbook, None for any other error."""
        raise NotImplementedError

    def describe_preview(
        self, preview: Any, parsed: Any
    ) -> tuple[str, list[str], list[tuple[str, ...]], bool]:
        """(summary, notes, rows of the changes table, whether there is anything to import)."""
        raise NotImplementedError

    def done_text(self, result: Any) -> str:
        raise NotImplementedError

    # --- the dialog ----------------------------------------------------------------------

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入{what}").format(what=self.tr(self.what)))
        self._ctx = ctx
        self.parsed: Any = None
        self.preview: Any = None
        self.imported: Any = None
        self.issues: list[Any] = []  # what the report lists
        self._path: Path | None = None

        self.file_label = QLabel(
            self.tr("请选择要导入的{what}文件（.xlsx）。").format(what=self.tr(self.what)), self
        )
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
        self.changes = _table(self, self.change_headers(), "changes")
        self.tabs.addTab(self.problems, self.tr("问题"))
        self.tabs.addTab(self.changes, self.tr(self.changes_tab))

        self.choose_button = QPushButton(self.tr("选择文件…"), self)
        self.choose_button.clicked.connect(self.choose_file)
        self.report_button = QPushButton(self.tr("保存问题报告…"), self)
        self.report_button.setObjectName("saveReport")
        self.report_button.clicked.connect(lambda: self.save_report())
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
            self,
            self.tr("选择{what}").format(what=self.tr(self.what)),
            last_folder(self.folder_key),
            self.tr(WORKBOOK_FILTER),
        )
        if chosen:
            remember_folder(self.folder_key, chosen)
            self.load_file(Path(chosen))

    def load_file(self, path: Path) -> None:
        """Read the workbook on the file worker, then compare it with the database (dry run)."""
        self._path = path
        self.parsed = self.preview = None
        self.issues = []
        self._show_nothing()
        self.file_label.setText(self.tr("文件：{path}").format(path=str(path)))
        self._set_busy(True)
        progress = Progress()
        dialog = ProgressDialog(progress, self.tr("正在读取{what}").format(what=self.tr(self.what)), self)
        db, enterprise_id = self._ctx.database, self._ctx.enterprise
        read, compare = self.read, self.compare

        def compared_in_session(parsed: Any, progress: Progress) -> Any:
            with db.read() as session:  # a dry run only reads
                return compare(session, enterprise_id, parsed, progress)

        def failed(exc: BaseException) -> bool:
            dialog.finish()
            self._set_busy(False)
            return self._explain_failure(exc)

        def compared(preview: Any) -> None:
            dialog.finish()
            self._set_busy(False)
            self.preview = preview
            self._show_preview()

        def read_done(parsed: Any) -> None:
            self.parsed = parsed
            if parsed.issues:
                dialog.finish()
                self._set_busy(False)
                self._show_problems(parsed.issues)
                return
            self._ctx.runner.db(compared_in_session, parsed, progress, on_done=compared, on_error=failed)

        self._ctx.runner.files(read, path, progress, on_done=read_done, on_error=failed)

    def _explain_failure(self, exc: BaseException) -> bool:
        from qiuxue_desktop.errors import Cancelled

        issues = self.refusal_issues(exc)
        if issues is not None:
            self._show_problems(issues)
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

    def _show_problems(self, issues: list[Any]) -> None:
        self.issues = issues
        self.summary_label.setText(
            self.tr("{what}有 {n} 处问题，不能导入：没有写入任何数据。").format(
                what=self.tr(self.what), n=len(issues)
            )
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
        summary, notes, rows, can_import = self.describe_preview(self.preview, self.parsed)
        self.summary_label.setText(summary)
        self.note_label.setText("\n".join(notes))
        _fill(self.changes, rows[:MAX_LISTED])
        self.tabs.setVisible(bool(rows))
        self.tabs.setTabVisible(0, False)
        self.tabs.setTabVisible(1, True)
        self.tabs.setCurrentIndex(1)
        self.report_button.hide()
        self.import_button.setEnabled(can_import)

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
        parsed, target, what = self.parsed, path, self.what

        def work(_progress: Progress) -> None:
            from qiuxue_desktop.io.excel.report import write_report

            write_report(target, issues, source=source, roster=parsed, what=what)

        def done(_result: object) -> None:
            message_box(
                self, self.tr("报告已保存"), self.tr("问题报告已保存到\n{path}").format(path=str(target))
            )

        run_with_progress(self, self._ctx.runner, work, self.tr("正在保存报告"), on_done=done, files=True)

    def confirm(self) -> None:
        """Import for real: a backup first (when anything changed since the last), then one write
        transaction on the database worker, with progress and cancel."""
        parsed = self.parsed
        if parsed is None or self.preview is None:
            return
        db, enterprise_id, apply = self._ctx.database, self._ctx.enterprise, self.apply
        backing_up = self.tr("正在备份数据库")

        def work(progress: Progress) -> Any:
            from qiuxue_desktop.services.backups import backup_if_changed

            progress.set(label=backing_up)  # before every import, when something changed since the last
            backup_if_changed(db, "before-import")
            progress.check()
            with db.write() as session:
                return apply(session, enterprise_id, parsed, progress)

        def done(result: Any) -> None:
            self.imported = result
            if self.area:
                self._ctx.signals.changed.emit(self.area)
            message_box(self.parentWidget(), self.tr("导入完成"), self.done_text(result))
            self.accept()

        def failed(exc: BaseException) -> bool:
            self._set_busy(False)
            self.import_button.setEnabled(True)
            return self._explain_failure(exc)

        self._set_busy(True)
        run_with_progress(
            self,
            self._ctx.runner,
            work,
            self.tr("正在导入{what}").format(what=self.tr(self.what)),
            on_done=done,
            on_error=failed,
        )
