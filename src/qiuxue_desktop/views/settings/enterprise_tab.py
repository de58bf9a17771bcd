"""The 企业信息 tab: the enterprise page (views/widgets/enterprise_page.py), read-only to
roles that may not edit the enterprise."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from qiuxue_desktop.views.code_labels import QT_TRANSLATE_NOOP
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.settings import SettingsTab


def _build(ctx: AppContext, parent: QWidget) -> QWidget:
    from qiuxue_desktop.views.widgets.enterprise_page import EnterprisePage

    return EnterprisePage(ctx, parent)


TAB = SettingsTab("enterprise", QT_TRANSLATE_NOOP("SettingsPage", "企业信息"), _build, order=10)
