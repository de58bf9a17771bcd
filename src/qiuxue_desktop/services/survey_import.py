"""Importing an online survey tool's export into a survey: the file read and cleaned by
io/excel/survey_format.py, each row's department and programme matched to the enterprise's (and,
on a named survey, its learner by 工号 or ID number), then every sheet recorded — all or nothing.

A row is never guessed: an unknown department, a programme two institutions teach without the
institution named, a learner not found or answering twice — each is an ImportIssue naming the
row and column, and nothing is written. Importing the same export again adds nothing: a sheet
whose number (序号) this survey already holds is skipped and counted.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from qiuxue_desktop.domain import Department, Institution, Learner, Programme
from qiuxue_desktop.domain.ids import mask_id
from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.domain.surveys import SurveyResponse, question_key
from qiuxue_desktop.io.excel.sheet_import import ImportIssue
from qiuxue_desktop.io.excel.survey_format import (
    ExportRow,
    ParsedSurveyExport,
    QuestionSpec,
    SurveyExportRejected,
    read_survey_export,
)
from qiuxue_desktop.progress import NO_PROGRESS, Progress
from qiuxue_desktop.services import audit
from qiuxue_desktop.services.auth import require
from qiuxue_desktop.services.surveys import ONLINE, SheetInput, SurveyInfo, record_sheets, survey_info

__all__ = [
    "ParsedSurveyExport",
    "SurveyExportRejected",
    "SurveyImportResult",
    "import_survey_export",
    "question_specs",
    "read_survey_export",
]


@dataclass(frozen=True, slots=True)
class SurveyImportResult:
    added: int  # answer sheets recorded (or that would be, on a dry run)
    skipped: int  # sheets this survey already holds (same 序号)
    ignored_columns: tuple[str, ...]
    dry_run: bool


def question_specs(info: SurveyInfo) -> list[QuestionSpec]:
    return [QuestionSpec(q.id, q.position, q.text, q.kind, q.options) for q in info.questions]


class _Matcher:
    """The enterprise's departments, programmes and (named surveys) learners, by their keys."""

    def __init__(self, session: Session, enterprise_id: int, named: bool) -> None:
        self.departments = {
            question_key(name): did
            for did, name in session.execute(
                select(Department.id, Department.name).where(Department.enterprise_id == enterprise_id)
            )
        }
        self.programmes: dict[str, set[int]] = {}
        for pid, name, inst in session.execute(
            select(Programme.id, Programme.name, Institution.name)
            .join(Institution, Institution.id == Programme.institution_id)
            .where(Institution.enterprise_id == enterprise_id)
        ):
            for key in (question_key(name), question_key(inst + name)):
                self.programmes.setdefault(key, set()).add(pid)
        self.by_employee_no: dict[str, int] = {}
        self.by_id_number: dict[str, int] = {}
        if named:
            for lid, number, idn in session.execute(
                select(Learner.id, Learner.employee_no, Learner.id_number).where(
                    Learner.enterprise_id == enterprise_id
                )
            ):
                if number:
                    self.by_employee_no[number.upper()] = lid
                self.by_id_number[idn] = lid


def _sheets(
    session: Session, info: SurveyInfo, parsed: ParsedSurveyExport
) -> tuple[list[SheetInput], int, list[ImportIssue]]:
    m = _Matcher(session, info.enterprise_id, not info.anonymous)
    held = set(
        session.scalars(
            select(SurveyResponse.source_key).where(
                SurveyResponse.survey_id == info.id, SurveyResponse.source_key.is_not(None)
            )
        )
    )
    answered = set(
        session.scalars(
            select(SurveyResponse.learner_id).where(
                SurveyResponse.survey_id == info.id, SurveyResponse.learner_id.is_not(None)
            )
        )
    )
    issues: list[ImportIssue] = []
    sheets: list[SheetInput] = []
    skipped = 0
    numbers: dict[str, int] = {}

    def put(row: ExportRow, role: str | None, message: str) -> None:
        header, col = parsed.columns.get(role or "", (None, None))
        issues.append(ImportIssue(parsed.sheet, row.row, header, message, col))

    for row in parsed.rows:
        key = row.sheet_number[:40] if row.sheet_number else None
        if key is not None:
            if key in numbers:
                put(row, "sheet_number", f"序号“{key}”与第{numbers[key]}行重复")
                continue
            numbers[key] = row.row
            if key in held:
                skipped += 1
                continue
        department_id = programme_id = learner_id = None
        if row.department:
            department_id = m.departments.get(question_key(row.department))
            if department_id is None:
                put(row, "department", f"部门“{row.department}”不是本企业的部门")
        if row.programme:
            found = m.programmes.get(question_key(row.programme), set())
            if len(found) > 1:
                put(row, "programme", f"有{len(found)}个院校开设“{row.programme}”专业：请写上院校名称")
            elif not found:
                put(row, "programme", f"专业“{row.programme}”不在本企业登记的院校专业中")
            else:
                programme_id = next(iter(found))
        if not info.anonymous:
            if row.employee_no:
                learner_id = m.by_employee_no.get(row.employee_no.upper())
                if learner_id is None:
                    put(row, "employee_no", f"工号“{row.employee_no}”没有对应的学员")
            elif row.id_number:
                learner_id = m.by_id_number.get(row.id_number)
                if learner_id is None:
                    put(row, "id_number", f"身份证号为{mask_id(row.id_number)}的学员没有登记")
            else:
                put(row, None, "这是记名问卷：每份答卷要有“工号”或“身份证号”列，并且填写")
            if learner_id is not None:
                if learner_id in answered:
                    put(
                        row,
                        "employee_no" if row.employee_no else "id_number",
                        "这位学员已经交过这份问卷的答卷",
                    )
                answered.add(learner_id)
        answers: dict[int, object] = {
            qid: (score if score is not None else text) for qid, (score, text) in row.answers.items()
        }
        sheets.append(
            SheetInput(
                answers=answers,
                department_id=department_id,
                programme_id=programme_id,
                learner_id=learner_id,
                source_key=key,
            )
        )
    return sheets, skipped, issues


def import_survey_export(
    session: Session,
    survey_id: int,
    parsed: ParsedSurveyExport,
    *,
    dry_run: bool = False,
    progress: Progress = NO_PROGRESS,
) -> SurveyImportResult:
    """Record the export's answer sheets in the caller's transaction, all or nothing; raises
    SurveyExportRejected naming every row that cannot be recorded."""
    require(session, Permission.MANAGE_SURVEYS)
    if parsed.issues:
        raise SurveyExportRejected(parsed.issues)
    info = survey_info(session, survey_id)
    if info.anonymous != parsed.anonymous:
        raise SurveyExportRejected(
            [ImportIssue("", None, None, "问卷的匿名设置在读取文件之后改变了：请重新选择文件")]
        )
    progress.set(0, 0, "正在比对部门和专业")
    sheets, skipped, issues = _sheets(session, info, parsed)
    if issues:
        issues.sort(key=lambda x: (x.row or 0, x.col or 0))
        raise SurveyExportRejected(issues)
    if not dry_run and sheets:
        progress.set(0, 0, "正在写入答卷")
        record_sheets(session, survey_id, sheets, source=ONLINE)
        audit.record(
            session,
            "import",
            table="survey_response",
            detail=f"问卷数据 {parsed.source}（{info.title}）：新增 {len(sheets)} 份答卷，{skipped} 份已导入过",
        )
    return SurveyImportResult(len(sheets), skipped, tuple(parsed.ignored), dry_run)
