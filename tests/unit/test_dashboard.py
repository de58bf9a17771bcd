"""The desk's figures (工作台) to the person and the 分 on small hand-built data: learners by status
and department with the front-line share, enrolments by status, claims waiting at each step,
this year's money against the budgets per source, the fund's 60% indicator, and what is due
soon — exams, postings ending, claims payable, batches awaiting a receipt, service periods
ending, enrolments past their expected graduation."""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid

import pytest
from sqlalchemy.orm import Session
from tests.unit.claim_samples import add_people, as_user
from tests.unit.fund_samples import Person, claim, scheme
from tests.unit.study_samples import TODAY, add_learner, add_programme, move, studying

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain import Claim, Learner
from qiuxue_desktop.domain.claims import DRAFT, HR_REVIEWED, PAID, POSTING, SUBMITTED
from qiuxue_desktop.domain.sync import ACCEPTED, AWAITING, SyncBatch
from qiuxue_desktop.services.dashboard import Dashboard, dashboard, service_periods_ending
from qiuxue_desktop.services.exams import add_sitting
from qiuxue_desktop.services.funds import add_training_spend, save_fund_year, set_scheme_budget

NOW = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC)


def _person(
    s: Session,
    enterprise_id: int,
    seq: int,
    programme_id: int,
    *,
    department: str = "总装车间",
    front_line: bool = True,
    intake: dt.date = dt.date(2024, 9, 1),
    leave: dt.date | None = None,
) -> Person:
    lid = add_learner(s, enterprise_id, seq, department=department, hire=dt.date(2010, 3, 1))
    eid = studying(s, lid, programme_id, f"S{seq:05d}", intake=intake)
    learner = s.get(Learner, lid)
    assert learner is not None
    learner.post_category = "1" if front_line else "2"
    learner.leave_date = leave
    s.flush()
    return Person(lid, eid)


def _batch(
    s: Session, seq: int, state: str, *, sent: dt.datetime, applied: dt.datetime | None = None
) -> None:
    package = f"batch {seq}".encode()
    s.add(
        SyncBatch(
            batch_id=str(uuid.uuid4()),
            sequence=seq,
            file_name=f"batch-{seq}.zip",
            package=package,
            package_sha256=hashlib.sha256(package).hexdigest(),
            counts={},
            outbox_upto=0,
            state=state,
            sent_via="file",
            sent_at=sent,
            applied_at=applied,
        )
    )


def _posting(c: Claim, start: dt.date, end: dt.date) -> None:
    c.posting_start, c.posting_end = start, end


