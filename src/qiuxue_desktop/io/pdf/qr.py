"""QR codes drawn straight into a PDF page: the matrix from segno, every dark module of a row
merged into runs, all the runs one path of `re` operators in module units under one `cm`
transform — one small, well-compressed path instead of reportlab's QR widget (one rectangle
object per module, ~30 ms a page).

The mask is fixed (pattern 4): segno then skips evaluating all eight masks, five times less
work per code. Any mask is valid QR (ISO/IEC 18004 §7.8): the evaluation only avoids patterns
that are harder to read, which random-looking base32 data seldom makes; the tests decode the
rendered pages with zbarimg.
"""

from __future__ import annotations

import re

import segno
from reportlab.pdfgen.canvas import Canvas

MASK = 4
ERROR = "m"  # 15 % of the code may be lost (a crease, a stamp's edge) and it still reads
QUIET = 4  # modules of white around the symbol, as the standard asks
_RUN = re.compile(rb"\x01+")


def qr_matrix(text: str) -> tuple[bytearray, ...]:
    """The symbol's rows, 1 for a dark module, without the quiet zone."""
    qr = segno.make_qr(text, error=ERROR, mask=MASK, boost_error=False)
    return tuple(qr.matrix)


def modules(text: str) -> int:
    return len(qr_matrix(text))


def path_operators(matrix: tuple[bytearray, ...]) -> str:
    """`x y w 1 re` for every horizontal run of dark modules, y counted down from the top row."""
    parts: list[str] = []
    add = parts.append
    for y, row in enumerate(matrix):
        for m in _RUN.finditer(row):
            add(f"{m.start()} {y} {m.end() - m.start()} 1 re")
    return "\n".join(parts)


def draw_qr(canvas: Canvas, x: float, y_top: float, size: float, text: str) -> float:
    """Draw the QR code of `text` with its top-left corner at (x, y_top), `size` points wide
    including the quiet zone; returns the width of one module."""
    matrix = qr_matrix(text)
    n = len(matrix)
    module = size / (n + 2 * QUIET)
    x0 = x + QUIET * module
    y0 = y_top - QUIET * module
    # One path in module units: the y axis flipped so rows count downwards from y0.
    canvas.addLiteral(
        f"q 0 g {module:.4f} 0 0 {-module:.4f} {x0:.3f} {y0:.3f} cm\n{path_operators(matrix)}\nf Q"
    )
    return module
