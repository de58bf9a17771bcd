"""统计报表: the annual statistics report for the union and the education bureau — pick the year
and the kind of file (an Excel workbook or a PDF), save it where you like. The years offered run
from the first payment or graduation to this year; the report is made and written on the
database worker in one unit of work that records the export (io/excel/statistics.py,
io/pdf/statistics_report.py). cli.md lists no report command: the window is the way in.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.error_box import show_error
from qiuxue_desktop.views.settings_store import last_folder, remember_folder

if TYPE_CHECKING:
    from qiuxue_desktop.db.engine import Database
    from qiuxue_desktop.services.statistics import AnnualStatistics

FOLDER_KEY = "statistics"
SUFFIXES = {"xlsx": ".xlsx", "pdf": ".pdf"}


def make_report(db: Database, enterprise_id: int, year: int, kind: str, path: Path) -> AnnualStatistics:
    """On the database worker: the report written to `path`, the export recorded."""
    from qiuxue_desktop.io.excel.statistics import export_statistics_xlsx
    from qiuxue_desktop.io.pdf.statistics_report import export_statistics_pdf

    export = export_statistics_xlsx if kind == "xlsx" else export_statistics_pdf
    with db.write() as session:
        return export(session, enterprise_id, year, path)


class ReportDialog(QDialog):
    saved = Signal(str)  # the path written

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.setWindowTitle(self.tr("年度统计报表"))
        self._ctx = ctx
        intro = QLabel(
            self.tr(
                "给上级工会和教育局的年度统计：资助人数和金额（按经费来源、层次、学习形式、部门）、"
                "毕业人数，附图表。金额按支付日期统计。"
            ),
            self,
        )
        intro.setWordWrap(True)
        self.year_combo = QComboBox(self)
        self.year_combo.setObjectName("reportYear")
        self.xlsx_radio = QRadioButton(self.tr("Excel 工作簿（每张表一个工作表，含图表）"), self)
        self.xlsx_radio.setObjectName("reportXlsx")
        self.pdf_radio = QRadioButton(self.tr("PDF（A4，可直接打印）"), self)
        self.pdf_radio.setObjectName("reportPdf")
        self.xlsx_radio.setChecked(True)
        kinds = QVBoxLayout()
        kinds.addWidget(self.xlsx_radio)
        kinds.addWidget(self.pdf_radio)
        self.status = QLabel(self)
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("保存为…"), self)
        self.save_button.setObjectName("reportSave")
        self.save_button.setDefault(True)
        self.save_button.setEnabled(False)
        close = QPushButton(self.tr("关闭"), self)
        close.clicked.connect(self.reject)
        self.save_button.clicked.connect(lambda: self.choose_file())
        form = QFormLayout()
        form.addRow(self.tr("统计年度"), self.year_combo)
        form.addRow(self.tr("文件类型"), kinds)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(460, self.sizeHint().height())

        db, enterprise_id = ctx.database, ctx.enterprise

        def read() -> list[int]:
            from qiuxue_desktop.services.statistics import statistics_years

            with db.read() as session:
                return statistics_years(session, enterprise_id)

        ctx.runner.db(read, on_done=self._show_years, quiet=True)

    def _show_years(self, years: list[int]) -> None:
        self.year_combo.clear()
        for year in years:
            self.year_combo.addItem(self.tr("{y}年").format(y=year), year)
        # In the first months of a year the report asked for is last year's.
        self.year_combo.setCurrentIndex(1 if len(years) > 1 else 0)
        self.save_button.setEnabled(bool(years))

    @property
    def year(self) -> int:
        return int(self.year_combo.currentData())

    @property
    def kind(self) -> str:
        return "pdf" if self.pdf_radio.isChecked() else "xlsx"

    def choose_file(self) -> None:
        suffix = SUFFIXES[self.kind]
        kinds = {"xlsx": self.tr("Excel 工作簿 (*.xlsx)"), "pdf": self.tr("PDF 文件 (*.pdf)")}
        suggested = Path(last_folder(FOLDER_KEY)) / self.tr("{year}年度求学圆梦行动统计报表{suffix}").format(
            year=self.year, suffix=suffix
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("保存统计报表"), str(suggested), kinds[self.kind]
        )
        if not chosen:
            return
        remember_folder(FOLDER_KEY, chosen)
        self.save_to(Path(chosen if chosen.lower().endswith(suffix) else chosen + suffix))

    def save_to(self, path: Path) -> None:
        """Make the report of the chosen year and kind and write it to `path` (on the worker)."""
        year, kind = self.year, self.kind
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("正在生成{y}年的统计报表……").format(y=year))

        def done(report: AnnualStatistics) -> None:
            self.save_button.setEnabled(True)
            self.status.setText(
                self.tr("已保存：{path}\n资助 {n} 人，毕业 {g} 人。").format(
                    path=str(path), n=report.learners, g=report.graduates
                )
            )
            self.saved.emit(str(path))

        def failed(exc: BaseException) -> bool:
            self.save_button.setEnabled(True)
            self.status.setText("")
            show_error(self, exc)
            return True

        self._ctx.runner.db(
            make_report,
            self._ctx.database,
            self._ctx.enterprise,
            year,
            kind,
            path,
            on_done=done,
            on_error=failed,
        )
