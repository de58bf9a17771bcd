"""The application's look: a UI font that has Chinese glyphs, and a little spacing."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

# Preferred Simplified Chinese UI fonts, best first: Windows, macOS, then Linux.
CJK_FAMILIES = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
)

ERROR_COLOR = "#c62828"


def cjk_family() -> str | None:
    """A font family with Chinese glyphs, the preferred ones first; None when there is none."""
    available = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    for family in CJK_FAMILIES:
        if family in available:
            return family
    return available[0] if available else None


def apply_ui_font(app: QApplication) -> None:
    """Keep the system font when it can show Chinese; otherwise put a CJK family first."""
    font: QFont = app.font()
    chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    if font.family() in chinese:
        return
    family = cjk_family()
    if family is None:
        return
    font.setFamilies([family, font.family()])
    app.setFont(font)
