"""The 备份 tab of 系统设置: the backups of this database (time, reason, size, audit marker),
立即备份, 复制到… (a chosen folder, optionally encrypted with a password typed twice), 恢复… (a
listed backup or a chosen file; confirmed; the password of an encrypted one asked for) — the
work on the workers, the restore through the window's DataSafety (views/safety.py), which
replaces the file and has every view read the restored data."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qiuxue_desktop.views.code_labels import QT_TRANSLATE_NOOP, code_label
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.error_box import message_box
from qiuxue_desktop.views.progress_dialog import run_with_progress
from qiuxue_desktop.views.settings import SettingsTab
from qiuxue_desktop.views.settings_store import last_folder, remember_folder

if TYPE_CHECKING:
    from qiuxue_desktop.db.backups import BackupEntry
    from qiuxue_desktop.progress import Progress
    from qiuxue_desktop.views.safety import DataSafety

BACKUP_FILTER = QT_TRANSLATE_NOOP("BackupTab", "求学圆梦备份 (*.sqlite3 *.qxenc);;所有文件 (*)")
MIN_PASSWORD = 8


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def is_sealed_file(path: Path) -> bool:
    from qiuxue_desktop.db.sealed import is_sealed

    try:
        return is_sealed(path)
    except OSError:
        return False


class CopyDialog(QDialog):
    """Where to copy a backup, and whether to encrypt it (the password typed twice)."""

    def __init__(self, entry: BackupEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("copyBackupDialog")
        self.setWindowTitle(self.tr("复制备份"))
        self.entry = entry
        intro = QLabel(
            self.tr("把 {time} 的备份复制到一个文件夹，例如 U 盘。复制后会读回核对。").format(
                time=entry.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
            ),
            self,
        )
        intro.setWordWrap(True)
        self.folder_edit = QLineEdit(last_folder("backup-copy"), self)
        self.folder_edit.setObjectName("copyFolder")
        browse = QPushButton(self.tr("选择…"), self)
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        self.encrypt = QCheckBox(self.tr("用密码加密（U 盘丢失也不会泄露数据；恢复时要输入这个密码）"), self)
        self.encrypt.setObjectName("encryptCopy")
        self.password = QLineEdit(self)
        self.password.setObjectName("copyPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit(self)
        self.again.setObjectName("copyPasswordAgain")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel(self)
        self.problem.setObjectName("copyProblem")
        self.problem.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("复制到"), folder_row)
        form.addRow("", self.encrypt)
        form.addRow(self.tr("密码"), self.password)
        form.addRow(self.tr("再输入一次"), self.again)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("复制"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.check_and_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.encrypt.toggled.connect(self._encrypt_toggled)
        self._encrypt_toggled(False)
        self.setMinimumWidth(560)

    def _encrypt_toggled(self, on: bool) -> None:
        self.password.setEnabled(on)
        self.again.setEnabled(on)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("复制到哪个文件夹"), self.folder_edit.text())
        if chosen:
            self.folder_edit.setText(chosen)

    @property
    def folder(self) -> Path:
        return Path(self.folder_edit.text().strip())

    @property
    def chosen_password(self) -> str | None:
        return self.password.text() if self.encrypt.isChecked() else None

    def check_and_accept(self) -> None:
        problem = ""
        if not self.folder_edit.text().strip():
            problem = self.tr("请选择要复制到的文件夹。")
        elif self.encrypt.isChecked():
            if len(self.password.text()) < MIN_PASSWORD:
                problem = self.tr("密码至少要 {n} 个字符。").format(n=MIN_PASSWORD)
            elif self.password.text() != self.again.text():
                problem = self.tr("两次输入的密码不一致。")
        self.problem.setText(problem)
        if not problem:
            remember_folder("backup-copy", str(self.folder / "x"))
            self.accept()


class RestoreDialog(QDialog):
    """Confirm replacing the database by a backup; the password when it is encrypted."""

    def __init__(self, path: Path, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("从备份恢复"))
        self.path = path
        self.sealed = is_sealed_file(path)
        text = QLabel(
            self.tr(
                "用这个备份替换当前的数据库：\n{what}\n\n当前的数据库会先自动备份，恢复后窗口显示备份中的数据。"
            ).format(what=description),
            self,
        )
        text.setWordWrap(True)
        self.password = QLineEdit(self)
        self.password.setObjectName("restorePassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("这个备份已加密，请输入复制时设的密码"))
        self.password.setVisible(self.sealed)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("恢复"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.password)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    @property
    def chosen_password(self) -> str | None:
        return self.password.text() if self.sealed else None


class BackupTab(QWidget):
    HEADERS = (
        QT_TRANSLATE_NOOP("BackupTab", "时间"),
        QT_TRANSLATE_NOOP("BackupTab", "原因"),
        QT_TRANSLATE_NOOP("BackupTab", "大小"),
        QT_TRANSLATE_NOOP("BackupTab", "审计标记"),
        QT_TRANSLATE_NOOP("BackupTab", "文件"),
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupTab")
        self._ctx = ctx
        self._listening = False
        self.entries: list[BackupEntry] = []
        self.folder_label = QLabel(self)
        self.folder_label.setObjectName("backupFolder")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(self.folder_label.textInteractionFlags())
        policy = QLabel(
            self.tr(
                "自动备份：启动时和每 30 分钟（有改动时），以及导入、恢复和升级之前。"
                "保留最近 10 份、最近 7 天每天 1 份、4 周每周 1 份、12 个月每月 1 份。"
            ),
            self,
        )
        policy.setWordWrap(True)
        self.table = QTableWidget(0, len(self.HEADERS), self)
        self.table.setObjectName("backupList")
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADERS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.backup_button = QPushButton(self.tr("立即备份"), self)
        self.backup_button.setObjectName("backupNow")
        self.backup_button.clicked.connect(self.backup_now)
        self.copy_button = QPushButton(self.tr("复制到…"), self)
        self.copy_button.setObjectName("copyBackup")
        self.copy_button.clicked.connect(self.copy_selected)
        self.restore_button = QPushButton(self.tr("恢复…"), self)
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(self.tr("从文件恢复…"), self)
        self.restore_file_button.setObjectName("restoreFromFile")
        self.restore_file_button.clicked.connect(self.restore_from_file)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.copy_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.restore_button, self.restore_file_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addWidget(policy)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    @property
    def safety(self) -> DataSafety:
        """The window's DataSafety (the tab lives inside the main window)."""
        safety = getattr(self.window(), "safety", None)
        assert safety is not None, "the backup tab needs the main window"
        return safety  # type: ignore[no-any-return]

    # --- the list ------------------------------------------------------------------------

    @property
    def on_server(self) -> bool:
        from qiuxue_desktop.db.engine import sqlite_path

        return sqlite_path(self._ctx.db_target) is None

    def load(self) -> None:
        from qiuxue_desktop import paths
        from qiuxue_desktop.services.backups import SERVER_REFUSAL, backups_of

        if not self._listening:
            self.safety.backups_changed.connect(self.load)
            self._listening = True
        if self.on_server:
            self.folder_label.setText(self.tr(SERVER_REFUSAL))
            self.entries = []
        else:
            self.folder_label.setText(self.tr("备份保存在：{folder}").format(folder=str(paths.backup_dir())))
            self.entries = backups_of(self._ctx.db_target)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            m = entry.manifest
            marker = m.marker.short() if m.marker is not None else "—"
            values = (
                entry.created_at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
                code_label(m.reason_label),
                size_text(m.size),
                marker,
                entry.path.name,
            )
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        if self.entries:
            self.table.selectRow(0)
        self._update_buttons()

    def selected_entry(self) -> BackupEntry | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.entries[rows.pop()] if len(rows) == 1 else None

    def _update_buttons(self) -> None:
        from qiuxue_desktop.domain.permissions import Permission

        local = not self.on_server and self._ctx.db is not None
        may_backup = local and self._ctx.may(Permission.BACKUP)
        may_restore = local and self._ctx.may(Permission.RESTORE)
        chosen = self.selected_entry() is not None
        self.backup_button.setEnabled(may_backup)
        self.copy_button.setEnabled(may_backup and chosen)
        self.restore_button.setEnabled(may_restore and chosen)
        self.restore_file_button.setEnabled(may_restore)

    # --- backing up and copying ----------------------------------------------------------

    def backup_now(self) -> None:
        from qiuxue_desktop.services.backups import backup_now

        db = self._ctx.database

        def work(_progress: Progress) -> BackupEntry:
            return backup_now(db)

        def done(entry: BackupEntry) -> None:
            self.load()
            message_box(self, self.tr("已备份"), self.tr("已备份到\n{path}").format(path=str(entry.path)))

        run_with_progress(self, self._ctx.runner, work, self.tr("正在备份"), on_done=done, cancellable=False)

    def copy_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        dialog = CopyDialog(entry, self)
        dialog.accepted.connect(lambda: self.copy_to(entry, dialog.folder, dialog.chosen_password))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def copy_to(self, entry: BackupEntry, folder: Path, password: str | None) -> None:
        from qiuxue_desktop.services.backups import copy_to_folder

        db = self._ctx.database

        def work(_progress: Progress) -> Path:
            return copy_to_folder(db, entry, folder, password=password)

        def done(copy: Path) -> None:
            how = self.tr("（已加密）") if password else ""
            box = message_box(
                self, self.tr("已复制"), self.tr("备份已复制到\n{path}{how}").format(path=str(copy), how=how)
            )
            box.setObjectName("copiedBox")

        run_with_progress(
            self, self._ctx.runner, work, self.tr("正在复制备份"), on_done=done, cancellable=False
        )

    # --- restoring -----------------------------------------------------------------------

    def restore_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        what = self.tr("{time}，{reason}，{size}").format(
            time=entry.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            reason=code_label(entry.manifest.reason_label),
            size=size_text(entry.manifest.size),
        )
        self.ask_restore(entry.path, what)

    def restore_from_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("选择备份文件"), last_folder("backup-copy"), self.tr(BACKUP_FILTER)
        )
        if chosen:
            self.ask_restore(Path(chosen), chosen)

    def ask_restore(self, path: Path, description: str) -> RestoreDialog:
        """Confirm (and ask the password of an encrypted backup), then restore on the worker."""
        dialog = RestoreDialog(path, description, self)
        dialog.accepted.connect(lambda: self.safety.restore(path, dialog.chosen_password, self))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog


TAB = SettingsTab(
    "backup", QT_TRANSLATE_NOOP("SettingsPage", "备份"), BackupTab, permission="backup", order=40, lazy=True
)
