"""资助项目: the schemes in the order they apply, what claims hold of each, the selected one's
rule in words; 新建, 修改, 删除 (refused with the service's sentence when claims use it),
上移 and 下移 for a role that manages funds, the same list to look at for the others."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qiuxue_desktop.views.code_labels import code_label
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.funds.common import FUNDS, FundsTab, cell, money_text
from qiuxue_desktop.views.funds.scheme_summary import scheme_summary
from qiuxue_desktop.views.study_common import (
    MUTED_COLOR,
    fill_table,
    open_dialog,
    read_only_table,
    row_key,
    select_key,
)

if TYPE_CHECKING:
    from qiuxue_desktop.services.schemes import SchemeRow


@dataclass(frozen=True)
class SchemeList:
    rows: list[SchemeRow]
    values: dict[int, dict[str, Any]]  # scheme id → its form values (scheme_values)


class SchemesTab(FundsTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("schemesTab")
        self.data = SchemeList([], {})
        self.table = read_only_table(
            self,
            [
                self.tr("位次"),
                self.tr("名称"),
                self.tr("资助方"),
                self.tr("资金来源"),
                self.tr("发放时机"),
                self.tr("计算方式"),
                self.tr("启用"),
                self.tr("已占用金额"),
            ],
            "schemeTable",
        )
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.detail = QLabel(self)
        self.detail.setObjectName("schemeDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hint = QLabel(
            self.tr(
                "资助项目按位次依次计算：排在前面的项目先付，后面的项目只在余下的学费内计算，"
                "最后余下的是学员个人承担的部分。已占用金额是审批中和已支付的申请占用的资助。"
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {MUTED_COLOR};")

        self.add_button = QPushButton(self.tr("新建…"), self)
        self.add_button.setObjectName("addScheme")
        self.edit_button = QPushButton(self.tr("修改…"), self)
        self.edit_button.setObjectName("editScheme")
        self.delete_button = QPushButton(self.tr("删除"), self)
        self.delete_button.setObjectName("deleteScheme")
        self.up_button = QPushButton(self.tr("上移"), self)
        self.up_button.setObjectName("moveSchemeUp")
        self.down_button = QPushButton(self.tr("下移"), self)
        self.down_button.setObjectName("moveSchemeDown")
        self.edit_buttons = (
            self.add_button,
            self.edit_button,
            self.delete_button,
            self.up_button,
            self.down_button,
        )
        buttons = QHBoxLayout()
        for button in self.edit_buttons:
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(hint)
        for button in self.edit_buttons:
            button.setVisible(False)  # until load() knows the role

        self.add_button.clicked.connect(self.add_scheme)
        self.edit_button.clicked.connect(self.edit_scheme)
        self.delete_button.clicked.connect(self.delete_scheme)
        self.up_button.clicked.connect(lambda: self.move_scheme(-1))
        self.down_button.clicked.connect(lambda: self.move_scheme(1))
        self.table.itemSelectionChanged.connect(self._chosen)
        self.table.doubleClicked.connect(lambda _i: self.edit_scheme())
        self._chosen()

    # --- data ----------------------------------------------------------------------------

    def permission_changed(self) -> None:
        for button in self.edit_buttons:
            button.setVisible(self.editable)

    def read(self, _params: None) -> SchemeList:
        from qiuxue_desktop.services.schemes import list_schemes, scheme_values

        with self._ctx.database.read() as session:
            rows = list_schemes(session)
            return SchemeList(rows, {row.id: scheme_values(session, row.id) for row in rows})

    def show_data(self, data: SchemeList) -> None:
        from qiuxue_desktop.domain.funding import RULE_KINDS, SOURCE_TYPES, TRIGGERS

        keep = self.current_id()
        self.data = data
        self.table.blockSignals(True)
        fill_table(
            self.table,
            [
                (
                    str(r.position),
                    r.name,
                    r.funder,
                    code_label(SOURCE_TYPES.get(r.source_type, r.source_type)),
                    code_label(TRIGGERS.get(r.trigger, r.trigger)),
                    code_label(RULE_KINDS.get(r.rule_kind, r.rule_kind)),
                    self.tr("是") if r.active else self.tr("停用"),
                    money_text(r.used_fen),
                )
                for r in data.rows
            ],
            [r.id for r in data.rows],
        )
        for r, row in enumerate(data.rows):
            cell(self.table, r, 7).setTextAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
            if not row.active:
                for c in range(self.table.columnCount()):
                    cell(self.table, r, c).setForeground(Qt.GlobalColor.gray)
        self.table.blockSignals(False)
        if not (keep is not None and select_key(self.table, keep)) and data.rows:
            self.table.selectRow(0)
        self._chosen()

    # --- choosing ------------------------------------------------------------------------

    def current_id(self) -> int | None:
        key = row_key(self.table)
        return key if isinstance(key, int) else None

    def current(self) -> SchemeRow | None:
        wanted = self.current_id()
        return next((r for r in self.data.rows if r.id == wanted), None)

    def _chosen(self) -> None:
        row = self.current()
        if row is None:
            self.detail.setText(
                self.tr("还没有资助项目。") if not self.data.rows else self.tr("选择一个资助项目查看其规则。")
            )
        else:
            self.detail.setText(
                self.tr("{name}：{rule}").format(name=row.name, rule=scheme_summary(self.data.values[row.id]))
            )
        index = next((i for i, r in enumerate(self.data.rows) if row is not None and r.id == row.id), -1)
        self.edit_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        self.up_button.setEnabled(index > 0)
        self.down_button.setEnabled(0 <= index < len(self.data.rows) - 1)

    # --- actions -------------------------------------------------------------------------

    def add_scheme(self) -> None:
        from qiuxue_desktop.views.dialogs.scheme_dialog import SchemeDialog

        dialog = SchemeDialog(self._ctx, None, self)
        dialog.saved.connect(self._select_later)
        open_dialog(dialog)

    def edit_scheme(self) -> None:
        row = self.current()
        if row is None:
            return
        from qiuxue_desktop.views.dialogs.scheme_dialog import SchemeDialog

        open_dialog(SchemeDialog(self._ctx, self.data.values[row.id], self, read_only=not self.editable))

    def _select_later(self, scheme_id: object) -> None:
        """Select the saved scheme once the list has been read again."""

        def select() -> None:
            self.loaded.disconnect(select)
            select_key(self.table, scheme_id)

        self.loaded.connect(select)

    def move_scheme(self, step: int) -> None:
        row = self.current()
        if row is None:
            return
        from qiuxue_desktop.services.schemes import move_scheme

        db, scheme_id = self._ctx.database, row.id

        def work() -> None:
            with db.write() as session:
                move_scheme(session, scheme_id, step)

        self._ctx.runner.db(work, on_done=lambda _r: self._ctx.signals.changed.emit(FUNDS))

    def delete_scheme(self) -> None:
        row = self.current()
        if row is None:
            return
        from qiuxue_desktop.services.schemes import delete_scheme

        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("确认删除"),
            self.tr("删除资助项目“{name}”及其各年预算？").format(name=row.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("confirmDelete")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("删除"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("取消"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        db, scheme_id = self._ctx.database, row.id

        def work() -> None:
            with db.write() as session:
                delete_scheme(session, scheme_id)

        def answered(result: int) -> None:
            if result == QMessageBox.StandardButton.Yes:
                self._ctx.runner.db(work, on_done=lambda _r: self._ctx.signals.changed.emit(FUNDS))

        box.finished.connect(answered)
        box.open()
