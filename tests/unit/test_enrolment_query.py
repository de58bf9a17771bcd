"""The enrolment table's query: instant search and filters in SQL, sorted ids, rows by page."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.unit.study_samples import TODAY, add_learner, add_programme, move, studying

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.services.coursework import record_result
from qiuxue_desktop.services.enrolment_query import (
    EnrolmentQuery,
    count_enrolment_matches,
    enrolment_counts,
    fetch_enrolment_rows,
    query_enrolment_ids,
)
from qiuxue_desktop.services.enterprise import list_departments


@pytest.fixture
def three(db: Database, enterprise_id: int) -> dict[str, int]:
    """张伟 (总装, 高起专 苏州大学, failing), 李娜 (质检部, 专升本 江南大学), 王强 (总装, suspended)."""
    with db.write() as s:
        junior = add_programme(s, enterprise_id)
        upgrade = add_programme(
            s, enterprise_id, code="10295", institution_name="江南大学", name="会计学", level="2", form="3"
        )
        zhang = studying(s, add_learner(s, enterprise_id, 1, name="张伟"), junior.id, "2409001")
        li = studying(
            s,
            add_learner(s, enterprise_id, 2, name="李娜", prior="3", department="质检部"),
            upgrade.id,
            "L2025003",
            intake=dt.date(2025, 3, 1),
        )
        wang = studying(s, add_learner(s, enterprise_id, 3, name="王强"), junior.id, "2409002")
        move(s, wang, ("suspended", dt.date(2025, 5, 1)))
        record_result(s, enrolment_id=zhang, course_id=junior.courses["高等数学"], result="40", today=TODAY)
    return {"zhang": zhang, "li": li, "wang": wang}


def ids(db: Database, enterprise_id: int, **kw: object) -> list[int]:
    q = EnrolmentQuery(**kw)  # type: ignore[arg-type]
    with db.read() as s:
        found = query_enrolment_ids(s, enterprise_id, q, today=TODAY)
        assert count_enrolment_matches(s, enterprise_id, q, today=TODAY) == len(found)
    return found


def test_search_words(db: Database, enterprise_id: int, three: dict[str, int]) -> None:
    z, li, w = three["zhang"], three["li"], three["wang"]
    assert ids(db, enterprise_id, text="张伟") == [z]
    assert ids(db, enterprise_id, text="zw") == [z] and ids(db, enterprise_id, text="wangq") == [w]
    assert ids(db, enterprise_id, text="2409") == [w, z]  # 学号 digits, name order (wang < zhang)
    assert ids(db, enterprise_id, text="L2025") == [li]
    assert ids(db, enterprise_id, text="江南") == [li] and ids(db, enterprise_id, text="会计") == [li]
    assert ids(db, enterprise_id, text="质检") == [li]
    assert ids(db, enterprise_id, text="休学") == [w] and ids(db, enterprise_id, text="专升本") == [li]
    assert ids(db, enterprise_id, text="总装 在读") == [z]
    assert ids(db, enterprise_id, text="100%_") == []


def test_filters_and_at_risk(db: Database, enterprise_id: int, three: dict[str, int]) -> None:
    z, li, w = three["zhang"], three["li"], three["wang"]
    assert ids(db, enterprise_id, statuses=("studying",)) == [li, z]
    assert ids(db, enterprise_id, intake_from=dt.date(2025, 1, 1)) == [li]
    assert ids(db, enterprise_id, intake_to=dt.date(2024, 12, 31)) == [w, z]
    with db.read() as s:
        quality = dict((name, i) for i, name in list_departments(s, enterprise_id))["质检部"]
    assert ids(db, enterprise_id, department_id=quality) == [li]
    # 张伟 failed a course, 李娜 sat nothing last term; 王强 has been away 6 months of 24 allowed
    assert ids(db, enterprise_id, at_risk=True) == [li, z]
    assert ids(db, enterprise_id, at_risk=True, text="王") == []


def test_sorting_and_pages(db: Database, enterprise_id: int, three: dict[str, int]) -> None:
    z, li, w = three["zhang"], three["li"], three["wang"]
    assert ids(db, enterprise_id, sort="student_no") == [z, w, li]
    assert ids(db, enterprise_id, sort="student_no", descending=True) == [li, w, z]
    assert ids(db, enterprise_id, sort="institution") == [w, z, li]
    assert ids(db, enterprise_id, sort="intake_date", descending=True)[0] == li
    with db.read() as s:
        assert query_enrolment_ids(s, enterprise_id, EnrolmentQuery(), limit=2, today=TODAY) == [li, w]
        rows = fetch_enrolment_rows(s, [z, li])
        counts = enrolment_counts(s, enterprise_id)
    assert [(r.learner_name, r.department, r.institution_name, r.level_label) for r in rows] == [
        ("张伟", "总装车间", "苏州大学", "高起专"),
        ("李娜", "质检部", "江南大学", "专升本"),
    ]
    assert rows[1].study_form_label == "网络教育"
    assert counts == {
        "applied": 0,
        "admitted": 0,
        "studying": 2,
        "suspended": 1,
        "graduated": 0,
        "completed": 0,
        "withdrawn": 0,
    }
