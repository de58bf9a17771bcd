"""The enrolment table (学习进度): a model over the database, the learner table's pattern.

Each query asks the service for the ordered ids only (filtered and sorted in SQL, names
in pinyin order): without a text filter the count and the first page first, the rest
once that page is painted (on the database worker when a runner is given); rows are
fetched in pages of PAGE_SIZE as the view asks for them. Sorting by a header re-queries.

Which enrolments are at risk (and why) is computed for the whole enterprise in SQL on the
worker (services.progress) and handed to `set_risks`: those rows are marked and carry their
reasons; with `only_at_risk` the table shows just them.

Constructible without a window, e.g. for benchmarks:
    model = EnrolmentTableModel(db, enterprise_id)            # queries at once
    model.set_query(EnrolmentQuery(text="zs"))
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from dataclasses import replace
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from qiuxue_desktop.views.code_labels import QT_TRANSLATE_NOOP, code_label, separated
from qiuxue_desktop.views.study_common import MUTED_COLOR, RISK_BACKGROUND, RISK_COLOR

if TYPE_CHECKING:
    from qiuxue_desktop.db.engine import Database
    from qiuxue_desktop.services.enrolment_query import EnrolmentQuery, EnrolmentRow
    from qiuxue_desktop.views.tasks import Runner

PAGE_SIZE = 200
MAX_PAGES = 50
RISK_STATUSES = ("studying", "suspended")  # only these can be at risk (services.progress)


class Column(NamedTuple):
    key: str | None  # the service's sort key; None: not sortable
    label: str
    sample: str  # a typical longest value: the column is made wide enough for it


COLUMNS: tuple[Column, ...] = (
    Column("name", QT_TRANSLATE_NOOP("EnrolmentTableModel", "姓名"), "阿依古丽·买买提"),
    Column("employee_no", QT_TRANSLATE_NOOP("EnrolmentTableModel", "工号"), "E0000000"),
    Column("department", QT_TRANSLATE_NOOP("EnrolmentTableModel", "部门"), "总装一车间"),
    Column("institution", QT_TRANSLATE_NOOP("EnrolmentTableModel", "院校"), "国家开放大学江苏分部"),
    Column("programme", QT_TRANSLATE_NOOP("EnrolmentTableModel", "专业"), "机械设计制造及其自动化"),
    Column("level", QT_TRANSLATE_NOOP("EnrolmentTableModel", "层次"), "职业技能等级"),
    Column("student_no", QT_TRANSLATE_NOOP("EnrolmentTableModel", "学号"), "2024000000000"),
    Column("intake_date", QT_TRANSLATE_NOOP("EnrolmentTableModel", "入学日期"), "2000-00-00"),
    Column("expected_graduation", QT_TRANSLATE_NOOP("EnrolmentTableModel", "预计毕业"), "2000-00-00"),
    Column("status", QT_TRANSLATE_NOOP("EnrolmentTableModel", "学籍状态"), "毕业 2000-00-00"),
    Column(None, QT_TRANSLATE_NOOP("EnrolmentTableModel", "预警"), "有不及格课程未补考通过"),
)
COLUMN_KEYS = tuple(c.key for c in COLUMNS)
RISK_COLUMN = len(COLUMNS) - 1
_RISK_BRUSH = QBrush(QColor(RISK_BACKGROUND))
_RISK_TEXT = QBrush(QColor(RISK_COLOR))
_DONE_TEXT = QBrush(QColor(MUTED_COLOR))
_Idx = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("EnrolmentTableModel", text)


def _day(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def display_row(r: EnrolmentRow) -> tuple[str, ...]:
    """The strings one row shows, in COLUMNS order (the risk column is filled from the risks)."""
    status = code_label(r.status_label)
    if r.status in ("graduated", "completed", "withdrawn", "suspended"):
        status = f"{status} {_day(r.status_since)}"
    return (
        r.learner_name,
        r.employee_no,
        r.department,
        r.institution_name,
        r.programme_name,
        code_label(r.level_label),
        r.student_no,
        _day(r.intake_date),
        _day(r.expected_graduation),
        status,
        "",
    )


class EnrolmentTableModel(QAbstractTableModel):
    completed = Signal()  # every id of the current query is known

    def __init__(
        self,
        db: Database,
        enterprise_id: int,
        query: EnrolmentQuery | None = None,
        parent: QObject | None = None,
        *,
        runner: Runner | None = None,
    ) -> None:
        super().__init__(parent)
        from qiuxue_desktop.services.enrolment_query import EnrolmentQuery

        self._db = db
        self._enterprise_id = enterprise_id
        self._runner = runner
        self._query = query or EnrolmentQuery()
        self._only_at_risk = False
        self._risks: dict[int, tuple[str, ...]] | None = None  # None: not computed yet
        self._ids: list[int] = []
        self._total = 0
        self.generation = 0
        self._completing: int | None = None  # the generation being completed on the worker
        self._pages: OrderedDict[int, list[tuple[tuple[str, ...], bool]]] = OrderedDict()
        self.requery()

    # --- querying ------------------------------------------------------------------------

    @property
    def query(self) -> EnrolmentQuery:
        return self._query

    @property
    def only_at_risk(self) -> bool:
        return self._only_at_risk

    @property
    def risks_known(self) -> bool:
        return self._risks is not None

    @property
    def is_complete(self) -> bool:
        return len(self._ids) == self._total

    def set_query(self, query: EnrolmentQuery, *, only_at_risk: bool | None = None) -> None:
        risk = self._only_at_risk if only_at_risk is None else only_at_risk
        if query != self._query or risk != self._only_at_risk:
            self._query = query
            self._only_at_risk = risk
            self.requery()

    def set_risks(self, risks: dict[int, tuple[str, ...]]) -> None:
        """Which enrolments are at risk, with their reasons (for the whole enterprise)."""
        self._risks = risks
        if self._only_at_risk:
            self.requery()
        elif self._total:
            self._pages.clear()
            self.dataChanged.emit(self.index(0, 0), self.index(self._total - 1, len(COLUMNS) - 1))

    def risk_reasons(self, enrolment_id: int) -> tuple[str, ...]:
        return (self._risks or {}).get(enrolment_id, ())

    def requery(self) -> None:
        """Ask the database again (after a filter, a sort or a change). See the module's doc."""
        from qiuxue_desktop.services.enrolment_query import count_enrolment_matches, query_enrolment_ids

        q = self._query
        with self._db.read() as session:  # one read transaction: count and page agree
            if self._only_at_risk:
                risks = self._risks or {}
                statuses = tuple(s for s in (q.statuses or RISK_STATUSES) if s in RISK_STATUSES)
                found = query_enrolment_ids(session, self._enterprise_id, replace(q, statuses=statuses))
                ids = [i for i in found if i in risks] if statuses and risks else []
                total = len(ids)
            elif q.text.strip():
                ids = query_enrolment_ids(session, self._enterprise_id, q)
                total = len(ids)
            else:
                total = count_enrolment_matches(session, self._enterprise_id, q)
                ids = query_enrolment_ids(session, self._enterprise_id, q, limit=PAGE_SIZE)
        self._reset(ids, max(total, len(ids)))

    def _reset(self, ids: list[int], total: int) -> None:
        self.beginResetModel()
        self.generation += 1
        self._completing = None
        self._ids = ids
        self._total = total
        self._pages.clear()
        self.endResetModel()
        if self.is_complete:
            self.completed.emit()

    def complete(self, generation: int | None = None) -> None:
        """Read every id of the current query now (the rows past the first page)."""
        if self.is_complete or (generation is not None and generation != self.generation):
            return
        from qiuxue_desktop.services.enrolment_query import query_enrolment_ids

        with self._db.read() as session:
            ids = query_enrolment_ids(session, self._enterprise_id, self._query)
        self._completed(self.generation, ids)

    def complete_later(self) -> None:
        """Read the rest of the ids on the database worker (without a runner: now)."""
        if self.is_complete or self._completing == self.generation:
            return
        if self._runner is None:
            self.complete()
            return
        from qiuxue_desktop.services.enrolment_query import query_enrolment_ids

        db, enterprise_id, query, generation = self._db, self._enterprise_id, self._query, self.generation
        self._completing = generation

        def read() -> list[int]:
            with db.read() as session:
                return query_enrolment_ids(session, enterprise_id, query)

        self._runner.db(read, on_done=lambda ids: self._completed(generation, ids), quiet=True)

    def _completed(self, generation: int, ids: list[int]) -> None:
        if generation != self.generation or self.is_complete:
            return  # another query replaced this one, or the rows were needed sooner
        self._completing = None
        if len(ids) == self._total and ids[: len(self._ids)] == self._ids:
            self._ids = ids  # the rows were counted already: nothing on screen changes
            self.completed.emit()
            return
        # The data changed in between. A reset may not happen inside data(): keep the row
        # count for now (rows without an enrolment show empty) and query again right after.
        self._ids = (ids + [-1] * self._total)[: self._total]
        self._pages.clear()
        QTimer.singleShot(0, self.requery)

    def _need(self, row: int) -> None:
        if row >= len(self._ids):
            self.complete()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or COLUMNS[column].key is None:
            return
        key = COLUMNS[column].key
        assert key is not None
        self.set_query(replace(self._query, sort=key, descending=order == Qt.SortOrder.DescendingOrder))

    def sort_column(self) -> int:
        return COLUMN_KEYS.index(self._query.sort) if self._query.sort in COLUMN_KEYS else 0

    # --- rows ----------------------------------------------------------------------------

    def enrolment_id(self, row: int) -> int:
        self._need(row)
        return self._ids[row]

    def row_of(self, enrolment_id: int, *, load: bool = True) -> int | None:
        if load:
            self.complete()
        try:
            return self._ids.index(enrolment_id)
        except ValueError:
            return None

    def ids(self) -> list[int]:
        self.complete()
        return list(self._ids)

    def _page(self, page_no: int) -> list[tuple[tuple[str, ...], bool]]:
        page = self._pages.get(page_no)
        if page is not None:
            self._pages.move_to_end(page_no)
            return page
        from qiuxue_desktop.services.enrolment_query import fetch_enrolment_rows

        self._need(min((page_no + 1) * PAGE_SIZE, self._total) - 1)
        ids = self._ids[page_no * PAGE_SIZE : (page_no + 1) * PAGE_SIZE]
        with self._db.read() as session:
            rows = {r.id: r for r in fetch_enrolment_rows(session, ids)}
        page = []
        for enrolment_id in ids:
            r = rows.get(enrolment_id)
            if r is None:  # removed since the query: an empty row until the next refresh
                page.append((("",) * len(COLUMNS), False))
            else:
                page.append((display_row(r), r.status in ("graduated", "completed", "withdrawn")))
        self._pages[page_no] = page
        if len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    # --- QAbstractTableModel -------------------------------------------------------------

    def rowCount(self, parent: _Idx = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: _Idx = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Idx, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row, col = index.row(), index.column()
        if not 0 <= row < self._total:
            return None
        texts, finished = self._page(row // PAGE_SIZE)[row % PAGE_SIZE]
        reasons = self.risk_reasons(self._ids[row]) if self._risks else ()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == RISK_COLUMN:
                if self._risks is None:
                    return ""
                return separated(reasons)
            return texts[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(reasons) if reasons else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return _RISK_BRUSH if reasons else None
        if reasons and col == RISK_COLUMN:
            return _RISK_TEXT
        return _DONE_TEXT if finished else None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return _tr(COLUMNS[section].label)
            return None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None
