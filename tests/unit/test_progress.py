"""Progress and risk computed in SQL: credits and terms, and each risk with its reason — and the
demo, which must show every status and every risk while keeping every rule."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from decimal import Decimal

import pytest
from sqlalchemy import select
from tests.unit.study_samples import TODAY, add_learner, add_programme, move, studying

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain import Enrolment, EnrolmentStatusChange, Learner, Programme
from qiuxue_desktop.domain.diploma import diploma_problem
from qiuxue_desktop.domain.study_codes import ACTIVE_STATUSES, STATUSES, transition_problem
from qiuxue_desktop.services.coursework import record_result
from qiuxue_desktop.services.demo import create_demo
from qiuxue_desktop.services.enterprise import require_enterprise
from qiuxue_desktop.services.institutions import list_institutions
from qiuxue_desktop.services.progress import (
    RISKS,
    ProgressRow,
    at_risk_ids,
    compute_progress,
    enrolment_progress,
    risk_counts,
)


def progress(db: Database, enterprise_id: int, eid: int, today: dt.date = TODAY) -> ProgressRow:
    with db.read() as s:
        row = enrolment_progress(s, eid, today=today)
        whole = {r.enrolment_id: r for r in compute_progress(s, enterprise_id, today=today)}
    assert whole[eid] == row  # one enrolment or all of them: the same computation
    return row


def test_credits_and_terms(db: Database, enterprise_id: int) -> None:
    with db.write() as s:
        prog = add_programme(s, enterprise_id)
        eid = studying(s, add_learner(s, enterprise_id, 1), prog.id, "1")
        c = prog.courses
        for name, result, day in (
            ("高等数学", "58", dt.date(2025, 1, 10)),
            ("大学英语", "良", dt.date(2025, 1, 11)),
            ("高等数学", "75", dt.date(2025, 6, 20)),  # resit passed
            ("机械制图", "61.5", dt.date(2025, 6, 21)),
            ("计算机应用基础", "免修", None),
            ("电工电子技术", "80", dt.date(2026, 1, 9)),
            ("可编程控制器", "不及格", dt.date(2026, 6, 27)),
        ):
            record_result(s, enrolment_id=eid, course_id=c[name], result=result, exam_date=day, today=TODAY)
    row = progress(db, enterprise_id, eid)
    assert row.credits_earned == Decimal("16.5") and row.credits_required == Decimal("24.5")
    assert (row.terms_completed, row.terms_planned) == (4, 5)
    # the only exam of the last term (2025-2026-2) was failed: no credits there either
    assert row.open_failures == 1 and row.risks == ("failed", "no_credits")
    assert row.reasons == ("1门课程不及格，尚未补考通过", "上一学期（2025-2026-2，第4学期）没有取得学分")
    assert (row.level_label, row.status_label) == ("高起专", "在读")


def test_a_failure_stops_counting_once_a_resit_passes(db: Database, enterprise_id: int) -> None:
    with db.write() as s:
        prog = add_programme(s, enterprise_id)
        eid = studying(s, add_learner(s, enterprise_id, 1), prog.id, "1", intake=dt.date(2026, 9, 1))
        record_result(s, enrolment_id=eid, course_id=prog.courses["高等数学"], result="缺考", today=TODAY)
    assert progress(db, enterprise_id, eid).risks == ("failed",)
    with db.write() as s:
        record_result(s, enrolment_id=eid, course_id=prog.courses["高等数学"], result="60", today=TODAY)
    row = progress(db, enterprise_id, eid)
    assert row.risks == () and row.credits_earned == Decimal(4) and row.terms_completed == 0


def test_no_credits_in_the_last_completed_term(db: Database, enterprise_id: int) -> None:
    with db.write() as s:
        prog = add_programme(s, enterprise_id)
        eid = studying(s, add_learner(s, enterprise_id, 1), prog.id, "1")
        for name, day in (
            ("高等数学", "2025-01-10"),
            ("大学英语", "2025-01-10"),
            ("机械制图", "2025-06-20"),
            ("电工电子技术", "2026-01-09"),
        ):
            record_result(
                s,
                enrolment_id=eid,
                course_id=prog.courses[name],
                result="80",
                exam_date=dt.date.fromisoformat(day),
                today=TODAY,
            )
    row = progress(db, enterprise_id, eid)
    assert row.risks == ("no_credits",)
    assert row.reasons == ("上一学期（2025-2026-2，第4学期）没有取得学分",)
    with db.write() as s:  # a result in that term (a resit of another course would do too)
        record_result(
            s,
            enrolment_id=eid,
            course_id=prog.courses["可编程控制器"],
            result="及格",
            term="2025-2026-2",
            today=TODAY,
        )
    assert progress(db, enterprise_id, eid).risks == ()


def test_no_credits_is_not_claimed_without_a_finished_term_or_after_a_return(
    db: Database, enterprise_id: int
) -> None:
    with db.write() as s:
        prog = add_programme(s, enterprise_id)
        new = studying(s, add_learner(s, enterprise_id, 1), prog.id, "1", intake=dt.date(2026, 9, 1))
        back = studying(s, add_learner(s, enterprise_id, 2), prog.id, "2")
        move(s, back, ("suspended", dt.date(2025, 3, 1)), ("studying", dt.date(2026, 9, 1)))
        empty_term = add_programme(
            s,
            enterprise_id,
            institution_id=prog.institution_id,
            name="数控",
            plan=((1, "高等数学", "4"), (5, "毕业设计", "5")),
        )
        gap = studying(s, add_learner(s, enterprise_id, 3), empty_term.id, "3")
        record_result(s, enrolment_id=gap, course_id=empty_term.courses["高等数学"], result="90", today=TODAY)
    for eid in (new, back, gap):  # new this term; back this term; nothing was planned in term 4
        assert progress(db, enterprise_id, eid).risks == (), eid


def test_past_the_expected_graduation(db: Database, enterprise_id: int) -> None:
    with db.write() as s:
        prog = add_programme(s, enterprise_id, plan=((1, "高等数学", "4"),))
        late = studying(s, add_learner(s, enterprise_id, 1), prog.id, "1", intake=dt.date(2021, 9, 1))
        record_result(s, enrolment_id=late, course_id=prog.courses["高等数学"], result="90", today=TODAY)
        done = studying(s, add_learner(s, enterprise_id, 2), prog.id, "2", intake=dt.date(2021, 9, 1))
        move(s, done, ("graduated", dt.date(2024, 1, 20), "102855202406000001"))
        gone = studying(s, add_learner(s, enterprise_id, 3), prog.id, "3", intake=dt.date(2021, 9, 1))
        move(s, gone, ("withdrawn", dt.date(2023, 1, 1)))
    row = progress(db, enterprise_id, late)
    assert row.risks == ("overdue",)
    assert row.reasons == ("已超过预计毕业日期2024-01-31，尚未毕业",)
    assert progress(db, enterprise_id, done).risks == ()
    assert progress(db, enterprise_id, gone).risks == ()


def test_suspension_longer_than_allowed(db: Database, enterprise_id: int) -> None:
    with db.write() as s:
        prog = add_programme(s, enterprise_id, plan=((1, "高等数学", "4"),))
        eid = studying(s, add_learner(s, enterprise_id, 1), prog.id, "1")
        move(s, eid, ("suspended", dt.date(2024, 12, 1)))
    assert progress(db, enterprise_id, eid, today=dt.date(2026, 11, 30)).risks == ()  # 23 months
    row = progress(db, enterprise_id, eid, today=dt.date(2026, 12, 1))  # 24 months: the limit
    assert row.risks == ("suspension",)
    assert row.reasons == ("休学已24个月，院校允许最长24个月",)
    with db.write() as s:  # the programme may allow longer than its institution
        s.get(Programme, prog.id).max_suspension_months = 36  # type: ignore[union-attr]
    assert progress(db, enterprise_id, eid, today=dt.date(2026, 12, 1)).risks == ()


def test_at_risk_lists_counts_and_the_id_filter_agree(db: Database, enterprise_id: int) -> None:
    with db.write() as s:
        prog = add_programme(s, enterprise_id)
        risky = studying(s, add_learner(s, enterprise_id, 1), prog.id, "1")
        record_result(s, enrolment_id=risky, course_id=prog.courses["高等数学"], result="30", today=TODAY)
        fine = studying(s, add_learner(s, enterprise_id, 2), prog.id, "2", intake=dt.date(2026, 9, 1))
    with db.read() as s:
        flagged = compute_progress(s, enterprise_id, today=TODAY, at_risk_only=True)
        assert [r.enrolment_id for r in flagged] == [risky]
        assert list(s.scalars(at_risk_ids(enterprise_id, TODAY))) == [risky]
        counts = risk_counts(s, enterprise_id, today=TODAY)
    assert counts == {"failed": 1, "no_credits": 1, "overdue": 0, "suspension": 0, "total": 1}
    assert flagged[0].risks == ("failed", "no_credits") and fine not in [r.enrolment_id for r in flagged]


# --- the demo ---------------------------------------------------------------------------------


@pytest.fixture
def demo_db(db: Database) -> Database:
    with db.write() as s:
        create_demo(s, learners=300, seed=7)
    return db


def test_the_demo_shows_every_status_and_every_risk(demo_db: Database) -> None:
    with demo_db.read() as s:
        enterprise = require_enterprise(s)
        statuses = Counter(s.scalars(select(Enrolment.status)))
        counts = risk_counts(s, enterprise.id)
        institutions = list_institutions(s, enterprise.id)
    assert set(statuses) == set(STATUSES), statuses
    assert all(counts[k] > 0 for k in RISKS), counts
    assert sum(statuses.values()) == 150
    assert 3 <= len(institutions) <= 5 and all(len(i.code) == 5 for i in institutions)


def test_the_demo_keeps_the_rules(demo_db: Database) -> None:
    with demo_db.read() as s:
        rows = s.execute(
            select(Enrolment, Programme, Learner)
            .join(Programme, Programme.id == Enrolment.programme_id)
            .join(Learner, Learner.id == Enrolment.learner_id)
        ).all()
        history: dict[int, list[EnrolmentStatusChange]] = {}
        for c in s.scalars(select(EnrolmentStatusChange).order_by(EnrolmentStatusChange.id)):
            history.setdefault(c.enrolment_id, []).append(c)
        codes = {i.id: i.code for i in list_institutions(s, require_enterprise(s).id)}
        graduated_junior = {e.learner_id for e, p, _ in rows if p.level == "1" and e.status == "graduated"}
        active: Counter[tuple[int, str]] = Counter()
        for e, p, learner in rows:
            changes = history[e.id]
            assert changes[0].from_status is None and changes[-1].to_status == e.status
            assert changes[-1].effective_on == e.status_since
            for a, b in itertools.pairwise(changes):
                assert (
                    transition_problem(a.to_status, b.to_status) is None and a.effective_on <= b.effective_on
                )
            if e.status in ACTIVE_STATUSES:
                active[(learner.id, p.level)] += 1
            if p.level == "2":
                assert learner.prior_education in ("3", "4") or learner.id in graduated_junior
            if e.status == "graduated":
                assert e.graduation_date is not None
                problem = diploma_problem(
                    e.diploma_number,
                    institution_code=codes[e.institution_id],
                    level=p.level,
                    study_form=p.study_form,
                    graduation_year=e.graduation_date.year,
                )
                assert problem is None, (e.diploma_number, problem)
            elif e.status != "completed":
                assert e.graduation_date is None and e.diploma_number == ""
            if learner.leave_date is not None:
                assert e.status not in ACTIVE_STATUSES
    assert max(active.values()) == 1
