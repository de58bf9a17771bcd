"""Showing errors: a KnownError as its one Chinese sentence, anything else as an
unexpected error with the log's path (the traceback goes to the log)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from qiuxue_desktop import paths
from qiuxue_desktop.errors import Cancelled, KnownError

log = logging.getLogger("qiuxue_desktop.views")


def log_file() -> str:
    return str(paths.log_dir() / "qiuxue-desktop.log")


# Boxes without a parent window (an error caught by the exception hook): kept here until closed,
# or Python would delete the box the moment the caller drops it, before anyone could read it.
_open_without_parent: set[QMessageBox] = set()


def message_box(
    parent: QWidget | None, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information
) -> QMessageBox:
    """A window-modal message box that does not block the caller (closed with OK). Without a
    parent it goes over the active window, or stands alone."""
    if parent is None:
        parent = QApplication.activeWindow()
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("messageBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is None:
        _open_without_parent.add(box)
        box.finished.connect(lambda _r: _open_without_parent.discard(box))
    box.open()
    return box


def describe(exc: BaseException) -> tuple[str, str, QMessageBox.Icon]:
    """(title, text, icon) for an error."""
    if isinstance(exc, Cancelled):
        return QCoreApplication.translate("errors", "已取消"), exc.message, QMessageBox.Icon.Information
    if isinstance(exc, KnownError):
        return QCoreApplication.translate("errors", "无法完成"), exc.message, QMessageBox.Icon.Warning
    text = QCoreApplication.translate(
        "errors", "发生了意外错误（{error}），数据没有被改动。\n详情已写入日志：{log}"
    )
    return (
        QCoreApplication.translate("errors", "意外错误"),
        text.format(error=f"{type(exc).__name__}: {exc}", log=log_file()),
        QMessageBox.Icon.Critical,
    )


def show_error(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """Tell the user what went wrong; log the traceback of anything unexpected."""
    if not isinstance(exc, KnownError):
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    title, text, icon = describe(exc)
    return message_box(parent, title, text, icon)
