"""Importing a roster in the window: choose a file → read and preview on the workers
(new / changed / unchanged, new departments, the changed fields, the rows with
problems) → confirm → one write transaction with progress and cancel. Nothing is
written when the roster has problems, when it is cancelled, or when it fails.
The flow is WorkbookImportDialog's; this says what a roster is."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from qiuxue_desktop.progress import Progress
from qiuxue_desktop.views import signals
from qiuxue_desktop.views.code_labels import QT_TRANSLATE_NOOP, listed
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.dialogs.workbook_import import MAX_LISTED, WorkbookImportDialog

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from qiuxue_desktop.io.excel.roster_import import ImportIssue, ImportResult, ParsedRoster

__all__ = ["MAX_LISTED", "ImportDialog"]


class ImportDialog(WorkbookImportDialog):
    what = QT_TRANSLATE_NOOP("ImportDialog", "花名册")
    folder_key = "import"
    area = signals.LEARNERS

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("importDialog")

    def change_headers(self) -> list[str]:
        return [
            self.tr("行"),
            self.tr("姓名"),
            self.tr("身份证号"),
            self.tr("项目"),
            self.tr("原值"),
            self.tr("新值"),
        ]

    @staticmethod
    def read(path: Path, progress: Progress) -> ParsedRoster:
        from qiuxue_desktop.io.excel.roster_import import read_roster

        return read_roster(path, progress)

    @staticmethod
    def compare(
        session: Session, enterprise_id: int, parsed: ParsedRoster, progress: Progress
    ) -> ImportResult:
        from qiuxue_desktop.io.excel.roster_import import import_roster

        return import_roster(session, enterprise_id, parsed, dry_run=True, progress=progress)

    @staticmethod
    def apply(session: Session, enterprise_id: int, parsed: ParsedRoster, progress: Progress) -> ImportResult:
        from qiuxue_desktop.io.excel.roster_import import import_roster

        return import_roster(session, enterprise_id, parsed, progress=progress)

    @staticmethod
    def refusal_issues(exc: BaseException) -> list[ImportIssue] | None:
        from qiuxue_desktop.io.excel.roster_import import RosterRejected

        return exc.issues if isinstance(exc, RosterRejected) else None

    def describe_preview(
        self, preview: ImportResult, parsed: ParsedRoster
    ) -> tuple[str, list[str], list[tuple[str, ...]], bool]:
        summary = self.tr("新增 {added} 人，更新 {updated} 人，不变 {unchanged} 人").format(
            added=preview.added, updated=preview.updated, unchanged=preview.unchanged
        )
        notes = [
            self.tr("工作表“{sheet}”，表头在第 {row} 行，共 {n} 行学员。").format(
                sheet=parsed.sheet, row=parsed.header_row, n=len(parsed.rows)
            )
        ]
        if preview.new_departments:
            notes.append(self.tr("将新建部门：{names}").format(names=listed(preview.new_departments)))
        if preview.added + preview.updated == 0:
            notes.append(self.tr("花名册与现有学员完全一致，没有需要导入的内容。"))
        rows: list[tuple[str, ...]] = []
        for change in preview.changed:
            for c in change.changes:
                rows.append((str(change.row), change.name, change.id_masked, c.label, c.old, c.new))
                if len(rows) >= MAX_LISTED:
                    break
        return summary, notes, rows, preview.added + preview.updated > 0

    def done_text(self, result: ImportResult) -> str:
        return self.tr("已导入：新增 {added} 人，更新 {updated} 人。").format(
            added=result.added, updated=result.updated
        )
