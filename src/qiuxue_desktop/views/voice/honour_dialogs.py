"""The honours tab's small dialogs: nominating (the account, 事迹, and the 学习与工作表现 note),
returning a nomination with its reason, and a nominee's photo with the consent it needs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

MAX_ACCOUNT = 400


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class NominateDialog(QDialog):
    def __init__(self, name: str, note_required: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nominateDialog")
        self.setWindowTitle(self.tr("提名 {name} 为优秀学员").format(name=name))
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("nominationAccount")
        self.text.setPlaceholderText(self.tr("事迹：光荣榜和工会简报刊登的文字（最多400字）"))
        self.work_note = QLineEdit(self)
        self.work_note.setObjectName("nominationNote")
        self.work_note.setPlaceholderText(
            self.tr("学习与工作表现（必填）") if note_required else self.tr("学习与工作表现（可不填）")
        )
        self.counter = QLabel(self)
        self.text.textChanged.connect(
            lambda: self.counter.setText(f"{len(self.text.toPlainText().strip())}/{MAX_ACCOUNT}")
        )
        form = QFormLayout(self)
        form.addRow(self.tr("事迹"), self.text)
        form.addRow("", self.counter)
        form.addRow(self.tr("学习与工作表现"), self.work_note)
        form.addRow(_buttons(self))
        self.resize(560, 320)

    def account(self) -> str:
        return self.text.toPlainText()


class DecideDialog(QDialog):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("退回 {name} 的提名").format(name=name))
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("退回的原因（必填）"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(_buttons(self))


class PhotoDialog(QDialog):
    """Choose a JPEG or PNG and say how the learner consented; or remove the photo (consent withdrawn)."""

    def __init__(self, name: str, has_photo: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{name} 的照片").format(name=name))
        self.path: Path | None = None
        self.remove_chosen = False
        self.file_label = QLabel(self.tr("还没有选择照片（JPEG或PNG，不超过8 MB）"), self)
        choose = QPushButton(self.tr("选择照片…"), self)
        choose.clicked.connect(self.choose)
        remove = QPushButton(self.tr("删除照片（本人撤回同意）"), self)
        remove.setEnabled(has_photo)
        remove.clicked.connect(self._remove)
        self.consent = QLineEdit(self.tr("本人签字同意书"), self)
        row = QHBoxLayout()
        row.addWidget(choose)
        row.addWidget(remove)
        form = QFormLayout(self)
        form.addRow(self.file_label)
        form.addRow(row)
        form.addRow(self.tr("本人同意的方式"), self.consent)
        note = QLabel(
            self.tr("照片只在本人同意后保存，保存时去掉拍摄信息；同意的方式、登记人和时间都会记录。"), self
        )
        note.setWordWrap(True)
        form.addRow(note)
        form.addRow(_buttons(self))

    def choose(self) -> None:
        chosen, _f = QFileDialog.getOpenFileName(
            self, self.tr("选择照片"), "", self.tr("图片 (*.jpg *.jpeg *.png)")
        )
        if chosen:
            self.path = Path(chosen)
            self.file_label.setText(chosen)

    def _remove(self) -> None:
        self.remove_chosen = True
        self.accept()
