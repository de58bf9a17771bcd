"""A programme's course plan as the editor holds it: one row per course (term, name, credits,
required or elective, exam type), edited in place, checked row by row, and turned into the
CourseInput list that services.programmes.set_course_plan saves as a whole."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from qiuxue_desktop.views.code_labels import QT_TRANSLATE_NOOP, code_label
from qiuxue_desktop.views.study_common import RISK_BACKGROUND, credits_text, parse_decimal

if TYPE_CHECKING:
    from qiuxue_desktop.services.programmes import CourseInput, CourseRow

_Idx = QModelIndex | QPersistentModelIndex
TERM, NAME, CREDITS, REQUIRED, EXAM, RESULTS = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("CoursePlanModel", "学期"),
    QT_TRANSLATE_NOOP("CoursePlanModel", "课程名称"),
    QT_TRANSLATE_NOOP("CoursePlanModel", "学分"),
    QT_TRANSLATE_NOOP("CoursePlanModel", "性质"),
    QT_TRANSLATE_NOOP("CoursePlanModel", "考核方式"),
    QT_TRANSLATE_NOOP("CoursePlanModel", "已有成绩"),
)
_PROBLEM_BRUSH = QBrush(QColor(RISK_BACKGROUND))


def _tr(text: str) -> str:
    return QCoreApplication.translate("CoursePlanModel", text)


@dataclass(frozen=True, slots=True)
class PlanLine:
    term_no: int
    name: str
    credits: str  # as typed; checked on save
    required: bool = True
    exam_type: str = "1"
    id: int | None = None
    result_count: int = 0


def required_label(required: bool) -> str:
    return (
        QCoreApplication.translate("CoursePlanModel", "必修")
        if required
        else QCoreApplication.translate("CoursePlanModel", "选修")
    )


class CoursePlanModel(QAbstractTableModel):
    dirty_changed = Signal(bool)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[PlanLine] = []
        self._original: list[PlanLine] = []
        self._problems: dict[int, str] = {}
        self.length_terms = 1
        self.editable = True
        self._dirty = False

    # --- loading, reading back -----------------------------------------------------------

    def load(self, courses: list[CourseRow], length_terms: int) -> None:
        self.beginResetModel()
        self.length_terms = length_terms
        self._lines = [
            PlanLine(
                c.term_no, c.name, credits_text(c.credits), c.required, c.exam_type, c.id, c.result_count
            )
            for c in courses
        ]
        self._original = list(self._lines)
        self._problems.clear()
        self.endResetModel()
        self._set_dirty(False)

    def revert(self) -> None:
        self.beginResetModel()
        self._lines = list(self._original)
        self._problems.clear()
        self.endResetModel()
        self._set_dirty(False)

    def mark_clean(self) -> None:
        """The rows as they are now are saved."""
        self._original = list(self._lines)
        self._set_dirty(False)

    @property
    def lines(self) -> list[PlanLine]:
        return list(self._lines)

    @property
    def dirty(self) -> bool:
        return self._dirty

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def _changed(self) -> None:
        self._set_dirty(self._lines != self._original)

    def inputs(self) -> tuple[list[CourseInput], dict[int, str]]:
        """The plan for the service, and the problems found before asking it (row → reason):
        credits that are not a number. The rows are first put in term order (keeping their
        order within a term), so the service's "第N行" is the table's row N."""
        from qiuxue_desktop.services.programmes import CourseInput

        ordered = sorted(self._lines, key=lambda line: line.term_no)
        if ordered != self._lines:
            self.beginResetModel()
            self._lines = ordered
            self._problems.clear()
            self.endResetModel()
        inputs: list[CourseInput] = []
        problems: dict[int, str] = {}
        for r, line in enumerate(self._lines):
            credits = parse_decimal(line.credits)
            if credits is None:
                problems[r] = QCoreApplication.translate(
                    "CoursePlanModel", "第{row}行课程“{name}”：学分应为数字"
                ).format(row=r + 1, name=line.name)
                credits = Decimal(0)
            inputs.append(
                CourseInput(line.term_no, line.name, credits, line.required, line.exam_type, line.id)
            )
        return inputs, problems

    def show_problems(self, problems: dict[int, str]) -> None:
        self._problems = dict(problems)
        if self._lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._lines) - 1, len(HEADERS) - 1))

    # --- editing the rows ----------------------------------------------------------------

    def add_course(self, term_no: int) -> int:
        """A new empty course at the end of term `term_no`; returns its row."""
        row = max((r + 1 for r, line in enumerate(self._lines) if line.term_no <= term_no), default=0)
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.insert(row, PlanLine(term_no, "", "", True, "1"))
        self.endInsertRows()
        self._shift_problems()
        self._changed()
        return row

    def can_remove(self, row: int) -> bool:
        return 0 <= row < len(self._lines) and self._lines[row].result_count == 0

    def remove_course(self, row: int) -> bool:
        if not self.can_remove(row):
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._lines[row]
        self.endRemoveRows()
        self._shift_problems()
        self._changed()
        return True

    def move(self, row: int, step: int) -> int:
        """Move a course up (-1) or down (+1) within its term; returns its new row."""
        other = row + step
        if not (0 <= row < len(self._lines) and 0 <= other < len(self._lines)):
            return row
        if self._lines[row].term_no != self._lines[other].term_no:
            return row
        self._lines[row], self._lines[other] = self._lines[other], self._lines[row]
        first, last = min(row, other), max(row, other)
        self.dataChanged.emit(self.index(first, 0), self.index(last, len(HEADERS) - 1))
        self._changed()
        return other

    def _shift_problems(self) -> None:
        self._problems.clear()  # the rows moved: old messages no longer point at the right one

    def term_summary(self) -> list[tuple[int, int, Decimal]]:
        """(term, courses, credits) for every term of the programme, empty terms included."""
        out = []
        for term in range(1, self.length_terms + 1):
            lines = [line for line in self._lines if line.term_no == term]
            total = sum((parse_decimal(line.credits) or Decimal(0) for line in lines), Decimal(0))
            out.append((term, len(lines), total))
        return out

    # --- QAbstractTableModel -------------------------------------------------------------

    def rowCount(self, parent: _Idx = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _Idx = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def flags(self, index: _Idx) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() != RESULTS:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Idx, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        from qiuxue_desktop.domain.study_codes import EXAM_TYPES

        row, col = index.row(), index.column()
        if not 0 <= row < len(self._lines):
            return None
        line = self._lines[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("CoursePlanModel", "第{n}学期").format(n=line.term_no),
                line.name,
                line.credits,
                required_label(line.required),
                code_label(EXAM_TYPES.get(line.exam_type, line.exam_type)),
                str(line.result_count) if line.result_count else "",
            )[col]
        if role == Qt.ItemDataRole.EditRole:
            return (line.term_no, line.name, line.credits, line.required, line.exam_type, line.result_count)[
                col
            ]
        if role == Qt.ItemDataRole.BackgroundRole:
            return _PROBLEM_BRUSH if row in self._problems else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if row in self._problems:
                return self._problems[row]
            if line.result_count:
                return QCoreApplication.translate(
                    "CoursePlanModel", "这门课已有 {n} 条成绩，不能从计划中删除"
                ).format(n=line.result_count)
        return None

    def setData(self, index: _Idx, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.editable:
            return False
        row, col = index.row(), index.column()
        if not 0 <= row < len(self._lines):
            return False
        line = self._lines[row]
        if col == TERM:
            new = replace(line, term_no=max(1, min(int(value), self.length_terms)))
        elif col == NAME:
            new = replace(line, name=" ".join(str(value).split()))
        elif col == CREDITS:
            new = replace(line, credits=str(value).strip())
        elif col == REQUIRED:
            new = replace(line, required=bool(value))
        elif col == EXAM:
            new = replace(line, exam_type=str(value))
        else:
            return False
        if new == line:
            return True
        self._lines[row] = new
        self._problems.pop(row, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))
        self._changed()
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            return _tr(HEADERS[section])
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None
