"""Pinyin keys of names, for sorting in pinyin order and finding `zs` → 张三.

pypinyin gives each character's reading; a per-character cache keeps a
50,000-row import fast, and surnames whose reading differs from the common
one (曾 zēng, 单 shàn, 解 xiè …) get their surname reading.
"""

from __future__ import annotations

from functools import lru_cache

# Polyphonic characters read differently as a surname (first character).
_SURNAME_READINGS: dict[str, str] = {
    "曾": "zeng",
    "单": "shan",
    "解": "xie",
    "仇": "qiu",
    "朴": "piao",
    "查": "zha",
    "区": "ou",
    "乐": "yue",
    "覃": "qin",
    "尉": "yu",
    "缪": "miao",
    "翟": "zhai",
    "秘": "bi",
    "盖": "ge",
    "召": "shao",
    "长": "chang",
    "重": "chong",
    "种": "chong",
    "尹": "yin",
    "员": "yun",
    "黑": "he",
    "藏": "zang",
    "沈": "shen",
    "任": "ren",
    "华": "hua",
    "洗": "xian",
    "宁": "ning",
    "都": "du",
    "塔": "ta",
    "蔚": "yu",
}


@lru_cache(maxsize=65536)
def _char_reading(ch: str) -> str:
    from pypinyin import Style, lazy_pinyin

    if ch.isascii():
        return ch.lower() if ch.isalnum() else ""
    reading = lazy_pinyin(ch, style=Style.NORMAL, errors="ignore")
    return reading[0].lower() if reading else ""


# Each character's reading once looked up: a dict read from C (map(dict.get, name)) is what
# keeps a 50,000-name import quick; "" for a character without one (punctuation such as ·).
_READINGS: dict[str, str] = {}


def pinyin_keys(name: str) -> tuple[str, str]:
    """(full pinyin without spaces, initials): 张三 → ("zhangsan", "zs")."""
    readings = list(map(_READINGS.get, name))
    if None in readings:
        for ch in set(name):
            if ch not in _READINGS:
                _READINGS[ch] = _char_reading(ch)
        readings = list(map(_READINGS.__getitem__, name))
    if name and name[0] in _SURNAME_READINGS:
        readings[0] = _SURNAME_READINGS[name[0]]
    parts = [r for r in readings if r]
    return "".join(parts), "".join([r[0] for r in parts])
