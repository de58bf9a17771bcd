"""Money: capital numerals as the shared rule file prescribes, yuan parsing and formatting, exact splits."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qiuxue_desktop.domain.money import (
    MAX_FEN,
    capital_numerals,
    capital_numerals_fen,
    capital_numerals_rmb,
    fen_to_yuan,
    format_rmb,
    format_yuan,
    split_by_ratio,
    yuan_to_fen,
)

SHARED_VECTORS = Path(__file__).parents[3] / "shared" / "domain" / "capital-numerals.md"
LOCAL_VECTORS = Path(__file__).parent / "capital_vectors.md"
_ROW = re.compile(r"^\|\s*([0-9.]+)\s*\|\s*(\S+)\s*\|\s*$")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def read_vectors(path: Path) -> list[tuple[Decimal, str]]:
    """The `| amount | 大写 |` rows of a markdown table."""
    rows = [_ROW.match(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return [(Decimal(m[1]), m[2]) for m in rows if m]


def vectors() -> list[tuple[Decimal, str]]:
    return read_vectors(SHARED_VECTORS if SHARED_VECTORS.exists() else LOCAL_VECTORS)


def yuan_text(fen: int) -> str:
    """Independent of the module under test: 分 → "1234.50"."""
    return f"{fen // 100}.{fen % 100:02d}"


# --- an independent reader of capital numerals, back to integer 分 --------------------------------

_DIGIT = {c: i for i, c in enumerate("零壹贰叁肆伍陆柒捌玖")}
_PLACE = {"拾": 10, "佰": 100, "仟": 1000}
_DECIMALS = re.compile(r"(零)?(?:([壹贰叁肆伍陆柒捌玖])角)?(?:([壹贰叁肆伍陆柒捌玖])分|(整))")


def _read_integer(text: str) -> int:
    """壹亿零壹万 → 100010000, accumulating digit × place; refuses a place with no digit before it."""
    total, section, digit = 0, 0, None
    for ch in text:
        if ch == "零":
            assert digit is None, f"零 right after a bare digit in {text}"
        elif ch in _DIGIT:
            assert digit is None, f"two digits without a place between them in {text}"
            digit = _DIGIT[ch]
        elif ch in _PLACE:
            assert digit is not None, f"{ch} without a digit before it in {text}"
            section += digit * _PLACE[ch]
            digit = None
        elif ch == "万":
            section += digit or 0
            assert 0 < section < 10_000, f"empty or oversized 万 group in {text}"
            total += section * 10_000
            section, digit = 0, None
        elif ch == "亿":
            total = (total + section + (digit or 0)) * 100_000_000
            assert total > 0, f"empty 亿 group in {text}"
            section, digit = 0, None
        else:
            raise AssertionError(f"unexpected {ch!r} in the 元 part of {text}")
    return total + section + (digit or 0)


def read_capital(text: str) -> int:
    """大写 → integer 分."""
    if text == "零元整":
        return 0
    yuan_part, sep, rest = text.partition("元")
    yuan = _read_integer(yuan_part) if sep else 0
    if sep:
        assert yuan > 0, text
    else:
        rest = text
    m = _DECIMALS.fullmatch(rest)
    assert m, f"bad 角/分 part {rest!r} in {text}"
    jiao = _DIGIT[m[2]] if m[2] else 0
    cent = _DIGIT[m[3]] if m[3] else 0
    return yuan * 100 + jiao * 10 + cent


def expected_zero_count(fen: int) -> int:
    """How many 零 the rules require, counted from the figures.

    One per run of zeros between non-zero digits of the 元 part, except a run that is only
    the bottom of a 万 or 亿 group holding a digit (壹拾万柒仟); one after 元 when the units
    digit is 0 and 角 is not, or when 角 is 0 and 分 is not.
    """
    if fen == 0:
        return 1
    yuan, jiao, cent = fen // 100, fen // 10 % 10, fen % 10
    digits = str(yuan) if yuan else ""
    count = 0
    for run in re.finditer(r"0+(?=[1-9])", digits):
        low = len(digits) - run.end()  # place of the run's lowest zero: 0 units, 4 万, 8 亿
        high = len(digits) - 1 - run.start()
        if not (low in (4, 8) and high < low + 3):
            count += 1
    if yuan and ((yuan % 10 == 0 and jiao) or (not jiao and cent)):
        count += 1
    return count


# --- the vectors ------------------------------------------------------------------------------------


def test_the_checked_in_copy_agrees_with_the_shared_table() -> None:
    local = read_vectors(LOCAL_VECTORS)
    assert len(local) >= 16
    if not SHARED_VECTORS.exists():
        pytest.skip(f"{SHARED_VECTORS} is not here; the copy stands in for it")
    assert read_vectors(SHARED_VECTORS) == local


@pytest.mark.parametrize(("amount", "expected"), vectors(), ids=lambda v: str(v))
def test_every_vector_of_the_rule_file(amount: Decimal, expected: str) -> None:
    assert capital_numerals(amount) == expected
    assert read_capital(expected) == int(amount * 100)


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        # brief.md §4.3 bank-rule examples; where the rule allows 零 either way we keep to one form
        ("1409.50", "壹仟肆佰零玖元伍角整"),  # the bank example omits 整; 角整 satisfies both rules
        ("6007.14", "陆仟零柒元壹角肆分"),  # one 零 for a run of zeros
        ("1680.32", "壹仟陆佰捌拾元零叁角贰分"),  # not 壹仟陆佰捌拾元叁角贰分
        ("107000.53", "壹拾万柒仟元零伍角叁分"),  # not 壹拾万零柒仟元伍角叁分
        ("16409.02", "壹万陆仟肆佰零玖元零贰分"),  # 零 required when 角 is 0 and 分 is not
        ("325.04", "叁佰贰拾伍元零肆分"),
        ("10", "壹拾元整"),  # not 拾元整
        ("1200.00", "壹仟贰佰元整"),
        ("0.05", "伍分"),  # nothing before 角 or 分 below one yuan
        # the same rules further out: zeros across 万 and 亿, a whole zero group, 分 without 整
        ("100000000001", "壹仟亿零壹元整"),
        ("1000001000", "壹拾亿零壹仟元整"),
        ("10000.10", "壹万元零壹角整"),
        ("0.55", "伍角伍分"),
        ("999999999999.99", "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
    ],
)
def test_the_briefs_examples(amount: str, expected: str) -> None:
    assert capital_numerals(Decimal(amount)) == expected


def test_rmb_prefix_and_fen_entry_point() -> None:
    assert capital_numerals_rmb(Decimal("1680.32")) == "人民币壹仟陆佰捌拾元零叁角贰分"
    assert capital_numerals_fen(168032) == "壹仟陆佰捌拾元零叁角贰分"
    assert capital_numerals_fen(0) == "零元整"


# --- rounding and refusals --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "expected"),
    [("0.005", "壹分"), ("0.004", "零元整"), ("0.025", "叁分"), ("0.0149", "壹分"), ("9.995", "壹拾元整")],
)
def test_rounds_half_up_to_the_fen(amount: str, expected: str) -> None:
    assert capital_numerals(Decimal(amount)) == expected


@pytest.mark.parametrize("amount", ["-0.01", "-0.004", "-1680.32"])
def test_negative_amounts_are_refused_in_chinese(amount: str) -> None:
    with pytest.raises(ValueError, match="负数"):
        capital_numerals(Decimal(amount))


@pytest.mark.parametrize("amount", ["1000000000000", "999999999999.995", "Infinity", "NaN"])
def test_amounts_out_of_range_are_refused_in_chinese(amount: str) -> None:
    with pytest.raises(ValueError) as info:
        capital_numerals(Decimal(amount))
    assert _CJK.search(str(info.value))


@pytest.mark.parametrize("amount", [1680.32, 0.1, 12, "12.00", None])
def test_anything_but_a_decimal_is_refused(amount: object) -> None:
    with pytest.raises(TypeError, match="Decimal"):
        capital_numerals(amount)  # type: ignore[arg-type]


# --- property tests up to ¥999,999,999,999.99 ------------------------------------------------------

# Uniform integers rarely contain zeros; the second strategy makes runs of them common.
_ZERO_HEAVY = st.lists(st.sampled_from("00000123456789"), min_size=1, max_size=14).map(
    lambda d: int("".join(d))
)
AMOUNTS_FEN = st.one_of(st.integers(0, MAX_FEN), _ZERO_HEAVY, st.integers(0, 100_000))
_ALLOWED = set("零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整")


@settings(max_examples=1500, deadline=None)
@given(AMOUNTS_FEN)
def test_capital_numerals_read_back_to_the_same_amount_and_follow_the_rules(fen: int) -> None:
    text = capital_numerals(Decimal(yuan_text(fen)))
    assert read_capital(text) == fen
    assert set(text) <= _ALLOWED
    assert "零零" not in text
    if text != "零元整":
        assert not text.startswith("零")
        assert not re.search("零[元万亿角分整]", text), text
        assert not re.search("[元万亿]$", text)
    assert ("整" in text) == (fen % 10 == 0)
    assert text.endswith("整" if fen % 10 == 0 else "分")
    assert text.count("零") == expected_zero_count(fen), text
    assert capital_numerals_fen(fen) == text


@settings(max_examples=500, deadline=None)
@given(st.integers(0, MAX_FEN - 1), st.integers(0, 999))
def test_extra_decimals_round_half_up(fen: int, extra: int) -> None:
    rounded = fen + (1 if extra >= 500 else 0)
    assert capital_numerals(Decimal(f"{yuan_text(fen)}{extra:03d}")) == capital_numerals(
        Decimal(yuan_text(rounded))
    )


def test_the_largest_amount_is_written_and_one_fen_more_is_refused() -> None:
    assert read_capital(capital_numerals_fen(MAX_FEN)) == MAX_FEN
    with pytest.raises(ValueError):
        capital_numerals_fen(MAX_FEN + 1)


# --- yuan in figures ---------------------------------------------------------------------------------


def test_fen_to_yuan_is_exact_with_two_decimals() -> None:
    assert str(fen_to_yuan(123450)) == "1234.50"
    assert str(fen_to_yuan(5)) == "0.05"
    assert fen_to_yuan(MAX_FEN) == Decimal("999999999999.99")
    with pytest.raises(TypeError):
        fen_to_yuan(12.5)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "fen"),
    [
        ("1,234.50", 123450),
        ("¥1234.5", 123450),
        ("￥１，２３４．５０", 123450),
        ("1234元", 123400),
        (" 0.5 ", 50),
        ("-¥1,234.50", -123450),
        ("1,234,567", 123456700),
        (Decimal("1234.5"), 123450),
        (Decimal("1.230"), 123),
    ],
)
def test_yuan_to_fen_reads_what_people_type(text: str | Decimal, fen: int) -> None:
    assert yuan_to_fen(text) == fen


@pytest.mark.parametrize(
    "text",
    ["1.234", "12,34.5", "1,2345", "abc", "", "1.2.3", "1e3", "NaN", "1.", "1000000000000",
     Decimal("0.001"), Decimal("NaN")],
)  # fmt: skip
def test_yuan_to_fen_refuses_garbage_in_a_chinese_sentence(text: str | Decimal) -> None:
    with pytest.raises(ValueError) as info:
        yuan_to_fen(text)
    assert _CJK.search(str(info.value))


def test_yuan_to_fen_refuses_floats() -> None:
    with pytest.raises(TypeError):
        yuan_to_fen(1234.5)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fen", "yuan", "rmb"),
    [
        (0, "0.00", "¥0.00"),
        (5, "0.05", "¥0.05"),
        (123450, "1,234.50", "¥1,234.50"),
        (100_000_000, "1,000,000.00", "¥1,000,000.00"),
        (-123450, "-1,234.50", "-¥1,234.50"),
    ],
)
def test_format_yuan_and_rmb(fen: int, yuan: str, rmb: str) -> None:
    assert format_yuan(fen) == yuan
    assert format_rmb(fen) == rmb


@given(st.integers(-MAX_FEN, MAX_FEN))
def test_formatted_amounts_read_back(fen: int) -> None:
    assert yuan_to_fen(format_yuan(fen)) == fen
    assert yuan_to_fen(format_rmb(fen)) == fen
    assert yuan_to_fen(fen_to_yuan(fen)) == fen


# --- apportionment -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("total", "weights", "shares"),
    [
        (100, [1, 1, 1], [34, 33, 33]),
        (10, [1, 2], [3, 7]),
        (1_500_000, [60, 40], [900_000, 600_000]),
        (7, [0, 3, 0, 4], [0, 3, 0, 4]),
        (1, [5, 0, 5], [1, 0, 0]),
        (-100, [1, 1, 1], [-34, -33, -33]),
        (0, [0, 0], [0, 0]),
    ],
)
def test_split_by_ratio_examples(total: int, weights: list[int], shares: list[int]) -> None:
    assert split_by_ratio(total, weights) == shares


@given(
    st.integers(-(10**14), 10**14),
    st.lists(st.integers(0, 10**7), min_size=1, max_size=8).filter(lambda w: sum(w) > 0),
)
def test_split_by_ratio_adds_up_and_is_largest_remainder(total: int, weights: list[int]) -> None:
    shares = split_by_ratio(total, weights)
    whole = sum(weights)
    assert sum(shares) == total
    assert len(shares) == len(weights)
    magnitude = abs(total)
    bumped: list[int] = []
    kept: list[int] = []
    for share, weight in zip(shares, weights, strict=True):
        floor_quota, remainder = divmod(magnitude * weight, whole)
        assert abs(share) - floor_quota in (0, 1)
        if weight == 0:
            assert share == 0
        (bumped if abs(share) > floor_quota else kept).append(remainder)
    if bumped and kept:
        assert min(bumped) >= max(kept)


@pytest.mark.parametrize("weights", [[], [1, -1], [0, 0]])
def test_split_by_ratio_refuses_what_cannot_be_split(weights: list[int]) -> None:
    with pytest.raises(ValueError) as info:
        split_by_ratio(100, weights)
    assert _CJK.search(str(info.value))
