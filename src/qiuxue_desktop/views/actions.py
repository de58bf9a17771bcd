"""The window's menu actions, made before anything else so the menus are there at the
first paint; their shortcuts are set and the views connect them right after it (setting a
shortcut builds all of Qt's enums in Python, ~15 ms of start-up)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from qiuxue_desktop.views.code_labels import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from qiuxue_desktop.domain.permissions import Permission


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


class Actions:
    def __init__(self, parent: QObject) -> None:
        self._shortcuts: list[tuple[QAction, tuple[str, ...]]] = []

        def make(text: str, shortcut: str | None = None, name: str = "") -> QAction:
            action = QAction(_tr(text), parent)
            action.setObjectName(name)
            if shortcut:
                self._shortcuts.append((action, (shortcut,)))
            return action

        # 文件
        self.import_roster = make(QT_TRANSLATE_NOOP("Actions", "导入花名册(&I)…"), "Ctrl+I", "importRoster")
        self.export_roster = make(QT_TRANSLATE_NOOP("Actions", "导出花名册(&E)…"), "Ctrl+E", "exportRoster")
        self.save_template = make(QT_TRANSLATE_NOOP("Actions", "下载花名册模板(&T)…"), None, "saveTemplate")
        self.change_password = make(QT_TRANSLATE_NOOP("Actions", "修改我的密码(&W)…"), None, "changePassword")
        self.sign_out = make(QT_TRANSLATE_NOOP("Actions", "退出登录 / 切换用户(&U)…"), None, "signOut")
        self.quit = make(QT_TRANSLATE_NOOP("Actions", "退出(&X)"), "Ctrl+Q", "quit")
        # 学员
        self.add_learner = make(QT_TRANSLATE_NOOP("Actions", "新增学员(&N)…"), "Ctrl+N", "addLearner")
        # Enter edits the selected learner while the table has focus (LearnersView sets the context).
        self.edit_learner = make(QT_TRANSLATE_NOOP("Actions", "编辑学员(&E)…\tEnter"), None, "editLearner")
        self._shortcuts.append((self.edit_learner, ("Return", "Enter")))
        self.mark_left = make(QT_TRANSLATE_NOOP("Actions", "标记离职(&L)…"), None, "markLeft")
        self.reveal_id = make(QT_TRANSLATE_NOOP("Actions", "显示完整身份证号(&R)"), None, "revealId")
        # the study page (views/study_page.py)
        self.learner_study = make(QT_TRANSLATE_NOOP("Actions", "学习情况(&S)…"), None, "learnerStudy")
        # 帮助
        self.about = make(QT_TRANSLATE_NOOP("Actions", "关于求学圆梦桌面版(&A)"), None, "about")

    def apply_permissions(self, may: Callable[[Permission], bool], *, accounts: bool) -> None:
        """Hide what the signed-in role may not do (the services refuse it anyway); the account
        actions only exist when the database has accounts."""
        from qiuxue_desktop.domain.permissions import Permission as P

        needs = {
            self.import_roster: P.EDIT_LEARNERS,
            self.add_learner: P.EDIT_LEARNERS,
            self.edit_learner: P.EDIT_LEARNERS,
            self.mark_left: P.EDIT_LEARNERS,
            self.reveal_id: P.REVEAL_ID,
            self.export_roster: P.EXPORT_FULL_IDS,
        }
        for action, permission in needs.items():
            action.setVisible(may(permission))
        self.change_password.setVisible(accounts)
        self.sign_out.setVisible(accounts)

    def install_shortcuts(self) -> None:
        for action, keys in self._shortcuts:
            action.setShortcuts([QKeySequence(k) for k in keys])

    @property
    def needs_database(self) -> tuple[QAction, ...]:
        return (self.import_roster, self.export_roster, self.add_learner)

    @property
    def needs_selection(self) -> tuple[QAction, ...]:
        return (self.edit_learner, self.mark_left, self.reveal_id, self.learner_study)
