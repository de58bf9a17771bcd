"""The 打印 tab of 系统设置: the fonts the documents are printed with (the main font — the bundled
文泉驿正黑 or a TrueType file of this computer — and extra fonts for rare characters, tried
before the bundled Droid Sans Fallback), a check that shows which font each character of a
name comes from (or that none has it), and the posting list's sentence on objections.

The settings are kept in the database (services/settings.py, audited); a role that may not
edit the enterprise sees them read-only. A font is loaded on the file worker before it is
stored: a file that cannot be embedded (CFF outlines, licence) is refused there.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qiuxue_desktop.errors import InputRejected
from qiuxue_desktop.views.code_labels import QT_TRANSLATE_NOOP, labelled
from qiuxue_desktop.views.context import AppContext
from qiuxue_desktop.views.error_box import show_error
from qiuxue_desktop.views.settings import SettingsTab

if TYPE_CHECKING:
    from qiuxue_desktop.db.engine import Database

FONT_FILTER = QT_TRANSLATE_NOOP("PrintTab", "TrueType 字体 (*.ttf *.ttc *.TTF *.TTC);;所有文件 (*)")


def read_print_settings(db: Database) -> dict[str, str]:
    from qiuxue_desktop.io.pdf.documents import (
        FALLBACK_FONTS_KEY,
        MAIN_FONT_KEY,
        OBJECTION_KEY,
        enterprise_record,
        union_name,
    )
    from qiuxue_desktop.io.pdf.posting_list import default_objection
    from qiuxue_desktop.services.settings import get_settings

    with db.read() as s:
        values = get_settings(s, [MAIN_FONT_KEY, FALLBACK_FONTS_KEY, OBJECTION_KEY])
        try:
            union = union_name(enterprise_record(s))
        except InputRejected:  # no enterprise yet
            union = "本单位工会"
        values["default_objection"] = default_objection(union)
    return values


def store_setting(db: Database, key: str, value: str) -> None:
    from qiuxue_desktop.services.settings import set_setting

    with db.write() as s:
        set_setting(s, key, value)


def font_family(path: str) -> str:
    """The font's own name; OperationFailed when the file cannot be embedded."""
    from qiuxue_desktop.io.pdf.fonts import FontSpec, load_font

    return load_font(FontSpec.decode(path)).family


def check_text(db: Database, text: str) -> str:
    """Which font each character of `text` is printed with, or which one no font has."""
    from qiuxue_desktop.io.pdf.documents import document_fonts
    from qiuxue_desktop.io.pdf.fonts import normalise

    with db.read() as s:
        fonts = document_fonts(s)
    parts: list[str] = []
    for char in dict.fromkeys(normalise(text).replace("\n", "")):
        font = fonts.font_of(char)
        if font is None:
            missing = QCoreApplication.translate(
                "PrintTab", "“{char}”（U+{code}）在所有打印字体中都没有：请添加含有这个字的字体。"
            )
            return missing.format(char=char, code=f"{ord(char):04X}")
        parts.append(labelled(char, font.family))
    return "　".join(parts) if parts else ""


class PrintTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printSettings")
        self._ctx = ctx
        self._values: dict[str, str] = {}

        self.main_label = QLabel(self)
        self.main_label.setObjectName("mainFont")
        self.main_label.setWordWrap(True)
        self.choose_main = QPushButton(self.tr("选择字体文件…"), self)
        self.choose_main.setObjectName("chooseMainFont")
        self.reset_main = QPushButton(self.tr("恢复内置字体"), self)
        self.reset_main.setObjectName("resetMainFont")
        self.extra_list = QListWidget(self)
        self.extra_list.setObjectName("extraFonts")
        self.extra_list.setMaximumHeight(90)
        self.add_extra = QPushButton(self.tr("添加…"), self)
        self.add_extra.setObjectName("addExtraFont")
        self.remove_extra = QPushButton(self.tr("移除"), self)
        self.remove_extra.setObjectName("removeExtraFont")
        self.try_edit = QLineEdit(self)
        self.try_edit.setObjectName("fontTryText")
        self.try_edit.setPlaceholderText(self.tr("输入姓名等文字，检查每个字用哪种字体打印"))
        self.try_result = QLabel(self)
        self.try_result.setObjectName("fontTryResult")
        self.try_result.setWordWrap(True)

        main_row = QHBoxLayout()
        main_row.addWidget(self.main_label, 1)
        main_row.addWidget(self.choose_main)
        main_row.addWidget(self.reset_main)
        extra_buttons = QVBoxLayout()
        extra_buttons.addWidget(self.add_extra)
        extra_buttons.addWidget(self.remove_extra)
        extra_buttons.addStretch(1)
        extra_row = QHBoxLayout()
        extra_row.addWidget(self.extra_list, 1)
        extra_row.addLayout(extra_buttons)
        fonts_box = QGroupBox(self.tr("打印字体"), self)
        fonts_form = QFormLayout(fonts_box)
        fonts_form.addRow(self.tr("主字体"), main_row)
        fonts_form.addRow(self.tr("补充字体（生僻字）"), extra_row)
        fonts_form.addRow(self.tr("检查文字"), self.try_edit)
        fonts_form.addRow("", self.try_result)
        note = QLabel(
            self.tr(
                "PDF 中嵌入所用字体的子集，任何电脑和打印机都能原样打印。只能使用 TrueType 字体（.ttf、.ttc）。"
                "主字体没有的字依次从补充字体、内置的文泉驿正黑和 Droid Sans Fallback 中取；"
                "所有字体都没有的字会让文件无法生成，并说明是谁的哪个字。"
            ),
            self,
        )
        note.setWordWrap(True)
        fonts_form.addRow(note)

        self.objection_edit = QPlainTextEdit(self)
        self.objection_edit.setObjectName("objectionText")
        self.objection_edit.setMaximumHeight(70)
        self.save_objection = QPushButton(self.tr("保存"), self)
        self.save_objection.setObjectName("saveObjection")
        posting_box = QGroupBox(self.tr("公示名单"), self)
        posting_form = QFormLayout(posting_box)
        posting_form.addRow(self.tr("异议说明"), self.objection_edit)
        posting_form.addRow("", self.save_objection)

        layout = QVBoxLayout(self)
        layout.addWidget(fonts_box)
        layout.addWidget(posting_box)
        layout.addStretch(1)

        self.choose_main.clicked.connect(self._choose_main)
        self.reset_main.clicked.connect(lambda: self._store(self._main_key(), ""))
        self.add_extra.clicked.connect(self._add_extra)
        self.remove_extra.clicked.connect(self._remove_extra)
        self.save_objection.clicked.connect(
            lambda: self._store(self._objection_key(), self.objection_edit.toPlainText())
        )
        self.try_edit.textChanged.connect(self._check)

    @staticmethod
    def _main_key() -> str:
        from qiuxue_desktop.io.pdf.documents import MAIN_FONT_KEY

        return MAIN_FONT_KEY

    @staticmethod
    def _extra_key() -> str:
        from qiuxue_desktop.io.pdf.documents import FALLBACK_FONTS_KEY

        return FALLBACK_FONTS_KEY

    @staticmethod
    def _objection_key() -> str:
        from qiuxue_desktop.io.pdf.documents import OBJECTION_KEY

        return OBJECTION_KEY

    # --- reading and showing ----------------------------------------------------------------

    def load(self) -> None:
        if self._ctx.db is None:
            return
        self._ctx.runner.db(read_print_settings, self._ctx.database, on_done=self._show, quiet=True)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._values:  # first shown before the settings page asked for a load
            self.load()

    def _show(self, values: dict[str, str]) -> None:
        self._values = values
        main = values.get(self._main_key(), "")
        self.main_label.setText(main or self.tr("内置：文泉驿正黑（wqy-zenhei.ttc）"))
        self.extra_list.clear()
        self.extra_list.addItems([line for line in values.get(self._extra_key(), "").splitlines() if line])
        self.objection_edit.setPlainText(values.get(self._objection_key(), ""))
        self.objection_edit.setPlaceholderText(values.get("default_objection", ""))
        self.reset_main.setEnabled(bool(main) and self._editable())
        self._check()

    def _editable(self) -> bool:
        from qiuxue_desktop.domain.permissions import Permission

        return self._ctx.may(Permission.EDIT_ENTERPRISE)

    def apply_permissions(self, ctx: AppContext) -> None:
        editable = self._editable()
        for widget in (self.choose_main, self.add_extra, self.remove_extra, self.save_objection):
            widget.setEnabled(editable)
        self.reset_main.setEnabled(editable and bool(self._values.get(self._main_key())))
        self.objection_edit.setReadOnly(not editable)

    def _check(self) -> None:
        text = self.try_edit.text()
        if not text.strip() or self._ctx.db is None:
            self.try_result.setText("")
            return
        self._ctx.runner.db(check_text, self._ctx.database, text, on_done=self.try_result.setText, quiet=True)

    # --- changing -----------------------------------------------------------------------------

    def _store(self, key: str, value: str) -> None:
        def failed(exc: BaseException) -> bool:
            show_error(self, exc)
            return True

        self._ctx.runner.db(
            store_setting, self._ctx.database, key, value, on_done=lambda _r: self.load(), on_error=failed
        )

    def _font_file(self, title: str) -> str:
        chosen, _filter = QFileDialog.getOpenFileName(self, title, str(Path.home()), self.tr(FONT_FILTER))
        return chosen

    def set_main_font(self, path: str) -> None:
        """Check that `path` can be embedded, then make it the main font."""
        self._after_check(path, lambda: self._store(self._main_key(), path))

    def add_extra_font(self, path: str) -> None:
        lines = [line for line in self._values.get(self._extra_key(), "").splitlines() if line]
        if path not in lines:
            lines.append(path)
        self._after_check(path, lambda: self._store(self._extra_key(), "\n".join(lines)))

    def _after_check(self, path: str, then: Any) -> None:
        def failed(exc: BaseException) -> bool:
            show_error(self, exc)
            return True

        self._ctx.runner.files(font_family, path, on_done=lambda _family: then(), on_error=failed)

    def _choose_main(self) -> None:
        path = self._font_file(self.tr("选择主字体"))
        if path:
            self.set_main_font(path)

    def _add_extra(self) -> None:
        path = self._font_file(self.tr("添加补充字体"))
        if path:
            self.add_extra_font(path)

    def _remove_extra(self) -> None:
        item = self.extra_list.currentItem()
        if item is None:
            return
        lines = [
            line
            for line in self._values.get(self._extra_key(), "").splitlines()
            if line and line != item.text()
        ]
        self._store(self._extra_key(), "\n".join(lines))


def _build(ctx: AppContext, parent: QWidget) -> QWidget:
    return PrintTab(ctx, parent)


TAB = SettingsTab(
    "print", QT_TRANSLATE_NOOP("SettingsPage", "打印"), _build, permission="print_lists", order=35, lazy=True
)