def _build(db: Database, enterprise_id: int) -> None:
    """Three learners in post (two front line in 总装车间, one office worker in 财务部) and one
    who left; claims at every step; a budget, a ledger year, exams and batches."""
    with db.write() as s:
        prog = add_programme(s, enterprise_id)
        a = _person(s, enterprise_id, 1, prog.id)
        b = _person(s, enterprise_id, 2, prog.id)
        c = _person(
            s, enterprise_id, 3, prog.id, department="财务部", front_line=False, intake=dt.date(2019, 9, 1)
        )  # expected to graduate on 2022-01-31: overdue
        d = _person(s, enterprise_id, 4, prog.id, leave=dt.date(2026, 3, 1))
        move(s, b.enrolment_id, ("suspended", dt.date(2026, 3, 1)))
        move(s, d.enrolment_id, ("graduated", dt.date(2025, 7, 1), "102855202506000004"))

        union = scheme(s, "市总工会入学资助", "union")
        fund = scheme(s, "企业学历提升报销", "edu_fund", funder="本企业", service_months=24)
        quick = scheme(s, "厂工会慰问", "union")
        quick.posting_days = 0
        set_scheme_budget(s, union.id, 2026, 1_000_000)

        claim(s, a, [(union, 100_000), (None, 50_000)], state=DRAFT, budget_year=2026)
        claim(s, a, [(union, 100_000)], state=SUBMITTED, budget_year=2026)
        claim(s, c, [(fund, 200_000), (None, 10_000)], state=SUBMITTED, budget_year=2026)
        claim(s, b, [(fund, 300_000)], state=HR_REVIEWED, budget_year=2026)
        day = dt.timedelta(days=1)
        _posting(
            claim(s, a, [(union, 150_000)], state=POSTING, budget_year=2026), TODAY - 7 * day, TODAY - day
        )
        _posting(
            claim(s, b, [(union, 120_000)], state=POSTING, budget_year=2026), TODAY - 3 * day, TODAY + 3 * day
        )
        _posting(
            claim(s, c, [(union, 90_000)], state=POSTING, budget_year=2026), TODAY + 4 * day, TODAY + 10 * day
        )
        _posting(claim(s, c, [(quick, 20_000)], state=POSTING, budget_year=2026), TODAY, TODAY)
        claim(s, a, [(union, 100_000)], paid_on=dt.date(2026, 5, 1))
        # Service periods of 24 months: b's ends on 2026-12-14 (within 60 days), a's on
        # 2027-02-28 (too far); d's would end soon too, but d has left.
        claim(s, b, [(fund, 400_000)], paid_on=dt.date(2024, 12, 15))
        claim(s, a, [(fund, 500_000)], paid_on=dt.date(2025, 3, 1))
        claim(s, d, [(fund, 600_000)], paid_on=dt.date(2024, 12, 15))

        save_fund_year(s, 2026, 100_000_000, 250)
        add_training_spend(
            s, spent_on=dt.date(2026, 6, 1), use_code="03", description="焊工培训",
            amount_fen=100_000, front_line_fen=70_000,
        )  # fmt: skip

        for person, offset in ((a, 2), (a, 13), (a, 14), (b, 5), (a, -1)):
            add_sitting(
                s,
                enrolment_id=person.enrolment_id,
                course_id=prog.courses["电工电子技术"] if offset != 13 else prog.courses["可编程控制器"],
                exam_date=TODAY + dt.timedelta(days=offset),
                start_time=dt.time(9),
                end_time=dt.time(11),
                today=TODAY,
            )
        _batch(s, 1, ACCEPTED, sent=NOW - dt.timedelta(days=60), applied=NOW - dt.timedelta(days=50))
        _batch(s, 2, AWAITING, sent=NOW - dt.timedelta(days=10))


@pytest.fixture
def board(db: Database, enterprise_id: int) -> Dashboard:
    _build(db, enterprise_id)
    with db.read() as s:
        return dashboard(s, enterprise_id, today=TODAY, now=NOW)


def test_learners_by_status_and_department_with_the_front_line_share(board: Dashboard) -> None:
    assert (board.learners_total, board.learners_active, board.learners_left) == (4, 3, 1)
    assert board.front_line_active == 2
    assert board.front_line_share_bp == 6667  # 2 of 3, half up
    shown = [(d.name, d.active, d.front_line) for d in board.departments]
    assert shown == [("总装车间", 2, 2), ("财务部", 1, 0)]  # most learners first; the leaver not counted


def test_enrolments_by_status(board: Dashboard) -> None:
    assert board.enrolments == {
        "applied": 0,
        "admitted": 0,
        "studying": 2,
        "suspended": 1,
        "graduated": 1,
        "completed": 0,
        "withdrawn": 0,
    }


def test_claims_waiting_at_each_step_with_what_the_schemes_would_pay(board: Dashboard) -> None:
    steps = {s.state: (s.waits_for, s.claims, s.subsidy_fen, s.base_fen) for s in board.steps}
    assert steps == {
        DRAFT: ("待提交", 1, 100_000, 150_000),
        SUBMITTED: ("待人事审核", 2, 300_000, 310_000),
        HR_REVIEWED: ("待工会审批", 1, 300_000, 300_000),
        "union_ok": ("待公示", 0, 0, 0),
        POSTING: ("待支付", 4, 380_000, 380_000),
    }


