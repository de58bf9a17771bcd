"""Money: integer 分, yuan in figures, amounts in capital numerals (大写), exact pro-rata splits.

Money is stored and computed as integer 分; Decimal is used only at the edges
(typed text, printed forms). Nothing here ever goes through float. The capital
numerals follow ../shared/domain/capital-numerals.md: one 零 for a run of zeros
(also across 万 and 亿), none after a 万 or 亿 that is followed directly by a
digit, 零 after 元 when the units digit is 0 and 角 is not or when 角 is 0 and 分
is not, 整 after 元 or 角 when there is no 分, 壹拾 for amounts beginning with ten.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

MAX_FEN = 99_999_999_999_999  # ¥999,999,999,999.99: the largest amount written in capital numerals
MAX_YUAN = Decimal(MAX_FEN).scaleb(-2)

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_PLACES = ("", "拾", "佰", "仟")  # within a four-digit group
_GROUPS = ("", "万", "亿")  # the unit closing each four-digit group
_CENT = Decimal("0.01")

# "1,234.50", "1234.5", "¥1234", "-¥1,234.50", "1234元": commas only as thousands separators.
_YUAN_TEXT = re.compile(r"^(?P<sign>-?)¥?(?P<int>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<dec>\d+))?元?$")


def _require_decimal(amount: object) -> Decimal:
    if not isinstance(amount, Decimal):
        raise TypeError(
            f"amount must be a Decimal, not {type(amount).__name__}: money never passes through float"
        )
    if not amount.is_finite():
        raise ValueError("金额必须是一个有限的数")
    return amount


def _to_fen(amount: Decimal) -> int:
    """`amount` yuan rounded half up to the 分, refused when negative or too large."""
    if amount < 0:
        raise ValueError(f"金额不能为负数：{amount}")
    fen = int(amount.quantize(_CENT, rounding=ROUND_HALF_UP).scaleb(2))
    if fen > MAX_FEN:
        raise ValueError(f"金额超出可写成大写的范围（最多{format_rmb(MAX_FEN)}）：{amount}")
    return fen


def _integer_numerals(yuan: int) -> str:
    """The 元 part, 1 ≤ yuan < 10¹²: one 零 for each run of zeros the units do not absorb."""
    out: list[str] = []
    zero_pending = False
    group_has_digit = False
    for position in range(len(str(yuan)) - 1, -1, -1):
        digit = yuan // 10**position % 10
        if digit == 0:
            zero_pending = bool(out)
        else:
            if zero_pending:
                out.append("零")
                zero_pending = False
            out.append(_DIGITS[digit] + _PLACES[position % 4])
            group_has_digit = True
        if position % 4 == 0 and position > 0 and group_has_digit:
            # a 万 or 亿 closes a group that holds a digit; a zero group only leaves its 零 pending
            out.append(_GROUPS[position // 4])
            group_has_digit = False
            zero_pending = False
    return "".join(out)


def _fen_numerals(fen: int) -> str:
    yuan, jiao, cent = fen // 100, fen // 10 % 10, fen % 10
    if fen == 0:
        return "零元整"
    parts: list[str] = []
    if yuan:
        parts.append(_integer_numerals(yuan) + "元")
        if (jiao and yuan % 10 == 0) or (not jiao and cent):
            parts.append("零")
    if jiao:
        parts.append(_DIGITS[jiao] + "角")
    parts.append(_DIGITS[cent] + "分" if cent else "整")
    return "".join(parts)


def capital_numerals(amount: Decimal) -> str:
    """`amount` yuan in capital numerals, rounded half up to the 分: Decimal("1680.32") → 壹仟陆佰捌拾元零叁角贰分.

    Without the 人民币 prefix (forms print it before the box; see capital_numerals_rmb).
    Raises TypeError for anything but a Decimal, ValueError (in Chinese) for a negative,
    infinite or too large amount.
    """
    return _fen_numerals(_to_fen(_require_decimal(amount)))


def capital_numerals_rmb(amount: Decimal) -> str:
    """人民币 followed by the capital numerals, with no gap, for forms that do not print it."""
    return "人民币" + capital_numerals(amount)


def capital_numerals_fen(fen: int) -> str:
    """An amount of integer 分 in capital numerals: 168032 → 壹仟陆佰捌拾元零叁角贰分."""
    return capital_numerals(fen_to_yuan(fen))


def fen_to_yuan(fen: int) -> Decimal:
    """Exact yuan with two decimals: 123450 → Decimal("1234.50")."""
    if isinstance(fen, bool) or not isinstance(fen, int):
        raise TypeError(f"fen must be an int, not {type(fen).__name__}")
    return Decimal(fen).scaleb(-2)


def yuan_to_fen(value: str | Decimal) -> int:
    """Typed or stored yuan → integer 分: "1,234.50", "¥1234.5", "1234元", Decimal("1234.5") → 123450.

    A leading minus is kept (corrections); more than two decimals, a misplaced comma,
    anything else, or more than ¥999,999,999,999.99 raises ValueError with a Chinese sentence.
    """
    if isinstance(value, Decimal):
        amount = _require_decimal(value)
        if amount != amount.quantize(_CENT, rounding=ROUND_HALF_UP):
            raise ValueError(f"金额最多只能有两位小数（到分）：{amount}")
        fen = int(amount.scaleb(2))
    elif isinstance(value, str):
        text = "".join(unicodedata.normalize("NFKC", value).split())  # full-width digits, ￥ → ¥
        match = _YUAN_TEXT.match(text)
        if not match:
            raise ValueError(f"“{value.strip()}”不是金额，请写成 1234.50 或 1,234.50 的形式")
        decimals = match["dec"] or ""
        if len(decimals) > 2:
            raise ValueError(f"金额最多只能有两位小数（到分）：{value.strip()}")
        fen = int(match["int"].replace(",", "")) * 100 + int(decimals.ljust(2, "0"))
        if match["sign"]:
            fen = -fen
    else:
        raise TypeError(
            f"expected text or a Decimal, not {type(value).__name__}: money never passes through float"
        )
    if abs(fen) > MAX_FEN:
        raise ValueError(f"金额过大（最多{format_rmb(MAX_FEN)}）：{value}")
    return fen


def format_yuan(fen: int) -> str:
    """Figures with thousands separators and always two decimals: 123450 → "1,234.50", -5 → "-0.05"."""
    yuan = fen_to_yuan(abs(fen))
    return f"{'-' if fen < 0 else ''}{yuan:,.2f}"


def format_rmb(fen: int) -> str:
    """Figures after ¥, the minus before it: 123450 → "¥1,234.50", -123450 → "-¥1,234.50"."""
    text = format_yuan(fen)
    return "-¥" + text[1:] if text.startswith("-") else "¥" + text


def split_by_ratio(total_fen: int, weights: Sequence[int]) -> list[int]:
    """Split `total_fen` in proportion to `weights`, in whole 分 that always add up to the total.

    Largest remainder: each share is its exact quota rounded down, and the 分 left
    over go one each to the largest remainders (the earlier weight on a tie). A zero
    weight gets nothing; a negative total is split like its absolute value, negated.
    """
    if isinstance(total_fen, bool) or not isinstance(total_fen, int):
        raise TypeError(f"total_fen must be an int, not {type(total_fen).__name__}")
    if any(isinstance(w, bool) or not isinstance(w, int) for w in weights):
        raise TypeError("weights must be ints")
    if not weights:
        raise ValueError("没有可以分摊的对象")
    if any(w < 0 for w in weights):
        raise ValueError("分摊比例不能为负数")
    whole = sum(weights)
    if whole == 0:
        if total_fen == 0:
            return [0] * len(weights)
        raise ValueError("分摊比例全部为零，无法分摊金额")
    if total_fen < 0:
        return [-share for share in split_by_ratio(-total_fen, weights)]
    quotas = [divmod(total_fen * w, whole) for w in weights]
    shares = [q for q, _ in quotas]
    left = total_fen - sum(shares)
    by_remainder = sorted(range(len(weights)), key=lambda i: (-quotas[i][1], i))
    for i in by_remainder[:left]:
        shares[i] += 1
    return shares
