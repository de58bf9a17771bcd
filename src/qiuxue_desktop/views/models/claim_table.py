"""The claims table (学费报销): a model over the database, the enrolment table's pattern.

Each query asks the service for the ordered ids (filtered and sorted in SQL: state, term,
scheme, department and the text), then rows are fetched in pages of PAGE_SIZE as the view
asks for them. Sorting by a header re-queries. Amounts are shown as ¥1,234.50, right-aligned.

Constructible without a window, e.g. for benchmarks:
    model = ClaimTableModel(db)                       # queries at once
    model.set_query(ClaimQuery(states=("draft",)))
"""

from __future__ import annotations

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
)
from PySide6.QtGui import QBrush, QColor

from qiuxue_desktop.domain.money import format_rmb
from qiuxue_desktop.views.code_labels import QT_TRANSLATE_NOOP, code_label
from qiuxue_desktop.views.study_common import MUTED_COLOR

if TYPE_CHECKING:
    from qiuxue_desktop.db.engine import Database
    from qiuxue_desktop.services.claim_query import ClaimQuery, ClaimRow

PAGE_SIZE = 200
MAX_PAGES = 50

# The colour a state is shown in (the editor's badge uses the same).
STATE_COLORS: dict[str, str] = {
    "draft": "#5f6368",
    "submitted": "#1565c0",
    "hr_ok": "#1565c0",
    "union_ok": "#6a1b9a",
    "posting": "#ef6c00",
    "paid": "#2e7d32",
    "void": "#9e9e9e",
}


class Column(NamedTuple):
    key: str | None  # the service's sort key; None: not sortable
    label: str
    sample: str  # a typical longest value: the column is made wide enough for it
    money: bool = False


COLUMNS: tuple[Column, ...] = (
    Column("claim_no", QT_TRANSLATE_NOOP("ClaimTableModel", "申请编号"), "BX2026-000000"),
    Column(None, QT_TRANSLATE_NOOP("ClaimTableModel", "类型"), "毕业补助"),
    Column("name", QT_TRANSLATE_NOOP("ClaimTableModel", "学员"), "阿依古丽·买买提"),
    Column(None, QT_TRANSLATE_NOOP("ClaimTableModel", "部门"), "总装一车间"),
    Column("term", QT_TRANSLATE_NOOP("ClaimTableModel", "学期"), "2025-2026-1"),
    Column(None, QT_TRANSLATE_NOOP("ClaimTableModel", "票据号码"), "35000000000000000000"),
    Column("base", QT_TRANSLATE_NOOP("ClaimTableModel", "学费"), "¥88,888.00", True),
    Column(None, QT_TRANSLATE_NOOP("ClaimTableModel", "资助合计"), "¥88,888.00", True),
    Column(None, QT_TRANSLATE_NOOP("ClaimTableModel", "个人承担"), "¥88,888.00", True),
    Column("state", QT_TRANSLATE_NOOP("ClaimTableModel", "状态"), "工会审批"),
    Column(None, QT_TRANSLATE_NOOP("ClaimTableModel", "支付日期"), "2000-00-00"),
)
COLUMN_KEYS = tuple(c.key for c in COLUMNS)
STATE_COLUMN = COLUMN_KEYS.index("state")
_MUTED = QBrush(QColor(MUTED_COLOR))
_STATE_BRUSHES = {state: QBrush(QColor(color)) for state, color in STATE_COLORS.items()}
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_Idx = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClaimTableModel", text)


def display_row(r: ClaimRow) -> tuple[str, ...]:
    """The strings one row shows, in COLUMNS order."""
    return (
        r.claim_no,
        code_label(r.kind_label),
        r.learner_name,
        r.department,
        r.term,
        r.invoice_number,
        format_rmb(r.base_fen),
        format_rmb(r.subsidy_fen),
        format_rmb(r.learner_fen),
        code_label(r.state_label),
        r.paid_on.isoformat() if r.paid_on else "",
    )


class ClaimTableModel(QAbstractTableModel):
    def __init__(self, db: Database, query: ClaimQuery | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from qiuxue_desktop.services.claim_query import ClaimQuery

        self._db = db
        self._query = query or ClaimQuery()
        self._ids: list[int] = []
        self._pages: OrderedDict[int, list[tuple[tuple[str, ...], str]]] = OrderedDict()
        self.requery()

    # --- querying ------------------------------------------------------------------------

    @property
    def query(self) -> ClaimQuery:
        return self._query

    def set_query(self, query: ClaimQuery) -> None:
        if query != self._query:
            self._query = query
            self.requery()

    def requery(self) -> None:
        """Ask the database again (after a filter, a sort or a change)."""
        from qiuxue_desktop.services.claim_query import query_claim_ids

        with self._db.read() as session:
            ids = query_claim_ids(session, self._query)
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or COLUMNS[column].key is None:
            return
        key = COLUMNS[column].key
        assert key is not None
        self.set_query(replace(self._query, sort=key, descending=order == Qt.SortOrder.DescendingOrder))

    def sort_column(self) -> int:
        return COLUMN_KEYS.index(self._query.sort) if self._query.sort in COLUMN_KEYS else 0

    # --- rows ----------------------------------------------------------------------------

    def claim_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, claim_id: int) -> int | None:
        try:
            return self._ids.index(claim_id)
        except ValueError:
            return None

    def ids(self) -> list[int]:
        return list(self._ids)

    def _page(self, page_no: int) -> list[tuple[tuple[str, ...], str]]:
        page = self._pages.get(page_no)
        if page is not None:
            self._pages.move_to_end(page_no)
            return page
        from qiuxue_desktop.services.claim_query import fetch_claim_rows

        ids = self._ids[page_no * PAGE_SIZE : (page_no + 1) * PAGE_SIZE]
        with self._db.read() as session:
            rows = {r.id: r for r in fetch_claim_rows(session, ids)}
        page = []
        for claim_id in ids:
            r = rows.get(claim_id)
            # removed since the query: an empty row until the next refresh
            page.append((display_row(r), r.state) if r is not None else (("",) * len(COLUMNS), ""))
        self._pages[page_no] = page
        if len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    # --- QAbstractTableModel -------------------------------------------------------------

    def rowCount(self, parent: _Idx = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Idx = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Idx, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.TextAlignmentRole,
        ):
            return None
        row, col = index.row(), index.column()
        if not 0 <= row < len(self._ids) or not 0 <= col < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if COLUMNS[col].money else _LEFT
        texts, state = self._page(row // PAGE_SIZE)[row % PAGE_SIZE]
        if role == Qt.ItemDataRole.DisplayRole:
            return texts[col]
        if state == "void":
            return _MUTED
        return _STATE_BRUSHES.get(state) if col == STATE_COLUMN else None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return _tr(COLUMNS[section].label)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _RIGHT if COLUMNS[section].money else _LEFT
            return None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None
