"""Setting a term's survey: term, title, anonymous or named, the warning level and the smallest
group shown, the text printed above the questions, and the questions (a table: text, kind,
topic, options separated by “/”), starting from the default set. Once a survey has answers its
questions and its anonymity are fixed (the service refuses them; the dialog locks them)."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qiuxue_desktop.domain.surveys import QUESTION_KINDS, TOPICS
from qiuxue_desktop.views.code_labels import code_label

if TYPE_CHECKING:
    from qiuxue_desktop.services.surveys import QuestionInput, SurveyInfo


class SurveyEditor(QDialog):
    def __init__(self, term: str, info: SurveyInfo | None = None, parent: QWidget | None = None) -> None:
        from qiuxue_desktop.services.surveys import DEFAULT_QUESTIONS, QuestionInput

        super().__init__(parent)
        self.setObjectName("surveyEditor")
        self.info = info
        self.setWindowTitle(self.tr("修改问卷") if info else self.tr("新建问卷"))
        self.term = QLineEdit(info.term if info else term, self)
        self.term.setObjectName("surveyTerm")
        self.term.setReadOnly(info is not None)
        self.title_edit = QLineEdit(info.title if info else self.tr("学习满意度调查"), self)
        self.title_edit.setObjectName("surveyTitle")
        self.anonymous = QCheckBox(self.tr("匿名（不记录答卷人）"), self)
        self.anonymous.setObjectName("surveyAnonymous")
        self.anonymous.setChecked(info.anonymous if info else True)
        self.warn = QDoubleSpinBox(self)
        self.warn.setObjectName("surveyWarn")
        self.warn.setRange(1.0, 5.0)
        self.warn.setSingleStep(0.1)
        self.warn.setDecimals(1)
        self.warn.setValue(float(info.warn_below) if info else 3.5)
        self.min_group = QSpinBox(self)
        self.min_group.setRange(1, 50)
        self.min_group.setValue(info.min_group if info else 3)
        self.intro = QPlainTextEdit(info.intro if info else "", self)
        self.intro.setPlaceholderText(self.tr("印在纸质问卷题目上方的说明；留空用默认说明"))
        self.intro.setMaximumHeight(60)
        form = QFormLayout()
        form.addRow(self.tr("学期"), self.term)
        form.addRow(self.tr("标题"), self.title_edit)
        form.addRow("", self.anonymous)
        form.addRow(self.tr("预警分数（低于此分提醒）"), self.warn)
        form.addRow(self.tr("分组最少答卷数"), self.min_group)
        form.addRow(self.tr("问卷说明"), self.intro)

        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("surveyQuestions")
        self.table.setHorizontalHeaderLabels(
            [self.tr("题目"), self.tr("题型"), self.tr("类别"), self.tr("选项（用“/”分隔）")]
        )
        self.table.verticalHeader().setVisible(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(3, 220)
        questions = (
            [QuestionInput(q.text, q.kind, q.topic, q.options) for q in info.questions]
            if info
            else DEFAULT_QUESTIONS
        )
        for q in questions:
            self.add_question(q)
        add = QPushButton(self.tr("添加题目"), self)
        add.clicked.connect(lambda: self.add_question(QuestionInput("")))
        remove = QPushButton(self.tr("删除所选题目"), self)
        remove.clicked.connect(self._remove)
        tools = QHBoxLayout()
        tools.addWidget(add)
        tools.addWidget(remove)
        tools.addStretch(1)
        self.locked = QLabel(self)
        self.locked.setWordWrap(True)
        if info is not None and info.responses:
            self.locked.setText(
                self.tr("已有 {n} 份答卷：题目和匿名设置不能再改，可以修改标题、说明和预警分数。").format(
                    n=info.responses
                )
            )
            self.table.setEnabled(False)
            add.setEnabled(False)
            remove.setEnabled(False)
            self.anonymous.setEnabled(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("题目（纸质问卷按此顺序编号；导入在线问卷时按题目文字对应）"), self))
        layout.addWidget(self.table, 1)
        layout.addLayout(tools)
        layout.addWidget(self.locked)
        layout.addWidget(buttons)
        self.resize(920, 640)

    def add_question(self, q: QuestionInput) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        self.table.setItem(r, 0, QTableWidgetItem(q.text))
        kind = QComboBox(self.table)
        for code, label in QUESTION_KINDS.items():
            kind.addItem(code_label(label), code)
        kind.setCurrentIndex(max(0, kind.findData(q.kind)))
        self.table.setCellWidget(r, 1, kind)
        topic = QComboBox(self.table)
        for code, label in TOPICS.items():
            topic.addItem(code_label(label), code)
        topic.setCurrentIndex(max(0, topic.findData(q.topic)))
        self.table.setCellWidget(r, 2, topic)
        self.table.setItem(r, 3, QTableWidgetItem("/".join(q.options)))

    def _remove(self) -> None:
        for r in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(r)

    def questions(self) -> list[QuestionInput]:
        from qiuxue_desktop.services.surveys import QuestionInput

        out = []
        for r in range(self.table.rowCount()):
            text_item, options_item = self.table.item(r, 0), self.table.item(r, 3)
            kind, topic = self.table.cellWidget(r, 1), self.table.cellWidget(r, 2)
            assert isinstance(kind, QComboBox) and isinstance(topic, QComboBox)
            options = options_item.text() if options_item is not None else ""
            out.append(
                QuestionInput(
                    text_item.text() if text_item is not None else "",
                    str(kind.currentData()),
                    str(topic.currentData()),
                    tuple(o.strip() for o in options.replace(chr(0xFF0F), "/").split("/") if o.strip()),
                )
            )
        return out

    def warn_below(self) -> Decimal:
        return Decimal(f"{self.warn.value():.1f}")
