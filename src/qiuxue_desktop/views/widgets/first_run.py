"""The page an empty database opens on, a short guided start: the enterprise's name and
credit code (checked as typed) and, if wanted, an administrator account (username, name,
password twice) made in the same unit of work; then import a roster, load the demo data on
the worker with progress, or start empty (remembered in the database: FIRST_RUN_DONE).

With an account made here the database has accounts from then on: the window goes on as that
administrator (who just chose the password), and the next start asks everyone to sign in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from qiuxue_desktop.views import signals
from qiuxue_desktop.views.actions import Actions
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.main_window import shown_target
from qiuxue_desktop.views.progress_dialog import run_with_progress
from qiuxue_desktop.views.widgets.field_grid import FieldGrid

if TYPE_CHECKING:
    from qiuxue_desktop.db.engine import Database
    from qiuxue_desktop.services.enterprise import EnterpriseInfo

DEMO_DEFAULT = 300
FIRST_RUN_DONE = "first_run.done"  # app_setting: "1" once the guided start was left empty
ADMIN_FIELDS = ("username", "display_name", "password", "password_again")


def create_enterprise_and_admin(
    db: Database, enterprise: dict[str, str], admin: dict[str, str] | None
) -> int:
    """On the database worker, one unit of work: the administrator account first (if wanted),
    who then records the enterprise, as `qiuxue init --admin-user` does; the window goes on as
    that administrator."""
    from qiuxue_desktop.domain.permissions import Principal
    from qiuxue_desktop.services.accounts import add_user
    from qiuxue_desktop.services.auth import assume_principal
    from qiuxue_desktop.services.enterprise import create_enterprise

    principal: Principal | None = None
    with db.write() as session:
        if admin is not None:
            user = add_user(
                session,
                username=admin["username"],
                display_name=admin["display_name"],
                role="admin",
                password=admin["password"],
                must_change_password=False,
            )
            principal = assume_principal(session, user.username)
        enterprise_id = create_enterprise(session, **enterprise)
    if principal is not None:
        db.principal = principal
    return enterprise_id


def start_empty(db: Database) -> None:
    from qiuxue_desktop.services.settings import set_setting

    with db.write() as session:
        set_setting(session, FIRST_RUN_DONE, "1")


def _button_for(action: QAction, parent: QWidget) -> QPushButton:
    from qiuxue_desktop.views.window_menus import menu_text

    button = QPushButton(menu_text(action), parent)
    button.clicked.connect(lambda _checked=False: action.trigger())
    return button


class FirstRunPage(QWidget):
    def __init__(
        self,
        ctx: AppContext,
        actions: Actions,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunPage")
        self._ctx = ctx
        self._uscc_touched = False

        title = QLabel(self.tr("欢迎使用求学圆梦桌面版"), self)
        title.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)

        # Step 1: the enterprise
        self.step1 = QGroupBox(self.tr("第一步：填写企业信息"), self)
        self.name_edit = QLineEdit(self.step1)
        self.name_edit.setObjectName("enterpriseName")
        self.uscc_edit = QLineEdit(self.step1)
        self.uscc_edit.setObjectName("enterpriseUscc")
        self.uscc_edit.setMaxLength(24)
        self.uscc_edit.setPlaceholderText(self.tr("18位，见营业执照"))
        self.short_edit = QLineEdit(self.step1)
        self.grid = FieldGrid()
        self.grid.add_row("name", self.tr("企业名称"), self.name_edit, required=True)
        self.grid.add_row("uscc", self.tr("统一社会信用代码"), self.uscc_edit, required=True)
        self.grid.add_row("short_code", self.tr("简称"), self.short_edit)
        # An administrator account, if wanted (several people, or data that should be signed for)
        self.admin_box = QGroupBox(
            self.tr("同时设立管理员账户（可选：多人使用，或需要分清谁做了什么时）"), self.step1
        )
        self.admin_box.setObjectName("firstRunAdmin")
        self.admin_box.setCheckable(True)
        self.admin_box.setChecked(False)
        self.username_edit = QLineEdit(self.admin_box)
        self.username_edit.setObjectName("adminUsername")
        self.display_edit = QLineEdit(self.admin_box)
        self.display_edit.setObjectName("adminDisplayName")
        self.display_edit.setPlaceholderText(self.tr("如 王芳；留空则与用户名相同"))
        self.password_edit = QLineEdit(self.admin_box)
        self.password_edit.setObjectName("adminPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.again_edit = QLineEdit(self.admin_box)
        self.again_edit.setObjectName("adminPasswordAgain")
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.admin_grid = FieldGrid()
        self.admin_grid.add_row("username", self.tr("用户名"), self.username_edit, required=True)
        self.admin_grid.add_row("display_name", self.tr("姓名"), self.display_edit)
        self.admin_grid.add_row("password", self.tr("密码"), self.password_edit, required=True)
        self.admin_grid.add_row("password_again", self.tr("再输入一次"), self.again_edit, required=True)
        admin_note = QLabel(
            self.tr("设立后，每次打开都要登录；管理员可以在“系统设置 → 账户”中为同事添加账户。"),
            self.admin_box,
        )
        admin_note.setWordWrap(True)
        admin_layout = QVBoxLayout(self.admin_box)
        admin_layout.addLayout(self.admin_grid)
        admin_layout.addWidget(admin_note)
        self.admin_box.toggled.connect(lambda _on: self.admin_grid.show_problems({}))
        self.create_button = QPushButton(self.tr("创建企业"), self.step1)
        self.create_button.setObjectName("createEnterprise")
        self.create_button.clicked.connect(self.create_enterprise)
        self.done_label = QLabel(self.step1)
        self.done_label.setObjectName("enterpriseDone")
        step1_layout = QVBoxLayout(self.step1)
        step1_layout.addLayout(self.grid)
        step1_layout.addWidget(self.admin_box)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.create_button)
        step1_layout.addLayout(row)
        step1_layout.addWidget(self.done_label)
        self.uscc_edit.textEdited.connect(self._uscc_edited)
        self.name_edit.textEdited.connect(lambda _t: self.grid.show_problems({}, {"name"}))

        # Step 2: the roster
        self.step2 = QGroupBox(self.tr("第二步：导入学员花名册"), self)
        step2_text = QLabel(
            self.tr(
                "把 Excel 或 WPS 中的职工花名册导入进来：列的顺序不限，表头能自动识别；"
                "导入前会先预览，有问题的行会逐条指出。没有现成的花名册，可以先下载模板填写。"
            ),
            self.step2,
        )
        step2_text.setWordWrap(True)
        self.import_button = _button_for(actions.import_roster, self.step2)
        self.import_button.setObjectName("firstRunImport")
        step2_buttons = QHBoxLayout()
        step2_buttons.addWidget(self.import_button)
        step2_buttons.addWidget(_button_for(actions.save_template, self.step2))
        step2_buttons.addWidget(_button_for(actions.add_learner, self.step2))
        step2_buttons.addStretch(1)
        self.empty_button = QPushButton(self.tr("先不导入，进入软件"), self.step2)
        self.empty_button.setObjectName("startEmpty")
        self.empty_button.setToolTip(self.tr("以后可以随时用“文件 → 导入花名册”（Ctrl+I）导入"))
        self.empty_button.clicked.connect(self.start_empty)
        step2_buttons.addWidget(self.empty_button)
        step2_layout = QVBoxLayout(self.step2)
        step2_layout.addWidget(step2_text)
        step2_layout.addLayout(step2_buttons)

        # Or: demo data
        self.demo_box = QGroupBox(self.tr("或者：先用演示数据熟悉软件"), self)
        self.demo_text = QLabel(self.demo_box)
        self.demo_text.setWordWrap(True)
        self.demo_count = QSpinBox(self.demo_box)
        self.demo_count.setRange(1, 200_000)
        self.demo_count.setValue(DEMO_DEFAULT)
        self.demo_count.setSuffix(self.tr(" 名学员"))
        self.demo_button = QPushButton(self.tr("载入演示数据"), self.demo_box)
        self.demo_button.setObjectName("loadDemo")
        self.demo_button.clicked.connect(self.load_demo)
        demo_row = QHBoxLayout()
        demo_row.addWidget(self.demo_count)
        demo_row.addWidget(self.demo_button)
        demo_row.addStretch(1)
        demo_layout = QVBoxLayout(self.demo_box)
        demo_layout.addWidget(self.demo_text)
        demo_layout.addLayout(demo_row)

        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(self.intro)
        column.addSpacing(8)
        column.addWidget(self.step1)
        column.addWidget(self.step2)
        column.addWidget(self.demo_box)
        column.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 6)
        outer.addStretch(1)
        outer.setAlignment(column, Qt.AlignmentFlag.AlignTop)

    def show_state(self, enterprise: EnterpriseInfo | None) -> None:
        """Show what is done and what comes next."""
        has = enterprise is not None
        self.intro.setText(
            self.tr("数据库 {path} 还是空的。按下面的步骤开始登记学员。").format(
                path=shown_target(self._ctx.db_target)
            )
        )
        for i in range(self.grid.count()):
            item = self.grid.itemAt(i)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setVisible(not has)
        self.create_button.setVisible(not has)
        self.admin_box.setVisible(not has)
        self.done_label.setVisible(has)
        if enterprise is not None:
            self.done_label.setText(
                self.tr("✓ 已创建企业：{name}（统一社会信用代码 {uscc}）").format(
                    name=enterprise.name, uscc=enterprise.uscc
                )
            )
            self.demo_text.setText(
                self.tr(
                    "演示学员是虚构的，会加入到“{name}”中。以后登记真实学员前，请换一个新的数据库文件。"
                ).format(name=enterprise.name)
            )
        else:
            self.demo_text.setText(
                self.tr(
                    "载入一个虚构的企业和一批学员（姓名、身份证号、部门都是生成的）。以后登记真实数据时，请换一个新的数据库文件。"
                )
            )
        self.step2.setEnabled(has)

    def _problems(self) -> dict[str, str]:
        from qiuxue_desktop.domain.ids import clean_uscc, uscc_problem

        problems: dict[str, str] = {}
        if not self.name_edit.text().strip():
            problems["name"] = self.tr("企业名称不能为空")
        problem = uscc_problem(clean_uscc(self.uscc_edit.text()))
        if problem:
            problems["uscc"] = problem
        return problems

    def _admin_problems(self) -> dict[str, str]:
        """What is wrong with the account typed (nothing when none is wanted)."""
        from qiuxue_desktop.errors import InputRejected
        from qiuxue_desktop.services.accounts import clean_username
        from qiuxue_desktop.services.auth import password_problem

        if not self.admin_box.isChecked():
            return {}
        problems: dict[str, str] = {}
        try:
            clean_username(self.username_edit.text())
        except InputRejected as exc:
            problems["username"] = exc.message
        problem = password_problem(self.password_edit.text())
        if problem:
            problems["password"] = problem
        elif self.again_edit.text() != self.password_edit.text():
            problems["password_again"] = self.tr("两次输入的密码不一致")
        return problems

    def _admin(self) -> dict[str, str] | None:
        if not self.admin_box.isChecked():
            return None
        return {
            "username": self.username_edit.text(),
            "display_name": self.display_edit.text(),
            "password": self.password_edit.text(),
        }

    def _uscc_edited(self, _text: str) -> None:
        self._uscc_touched = True
        self.grid.show_problems(self._problems(), {"uscc"})

    def create_enterprise(self) -> None:
        problems, admin_problems = self._problems(), self._admin_problems()
        self.grid.show_problems(problems)
        self.admin_grid.show_problems(admin_problems)
        if problems or admin_problems:
            return
        enterprise = {
            "name": self.name_edit.text(),
            "uscc": self.uscc_edit.text(),
            "short_code": self.short_edit.text(),
        }
        admin = self._admin()
        self.create_button.setEnabled(False)

        def done(_id: int) -> None:
            for edit in (self.password_edit, self.again_edit):
                edit.clear()  # no password stays in a widget
            self._ctx.signals.changed.emit(signals.ENTERPRISE)

        def failed(exc: BaseException) -> bool:
            self.create_button.setEnabled(True)
            return False  # the sentence in the window's error box; nothing was written

        self._ctx.runner.db(
            create_enterprise_and_admin, self._ctx.database, enterprise, admin, on_done=done, on_error=failed
        )

    def start_empty(self) -> None:
        """Go on to the areas with no learner yet (remembered, so the next start does too)."""
        self.empty_button.setEnabled(False)

        def done(_r: None) -> None:
            self.empty_button.setEnabled(True)
            self._ctx.signals.changed.emit(signals.ENTERPRISE)

        def failed(_exc: BaseException) -> bool:
            self.empty_button.setEnabled(True)
            return False

        self._ctx.runner.db(start_empty, self._ctx.database, on_done=done, on_error=failed)

    def load_demo(self) -> None:
        from qiuxue_desktop.progress import Progress

        db, count = self._ctx.database, self.demo_count.value()

        def work(progress: Progress) -> int:
            from qiuxue_desktop.services.demo import create_demo

            with db.write() as session:
                return create_demo(session, learners=count, seed=None, progress=progress)

        def done(_n: int) -> None:
            self.demo_button.setEnabled(True)
            self._ctx.signals.changed.emit(signals.ENTERPRISE)
            self._ctx.signals.changed.emit(signals.LEARNERS)

        def failed(_exc: BaseException) -> bool:
            self.demo_button.setEnabled(True)
            return False

        self.demo_button.setEnabled(False)
        run_with_progress(
            self, self._ctx.runner, work, self.tr("正在生成演示数据"), on_done=done, on_error=failed
        )
