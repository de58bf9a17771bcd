"""The window's side of keeping the data safe.

While a database is open the window holds its single-writer lock (services.backups.guard_open
takes it on the worker before anything is read). This object then shows a warning for a
network or sync-folder location, backs up at start and every 30 minutes when something
changed, offers the newest intact backup when the start-up check finds the file damaged, and
restores a backup in place: the window's connections are closed, the file is replaced on the
database worker, and the same Database reconnects to the restored file (its engine opens new
connections on demand), after which every view is told that everything changed.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from qiuxue_desktop.progress import Progress
from qiuxue_desktop.views import signals
from qiuxue_desktop.views.code_labels import code_label
from qiuxue_desktop.views.error_box import message_box
from qiuxue_desktop.views.progress_dialog import run_with_progress

if TYPE_CHECKING:
    from qiuxue_desktop.db.backups import BackupEntry
    from qiuxue_desktop.db.restore import RestoreResult
    from qiuxue_desktop.services.backups import DatabaseDamaged, OpenGuard
    from qiuxue_desktop.views.context import AppContext
    from qiuxue_desktop.views.main_window import MainWindow

log = logging.getLogger(__name__)

AUTO_BACKUP_MS = 30 * 60 * 1000


def every_area() -> list[str]:
    """Every area name the data-changed signal knows (the constants of views/signals.py)."""
    return [v for k, v in vars(signals).items() if k.isupper() and isinstance(v, str)]


class DataSafety(QObject):
    backups_changed = Signal()  # a backup was made or restored: the backup tab lists again

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.guard: OpenGuard | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("autoBackupTimer")
        self.timer.setInterval(AUTO_BACKUP_MS)
        self.timer.timeout.connect(lambda: self.auto_backup("periodic"))
        self.warning_label = QLabel(window)
        self.warning_label.setObjectName("storageWarning")
        self.warning_label.setStyleSheet("color: #b00020;")
        self.warning_label.hide()
        window.statusBar().addPermanentWidget(self.warning_label)

    @property
    def ctx(self) -> AppContext:
        assert self._window.ctx is not None
        return self._window.ctx

    # --- while the database is open ------------------------------------------------------

    def opened(self, guard: OpenGuard) -> None:
        """The database is open and shown: warn if needed, back up, start the timer."""
        self.guard = guard
        if guard.warning:
            self.warning_label.setText(self.tr("数据库位置不安全"))
            self.warning_label.setToolTip(guard.warning)
            self.warning_label.show()
            box = message_box(
                self._window, self.tr("数据库位置不安全"), guard.warning, QMessageBox.Icon.Warning
            )
            box.setObjectName("storageWarningBox")
        self.auto_backup("start")
        self.timer.start()

    def auto_backup(self, reason: str) -> None:
        """An automatic backup on the worker, made only when something changed since the last."""
        from qiuxue_desktop.services.backups import backup_if_changed

        db = self.ctx.db
        if db is None:
            return
        # quiet: closing the window does not wait for it (a running backup still finishes)
        self.ctx.runner.db(
            backup_if_changed, db, reason, on_done=self._auto_done, on_error=self._auto_failed, quiet=True
        )

    def _auto_done(self, entry: BackupEntry | None) -> None:
        if entry is not None:
            self._window.statusBar().showMessage(
                self.tr("已自动备份（{reason}）").format(reason=code_label(entry.manifest.reason_label)),
                10_000,
            )
            self.backups_changed.emit()

    def _auto_failed(self, exc: BaseException) -> bool:
        from qiuxue_desktop.errors import KnownError

        log.error("automatic backup failed", exc_info=(type(exc), exc, exc.__traceback__))
        text = exc.message if isinstance(exc, KnownError) else f"{type(exc).__name__}: {exc}"
        box = message_box(
            self._window,
            self.tr("自动备份失败"),
            self.tr(
                "自动备份没有成功：{reason}\n数据库本身没有受影响；请检查磁盘空间，或在“系统设置 → 备份”中立即备份。"
            ).format(reason=text),
            QMessageBox.Icon.Warning,
        )
        box.setObjectName("autoBackupFailedBox")
        return True

    def close(self) -> None:
        """The window closes (after its database was disposed): let go of the lock."""
        self.timer.stop()
        if self.guard is not None:
            self.guard.release()
            self.guard = None

    # --- restoring a backup in place -----------------------------------------------------

    def restore(self, source: Path, password: str | None, parent: QWidget | None = None) -> None:
        """Replace the open database by the backup `source` (on the worker, with progress)."""
        from qiuxue_desktop.services.backups import may_restore
        from qiuxue_desktop.services.backups import restore as restore_backup

        ctx, db, target = self.ctx, self.ctx.database, self.ctx.db_target

        def work(progress: Progress) -> RestoreResult:
            may_restore(db)
            db.dispose()  # the window's pooled connections close: nothing holds the file
            restored = restore_backup(target, source, password=password, actor_db=db, progress=progress)
            restored.db.dispose()
            db.dispose()  # and `db` reconnects to the restored file when next used
            return restored.result

        def done(result: RestoreResult) -> None:
            self.timer.start()
            for area in every_area():
                ctx.signals.changed.emit(area)
            self.backups_changed.emit()
            kept = (
                self.tr("\n恢复前的数据库已备份为 {name}。").format(name=result.safety_copy.name)
                if result.safety_copy is not None
                else ""
            )
            box = message_box(
                parent or self._window,
                self.tr("已恢复"),
                self.tr("已从备份 {name} 恢复数据库。").format(name=source.name) + kept,
            )
            box.setObjectName("restoredBox")

        def failed(_exc: BaseException) -> bool:
            self.timer.start()
            return False  # the runner shows the one-sentence reason; nothing was changed

        self.timer.stop()
        run_with_progress(
            parent or self._window,
            ctx.runner,
            work,
            self.tr("正在恢复备份"),
            on_done=done,
            on_error=failed,
            cancellable=False,
        )

    # --- a database found damaged at start -----------------------------------------------

    def offer_restore(self, exc: BaseException) -> bool:
        """When the start-up check found the file damaged: offer the newest intact backup."""
        from qiuxue_desktop.services.backups import DatabaseDamaged

        if not isinstance(exc, DatabaseDamaged):
            return False
        window = self._window
        window.loading.setText(exc.message)
        window.loading.setWordWrap(True)
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("数据库已损坏"), exc.message, parent=window)
        box.setObjectName("damagedBox")
        restore_button = None
        if exc.newest is not None:
            restore_button = box.addButton(self.tr("恢复最新备份"), QMessageBox.ButtonRole.AcceptRole)
            restore_button.setObjectName("restoreNewest")
        box.addButton(self.tr("关闭"), QMessageBox.ButtonRole.RejectRole)

        def chosen(_result: int) -> None:
            if restore_button is not None and box.clickedButton() is restore_button:
                self._restore_damaged(exc)
            else:
                exc.lock.release()
                window.open_failed.emit(exc.exit_code)

        box.finished.connect(chosen)
        box.open()
        return True

    def _restore_damaged(self, exc: DatabaseDamaged) -> None:
        from qiuxue_desktop.services.backups import restore as restore_backup
        from qiuxue_desktop.views.main_window import open_and_read

        assert exc.newest is not None
        window, target, source, lock = self._window, self.ctx.db_target, exc.newest.path, exc.lock

        def work(progress: Progress) -> Any:
            restore_backup(target, source, progress=progress).db.dispose()
            return open_and_read(target, lock)

        def failed(error: BaseException) -> bool:
            lock.release()
            return window._failed_to_open(error)

        run_with_progress(
            window,
            self.ctx.runner,
            work,
            self.tr("正在从备份恢复"),
            on_done=window._opened,
            on_error=failed,
            cancellable=False,
        )
