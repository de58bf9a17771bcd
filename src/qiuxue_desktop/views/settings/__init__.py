"""系统设置 as tabs, from a small registry: every module of this package that defines
`TAB = SettingsTab(...)` adds one (企业信息, 账户, 审计日志 here; a 备份 tab is one more
module, nothing else to change). A tab with a `permission` is shown only to roles that
hold it; its page may define `load()` (called when the data changed or a user signed in)
and `apply_permissions(ctx)` (for what it shows read-only to other roles).

Packaging note: the tabs are found with pkgutil, so a frozen build must collect this
package's submodules (PyInstaller: `collect_submodules("qiuxue_desktop.views.settings")`).
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QWidget

from qiuxue_desktop.views.context import AppContext


@dataclass(frozen=True)
class SettingsTab:
    key: str
    title: str
    build: Callable[[AppContext, QWidget], QWidget]
    # The domain.permissions.Permission value a role needs to see it (None: every signed-in
    # role). A plain string, so that building the tabs imports no database code.
    permission: str | None = None
    order: int = 100  # tabs are shown in this order
    # Read only when the tab is on screen (a big table); else at every load().
    lazy: bool = False


def discover() -> list[SettingsTab]:
    """Every TAB of this package's modules, in order."""
    tabs: list[SettingsTab] = []
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        tab = getattr(module, "TAB", None)
        if isinstance(tab, SettingsTab):
            tabs.append(tab)
    return sorted(tabs, key=lambda t: (t.order, t.key))


class SettingsPage(QTabWidget):
    """The 系统设置 area: one tab per registered SettingsTab the signed-in role may see."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self._ctx = ctx
        self.tabs = discover()
        self._pages: dict[str, QWidget] = {}
        self._stale: set[str] = set()
        for tab in self.tabs:
            page = tab.build(ctx, self)
            page.setObjectName(page.objectName() or f"settings_{tab.key}")
            self._pages[tab.key] = page
            self.addTab(page, self.tr(tab.title))
        self.currentChanged.connect(lambda _i: self._load_current())

    def page(self, key: str) -> QWidget:
        return self._pages[key]

    def show_tab(self, key: str) -> None:
        self.setCurrentWidget(self._pages[key])

    def apply_permissions(self) -> None:
        from qiuxue_desktop.domain.permissions import Permission

        for i, tab in enumerate(self.tabs):
            page = self._pages[tab.key]
            allowed = self._ctx.principal is not None and (
                tab.permission is None or self._ctx.may(Permission(tab.permission))
            )
            self.setTabVisible(i, allowed)
            hook = getattr(page, "apply_permissions", None)
            if allowed and hook is not None:
                hook(self._ctx)

    def load(self) -> None:
        """Read what the tabs show (after opening, signing in, or a change); a lazy tab
        waits until it is on screen."""
        self.apply_permissions()
        for i, tab in enumerate(self.tabs):
            if not self.isTabVisible(i):
                continue
            if tab.lazy:
                self._stale.add(tab.key)
            else:
                self._load(tab.key)
        self._load_current()

    def _load(self, key: str) -> None:
        self._stale.discard(key)
        load = getattr(self._pages[key], "load", None)
        if load is not None:
            load()

    def _load_current(self) -> None:
        i = self.currentIndex()
        if i >= 0 and self.isVisible() and self.tabs[i].key in self._stale:
            self._load(self.tabs[i].key)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._load_current()
