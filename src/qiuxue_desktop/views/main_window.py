"""The main window: a navigation list of the areas that exist, their pages, menus
with shortcuts, a status bar with the database and the counts.

It shows itself before the database is open (a brief loading page), opens the
database on the database worker, then shows the first-run page (an empty
database) or the areas. Each later issue adds its area to AREAS.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QWidget

from qiuxue_desktop.views.actions import Actions
from qiuxue_desktop.views.code_labels import QT_TRANSLATE_NOOP
from qiuxue_desktop.views.settings_store import app_settings
from qiuxue_desktop.views.window_menus import WindowCommands

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidget

    from qiuxue_desktop.db.engine import Database
    from qiuxue_desktop.db.lock import DbLock
    from qiuxue_desktop.domain.permissions import Principal
    from qiuxue_desktop.services.backups import OpenGuard
    from qiuxue_desktop.services.enterprise import EnterpriseInfo
    from qiuxue_desktop.services.learners import LearnerCounts
    from qiuxue_desktop.views.context import AppContext
    from qiuxue_desktop.views.layout_memory import LayoutMemory
    from qiuxue_desktop.views.learners_view import LearnersView
    from qiuxue_desktop.views.safety import DataSafety

DEFAULT_SIZE = (1280, 760)
NAV_WIDTH = 132


def shown_target(target: str) -> str:
    """The database as the user is shown it: a server URL without its password."""
    return re.sub(r"(://[^/:@]*:)[^/@]*@", r"\1***@", target)


@dataclass(frozen=True)
class Area:
    """One entry of the navigation list and the page it opens."""

    key: str
    title: str
    build: Callable[[MainWindow], QWidget]


def _dashboard_page(window: MainWindow) -> QWidget:
    from qiuxue_desktop.views.dashboard_view import DashboardView

    assert window.ctx is not None
    return DashboardView(window.ctx, window.show_area, window)


def _learners_page(window: MainWindow) -> QWidget:
    assert window.learners is not None
    return window.learners


def _institutions_page(window: MainWindow) -> QWidget:
    from qiuxue_desktop.views.institutions_view import InstitutionsView

    assert window.ctx is not None
    return InstitutionsView(window.ctx, window)


def _enrolments_page(window: MainWindow) -> QWidget:
    from qiuxue_desktop.views.enrolments_view import EnrolmentsView

    assert window.ctx is not None
    return EnrolmentsView(window.ctx, window)


def _funds_page(window: MainWindow) -> QWidget:
    from qiuxue_desktop.views.funds_view import FundsView

    assert window.ctx is not None
    return FundsView(window.ctx, window)


def _claims_page(window: MainWindow) -> QWidget:
    from qiuxue_desktop.views.claims_view import ClaimsView

    assert window.ctx is not None
    return ClaimsView(window.ctx, window)


def _certificates_page(window: MainWindow) -> QWidget:
    from qiuxue_desktop.views.certificates_view import CertificatesView

    assert window.ctx is not None
    return CertificatesView(window.ctx, window)


def _voice_page(window: MainWindow) -> QWidget:
    from qiuxue_desktop.views.voice_view import VoiceView

    assert window.ctx is not None
    return VoiceView(window.ctx, window)


def _sync_page(window: MainWindow) -> QWidget:
    from qiuxue_desktop.views.sync_view import SyncView

    assert window.ctx is not None
    return SyncView(window.ctx, window)


def _settings_page(window: MainWindow) -> QWidget:
    from qiuxue_desktop.views.settings import SettingsPage

    assert window.ctx is not None
    return SettingsPage(window.ctx, window)


# In the order of the finished application (工作台, 学员, 院校专业, 学习进度, 学费报销, 经费台账,
# 证书, 数据上报, 系统设置): an area joins this list when its issue lands, never as a fake screen.
AREAS: tuple[Area, ...] = (
    Area("dashboard", QT_TRANSLATE_NOOP("MainWindow", "工作台"), _dashboard_page),
    Area("learners", QT_TRANSLATE_NOOP("MainWindow", "学员"), _learners_page),
    Area("institutions", QT_TRANSLATE_NOOP("MainWindow", "院校专业"), _institutions_page),
    Area("enrolments", QT_TRANSLATE_NOOP("MainWindow", "学习进度"), _enrolments_page),
    Area("claims", QT_TRANSLATE_NOOP("MainWindow", "学费报销"), _claims_page),
    Area("funds", QT_TRANSLATE_NOOP("MainWindow", "经费台账"), _funds_page),
    Area("certificates", QT_TRANSLATE_NOOP("MainWindow", "证书"), _certificates_page),
    Area("voice", QT_TRANSLATE_NOOP("MainWindow", "满意度与表彰"), _voice_page),
    Area("sync", QT_TRANSLATE_NOOP("MainWindow", "数据上报"), _sync_page),
    Area("settings", QT_TRANSLATE_NOOP("MainWindow", "系统设置"), _settings_page),
)


@dataclass(frozen=True)
class DbState:
    enterprise: EnterpriseInfo | None
    counts: LearnerCounts | None
    # Who reads: the signed-in user, the local one (no accounts), or None: sign in first.
    principal: Principal | None = None
    started_empty: bool = False  # the guided start was left with no learner (first_run.py)


def read_state(db: Database) -> DbState:
    from qiuxue_desktop.errors import NotPermitted
    from qiuxue_desktop.services.auth import current_principal
    from qiuxue_desktop.services.enterprise import current_enterprise
    from qiuxue_desktop.services.learners import learner_counts
    from qiuxue_desktop.services.settings import get_setting
    from qiuxue_desktop.views.widgets.first_run import FIRST_RUN_DONE

    with db.read() as session:
        try:
            principal = current_principal(session)
        except NotPermitted:  # the database has accounts: nothing is read before signing in
            return DbState(None, None, None)
        enterprise = current_enterprise(session)
        counts = learner_counts(session, enterprise.id) if enterprise else None
        started = bool(counts is not None and counts.total == 0 and get_setting(session, FIRST_RUN_DONE))
    return DbState(enterprise, counts, principal, started)


def read_pending(db: Database) -> int:
    """How many records have changes waiting for the platform (the status bar)."""
    from qiuxue_desktop.sync.status import pending_counts

    with db.read() as session:
        return sum(pending_counts(session).values())


def open_and_read(target: str, lock: DbLock | None = None) -> tuple[Database, DbState, OpenGuard]:
    """On the database worker: take the file's single-writer lock (`lock`: one already held),
    open (create or upgrade) the database and read what the window shows, while SQLite's quick
    check runs beside it (services.backups.open_guarded)."""
    from qiuxue_desktop.services.backups import open_guarded

    return open_guarded(target, read_state, lock=lock)


class MainWindow(QMainWindow):
    """On screen before anything heavy is imported: menus, status bar and a loading page.
    `start()` (called after the first paint) builds the areas and opens the database."""

    opened = Signal()  # the database is open and the first page is shown
    open_failed = Signal(int)  # the database could not be opened; the user closed the message

    def __init__(self, db_target: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.db_target = db_target
        self.commands = Actions(self)
        self.window_commands = WindowCommands(self)  # Ctrl+K, Ctrl+F, Ctrl+P, F5, the areas, 快捷键
        self.layout_memory: LayoutMemory | None = None
        self.ctx: AppContext | None = None
        self.learners: LearnersView | None = None
        self.nav: QListWidget | None = None
        self.workspace: QWidget | None = None
        self.pages: dict[str, QWidget] = {}
        self._first_run: Any = None
        self.safety: DataSafety | None = None  # the lock, automatic backups, restore
        self._shut_down = False  # closed: a read still arriving is not shown
        self.setWindowTitle(self.tr("求学圆梦 桌面版"))

        self.loading = QLabel(self)
        self.loading.setObjectName("loadingPage")
        self.loading.setText('<div align="center">' + self.tr("正在打开数据库……") + "</div>")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.loading)
        self.setCentralWidget(self.stack)
        self.stack.currentChanged.connect(
            lambda _i: self.window_commands.set_workspace_shown(self.stack.currentWidget() is self.workspace)
        )

        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("statusCounts")
        self.db_label = QLabel(self.tr("数据库：{target}").format(target=shown_target(db_target)), self)
        self.db_label.setObjectName("statusDatabase")
        self.statusBar().addWidget(self.counts_label, 1)
        self.pending_label = QLabel(self)  # changes waiting for the platform; a link to 数据上报
        self.pending_label.setObjectName("statusPending")
        self.pending_label.linkActivated.connect(lambda _link: self.show_area("sync"))
        self.statusBar().addPermanentWidget(self.pending_label)
        from qiuxue_desktop.views.sign_in import SignIn

        self.sign_in = SignIn(self)  # the login dialog, 修改我的密码, 退出登录
        self.sign_in.signed_in.connect(self._apply)
        self.sign_in.signed_out.connect(lambda: self._apply(DbState(None, None, None)))
        self.statusBar().addPermanentWidget(self.sign_in.user_label)
        self.statusBar().addPermanentWidget(self.db_label)
        self._make_menus()
        for action in (*self.commands.needs_database, *self.commands.needs_selection):
            action.setEnabled(False)
        self.restore_geometry()

    # --- menus ---------------------------------------------------------------------------

    def _make_menus(self) -> None:
        self.window_commands.make_menus()  # views/window_menus.py

    def show_about(self) -> None:
        from PySide6.QtCore import Qt

        from qiuxue_desktop.views.dialogs.about import AboutDialog

        dialog = AboutDialog(shown_target(self.db_target), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # --- building the areas and opening the database -------------------------------------

    def start(self) -> None:
        """Open the database on the worker and build the areas meanwhile (once)."""
        if self.ctx is not None:
            return
        from qiuxue_desktop.views.context import AppContext
        from qiuxue_desktop.views.error_box import show_error
        from qiuxue_desktop.views.safety import DataSafety
        from qiuxue_desktop.views.tasks import Runner

        self.commands.install_shortcuts()
        self.window_commands.install_shortcuts()
        self.ctx = AppContext(runner=Runner(self), db_target=self.db_target)
        self.safety = DataSafety(self)
        self.ctx.runner.error.connect(lambda exc: show_error(self, exc))
        # The models are imported here, before the worker starts: the worker (opening the
        # database) and this thread (building the tabs) importing the domain package at the same
        # moment failed now and then with "partially initialized module 'domain.audit'".
        import qiuxue_desktop.domain  # noqa: F401

        self.ctx.runner.db(
            open_and_read, self.ctx.db_target, on_done=self._opened, on_error=self._failed_to_open
        )
        self._build_areas()
        from qiuxue_desktop.views.layout_memory import LayoutMemory

        self.layout_memory = LayoutMemory(self)
        self.layout_memory.restore()  # splitters and column widths as they were left
        self.ctx.signals.changed.connect(self._on_data_changed)

    def _build_areas(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem

        from qiuxue_desktop.views.layout_memory import remembered_area
        from qiuxue_desktop.views.learners_view import LearnersView

        assert self.ctx is not None
        self.learners = LearnersView(self.ctx, self.commands, self)
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.setStyleSheet("QListWidget { font-size: 15px; } QListWidget::item { padding: 8px 12px; }")
        area_stack = QStackedWidget(self)
        for area in AREAS:
            item = QListWidgetItem(self.tr(area.title))
            item.setData(Qt.ItemDataRole.UserRole, area.key)
            self.nav.addItem(item)
            page = area.build(self)
            self.pages[area.key] = page
            area_stack.addWidget(page)
        self.nav.currentRowChanged.connect(area_stack.setCurrentIndex)
        keys = [area.key for area in AREAS]
        last = remembered_area()
        self.nav.setCurrentRow(keys.index(last) if last in keys else 0)  # the area last left open
        self.workspace = QWidget(self)
        layout = QHBoxLayout(self.workspace)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addWidget(area_stack, 1)
        self.stack.addWidget(self.workspace)

    def show_area(self, key: str, **filter: object) -> None:
        """Show an area; with `filter`, the list behind a figure: the page's `show_filtered(**filter)`."""
        assert self.nav is not None
        self.nav.setCurrentRow([area.key for area in AREAS].index(key))
        show_filtered = getattr(self.pages.get(key), "show_filtered", None)
        if filter and show_filtered is not None:
            show_filtered(**filter)

    def current_area_key(self) -> str | None:
        from PySide6.QtCore import Qt

        item = self.nav.currentItem() if self.nav is not None else None
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    @property
    def is_open(self) -> bool:
        return self.ctx is not None and self.ctx.db is not None

    def _opened(self, result: tuple[Database, DbState, OpenGuard]) -> None:
        assert self.ctx is not None and self.safety is not None
        self.ctx.db, state, guard = result
        self._apply(state)
        self.opened.emit()
        self.safety.opened(guard)

    def _failed_to_open(self, exc: BaseException) -> bool:
        from qiuxue_desktop.errors import KnownError
        from qiuxue_desktop.views.error_box import describe, log, message_box

        if self.safety is not None and self.safety.offer_restore(exc):
            return True  # the file is damaged: the newest intact backup is offered
        if not isinstance(exc, KnownError):
            log.error("could not open the database", exc_info=(type(exc), exc, exc.__traceback__))
        _title, text, icon = describe(exc)
        self.loading.setText(text)
        self.loading.setWordWrap(True)
        box = message_box(self, self.tr("无法打开数据库"), text, icon)
        box.setObjectName("openFailedBox")
        code = exc.exit_code if isinstance(exc, KnownError) else 5
        box.finished.connect(lambda _r: self.open_failed.emit(code))
        return True

    def _apply(self, state: DbState) -> None:
        """Show the first-run page or the areas, and the counts, for the database as it is
        (nothing but the login dialog while nobody is signed in to a database with accounts)."""
        assert self.ctx is not None and self.learners is not None and self.workspace is not None
        self.ctx.principal = state.principal
        self._apply_permissions()
        if state.principal is None:
            self.counts_label.clear()
            self.pending_label.clear()
            self.loading.setText('<div align="center">' + self.tr("请登录后使用。") + "</div>")
            self.stack.setCurrentWidget(self.loading)
            self.sign_in.ask()
            return
        enterprise, counts = state.enterprise, state.counts
        self.ctx.enterprise_id = enterprise.id if enterprise else None
        title = self.tr("求学圆梦 桌面版")
        self.setWindowTitle(f"{enterprise.name} — {title}" if enterprise else title)
        if counts is None:
            self.counts_label.setText(self.tr("尚未创建企业"))
        else:
            self.counts_label.setText(
                self.tr("学员 {total} 人：在职 {active}，离职 {left}").format(
                    total=counts.total, active=counts.active, left=counts.left
                )
            )
        if enterprise is not None:
            if self.learners.model is None:
                self.learners.load()
            for key, page in self.pages.items():
                if key != "learners" and hasattr(page, "load"):
                    page.load()  # the settings page reads the enterprise again; the others load once
        self._refresh_pending()
        if enterprise is None or counts is None or (counts.total == 0 and not state.started_empty):
            self._show_first_run(enterprise)
        else:
            self.stack.setCurrentWidget(self.workspace)

    def _apply_permissions(self) -> None:
        """Offer only what the signed-in role may do (the services refuse the rest anyway)."""
        assert self.ctx is not None and self.learners is not None
        principal = self.ctx.principal
        self.commands.apply_permissions(self.ctx.may, accounts=principal is not None and not principal.local)
        self.learners.refresh_actions()
        self.sign_in.show_user(principal)

    def _show_first_run(self, enterprise: EnterpriseInfo | None) -> None:
        if self._first_run is None:
            from qiuxue_desktop.views.widgets.first_run import FirstRunPage

            assert self.ctx is not None
            self._first_run = FirstRunPage(self.ctx, self.commands, self)
            self.stack.addWidget(self._first_run)
        self._first_run.show_state(enterprise)
        self.stack.setCurrentWidget(self._first_run)

    @property
    def first_run_page(self) -> Any:
        return self._first_run

    def _refresh_pending(self) -> None:
        if (
            self.ctx is None
            or self.ctx.db is None
            or self.ctx.principal is None
            or self.ctx.enterprise_id is None
        ):
            self.pending_label.clear()
            return
        self.ctx.runner.db(read_pending, self.ctx.db, on_done=self._show_pending, quiet=True)

    def _show_pending(self, n: int) -> None:
        text = self.tr("待上报 {n} 条").format(n=n) if n else self.tr("无待上报变更")
        self.pending_label.setText(f'<a href="sync">{text}</a>')
        self.pending_label.setToolTip(self.tr("有变更的学员、学籍和补助发放记录，点击打开“数据上报”"))

    def _on_data_changed(self, area: str) -> None:
        from qiuxue_desktop.views import signals

        ctx = self.ctx
        if ctx is not None and ctx.db is not None and area in (signals.LEARNERS, signals.ENTERPRISE):
            # Read on the worker (counting 100,000 learners took 0.3 s on the GUI thread); the
            # state is shown only if the same person is still signed in when it arrives.
            asked_by = ctx.principal

            def arrived(state: DbState) -> None:
                if not self._shut_down and self.ctx is not None and self.ctx.principal == asked_by:
                    self._apply(state)  # the pending count with the rest

            ctx.runner.db(read_state, ctx.db, on_done=arrived, quiet=True)
        else:
            self._refresh_pending()  # any change may add to what waits for the platform

    # --- geometry and closing ------------------------------------------------------------

    def restore_geometry(self) -> None:
        geometry = app_settings().value("window/geometry")
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(*DEFAULT_SIZE)

    def save_geometry(self) -> None:
        settings = app_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.sync()
        if self.workspace is not None:
            from qiuxue_desktop.views.layout_memory import save_layout

            save_layout(self)  # the area, splitters and column widths

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.ctx is not None and self.ctx.runner.pending_work:
            from qiuxue_desktop.views.error_box import message_box

            message_box(self, self.tr("请稍候"), self.tr("还有操作正在进行：请等它完成或取消后再退出。"))
            event.ignore()
            return
        self.save_geometry()
        self._shut_down = True
        if self.ctx is not None:
            self.ctx.runner.shutdown()
            if self.ctx.db is not None:
                self.ctx.db.dispose()
        if self.safety is not None:
            self.safety.close()
        event.accept()
