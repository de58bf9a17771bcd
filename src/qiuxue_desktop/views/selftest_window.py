"""The self-test's last step, the window part (qiuxue_desktop/selftest.py runs it): the main
window opened on the self-test's database, its status bar and navigation checked, closed again.
Here because only views/ and app.py import Qt; the checks and messages are the self-test's."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from qiuxue_desktop import APP_NAME
from qiuxue_desktop.views.main_window import AREAS, MainWindow
from qiuxue_desktop.views.style import apply_ui_font


def check_main_window(
    db_file: Path, *, roster_size: int, timeout_ms: int, check: Callable[[bool, str], None]
) -> str:
    """Open the window on `db_file`, wait for it (at most `timeout_ms` per wait), check it; a
    failed `check` raises with its sentence. Returns what was seen."""
    WINDOW_TIMEOUT_MS, ROSTER_SIZE, _check = timeout_ms, roster_size, check
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    apply_ui_font(app)
    window = MainWindow(str(db_file))
    outcome: list[str] = []
    loop = QEventLoop()

    def opened() -> None:
        outcome.append("opened")

    def failed(code: int) -> None:
        outcome.append(f"failed ({code})")

    window.opened.connect(opened)
    window.open_failed.connect(failed)

    def message() -> str:
        """The text of a message box the window shows (an error: nothing here asks anything)."""
        boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
        return boxes[0].text() if boxes else ""

    def wait(what: str, done: Callable[[], bool]) -> None:
        """Run the event loop until `done()` or a message box (checked every 20 ms), at most
        WINDOW_TIMEOUT_MS; a message box is the step's failure."""
        timer = QTimer()
        timer.timeout.connect(lambda: loop.quit() if done() or message() else None)
        timer.start(20)
        deadline = QTimer()
        deadline.setSingleShot(True)
        deadline.timeout.connect(loop.quit)
        deadline.start(WINDOW_TIMEOUT_MS)
        loop.exec()
        timer.stop()
        shown = message()
        _check(not shown, f"主窗口在{what}时显示了消息：{shown}")
        _check(done(), f"主窗口在 {WINDOW_TIMEOUT_MS // 1000} 秒内没有{what}")

    window.show()
    window.start()
    wait("打开数据库", lambda: bool(outcome))
    _check(outcome == ["opened"], f"主窗口打开数据库失败：{window.loading.text()}")
    status = window.counts_label.text()
    _check(f"学员 {ROSTER_SIZE} 人" in status, f"状态栏显示“{status}”，应有“学员 {ROSTER_SIZE} 人”")
    _check(window.nav is not None and window.nav.count() == len(AREAS), "导航栏的区域不全")
    _check(not window.grab().isNull(), "主窗口无法绘制")
    assert window.ctx is not None
    ctx = window.ctx
    wait("完成后台任务", lambda: ctx.runner.pending_work == 0)
    window.close()
    wait("关闭", lambda: not window.isVisible())
    platform = app.platformName()
    window.deleteLater()
    return f"main window on '{platform}': {status}, {len(AREAS)} areas, closed"