def test_this_years_money_against_the_budgets_per_source(board: Dashboard) -> None:
    sources = {s.source_type: (s.budget_fen, s.reserved_fen, s.paid_fen, s.used_fen) for s in board.sources}
    # union: submitted ¥1,000 and four posted claims reserved, ¥1,000 paid in 2026; the draft holds nothing
    assert sources["union"] == (1_000_000, 480_000, 100_000, 580_000)
    # the fund: no budget set; the paid lines belong to 2024 and 2025
    assert sources["edu_fund"] == (None, 500_000, 0, 500_000)
    assert [s.label for s in board.sources] == ["工会补助", "职工教育经费"]


def test_the_staff_education_fund_of_this_year_with_its_front_line_share(board: Dashboard) -> None:
    assert board.fund is not None and board.fund.year == 2026
    assert board.fund.set_aside_fen == 2_500_000
    assert board.fund.front_line_share_bp == 7000 and board.fund.front_line_warning is None


def test_what_is_due_soon(board: Dashboard) -> None:
    due = board.due
    # today through the 14th day: a on +2 and +13, b on +5 (not +14, not yesterday's)
    assert (due.exams, due.exam_learners, due.next_exam) == (3, 2, TODAY + dt.timedelta(days=2))
    # posted: ended yesterday (payable), ends in 3 days, ends in 10 days, no posting asked (payable)
    assert (due.payable, due.payable_fen, due.postings_ending) == (2, 170_000, 1)
    assert due.batches_awaiting == 1 and due.oldest_awaiting == NOW - dt.timedelta(days=10)
    assert due.receipt_age_days == 50
    assert due.receipt_warning == "最近一次导入平台回执已是50天前（超过14天）。"
    assert (due.service_ending, due.service_first_end) == (1, dt.date(2026, 12, 14))
    assert due.overdue == 1


def test_service_periods_ending_list_the_learners_still_in_post(db: Database, enterprise_id: int) -> None:
    _build(db, enterprise_id)
    with db.read() as s:
        rows = service_periods_ending(s, enterprise_id, today=TODAY)
        short = service_periods_ending(s, enterprise_id, today=TODAY, days=100)  # to 02-27
        wider = service_periods_ending(s, enterprise_id, today=TODAY, days=101)
        none_yet = service_periods_ending(s, enterprise_id, today=dt.date(2026, 12, 15), days=76)
    assert [(r.amount_fen, r.paid_on, r.last_day, r.department) for r in rows] == [
        (400_000, dt.date(2024, 12, 15), dt.date(2026, 12, 14), "总装车间")
    ]
    assert [r.last_day for r in short] == [dt.date(2026, 12, 14)]
    assert [r.last_day for r in wider] == [dt.date(2026, 12, 14), dt.date(2027, 2, 28)]
    assert [r.last_day for r in none_yet] == [dt.date(2027, 2, 28)]  # the 14th was the last day


def test_an_empty_enterprise_shows_zeros_and_no_fund(db: Database, enterprise_id: int) -> None:
    with db.read() as s:
        board = dashboard(s, enterprise_id, today=TODAY, now=NOW)
    assert (board.learners_total, board.front_line_share_bp, board.fund) == (0, None, None)
    assert all(step.claims == 0 for step in board.steps) and board.sources == ()
    assert board.due.next_exam is None and board.due.receipt_warning is None


def test_a_viewer_sees_the_desk(db: Database, enterprise_id: int) -> None:
    _build(db, enterprise_id)
    add_people(db)
    with as_user(db, "viewer").read() as s:
        board = dashboard(s, enterprise_id, today=TODAY, now=NOW)
    assert board.learners_active == 3 and board.due.payable == 2


def test_a_paid_claim_no_longer_waits(db: Database, enterprise_id: int) -> None:
    _build(db, enterprise_id)
    with db.write() as s:
        posted = s.query(Claim).filter(Claim.state == POSTING, Claim.posting_end < TODAY).one()
        posted.state, posted.paid_on = PAID, TODAY
    with db.read() as s:
        board = dashboard(s, enterprise_id, today=TODAY, now=NOW)
    assert board.due.payable == 1 and [s.claims for s in board.steps if s.state == POSTING] == [3]
