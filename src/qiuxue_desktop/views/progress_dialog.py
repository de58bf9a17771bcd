"""Progress of long work, pulled: a QProgressDialog polls a core Progress every 100 ms.

`run_with_progress` is the usual way in: it creates the Progress, hands it to
the task on a worker, shows the dialog while the task runs, and closes it when
the result is back on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from qiuxue_desktop.progress import Progress
from qiuxue_desktop.views.tasks import Done, Failed, Runner

POLL_MS = 100
SHOW_AFTER_MS = 300  # quick work finishes without a dialog flashing up


class ProgressDialog(QProgressDialog):
    """Shows a Progress; the cancel button sets its cancel flag (the worker stops at its next check)."""

    def __init__(
        self, progress: Progress, title: str, parent: QWidget | None = None, *, cancellable: bool = True
    ) -> None:
        super().__init__(parent)
        self.setObjectName("progressDialog")
        self._progress = progress
        self._done = False
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(1_000_000)  # shown by our own timer, not by QProgressDialog's estimate
        self.setMinimumWidth(420)
        self.setLabelText(title)
        self.setRange(0, 0)
        if cancellable:
            self.setCancelButtonText(self.tr("取消"))
        else:
            self.setCancelButton(None)
        self.canceled.connect(self._on_cancel)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)
        self._timer.start()
        QTimer.singleShot(SHOW_AFTER_MS, self._show_if_running)

    def _show_if_running(self) -> None:
        if not self._done:
            self.show()

    def poll(self) -> None:
        value, maximum, label = self._progress.snapshot()
        if self._progress.cancelled:
            return
        if label:
            self.setLabelText(label)
        if maximum > 0:
            self.setRange(0, maximum)
            self.setValue(min(value, maximum))
        else:
            self.setRange(0, 0)  # busy indicator until the work knows its size

    def _on_cancel(self) -> None:
        if self._done:
            return
        self._progress.cancel()
        self.setLabelText(self.tr("正在取消，已经做的部分不会写入……"))
        self.show()

    def finish(self) -> None:
        """The work is over: stop polling and close for good."""
        self._done = True
        self._timer.stop()
        self.hide()
        self.deleteLater()


def run_with_progress(
    parent: QWidget | None,
    runner: Runner,
    fn: Callable[[Progress], Any],
    title: str,
    *,
    on_done: Done | None = None,
    on_error: Failed | None = None,
    files: bool = False,
    cancellable: bool = True,
) -> ProgressDialog:
    """Run `fn(progress)` on the database worker (or the file worker) behind a progress dialog."""
    progress = Progress()
    dialog = ProgressDialog(progress, title, parent, cancellable=cancellable)

    def done(result: Any) -> None:
        dialog.finish()
        if on_done is not None:
            on_done(result)

    def failed(exc: BaseException) -> bool:
        dialog.finish()
        return bool(on_error(exc)) if on_error is not None else False

    submit = runner.files if files else runner.db
    submit(fn, progress, on_done=done, on_error=failed)
    return dialog
