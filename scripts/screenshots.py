"""Render the window into PNGs for the README: `make screenshots` (offscreen Qt).

Builds a throw-away database with demo data (and an empty one for the first-run
page), opens the real main window at 1366x768 and saves: the learner view, the
view filtered by pinyin initials, the learner form with a message beside a
wrong field, the first-run page, the import preview of a roster with changes
and of a roster with problems, the enterprise settings, the 备份 tab and its copy
dialog; the study areas (院校专业, 学习进度, the study page, the exam calendar and two
study dialogs: scripts/screenshots_study.py); then, with accounts,
the login dialog, the 账户 tab and the 审计日志 tab.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZE = (1366, 768)
LEARNERS = 1200
SEED = 2026


def wait_until(app: Any, done: Callable[[], bool], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        app.processEvents()
        if time.monotonic() > deadline:
            raise SystemExit("screenshots: timed out waiting for the window")
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


def run_on_demo(argv: list[str], prefix: str, page: Callable[[Any, Path, Any, Path], None]) -> int:
    """Build the demo database (LEARNERS, SEED) in a scratch folder, open the window on it at SIZE
    and hand (app, out, window, work) to `page`, which takes an area's pictures into `out`.
    The folder is the current directory meanwhile, so the status bar shows 数据库：qiuxue.sqlite3."""
    out = Path(argv[1] if len(argv) > 1 else "docs/screenshots").resolve()
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=prefix))
    here = Path.cwd()
    os.chdir(work)
    try:
        os.environ["QIUXUE_BASE"] = str(work / "base")
        os.environ.pop("QIUXUE_DB", None)

        from PySide6.QtWidgets import QApplication

        from qiuxue_desktop.db.migrate import open_database
        from qiuxue_desktop.services.demo import create_demo
        from qiuxue_desktop.views.main_window import MainWindow
        from qiuxue_desktop.views.style import apply_ui_font

        app = QApplication([sys.argv[0]])
        apply_ui_font(app)
        demo_path = Path("qiuxue.sqlite3")
        db = open_database(str(demo_path))
        with db.write() as s:
            create_demo(s, learners=LEARNERS, seed=SEED)
        window = MainWindow(str(demo_path))
        window.resize(*SIZE)
        window.show()
        window.start()
        wait_until(app, lambda: window.is_open)
        page(app, out, window, work)
        window.close()
        db.dispose()
        return 0
    finally:
        os.chdir(here)
        shutil.rmtree(work, ignore_errors=True)


def save(widget: Any, out: Path, name: str) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(5):  # let pending layouts and paints happen
        QApplication.processEvents()
    path = out / name
    widget.grab().save(str(path))
    print(f"wrote {path}")


def write_roster(path: Path, rows: list[list[Any]]) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "花名册"
    sheet.append(["姓名", "身份证号", "手机号", "部门", "岗位类别", "入职日期", "户籍性质", "原学历"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def rosters(db: Any, folder: Path) -> tuple[Path, Path]:
    """A roster that adds and changes learners, and one with a couple of problems."""
    from sqlalchemy import select

    from qiuxue_desktop.domain import Department, Learner
    from qiuxue_desktop.domain.codes import HUKOU_TYPES, POST_CATEGORIES, PRIOR_EDUCATION
    from qiuxue_desktop.domain.ids import id_check_char

    with db.read() as s:
        found = s.execute(
            select(
                Learner.name,
                Learner.id_number,
                Learner.phone,
                Department.name,
                Learner.post_category,
                Learner.hire_date,
                Learner.hukou_type,
                Learner.prior_education,
            )
            .join(Department, Department.id == Learner.department_id)
            .where(Learner.leave_date.is_(None))
            .order_by(Learner.id)
            .limit(40)
        ).all()
    old = [
        [r[0], r[1], r[2], r[3], POST_CATEGORIES[r[4]], r[5], HUKOU_TYPES[r[6]], PRIOR_EDUCATION[r[7]]]
        for r in found
    ]
    old[3][2] = "13912345678"
    old[7][3] = "总装二车间"
    old[12][4] = "其他"
    names = ["蒋丽娟", "欧阳晨", "马建国", "覃小燕", "韦宏伟", "石磊"]
    new = []
    for i, name in enumerate(names):
        first17 = f"450102{1990 + i}0{i + 1}15{100 + i * 7:03d}"
        new.append([name, first17 + id_check_char(first17), f"1367788{i:04d}", "新能源车间", "一线",
                    "2024-09-02", "农村", "高中"])  # fmt: skip
    good = write_roster(folder / "2024年9月花名册.xlsx", old + new)
    bad_rows = [row[:] for row in old[:10] + new]
    bad_rows[4][1] = bad_rows[4][1][:-1] + ("0" if bad_rows[4][1][-1] != "0" else "1")
    bad_rows[8][2] = "1391234567"
    bad_rows[12][5] = "2024-13-01"
    bad = write_roster(folder / "花名册（待核对）.xlsx", bad_rows)
    return good, bad


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "docs/screenshots").resolve()
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="qiuxue-shots-"))
    here = Path.cwd()
    os.chdir(work)  # relative names: the pictures show 数据库：qiuxue.sqlite3, not a temp path
    try:
        return render(out, work)
    finally:
        os.chdir(here)
        shutil.rmtree(work, ignore_errors=True)


def render(out: Path, work: Path) -> int:
    os.environ["QIUXUE_BASE"] = str(work / "base")  # settings and logs stay in the temp folder
    os.environ.pop("QIUXUE_DB", None)

    from PySide6.QtCore import QDate
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    from qiuxue_desktop.db.migrate import open_database
    from qiuxue_desktop.services.demo import create_demo
    from qiuxue_desktop.views.dialogs.import_dialog import ImportDialog
    from qiuxue_desktop.views.dialogs.learner_dialog import LearnerDialog, set_code
    from qiuxue_desktop.views.main_window import MainWindow
    from qiuxue_desktop.views.style import apply_ui_font

    app = QApplication([sys.argv[0]])
    apply_ui_font(app)

    demo_path = Path("qiuxue.sqlite3")
    db = open_database(str(demo_path))
    with db.write() as s:
        create_demo(s, learners=LEARNERS, seed=SEED)

    # First run: an empty database.
    empty = MainWindow("新数据库.sqlite3")
    empty.resize(*SIZE)
    empty.show()
    empty.start()
    wait_until(app, lambda: empty.is_open)
    save(empty, out, "first-run.png")
    empty.close()

    window = MainWindow(str(demo_path))
    window.resize(*SIZE)
    window.show()
    window.start()
    wait_until(app, lambda: window.is_open)
    window.show_area("learners")  # 工作台 opens first
    view = window.learners
    assert view is not None and view.model is not None and window.ctx is not None
    view.table.selectRow(2)
    save(window, out, "learners.png")

    # Filtered by pinyin initials: zs-style.
    view.filter_edit.setFocus()
    view.filter_edit.setText("ch")
    view.apply_filter()
    wait_until(app, lambda: view.model is not None and view.model.rowCount() > 0)
    save(window, out, "learners-filter-pinyin.png")
    view.filter_edit.clear()
    event = QInputMethodEvent("", [])
    event.setCommitString("冲压")
    QApplication.sendEvent(view.filter_edit, event)
    view.apply_filter()
    save(window, out, "learners-filter-department.png")
    view.filter_edit.clear()
    view.apply_filter()

    # The learner form: a new learner with a wrong phone number.
    dialog = LearnerDialog(window.ctx, None, window)
    dialog.show()
    dialog.name_edit.setText("韦小宝")
    dialog.id_edit.setText("450102199303150018")
    dialog.phone_edit.setText("1391234567")
    dialog.department_combo.setEditText("总装车间")
    set_code(dialog.post_combo, "1")
    dialog.hire_edit.setDate(QDate(2021, 7, 1))
    set_code(dialog.hukou_type_combo, "1")
    dialog.save()
    wait_until(app, lambda: bool(dialog.grid.message("phone")))
    save(dialog, out, "learner-dialog.png")
    dialog.reject()

    # Import previews.
    good, bad = rosters(db, Path())
    for roster, name in ((good, "import-preview.png"), (bad, "import-problems.png")):
        importer = ImportDialog(window.ctx, window)
        importer.show()
        importer.load_file(roster)
        wait_until(app, lambda importer=importer: window.ctx is not None and window.ctx.runner.pending == 0)
        save(importer, out, name)
        importer.reject()

    from screenshots_study import render_study

    render_study(app, out, window, save, wait_until)

    window.show_area("settings")
    save(window, out, "settings.png")
    render_backups(app, out, window)
    window.close()
    render_accounts(app, out, db, str(demo_path))
    db.dispose()
    return 0


def render_backups(app: Any, out: Path, window: Any) -> None:
    """The 备份 tab (the backup made at start and one made now) and the copy dialog, encrypting."""
    from PySide6.QtWidgets import QMessageBox

    from qiuxue_desktop.views.settings.backup_tab import CopyDialog

    settings = window.pages["settings"]
    settings.show_tab("backup")
    tab = settings.page("backup")
    wait_until(app, lambda: window.ctx.runner.pending == 0 and tab.table.rowCount() > 0)
    tab.backup_button.click()
    wait_until(app, lambda: window.ctx.runner.pending == 0 and tab.table.rowCount() > 1)
    for box in window.findChildren(QMessageBox):
        box.accept()
    tab.table.selectRow(0)
    save(window, out, "settings-backup.png")
    tab.copy_button.click()
    dialog = tab.findChild(CopyDialog)
    dialog.folder_edit.setText("E:/求学圆梦备份")
    dialog.encrypt.setChecked(True)
    dialog.password.setText("u-disk-2026")
    dialog.again.setText("u-disk-2026")
    save(dialog, out, "backup-copy.png")
    dialog.reject()


def render_accounts(app: Any, out: Path, db: Any, target: str) -> None:
    """The same office with accounts: the login dialog, the 账户 tab and the 审计日志 tab."""
    from PySide6.QtWidgets import QDialogButtonBox

    from qiuxue_desktop.domain.permissions import Principal
    from qiuxue_desktop.services.accounts import add_user, set_role
    from qiuxue_desktop.services.auth import sign_in
    from qiuxue_desktop.services.learners import (
        LearnerQuery,
        query_learner_ids,
        reveal_id_number,
        update_learner,
    )
    from qiuxue_desktop.views.dialogs.login_dialog import LoginDialog
    from qiuxue_desktop.views.main_window import MainWindow

    people = (
        ("zhangmin", "张敏", "admin"),
        ("lihua", "李华", "coordinator"),
        ("wangjun", "王军", "union"),
        ("chenjing", "陈静", "finance"),
        ("shenji", "审计（外聘）", "viewer"),
    )
    with db.write() as s:
        for username, name, role in people:
            add_user(s, username=username, display_name=name, role=role, password="Demo-pass-2026",
                     must_change_password=False)  # fmt: skip
    db.principal = sign_in(db, "lihua", "Demo-pass-2026")
    with db.write() as s:  # some work of the coordinator's, for the audit trail
        first, second = query_learner_ids(s, 1, LearnerQuery(), limit=2)
        update_learner(s, first, values={"phone": "13951234567", "union_member": True}, expected_version=None)
        reveal_id_number(s, second)
    db.principal = Principal("zhangmin", "张敏", "admin")
    with db.write() as s:
        set_role(s, "shenji", "viewer")
    db.principal = None
    for _ in range(5):  # the last one locks 陈静's account
        try:
            sign_in(db, "chenjing", "not-my-password")
        except Exception:
            db.principal = None
        with db.engine.begin() as conn:  # no waiting between the tries
            conn.exec_driver_sql("UPDATE user_account SET last_failed_at = NULL WHERE username = 'chenjing'")

    window = MainWindow(target)
    window.resize(*SIZE)
    window.show()
    window.start()
    wait_until(app, lambda: isinstance(window.sign_in.dialog, LoginDialog))
    dialog = window.sign_in.dialog
    dialog.user_edit.setText("zhangmin")
    dialog.password_edit.setText("wrong-password")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_until(app, lambda: dialog.message.text().startswith("密码错误"))
    save(dialog, out, "login.png")
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE user_account SET last_failed_at = NULL WHERE username = 'zhangmin'")
    dialog.password_edit.setText("Demo-pass-2026")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_until(app, lambda: window.stack.currentWidget() is window.workspace)
    window.show_area("settings")
    settings = window.pages["settings"]
    settings.show_tab("accounts")
    accounts_page = settings.page("accounts")
    wait_until(app, lambda: accounts_page.table.rowCount() == len(people))
    accounts_page.select("chenjing")
    save(window, out, "settings-accounts.png")
    settings.show_tab("audit")
    audit_page = settings.page("audit")
    wait_until(app, lambda: audit_page.model is not None)
    audit_page.action_combo.setCurrentIndex(audit_page.action_combo.findData("update"))
    audit_page.action_combo.setCurrentIndex(0)
    audit_page.actor_combo.setCurrentIndex(audit_page.actor_combo.findData("lihua"))
    audit_page.table.selectRow(1)
    audit_page.verify()
    wait_until(app, lambda: audit_page.verify_label.text().startswith("审计日志完整"))
    save(window, out, "settings-audit.png")
    window.close()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
