"""Importing a college's transcript (成绩单) in the window: the workbook import's flow
(WorkbookImportDialog) for results — read and matched to enrolments and courses in a dry run
(new results, resits, rows already recorded, or every row that cannot be matched with its
sheet, row and column, and a report), then all or nothing in one write transaction."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from qiuxue_desktop.progress import Progress
from qiuxue_desktop.views import signals
from qiuxue_desktop.views.code_labels import QT_TRANSLATE_NOOP
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.dialogs.workbook_import import WorkbookImportDialog

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from qiuxue_desktop.io.excel.sheet_import import ImportIssue
    from qiuxue_desktop.io.excel.transcript_import import ParsedTranscript, TranscriptResult


class TranscriptDialog(WorkbookImportDialog):
    what = QT_TRANSLATE_NOOP("TranscriptDialog", "成绩单")
    folder_key = "transcript"
    area = signals.STUDY

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("transcriptDialog")
        self.file_label.setText(
            self.tr(
                "请选择院校的成绩单（.xlsx）：表头要有“姓名”“课程”“成绩”列和“学号”或“身份证号”列；"
                "可以有“学期”“考试日期”“补考”列。"
            )
        )

    def change_headers(self) -> list[str]:
        return [self.tr("项目"), self.tr("条数")]

    @staticmethod
    def read(path: Path, progress: Progress) -> ParsedTranscript:
        from qiuxue_desktop.io.excel.transcript_import import read_transcript

        return read_transcript(path, progress)

    @staticmethod
    def compare(
        session: Session, enterprise_id: int, parsed: ParsedTranscript, progress: Progress
    ) -> TranscriptResult:
        from qiuxue_desktop.io.excel.transcript_import import import_transcript

        return import_transcript(session, enterprise_id, parsed, dry_run=True, progress=progress)

    @staticmethod
    def apply(
        session: Session, enterprise_id: int, parsed: ParsedTranscript, progress: Progress
    ) -> TranscriptResult:
        from qiuxue_desktop.io.excel.transcript_import import import_transcript

        return import_transcript(session, enterprise_id, parsed, progress=progress)

    @staticmethod
    def refusal_issues(exc: BaseException) -> list[ImportIssue] | None:
        from qiuxue_desktop.io.excel.transcript_import import TranscriptRejected

        return exc.issues if isinstance(exc, TranscriptRejected) else None

    def describe_preview(
        self, preview: TranscriptResult, parsed: ParsedTranscript
    ) -> tuple[str, list[str], list[tuple[str, ...]], bool]:
        summary = self.tr("新增成绩 {added} 条，补考成绩 {resits} 条，已登记 {unchanged} 条").format(
            added=preview.added, resits=preview.resits, unchanged=preview.unchanged
        )
        notes = [
            self.tr(
                "工作表“{sheet}”，表头在第 {row} 行，共 {n} 行成绩；每一行都已对上学籍和教学计划中的课程。"
            ).format(sheet=parsed.sheet, row=parsed.header_row, n=len(parsed.rows))
        ]
        if preview.added + preview.resits == 0:
            notes.append(self.tr("成绩单中的成绩都已登记过，没有需要导入的内容。"))
        rows: list[tuple[str, ...]] = [
            (self.tr("首次考试成绩"), str(preview.added)),
            (self.tr("补考成绩"), str(preview.resits)),
            (self.tr("已登记（不变）"), str(preview.unchanged)),
        ]
        return summary, notes, rows, preview.added + preview.resits > 0

    def done_text(self, result: TranscriptResult) -> str:
        return self.tr("已导入：新增成绩 {added} 条，补考成绩 {resits} 条。").format(
            added=result.added, resits=result.resits
        )
