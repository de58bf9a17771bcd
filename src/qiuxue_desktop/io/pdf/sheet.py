"""A page to draw on: a reportlab canvas with the document's fonts, the A4 sizes and margins,
text in font runs (bold drawn as fill + stroke: the CJK fonts have no bold face), text wrapped
and fitted into boxes, lines and boxes, and the page number 第 N 页 共 M 页.

Coordinates are reportlab's points from the bottom left; `top(mm)` turns a distance from the
top edge into one. Everything a document draws stays inside the margins: the tests render the
pages and look at the border strip.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.pdfgen.canvas import Canvas

from qiuxue_desktop.io.pdf.fonts import FontSet

MM = 72 / 25.4
A4_PORTRAIT = (210 * MM, 297 * MM)
A4_LANDSCAPE = (297 * MM, 210 * MM)
MARGIN = 12 * MM
FOOTER = 7 * MM  # the band at the bottom of the content box that holds the page number
LEADING = 1.25  # line height as a multiple of the font size
CREATOR = "求学圆梦桌面版"

# Punctuation that must not begin a line (it is carried back with the character before it),
# and opening brackets that must not end one (they go on with what they open).
_NO_LINE_START = frozenset("，。、；：？！）》」』”’,.;:?!)]%")
_NO_LINE_END = frozenset("（《「『“‘([")


class Sheet:
    """One PDF document being drawn, page after page."""

    def __init__(
        self,
        fonts: FontSet,
        pagesize: tuple[float, float],
        *,
        title: str,
        subject: str = "",
        author: str = "",
    ) -> None:
        self.fonts = fonts
        self._buffer = io.BytesIO()
        # The initial font is ours too: reportlab would otherwise name Helvetica in every page.
        self.canvas = Canvas(
            self._buffer,
            pagesize=pagesize,
            pageCompression=1,
            invariant=1,
            initialFontName=fonts.main.name,
            initialFontSize=10,
        )
        self.canvas.setTitle(title)
        self.canvas.setSubject(subject)
        self.canvas.setAuthor(author)
        self.canvas.setCreator(CREATOR)
        self.canvas.setProducer(CREATOR)
        self.width, self.height = pagesize
        self.left = MARGIN
        self.right = self.width - MARGIN
        self.top_edge = self.height - MARGIN
        self.bottom = MARGIN + FOOTER  # the lowest a document's content reaches
        self.pages = 0

    # --- geometry ---------------------------------------------------------------------------

    @property
    def content_width(self) -> float:
        return self.right - self.left

    def top(self, mm: float) -> float:
        """The y of a point `mm` below the top margin."""
        return self.top_edge - mm * MM

    # --- text -------------------------------------------------------------------------------

    def text(
        self, x: float, y: float, text: str, size: float, *, align: str = "left", bold: bool = False
    ) -> float:
        """Draw one line with its baseline at y; `align` left, centre or right of x. Returns its width."""
        width = self.fonts.width(text, size)
        if align == "centre":
            x -= width / 2
        elif align == "right":
            x -= width
        c = self.canvas
        if bold:
            c.setLineWidth(size * 0.035)
        for font, run in self.fonts.runs(text):
            c.setFont(font.name, size)
            c.drawString(x, y, run, mode=2 if bold else 0)
            x += sum(font.widths.get(ord(ch), 0.5) for ch in run) * size
        return width

    def wrap(self, text: str, size: float, width: float) -> list[str]:
        """`text` broken into lines no wider than `width` (a character wider than that gets a
        line of its own): anywhere between CJK characters, at a space inside Latin words, and
        never before closing punctuation."""
        lines: list[str] = []
        for paragraph in text.split("\n"):
            line: list[str] = []
            used = 0.0
            for char in paragraph:
                w = self.fonts.char_width(char, size)
                if line and used + w > width + 0.01:
                    carry = _carry(line, char)
                    cut = len(line) - carry
                    lines.append("".join(line[:cut]).rstrip())
                    line = line[cut:]
                    used = sum(self.fonts.char_width(c, size) for c in line)
                    if char == " " and not line:
                        continue
                line.append(char)
                used += w
            lines.append("".join(line))
        return lines

    def fit(
        self, text: str, size: float, width: float, height: float, *, min_size: float = 5.5
    ) -> tuple[float, list[str]]:
        """The largest size from `size` down to `min_size` (half points) at which `text`, wrapped
        to `width`, fits `height`; at `min_size` the lines are returned even when they do not."""
        current = size
        while True:
            lines = self.wrap(text, current, width)
            if len(lines) * current * LEADING <= height + 0.01 or current <= min_size:
                return current, lines
            current = max(min_size, current - 0.5)

    def lines(
        self,
        x: float,
        y_top: float,
        width: float,
        lines: Sequence[str],
        size: float,
        *,
        align: str = "left",
        bold: bool = False,
    ) -> float:
        """Draw wrapped lines from `y_top` down; returns the y below the last one."""
        step = size * LEADING
        anchor = {"left": x, "centre": x + width / 2, "right": x + width}[align]
        y = y_top
        for line in lines:
            self.text(anchor, y - size * 0.95, line, size, align=align, bold=bold)
            y -= step
        return y

    def box_text(
        self,
        x: float,
        y_top: float,
        width: float,
        height: float,
        text: str,
        size: float,
        *,
        align: str = "left",
        valign: str = "middle",
        pad: float = 1.2 * MM,
        min_size: float = 5.5,
        bold: bool = False,
    ) -> None:
        """`text` fitted inside the box whose top left is (x, y_top), padded on every side."""
        inner_w, inner_h = width - 2 * pad, height - 2 * pad
        size, wrapped = self.fit(text, size, inner_w, inner_h, min_size=min_size)
        block = len(wrapped) * size * LEADING
        if valign == "top":
            start = y_top - pad
        elif valign == "bottom":
            start = y_top - height + pad + block
        else:
            start = y_top - (height - block) / 2
        self.lines(x + pad, start, inner_w, wrapped, size, align=align, bold=bold)

    # --- lines and boxes --------------------------------------------------------------------

    def rect(self, x: float, y_top: float, width: float, height: float, *, line: float = 0.6) -> None:
        self.canvas.setLineWidth(line)
        self.canvas.rect(x, y_top - height, width, height, stroke=1, fill=0)

    def shade(self, x: float, y_top: float, width: float, height: float, grey: float = 0.92) -> None:
        c = self.canvas
        c.saveState()
        c.setFillGray(grey)
        c.rect(x, y_top - height, width, height, stroke=0, fill=1)
        c.restoreState()

    def hline(self, x1: float, x2: float, y: float, *, line: float = 0.6) -> None:
        self.canvas.setLineWidth(line)
        self.canvas.line(x1, y, x2, y)

    def vline(self, x: float, y1: float, y2: float, *, line: float = 0.6) -> None:
        self.canvas.setLineWidth(line)
        self.canvas.line(x, y1, x, y2)

    def checkbox(self, x: float, y: float, size: float) -> None:
        """An empty tick box sitting on the baseline y (the fonts have no ☐)."""
        self.canvas.setLineWidth(0.6)
        self.canvas.rect(x, y - size * 0.1, size * 0.8, size * 0.8, stroke=1, fill=0)

    # --- pages ------------------------------------------------------------------------------

    def page_number(self, number: int, total: int, size: float = 8) -> None:
        self.text(self.width / 2, MARGIN + 1.5 * MM, f"第 {number} 页 共 {total} 页", size, align="centre")

    def end_page(self) -> None:
        self.canvas.showPage()
        self.pages += 1

    def finish(self) -> bytes:
        self.canvas.save()
        return self._buffer.getvalue()


def _carry(line: Sequence[str], nxt: str) -> int:
    """How many characters at the end of `line` move to the next line with `nxt`: a Latin word
    moves whole (when something stands before it), closing punctuation takes the character
    before it along."""
    n = len(line)
    k = 0
    if _latin(nxt) and _latin(line[-1]):
        start = n - 1
        while start > 0 and _latin(line[start - 1]):
            start -= 1
        k = n - start if start > 0 else 0
    elif nxt in _NO_LINE_START:
        k = 1
        while k < n and line[n - k] in _NO_LINE_START:
            k += 1
        k = k if k < n else 0
    while k < n - 1 and line[n - k - 1] in _NO_LINE_END:
        k += 1
    return k


def _latin(char: str) -> bool:
    return char.isascii() and char.isalnum()
