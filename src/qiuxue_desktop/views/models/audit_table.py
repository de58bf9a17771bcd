"""The audit trail as a table model over SQL, like the learner table: the ids of the matching
entries (newest first, filtered in SQL) and their rows fetched a page at a time."""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from qiuxue_desktop.views.code_labels import QT_TRANSLATE_NOOP, code_label

if TYPE_CHECKING:
    from qiuxue_desktop.db.engine import Database
    from qiuxue_desktop.services.audit import AuditQuery, EntryRow

PAGE_SIZE = 200
MAX_PAGES = 20
COLUMNS = (
    QT_TRANSLATE_NOOP("AuditTableModel", "编号"),
    QT_TRANSLATE_NOOP("AuditTableModel", "时间"),
    QT_TRANSLATE_NOOP("AuditTableModel", "操作人"),
    QT_TRANSLATE_NOOP("AuditTableModel", "动作"),
    QT_TRANSLATE_NOOP("AuditTableModel", "对象"),
    QT_TRANSLATE_NOOP("AuditTableModel", "记录"),
    QT_TRANSLATE_NOOP("AuditTableModel", "变更"),
    QT_TRANSLATE_NOOP("AuditTableModel", "说明"),
)  # 记录: its name, else its key
_Idx = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditTableModel", text)


def display_row(e: EntryRow) -> tuple[str, ...]:
    return (
        f"#{e.id}",
        e.local_time,
        e.actor,
        code_label(e.action_label),
        code_label(e.table_label),
        e.record_name or e.record_key[:8],
        e.summary(),
        e.detail,
    )


class AuditTableModel(QAbstractTableModel):
    def __init__(self, db: Database, query: AuditQuery, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._query = query
        self._ids: list[int] = []
        self._pages: OrderedDict[int, list[EntryRow]] = OrderedDict()
        self.set_query(query)

    @property
    def query(self) -> AuditQuery:
        return self._query

    def set_query(self, query: AuditQuery) -> None:
        from qiuxue_desktop.services.audit import query_entry_ids

        with self._db.read() as session:
            ids = query_entry_ids(session, query)
        self.beginResetModel()
        self._query, self._ids = query, ids
        self._pages.clear()
        self.endResetModel()

    def requery(self) -> None:
        self.set_query(self._query)

    def rowCount(self, parent: _Idx = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Idx = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _tr(COLUMNS[section])
        return None

    def entry(self, row: int) -> EntryRow:
        """The entry shown in `row` (its page is fetched when needed)."""
        from qiuxue_desktop.services.audit import fetch_entries

        page = row // PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            with self._db.read() as session:
                rows = fetch_entries(session, self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE])
            self._pages[page] = rows
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return rows[row % PAGE_SIZE]

    def data(self, index: _Idx, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return display_row(self.entry(index.row()))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (5, 6):
            e = self.entry(index.row())
            return e.record_key if index.column() == 5 else e.summary().replace("；", "\n")
        return None
