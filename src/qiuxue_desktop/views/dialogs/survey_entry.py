"""Typing in paper answer sheets, one after another, from the keyboard: the person's department
and programme (an anonymous survey) or the learner (a named one), then one box per question —
a 1–5 answer or an option's number is a single key and moves on to the next box; Enter saves the
sheet and starts the next one. Each sheet is saved in its own unit of work on the worker."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from qiuxue_desktop.domain.surveys import CHOICE, SCALE
from qiuxue_desktop.views.error_box import show_error

if TYPE_CHECKING:
    from qiuxue_desktop.db.engine import Database
    from qiuxue_desktop.services.surveys import SheetInput, SurveyInfo
    from qiuxue_desktop.views.context import AppContext

VOICE = "voice"


def save_sheet(db: Database, survey_id: int, sheet: SheetInput) -> None:
    from qiuxue_desktop.services.surveys import record_sheets

    with db.write() as s:
        record_sheets(s, survey_id, [sheet])


class SurveyEntryDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        info: SurveyInfo,
        groups: tuple[list[tuple[int, str]], list[tuple[int, str]]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("surveyEntry")
        self.setWindowTitle(
            self.tr("录入纸质答卷：{title}（{term}）").format(title=info.title, term=info.term)
        )
        self._ctx = ctx
        self.info = info
        self.saved = 0
        departments, programmes = groups
        self.department = QComboBox(self)
        self.department.setObjectName("entryDepartment")
        self.programme = QComboBox(self)
        self.programme.setObjectName("entryProgramme")
        for combo, items in ((self.department, departments), (self.programme, programmes)):
            combo.addItem(self.tr("（未填写）"), None)
            for key, label in items:
                combo.addItem(label, key)
        self.picker: QWidget | None = None
        head = QFormLayout()
        if info.anonymous:
            head.addRow(self.tr("所在部门"), self.department)
            head.addRow(self.tr("就读专业"), self.programme)
        else:
            from qiuxue_desktop.views.widgets.learner_picker import LearnerPicker

            self.picker = LearnerPicker(ctx, self)
            head.addRow(self.tr("答卷学员"), self.picker)
        self.boxes: dict[int, QLineEdit] = {}
        form = QFormLayout()
        for q in info.questions:
            box = QLineEdit(self)
            box.setObjectName(f"answer{q.position}")
            if q.kind == SCALE:
                box.setPlaceholderText(self.tr("1–5（5 非常满意）"))
                box.setValidator(QRegularExpressionValidator(QRegularExpression("[1-5]"), box))
                box.setMaximumWidth(160)
            elif q.kind == CHOICE:
                listed = "  ".join(f"{i}.{o}" for i, o in enumerate(q.options, start=1))
                box.setPlaceholderText(listed)
                box.setValidator(
                    QRegularExpressionValidator(QRegularExpression(f"[1-{len(q.options)}]"), box)
                )
            else:
                box.setPlaceholderText(self.tr("意见建议（可不填）"))
            if q.kind in (SCALE, CHOICE):
                box.textEdited.connect(self._advance(box))
            box.returnPressed.connect(self.save)
            caption = QLabel(f"{q.position}. {q.text}", self)
            caption.setWordWrap(True)
            form.addRow(caption, box)
            self.boxes[q.id] = box
        inner = QWidget(self)
        inner.setLayout(form)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.count_label = QLabel(self.tr("本次已录入 0 份"), self)
        self.count_label.setObjectName("entryCount")
        self.save_button = QPushButton(self.tr("保存，录入下一份"), self)
        self.save_button.setObjectName("saveSheet")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("关闭"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.resize(760, 640)

    def _advance(self, box: QLineEdit) -> Callable[[str], None]:
        def moved(text: str) -> None:
            if text:
                boxes = list(self.boxes.values())
                i = boxes.index(box)
                if i + 1 < len(boxes):
                    boxes[i + 1].setFocus()
                    boxes[i + 1].selectAll()

        return moved

    def sheet(self) -> SheetInput:
        from qiuxue_desktop.services.surveys import SheetInput

        answers: dict[int, object] = {}
        kinds = {q.id: q.kind for q in self.info.questions}
        for qid, box in self.boxes.items():
            text = box.text().strip()
            if text:
                answers[qid] = int(text) if kinds[qid] in (SCALE, CHOICE) else text
        learner = self.picker.learner_id() if self.picker is not None else None  # type: ignore[attr-defined]
        return SheetInput(
            answers,
            department_id=self.department.currentData() if self.info.anonymous else None,
            programme_id=self.programme.currentData() if self.info.anonymous else None,
            learner_id=learner,
        )

    def save(self) -> None:
        sheet = self.sheet()
        self.save_button.setEnabled(False)

        def done(_result: object) -> None:
            self.saved += 1
            self.count_label.setText(self.tr("本次已录入 {n} 份").format(n=self.saved))
            for box in self.boxes.values():
                box.clear()
            self.save_button.setEnabled(True)
            self._ctx.signals.changed.emit(VOICE)
            next(iter(self.boxes.values())).setFocus()

        def failed(exc: BaseException) -> bool:
            self.save_button.setEnabled(True)
            show_error(self, exc)
            return True

        self._ctx.runner.db(
            save_sheet, self._ctx.database, self.info.id, sheet, on_done=done, on_error=failed
        )
