"""The at-risk list as a table model: the ProgressRow list the progress service computed (a few
thousand rows at most), shown with its reasons, filtered by kind of risk and sorted in the
model's own list (never through a proxy)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from qiuxue_desktop.views.code_labels import QT_TRANSLATE_NOOP, code_label, separated
from qiuxue_desktop.views.study_common import RISK_COLOR, credits_text

if TYPE_CHECKING:
    from qiuxue_desktop.services.progress import ProgressRow

_Idx = QModelIndex | QPersistentModelIndex
_REASON_TEXT = QBrush(QColor(RISK_COLOR))


def _tr(text: str) -> str:
    return QCoreApplication.translate("RiskTableModel", text)


def reasons(r: ProgressRow) -> tuple[str, ...]:
    """Why the row is at risk, in the window's language (the core's ProgressRow.reasons in Chinese)."""
    out = []
    for risk in r.risks:
        if risk == "failed":
            text = _tr_reason("failed").format(n=r.open_failures)
        elif risk == "no_credits":
            text = _tr_reason("no_credits").format(term=r.last_term, n=r.terms_completed)
        elif risk == "overdue":
            text = _tr_reason("overdue").format(date=r.expected_graduation.isoformat())
        else:
            text = _tr_reason("suspension").format(n=r.months_suspended, m=r.allowed_months)
        out.append(text)
    return tuple(out)


def _tr_reason(risk: str) -> str:
    return _tr(_REASONS[risk])


_REASONS = {
    "failed": QT_TRANSLATE_NOOP("RiskTableModel", "{n}门课程不及格，尚未补考通过"),
    "no_credits": QT_TRANSLATE_NOOP("RiskTableModel", "上一学期（{term}，第{n}学期）没有取得学分"),
    "overdue": QT_TRANSLATE_NOOP("RiskTableModel", "已超过预计毕业日期{date}，尚未毕业"),
    "suspension": QT_TRANSLATE_NOOP("RiskTableModel", "休学已{n}个月，院校允许最长{m}个月"),
}


# (header, text of a row, sort key of a row)
COLUMNS: tuple[tuple[str, Callable[[ProgressRow], str], Callable[[ProgressRow], Any]], ...] = (
    (QT_TRANSLATE_NOOP("RiskTableModel", "部门"), lambda r: r.department, lambda r: r.department),
    (QT_TRANSLATE_NOOP("RiskTableModel", "姓名"), lambda r: r.learner_name, lambda r: r.learner_name),
    (QT_TRANSLATE_NOOP("RiskTableModel", "工号"), lambda r: r.employee_no, lambda r: r.employee_no),
    (QT_TRANSLATE_NOOP("RiskTableModel", "院校"), lambda r: r.institution_name, lambda r: r.institution_name),
    (QT_TRANSLATE_NOOP("RiskTableModel", "专业"), lambda r: r.programme_name, lambda r: r.programme_name),
    (QT_TRANSLATE_NOOP("RiskTableModel", "层次"), lambda r: code_label(r.level_label), lambda r: r.level),
    (QT_TRANSLATE_NOOP("RiskTableModel", "状态"), lambda r: code_label(r.status_label), lambda r: r.status),
    (
        QT_TRANSLATE_NOOP("RiskTableModel", "学分"),
        lambda r: f"{credits_text(r.credits_earned)} / {credits_text(r.credits_required)}",
        lambda r: r.credits_earned / r.credits_required if r.credits_required else 0,
    ),
    (
        QT_TRANSLATE_NOOP("RiskTableModel", "学期"),
        lambda r: f"{r.terms_completed} / {r.terms_planned}",
        lambda r: r.terms_completed,
    ),
    (
        QT_TRANSLATE_NOOP("RiskTableModel", "未通过"),
        lambda r: str(r.open_failures) if r.open_failures else "",
        lambda r: r.open_failures,
    ),
    (
        QT_TRANSLATE_NOOP("RiskTableModel", "预警原因"),
        lambda r: separated(reasons(r)),
        lambda r: len(r.risks),
    ),
)
REASON_COLUMN = len(COLUMNS) - 1


class RiskTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[ProgressRow] = []
        self._rows: list[ProgressRow] = []
        self._risk: str | None = None
        self._sort = (0, Qt.SortOrder.AscendingOrder)
        self._pinyin: dict[str, str] = {}

    def set_rows(self, rows: list[ProgressRow]) -> None:
        self._all = rows
        self._apply()

    def set_risk(self, risk: str | None) -> None:
        """Only the rows carrying this risk (services.progress.RISKS key); None: all."""
        self._risk = risk
        self._apply()

    def row(self, index: int) -> ProgressRow:
        return self._rows[index]

    def _apply(self) -> None:
        self.beginResetModel()
        rows = [r for r in self._all if self._risk is None or self._risk in r.risks]
        column, order = self._sort
        if column != 0 or order != Qt.SortOrder.AscendingOrder:  # the service's order is by department
            key = COLUMNS[column][2]
            rows.sort(key=lambda r: (key(r), self._name_key(r.learner_name)))
            if order == Qt.SortOrder.DescendingOrder:
                rows.reverse()
        self._rows = rows
        self.endResetModel()

    def _name_key(self, name: str) -> str:
        key = self._pinyin.get(name)
        if key is None:
            from qiuxue_desktop.domain.pinyin import pinyin_keys

            key = self._pinyin[name] = pinyin_keys(name)[0]
        return key

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self._sort = (column, order)
            self._apply()

    def rowCount(self, parent: _Idx = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Idx = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Idx, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, col = index.row(), index.column()
        if not 0 <= row < len(self._rows):
            return None
        r = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[col][1](r)
        if role == Qt.ItemDataRole.ForegroundRole and col == REASON_COLUMN:
            return _REASON_TEXT
        if role == Qt.ItemDataRole.ToolTipRole and col == REASON_COLUMN:
            return "\n".join(reasons(r))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return _tr(COLUMNS[section][0])
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None
