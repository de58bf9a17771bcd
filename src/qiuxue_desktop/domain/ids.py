"""Identity numbers: the resident ID (GB 11643-1999) and the credit code (GB 32100-2015).

The checks are python-stdnum's; this module adds the Chinese messages, the
facts derived from an ID number and its masking for display.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from stdnum import exceptions as stdnum_exc
from stdnum.cn import ric, uscc

_ID_SHAPE = re.compile(r"^\d{17}[\dX]$")


@dataclass(frozen=True, slots=True)
class IdFacts:
    number: str
    birth_date: dt.date
    gender: str  # GB/T 2261.1: "1" male, "2" female
    region: str  # GB/T 2260 six-digit code as written in the number


def clean_id_number(raw: str) -> str:
    """Fold full-width forms, drop spaces, upper-case the X."""
    text = unicodedata.normalize("NFKC", raw)
    return "".join(text.split()).upper()


def id_number_problem(number: str, today: dt.date | None = None) -> str | None:
    """None when `number` (already cleaned) is a valid ID number, else the reason in Chinese."""
    if len(number) != 18:
        return f"身份证号应为18位，这里是{len(number)}位"
    if not _ID_SHAPE.match(number):
        return "身份证号只能由17位数字和最后一位数字或X组成"
    try:
        birth = dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return f"身份证号中的出生日期{number[6:14]}不是真实的日期"
    # The platform refuses births before 1900 or after the day it receives the batch.
    if birth < dt.date(1900, 1, 1) or birth > (today or dt.date.today()):
        return f"身份证号中的出生日期{birth.isoformat()}不可能"
    # Only the check character: stdnum's validate() also rejects region codes missing
    # from its list, but an ID keeps the code valid when it was issued (brief §6.2).
    if ric.calc_check_digit(number) != number[17]:
        return "身份证号最后一位校验码不对，请核对号码"
    return None


def id_facts(number: str) -> IdFacts:
    """Birth date, gender and region of a valid ID number."""
    birth = dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    gender = "1" if int(number[16]) % 2 == 1 else "2"
    return IdFacts(number=number, birth_date=birth, gender=gender, region=number[:6])


def id_check_char(first17: str) -> str:
    """The GB 11643 check character for 17 digits (used by the demo data)."""
    return str(ric.calc_check_digit(first17 + "0"))  # stdnum ignores the last character


def mask_id(number: str) -> str:
    """`110***********1234`: first 3 and last 4 characters, as posted lists show it."""
    if len(number) < 8:
        return "*" * len(number)
    return number[:3] + "*" * (len(number) - 7) + number[-4:]


def mask_account(number: str) -> str:
    """A bank account number with only its last 4 digits shown: `************1234`."""
    digits = "".join(number.split())
    return "*" * max(len(digits) - 4, 4) + digits[-4:] if len(digits) > 4 else "*" * len(digits)


def clean_uscc(raw: str) -> str:
    return "".join(unicodedata.normalize("NFKC", raw).split()).upper()


def uscc_problem(code: str) -> str | None:
    """None when `code` (cleaned) is a valid 统一社会信用代码, else the reason in Chinese."""
    if len(code) != 18:
        return f"统一社会信用代码应为18位，这里是{len(code)}位"
    try:
        uscc.validate(code)
    except stdnum_exc.InvalidChecksum:
        return "统一社会信用代码最后一位校验码不对，请核对"
    except stdnum_exc.ValidationError:
        return "统一社会信用代码含有不允许的字符或格式不对（GB 32100）"
    return None
