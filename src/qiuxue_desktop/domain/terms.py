"""Academic terms (学期): the `2025-2026-1` labels, and counting terms from a date.

An academic year starts in the autumn. Term 1 (autumn) runs from 1 August to the
end of January — January is its exam month; term 2 (spring) runs from 1 February
to the end of July. Every date falls in exactly one term, so a term has an
absolute index: `index = 2 × (first year of the academic year) + (term − 1)`.
An enrolment's own term numbers count from its intake term (term 1 = the term
containing the intake date).

`term_index_sql` gives the same index as an SQL expression, so progress can
count terms in the database for every enrolment at once, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy import Integer, case, extract
from sqlalchemy.sql.elements import ColumnElement

AUTUMN_START_MONTH = 8  # term 1 begins on 1 August
SPRING_START_MONTH = 2  # term 2 begins on 1 February
_LABEL = re.compile(r"^(\d{4})\s*[-－—–/]\s*(\d{4})\s*[-－—–/]\s*([12])$")


def term_index(day: dt.date) -> int:
    """The absolute index of the term containing `day`."""
    if day.month >= AUTUMN_START_MONTH:
        return 2 * day.year
    if day.month >= SPRING_START_MONTH:
        return 2 * day.year - 1
    return 2 * day.year - 2


def term_label(index: int) -> str:
    """`2025-2026-1` for the autumn term of academic year 2025–2026."""
    start = index // 2
    return f"{start}-{start + 1}-{index % 2 + 1}"


def parse_term_label(text: str) -> int | None:
    """The index of a `YYYY-YYYY-N` label (the years consecutive), or None."""
    m = _LABEL.match(text.strip())
    if not m or int(m[2]) != int(m[1]) + 1:
        return None
    return 2 * int(m[1]) + int(m[3]) - 1


def term_start(index: int) -> dt.date:
    """The first day of a term."""
    start = index // 2
    if index % 2 == 0:
        return dt.date(start, AUTUMN_START_MONTH, 1)
    return dt.date(start + 1, SPRING_START_MONTH, 1)


def term_end(index: int) -> dt.date:
    """The last day of a term."""
    return term_start(index + 1) - dt.timedelta(days=1)


def enrolment_term_no(intake: dt.date, day: dt.date) -> int:
    """Which of an enrolment's terms `day` falls in: 1 for the intake term; 0 or less before it."""
    return term_index(day) - term_index(intake) + 1


def completed_terms(intake: dt.date, today: dt.date) -> int:
    """How many of an enrolment's terms have ended by `today` (never negative)."""
    return max(0, term_index(today) - term_index(intake))


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` moved by whole months; the 31st becomes the month's last day when needed."""
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    month += 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def whole_months_between(start: dt.date, end: dt.date) -> int:
    """Whole months from `start` to `end` (0 if `end` is before `start` + 1 month)."""
    months = (end.year - start.year) * 12 + end.month - start.month - (1 if end.day < start.day else 0)
    return max(0, months)


def term_index_sql(column: Any) -> ColumnElement[int]:
    """`term_index(column)` as an SQL expression over a DATE column."""
    year = extract("year", column)
    month = extract("month", column)
    offset = case(
        (month >= AUTUMN_START_MONTH, 0),
        (month >= SPRING_START_MONTH, -1),
        else_=-2,
    )
    return (year * 2 + offset).cast(Integer)


def whole_months_sql(column: Any, end: dt.date) -> ColumnElement[int]:
    """`whole_months_between(column, end)` as an SQL expression (may be negative before `column`)."""
    year = extract("year", column)
    month = extract("month", column)
    day = extract("day", column)
    return ((end.year * 12 + end.month) - (year * 12 + month) - case((day > end.day, 1), else_=0)).cast(
        Integer
    )
