"""系统设置: the enterprise's details — name, short code and address editable; the
统一社会信用代码 shown read-only (the platform knows the enterprise by it)."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from qiuxue_desktop.views import signals
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.widgets.field_grid import FieldGrid


class EnterprisePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enterprisePage")
        self._ctx = ctx
        box = QGroupBox(self.tr("企业信息"), self)
        box.setMaximumWidth(900)
        self.name_edit = QLineEdit(box)
        self.name_edit.setObjectName("settingsName")
        self.uscc_edit = QLineEdit(box)
        self.uscc_edit.setReadOnly(True)
        self.uscc_edit.setToolTip(self.tr("统一社会信用代码是企业在平台上的身份，创建后不能修改。"))
        self.short_edit = QLineEdit(box)
        self.short_edit.setObjectName("settingsShortCode")
        self.address_edit = QLineEdit(box)
        self.address_edit.setObjectName("settingsAddress")
        self.grid = FieldGrid()
        self.grid.add_row("name", self.tr("企业名称"), self.name_edit, required=True)
        self.grid.add_row("uscc", self.tr("统一社会信用代码"), self.uscc_edit)
        self.grid.add_row("short_code", self.tr("简称"), self.short_edit)
        self.grid.add_row("address", self.tr("地址"), self.address_edit)
        self.save_button = QPushButton(self.tr("保存"), box)
        self.save_button.setObjectName("saveEnterprise")
        self.save_button.clicked.connect(self.save)
        self.saved_label = QLabel(box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_label, 1)
        buttons.addWidget(self.save_button)
        inner = QVBoxLayout(box)
        inner.addLayout(self.grid)
        inner.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addStretch(1)
        for edit in (self.name_edit, self.short_edit, self.address_edit):
            edit.textEdited.connect(lambda _t: self.saved_label.clear())
        ctx.signals.changed.connect(self._on_changed)

    def _on_changed(self, area: str) -> None:
        if area == signals.ENTERPRISE and self._ctx.enterprise_id is not None:
            self.load()

    def apply_permissions(self, ctx: AppContext) -> None:
        """Read-only to a role that may not edit the enterprise (the service refuses anyway)."""
        from qiuxue_desktop.domain.permissions import Permission

        editable = ctx.may(Permission.EDIT_ENTERPRISE)
        for edit in (self.name_edit, self.short_edit, self.address_edit):
            edit.setReadOnly(not editable)
        self.save_button.setVisible(editable)

    def load(self) -> None:
        from qiuxue_desktop.services.enterprise import current_enterprise

        with self._ctx.database.read() as session:
            info = current_enterprise(session)
        if info is None:
            return
        self.name_edit.setText(info.name)
        self.uscc_edit.setText(info.uscc)
        self.short_edit.setText(info.short_code)
        self.address_edit.setText(info.address)
        self.grid.show_problems({})

    def save(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            self.grid.show_problems({"name": self.tr("企业名称不能为空")})
            return
        self.grid.show_problems({})
        from qiuxue_desktop.services.enterprise import update_enterprise

        db, enterprise_id = self._ctx.database, self._ctx.enterprise
        short, address = self.short_edit.text(), self.address_edit.text()

        def work() -> None:
            with db.write() as session:
                update_enterprise(session, enterprise_id, name=name, short_code=short, address=address)

        def done(_result: None) -> None:
            self.save_button.setEnabled(True)
            self.saved_label.setText(self.tr("已保存。"))
            self._ctx.signals.changed.emit(signals.ENTERPRISE)

        def failed(_exc: BaseException) -> bool:
            self.save_button.setEnabled(True)
            return False

        self.save_button.setEnabled(False)
        self._ctx.runner.db(work, on_done=done, on_error=failed)
