"""Roster import: find the header row, map and clean the columns, check every row, then upsert.

`read_roster` is pure file work: it never touches the database and never
raises for a bad row — every problem becomes an ImportIssue naming the sheet,
the row as Excel shows it and the column header as written in the file.
`import_roster` writes all or nothing in the caller's transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from qiuxue_desktop.domain.codes import is_region_code
from qiuxue_desktop.domain.ids import mask_id
from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.domain.rules import learner_problems
from qiuxue_desktop.io.excel.reader import SheetData, UnreadableWorkbook, read_first_visible_sheet
from qiuxue_desktop.io.excel.roster_format import (
    BY_FIELD,
    COLUMNS,
    HEADER_INDEX,
    ID_HEADERS,
    NAME_HEADERS,
    clean_column,
    display,
)
from qiuxue_desktop.io.excel.sheet_import import (
    HEADER_SEARCH_ROWS,
    ColumnRef,
    ImportIssue,
    WorkbookRejected,
    data_rows,
    fill_vertical_merges,
    find_header,
    map_columns,
    without_gc_pauses,
)
from qiuxue_desktop.progress import NO_PROGRESS, Progress
from qiuxue_desktop.services import audit
from qiuxue_desktop.services.auth import require
from qiuxue_desktop.services.learners import FIELDS, REQUIRED, apply_upsert, plan_upsert

__all__ = [
    "ColumnRef",
    "ImportIssue",
    "ImportResult",
    "ParsedRoster",
    "RosterRejected",
    "import_roster",
    "read_roster",
]


class RosterRejected(WorkbookRejected):
    """The roster cannot be imported; nothing was written. `issues` lists every reason."""

    what = "花名册"


@dataclass
class ParsedRoster:
    """What the roster file says, cleaned and checked; no database involved.

    `rows[i]` holds, keyed by field name, the typed values of the fields in
    `present` (a bad cell's field is left out); `row_numbers[i]` is its row as
    Excel shows it. `sheet_data` keeps the raw cells for the report.
    """

    source: str
    sheet: str
    header_row: int
    columns: dict[str, ColumnRef]
    present: set[str]
    rows: list[dict[str, Any]]
    row_numbers: list[int]
    issues: list[ImportIssue]
    sheet_data: SheetData


def _find_header(sheet: SheetData) -> int | None:
    return find_header(sheet, lambda keys: bool(keys & NAME_HEADERS and keys & ID_HEADERS))


def _reject_file(message: str) -> RosterRejected:
    return RosterRejected([ImportIssue("", None, None, message)])


def read_roster(path: Path, progress: Progress = NO_PROGRESS) -> ParsedRoster:
    """Read, clean and check a roster file. Raises RosterRejected only when it cannot be read at all."""
    with without_gc_pauses():
        return _read_roster(path, progress)


def _read_roster(path: Path, progress: Progress) -> ParsedRoster:
    progress.set(0, 0, "正在读取花名册")
    try:
        sheet = read_first_visible_sheet(path)
    except UnreadableWorkbook as exc:
        raise _reject_file(exc.message) from None
    progress.check()
    h = _find_header(sheet)
    if h is None:
        raise RosterRejected(
            [
                ImportIssue(
                    sheet.name,
                    None,
                    None,
                    f"前{HEADER_SEARCH_ROWS}行中没有找到表头：表头行要同时有“姓名”列和“身份证号”列"
                    "（也可写作身份证号码、公民身份号码、证件号码）",
                )
            ]
        )
    mapped = map_columns(sheet, sheet.cells[h], HEADER_INDEX)
    issues: list[ImportIssue] = []
    for f in REQUIRED:
        if f not in mapped:
            col = BY_FIELD[f]
            also = f"（也可写作：{'、'.join(col.headers[1:])}）" if len(col.headers) > 1 else ""
            issues.append(ImportIssue(sheet.name, None, col.header, f"缺少“{col.header}”列{also}"))
    fill_vertical_merges(sheet, h)
    rows, row_numbers = _check_rows(sheet, h, mapped, issues, progress)
    header_row = sheet.excel_row(h)
    if not rows:
        issues.append(ImportIssue(sheet.name, None, None, f"表头（第{header_row}行）下面没有学员数据"))
    issues.sort(key=lambda i: (i.row or 0, i.col or 0))
    return ParsedRoster(
        source=path.name,
        sheet=sheet.name,
        header_row=header_row,
        columns={f: ref for f, (_j, ref) in mapped.items()},
        present=set(mapped),
        rows=rows,
        row_numbers=row_numbers,
        issues=issues,
        sheet_data=sheet,
    )


def _check_rows(
    sheet: SheetData,
    h: int,
    mapped: dict[str, tuple[int, ColumnRef]],
    issues: list[ImportIssue],
    progress: Progress,
) -> tuple[list[dict[str, Any]], list[int]]:
    """Clean and check the data rows under header row `h`; append their problems to `issues`."""
    columns = [c for c in COLUMNS if c.field in mapped]
    data = data_rows(sheet, h, [mapped[c.field][0] for c in columns])
    refs = {f: ref for f, (_j, ref) in mapped.items()}
    name = sheet.name
    first_row = sheet.top + h + 2  # Excel's number of data[0]
    progress.set(0, len(data) + len(data) // 4 + 1, "正在检查花名册")

    def put(i: int, fld: str, message: str) -> None:
        ref = refs.get(fld)
        issues.append(
            ImportIssue(name, first_row + i, ref.header if ref else None, message, ref.col if ref else None)
        )

    # Column by column: clean every cell; then row by row: the checks between fields.
    cleaned = []
    bad: dict[int, set[str]] = {}
    by_column = list(zip(*data, strict=True)) if data else []
    for c in columns:
        col = clean_column(c, by_column[mapped[c.field][0]] if data else ())
        cleaned.append(col)
        for i, message in col.problems.items():
            put(i, c.field, message)
            bad.setdefault(i, set()).add(c.field)
        progress.set(len(data) * len(cleaned) // 4 // len(columns))
        progress.check()
    fields = [c.field for c in columns]
    rows: list[dict[str, Any]] = [
        dict(zip(fields, t, strict=False)) for t in zip(*(c.values for c in cleaned), strict=False)
    ]
    for c, col in zip(columns, cleaned, strict=True):
        for i in col.missing:
            del rows[i][c.field]
    derive_gender = "gender" in refs
    region_given = "hukou_place" in refs
    today = dt.date.today()
    first_row_of: dict[str, int] = {}
    flagged: set[int] = set()
    done = len(data) // 4
    for i, values in enumerate(rows):
        problems = learner_problems(values, today=today)
        number = values.get("id_number")
        if number is not None and "id_number" not in problems:
            row_bad = bad.get(i, ())
            if derive_gender and "gender" not in values and "gender" not in row_bad:
                values["gender"] = "1" if int(number[16]) % 2 else "2"
            if not values.get("hukou_place") and "hukou_place" not in row_bad:
                if not is_region_code(number[:6]):
                    problems["id_number"] = (
                        f"身份证号前6位“{number[:6]}”不是有效的行政区划代码，无法得出户籍所在地："
                        "请核对号码，或填写“户籍所在地”列的6位代码"
                    )
                elif region_given:
                    values["hukou_place"] = number[:6]
            first = first_row_of.setdefault(number, i)
            if first != i:
                problems["id_number"] = f"身份证号与第{first_row + first}行重复"
                if first not in flagged:
                    flagged.add(first)
                    put(first, "id_number", f"身份证号与第{first_row + i}行重复")
        if problems:
            for fld, message in problems.items():
                values.pop(fld, None)
                put(i, fld, message)
        if not i % 5000:
            progress.set(done + i)
            progress.check()
    progress.set(done + len(rows))
    return rows, [first_row + i for i in range(len(rows))]


# --- writing ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str
    label: str
    old: str  # as the roster shows it
    new: str


@dataclass(frozen=True, slots=True)
class LearnerChange:
    """One existing learner the import changes: for the preview."""

    row: int  # the roster row (as Excel shows it)
    name: str
    id_masked: str
    changes: tuple[FieldChange, ...]


@dataclass(frozen=True, slots=True)
class ImportResult:
    added: int
    updated: int
    unchanged: int
    new_departments: list[str]
    changed: list[LearnerChange]
    dry_run: bool


def import_roster(
    session: Session,
    enterprise_id: int,
    parsed: ParsedRoster,
    *,
    dry_run: bool = False,
    progress: Progress = NO_PROGRESS,
) -> ImportResult:
    """Upsert the roster's learners by ID number, all or nothing, in the caller's transaction.

    Importing (a dry run included: it compares the roster with the register) needs the
    right to edit learners; each learner added or changed gets its audit entry.
    """
    require(session, Permission.EDIT_LEARNERS)
    if parsed.issues:
        raise RosterRejected(parsed.issues)
    progress.set(0, 0, "正在比对已有学员")
    progress.check()
    with without_gc_pauses():
        return _import(session, enterprise_id, parsed, dry_run=dry_run, progress=progress)


def _import(
    session: Session, enterprise_id: int, parsed: ParsedRoster, *, dry_run: bool, progress: Progress
) -> ImportResult:
    plan = plan_upsert(session, enterprise_id, parsed.rows, parsed.present)
    progress.check()
    changed: list[LearnerChange] = []
    if plan.changed:
        row_of = {r["id_number"]: n for r, n in zip(parsed.rows, parsed.row_numbers, strict=True)}
        for _learner_id, values, diff in plan.changed:
            number = str(values["id_number"])
            changed.append(
                LearnerChange(
                    row=row_of[number],
                    name=str(values.get("name", "")),
                    id_masked=mask_id(number),
                    changes=tuple(
                        FieldChange(f, FIELDS[f], display(f, old), display(f, new))
                        for f, (old, new) in diff.items()
                    ),
                )
            )
    if not dry_run:
        apply_upsert(session, enterprise_id, plan, progress, detail=f"导入花名册 {parsed.source}")
        audit.record(
            session,
            "import",
            table="learner",
            detail=f"花名册 {parsed.source}：新增 {plan.added} 人，更新 {plan.updated} 人，未变 {plan.unchanged} 人",
        )
    return ImportResult(
        added=plan.added,
        updated=plan.updated,
        unchanged=plan.unchanged,
        new_departments=plan.new_departments,
        changed=changed,
        dry_run=dry_run,
    )
