"""证书 in the window, as the office uses it: 颁发结业证书… lists the graduates without one, issues
and prints them at once into the preview (a page each, landscape); the register shows them and
finds them; a big batch cancelled issues and prints nothing; 作废… keeps the row with its
reason; 核验… says genuine or voided for a code typed from the paper; a viewer only verifies."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from tests.gui.conftest import open_window, wait_idle
from tests.unit.certificate_samples import graduates
from tests.unit.claim_samples import PASSWORD, add_people

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain.certificates import Certificate
from qiuxue_desktop.services.certificate_keys import group_code
from qiuxue_desktop.views.certificates_view import CertificatesView
from qiuxue_desktop.views.dialogs.certificate_dialogs import GraduatesDialog, VerifyDialog, VoidDialog
from qiuxue_desktop.views.dialogs.login_dialog import LoginDialog
from qiuxue_desktop.views.dialogs.preview_dialog import PreviewDialog
from qiuxue_desktop.views.main_window import MainWindow

NAMES = ("欧阳娜娜", "张伟", "李娜")


def _view(qtbot: QtBot, window: MainWindow) -> CertificatesView:
    window.show_area("certificates")
    page = window.pages["certificates"]
    assert isinstance(page, CertificatesView)
    wait_idle(qtbot, window)
    return page


def _child(qtbot: QtBot, parent: QWidget, kind: type[QWidget]) -> QWidget:
    qtbot.waitUntil(lambda: any(w.isVisible() for w in parent.findChildren(kind)), timeout=10_000)
    return next(w for w in parent.findChildren(kind) if w.isVisible())


def _count(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Certificate)) or 0)


@pytest.fixture
def office(qtbot: QtBot, db: Database, enterprise_id: int, db_path: Path) -> MainWindow:
    graduates(db, enterprise_id, NAMES)
    return open_window(qtbot, db_path)


def test_graduates_are_issued_and_printed_into_the_preview_then_found_voided_and_verified(
    qtbot: QtBot, office: MainWindow, db: Database
) -> None:
    view = _view(qtbot, office)
    assert view.table.rowCount() == 0 and view.issue_graduates.isVisible()
    view.issue_graduates.click()
    dialog = _child(qtbot, view, GraduatesDialog)
    assert isinstance(dialog, GraduatesDialog)
    assert dialog.table.rowCount() == 3 and len(dialog.chosen()) == 3
    assert dialog.print_now.isChecked()
    dialog.accept()
    qtbot.waitUntil(lambda: view.last_preview is not None and view.last_preview.isVisible(), timeout=30_000)
    preview = view.last_preview
    assert isinstance(preview, PreviewDialog)
    assert preview.canvas.page_count == 3 and all(w > h for w, h in preview.canvas.sizes)
    preview.close()
    wait_idle(qtbot, office)
    assert view.table.rowCount() == 3 and "有效 3 张" in view.count_label.text()
    numbers = {view.table.item(r, 0).text() for r in range(3)}  # type: ignore[union-attr]
    year = dt.date.today().year  # the dialog's issue date: today
    assert numbers == {f"NJDZ-{year}-JY-{n:04d}" for n in (1, 2, 3)}

    view.search.setText("张伟")
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=10_000)
    assert view.table.item(0, 2).text() == "张伟"  # type: ignore[union-attr]

    view.table.selectRow(0)
    view.void_button.click()
    void = _child(qtbot, view, VoidDialog)
    assert isinstance(void, VoidDialog)
    void.reason.setPlainText("姓名有误，已重新颁发")
    void.accept()
    qtbot.waitUntil(
        lambda: "已作废" in (view.table.item(0, 6).text() if view.table.item(0, 6) else ""), timeout=10_000
    )
    assert "姓名有误" in view.table.item(0, 6).text()  # type: ignore[union-attr]

    with db.read() as s:
        voided, genuine = (
            s.scalar(select(Certificate.code).where(Certificate.holder_name == name))
            for name in ("张伟", "李娜")
        )
    view.verify_button.click()
    check = _child(qtbot, view, VerifyDialog)
    assert isinstance(check, VerifyDialog)
    check.code.setPlainText(group_code(str(genuine)))  # typed as printed
    check.verify()
    qtbot.waitUntil(lambda: "真实有效" in check.verdict_label.text(), timeout=10_000)
    assert "李娜" in check.verdict_label.text()
    check.code.setPlainText(str(voided) + "\n")  # a scanner types the code and Enter
    qtbot.waitUntil(lambda: "已作废" in check.verdict_label.text(), timeout=10_000)
    check.close()


def test_a_big_batch_cancelled_issues_and_prints_nothing(
    qtbot: QtBot, db: Database, enterprise_id: int, db_path: Path
) -> None:
    names = tuple(f"学员{chr(0x4E00 + i)}" for i in range(40))
    done, _ = graduates(db, enterprise_id, names)
    window = open_window(qtbot, db_path)
    view = _view(qtbot, window)
    view.issue("JY", done, [], "", dt.date(2026, 11, 29), True)
    assert view.progress_dialog is not None
    cancel = view.progress_dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "取消"
    cancel.click()  # as the user clicks it, before the work is through
    wait_idle(qtbot, window)
    assert _count(db) == 0
    assert view.last_preview is None
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, PreviewDialog) and w.isVisible()]


def test_a_viewer_verifies_but_does_not_issue_or_void(
    qtbot: QtBot, db: Database, enterprise_id: int, db_path: Path
) -> None:
    graduates(db, enterprise_id, NAMES[:1])
    add_people(db)
    window = open_window(qtbot, db_path)
    qtbot.waitUntil(lambda: isinstance(window.sign_in.dialog, LoginDialog), timeout=20_000)
    login = window.sign_in.dialog
    assert isinstance(login, LoginDialog)
    login.user_edit.setText("viewer")
    login.password_edit.setText(PASSWORD)
    with qtbot.waitSignal(window.sign_in.signed_in, timeout=20_000):
        login.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    view = _view(qtbot, window)
    assert not view.issue_graduates.isVisible() and not view.void_button.isVisible()
    assert not view.reprint.isVisible() and view.verify_button.isVisible()


def test_the_settings_tab_keeps_the_wording_and_shows_and_exports_the_public_key(
    qtbot: QtBot, office: MainWindow, db: Database, tmp_path: Path
) -> None:
    from qiuxue_desktop.services.certificates import issue_certificates
    from qiuxue_desktop.views.settings import SettingsPage
    from qiuxue_desktop.views.settings.certificates_tab import CertificatesTab

    with db.write() as s:
        issue_certificates(s, "YX", learner_ids=[1])  # the first issue makes this PC's key
    office.show_area("settings")
    settings = office.pages["settings"]
    assert isinstance(settings, SettingsPage)
    settings.show_tab("certificates")
    tab = settings.page("certificates")
    assert isinstance(tab, CertificatesTab)
    qtbot.waitUntil(lambda: tab.keys.rowCount() == 1, timeout=10_000)
    assert tab.keys.item(0, 4).text() == "是"  # type: ignore[union-attr]
    assert "BEGIN PUBLIC KEY" in tab.pem_view.toPlainText()

    tab.kind.setCurrentIndex(tab.kind.findData("RY"))
    tab.body_edit.setPlainText("{姓名}同志荣获“{称号}”称号，{未知}。")
    tab.save()
    box = _child(qtbot, tab, QMessageBox)
    assert "未知" in box.text()  # type: ignore[attr-defined]
    box.close()
    tab.body_edit.setPlainText("{姓名}同志荣获{年份}年度“{称号}”称号。")
    tab.title_edit.setText("荣誉证书")
    tab.save()
    wait_idle(qtbot, office)
    with db.write() as s:
        (cid,) = issue_certificates(s, "RY", learner_ids=[2], honour="优秀毕业生")
        cert = s.get(Certificate, cid)
        assert cert is not None and cert.body == f"张伟同志荣获{dt.date.today().year}年度“优秀毕业生”称号。"

    out = tmp_path / "keys.pem"
    tab.export_to(str(out))
    qtbot.waitUntil(out.exists, timeout=10_000)
    assert out.read_text(encoding="utf-8") == tab.pem_view.toPlainText()
    _child(qtbot, tab, QMessageBox).close()
