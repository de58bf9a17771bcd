"""The 常规 tab of 系统设置: what belongs to this PC rather than to the data — the interface
language and the folder automatic backups go to — and where the other settings the office
looks for live (资助项目 in 经费台账; certificate wording, fonts and the platform in their tabs).

- Language: QSettings (views/language.py), applied at the next start (需要重启).
- Backup folder: one line in the per-user data folder (paths.set_backup_dir) so that the
  command line uses it too; checked on the file worker (created, a file written and removed)
  before it is kept. Backups already made stay where they are. Changing it needs
  Permission.BACKUP. A database on a server is backed up by the server, not here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qiuxue_desktop import paths
from qiuxue_desktop.views.code_labels import QT_TRANSLATE_NOOP
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.settings import SettingsPage, SettingsTab
from qiuxue_desktop.views.style import ERROR_COLOR

PROBE = ".qiuxue-write-test"


def check_folder(folder: Path) -> Path:
    """On the file worker: the folder exists (created if need be) and takes a file."""
    from qiuxue_desktop.errors import OperationFailed

    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / PROBE
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        text = QCoreApplication.translate(
            "GeneralTab", "不能把备份放在 {folder}：{reason}。请另选一个文件夹。"
        )
        raise OperationFailed(text.format(folder=str(folder), reason=exc.strerror or str(exc))) from exc
    return folder.resolve()


class GeneralTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from qiuxue_desktop.views.language import LANGUAGES, chosen_language

        self.setObjectName("generalTab")
        self._ctx = ctx

        # --- the language ---
        language_box = QGroupBox(self.tr("界面语言（本机）"), self)
        self.language_combo = QComboBox(language_box)
        self.language_combo.setObjectName("languageCombo")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(chosen_language()), 0))
        self.language_note = QLabel(language_box)
        self.language_note.setObjectName("languageNote")
        self.language_note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.language_combo)
        row.addWidget(self.language_note, 1)
        QVBoxLayout(language_box).addLayout(row)
        self.language_combo.currentIndexChanged.connect(lambda _i: self._language_chosen())
        self._show_language_note(changed=False)

        # --- the backup folder ---
        backup_box = QGroupBox(self.tr("自动备份保存到（本机）"), self)
        self.folder_label = QLabel(backup_box)
        self.folder_label.setObjectName("backupFolderChosen")
        self.folder_label.setWordWrap(True)
        self.change_folder = QPushButton(self.tr("更改…"), backup_box)
        self.change_folder.setObjectName("changeBackupFolder")
        self.default_folder = QPushButton(self.tr("恢复默认位置"), backup_box)
        self.default_folder.setObjectName("defaultBackupFolder")
        self.folder_message = QLabel(backup_box)
        self.folder_message.setObjectName("backupFolderMessage")
        self.folder_message.setWordWrap(True)
        explain = QLabel(
            self.tr(
                "启动时、每 30 分钟（有改动时）以及导入、恢复和升级之前，数据库会自动备份到这个文件夹。"
                "最好选另一块本地硬盘上的文件夹；不要选 U 盘或网盘同步文件夹。"
                "这个位置只对这台电脑有效，命令行 qiuxue 也用它；以前的备份留在原来的文件夹里。"
            ),
            backup_box,
        )
        explain.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_folder)
        buttons.addWidget(self.default_folder)
        buttons.addStretch(1)
        backup_layout = QVBoxLayout(backup_box)
        backup_layout.addWidget(self.folder_label)
        backup_layout.addWidget(explain)
        backup_layout.addLayout(buttons)
        backup_layout.addWidget(self.folder_message)
        self.change_folder.clicked.connect(self.choose_folder)
        self.default_folder.clicked.connect(lambda: self.set_folder(None))

        # --- where the rest is ---
        elsewhere = QGroupBox(self.tr("其他设置"), self)
        self.schemes_button = QPushButton(self.tr("资助项目…"), elsewhere)
        self.schemes_button.setObjectName("openSchemes")
        self.schemes_button.setToolTip(self.tr("在“经费台账 → 资助项目”中设定各项资助的规则"))
        self.schemes_button.clicked.connect(self.open_schemes)
        links = QHBoxLayout()
        links.addWidget(self.schemes_button)
        for key, label in (
            ("enterprise", self.tr("企业信息…")),
            ("certificates", self.tr("证书措辞…")),
            ("print", self.tr("打印字体…")),
            ("platform", self.tr("平台地址和令牌…")),
        ):
            button = QPushButton(label, elsewhere)
            button.setObjectName(f"openTab_{key}")
            button.clicked.connect(lambda _checked=False, k=key: self.open_tab(k))
            links.addWidget(button)
        links.addStretch(1)
        QVBoxLayout(elsewhere).addLayout(links)

        layout = QVBoxLayout(self)
        layout.addWidget(language_box)
        layout.addWidget(backup_box)
        layout.addWidget(elsewhere)
        layout.addStretch(1)

    # --- language ------------------------------------------------------------------------

    def _language_chosen(self) -> None:
        from qiuxue_desktop.views.language import choose_language

        choose_language(str(self.language_combo.currentData()))
        self._show_language_note(changed=True)

    def _show_language_note(self, *, changed: bool) -> None:
        from qiuxue_desktop.views.language import CHINESE, has_translation

        code = str(self.language_combo.currentData())
        if not has_translation(code):
            text = self.tr("没有找到这种语言的翻译文件，重启后界面仍是中文。")
            self.language_note.setStyleSheet(f"color: {ERROR_COLOR};")
        else:
            self.language_note.setStyleSheet("")
            text = self.tr("已保存，需要重启软件后生效。") if changed else ""
            if code != CHINESE and not changed:
                text = self.tr("更改后需要重启软件才生效。")
        self.language_note.setText(text)

    # --- the backup folder ---------------------------------------------------------------

    def load(self) -> None:
        from qiuxue_desktop.db.engine import sqlite_path
        from qiuxue_desktop.domain.permissions import Permission

        on_server = sqlite_path(self._ctx.db_target) is None
        chosen = paths.chosen_backup_dir()
        if on_server:
            from qiuxue_desktop.services.backups import SERVER_REFUSAL

            self.folder_label.setText(self.tr(SERVER_REFUSAL))
        else:
            where = str(chosen) if chosen is not None else str(paths.data_dir() / "backups")
            self.folder_label.setText(
                self.tr("{folder}（{which}）").format(
                    folder=where, which=self.tr("自选") if chosen is not None else self.tr("默认位置")
                )
            )
        may = self._ctx.may(Permission.BACKUP) and not on_server
        self.change_folder.setEnabled(may)
        self.default_folder.setEnabled(may and chosen is not None)
        page = self._settings_page()
        if page is not None:  # only the tabs this role sees
            for i, tab in enumerate(page.tabs):
                button = self.findChild(QPushButton, f"openTab_{tab.key}")
                if button is not None:
                    button.setVisible(page.isTabVisible(i))

    def _settings_page(self) -> SettingsPage | None:
        from qiuxue_desktop.views.settings import SettingsPage

        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, SettingsPage):
            parent = parent.parentWidget()
        return parent

    def choose_folder(self) -> None:
        start = str(paths.chosen_backup_dir() or paths.data_dir())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("自动备份保存到哪个文件夹"), start)
        if chosen:
            self.set_folder(Path(chosen))

    def set_folder(self, folder: Path | None) -> None:
        """Check `folder` on the file worker, then keep it (None: the default folder)."""
        self.folder_message.setStyleSheet("")
        self.folder_message.setText(self.tr("正在检查文件夹……") if folder is not None else "")
        self.change_folder.setEnabled(False)

        def done(checked: Path | None) -> None:
            paths.set_backup_dir(checked)
            self.load()
            self.folder_message.setText(
                self.tr("以后的自动备份保存到 {folder}。").format(folder=str(paths.backup_dir()))
            )
            safety = getattr(self.window(), "safety", None)
            if safety is not None:
                safety.backups_changed.emit()  # the 备份 tab lists the new folder

        def failed(exc: BaseException) -> bool:
            from qiuxue_desktop.errors import KnownError

            self.load()
            self.folder_message.setStyleSheet(f"color: {ERROR_COLOR};")
            self.folder_message.setText(exc.message if isinstance(exc, KnownError) else str(exc))
            return isinstance(exc, KnownError)  # anything else: the window's error box too

        if folder is None:
            done(None)
        else:
            self._ctx.runner.files(check_folder, folder, on_done=done, on_error=failed)

    # --- elsewhere -----------------------------------------------------------------------

    def open_schemes(self) -> None:
        window = self.window()
        show_area = getattr(window, "show_area", None)
        if show_area is not None:
            show_area("funds", tab="schemes")

    def open_tab(self, key: str) -> None:
        page = self._settings_page()
        if page is not None:
            page.show_tab(key)


def _build(ctx: AppContext, parent: QWidget) -> QWidget:
    return GeneralTab(ctx, parent)


TAB = SettingsTab("general", str(QT_TRANSLATE_NOOP("SettingsPage", "常规")), _build, order=15)
