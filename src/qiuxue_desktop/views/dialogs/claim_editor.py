"""The claim editor (报销申请): the claim's header, its split line by line — source, funder and
scheme, amount, the rule that produced it and the cap or condition that bound it — with the
total in figures and in 大写, the schemes that do not pay and why; for a draft the payee, notes,
重新计算 and 手工调整; the approval steps the signed-in role may take; the step history.

Everything it shows is read in one go on the database worker (the split's reasons included),
and every action is one unit of work there; the editor reads the claim again after each one.
A paid claim opens read-only, with 更正 when the role may correct it.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from qiuxue_desktop.domain.money import capital_numerals_fen, format_rmb
from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.views import signals
from qiuxue_desktop.views.code_labels import QT_TRANSLATE_NOOP, code_label, labelled, separated, with_note
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.error_box import show_error
from qiuxue_desktop.views.models.claim_table import STATE_COLORS
from qiuxue_desktop.views.study_common import fill_table, read_only_table
from qiuxue_desktop.views.style import ERROR_COLOR

if TYPE_CHECKING:
    from qiuxue_desktop.db.engine import Database
    from qiuxue_desktop.domain.split import NotPaying
    from qiuxue_desktop.services.claim_query import ClaimDetail

SPLIT_HEADERS = (
    QT_TRANSLATE_NOOP("ClaimEditor", "资金来源"),
    QT_TRANSLATE_NOOP("ClaimEditor", "资助方／项目"),
    QT_TRANSLATE_NOOP("ClaimEditor", "金额"),
    QT_TRANSLATE_NOOP("ClaimEditor", "计算规则"),
    QT_TRANSLATE_NOOP("ClaimEditor", "限额或条件"),
)
AMOUNT_COLUMN = 2
STEP_HEADERS = (
    QT_TRANSLATE_NOOP("ClaimEditor", "时间"),
    QT_TRANSLATE_NOOP("ClaimEditor", "办理"),
    QT_TRANSLATE_NOOP("ClaimEditor", "经办账户"),
    QT_TRANSLATE_NOOP("ClaimEditor", "签名人"),
    QT_TRANSLATE_NOOP("ClaimEditor", "说明"),
)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_ERROR = QBrush(QColor(ERROR_COLOR))


@dataclass(frozen=True, slots=True)
class EditorData:
    """What the editor shows, read in one transaction on the worker."""

    detail: ClaimDetail
    not_paying: tuple[NotPaying, ...]
    posting_days: int


def read_claim(db: Database, claim_id: int) -> EditorData:
    from qiuxue_desktop.domain.claims import Claim
    from qiuxue_desktop.services.claim_flow import posting_days
    from qiuxue_desktop.services.claim_query import claim_detail
    from qiuxue_desktop.services.claims import split_for

    with db.read() as session:
        detail = claim_detail(session, claim_id)
        claim = session.get(Claim, claim_id)
        assert claim is not None
        return EditorData(detail, split_for(session, claim).not_paying, posting_days(session, claim_id))


def save_details(
    db: Database, claim_id: int, version: int, bank: str, account: str | None, notes: str
) -> None:
    """The payee and notes of a draft; `account` None keeps the stored number (never shown in full)."""
    from qiuxue_desktop.domain.claims import Claim
    from qiuxue_desktop.services.claims import update_claim_details

    with db.write() as session:
        if account is None:
            claim = session.get(Claim, claim_id)
            account = claim.payee_account if claim is not None else ""
        update_claim_details(
            session, claim_id, expected_version=version, payee_bank=bank, payee_account=account, notes=notes
        )


def _item(text: str, *, right: bool = False, editable: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(_RIGHT)
    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    item.setFlags(flags | Qt.ItemFlag.ItemIsEditable if editable else flags)
    return item


class ClaimEditor(QDialog):
    def __init__(self, ctx: AppContext, claim_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("claimEditor")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowTitle(self.tr("报销申请"))
        self.resize(1080, 720)
        self._ctx = ctx
        self.claim_id = claim_id
        self.data: EditorData | None = None
        self.adjusting = False
        self._busy = False
        self._account_editing = False
        self._reads = 0  # reads asked for; only the newest one is shown

        self.title_label = QLabel(self.tr("正在读取……"), self)
        self.title_label.setObjectName("claimTitle")
        self.title_label.setStyleSheet("font-size: 17px; font-weight: bold;")
        self.state_badge = QLabel(self)
        self.state_badge.setObjectName("claimState")
        self.link_label = QLabel(self)
        self.link_label.setObjectName("claimLink")
        self.link_label.setStyleSheet(f"color: {ERROR_COLOR}; font-weight: bold;")
        top = QHBoxLayout()
        top.addWidget(self.title_label)
        top.addWidget(self.state_badge)
        top.addSpacing(12)
        top.addWidget(self.link_label)
        top.addStretch(1)

        self.learner_label = self._fact("claimLearner")
        self.department_label = self._fact("claimDepartment")
        self.study_label = self._fact("claimStudy")
        self.invoice_label = self._fact("claimInvoice")
        self.base_label = self._fact("claimBase")
        self.base_label.setStyleSheet("font-weight: bold;")
        self.status_note = self._fact("claimStatusNote")
        self.status_note.setStyleSheet(f"color: {ERROR_COLOR};")
        facts = QGridLayout()
        facts.setHorizontalSpacing(14)
        for row, (caption, label) in enumerate(
            (
                (self.tr("学员"), self.learner_label),
                (self.tr("院校专业"), self.study_label),
                (self.tr("票据"), self.invoice_label),
            )
        ):
            facts.addWidget(self._caption(caption), row, 0)
            facts.addWidget(label, row, 1)
        for row, (caption, label) in enumerate(
            ((self.tr("部门"), self.department_label), (self.tr("应分摊"), self.base_label))
        ):
            facts.addWidget(self._caption(caption), row, 2)
            facts.addWidget(label, row, 3)
        facts.addWidget(self.status_note, 2, 2, 1, 2)
        facts.setColumnStretch(1, 3)
        facts.setColumnStretch(3, 2)

        self.split_table = QTableWidget(0, len(SPLIT_HEADERS), self)
        self.split_table.setObjectName("claimSplit")
        self.split_table.setHorizontalHeaderLabels([self.tr(h) for h in SPLIT_HEADERS])
        self.split_table.verticalHeader().hide()
        self.split_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.split_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.split_table.setWordWrap(False)
        self.split_table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.split_table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        header = self.split_table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.split_table.itemChanged.connect(lambda _item: self._amounts_edited())
        self._total_item = _item("")
        self._capital_item = _item("")
        self.capital_label = QLabel(self)  # whether the total equals the base
        self.capital_label.setObjectName("claimTotalNote")
        self.split_message = QLabel(self)
        self.split_message.setObjectName("splitMessage")
        self.split_message.setWordWrap(True)
        self.split_message.hide()
        self.recompute_button = QPushButton(self.tr("重新计算"), self)
        self.recompute_button.setObjectName("recompute")
        self.adjust_button = QPushButton(self.tr("手工调整"), self)
        self.adjust_button.setObjectName("adjust")
        self.save_adjust_button = QPushButton(self.tr("保存调整"), self)
        self.save_adjust_button.setObjectName("saveAdjust")
        self.cancel_adjust_button = QPushButton(self.tr("取消调整"), self)
        self.cancel_adjust_button.setObjectName("cancelAdjust")
        split_buttons = QHBoxLayout()
        split_buttons.addWidget(self.capital_label, 1)
        for button in (
            self.recompute_button,
            self.adjust_button,
            self.save_adjust_button,
            self.cancel_adjust_button,
        ):
            split_buttons.addWidget(button)
        self.recompute_button.clicked.connect(self.recompute)
        self.adjust_button.clicked.connect(lambda: self.set_adjusting(True))
        self.cancel_adjust_button.clicked.connect(lambda: self.set_adjusting(False))
        self.save_adjust_button.clicked.connect(self.save_adjustment)
        self.not_paying_label = QLabel(self)
        self.not_paying_label.setObjectName("notPaying")
        self.not_paying_label.setWordWrap(True)
        self.not_paying_label.setTextFormat(Qt.TextFormat.PlainText)
        self.not_paying_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        split_box = QGroupBox(self.tr("资金分摊"), self)
        split_layout = QVBoxLayout(split_box)
        split_layout.addWidget(self.split_table)
        split_layout.addLayout(split_buttons)
        split_layout.addWidget(self.split_message)
        split_layout.addWidget(self.not_paying_label)

        self.bank_edit = QLineEdit(self)
        self.bank_edit.setObjectName("payeeBank")
        self.bank_edit.setMaxLength(60)
        self.bank_edit.setPlaceholderText(self.tr("如：中国农业银行苏州分行"))
        self.account_edit = QLineEdit(self)
        self.account_edit.setObjectName("payeeAccount")
        self.account_edit.setMaxLength(40)
        self.change_account_button = QPushButton(self.tr("更改账号"), self)
        self.change_account_button.setObjectName("changeAccount")
        self.change_account_button.clicked.connect(self.edit_account)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("claimNotes")
        self.notes_edit.setMaximumHeight(60)
        self.save_button = QPushButton(self.tr("保存"), self)
        self.save_button.setObjectName("saveDetails")
        self.save_button.clicked.connect(self.save_details)
        self.payee_info = QLabel(self)
        self.payee_info.setObjectName("payInfo")
        payee = QWidget(self)
        grid = QGridLayout(payee)
        grid.addWidget(self._caption(self.tr("开户行")), 0, 0)
        grid.addWidget(self.bank_edit, 0, 1)
        grid.addWidget(self._caption(self.tr("收款账号")), 0, 2)
        grid.addWidget(self.account_edit, 0, 3)
        grid.addWidget(self.change_account_button, 0, 4)
        grid.addWidget(self._caption(self.tr("备注")), 1, 0)
        grid.addWidget(self.notes_edit, 1, 1, 1, 3)
        grid.addWidget(self.save_button, 1, 4, Qt.AlignmentFlag.AlignBottom)
        grid.addWidget(self.payee_info, 2, 1, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(3, 1)
        self.steps_table = read_only_table(self, [self.tr(h) for h in STEP_HEADERS], "claimSteps")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("claimTabs")
        self.tabs.addTab(payee, self.tr("收款与备注"))
        self.tabs.addTab(self.steps_table, self.tr("审批记录"))
        self.tabs.setMinimumHeight(150)

        self.actions_row = QHBoxLayout()
        self.action_buttons: dict[str, QPushButton] = {}
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_box = close
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("办理："), self))
        bottom.addLayout(self.actions_row)
        bottom.addStretch(1)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(facts)
        layout.addWidget(split_box)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        # Tab as the editor reads: the split and its buttons, the tabs, the payee, then the steps
        # (made once the claim is read, see _show_actions) and 关闭 last.
        from qiuxue_desktop.views.tab_order import tab_chain

        tab_chain(
            self.split_table,
            self.recompute_button,
            self.adjust_button,
            self.save_adjust_button,
            self.cancel_adjust_button,
            self.tabs,
            self.bank_edit,
            self.account_edit,
            self.change_account_button,
            self.notes_edit,
            self.save_button,
            self.steps_table,
            close,
        )
        ctx.signals.changed.connect(self._on_data_changed)
        self._set_editable(False)
        self.load()

    def _fact(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _caption(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setStyleSheet("color: #606060;")
        return label

    # --- reading -------------------------------------------------------------------------

    def load(self) -> None:
        """Read the claim (its split's reasons included) on the worker, then show it."""
        self._reads += 1
        generation = self._reads
        self._ctx.runner.db(
            read_claim,
            self._ctx.database,
            self.claim_id,
            on_done=lambda data: self._loaded(generation, data),
            quiet=True,
        )

    def _loaded(self, generation: int, data: EditorData) -> None:
        if generation == self._reads:
            self.show_data(data)

    def _on_data_changed(self, area: str) -> None:
        if self._ctx.principal is None:
            return  # signed out: the window closes the editors
        if (
            area in (signals.CLAIMS, signals.LEARNERS, signals.STUDY)
            and not self.adjusting
            and not self._busy
        ):
            self.load()

    def show_data(self, data: EditorData) -> None:
        self.data = data
        d = data.detail
        self.setWindowTitle(self.tr("报销申请 {no} — {name}").format(no=d.claim_no, name=d.learner_name))
        kind = self.tr("毕业补助") if d.kind == "graduation" else self.tr("学费报销")
        self.title_label.setText(f"{d.claim_no}　{kind}")
        color = STATE_COLORS.get(d.state, "#5f6368")
        self.state_badge.setText(code_label(d.state_label))
        self.state_badge.setStyleSheet(
            f"background: {color}; color: white; border-radius: 4px; padding: 2px 10px; font-weight: bold;"
        )
        links = []
        if d.superseded_by_no:
            links.append(self.tr("已被 {no} 更正").format(no=d.superseded_by_no))
        if d.corrects_no:
            links.append(self.tr("更正 {no}").format(no=d.corrects_no))
        self.link_label.setText("　".join(links))
        self.learner_label.setText(with_note(d.learner_name, d.id_masked))
        self.department_label.setText(d.department)
        self.study_label.setText(
            self.tr("{inst}　{prog}（{level}）　学号 {no}").format(
                inst=d.institution, prog=d.programme, level=code_label(d.level_label), no=d.student_no
            )
        )
        if d.invoice_id is not None:
            self.invoice_label.setText(
                self.tr("{number}　{issuer}　{date}　学期 {term}").format(
                    number=d.invoice_number,
                    issuer=d.invoice_issuer,
                    date=d.invoice_date.isoformat() if d.invoice_date else "",
                    term=d.term,
                )
            )
        else:
            self.invoice_label.setText(
                self.tr("毕业补助（毕业日期 {date}，学期 {term}）").format(date=d.reference_date, term=d.term)
            )
        self.base_label.setText(format_rmb(d.base_fen))
        self.status_note.setText(self._status_note(d))
        self.adjusting = False
        self._show_lines()
        self._show_not_paying(data.not_paying)
        self._show_payee(d)
        self._show_steps(d)
        self._show_actions(d)
        self._set_editable(d.state == "draft" and self._ctx.may(Permission.EDIT_CLAIMS))

    def _status_note(self, d: ClaimDetail) -> str:
        if d.state == "void":
            return self.tr("已作废：{reason}").format(reason=d.void_reason)
        if d.state == "draft" and d.return_reason:
            return self.tr("被退回：{reason}").format(reason=d.return_reason)
        if d.state == "posting" and d.posting_start and d.posting_end:
            return self.tr("公示 {start} 至 {end}，{first} 起可支付").format(
                start=d.posting_start, end=d.posting_end, first=d.payable_from
            )
        return ""

    def _show_lines(self) -> None:
        """One row per line, then the total row (figures; 大写 below the table)."""
        from qiuxue_desktop.domain.funding import SOURCE_LABELS

        assert self.data is not None
        d = self.data.detail
        self.split_table.blockSignals(True)
        self.split_table.clearSpans()
        self.split_table.setRowCount(len(d.lines) + 1)
        for r, line in enumerate(d.lines):
            own = line.scheme_id is None
            who = (
                self.tr("学员本人")
                if own
                else self.tr("{funder}／{scheme}").format(funder=line.funder, scheme=line.scheme_name)
            )
            bound = line.bound
            if line.service_months:
                months = self.tr("须服务满 {n} 个月").format(n=line.service_months)
                bound = separated([bound, months]) if bound else months
            cells = (
                _item(code_label(SOURCE_LABELS.get(line.source_type, line.source_type))),
                _item(who),
                _item(format_rmb(line.amount_fen), right=True, editable=self.adjusting),
                _item(line.rule if not own else self.tr("学费减去各项资助")),
                _item(bound or "—"),
            )
            cells[0].setData(Qt.ItemDataRole.UserRole, line.position)
            for c, item in enumerate(cells):
                self.split_table.setItem(r, c, item)
        total_row = len(d.lines)
        bold = self.split_table.font()
        bold.setBold(True)
        self._total_item = _item("", right=True)
        self._capital_item = _item("")
        for c, item in enumerate((_item(self.tr("合计")), _item(""), self._total_item, self._capital_item)):
            item.setFont(bold)
            self.split_table.setItem(total_row, c, item)
        self.split_table.setSpan(total_row, 3, 1, 2)
        self.split_table.blockSignals(False)
        self.split_table.resizeColumnsToContents()
        header = self.split_table.horizontalHeader()
        for c in range(AMOUNT_COLUMN + 2):
            header.resizeSection(c, header.sectionSize(c) + 16)
        header.resizeSection(AMOUNT_COLUMN, max(header.sectionSize(AMOUNT_COLUMN), 110))
        self.split_table.updateGeometry()
        self._show_total()

    def amounts(self) -> tuple[dict[int, int], str]:
        """{position: 分} as the table shows them, and the first amount that is not one ("" if none)."""
        from qiuxue_desktop.domain.money import yuan_to_fen

        assert self.data is not None
        found: dict[int, int] = {}
        for r, line in enumerate(self.data.detail.lines):
            item = self.split_table.item(r, AMOUNT_COLUMN)
            try:
                found[line.position] = yuan_to_fen(item.text() if item is not None else "")
            except ValueError as exc:
                return found, self.tr("第 {n} 行：{why}").format(n=r + 1, why=exc)
        return found, ""

    def _show_total(self) -> None:
        """The total row (figures and 大写) and whether it equals the base."""
        assert self.data is not None
        d = self.data.detail
        amounts, problem = self.amounts()
        total = sum(amounts.values())
        adds_up = not problem and total == d.base_fen
        self.split_table.blockSignals(True)
        self._total_item.setText(format_rmb(total) if not problem else "—")
        capital = capital_numerals_fen(total) if not problem and total >= 0 else "—"
        self._capital_item.setText(self.tr("大写：人民币{capital}").format(capital=capital))
        for item in (self._total_item, self._capital_item):
            item.setForeground(QBrush() if adds_up else _ERROR)
        self.split_table.blockSignals(False)
        if adds_up:
            self.capital_label.setStyleSheet("")
            self.capital_label.setText(
                self.tr("合计等于应分摊金额 {base}").format(base=format_rmb(d.base_fen))
            )
        else:
            self.capital_label.setStyleSheet(f"color: {ERROR_COLOR};")
            self.capital_label.setText(
                problem
                or self.tr("合计与应分摊金额 {base} 相差 {diff}").format(
                    base=format_rmb(d.base_fen), diff=format_rmb(d.base_fen - total)
                )
            )

    def _amounts_edited(self) -> None:
        """As an amount is typed: shown as ¥ figures when it is one, and the total again."""
        from qiuxue_desktop.domain.money import yuan_to_fen

        if not self.adjusting or self.data is None:
            return
        self.split_table.blockSignals(True)
        for r in range(len(self.data.detail.lines)):
            item = self.split_table.item(r, AMOUNT_COLUMN)
            if item is None:
                continue
            with contextlib.suppress(ValueError):  # not an amount: left as typed, the total names it
                item.setText(format_rmb(yuan_to_fen(item.text())))
        self.split_table.blockSignals(False)
        self._show_total()

    def _show_not_paying(self, rows: tuple[NotPaying, ...]) -> None:
        """Each scheme that pays nothing on this claim, with the reason."""
        if not rows:
            self.not_paying_label.setText(self.tr("未享受的项目：无（适用的资助项目均已计入）"))
            return
        lines = [self.tr("未享受的项目：")] + [f"　· {labelled(n.name, n.reason)}" for n in rows]
        self.not_paying_label.setText("\n".join(lines))

    def _show_payee(self, d: ClaimDetail) -> None:
        from qiuxue_desktop.domain.claims import PAY_METHODS

        self._account_editing = False
        self.bank_edit.setText(d.payee_bank)
        self.account_edit.setText(d.payee_account)
        self.notes_edit.setPlainText(d.notes)
        if d.paid_on is not None:
            self.payee_info.setText(
                self.tr("已支付：{date}，{method}，{ref}").format(
                    date=d.paid_on,
                    method=code_label(PAY_METHODS.get(d.pay_method, d.pay_method)),
                    ref=d.pay_reference or "—",
                )
            )
        else:
            self.payee_info.setText(self.tr("经办人：{who}").format(who=d.prepared_by or "—"))

    def _show_steps(self, d: ClaimDetail) -> None:
        from qiuxue_desktop.domain.claims import STATES
        from qiuxue_desktop.services.audit import LOCAL_TIME

        rows = []
        for st in d.steps:
            move = code_label(STATES.get(st.to_state, st.to_state))
            if st.from_state:
                move = f"{code_label(STATES.get(st.from_state, st.from_state))} → {move}"
            at = st.at.astimezone(LOCAL_TIME).strftime("%Y-%m-%d %H:%M")
            rows.append((at, move, st.actor, st.signer, st.note))
        fill_table(self.steps_table, rows)
        self.tabs.setTabText(1, self.tr("审批记录（{n}）").format(n=len(rows)))

    def _show_actions(self, d: ClaimDetail) -> None:
        for button in self.action_buttons.values():
            self.actions_row.removeWidget(button)
            button.deleteLater()
        self.action_buttons = {}
        for a in d.actions:
            button = QPushButton(self.tr(a.label) + ("…" if a.key != "submit" else ""), self)
            button.setObjectName(f"action_{a.key}")
            button.setEnabled(a.allowed)
            button.setToolTip(a.reason if not a.allowed else "")
            button.clicked.connect(lambda _checked=False, key=a.key: self.ask_step(key))
            self.actions_row.addWidget(button)
            self.action_buttons[a.key] = button
        from qiuxue_desktop.views.tab_order import tab_chain

        tab_chain(self.steps_table, *self.action_buttons.values(), self.close_box)  # 关闭 stays last

    def _set_editable(self, editable: bool) -> None:
        """A draft, for whoever may prepare claims: payee, notes, recompute and adjust."""
        for widget in (
            self.recompute_button,
            self.adjust_button,
            self.save_button,
            self.change_account_button,
        ):
            widget.setVisible(editable)
        self.save_adjust_button.setVisible(editable and self.adjusting)
        self.cancel_adjust_button.setVisible(editable and self.adjusting)
        self.adjust_button.setVisible(editable and not self.adjusting)
        self.recompute_button.setEnabled(not self.adjusting)
        self.bank_edit.setReadOnly(not editable)
        self.account_edit.setReadOnly(not (editable and self._account_editing))
        self.notes_edit.setReadOnly(not editable)
        for button in self.action_buttons.values():
            if self.adjusting:
                button.setEnabled(False)

    @property
    def editable(self) -> bool:
        d = self.data.detail if self.data is not None else None
        return d is not None and d.state == "draft" and self._ctx.may(Permission.EDIT_CLAIMS)

    # --- draft editing -------------------------------------------------------------------

    def set_adjusting(self, on: bool) -> None:
        """手工调整: the amounts become editable; 取消调整 shows the stored ones again."""
        if self.data is None or not self.editable:
            return
        self.adjusting = on
        self.say()
        self._show_lines()
        if on:
            self.say(
                self.tr(
                    "双击金额修改（元）。各行（含个人承担）合计必须等于应分摊金额；资助不能超过规则和额度允许的数额。"
                )
            )
        self._set_editable(True)
        if not on:
            self._show_actions(self.data.detail)

    def say(self, text: str = "", *, error: bool = False) -> None:
        """The line below the split: a hint, or a refusal in red; hidden when there is nothing."""
        self.split_message.setStyleSheet(f"color: {ERROR_COLOR if error else '#606060'};")
        self.split_message.setText(text)
        self.split_message.setVisible(bool(text))

    def set_amount(self, row: int, text: str) -> None:
        """Type an amount into a line (as the user does in 手工调整)."""
        item = self.split_table.item(row, AMOUNT_COLUMN)
        assert item is not None
        item.setText(text)

    def save_adjustment(self) -> None:
        from qiuxue_desktop.services.claims import adjust_lines

        assert self.data is not None
        amounts, problem = self.amounts()
        if problem:
            self.say(problem, error=True)
            return
        db, claim_id, version = self._ctx.database, self.claim_id, self.data.detail.version

        def work() -> None:
            with db.write() as session:
                adjust_lines(session, claim_id, amounts, expected_version=version)

        self._run(work, inline=True)

    def recompute(self) -> None:
        from qiuxue_desktop.services.claims import recompute_claim

        assert self.data is not None
        db, claim_id, version = self._ctx.database, self.claim_id, self.data.detail.version

        def work() -> None:
            with db.write() as session:
                recompute_claim(session, claim_id, expected_version=version)

        self._run(work)

    def edit_account(self) -> None:
        """The stored number is never shown in full: changing it means typing it again."""
        self._account_editing = True
        self.account_edit.clear()
        self.account_edit.setReadOnly(False)
        self.account_edit.setPlaceholderText(self.tr("8 到 30 位数字"))
        self.account_edit.setFocus()

    def save_details(self) -> None:
        assert self.data is not None
        account = self.account_edit.text() if self._account_editing else None
        self._run(
            save_details,
            self._ctx.database,
            self.claim_id,
            self.data.detail.version,
            self.bank_edit.text(),
            account,
            self.notes_edit.toPlainText(),
        )

    # --- approval steps ------------------------------------------------------------------

    def ask_step(self, key: str) -> QDialog | None:
        """The step's dialog (签名人, reason, dates …); the step runs when it is confirmed."""
        from qiuxue_desktop.views.claim_actions import StepDialog
        from qiuxue_desktop.views.study_common import open_dialog

        if self.data is None:
            return None
        dialog = StepDialog(self._ctx, self.data.detail, key, self.data.posting_days, self)
        dialog.stepped.connect(lambda result: self._stepped(key, result))
        return open_dialog(dialog)

    def perform(self, key: str, params: dict[str, Any]) -> None:
        """Run a step without its dialog (what the dialog sends); a refusal in an error box."""
        from qiuxue_desktop.views.claim_actions import run_step

        assert self.data is not None
        d = self.data.detail
        self._run(
            run_step,
            self._ctx.database,
            d.id,
            d.version,
            key,
            params,
            on_done=lambda r: self._stepped(key, r),
        )

    def _stepped(self, key: str, result: object) -> None:
        """After a step (the data-changed signal has the editor read the claim again)."""
        if key == "correct" and isinstance(result, int):
            from qiuxue_desktop.views.claim_actions import open_claim

            open_claim(self.parentWidget() or self, self._ctx, result)

    # --- running on the worker -----------------------------------------------------------

    def _run(self, fn: Any, *args: Any, inline: bool = False, on_done: Any = None) -> None:
        """One unit of work on the worker; then the data-changed signal and a fresh read.
        A refusal is one sentence: beside the split (`inline`) or in an error box."""
        self._busy = True

        def done(result: object) -> None:
            self.adjusting = False
            self.say()
            self._ctx.signals.changed.emit(signals.CLAIMS)  # still busy: this editor reads below
            self._busy = False
            self.load()
            if on_done is not None:
                on_done(result)

        def failed(exc: BaseException) -> bool:
            from qiuxue_desktop.errors import KnownError

            self._busy = False
            if inline and isinstance(exc, KnownError):
                self.say(exc.message, error=True)
                return True
            show_error(self, exc)
            self.load()
            return True

        self._ctx.runner.db(fn, *args, on_done=done, on_error=failed)

    def amount_text(self, row: int) -> str:
        item = self.split_table.item(row, AMOUNT_COLUMN)
        return item.text() if item is not None else ""
