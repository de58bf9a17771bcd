"""The platform outbox: every change to a learner, an enrolment or a paid subsidy is pending in
the same transaction as the change (a rolled-back change leaves nothing), bulk imports too; and
the rows built for each kind are exactly the contract's (platform-exchange.md §2)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from tests.unit.claim_samples import CITY, ENTERPRISE, FUJIAN, TODAY, invoice, learner_studying, schemes
from tests.unit.study_samples import id_number, move

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain import Claim, ClaimLine, Enrolment, Enterprise, Institution, Learner, Programme
from qiuxue_desktop.domain.sync import SyncOutbox
from qiuxue_desktop.services import claim_flow as flow
from qiuxue_desktop.services.claims import create_invoice_claim
from qiuxue_desktop.services.coursework import record_result
from qiuxue_desktop.services.demo import generate_learners
from qiuxue_desktop.services.learners import (
    UpsertPlan,
    apply_upsert,
    delete_learner,
    plan_upsert,
    register_learner,
    update_learner,
)
from qiuxue_desktop.services.programmes import course_plan
from qiuxue_desktop.sync import platform_v1 as fmt

WAIVER: dict[str, Any] = {
    "name": "学校学费减免",
    "funder": "福建开放大学",
    "source_type": "waiver",
    "trigger": "term",
    "rule_kind": "fixed",
    "amount_fen": 20_000,
    "posting_days": 0,
}


def entries(db: Database) -> list[tuple[str, str]]:
    with db.read() as s:
        return [
            (k, r)
            for k, r in s.execute(select(SyncOutbox.kind, SyncOutbox.record_id).order_by(SyncOutbox.id))
        ]


def clear(db: Database) -> None:
    with db.write() as s:
        s.execute(text("DELETE FROM sync_outbox"))


def record_id(db: Database, model: Any, pk: int) -> str:
    with db.read() as s:
        return str(s.scalar(select(model.record_id).where(model.id == pk)))


def learner_values(seq: int, **over: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "name": "阿依古丽·买买提",
        "id_number": id_number(seq, birth="19930815", region="650102"),
        "phone": f"139{seq:08d}",
        "department": "总装车间",
        "post_category": "2",
        "hire_date": dt.date(2021, 3, 15),
        "hukou_type": "2",
        "prior_education": "3",
        "ethnic_group": "05",
    }
    return {**values, **over}


def pay(db: Database, claim_id: int) -> None:
    """Through every step as the one person of a database without accounts."""
    with db.write() as s:
        flow.submit_claim(s, claim_id)
        flow.hr_review(s, claim_id)
        flow.union_approve(s, claim_id)
        end = flow.start_posting(s, claim_id, start=dt.date(2026, 11, 1))
        flow.pay_claim(s, claim_id, paid_on=end + dt.timedelta(days=2), method="cash", today=TODAY)


def test_a_new_learner_is_pending_in_the_same_transaction_and_a_rolled_back_one_is_not(
    db: Database, enterprise_id: int
) -> None:
    with pytest.raises(RuntimeError), db.write() as s:
        register_learner(s, enterprise_id=enterprise_id, values=learner_values(1))
        assert len(s.execute(select(SyncOutbox.id)).all()) == 1  # written with the learner
        raise RuntimeError("the user's action fails after the learner was added")
    assert entries(db) == []
    with db.write() as s:
        lid = register_learner(s, enterprise_id=enterprise_id, values=learner_values(1))
    assert entries(db) == [("learner", record_id(db, Learner, lid))]


def test_changing_what_the_platform_sees_is_pending_and_changing_a_note_is_not(
    db: Database, enterprise_id: int
) -> None:
    with db.write() as s:
        lid = register_learner(s, enterprise_id=enterprise_id, values=learner_values(2))
    clear(db)
    with db.write() as s:
        update_learner(s, lid, values={"notes": "夜班", "employee_no": "A1024"}, expected_version=None)
    assert entries(db) == []
    with db.write() as s:
        update_learner(s, lid, values={"phone": "13912345678"}, expected_version=None)
    assert entries(db) == [("learner", record_id(db, Learner, lid))]


def test_a_changed_credit_code_puts_every_learner_in_the_outbox(db: Database, enterprise_id: int) -> None:
    with db.write() as s:
        a = register_learner(s, enterprise_id=enterprise_id, values=learner_values(3))
        b = register_learner(s, enterprise_id=enterprise_id, values=learner_values(4, name="张伟"))
    clear(db)
    with db.write() as s:
        enterprise = s.get(Enterprise, enterprise_id)
        assert enterprise is not None
        enterprise.uscc = "91350100M000100Y43"
    assert sorted(entries(db)) == sorted(
        [("learner", record_id(db, Learner, a)), ("learner", record_id(db, Learner, b))]
    )


def test_an_enrolment_its_results_and_its_programme_put_the_enrolment_in_the_outbox(
    db: Database, enterprise_id: int
) -> None:
    with db.write() as s:
        lid, eid = learner_studying(s, enterprise_id)
    rid = record_id(db, Enrolment, eid)
    assert ("enrolment", rid) in entries(db) and ("learner", record_id(db, Learner, lid)) in entries(db)
    clear(db)
    with db.write() as s:
        enrolment = s.get(Enrolment, eid)
        assert enrolment is not None
        course = course_plan(s, enrolment.programme_id)[0]
        record_result(s, enrolment_id=eid, course_id=course.id, result="85", term="2024-2025-1", today=TODAY)
    assert entries(db) == [("enrolment", rid)]  # 已修学分 changed
    clear(db)
    with db.write() as s:
        enrolment = s.get(Enrolment, eid)
        assert enrolment is not None
        programme = s.get(Programme, enrolment.programme_id)
        assert programme is not None
        programme.name = "机电一体化技术（新）"
    assert entries(db) == [("enrolment", rid)]
    clear(db)
    with db.write() as s:
        institution = s.scalars(select(Institution)).one()
        institution.code = "10386"
    assert entries(db) == [("enrolment", rid)]
    clear(db)
    with db.write() as s:
        move(s, eid, ("suspended", dt.date(2026, 3, 1)))
    assert entries(db) == [("enrolment", rid)]


@pytest.fixture
def paid_claim(db: Database, enterprise_id: int) -> tuple[int, int, int]:
    """A union member studying, with an invoice claim split by three schemes, paid."""
    with db.write() as s:
        schemes(s, FUJIAN, CITY, ENTERPRISE)
        lid, eid = learner_studying(s, enterprise_id)
        learner = s.get(Learner, lid)
        assert learner is not None
        learner.union_member = True
    with db.write() as s:
        cid = create_invoice_claim(s, invoice(s, eid, "35000012345684", 800_000))
    clear(db)
    pay(db, cid)
    return lid, eid, cid


def test_a_claim_is_pending_once_paid_and_a_paid_correction_pends_both(
    db: Database, paid_claim: tuple[int, int, int]
) -> None:
    _lid, _eid, cid = paid_claim
    original = record_id(db, Claim, cid)
    assert entries(db) == [("subsidy", original)]
    clear(db)
    with db.write() as s:
        fix = flow.start_correction_claim(s, cid, reason="企业比例应按新制度计算")
    assert entries(db) == []  # a draft is nothing to the platform
    pay(db, fix)
    assert sorted(entries(db)) == sorted([("subsidy", original), ("subsidy", record_id(db, Claim, fix))])


def test_deleting_a_learner_puts_them_their_enrolments_and_subsidies_in_the_outbox(
    db: Database, paid_claim: tuple[int, int, int]
) -> None:
    lid, eid, cid = paid_claim
    expected = {
        ("learner", record_id(db, Learner, lid)),
        ("enrolment", record_id(db, Enrolment, eid)),
        ("subsidy", record_id(db, Claim, cid)),
    }
    clear(db)
    with db.write() as s:
        assert delete_learner(s, lid, reason="重复登记，应删除", expected_version=None)
    assert set(entries(db)) == expected
    with db.read() as s:
        assert s.scalar(select(Learner.id).where(Learner.id == lid)) is None
        assert s.scalar(select(Claim.id)) is None


def test_a_roster_import_writes_one_entry_per_learner_it_adds_or_changes(
    db: Database, enterprise_id: int
) -> None:
    rows = generate_learners(30, seed=5, today=TODAY)
    with db.write() as s:
        apply_upsert(s, enterprise_id, UpsertPlan(new_rows=rows), detail="花名册.xlsx")
        ids = dict(s.execute(select(Learner.id_number, Learner.record_id)).all())
    assert sorted(entries(db)) == sorted(("learner", r) for r in ids.values())
    clear(db)
    changed = [
        {"id_number": rows[0]["id_number"], "phone": "13700000001"},  # the platform sees it
        {"id_number": rows[1]["id_number"], "employee_no": "Z-0001"},  # it does not
    ]
    with db.write() as s:
        plan = plan_upsert(s, enterprise_id, changed, {"id_number", "phone", "employee_no"})
        assert plan.updated == 2
        apply_upsert(s, enterprise_id, plan, detail="花名册（二）.xlsx")
    assert entries(db) == [("learner", ids[rows[0]["id_number"]])]
    with pytest.raises(RuntimeError), db.write() as s:
        more = generate_learners(35, seed=5, today=TODAY)[30:]
        apply_upsert(s, enterprise_id, UpsertPlan(new_rows=more), detail="花名册（三）.xlsx")
        raise RuntimeError("the import fails after writing")
    assert len(entries(db)) == 1


def _rows(db: Database, kind: str) -> list[fmt.Current]:
    with db.read() as s:
        wanted = set(s.scalars(select(SyncOutbox.record_id).where(SyncOutbox.kind == kind)))
        return fmt.build_rows(s, kind, wanted)


def test_the_rows_of_a_learner_an_enrolment_and_a_subsidy_are_the_contracts(
    db: Database, enterprise_id: int
) -> None:
    with db.write() as s:
        schemes(s, WAIVER, CITY, ENTERPRISE)
        lid = register_learner(s, enterprise_id=enterprise_id, values=learner_values(7))
        _other, eid = learner_studying(s, enterprise_id, seq=8)
        enrolment = s.get(Enrolment, eid)
        assert enrolment is not None
        enrolment.learner_id = lid  # the enrolment of the learner above
        s.flush()
        cid = create_invoice_claim(s, invoice(s, eid, "35000012345690", 400_000))
    with db.read() as s:
        uscc = s.scalars(select(Enterprise.uscc)).one()
        enrolment = s.get(Enrolment, eid)
        assert enrolment is not None
        learner_rid, enrolment_rid = record_id(db, Learner, lid), enrolment.record_id
    pay(db, cid)

    (learner,) = [r for r in _rows(db, "learner") if r.record_id == learner_rid]
    assert learner.state == fmt.REPORT
    assert dict(zip(fmt.LEARNERS.fields, learner.fields, strict=True)) == {
        "姓名": "阿依古丽·买买提",
        "身份证号": id_number(7, birth="19930815", region="650102"),
        "性别": "1",  # the ID number's 17th digit is odd (…007)
        "出生日期": "1993-08-15",
        "民族": "05",
        "户籍性质": "2",
        "户籍所在地": "650102",
        "手机号": "13900000007",
        "工作单位统一社会信用代码": uscc,
        "岗位类别": "2",
        "入职日期": "2021-03-15",
        "原学历": "3",
    }
    (row,) = _rows(db, "enrolment")
    assert row.state == fmt.REPORT and row.parent_id == learner_rid and row.record_id == enrolment_rid
    assert dict(zip(fmt.ENROLMENTS.fields, row.fields, strict=True)) == {
        "学员记录标识": learner_rid,
        "院校代码": "10008",
        "院校名称": "福建开放大学8",
        "专业名称": "机电一体化技术",
        "层次": "1",
        "学习形式": "1",
        "入学日期": "2024-09-01",
        "预计毕业日期": row.fields[7],
        "学籍状态": "1",
        "已修学分": "0",
        "总学分": "24.5",
        "毕业日期": "",
    }
    with db.read() as s:
        lines = {
            (line.source_type, line.amount_fen)
            for line in s.scalars(select(ClaimLine).where(ClaimLine.claim_id == cid))
        }
    waiver = sum(a for t, a in lines if t == "waiver")
    assert waiver == 20_000
    (subsidy,) = _rows(db, "subsidy")
    values = dict(zip(fmt.SUBSIDIES.fields, subsidy.fields, strict=True))
    assert subsidy.parent_id == enrolment_rid
    assert values == {
        "学籍记录标识": enrolment_rid,
        "学期": "2025-2026-1",
        "学费金额": "3800.00",  # the ¥4,000 invoice less the school's ¥200 waiver
        "财政补助": "0.00",
        "工会补助": fmt.yuan_text(sum(a for t, a in lines if t == "union")),
        "企业补助": fmt.yuan_text(sum(a for t, a in lines if t in ("edu_fund", "employer"))),
        "个人承担": fmt.yuan_text(sum(a for t, a in lines if t == "self")),
        "发票号码": "35000012345690",
        "发放日期": values["发放日期"],
    }
    parts = [int(values[h].replace(".", "")) for h in fmt.SUBSIDY_PARTS]
    assert sum(parts) == 380_000 and values["工会补助"] == "1500.00"
    ctx = fmt.Context(uscc, TODAY)
    assert fmt.row_problems("learner", [learner], ctx) == {}
    assert fmt.row_problems("enrolment", [row], ctx) == {}
    assert fmt.row_problems("subsidy", [subsidy], ctx) == {}


def test_the_platforms_rules_name_the_first_broken_column_like_the_platform(db: Database) -> None:
    """platform-sim's README decision 17: a wrong check digit is E204, not E205; a bad cell wins
    over the rules across columns."""
    good = (
        "张伟",
        "11010519491231002X",
        "2",
        "1949-12-31",
        "01",
        "1",
        "110105",
        "13812345678",
        "91110000600037341L",
        "1",
        "2019-07-01",
        "2",
    )
    ctx = fmt.Context("91110000600037341L", TODAY)

    def judged(**change: str) -> tuple[str, str] | None:
        fields = list(good)
        for header, value in change.items():
            fields[fmt.LEARNERS.fields.index(header)] = value
        row = fmt.Current("0f8e6f1c-3c2b-4f57-9a51-0b8d2b3c9e10", fmt.REPORT, tuple(fields), None, "张伟")
        return fmt.row_problems("learner", [row], ctx).get(row.record_id)

    assert judged() is None
    assert judged(身份证号="110105194912310021", 性别="1") == ("E204", "身份证号校验位错误")
    assert judged(性别="1") == ("E205", "性别与身份证号第17位不一致")
    assert judged(民族="60") == ("E103", "民族代码不在代码表中")
    assert judged(手机号="2381234567", 入职日期="2099-01-01") == ("E102", "手机号应为以1开头的11位数字")
    assert judged(入职日期="2099-01-01") == ("E207", "入职日期晚于批次创建日期")
    assert judged(工作单位统一社会信用代码="91110000600037341M")[0] == "E206"  # type: ignore[index]
    assert judged(姓名="张伟2") == ("E102", "姓名应为1–30个字符，不含数字，首尾无空格")
    assert judged(姓名=" ") == ("E101", "姓名不能为空")


@pytest.mark.sqlite_only("takes a file back to revision 0004 and upgrades it as the application opens it")
def test_what_a_database_held_before_the_outbox_existed_is_pending_after_the_upgrade(tmp_path: Path) -> None:
    from alembic import command

    from qiuxue_desktop.db.migrate import alembic_config, open_database
    from qiuxue_desktop.services.demo import create_demo

    path = str(tmp_path / "older.sqlite3")
    db = open_database(path, backup_dir=tmp_path / "backups")
    try:
        with db.write() as s:
            create_demo(s, learners=20, seed=2)
        command.downgrade(alembic_config(db), "0004")  # type: ignore[arg-type]
    finally:
        db.dispose()
    db = open_database(path, backup_dir=tmp_path / "backups")
    try:
        with db.read() as s:
            expected = (
                {("learner", r) for r in s.scalars(select(Learner.record_id))}
                | {("enrolment", r) for r in s.scalars(select(Enrolment.record_id))}
                | {
                    ("subsidy", r)
                    for r in s.scalars(
                        select(Claim.record_id).where(Claim.state == "paid", Claim.superseded_by_id.is_(None))
                    )
                }
            )
        assert len(expected) > 30 and set(entries(db)) == expected and len(entries(db)) == len(expected)
    finally:
        db.dispose()
