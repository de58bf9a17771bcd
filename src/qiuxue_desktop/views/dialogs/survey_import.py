"""Importing an online survey tool's export (问卷星 and the like) into a survey: the workbook
import's flow (WorkbookImportDialog) — read and matched to the survey's questions, departments
and programmes in a dry run (the sheets to add, those imported before, the columns ignored, or
every problem with its row and column and a report), then all or nothing in one transaction."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy.orm import Session

from qiuxue_desktop.progress import Progress
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.dialogs.workbook_import import WorkbookImportDialog

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from qiuxue_desktop.io.excel.sheet_import import ImportIssue
    from qiuxue_desktop.services.survey_import import ParsedSurveyExport, SurveyImportResult
    from qiuxue_desktop.services.surveys import SurveyInfo

VOICE = "voice"  # the data-changed area of surveys and honours


class SurveyImportDialog(WorkbookImportDialog):
    what = str(QT_TRANSLATE_NOOP("SurveyImportDialog", "问卷数据"))
    folder_key = "survey"
    area = VOICE

    def __init__(self, ctx: AppContext, survey: SurveyInfo, parent: QWidget | None = None) -> None:
        self._survey = survey
        super().__init__(ctx, parent)
        self.setObjectName("surveyImportDialog")
        self.setWindowTitle(
            self.tr("导入在线问卷：{title}（{term}）").format(title=survey.title, term=survey.term)
        )
        self.file_label.setText(
            self.tr(
                "请选择问卷工具导出的答卷数据（.xlsx，每行一份答卷）：列标题按题目文字对应问卷的题目，"
                "序号、提交时间、来源、IP等列不导入；可以有“部门”“专业”列。"
            )
        )

    def change_headers(self) -> list[str]:
        return [self.tr("项目"), self.tr("数量")]

    def read(self, path: Path, progress: Progress) -> ParsedSurveyExport:  # type: ignore[override]
        from qiuxue_desktop.services.survey_import import question_specs, read_survey_export

        return read_survey_export(
            path, question_specs(self._survey), anonymous=self._survey.anonymous, progress=progress
        )

    def compare(  # type: ignore[override]
        self, session: Session, enterprise_id: int, parsed: ParsedSurveyExport, progress: Progress
    ) -> SurveyImportResult:
        from qiuxue_desktop.services.survey_import import import_survey_export

        return import_survey_export(session, self._survey.id, parsed, dry_run=True, progress=progress)

    def apply(  # type: ignore[override]
        self, session: Session, enterprise_id: int, parsed: ParsedSurveyExport, progress: Progress
    ) -> SurveyImportResult:
        from qiuxue_desktop.services.survey_import import import_survey_export

        return import_survey_export(session, self._survey.id, parsed, progress=progress)

    @staticmethod
    def refusal_issues(exc: BaseException) -> list[ImportIssue] | None:
        from qiuxue_desktop.services.survey_import import SurveyExportRejected

        return exc.issues if isinstance(exc, SurveyExportRejected) else None

    def describe_preview(
        self, preview: SurveyImportResult, parsed: ParsedSurveyExport
    ) -> tuple[str, list[str], list[tuple[str, ...]], bool]:
        summary = self.tr("可以导入：{n} 份新答卷。").format(n=preview.added)
        notes = []
        if preview.skipped:
            notes.append(
                self.tr("{n} 份答卷以前已经导入过（序号相同），不会重复导入。").format(n=preview.skipped)
            )
        if preview.ignored_columns:
            notes.append(
                self.tr("不导入的列：{cols}").format(cols=self.tr("、").join(preview.ignored_columns))
            )
        if self._survey.anonymous:
            notes.append(self.tr("这是匿名问卷：不记录答卷人，姓名、工号等列不会读取。"))
        if not preview.added:
            summary = self.tr("没有新的答卷可以导入。")
        rows: list[tuple[str, ...]] = [
            (self.tr("新答卷"), str(preview.added)),
            (self.tr("已导入过"), str(preview.skipped)),
            (self.tr("文件中的行"), str(len(parsed.rows))),
        ]
        return summary, notes, rows, preview.added > 0

    def done_text(self, result: SurveyImportResult) -> str:
        return self.tr("已导入 {n} 份答卷。").format(n=result.added)
