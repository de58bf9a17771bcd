"""考试日历: the learners with exams in a chosen period, by date and department, so that a
workshop head can plan shifts around them — exported to an xlsx workbook (io/excel) or put
on paper through Qt (print, print preview, PDF). Every export and print is recorded."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.views import signals
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.error_box import message_box
from qiuxue_desktop.views.exam_calendar_print import weekday
from qiuxue_desktop.views.settings_store import last_folder, remember_folder
from qiuxue_desktop.views.study_common import fill_table, qdate, read_only_table
from qiuxue_desktop.views.widgets.field_grid import date_edit

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from qiuxue_desktop.services.exams import CalendarRow

PERIODS = ("next_7", "this_week", "next_week", "this_month", "next_month", "next_30", "custom")


def period_dates(key: str, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """The days a period choice covers (None: the dates as the user set them)."""
    monday = today - dt.timedelta(days=today.weekday())
    first = today.replace(day=1)
    next_first = (first + dt.timedelta(days=32)).replace(day=1)
    after_next = (next_first + dt.timedelta(days=32)).replace(day=1)
    return {
        "next_7": (today, today + dt.timedelta(days=6)),
        "this_week": (monday, monday + dt.timedelta(days=6)),
        "next_week": (monday + dt.timedelta(days=7), monday + dt.timedelta(days=13)),
        "this_month": (first, next_first - dt.timedelta(days=1)),
        "next_month": (next_first, after_next - dt.timedelta(days=1)),
        "next_30": (today, today + dt.timedelta(days=29)),
    }.get(key)


class ExamCalendarView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("examCalendarView")
        self._ctx = ctx
        self.rows: list[CalendarRow] = []
        self._enterprise_name = ""
        labels = {
            "next_7": self.tr("今后7天"),
            "this_week": self.tr("本周"),
            "next_week": self.tr("下周"),
            "this_month": self.tr("本月"),
            "next_month": self.tr("下月"),
            "next_30": self.tr("今后30天"),
            "custom": self.tr("自定义"),
        }
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("calendarPeriod")
        for key in PERIODS:
            self.period_combo.addItem(labels[key], key)
        self.start_edit = date_edit(self, latest_today=False)
        self.start_edit.setObjectName("calendarStart")
        self.end_edit = date_edit(self, latest_today=False)
        self.end_edit.setObjectName("calendarEnd")
        self.department_combo = QComboBox(self)
        self.department_combo.setObjectName("calendarDepartment")
        self.department_combo.setMinimumContentsLength(8)
        self.summary = QLabel(self)
        self.summary.setObjectName("calendarSummary")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("时间"), self))
        bar.addWidget(self.period_combo)
        bar.addWidget(self.start_edit)
        bar.addWidget(QLabel(self.tr("至"), self))
        bar.addWidget(self.end_edit)
        bar.addWidget(QLabel(self.tr("部门"), self))
        bar.addWidget(self.department_combo)
        bar.addWidget(self.summary, 1)

        self.table = read_only_table(
            self,
            [
                self.tr("日期"),
                self.tr("星期"),
                self.tr("时间"),
                self.tr("部门"),
                self.tr("姓名"),
                self.tr("工号"),
                self.tr("岗位"),
                self.tr("院校"),
                self.tr("课程"),
                self.tr("考试地点"),
            ],
            "calendarTable",
        )
        for col, width in enumerate((90, 60, 100, 90, 80, 80, 50, 160, 180)):
            self.table.setColumnWidth(col, width)
        self.export_button = QPushButton(self.tr("导出 Excel…"), self)
        self.export_button.setObjectName("exportCalendar")
        self.preview_button = QPushButton(self.tr("打印预览…"), self)
        self.preview_button.setObjectName("previewCalendar")
        self.print_button = QPushButton(self.tr("打印…"), self)
        self.print_button.setObjectName("printCalendar")
        self.pdf_button = QPushButton(self.tr("导出 PDF…"), self)
        self.pdf_button.setObjectName("pdfCalendar")
        self.output_buttons = (self.export_button, self.preview_button, self.print_button, self.pdf_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in self.output_buttons:
            buttons.addWidget(button)
        self.apply_permissions()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.export_button.clicked.connect(lambda: self.export_xlsx())
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_calendar)
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        self._reload_departments()
        self._period_chosen()
        self.period_combo.currentIndexChanged.connect(lambda _i: self._period_chosen())
        self.start_edit.dateChanged.connect(lambda _d: self._dates_edited())
        self.end_edit.dateChanged.connect(lambda _d: self._dates_edited())
        self.department_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        ctx.signals.changed.connect(self._on_data_changed)
        self._shown = False  # the calendar is read when its tab is first shown

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            self.refresh()

    def apply_permissions(self) -> None:
        """Export and print only for a role that may print lists (the services refuse anyway)."""
        for button in self.output_buttons:
            button.setVisible(self._ctx.may(Permission.PRINT_LISTS))

    # --- the period and the rows ---------------------------------------------------------

    def period(self) -> tuple[dt.date, dt.date]:
        start: dt.date = self.start_edit.date().toPython()  # type: ignore[assignment]
        end: dt.date = self.end_edit.date().toPython()  # type: ignore[assignment]
        return start, end

    def set_period(self, start: dt.date, end: dt.date) -> None:
        self._shown = True
        self.period_combo.setCurrentIndex(self.period_combo.findData("custom"))
        for edit, day in ((self.start_edit, start), (self.end_edit, end)):
            edit.blockSignals(True)
            edit.setDate(qdate(day))
            edit.blockSignals(False)
        self.refresh()

    def _period_chosen(self) -> None:
        dates = period_dates(self.period_combo.currentData(), dt.date.today())
        if dates is None:
            return
        for edit, day in zip((self.start_edit, self.end_edit), dates, strict=True):
            edit.blockSignals(True)
            edit.setDate(qdate(day))
            edit.blockSignals(False)
        self.refresh()

    def _dates_edited(self) -> None:
        self.period_combo.blockSignals(True)
        self.period_combo.setCurrentIndex(self.period_combo.findData("custom"))
        self.period_combo.blockSignals(False)
        self.refresh()

    def _reload_departments(self) -> None:
        from qiuxue_desktop.services.enterprise import list_departments

        with self._ctx.database.read() as session:
            departments = list_departments(session, self._ctx.enterprise)
        keep = self.department_combo.currentData()
        self.department_combo.blockSignals(True)
        self.department_combo.clear()
        self.department_combo.addItem(self.tr("全部部门"), None)
        for dept_id, name in departments:
            self.department_combo.addItem(name, dept_id)
        self.department_combo.setCurrentIndex(max(self.department_combo.findData(keep), 0))
        self.department_combo.blockSignals(False)

    def refresh(self) -> None:
        """Read the calendar of the chosen period on the database worker."""
        from qiuxue_desktop.services.exams import exam_calendar

        start, end = self.period()
        if end < start:
            self.summary.setText(self.tr("结束日期不能早于开始日期。"))
            return
        db, enterprise_id, department_id = (
            self._ctx.database,
            self._ctx.enterprise,
            self.department_combo.currentData(),
        )

        def read() -> list[CalendarRow]:
            with db.read() as session:
                return exam_calendar(
                    session, enterprise_id, start=start, end=end, department_id=department_id
                )

        self._ctx.runner.db(read, on_done=self._show, quiet=True)

    def _show(self, rows: list[CalendarRow]) -> None:
        self.rows = rows
        fill_table(
            self.table,
            [
                (
                    r.exam_date.isoformat(),
                    weekday(r.exam_date),
                    f"{r.start_time:%H:%M}–{r.end_time:%H:%M}",
                    r.department,
                    r.learner_name,
                    r.employee_no,
                    self.tr("一线") if r.post_category == "1" else self.tr("其他"),
                    r.institution_name,
                    r.course_name,
                    r.place,
                )
                for r in rows
            ],
        )
        if not rows:
            for col, width in enumerate((90, 60, 100, 90, 80, 80, 50, 160, 180)):
                self.table.setColumnWidth(col, width)
        learners = len({r.learner_id for r in rows})
        days = len({r.exam_date for r in rows})
        self.summary.setText(
            self.tr("{days} 天有考试，共 {n} 场、{m} 名学员").format(days=days, n=len(rows), m=learners)
        )

    def _on_data_changed(self, area: str) -> None:
        if area in (signals.STUDY, signals.LEARNERS) and self._shown:
            self._reload_departments()
            self.refresh()

    # --- export and printing -------------------------------------------------------------

    def _department_name(self) -> str:
        return self.department_combo.currentText() if self.department_combo.currentData() is not None else ""

    def export_xlsx(self, path: Path | None = None) -> None:
        """The calendar as a workbook (io/excel/exam_calendar.py), written on the database worker."""
        start, end = self.period()
        if path is None:
            suggested = Path(last_folder("calendar")) / self.tr("考试日历-{start}-{end}.xlsx").format(
                start=f"{start:%Y%m%d}", end=f"{end:%Y%m%d}"
            )
            chosen, _f = QFileDialog.getSaveFileName(
                self, self.tr("导出考试日历"), str(suggested), self.tr("Excel 工作簿 (*.xlsx)")
            )
            if not chosen:
                return
            remember_folder("calendar", chosen)
            path = Path(chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx")
        from qiuxue_desktop.io.excel.exam_calendar import export_exam_calendar

        db, enterprise_id, department_id, target = (
            self._ctx.database,
            self._ctx.enterprise,
            self.department_combo.currentData(),
            path,
        )

        def work() -> int:
            with db.write() as session:  # the export is recorded
                return export_exam_calendar(
                    session, enterprise_id, target, start=start, end=end, department_id=department_id
                )

        def done(n: int) -> None:
            message_box(
                self,
                self.tr("导出完成"),
                self.tr("已导出 {n} 场考试到\n{path}").format(n=n, path=str(target)),
            )

        self._ctx.runner.db(work, on_done=done)

    def _with_rows(self, how: str, then: object) -> None:
        """Read the rows for a print (recorded as `how`) on the worker, then call `then(rows)`."""
        from qiuxue_desktop.services.exams import print_exam_calendar

        start, end = self.period()
        db, enterprise_id, department_id = (
            self._ctx.database,
            self._ctx.enterprise,
            self.department_combo.currentData(),
        )

        def work() -> tuple[list[CalendarRow], str]:
            from qiuxue_desktop.services.enterprise import current_enterprise

            with db.write() as session:
                rows = print_exam_calendar(
                    session, enterprise_id, start=start, end=end, department_id=department_id, how=how
                )
                enterprise = current_enterprise(session)
            return rows, enterprise.name if enterprise is not None else ""

        def done(result: tuple[list[CalendarRow], str]) -> None:
            rows, self._enterprise_name = result
            then(rows)  # type: ignore[operator]

        self._ctx.runner.db(work, on_done=done)

    def _document(self, rows: list[CalendarRow]) -> object:
        from qiuxue_desktop.views.exam_calendar_print import calendar_document

        start, end = self.period()
        return calendar_document(
            rows,
            start=start,
            end=end,
            enterprise=self._enterprise_name,
            department=self._department_name(),
            font=self.font(),
        )

    def print_to(self, printer: QPrinter, rows: list[CalendarRow]) -> int:
        from qiuxue_desktop.views.exam_calendar_print import print_document

        return print_document(self._document(rows), printer)  # type: ignore[arg-type]

    def export_pdf(self, path: Path | None = None) -> None:
        """Print the calendar into a PDF file (Qt's PDF printer)."""
        from PySide6.QtPrintSupport import QPrinter

        from qiuxue_desktop.views.exam_calendar_print import setup_printer

        start, end = self.period()
        if path is None:
            suggested = Path(last_folder("calendar")) / self.tr("考试日历-{start}-{end}.pdf").format(
                start=f"{start:%Y%m%d}", end=f"{end:%Y%m%d}"
            )
            chosen, _f = QFileDialog.getSaveFileName(
                self, self.tr("导出考试日历 PDF"), str(suggested), self.tr("PDF 文件 (*.pdf)")
            )
            if not chosen:
                return
            remember_folder("calendar", chosen)
            path = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
        target = path

        def write(rows: list[CalendarRow]) -> None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(target))
            setup_printer(printer)
            pages = self.print_to(printer, rows)
            message_box(
                self,
                self.tr("导出完成"),
                self.tr("考试日历（{pages} 页）已保存到\n{path}").format(pages=pages, path=str(target)),
            )

        self._with_rows("PDF", write)

    def print_calendar(self) -> None:
        """Choose a printer, then print."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from qiuxue_desktop.views.exam_calendar_print import setup_printer

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        setup_printer(printer)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("calendarPrintDialog")

        def chosen() -> None:
            self._with_rows("打印", lambda rows: self.print_to(printer, rows))

        dialog.accepted.connect(chosen)
        dialog.show()
        self._print_dialog = (dialog, printer)

    def preview(self) -> None:
        """The calendar in Qt's print preview (printable from there)."""
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from qiuxue_desktop.views.exam_calendar_print import setup_printer

        def show(rows: list[CalendarRow]) -> None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            setup_printer(printer)
            dialog = QPrintPreviewDialog(printer, self)
            dialog.setObjectName("calendarPreview")
            dialog.setWindowTitle(self.tr("考试日历 — 打印预览"))
            dialog.paintRequested.connect(lambda p: self.print_to(p, rows))
            dialog.resize(1000, 720)
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()
            self.preview_dialog = dialog

        self._with_rows("打印预览", show)
