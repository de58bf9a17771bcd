"""The page an empty database opens on: it says what to do first and offers it —
create the enterprise, then import the roster; or load the demo data."""

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
    from qiuxue_desktop.services.enterprise import EnterpriseInfo

DEMO_DEFAULT = 300


def _button_for(action: QAction, parent: QWidget) -> QPushButton:
    button = QPushButton(action.text().split("\t")[0], parent)
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
        self.create_button = QPushButton(self.tr("创建企业"), self.step1)
        self.create_button.setObjectName("createEnterprise")
        self.create_button.clicked.connect(self.create_enterprise)
        self.done_label = QLabel(self.step1)
        self.done_label.setObjectName("enterpriseDone")
        step1_layout = QVBoxLayout(self.step1)
        step1_layout.addLayout(self.grid)
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

    def _uscc_edited(self, _text: str) -> None:
        self._uscc_touched = True
        self.grid.show_problems(self._problems(), {"uscc"})

    def create_enterprise(self) -> None:
        problems = self._problems()
        self.grid.show_problems(problems)
        if problems:
            return
        from qiuxue_desktop.services.enterprise import create_enterprise

        db = self._ctx.database
        name, uscc, short = self.name_edit.text(), self.uscc_edit.text(), self.short_edit.text()

        def work() -> int:
            with db.write() as session:
                return create_enterprise(session, name=name, uscc=uscc, short_code=short)

        self.create_button.setEnabled(False)

        def failed(exc: BaseException) -> bool:
            self.create_button.setEnabled(True)
            return False

        self._ctx.runner.db(
            work, on_done=lambda _id: self._ctx.signals.changed.emit(signals.ENTERPRISE), on_error=failed
        )

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
