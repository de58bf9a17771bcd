"""Fonts for the PDFs: a main TrueType font and fallbacks, each registered with reportlab as a
subset-embedded TTFont; every character checked against their character maps before anything
is drawn, text split into runs by the font that has each character, widths measured.

The main font is the bundled WenQuanYi Zen Hei unless 系统设置 → 打印 names another TrueType
file; the fallbacks are the extra fonts chosen there, then the bundled WenQuanYi (for what a
chosen font lacks) and Droid Sans Fallback.
Latin text uses the same fonts: reportlab's built-in Helvetica and Times are never used (they
are not embedded). A character no font has stops the document with one sentence naming where
it is (a person, a field) and the character — never a box, never a blank.
"""

from __future__ import annotations

import functools
import hashlib
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from qiuxue_desktop import paths
from qiuxue_desktop.errors import InputRejected, OperationFailed

SETTINGS_HINT = (
    "请在 系统设置 → 打印 中添加一个含有这个字的 TrueType 字体（Windows 自带的 SimSun-ExtB 有大部分生僻字）"
)


@dataclass(frozen=True, slots=True)
class FontSpec:
    """A TrueType font file and, for a collection (.ttc), the face in it."""

    path: Path
    index: int = 0

    @property
    def label(self) -> str:
        return self.path.name + (f"（第 {self.index + 1} 款）" if self.index else "")

    def encode(self) -> str:
        """As kept in the settings: the path, `#index` for a face after the first."""
        return f"{self.path}#{self.index}" if self.index else str(self.path)

    @staticmethod
    def decode(text: str) -> FontSpec:
        path, _, index = text.strip().rpartition("#")
        if path and index.isdigit():
            return FontSpec(Path(path), int(index))
        return FontSpec(Path(text.strip()))


def bundled_main() -> FontSpec:
    return FontSpec(paths.resource_path("fonts", "wqy-zenhei.ttc"), 0)


def bundled_fallback() -> FontSpec:
    return FontSpec(paths.resource_path("fonts", "DroidSansFallbackFull.ttf"), 0)


class MissingCharacter(InputRejected):
    """A character that none of the fonts has: the document is not made."""

    def __init__(self, where: str, char: str) -> None:
        code = f"U+{ord(char):04X}"
        super().__init__(f"{where}中的“{char}”（{code}）在打印字体中都没有，文件没有生成：{SETTINGS_HINT}。")
        self.where = where
        self.char = char


@dataclass(frozen=True, slots=True)
class LoadedFont:
    name: str  # the name registered with reportlab
    spec: FontSpec
    family: str  # the font's own name, for the settings page
    cmap: frozenset[int]
    widths: dict[int, float]  # code point → advance width per 1 pt of size
    ascent: float  # per 1 pt of size
    descent: float  # negative, per 1 pt of size


@functools.lru_cache(maxsize=16)
def _load(path: str, index: int, stamp: tuple[int, int]) -> LoadedFont:
    """Read and register a font once per file version (`stamp`: size and mtime)."""
    spec = FontSpec(Path(path), index)
    name = "QX" + hashlib.sha1(f"{path}#{index}#{stamp}".encode()).hexdigest()[:10]
    try:
        font = TTFont(name, path, subfontIndex=index)
    except TTFError as exc:
        raise OperationFailed(
            f"字体文件“{spec.label}”不能嵌入 PDF（{exc}）：只能用 TrueType 轮廓的 .ttf 或 .ttc 字体，"
            "且字体许可允许嵌入。"
        ) from exc
    pdfmetrics.registerFont(font)
    face = font.face
    widths = {code: face.charWidths.get(code, face.defaultWidth) / 1000.0 for code in face.charToGlyph}
    family = face.name.decode("latin-1") if isinstance(face.name, bytes) else str(face.name)
    return LoadedFont(
        name=name,
        spec=spec,
        family=family,
        cmap=frozenset(face.charToGlyph),
        widths=widths,
        ascent=face.ascent / 1000.0,
        descent=face.descent / 1000.0,
    )


def load_font(spec: FontSpec) -> LoadedFont:
    """The font of `spec`, registered with reportlab; OperationFailed when it cannot be used."""
    try:
        st = spec.path.stat()
    except OSError as exc:
        raise OperationFailed(
            f"打印字体文件“{spec.path}”在这台电脑上找不到：请在 系统设置 → 打印 中重新选择，或恢复为内置字体。"
        ) from exc
    return _load(str(spec.path.resolve()), spec.index, (st.st_size, int(st.st_mtime)))


# Characters that take no glyph: line breaks are the layout's business, not a font's.
_NO_GLYPH = frozenset("\n\r\t")


class FontSet:
    """The main font and its fallbacks, in order: each character is drawn with the first that has it."""

    def __init__(self, main: FontSpec | None = None, fallbacks: Sequence[FontSpec] = ()) -> None:
        # A chosen font comes first; whatever it lacks (Latin letters, in a CJK-only font) comes
        # from the bundled fonts after the chosen fallbacks.
        specs: list[FontSpec] = []
        for spec in (main or bundled_main(), *fallbacks, bundled_main(), bundled_fallback()):
            if spec not in specs:
                specs.append(spec)
        self.fonts: tuple[LoadedFont, ...] = tuple(load_font(s) for s in specs)
        self.main = self.fonts[0]
        self._by_char: dict[str, LoadedFont | None] = {}

    def font_of(self, char: str) -> LoadedFont | None:
        """The first font that has `char`, or None."""
        try:
            return self._by_char[char]
        except KeyError:
            code = ord(char)
            found = next((f for f in self.fonts if code in f.cmap), None)
            self._by_char[char] = found
            return found

    def missing(self, text: str) -> str | None:
        """The first character of `text` that no font has, or None."""
        for char in text:
            if char not in _NO_GLYPH and self.font_of(char) is None:
                return char
        return None

    def check(self, items: Iterable[tuple[str, str]]) -> None:
        """Raise MissingCharacter for the first (where, text) with a character no font has."""
        for where, text in items:
            char = self.missing(text)
            if char is not None:
                raise MissingCharacter(where, char)

    def runs(self, text: str) -> list[tuple[LoadedFont, str]]:
        """`text` cut where the font changes. A character no font has raises MissingCharacter
        (the documents check their text with where it comes from first; this is the net)."""
        out: list[tuple[LoadedFont, str]] = []
        current: LoadedFont | None = None
        start = 0
        for i, char in enumerate(text):
            font = self.font_of(char)
            if font is None:
                raise MissingCharacter("文档", char)
            if font is not current:
                if current is not None and i > start:
                    out.append((current, text[start:i]))
                current, start = font, i
        if current is not None and start < len(text):
            out.append((current, text[start:]))
        return out

    def char_width(self, char: str, size: float) -> float:
        font = self.font_of(char) or self.main
        return font.widths.get(ord(char), 0.5) * size

    def width(self, text: str, size: float) -> float:
        return sum(self.char_width(c, size) for c in text)


def normalise(text: str) -> str:
    """Text as it goes on paper: NFC (a name typed with a combining mark finds its composed
    glyph), no control characters but line breaks."""
    cleaned = unicodedata.normalize("NFC", text)
    return "".join(c for c in cleaned if c == "\n" or unicodedata.category(c) != "Cc")
