"""Study codes as data: the allowed status changes and their refusals, the platform's codes,
the 2025 label change by date, and academic terms (in Python and in SQL alike)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import literal, select

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain import study_codes as sc
from qiuxue_desktop.domain.terms import (
    add_months,
    completed_terms,
    enrolment_term_no,
    parse_term_label,
    term_end,
    term_index,
    term_index_sql,
    term_label,
    term_start,
    whole_months_between,
    whole_months_sql,
)

PATHS = [
    ("applied", "admitted"),
    ("applied", "withdrawn"),
    ("admitted", "studying"),
    ("admitted", "withdrawn"),
    ("studying", "suspended"),
    ("studying", "graduated"),
    ("studying", "completed"),
    ("studying", "withdrawn"),
    ("suspended", "studying"),
    ("suspended", "withdrawn"),
]


def test_exactly_the_listed_paths_are_allowed() -> None:
    allowed = {(a, b) for a in sc.STATUSES for b in sc.STATUSES if sc.transition_problem(a, b) is None}
    assert allowed == set(PATHS)


@pytest.mark.parametrize(
    ("current", "new", "words"),
    [
        ("applied", "studying", "须先录取"),
        ("suspended", "graduated", "请先复学"),
        ("admitted", "suspended", "尚未入学在读"),
        ("graduated", "studying", "学籍已毕业，状态不能再改变"),
        ("withdrawn", "studying", "学籍已退学"),
        ("studying", "admitted", "不能从“在读”退回到“录取”"),
        ("studying", "studying", "已经是“在读”"),
        ("studying", "expelled", "没有“expelled”"),
    ],
)
def test_a_refused_change_says_why_in_chinese(current: str, new: str, words: str) -> None:
    problem = sc.transition_problem(current, new)
    assert problem is not None and words in problem, problem


def test_a_refusal_lists_what_is_possible_instead() -> None:
    problem = sc.transition_problem("suspended", "completed") or ""
    assert "只能改为：在读、退学" in problem


def test_platform_codes() -> None:
    assert {sc.platform_level(c) for c in sc.LEVELS} == {"1", "2", "3", "4", "5"}
    assert sc.LEVELS["2"] == "专升本" and sc.STUDY_FORMS["5"] == "职业技能培训"
    assert [
        sc.platform_status(s) for s in ("studying", "suspended", "withdrawn", "graduated", "completed")
    ] == [
        "1",
        "2",
        "3",
        "4",
        "5",
    ]
    assert sc.platform_status("applied") is None and sc.platform_status("admitted") is None
    with pytest.raises(ValueError):
        sc.platform_status("gone")


def test_the_2025_label_change_goes_by_the_intake_date() -> None:
    assert sc.study_form_label("1", dt.date(2024, 9, 1)) == "成人高考（函授/业余）"
    assert sc.study_form_label("1", dt.date(2025, 8, 31)) == "成人高考（函授/业余）"
    assert sc.study_form_label("1", dt.date(2025, 9, 1)) == "成人高考（非脱产）"
    assert sc.study_form_label("2", dt.date(2026, 3, 1)) == "开放教育"
    # the table keeps both rows: history is not rewritten
    assert [r.label for r in sc.STUDY_FORM_LABELS if r.code == "1"] == [
        "成人高考（函授/业余）",
        "成人高考（非脱产）",
    ]


@pytest.mark.parametrize(
    ("day", "label"),
    [
        (dt.date(2025, 8, 1), "2025-2026-1"),
        (dt.date(2025, 12, 31), "2025-2026-1"),
        (dt.date(2026, 1, 20), "2025-2026-1"),  # January is the autumn term's exam month
        (dt.date(2026, 2, 1), "2025-2026-2"),
        (dt.date(2026, 7, 31), "2025-2026-2"),
    ],
)
def test_terms_of_dates(day: dt.date, label: str) -> None:
    assert term_label(term_index(day)) == label
    assert parse_term_label(label) == term_index(day)
    assert term_start(term_index(day)) <= day <= term_end(term_index(day))


def test_term_labels_are_checked_and_terms_counted_from_the_intake() -> None:
    assert parse_term_label("2025－2026－2") == parse_term_label("2025-2026-2")
    assert parse_term_label("2025-2027-1") is None and parse_term_label("2025-2026-3") is None
    intake = dt.date(2024, 9, 1)
    assert enrolment_term_no(intake, dt.date(2024, 12, 1)) == 1
    assert enrolment_term_no(intake, dt.date(2026, 11, 20)) == 5
    assert completed_terms(intake, dt.date(2026, 11, 20)) == 4
    assert completed_terms(dt.date(2027, 3, 1), dt.date(2026, 11, 20)) == 0
    assert add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)
    assert whole_months_between(dt.date(2024, 1, 31), dt.date(2024, 2, 29)) == 0
    assert whole_months_between(dt.date(2024, 1, 15), dt.date(2026, 1, 15)) == 24


def test_sql_term_and_month_arithmetic_agree_with_python(db: Database) -> None:
    days = [dt.date(2024, m, d) for m in range(1, 13) for d in (1, 15, 28)] + [dt.date(2025, 1, 31)]
    end = dt.date(2026, 3, 14)
    with db.read() as s:
        for day in days:
            col = literal(day)
            idx, months = s.execute(select(term_index_sql(col), whole_months_sql(col, end))).one()
            assert idx == term_index(day), day
            assert months == whole_months_between(day, end), day
