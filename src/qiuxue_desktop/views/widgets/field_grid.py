"""A form laid out as label | field | message: each field's validation message
stands beside it, in red, and disappears when the field is right."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QGridLayout, QLabel, QSizePolicy, QWidget

from qiuxue_desktop.views.style import ERROR_COLOR

MESSAGE_WIDTH = 230
FIELD_MIN_WIDTH = 200


class FieldGrid(QGridLayout):
    def __init__(self, parent: QWidget | None = None, *, field_width: int = FIELD_MIN_WIDTH) -> None:
        super().__init__(parent)
        self.setColumnStretch(1, 1)
        self.setColumnMinimumWidth(1, field_width)
        self.setHorizontalSpacing(10)
        self.setVerticalSpacing(6)
        self._messages: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}

    def add_row(self, key: str, label: str, field: QWidget, *, required: bool = False) -> QLabel:
        """Add `field` under `label`; returns the message label beside it."""
        row = self.rowCount()
        caption = QLabel(f"{label}{' *' if required else ''}")
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        caption.setBuddy(field)
        message = QLabel()
        message.setObjectName(f"problem_{key}")
        message.setWordWrap(True)
        message.setFixedWidth(MESSAGE_WIDTH)
        message.setStyleSheet(f"color: {ERROR_COLOR};")
        message.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.addWidget(caption, row, 0)
        self.addWidget(field, row, 1)
        self.addWidget(message, row, 2)
        self._messages[key] = message
        self._fields[key] = field
        return message

    def message(self, key: str) -> str:
        label = self._messages.get(key)
        return label.text() if label is not None else ""

    def field(self, key: str) -> QWidget:
        return self._fields[key]

    def show_problems(self, problems: dict[str, str], keys: set[str] | None = None) -> None:
        """Show each problem beside its field; `keys` limits which fields speak (the touched ones)."""
        for key, label in self._messages.items():
            text = problems.get(key, "")
            label.setText(text if keys is None or key in keys else "")

    def first_problem_field(self, problems: dict[str, str]) -> QWidget | None:
        for key, field in self._fields.items():
            if key in problems:
                return field
        return None


def date_edit(parent: QWidget | None = None, *, latest_today: bool = True) -> QDateEdit:
    """A date field with a calendar popup, shown as 2024-03-01."""
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(QDate(1900, 1, 1))
    if latest_today:
        edit.setMaximumDate(QDate.currentDate())
    edit.setDate(QDate.currentDate())
    return edit
