"""The learner table: a model over the database, not a list of ORM objects.

Each query asks the service for the ordered ids only (sorted and filtered in
SQL, names in pinyin order) — for an unfiltered query first the count and the
first page, the rest once that page is painted; rows are fetched in pages of
PAGE_SIZE as the view asks for them and kept in a small cache of display
strings. Sorting by a header re-queries; there is no QSortFilterProxyModel.

Constructible without a window, e.g. for benchmarks:
    model = LearnerTableModel(db, enterprise_id)            # queries at once
    model.set_query(LearnerQuery(text="zs"))                # filter
    model.sort(COLUMN_KEYS.index("name"), Qt.SortOrder.DescendingOrder)
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

from qiuxue_desktop.views.code_labels import QT_TRANSLATE_NOOP, code_label

if TYPE_CHECKING:
    from qiuxue_desktop.db.engine import Database
    from qiuxue_desktop.services.learners import LearnerQuery, LearnerRow

PAGE_SIZE = 200
MAX_PAGES = 50  # 10,000 rows of display strings at most


class Column(NamedTuple):
    key: str  # the service's sort key
    label: str
    sample: str  # a typical longest value: the column is made wide enough for it


COLUMNS: tuple[Column, ...] = (
    Column("employee_no", QT_TRANSLATE_NOOP("LearnerTableModel", "工号"), "E0000000"),
    Column("name", QT_TRANSLATE_NOOP("LearnerTableModel", "姓名"), "阿依古丽·买买提"),
    Column("gender", QT_TRANSLATE_NOOP("LearnerTableModel", "性别"), "男"),
    Column("birth_date", QT_TRANSLATE_NOOP("LearnerTableModel", "出生日期"), "2000-00-00"),
    Column("id_number", QT_TRANSLATE_NOOP("LearnerTableModel", "身份证号"), "000***********000X"),
    Column("phone", QT_TRANSLATE_NOOP("LearnerTableModel", "手机号"), "13800000000"),
    Column("department", QT_TRANSLATE_NOOP("LearnerTableModel", "部门"), "总装一车间"),
    Column("status", QT_TRANSLATE_NOOP("LearnerTableModel", "状态"), "离职 2000-00-00"),
    Column("post_category", QT_TRANSLATE_NOOP("LearnerTableModel", "岗位类别"), "一线"),
    Column("hire_date", QT_TRANSLATE_NOOP("LearnerTableModel", "入职日期"), "2000-00-00"),
    Column("ethnic_group", QT_TRANSLATE_NOOP("LearnerTableModel", "民族"), "维吾尔族"),
    Column("hukou_type", QT_TRANSLATE_NOOP("LearnerTableModel", "户籍性质"), "农村"),
    Column("prior_education", QT_TRANSLATE_NOOP("LearnerTableModel", "原学历"), "高中/中专/技校"),
    Column("worker_category", QT_TRANSLATE_NOOP("LearnerTableModel", "职工类别"), "产业工人"),
    Column("union_member", QT_TRANSLATE_NOOP("LearnerTableModel", "工会会员"), "否"),
)
COLUMN_KEYS = tuple(c.key for c in COLUMNS)
_LEFT_BRUSH = QBrush(QColor("#808080"))  # learners who have left
_Idx = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("LearnerTableModel", text)


def _day(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def display_row(r: LearnerRow, revealed: str | None = None) -> tuple[str, ...]:
    """The strings one row shows, in COLUMNS order: codes as their labels (code_labels)."""
    from qiuxue_desktop.domain import codes

    status = (
        QCoreApplication.translate("LearnerTableModel", "在职")
        if r.leave_date is None
        else QCoreApplication.translate("LearnerTableModel", "离职 {date}").format(date=_day(r.leave_date))
    )
    return (
        r.employee_no,
        r.name,
        code_label(codes.GENDERS.get(r.gender, r.gender)),
        _day(r.birth_date),
        revealed or r.id_masked,
        r.phone,
        r.department,
        status,
        code_label(codes.POST_CATEGORIES.get(r.post_category, r.post_category)),
        _day(r.hire_date),
        code_label(codes.ETHNIC_GROUPS.get(r.ethnic_group, r.ethnic_group)),
        code_label(codes.HUKOU_TYPES.get(r.hukou_type, r.hukou_type)),
        code_label(codes.PRIOR_EDUCATION.get(r.prior_education, r.prior_education)),
        code_label(codes.WORKER_CATEGORIES.get(r.worker_category, r.worker_category)),
        QCoreApplication.translate("LearnerTableModel", "是")
        if r.union_member
        else QCoreApplication.translate("LearnerTableModel", "否"),
    )


class LearnerTableModel(QAbstractTableModel):
    completed = Signal()  # every id of the current query is known (see `complete`)

    def __init__(
        self,
        db: Database,
        enterprise_id: int,
        query: LearnerQuery | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        from qiuxue_desktop.services.learners import LearnerQuery

        self._db = db
        self._enterprise_id = enterprise_id
        self._query = query or LearnerQuery()
        self._ids: list[int] = []
        self._total = 0
        self.generation = 0  # counts queries: a deferred `complete` for an older one does nothing
        self._pages: OrderedDict[int, list[tuple[tuple[str, ...], bool]]] = OrderedDict()
        self._revealed: dict[int, str] = {}
        self.requery()

    # --- querying ------------------------------------------------------------------------

    @property
    def query(self) -> LearnerQuery:
        return self._query

    @property
    def is_complete(self) -> bool:
        return len(self._ids) == self._total

    def set_query(self, query: LearnerQuery) -> None:
        if query != self._query:
            self._query = query
            self.requery()

    def requery(self) -> None:
        """Ask the database again (after a filter, a sort or a change).

        Without a text filter the result is usually everyone: then only the count and the
        first page of ids are read here (a top-N, not a full sort), and `complete()` reads the
        rest once the first page is on screen. A text filter scans anyway: all ids at once.
        """
        from qiuxue_desktop.services.learners import count_learner_matches, query_learner_ids

        q = self._query
        with self._db.read() as session:  # one read transaction: count and page agree
            if q.text.strip():
                ids = query_learner_ids(session, self._enterprise_id, q)
                total = len(ids)
            else:
                total = count_learner_matches(session, self._enterprise_id, q)
                ids = query_learner_ids(session, self._enterprise_id, q, limit=PAGE_SIZE)
        self._reset(ids, max(total, len(ids)))

    def _reset(self, ids: list[int], total: int) -> None:
        self.beginResetModel()
        self.generation += 1
        self._ids = ids
        self._total = total
        self._pages.clear()
        self._revealed.clear()
        self.endResetModel()
        if self.is_complete:
            self.completed.emit()

    def complete(self, generation: int | None = None) -> None:
        """Read every id of the current query (the rows past the first page).

        `generation` names the query the caller meant: when another query has
        replaced it since, there is nothing to do (that query completes itself).
        """
        if self.is_complete or (generation is not None and generation != self.generation):
            return
        from qiuxue_desktop.services.learners import query_learner_ids

        with self._db.read() as session:
            ids = query_learner_ids(session, self._enterprise_id, self._query)
        if len(ids) == self._total and ids[: len(self._ids)] == self._ids:
            self._ids = ids  # the rows were counted already: nothing on screen changes
            self.completed.emit()
            return
        # The data changed in between. A reset may not happen inside data(): keep the row
        # count for now (rows without a learner show empty) and query again right after.
        self._ids = (ids + [-1] * self._total)[: self._total]
        self._pages.clear()
        QTimer.singleShot(0, self.requery)

    def _need(self, row: int) -> None:
        if row >= len(self._ids):
            self.complete()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.set_query(
            replace(self._query, sort=COLUMNS[column].key, descending=order == Qt.SortOrder.DescendingOrder)
        )

    def sort_column(self) -> int:
        return COLUMN_KEYS.index(self._query.sort) if self._query.sort in COLUMN_KEYS else 1

    # --- rows ----------------------------------------------------------------------------

    def learner_id(self, row: int) -> int:
        self._need(row)
        return self._ids[row]

    def row_of(self, learner_id: int, *, load: bool = True) -> int | None:
        """The row showing `learner_id`; with load=False only among the ids read so far."""
        if load:
            self.complete()
        try:
            return self._ids.index(learner_id)
        except ValueError:
            return None

    def ids(self) -> list[int]:
        """The ordered ids of the current query (a copy)."""
        self.complete()
        return list(self._ids)

    def reveal(self, learner_id: int, number: str) -> None:
        """Show one learner's full ID number until the next query or `hide_revealed`."""
        self._revealed[learner_id] = number
        self._invalidate_row(learner_id)

    def hide_revealed(self) -> None:
        for learner_id in list(self._revealed):
            del self._revealed[learner_id]
            self._invalidate_row(learner_id)

    def _invalidate_row(self, learner_id: int) -> None:
        row = self.row_of(learner_id, load=False)
        if row is None:
            return
        self._pages.pop(row // PAGE_SIZE, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def _page(self, page_no: int) -> list[tuple[tuple[str, ...], bool]]:
        page = self._pages.get(page_no)
        if page is not None:
            self._pages.move_to_end(page_no)
            return page
        from qiuxue_desktop.services.learners import fetch_rows

        self._need(min((page_no + 1) * PAGE_SIZE, self._total) - 1)
        ids = self._ids[page_no * PAGE_SIZE : (page_no + 1) * PAGE_SIZE]
        with self._db.read() as session:
            rows = {r.id: r for r in fetch_rows(session, ids)}
        page = []
        for learner_id in ids:
            r = rows.get(learner_id)
            if r is None:  # removed since the query: an empty row until the next refresh
                page.append((("",) * len(COLUMNS), False))
            else:
                page.append((display_row(r, self._revealed.get(learner_id)), r.leave_date is not None))
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
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole):
            return None
        row = index.row()
        if not 0 <= row < self._total:
            return None
        texts, has_left = self._page(row // PAGE_SIZE)[row % PAGE_SIZE]
        if role == Qt.ItemDataRole.DisplayRole:
            return texts[index.column()]
        return _LEFT_BRUSH if has_left else None

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
