"""学费报销 in the window, driven as a user: an invoice registered through its dialog (refusals
beside the fields), a claim made from it split three ways with the rules, the 大写 total and
the schemes that do not pay and why, submitted with the signer's name; each role offered only
its own steps (and refused by the service anyway); hand-adjusted lines that do not add up
refused with the service's sentence; the filters narrowing the table; a paid claim read-only
and corrected by a new claim."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from tests.gui.conftest import open_window, type_text, wait_idle
from tests.gui.study_support import find_window
from tests.unit.claim_samples import (
    CITY,
    ENTERPRISE,
    FUJIAN,
    PASSWORD,
    PROVINCE_GRADUATION,
    TODAY,
    add_people,
    as_user,
    invoice,
    learner_studying,
    schemes,
)
from tests.unit.study_samples import move

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain import Learner
from qiuxue_desktop.domain.claims import Claim, ClaimLine, ClaimStep, Invoice
from qiuxue_desktop.services import claim_flow as flow
from qiuxue_desktop.services.claims import claim_lines, create_invoice_claim
from qiuxue_desktop.views.claim_actions import NewClaimDialog, StepDialog
from qiuxue_desktop.views.claims_view import ClaimsView
from qiuxue_desktop.views.dialogs.claim_editor import AMOUNT_COLUMN, ClaimEditor
from qiuxue_desktop.views.dialogs.invoice_dialog import InvoiceDialog
from qiuxue_desktop.views.dialogs.login_dialog import LoginDialog
from qiuxue_desktop.views.main_window import MainWindow
from qiuxue_desktop.views.models.claim_table import COLUMN_KEYS, COLUMNS


class Office:
    """Three schemes; 张三 (a union member) and 李四 (not one, in 冲压车间) studying."""

    def __init__(self, db: Database, enterprise_id: int) -> None:
        with db.write() as s:
            self.schemes = schemes(s, FUJIAN, CITY, ENTERPRISE)
            self.zhang, self.zhang_enrolment = learner_studying(s, enterprise_id, 1, name="张三")
            self.li, self.li_enrolment = learner_studying(
                s, enterprise_id, 2, name="李四", department="冲压车间"
            )
            learner = s.get(Learner, self.zhang)
            assert learner is not None
            learner.union_member = True
        self.db = db


@pytest.fixture
def office(db: Database, enterprise_id: int) -> Office:
    return Office(db, enterprise_id)


def claims_of(qtbot: QtBot, window: MainWindow) -> ClaimsView:
    window.show_area("claims")
    page = window.pages["claims"]
    assert isinstance(page, ClaimsView) and page.model is not None
    wait_idle(qtbot, window)
    return page


def column(page: ClaimsView, key: str) -> list[str]:
    model = page.model
    assert model is not None
    col = COLUMN_KEYS.index(key) if key in COLUMN_KEYS else [c.label for c in COLUMNS].index(key)
    return [model.index(r, col).data() for r in range(model.rowCount())]


def editor_for(qtbot: QtBot, claim_id: int) -> ClaimEditor:
    found: list[ClaimEditor] = []

    def opened() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ClaimEditor) and w.claim_id == claim_id and w.isVisible() and w.data is not None
        ]
        return bool(found)

    qtbot.waitUntil(opened, timeout=20_000)
    editor = found[0]
    qtbot.addWidget(editor)
    return editor


def split_texts(editor: ClaimEditor, col: int) -> list[str]:
    table = editor.split_table
    items = [table.item(r, col) for r in range(table.rowCount())]
    return [item.text() if item is not None else "" for item in items]


def pick_learner(qtbot: QtBot, window: MainWindow, picker: object, name: str) -> None:
    edit = picker.search_edit  # type: ignore[attr-defined]
    type_text(edit, name)
    picker.search()  # type: ignore[attr-defined]
    wait_idle(qtbot, window)


def confirm(qtbot: QtBot, window: MainWindow, dialog: object) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # type: ignore[attr-defined]
    wait_idle(qtbot, window)


def claim_ids(db: Database) -> list[int]:
    with db.read() as s:
        return list(s.scalars(select(Claim.id).order_by(Claim.id)))


def test_an_invoice_registered_in_the_window_is_claimed_split_three_ways_and_submitted(
    qtbot: QtBot, office: Office, db_path: Path
) -> None:
    window = open_window(qtbot, db_path)
    page = claims_of(qtbot, window)
    page.tabs.setCurrentWidget(page.invoices)
    page.invoices.add_button.click()
    dialog = find_window(InvoiceDialog, "invoiceDialog")
    assert dialog.picker is not None
    pick_learner(qtbot, window, dialog.picker, "张三")
    assert dialog.enrolment_combo.count() == 1
    assert dialog.issuer_edit.text() == "福建开放大学1"  # the institution, until typed over
    dialog.number_edit.setText("12-34")
    dialog.amount_edit.setText("8000.001")
    confirm(qtbot, window, dialog)
    assert "两位小数" in dialog.grid.message("amount_fen")  # refused before the service is asked
    dialog.amount_edit.setText("8,000.00")
    dialog.issued_edit.setDate(QDate(2025, 9, 10))
    confirm(qtbot, window, dialog)
    assert dialog.grid.message("number") == "号码必须是 8 到 20 位数字或大写字母"  # the service's refusal
    assert dialog.term_combo.currentText() == "2025-2026-1"  # the term of the invoice's date
    dialog.number_edit.setText("35000012345678")
    with qtbot.waitSignal(dialog.saved):
        confirm(qtbot, window, dialog)
    with office.db.read() as s:
        stored = s.scalars(select(Invoice)).one()
        assert (stored.amount_fen, stored.term, stored.issuer) == (800_000, "2025-2026-1", "福建开放大学1")
        invoice_id = stored.id
    qtbot.waitUntil(lambda: page.invoices.table.rowCount() == 1)

    page.new_claim("invoice")
    new = find_window(NewClaimDialog, "newClaimDialog")
    pick_learner(qtbot, window, new.picker, "张三")
    assert new.invoice_list.count() == 1 and new.invoice_id() == invoice_id
    confirm(qtbot, window, new)
    (claim_id,) = claim_ids(office.db)
    editor = editor_for(qtbot, claim_id)
    assert editor.state_badge.text() == "草稿"
    assert split_texts(editor, 0) == ["工会补助", "工会补助", "职工教育经费", "个人承担", "合计"]
    assert split_texts(editor, AMOUNT_COLUMN) == [
        "¥1,000.00",
        "¥1,500.00",
        "¥4,800.00",
        "¥700.00",
        "¥8,000.00",
    ]
    assert split_texts(editor, 1)[:3] == [
        "福建省总工会／福建省求学圆梦助学金",
        "市总工会／市总工会入学资助",
        "本企业／企业学历提升报销",
    ]
    assert split_texts(editor, 3)[2] == "学费 ¥8,000.00 × 60% = ¥4,800.00"
    assert "须服务满 24 个月" in split_texts(editor, 4)[2]
    assert split_texts(editor, 3)[-1] == "大写：人民币捌仟元整"
    assert editor.capital_label.text() == "合计等于应分摊金额 ¥8,000.00"
    assert "无" in editor.not_paying_label.text()
    assert editor.learner_label.text() == "张三（320***********0018）"  # the ID number masked
    assert page.model is not None and page.model.rowCount() == 1  # the table followed

    editor.action_buttons["submit"].click()
    step = find_window(StepDialog, "stepDialog")
    assert step.signer_edit is not None and step.signer_edit.text()  # no accounts: the OS user, editable
    step.signer_edit.setText("李华")
    confirm(qtbot, window, step)
    qtbot.waitUntil(lambda: editor.state_badge.text() == "已提交")
    assert editor.steps_table.item(0, 3).text() == "李华"  # type: ignore[union-attr]
    with office.db.read() as s:
        assert s.scalars(select(ClaimStep.signer)).all() == ["李华"]
    assert not editor.bank_edit.isVisibleTo(editor) or editor.bank_edit.isReadOnly()
    assert not editor.adjust_button.isVisibleTo(editor)
    assert column(page, "state") == ["已提交"]


def test_a_learner_who_does_not_qualify_sees_why_in_the_editor(
    qtbot: QtBot, office: Office, db_path: Path
) -> None:
    with office.db.write() as s:
        invoice(s, office.li_enrolment, "35000099990001", 500_000)
    window = open_window(qtbot, db_path)
    page = claims_of(qtbot, window)
    page.tabs.setCurrentWidget(page.invoices)
    qtbot.waitUntil(lambda: page.invoices.table.rowCount() == 1)
    page.invoices.table.selectRow(0)
    page.invoices.claim_button.click()
    wait_idle(qtbot, window)
    (claim_id,) = claim_ids(office.db)
    editor = editor_for(qtbot, claim_id)
    assert "福建省求学圆梦助学金：只资助工会会员，学员不是工会会员" in editor.not_paying_label.text()
    assert split_texts(editor, AMOUNT_COLUMN) == ["¥1,500.00", "¥3,000.00", "¥500.00", "¥5,000.00"]
    qtbot.waitUntil(lambda: page.invoices.table.item(0, 8).text() == editor.data.detail.claim_no)  # type: ignore[union-attr]
    page.invoices.table.selectRow(0)
    assert not page.invoices.delete_button.isEnabled()  # claimed: it stays


def log_in(qtbot: QtBot, window: MainWindow, user: str) -> None:
    qtbot.waitUntil(lambda: isinstance(window.sign_in.dialog, LoginDialog), timeout=20_000)
    dialog = window.sign_in.dialog
    assert isinstance(dialog, LoginDialog)
    dialog.user_edit.setText(user)
    dialog.password_edit.setText(PASSWORD)
    with qtbot.waitSignal(window.sign_in.signed_in, timeout=20_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_idle(qtbot, window)


def open_editors() -> list[ClaimEditor]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, ClaimEditor) and w.isVisible()]


def sign_out(qtbot: QtBot, window: MainWindow) -> None:
    assert open_editors()
    with qtbot.waitSignal(window.sign_in.signed_out, timeout=20_000):
        window.commands.sign_out.trigger()
    assert open_editors() == []  # no claim stays on screen for the next person


def enabled_actions(editor: ClaimEditor) -> list[str]:
    return [key for key, button in editor.action_buttons.items() if button.isEnabled()]


def open_only_claim(qtbot: QtBot, window: MainWindow, claim_id: int) -> ClaimEditor:
    page = claims_of(qtbot, window)
    page.table.selectRow(0)
    page.open_selected()
    return editor_for(qtbot, claim_id)


def test_each_role_is_offered_only_its_own_steps_and_the_service_refuses_the_rest(
    qtbot: QtBot, office: Office, db: Database, db_path: Path
) -> None:
    add_people(db)
    with as_user(db, "coordinator").write() as s:
        claim_id = create_invoice_claim(s, invoice(s, office.zhang_enrolment, "35000012345683", 800_000))
        flow.submit_claim(s, claim_id)
    db.principal = None
    window = MainWindow(str(db_path))
    qtbot.addWidget(window)
    window.show()
    window.start()

    log_in(qtbot, window, "union")
    page = claims_of(qtbot, window)
    assert not page.new_button.isVisibleTo(page) and not page.graduation_button.isVisibleTo(page)
    editor = open_only_claim(qtbot, window, claim_id)
    assert set(editor.action_buttons) == {"hr_review", "return"}
    assert enabled_actions(editor) == []  # submitted: HR's turn
    assert editor.action_buttons["hr_review"].toolTip() == "需要“工会主席”以外的角色办理"
    editor.perform("hr_review", {})  # forced past the disabled button: the service says no
    wait_idle(qtbot, window)
    box = find_window(QMessageBox, "messageBox")
    assert box.text() == "账户“union”（工会主席）无权以培训专员身份审批报销。"
    box.accept()
    with db.read() as s:
        assert s.get(Claim, claim_id).state == "submitted"  # type: ignore[union-attr]
    sign_out(qtbot, window)

    log_in(qtbot, window, "coordinator")  # holds the HR step, but prepared this claim
    editor = open_only_claim(qtbot, window, claim_id)
    assert enabled_actions(editor) == ["return"]  # may take it back, not approve it
    assert "是您本人录入的，不能由您审批" in editor.action_buttons["hr_review"].toolTip()
    sign_out(qtbot, window)

    log_in(qtbot, window, "admin")
    editor = open_only_claim(qtbot, window, claim_id)
    assert enabled_actions(editor) == ["hr_review", "return"]
    editor.action_buttons["hr_review"].click()
    step = find_window(StepDialog, "stepDialog")
    assert step.signer_edit is None  # with accounts the account signs
    confirm(qtbot, window, step)
    qtbot.waitUntil(lambda: editor.state_badge.text() == "人事审核")
    sign_out(qtbot, window)

    log_in(qtbot, window, "finance")
    editor = open_only_claim(qtbot, window, claim_id)
    assert enabled_actions(editor) == []
    sign_out(qtbot, window)

    log_in(qtbot, window, "union")
    editor = open_only_claim(qtbot, window, claim_id)
    assert enabled_actions(editor) == ["union_approve", "return"]
    with db.read() as s:
        signers = [(st.actor, st.signer) for st in s.scalars(select(ClaimStep).order_by(ClaimStep.id))]
    assert signers == [("coordinator", "coordinator签名"), ("admin", "admin签名")]


def test_lines_that_do_not_add_up_show_the_services_sentence_and_save_nothing(
    qtbot: QtBot, office: Office, db_path: Path
) -> None:
    with office.db.write() as s:
        claim_id = create_invoice_claim(s, invoice(s, office.zhang_enrolment, "35000012345682", 800_000))
    window = open_window(qtbot, db_path)
    editor = open_only_claim(qtbot, window, claim_id)
    claim_no = editor.data.detail.claim_no  # type: ignore[union-attr]
    editor.adjust_button.click()
    assert editor.adjusting and editor.save_adjust_button.isVisibleTo(editor)
    assert all(not b.isEnabled() for b in editor.action_buttons.values())  # no submitting mid-edit
    editor.set_amount(3, "699.99")
    assert editor.capital_label.text() == "合计与应分摊金额 ¥8,000.00 相差 ¥0.01"  # said as typed
    assert split_texts(editor, AMOUNT_COLUMN)[-1] == "¥7,999.99"
    editor.save_adjust_button.click()
    wait_idle(qtbot, window)
    assert editor.split_message.text() == (
        f"报销申请 {claim_no} 各行合计 ¥7,999.99，与应分摊的 ¥8,000.00 相差 ¥0.01，不能保存。"
    )
    assert editor.adjusting
    with office.db.read() as s:
        assert [line.amount_fen for line in claim_lines(s, claim_id)] == [100_000, 150_000, 480_000, 70_000]

    editor.set_amount(2, "5,500")  # more than the enterprise's 60% allows
    editor.set_amount(3, "0")
    editor.save_adjust_button.click()
    wait_idle(qtbot, window)
    assert editor.split_message.text() == "“本企业”最多可以承担 ¥4,800.00，不能调整为 ¥5,500.00。"

    editor.set_amount(2, "4,000.00")  # the learner declines part of the company's share
    editor.set_amount(3, "1,500.00")
    editor.save_adjust_button.click()
    qtbot.waitUntil(lambda: not editor.adjusting and split_texts(editor, 4)[2].startswith("手工调整"))
    with office.db.read() as s:
        assert [line.amount_fen for line in claim_lines(s, claim_id)] == [100_000, 150_000, 400_000, 150_000]
    editor.recompute_button.click()
    qtbot.waitUntil(lambda: split_texts(editor, AMOUNT_COLUMN)[2] == "¥4,800.00")


def test_the_filters_narrow_the_table(qtbot: QtBot, office: Office, db_path: Path) -> None:
    db = office.db
    with db.write() as s:
        a = create_invoice_claim(s, invoice(s, office.zhang_enrolment, "35000012345690", 800_000))
        flow.submit_claim(s, a)
        b = create_invoice_claim(
            s,
            invoice(
                s,
                office.zhang_enrolment,
                "35000012345691",
                800_000,
                term="2025-2026-2",
                issued_on=dt.date(2026, 3, 1),
            ),
        )
        c = create_invoice_claim(
            s, invoice(s, office.li_enrolment, "35000012345692", 500_000, issuer="福建开放大学2")
        )
        numbers = {i: s.get(Claim, i).claim_no for i in (a, b, c)}  # type: ignore[union-attr]
    window = open_window(qtbot, db_path)
    page = claims_of(qtbot, window)
    model = page.model
    assert model is not None

    def shown() -> set[int]:
        return {model.claim_id(r) for r in range(model.rowCount())}

    assert shown() == {a, b, c} and page.count_label.text() == "共 3 份申请"
    combo = page.state_combo
    assert combo.itemText(combo.findData("draft")) == "草稿（2）"
    assert combo.itemText(combo.findData("in_progress")) == "办理中（1）"
    combo.setCurrentIndex(combo.findData("draft"))
    assert shown() == {b, c}
    combo.setCurrentIndex(combo.findData("in_progress"))
    assert shown() == {a}
    combo.setCurrentIndex(0)
    page.term_combo.setCurrentIndex(page.term_combo.findData("2025-2026-1"))
    assert shown() == {a, c}
    page.scheme_combo.setCurrentIndex(page.scheme_combo.findData(office.schemes["福建省求学圆梦助学金"]))
    assert shown() == {a}  # 李四 is not a union member
    page.scheme_combo.setCurrentIndex(0)
    page.department_combo.setCurrentIndex(page.department_combo.findText("冲压车间"))
    assert shown() == {c}
    assert column(page, "学费") == ["¥5,000.00"] and column(page, "个人承担") == ["¥500.00"]
    page.department_combo.setCurrentIndex(0)
    page.term_combo.setCurrentIndex(0)
    for text, expected in (("ls", {c}), ("35000012345691", {b}), (numbers[a], {a}), ("张三", {a, b})):
        page.filter_edit.clear()
        type_text(page.filter_edit, text)
        qtbot.waitUntil(lambda expected=expected: shown() == expected)
    page.filter_edit.clear()
    qtbot.waitUntil(lambda: shown() == {a, b, c})
    page.table.horizontalHeader().setSortIndicator(COLUMN_KEYS.index("base"), Qt.SortOrder.AscendingOrder)
    assert model.claim_id(0) == c


def test_a_paid_claim_opens_read_only_and_is_corrected_by_a_new_claim(
    qtbot: QtBot, office: Office, db: Database, db_path: Path
) -> None:
    with db.write() as s:
        claim_id = create_invoice_claim(
            s,
            invoice(s, office.zhang_enrolment, "35000012345684", 800_000),
            payee_bank="农业银行",
            payee_account="6228480012345678901",
        )
        flow.submit_claim(s, claim_id)
        flow.hr_review(s, claim_id)
        flow.union_approve(s, claim_id)
        flow.start_posting(s, claim_id, start=dt.date(2026, 11, 1))
    window = open_window(qtbot, db_path)
    editor = open_only_claim(qtbot, window, claim_id)
    assert editor.state_badge.text() == "公示中" and "2026-11-08 起可支付" in editor.status_note.text()
    editor.action_buttons["pay"].click()
    step = find_window(StepDialog, "stepDialog")
    assert "最早支付日期：2026-11-08" in step.hint.text()
    assert step.method_combo is not None and step.reference_edit is not None and step.date_edit is not None
    step.date_edit.setDate(QDate(2026, 11, 7))
    step.reference_edit.setText("HX20261109001")
    confirm(qtbot, window, step)
    assert (
        step.isVisible()
        and step.message.text()
        == "报销申请 {} 公示到 2026-11-07，2026-11-08 起才能支付。".format(  # noqa: UP032
            editor.data.detail.claim_no  # type: ignore[union-attr]
        )
    )
    step.date_edit.setDate(QDate(2026, 11, 9))
    confirm(qtbot, window, step)
    qtbot.waitUntil(lambda: editor.state_badge.text() == "已支付")
    assert list(editor.action_buttons) == ["correct"]
    assert editor.bank_edit.isReadOnly() and editor.account_edit.text().endswith("8901")
    assert "*" in editor.account_edit.text() and not editor.save_button.isVisibleTo(editor)
    assert "银行转账" in editor.payee_info.text()

    editor.action_buttons["correct"].click()
    step = find_window(StepDialog, "stepDialog")
    assert step.text_edit is not None
    confirm(qtbot, window, step)
    assert step.message.text() == "" and step.grid.message("reason") == "请写明原因"
    step.text_edit.setText("企业比例应按新制度计算")
    confirm(qtbot, window, step)
    new_id = claim_ids(db)[-1]
    correction = editor_for(qtbot, new_id)
    assert correction.state_badge.text() == "草稿"
    assert correction.link_label.text() == f"更正 {editor.data.detail.claim_no}"  # type: ignore[union-attr]
    page = window.pages["claims"]
    assert isinstance(page, ClaimsView)
    qtbot.waitUntil(lambda: page.invoices.table.rowCount() == 1)  # one invoice, listed once
    assert page.invoices.table.item(0, 8).text() == editor.data.detail.claim_no  # type: ignore[union-attr]
    with db.write() as s:
        for step_fn in (flow.submit_claim, flow.hr_review, flow.union_approve):
            step_fn(s, new_id)
        flow.start_posting(s, new_id, start=dt.date(2026, 11, 1))
        flow.pay_claim(s, new_id, paid_on=dt.date(2026, 11, 10), method="cash", today=TODAY)
        assert s.scalars(select(ClaimLine).where(ClaimLine.claim_id == new_id)).first() is not None
    editor.load()  # paid elsewhere: read again
    qtbot.waitUntil(lambda: editor.link_label.text() == f"已被 {correction.data.detail.claim_no} 更正")  # type: ignore[union-attr]


def test_a_graduation_claim_is_made_for_a_graduated_enrolment(
    qtbot: QtBot, office: Office, db: Database, db_path: Path
) -> None:
    with db.write() as s:
        schemes(s, PROVINCE_GRADUATION)
        first = create_invoice_claim(s, invoice(s, office.zhang_enrolment, "35000000000101", 800_000))
        flow.submit_claim(s, first)  # ¥7,300 of the ¥8,000 held by the schemes
        move(s, office.zhang_enrolment, ("graduated", dt.date(2026, 7, 1), "100015202606000123"))
    window = open_window(qtbot, db_path)
    page = claims_of(qtbot, window)
    page.graduation_button.click()
    dialog = find_window(NewClaimDialog, "newClaimDialog")
    assert not dialog.invoice_list.isVisibleTo(dialog)
    pick_learner(qtbot, window, dialog.picker, "李四")
    assert dialog.enrolment_combo.count() == 0
    assert dialog.grid.message("enrolment") == "该学员没有已毕业的学籍"
    dialog.picker.search_edit.clear()
    pick_learner(qtbot, window, dialog.picker, "张三")
    assert dialog.enrolment_combo.count() == 1 and "毕业 2026-07-01" in dialog.enrolment_combo.currentText()
    confirm(qtbot, window, dialog)
    claim_id = claim_ids(db)[-1]
    editor = editor_for(qtbot, claim_id)
    assert editor.title_label.text().endswith("毕业补助")
    assert editor.base_label.text() == "¥700.00"  # what the learner still bears
    assert split_texts(editor, AMOUNT_COLUMN) == ["¥700.00", "¥0.00", "¥700.00"]
    assert split_texts(editor, 3)[-1] == "大写：人民币柒佰元整"
