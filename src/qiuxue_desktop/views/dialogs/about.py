"""About: what the application is, its version, and where its data and logs are."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from qiuxue_desktop import __version__, paths


class AboutDialog(QDialog):
    def __init__(self, db_target: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("关于求学圆梦桌面版"))
        title = QLabel(self.tr("求学圆梦 桌面版"), self)
        title.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.version_label = QLabel(self.tr("版本 {version}").format(version=__version__), self)
        self.version_label.setObjectName("aboutVersion")
        text = QLabel(
            self.tr(
                "为企业的求学圆梦行动办公室登记学员、管理学费报销并向平台上报数据。"
                "数据保存在本机，不需要联网。"
            ),
            self,
        )
        text.setWordWrap(True)
        details = QLabel(
            self.tr("数据库：{db}\n日志：{logs}\nPython {py}，Qt {qt}，PySide6 {pyside}").format(
                db=db_target or "—",
                logs=str(paths.log_dir()),
                py=platform.python_version(),
                qt=qVersion(),
                pyside=pyside_version,
            ),
            self,
        )
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.version_label)
        layout.addWidget(text)
        layout.addSpacing(8)
        layout.addWidget(details)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
