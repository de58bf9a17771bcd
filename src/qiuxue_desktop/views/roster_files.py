"""Writing roster workbooks from the window: the export (full ID numbers, logged)
and the empty template, each chosen with a save dialog and written off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from qiuxue_desktop.progress import Progress
from qiuxue_desktop.views.code_labels import QT_TRANSLATE_NOOP
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.error_box import message_box
from qiuxue_desktop.views.progress_dialog import run_with_progress
from qiuxue_desktop.views.settings_store import last_folder, remember_folder

XLSX_FILTER = QT_TRANSLATE_NOOP("roster_files", "Excel 工作簿 (*.xlsx)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("roster_files", text)


def _ask_path(parent: QWidget, title: str, key: str, suggested: str) -> Path | None:
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, title, str(Path(last_folder(key)) / suggested), _tr(XLSX_FILTER)
    )
    if not chosen:
        return None
    if not chosen.lower().endswith(".xlsx"):
        chosen += ".xlsx"
    remember_folder(key, chosen)
    return Path(chosen)


def export_roster(parent: QWidget, ctx: AppContext, path: Path | None = None) -> None:
    """Export every learner to a workbook in the template's layout (the export is logged)."""
    import datetime as dt

    if path is None:
        path = _ask_path(
            parent,
            QCoreApplication.translate("roster_files", "导出花名册"),
            "export",
            QCoreApplication.translate("roster_files", "花名册-{date}.xlsx").format(
                date=f"{dt.date.today():%Y%m%d}"
            ),
        )
        if path is None:
            return
    db, enterprise_id = ctx.database, ctx.enterprise

    def work(progress: Progress) -> int:
        from qiuxue_desktop.io.excel.roster_export import export_roster as export

        with db.write() as session:  # writes the export's entry in the event log
            return export(session, enterprise_id, path, progress)

    def done(count: int) -> None:
        message_box(
            parent,
            QCoreApplication.translate("roster_files", "导出完成"),
            QCoreApplication.translate("roster_files", "已导出 {n} 名学员到\n{path}").format(
                n=count, path=str(path)
            ),
        )

    run_with_progress(
        parent, ctx.runner, work, QCoreApplication.translate("roster_files", "正在导出花名册"), on_done=done
    )


def save_template(parent: QWidget, ctx: AppContext, path: Path | None = None) -> None:
    """Write the empty roster template (drop-down lists, an explanation sheet)."""
    if path is None:
        path = _ask_path(
            parent,
            QCoreApplication.translate("roster_files", "保存花名册模板"),
            "template",
            QCoreApplication.translate("roster_files", "学员花名册模板.xlsx"),
        )
        if path is None:
            return
    target = path

    def work(_progress: Progress) -> None:
        from qiuxue_desktop.io.excel.roster_template import write_template

        write_template(target)

    def done(_result: object) -> None:
        message_box(
            parent,
            QCoreApplication.translate("roster_files", "模板已保存"),
            QCoreApplication.translate("roster_files", "花名册模板已保存到\n{path}").format(path=str(target)),
        )

    run_with_progress(
        parent,
        ctx.runner,
        work,
        QCoreApplication.translate("roster_files", "正在写出模板"),
        on_done=done,
        files=True,
        cancellable=False,
    )
