"""The learner register's services: add, edit, leave, reveal, search in SQL, pinyin order."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain import AuditEntry, Learner
from qiuxue_desktop.domain.ids import id_check_char
from qiuxue_desktop.domain.pinyin import pinyin_keys
from qiuxue_desktop.errors import InputRejected
from qiuxue_desktop.services import learners as svc


def make_id(region: str, birth: str, seq: int) -> str:
    body = f"{region}{birth}{seq:03d}"
    return body + id_check_char(body)


def values(**over: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "name": "张三",
        "id_number": make_id("320102", "19900101", 11),
        "phone": "13800138000",
        "department": "总装车间",
        "post_category": "1",
        "hire_date": dt.date(2015, 3, 1),
        "hukou_type": "1",
        "prior_education": "2",
    }
    base.update(over)
    return base


def add(db: Database, enterprise_id: int, **over: Any) -> int:
    with db.write() as s:
        return svc.register_learner(s, enterprise_id=enterprise_id, values=values(**over))


def test_register_derives_birth_gender_region_and_keys(db: Database, enterprise_id: int) -> None:
    lid = add(db, enterprise_id)
    with db.read() as s:
        learner = s.get(Learner, lid)
        assert learner is not None
        assert learner.birth_date == dt.date(1990, 1, 1)
        assert learner.gender == "1"
        assert learner.hukou_place == "320102"
        assert (learner.name_pinyin, learner.name_initials) == ("zhangsan", "zs")
        assert len(learner.record_id) == 36 and learner.version == 1
        assert learner.created_at.tzinfo is not None


def test_one_learner_per_id_number(db: Database, enterprise_id: int) -> None:
    add(db, enterprise_id)
    with pytest.raises(svc.LearnerRejected) as err:
        add(db, enterprise_id, name="李四")
    assert "张三" in err.value.problems["id_number"]


def test_problems_are_reported_per_field(db: Database, enterprise_id: int) -> None:
    with pytest.raises(svc.LearnerRejected) as err:
        add(
            db,
            enterprise_id,
            phone="2380013800",
            gender="2",
            hire_date=dt.date.today() + dt.timedelta(days=3),
        )
    problems = err.value.problems
    assert set(problems) >= {"phone", "gender", "hire_date"}
    assert "与身份证号不符" in problems["gender"]
    with db.read() as s:
        assert s.scalar(select(Learner.id)) is None


def test_edit_keeps_history_fields_and_bumps_version(db: Database, enterprise_id: int) -> None:
    lid = add(db, enterprise_id)
    with db.write() as s:
        assert svc.update_learner(
            s, lid, values={"name": "张 三丰", "department": "质检部"}, expected_version=1
        )
    with db.write() as s:
        assert not svc.update_learner(s, lid, values={"name": "张 三丰"}, expected_version=2)
    with db.read() as s:
        detail = svc.get_learner(s, lid)
    assert detail.values["department"] == "质检部"
    assert detail.version == 2
    assert detail.values["id_number"] == "320***********" + values()["id_number"][-4:]


def test_mark_left_never_deletes(db: Database, enterprise_id: int) -> None:
    lid = add(db, enterprise_id)
    with pytest.raises(svc.LearnerRejected), db.write() as s:
        svc.mark_left(s, lid, leave_date=dt.date(2010, 1, 1), expected_version=1)
    with db.write() as s:
        svc.mark_left(s, lid, leave_date=dt.date(2024, 6, 30), expected_version=1)
    with db.read() as s:
        counts = svc.learner_counts(s, enterprise_id)
        assert (counts.total, counts.active, counts.left) == (1, 0, 1)
        assert svc.query_learner_ids(s, enterprise_id, svc.LearnerQuery(status="left")) == [lid]
        assert svc.query_learner_ids(s, enterprise_id, svc.LearnerQuery(text="离职")) == [lid]


def test_reveal_is_logged(db: Database, enterprise_id: int) -> None:
    lid = add(db, enterprise_id)
    with db.write() as s:
        assert svc.reveal_id_number(s, lid) == values()["id_number"]
    with db.read() as s:
        events = [
            (e.action, e.detail) for e in s.scalars(select(AuditEntry).where(AuditEntry.action == "reveal"))
        ]
    assert events == [("reveal", "张三")]


@pytest.fixture
def crowd(db: Database, enterprise_id: int) -> dict[str, int]:
    people = [
        ("张三", "320102", "19900101", 11, "13800000001", "总装车间"),
        ("李四", "440305", "19851111", 22, "13900000002", "冲压车间"),
        ("王五", "510104", "19951212", 31, "13700001234", "质检部"),
        ("曾小贤", "110105", "19880808", 41, "15000000004", "总装车间"),
        ("阿卜杜拉·买买提", "650102", "19920202", 51, "18600000005", "设备部"),
        ("张珊", "320102", "20000303", 62, "13600000006", "质检部"),
    ]
    ids = {}
    for name, region, birth, seq, phone, dept in people:
        ids[name] = add(
            db, enterprise_id, name=name, id_number=make_id(region, birth, seq), phone=phone, department=dept
        )
    return ids


def names(db: Database, enterprise_id: int, **q: Any) -> list[str]:
    with db.read() as s:
        ids = svc.query_learner_ids(s, enterprise_id, svc.LearnerQuery(**q))
        return [r.name for r in svc.fetch_rows(s, ids)]


def test_sort_by_name_is_pinyin_order(db: Database, enterprise_id: int, crowd: dict[str, int]) -> None:
    expected = sorted(crowd, key=lambda n: pinyin_keys(n)[0])
    assert names(db, enterprise_id) == expected
    assert names(db, enterprise_id, descending=True) == expected[::-1]
    # 曾 as a surname reads zeng, so 曾小贤 sorts among the z's, after 王五
    assert names(db, enterprise_id).index("曾小贤") > names(db, enterprise_id).index("王五")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("zs", ["张三", "张珊"]),
        ("zhangsan", ["张三"]),
        ("zhang", ["张三", "张珊"]),
        ("zxx", ["曾小贤"]),
        ("张", ["张三", "张珊"]),
        ("1234", ["王五"]),  # phone contains 1234
        ("质检", ["王五", "张珊"]),  # department
        ("总装 zs", ["张三"]),  # tokens combine
        ("买买提", ["阿卜杜拉·买买提"]),
        ("50%", []),  # LIKE wildcards are literal
    ],
)
def test_filter_as_you_type(
    db: Database, enterprise_id: int, crowd: dict[str, int], text: str, expected: list[str]
) -> None:
    assert names(db, enterprise_id, text=text) == expected


def test_filter_by_id_tail(db: Database, enterprise_id: int, crowd: dict[str, int]) -> None:
    tail = make_id("440305", "19851111", 22)[-6:]
    assert names(db, enterprise_id, text=tail) == ["李四"]


def test_sort_by_other_columns_and_department_filter(
    db: Database, enterprise_id: int, crowd: dict[str, int]
) -> None:
    by_birth = names(db, enterprise_id, sort="birth_date")
    assert by_birth[0] == "李四" and by_birth[-1] == "张珊"
    with db.read() as s:
        from qiuxue_desktop.services.enterprise import list_departments

        qc = dict((n, i) for i, n in list_departments(s, enterprise_id))["质检部"]
    assert names(db, enterprise_id, department_id=qc) == ["王五", "张珊"]


def test_fetch_rows_masks_ids_and_keeps_order(
    db: Database, enterprise_id: int, crowd: dict[str, int]
) -> None:
    order = [crowd["王五"], crowd["张三"]]
    with db.read() as s:
        rows = svc.fetch_rows(s, order)
    assert [r.name for r in rows] == ["王五", "张三"]
    assert all("*" * 11 in r.id_masked for r in rows)


def test_bulk_upsert_updates_only_given_columns(db: Database, enterprise_id: int) -> None:
    lid = add(db, enterprise_id, employee_no="A001")
    rows = [
        {"name": "张三", "id_number": values()["id_number"], "phone": "13911112222"},
        values(name="新人", id_number=make_id("420102", "19990909", 71), department="新车间"),
    ]
    with db.write() as s:
        plan = svc.plan_upsert(s, enterprise_id, rows[:1], {"name", "id_number", "phone"})
        plan2 = svc.plan_upsert(s, enterprise_id, rows[1:], set(rows[1]))
        assert (plan.added, plan.updated, plan.unchanged) == (0, 1, 0)
        assert plan.changed[0][2] == {"phone": ("13800138000", "13911112222")}
        assert plan2.new_departments == ["新车间"]
        svc.apply_upsert(s, enterprise_id, plan)
        svc.apply_upsert(s, enterprise_id, plan2)
    with db.read() as s:
        detail = svc.get_learner(s, lid)
        assert detail.values["phone"] == "13911112222"
        assert detail.values["employee_no"] == "A001"  # no column: kept
        assert detail.version == 2
        assert svc.learner_counts(s, enterprise_id).total == 2


def test_enterprise_uscc_checked(db: Database) -> None:
    from qiuxue_desktop.services.enterprise import create_enterprise

    with pytest.raises(InputRejected, match="校验码"), db.write() as s:
        create_enterprise(s, name="某厂", uscc="91310115MA1G4L1WXK")
