"""Roster export: every learner in the template's layout, so that export → import changes nothing.

ID numbers are written in full as text cells (the export is logged), dates
as date cells, codes as their labels. Rows stream through openpyxl's
write-only mode and straight from a Core query: no ORM objects.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl.cell import WriteOnlyCell
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qiuxue_desktop.domain import Department, Learner
from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.io.excel.roster_format import COLUMNS, to_cell
from qiuxue_desktop.io.excel.roster_template import (
    TEXT_FORMAT,
    check_target,
    discard_workbook,
    new_roster_workbook,
    number_format,
    save_atomically,
)
from qiuxue_desktop.progress import NO_PROGRESS, Progress
from qiuxue_desktop.services import audit
from qiuxue_desktop.services.auth import require

_BATCH = 1000


def _selected(field: str) -> Any:
    return Department.name if field == "department" else getattr(Learner, field)


def _write_rows(session: Session, enterprise_id: int, ws: Any, progress: Progress) -> int:
    """Append one row per learner, in the order they were registered; returns how many."""
    fields = [c.field for c in COLUMNS]
    text_cols = {i for i, c in enumerate(COLUMNS) if number_format(c) == TEXT_FORMAT}
    stmt = (
        select(*(_selected(f) for f in fields))
        .join(Department, Department.id == Learner.department_id)
        .where(Learner.enterprise_id == enterprise_id)
        .order_by(Learner.id)
    )
    n = 0
    for record in session.execute(stmt).yield_per(_BATCH):
        row: list[Any] = []
        for i, (f, value) in enumerate(zip(fields, record, strict=True)):
            shown = to_cell(f, value)
            if shown is not None and (i in text_cols or (isinstance(shown, str) and shown[:1] == "=")):
                # A text cell: "@" keeps an edited ID number text; data_type "s" keeps "=…" from being a formula.
                cell = WriteOnlyCell(ws, shown)
                cell.data_type = "s"
                if i in text_cols:
                    cell.number_format = TEXT_FORMAT
                row.append(cell)
            else:
                row.append(shown)
        ws.append(row)
        n += 1
        if not n % _BATCH:
            progress.set(n)
            progress.check()
    return n


def export_roster(session: Session, enterprise_id: int, path: Path, progress: Progress = NO_PROGRESS) -> int:
    """Write every learner of the enterprise to `path`; returns how many.

    The workbook holds full ID numbers: only a role that may export them may do it, and the
    export is recorded in the audit trail (who, when, which file, how many).
    """
    require(session, Permission.EXPORT_FULL_IDS)
    check_target(path)
    total = session.scalar(select(func.count()).where(Learner.enterprise_id == enterprise_id)) or 0
    progress.set(0, total, "正在导出花名册")
    wb, ws = new_roster_workbook()
    try:
        n = _write_rows(session, enterprise_id, ws, progress)
        progress.check()
    except BaseException:
        discard_workbook(wb)
        raise
    progress.set(n, n, "正在保存文件")
    save_atomically(wb, path)
    audit.record(session, "export", table="learner", detail=f"花名册 {path.name}：{n} 人，含完整身份证号")
    return n
