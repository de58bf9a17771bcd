"""Reading a PDF back as a person would see it, with poppler and qpdf (real tools, as
../shared/design/testing-tools.md says): the fonts, the text, the page sizes, the pages
rendered to pixels, and whether anything was drawn in the border strip outside the margins."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from tests.conftest import require_tool

A4_PORTRAIT = (595.28, 841.89)
A4_LANDSCAPE = (841.89, 595.28)


@dataclass(frozen=True)
class FontRow:
    name: str
    type: str
    embedded: bool
    subset: bool
    unicode: bool


def _run(tool: str, *args: str) -> str:
    exe = require_tool(tool)
    proc = subprocess.run([exe, *args], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, f"{tool} {' '.join(args)}: {proc.stderr}"
    return proc.stdout


def fonts(pdf: Path) -> list[FontRow]:
    """pdffonts' table: one row per font the document uses."""
    rows = []
    for line in _run("pdffonts", str(pdf)).splitlines()[2:]:
        # name, type (may hold spaces), encoding, emb, sub, uni, object, generation
        m = re.match(r"^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$", line)
        assert m, f"unexpected pdffonts line: {line!r}"
        rows.append(FontRow(m[1], m[2], m[4] == "yes", m[5] == "yes", m[6] == "yes"))
    return rows


def assert_all_fonts_embedded(pdf: Path) -> list[FontRow]:
    rows = fonts(pdf)
    assert rows, "no font at all"
    for row in rows:
        assert row.embedded and row.subset, f"font not embedded as a subset: {row}"
        assert "Helvetica" not in row.name and "Times" not in row.name
    return rows


def text(pdf: Path, *, layout: bool = True, first: int | None = None, last: int | None = None) -> str:
    args = ["-layout"] if layout else []
    if first is not None:
        args += ["-f", str(first)]
    if last is not None:
        args += ["-l", str(last)]
    return _run("pdftotext", *args, str(pdf), "-")


def qpdf_check(pdf: Path) -> None:
    exe = require_tool("qpdf")
    proc = subprocess.run([exe, "--check", str(pdf)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "No syntax or stream encoding errors found" in proc.stdout


@dataclass(frozen=True)
class Info:
    pages: int
    sizes: list[tuple[float, float]]


def info(pdf: Path) -> Info:
    out = _run("pdfinfo", "-f", "1", "-l", "100000", str(pdf))
    pages = int(re.search(r"^Pages:\s+(\d+)", out, re.M)[1])  # type: ignore[index]
    sizes = [
        (float(m[1]), float(m[2]))
        for m in re.finditer(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", out, re.M)
    ]
    return Info(pages, sizes)


def render(
    pdf: Path, out_dir: Path, *, dpi: int = 50, first: int = 1, last: int | None = None
) -> list[Image.Image]:
    """The pages rendered by pdftoppm, in grey."""
    out_dir.mkdir(parents=True, exist_ok=True)
    args = ["-gray", "-r", str(dpi), "-f", str(first)]
    if last is not None:
        args += ["-l", str(last)]
    _run("pdftoppm", *args, "-png", str(pdf), str(out_dir / "page"))
    return [Image.open(p).convert("L") for p in sorted(out_dir.glob("page-*.png"))]


def ink_in_border(image: Image.Image, dpi: int, mm: float) -> int:
    """How many pixels in the strip `mm` wide along the page's edges are not white."""
    strip = round(mm / 25.4 * dpi)
    w, h = image.size
    data = image.load()
    assert data is not None
    dark = 0
    for y in range(h):
        inside_band = y < strip or y >= h - strip
        xs = range(w) if inside_band else [*range(strip), *range(w - strip, w)]
        for x in xs:
            if data[x, y] < 245:
                dark += 1
    return dark


def ink(image: Image.Image) -> int:
    """Pixels that are not white: a page with something drawn on it."""
    histogram = image.histogram()
    return sum(histogram[:245])
