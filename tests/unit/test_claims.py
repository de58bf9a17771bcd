"""Claims: the split line by line with its reasons, invoices refused twice, caps held by claims
in progress, the approval steps each by its own role, paid claims frozen and corrected."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlalchemy import select
from tests.unit.claim_samples import (
    CITY,
    ENTERPRISE,
    FUJIAN,
    PROVINCE_GRADUATION,
    TODAY,
    add_people,
    as_user,
    invoice,
    learner_studying,
    schemes,
)
from tests.unit.study_samples import move

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain import Learner
from qiuxue_desktop.domain.claims import PAID, Claim, ClaimLine, ClaimStep
from qiuxue_desktop.errors import InputRejected, NotPermitted
from qiuxue_desktop.services import claim_flow as flow
from qiuxue_desktop.services.claim_query import ClaimQuery, claim_detail, fetch_claim_rows, query_claim_ids
from qiuxue_desktop.services.claims import (
    SplitChanged,
    adjust_lines,
    claim_lines,
    create_graduation_claim,
    create_invoice_claim,
    recompute_claim,
)
from qiuxue_desktop.services.invoices import InvoiceRejected
from qiuxue_desktop.services.schemes import SchemeRejected, save_scheme


def _member(db: Database, learner_id: int, member: bool = True) -> None:
    with db.write() as s:
        learner = s.get(Learner, learner_id)
        assert learner is not None
        learner.union_member = member


@pytest.fixture
def three(db: Database, enterprise_id: int) -> tuple[int, int]:
    """The three schemes of an invoice claim, and a union member studying since 2024-09."""
    with db.write() as s:
        schemes(s, FUJIAN, CITY, ENTERPRISE)
        lid, eid = learner_studying(s, enterprise_id)
    _member(db, lid)
    return lid, eid


def _amounts(db: Database, claim_id: int) -> list[tuple[str, int]]:
    with db.read() as s:
        return [(line.source_type, line.amount_fen) for line in claim_lines(s, claim_id)]


def test_an_invoice_is_split_by_three_sources_with_their_reasons(
    db: Database, three: tuple[int, int]
) -> None:
    _lid, eid = three
    with db.write() as s:
        cid = create_invoice_claim(s, invoice(s, eid, "35000012345678", 800_000))
    assert _amounts(db, cid) == [
        ("union", 100_000),
        ("union", 150_000),
        ("edu_fund", 480_000),
        ("self", 70_000),
    ]
    with db.read() as s:
        detail = claim_detail(s, cid)
    assert sum(line.amount_fen for line in detail.lines) == 800_000
    fujian, _city, company, own = detail.lines
    assert fujian.rule == "定额 ¥1,000.00" and fujian.bound == ""
    assert company.rule == "学费 ¥8,000.00 × 60% = ¥4,800.00"
    assert company.service_months == 24 and fujian.service_months is None
    assert own.scheme_name == "个人承担" and own.amount_fen == 70_000


def test_a_later_scheme_gets_only_what_the_earlier_ones_left(db: Database, three: tuple[int, int]) -> None:
    _lid, eid = three
    with db.write() as s:
        cid = create_invoice_claim(s, invoice(s, eid, "35000012345679", 600_000))
    assert _amounts(db, cid) == [("union", 100_000), ("union", 150_000), ("edu_fund", 350_000), ("self", 0)]
    with db.read() as s:
        company = claim_detail(s, cid).lines[2]
    assert company.bound == "不超过其他项目之后余下的学费 ¥3,500.00"


def test_a_learner_who_is_not_eligible_sees_why(db: Database, three: tuple[int, int]) -> None:
    lid, eid = three
    _member(db, lid, False)
    with db.write() as s:
        cid = create_invoice_claim(s, invoice(s, eid, "35000012345680", 500_000))
    assert [a for _s, a in _amounts(db, cid)] == [150_000, 300_000, 50_000]
    with db.read() as s:
        from qiuxue_desktop.services.claims import split_for

        claim = s.get(Claim, cid)
        assert claim is not None
        reasons = {n.name: n.reason for n in split_for(s, claim).not_paying}
    assert reasons == {"福建省求学圆梦助学金": "只资助工会会员，学员不是工会会员"}


def test_the_same_invoice_number_from_the_same_issuer_is_refused(
    db: Database, three: tuple[int, int]
) -> None:
    _lid, eid = three
    with db.write() as s:
        invoice(s, eid, "35000012345681", 100_000)
    with pytest.raises(InvoiceRejected, match="已经登记过"), db.write() as s:
        invoice(s, eid, "35000012345681", 100_000, term="2025-2026-2", issued_on=dt.date(2026, 3, 1))
    with db.write() as s:  # another issuer may use the same number
        invoice(s, eid, "35000012345681", 100_000, issuer="另一所学校")
    with pytest.raises(InvoiceRejected, match="8 到 20 位"), db.write() as s:
        invoice(s, eid, "12-34", 100_000)


def test_a_contradictory_scheme_is_refused_on_save(db: Database) -> None:
    with pytest.raises(SchemeRejected, match="服务期只适用于企业自有资金"), db.write() as s:
        save_scheme(s, {**FUJIAN, "service_months": 24})
    with pytest.raises(SchemeRejected, match="最高年龄 30 岁小于最低年龄 40 岁"), db.write() as s:
        save_scheme(s, {**CITY, "min_age": 40, "max_age": 30})
    with pytest.raises(SchemeRejected, match="不能同时设定固定金额"), db.write() as s:
        save_scheme(s, {**ENTERPRISE, "amount_fen": 100})


def test_caps_count_claims_in_progress_and_a_returned_claim_releases_them(
    db: Database, enterprise_id: int
) -> None:
    with db.write() as s:
        schemes(s, {**ENTERPRISE, "cap_life_fen": 500_000})
        _lid, eid = learner_studying(s, enterprise_id)
        first = create_invoice_claim(s, invoice(s, eid, "35000000000001", 600_000))
        second = create_invoice_claim(
            s, invoice(s, eid, "35000000000002", 600_000, term="2025-2026-2", issued_on=dt.date(2026, 3, 1))
        )
    # Two drafts both see the whole cap: drafts hold nothing.
    assert _amounts(db, first)[0] == _amounts(db, second)[0] == ("edu_fund", 360_000)
    with db.write() as s:
        flow.submit_claim(s, first)
    with pytest.raises(SplitChanged, match=re.escape("最多只能承担 ¥1,400.00")), db.write() as s:
        flow.submit_claim(s, second)
    with db.write() as s:
        recompute_claim(s, second)
    assert _amounts(db, second)[0] == ("edu_fund", 140_000)
    with db.read() as s:
        assert "每人累计上限 ¥5,000.00，已用 ¥3,600.00" in claim_lines(s, second)[0].bound
    with db.write() as s:
        flow.return_claim(s, first, reason="发票复印件不清楚")
        recompute_claim(s, second)
    assert _amounts(db, second)[0] == ("edu_fund", 360_000)


def test_lines_that_do_not_add_up_cannot_be_saved(db: Database, three: tuple[int, int]) -> None:
    _lid, eid = three
    with db.write() as s:
        cid = create_invoice_claim(s, invoice(s, eid, "35000012345682", 800_000))
    with pytest.raises(InputRejected, match=re.escape("相差 ¥0.01")), db.write() as s:
        adjust_lines(s, cid, {1: 100_000, 2: 150_000, 3: 480_000, 4: 69_999})
    with pytest.raises(InputRejected, match=re.escape("最多可以承担 ¥4,800.00")), db.write() as s:
        adjust_lines(s, cid, {1: 100_000, 2: 150_000, 3: 550_000, 4: 0})
    with db.write() as s:  # the learner declines part of the company's share
        adjust_lines(s, cid, {1: 100_000, 2: 150_000, 3: 400_000, 4: 150_000})
    with db.read() as s:
        assert claim_lines(s, cid)[2].bound == "手工调整"


def _through_approval(db: Database, cid: int) -> None:
    with as_user(db, "coordinator").write() as s:
        flow.submit_claim(s, cid)
    with as_user(db, "admin").write() as s:  # HR review: not the coordinator who prepared it
        flow.hr_review(s, cid)
    with as_user(db, "union").write() as s:
        flow.union_approve(s, cid)
        flow.start_posting(s, cid, start=dt.date(2026, 11, 1))


def test_each_step_only_by_its_role_in_turn_and_never_by_whoever_prepared_it(
    db: Database, three: tuple[int, int]
) -> None:
    _lid, eid = three
    add_people(db)
    with as_user(db, "coordinator").write() as s:
        cid = create_invoice_claim(
            s,
            invoice(s, eid, "35000012345683", 800_000),
            payee_bank="农业银行",
            payee_account="6228480012345678901",
        )
    with (
        pytest.raises(InputRejected, match="只有“已提交”的申请才能进行人事审核"),
        as_user(db, "admin").write() as s,
    ):
        flow.hr_review(s, cid)
    with as_user(db, "coordinator").write() as s:
        flow.submit_claim(s, cid)
    with pytest.raises(NotPermitted, match="是您本人录入的"), as_user(db, "coordinator").write() as s:
        flow.hr_review(s, cid)
    with pytest.raises(NotPermitted), as_user(db, "union").write() as s:
        flow.hr_review(s, cid)
    with as_user(db, "admin").write() as s:
        flow.hr_review(s, cid)
    with pytest.raises(NotPermitted), as_user(db, "finance").write() as s:
        flow.union_approve(s, cid)
    with as_user(db, "union").write() as s:
        flow.union_approve(s, cid)
        end = flow.start_posting(s, cid, start=dt.date(2026, 11, 1))
    assert end == dt.date(2026, 11, 7)  # the longest posting of its schemes: 7 days
    with pytest.raises(InputRejected, match="2026-11-08 起才能支付"), as_user(db, "finance").write() as s:
        flow.pay_claim(s, cid, paid_on=dt.date(2026, 11, 7), method="transfer", reference="T1", today=TODAY)
    with as_user(db, "finance").write() as s:
        flow.pay_claim(
            s, cid, paid_on=dt.date(2026, 11, 9), method="transfer", reference="HX20261109001", today=TODAY
        )
    with as_user(db, "viewer").read() as s:
        detail = claim_detail(s, cid)
        steps = [
            (st.to_state, st.actor, st.signer)
            for st in s.scalars(select(ClaimStep).where(ClaimStep.claim_id == cid).order_by(ClaimStep.id))
        ]
    assert detail.state == PAID and detail.payee_account.endswith("8901") and "*" in detail.payee_account
    assert steps == [
        ("submitted", "coordinator", "coordinator签名"),
        ("hr_ok", "admin", "admin签名"),
        ("union_ok", "union", "union签名"),
        ("posting", "union", "union签名"),
        ("paid", "finance", "finance签名"),
    ]


def test_a_paid_claim_is_frozen_and_corrected_by_a_new_linked_claim(
    db: Database, three: tuple[int, int]
) -> None:
    _lid, eid = three
    add_people(db)
    with as_user(db, "coordinator").write() as s:
        cid = create_invoice_claim(
            s,
            invoice(s, eid, "35000012345684", 800_000),
            payee_bank="农业银行",
            payee_account="6228480012345678901",
        )
    _through_approval(db, cid)
    with as_user(db, "finance").write() as s:
        flow.pay_claim(s, cid, paid_on=dt.date(2026, 11, 9), method="transfer", reference="HX1", today=TODAY)
    with pytest.raises(NotPermitted, match="已支付"), as_user(db, "admin").write() as s:
        claim = s.get(Claim, cid)
        assert claim is not None
        claim.notes = "悄悄改一下"
        s.flush()
    with pytest.raises(NotPermitted, match="已支付"), as_user(db, "admin").write() as s:
        line = s.scalars(select(ClaimLine).where(ClaimLine.claim_id == cid)).first()
        assert line is not None
        s.delete(s.get(Claim, cid))
        s.flush()
    with as_user(db, "coordinator").write() as s:
        fix = flow.start_correction_claim(s, cid, reason="企业比例应按新制度计算")
    # the correction's split sees the original's amounts as its own, not as used up
    assert _amounts(db, fix) == _amounts(db, cid)
    _through_approval(db, fix)
    with as_user(db, "finance").write() as s:
        flow.pay_claim(s, fix, paid_on=dt.date(2026, 11, 10), method="transfer", reference="HX2", today=TODAY)
    with db.read() as s:
        original, corrected = s.get(Claim, cid), s.get(Claim, fix)
        assert original is not None and corrected is not None
        assert original.superseded_by_id == fix and corrected.corrects_id == cid
        assert claim_detail(s, cid).superseded_by_no == corrected.claim_no


def test_graduation_pays_from_what_the_learner_still_bears(db: Database, enterprise_id: int) -> None:
    with db.write() as s:
        schemes(s, CITY, PROVINCE_GRADUATION)
        _lid, eid = learner_studying(s, enterprise_id)
        create_invoice_claim(s, invoice(s, eid, "35000000000101", 200_000))
    with db.read() as s:
        cid0 = s.scalars(select(Claim.id)).one()
    with db.write() as s:
        flow.submit_claim(s, cid0)
    with pytest.raises(InputRejected, match="只有已毕业"), db.write() as s:
        create_graduation_claim(s, eid)
    with db.write() as s:
        move(s, eid, ("graduated", dt.date(2026, 7, 1), "100015202606000123"))
        gid = create_graduation_claim(s, eid)
    # ¥2,000 invoiced, ¥1,500 held by the city union: ¥500 left, the province's ¥1,000 is held to it
    assert _amounts(db, gid) == [("union", 50_000), ("self", 0)]


def test_the_claims_table_filters_by_state_term_and_scheme(db: Database, three: tuple[int, int]) -> None:
    _lid, eid = three
    with db.write() as s:
        a = create_invoice_claim(s, invoice(s, eid, "35000012345690", 800_000))
        flow.submit_claim(s, a)
        b = create_invoice_claim(
            s, invoice(s, eid, "35000012345691", 800_000, term="2025-2026-2", issued_on=dt.date(2026, 3, 1))
        )
        ids = query_claim_ids(s, ClaimQuery(states=("submitted",)))
        assert ids == [a]
        assert query_claim_ids(s, ClaimQuery(term="2025-2026-2")) == [b]
        city = s.scalar(select(ClaimLine.scheme_id).where(ClaimLine.claim_id == a, ClaimLine.position == 2))
        assert query_claim_ids(s, ClaimQuery(scheme_id=city)) == [
            a
        ]  # b: the city pays once per enrolment, a holds it
        rows = fetch_claim_rows(s, [a, b])
    assert [(r.base_fen, r.subsidy_fen + r.learner_fen) for r in rows] == [(800_000, 800_000)] * 2
