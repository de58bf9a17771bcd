"""Fonts on paper: every font embedded as a subset (Latin too), a rare character the main font
lacks drawn from the fallback and read back, a character no font has refused with the person
and the character named, a font that cannot be embedded refused; wrapping keeps to its width."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests import pdf_check

from qiuxue_desktop.errors import OperationFailed
from qiuxue_desktop.io.pdf.fonts import FontSet, FontSpec, MissingCharacter, bundled_fallback, bundled_main
from qiuxue_desktop.io.pdf.sheet import A4_PORTRAIT, Sheet

# U+FA11 﨑: a CJK compatibility ideograph used in names, without a decomposition (it stays
# itself): WenQuanYi Zen Hei lacks it, Droid Sans Fallback has it.
IN_FALLBACK_ONLY = "\ufa11"
# U+2003E 𠀾 (CJK Extension B): neither bundled font has it.
IN_NO_FONT = "\U0002003e"


def _one_line_pdf(tmp_path: Path, fonts: FontSet, line: str) -> Path:
    sheet = Sheet(fonts, A4_PORTRAIT, title="测试")
    sheet.text(sheet.left, sheet.top(20), line, 12)
    sheet.end_page()
    path = tmp_path / "one.pdf"
    path.write_bytes(sheet.finish())
    return path


def test_the_bundled_fonts_ship_with_their_licences() -> None:
    for spec, licence in (
        (bundled_main(), "LICENSE-wqy-zenhei.txt"),
        (bundled_fallback(), "LICENSE-DroidSansFallback.txt"),
    ):
        assert spec.path.is_file()
        text = (spec.path.parent / licence).read_text(encoding="utf-8")
        assert len(text) > 5000  # the copyright file and the full licence text
    assert "Font embedding exception" in (bundled_main().path.parent / "LICENSE-wqy-zenhei.txt").read_text()


def test_latin_and_chinese_use_the_embedded_fonts_only(tmp_path: Path) -> None:
    pdf = _one_line_pdf(tmp_path, FontSet(), "张三 Zhang San 1234.50 ¥")
    rows = pdf_check.assert_all_fonts_embedded(pdf)
    assert {r.name.split("+", 1)[1] for r in rows} == {"WenQuanYiZenHei-0"}
    assert "张三 Zhang San 1234.50 ¥" in pdf_check.text(pdf)


def test_a_rare_character_the_main_font_lacks_comes_from_the_fallback(tmp_path: Path) -> None:
    fonts = FontSet()
    assert fonts.font_of(IN_FALLBACK_ONLY) is fonts.fonts[-1]  # not the main font
    name = f"山{IN_FALLBACK_ONLY}美穗"
    runs = fonts.runs(name)
    assert [r for _f, r in runs] == ["山", IN_FALLBACK_ONLY, "美穗"]
    pdf = _one_line_pdf(tmp_path, fonts, name)
    rows = pdf_check.assert_all_fonts_embedded(pdf)
    assert {r.name.split("+", 1)[1] for r in rows} == {"WenQuanYiZenHei-0", "DroidSansFallback"}
    assert name in pdf_check.text(pdf)


def test_a_character_no_font_has_stops_the_document_naming_the_person_and_the_character() -> None:
    fonts = FontSet()
    name = f"王{IN_NO_FONT}"
    with pytest.raises(MissingCharacter) as caught:
        fonts.check([("学员“张三”的专业", "机电一体化"), (f"学员“{name}”的姓名", name)])
    message = caught.value.message
    assert f"学员“{name}”的姓名" in message
    assert "U+2003E" in message and IN_NO_FONT in message
    assert caught.value.exit_code == 3
    with pytest.raises(MissingCharacter):  # drawing it anyway is refused too: never a box
        fonts.runs(name)


def test_a_font_chosen_in_the_settings_replaces_the_main_font(tmp_path: Path) -> None:
    chosen = FontSpec.decode(str(bundled_fallback().path))
    fonts = FontSet(chosen)
    assert fonts.font_of("李") is fonts.main and fonts.main.spec == chosen
    pdf = _one_line_pdf(tmp_path, fonts, "李四 Li Si")
    # Droid Sans Fallback has no Latin letters: those come from the bundled main font
    names = {r.name.split("+", 1)[1] for r in pdf_check.assert_all_fonts_embedded(pdf)}
    assert names == {"DroidSansFallback", "WenQuanYiZenHei-0"}
    assert "李四 Li Si" in pdf_check.text(pdf)
    assert FontSpec.decode("C:\\Windows\\Fonts\\simsun.ttc#1") == FontSpec(
        Path("C:\\Windows\\Fonts\\simsun.ttc"), 1
    )
    assert FontSpec.decode(FontSpec(Path("/x/y.ttc"), 2).encode()) == FontSpec(Path("/x/y.ttc"), 2)


def test_a_font_that_cannot_be_embedded_or_found_is_refused(tmp_path: Path) -> None:
    cff = tmp_path / "postscript.otf"
    cff.write_bytes(b"OTTO\x00\x01\x00\x00" + b"\x00" * 64)  # an OpenType font with CFF outlines
    with pytest.raises(OperationFailed, match="TrueType"):
        FontSet(FontSpec(cff))
    with pytest.raises(OperationFailed, match="找不到"):
        FontSet(FontSpec(tmp_path / "gone.ttf"))


def test_wrapped_lines_keep_to_their_width_and_break_where_a_reader_expects() -> None:
    fonts = FontSet()
    sheet = Sheet(fonts, A4_PORTRAIT, title="t")
    text = "机电一体化技术（高起专），Computer Numerical Control 数控技术，电气工程及其自动化。"
    for width in (40.0, 60.0, 95.0):
        lines = sheet.wrap(text, 9, width)
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")
        for line in lines:
            assert fonts.width(line, 9) <= width + 0.01 or len(line) == 1
            assert line[:1] not in "，。）", f"closing punctuation begins a line: {lines}"
            assert line[-1:] != "（", f"an opening bracket ends a line: {lines}"
        for word in ("Computer", "Numerical", "Control"):  # Latin words are never cut
            assert any(word in line for line in lines), lines
