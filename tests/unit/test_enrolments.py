"""Enrolments: the entry rules, status changes only along the allowed paths with their dated
history, graduation with a checked diploma number, and deletion only of a mistaken entry."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from tests.unit.study_samples import INTAKE, TODAY, add_learner, add_programme, move, studying

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain import Enrolment, EnrolmentStatusChange
from qiuxue_desktop.errors import InputRejected
from qiuxue_desktop.services.coursework import record_result
from qiuxue_desktop.services.enrolment_query import get_enrolment, learner_enrolments
from qiuxue_desktop.services.enrolments import (
    EnrolmentRejected,
    change_status,
    delete_enrolment,
    enrol,
    status_history,
    update_enrolment,
)
from qiuxue_desktop.services.learners import mark_left

DIPLOMA_2026 = "102855202606000123"  # 苏州大学, 成人, 2026, 专科


def test_a_new_enrolment_starts_its_history(db: Database, enterprise_id: int) -> None:
    with db.write() as s:
        prog = add_programme(s, enterprise_id)
        lid = add_learner(s, enterprise_id, 1)
        eid = enrol(
            s,
            learner_id=lid,
            programme_id=prog.id,
            student_no=" 2401 001 ",
            intake_date=INTAKE,
            note="网上报名",
            today=TODAY,
        )
    with db.read() as s:
        row = get_enrolment(s, eid)
        history = status_history(s, eid)
    assert (row.student_no, row.status, row.status_label, row.status_since) == (
        "2401001",
        "applied",
        "报名",
        TODAY,
    )
    assert row.expected_graduation == dt.date(2027, 1, 31)  # the end of the fifth term
    assert row.study_form_label == "成人高考（函授/业余）"  # intake before autumn 2025
    assert [(h.from_status, h.to_status, h.effective_on, h.note) for h in history] == [
        (None, "applied", TODAY, "网上报名")
    ]


def test_student_numbers_are_unique_within_an_institution(db: Database, enterprise_id: int) -> None:
    with db.write() as s:
        a = add_programme(s, enterprise_id)
        b = add_programme(
            s,
            enterprise_id,
            code="10295",
            institution_name="江南大学",
            level="5",
            form="5",
            terms=2,
            plan=((1, "电工基础", "3"),),
        )
        first = add_learner(s, enterprise_id, 1, name="张三")
        second = add_learner(s, enterprise_id, 2)
        studying(s, first, a.id, "2401001")
        studying(s, second, b.id, "2401001")  # another institution: no clash
    with pytest.raises(EnrolmentRejected) as err, db.write() as s:
        studying(s, second, a.id, "2401001")
    assert err.value.problems["student_no"] == "学号2401001在该院校已属于学员“张三”"


@pytest.mark.parametrize(
    ("level", "prior", "words"),
    [
        (
            "2",
            "2",
            "专升本须有大专（专科）及以上学历：学员“王五”原学历为“高中/中专/技校”，也没有已毕业的高起专学籍",
        ),
        ("1", "1", "高起专须有高中、中专或技校及以上学历"),
        ("3", "1", "高起本须有高中、中专或技校及以上学历"),
    ],
)
def test_entry_rules_give_the_reason(
    db: Database, enterprise_id: int, level: str, prior: str, words: str
) -> None:
    with db.write() as s:
        prog = add_programme(s, enterprise_id, level=level)
        lid = add_learner(s, enterprise_id, 1, name="王五", prior=prior)
    with pytest.raises(EnrolmentRejected) as err, db.write() as s:
        studying(s, lid, prog.id, "1")
    assert words in err.value.problems["learner_id"]
    assert str(err.value).startswith("学籍未保存：")


def test_who_may_enter_which_level(db: Database, enterprise_id: int) -> None:
    with db.write() as s:
        junior = add_programme(s, enterprise_id, level="1")
        upgrade = add_programme(
            s, enterprise_id, institution_id=junior.institution_id, name="电气工程", level="2"
        )
        skills = add_programme(
            s,
            enterprise_id,
            institution_id=junior.institution_id,
            name="电工",
            level="5",
            form="5",
            terms=2,
            plan=((1, "电工基础", "3"),),
        )
        studying(s, add_learner(s, enterprise_id, 1, prior="3"), upgrade.id, "A1")  # 大专 → 专升本
        studying(s, add_learner(s, enterprise_id, 2, prior="1"), skills.id, "A2")  # skills: no diploma needed
        high = add_learner(s, enterprise_id, 3, prior="2")
        first = studying(s, high, junior.id, "A3", intake=dt.date(2022, 9, 1))
        move(s, first, ("graduated", dt.date(2025, 1, 20), "102855202506000007"))
        # a graduated 高起专 opens 专升本 to someone whose register still says 高中
        studying(s, high, upgrade.id, "A4", intake=dt.date(2025, 3, 1))
        studying(s, high, skills.id, "A5")  # another level beside it
    with db.read() as s:
        assert [e.level_label for e in learner_enrolments(s, high)] == ["高起专", "职业技能等级", "专升本"]


def test_one_active_enrolment_per_level(db: Database, enterprise_id: int) -> None:
    with db.write() as s:
        a = add_programme(s, enterprise_id)
        b = add_programme(s, enterprise_id, institution_id=a.institution_id, name="数控技术")
        lid = add_learner(s, enterprise_id, 1, name="李四")
        eid = enrol(s, learner_id=lid, programme_id=a.id, student_no="1", intake_date=INTAKE, today=TODAY)
    for status in ("applied", "admitted", "studying", "suspended"):
        with db.write() as s:
            if status != "applied":
                change_status(s, eid, to_status=status, on=TODAY, today=TODAY)
        with pytest.raises(EnrolmentRejected) as err, db.write() as s:
            studying(s, lid, b.id, "2")
        assert "已有一个未结束的高起专学籍（苏州大学 机电一体化技术" in err.value.problems["learner_id"], (
            status
        )
    with db.write() as s:
        change_status(s, eid, to_status="withdrawn", on=TODAY, note="工作调动", today=TODAY)
        studying(s, lid, b.id, "2")  # withdrawn is not active


def test_a_learner_who_has_left_is_not_enrolled(db: Database, enterprise_id: int) -> None:
    with db.write() as s:
        prog = add_programme(s, enterprise_id)
        lid = add_learner(s, enterprise_id, 1, name="赵六")
        mark_left(s, lid, leave_date=dt.date(2026, 6, 30), expected_version=None)
    with pytest.raises(EnrolmentRejected) as err, db.write() as s:
        studying(s, lid, prog.id, "1")
    assert err.value.problems["learner_id"] == "学员“赵六”已于2026-06-30离职，不能新报名"


def test_every_allowed_path_is_dated_and_kept(db: Database, enterprise_id: int) -> None:
    with db.write() as s:
        prog = add_programme(s, enterprise_id)
        lid = add_learner(s, enterprise_id, 1)
        eid = enrol(
            s,
            learner_id=lid,
            programme_id=prog.id,
            student_no="1",
            intake_date=INTAKE,
            on=dt.date(2024, 6, 1),
            today=TODAY,
        )
        move(
            s,
            eid,
            ("admitted", dt.date(2024, 8, 1)),
            ("studying", dt.date(2024, 9, 1)),
            ("suspended", dt.date(2025, 3, 10)),
            ("studying", dt.date(2025, 9, 1)),
            ("graduated", dt.date(2026, 7, 10), "10285 5 2026 06 000123"),
        )
    with db.read() as s:
        history = status_history(s, eid)
        row = get_enrolment(s, eid)
    assert [(h.from_label, h.to_label, h.effective_on) for h in history] == [
        ("", "报名", dt.date(2024, 6, 1)),
        ("报名", "录取", dt.date(2024, 8, 1)),
        ("录取", "在读", dt.date(2024, 9, 1)),
        ("在读", "休学", dt.date(2025, 3, 10)),
        ("休学", "在读", dt.date(2025, 9, 1)),
        ("在读", "毕业", dt.date(2026, 7, 10)),
    ]
    assert (row.status, row.graduation_date, row.diploma_number) == (
        "graduated",
        dt.date(2026, 7, 10),
        DIPLOMA_2026,
    )
    with pytest.raises(EnrolmentRejected, match="学籍已毕业，状态不能再改变"), db.write() as s:
        change_status(s, eid, to_status="studying", on=TODAY, today=TODAY)


def test_refused_changes_leave_everything_as_it_was(db: Database, enterprise_id: int) -> None:
    with db.write() as s:
        prog = add_programme(s, enterprise_id)
        eid = enrol(
            s,
            learner_id=add_learner(s, enterprise_id, 1),
            programme_id=prog.id,
            student_no="1",
            intake_date=INTAKE,
            today=TODAY,
        )
    cases = [
        ({"to_status": "studying", "on": TODAY}, "报名后须先录取"),
        ({"to_status": "graduated", "on": TODAY}, "尚未录取入学，不能毕业"),
        ({"to_status": "admitted", "on": TODAY + dt.timedelta(days=1)}, "变更日期不能在今天之后"),
        (
            {"to_status": "admitted", "on": TODAY - dt.timedelta(days=1)},
            "不能早于上一次状态变更（2026-11-20）",
        ),
    ]
    for kwargs, words in cases:
        with pytest.raises(EnrolmentRejected) as err, db.write() as s:
            change_status(s, eid, today=TODAY, **kwargs)  # type: ignore[arg-type]
        assert words in str(err.value)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(EnrolmentStatusChange)) == 1
        assert get_enrolment(s, eid).status == "applied"


def test_graduation_needs_a_right_and_unused_diploma_number(db: Database, enterprise_id: int) -> None:
    with db.write() as s:
        prog = add_programme(s, enterprise_id)
        first = studying(s, add_learner(s, enterprise_id, 1, name="孙八"), prog.id, "1")
        second = studying(s, add_learner(s, enterprise_id, 2), prog.id, "2")
        third = studying(s, add_learner(s, enterprise_id, 3), prog.id, "3")
    for number, words in (
        ("", "须填写"),
        ("102955202606000123", "应为院校代码10285"),
        ("102855202506000123", "年份是2025"),
    ):
        with pytest.raises(EnrolmentRejected) as err, db.write() as s:
            change_status(s, first, to_status="graduated", on=TODAY, diploma_number=number, today=TODAY)
        assert words in err.value.problems["diploma_number"]
    with db.write() as s:
        change_status(s, first, to_status="graduated", on=TODAY, diploma_number=DIPLOMA_2026, today=TODAY)
    with pytest.raises(EnrolmentRejected, match="已登记在学员“孙八”名下"), db.write() as s:
        change_status(s, second, to_status="graduated", on=TODAY, diploma_number=DIPLOMA_2026, today=TODAY)
    with pytest.raises(EnrolmentRejected, match="结业没有毕业证书"), db.write() as s:
        change_status(
            s, second, to_status="completed", on=TODAY, diploma_number="102855202606000124", today=TODAY
        )
    with db.write() as s:
        change_status(s, second, to_status="completed", on=TODAY, today=TODAY)
        change_status(s, third, to_status="withdrawn", on=TODAY, today=TODAY)
    with db.read() as s:
        done = get_enrolment(s, second)
        assert (done.status_label, done.graduation_date, done.diploma_number) == ("结业", TODAY, "")
        assert get_enrolment(s, third).graduation_date is None


def test_only_a_mistaken_entry_may_be_deleted(db: Database, enterprise_id: int) -> None:
    with db.write() as s:
        prog = add_programme(s, enterprise_id)
        wrong = enrol(
            s,
            learner_id=add_learner(s, enterprise_id, 1),
            programme_id=prog.id,
            student_no="1",
            intake_date=INTAKE,
            today=TODAY,
        )
        running = studying(s, add_learner(s, enterprise_id, 2), prog.id, "2")
    with (
        pytest.raises(InputRejected, match="学籍已是“在读”，不能删除：如学员不再学习，请把状态改为退学。"),
        db.write() as s,
    ):
        delete_enrolment(s, running)
    with db.write() as s:
        delete_enrolment(s, wrong)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Enrolment)) == 1
        assert s.scalar(select(func.count()).select_from(EnrolmentStatusChange)) == 1


def test_corrections_keep_dates_consistent(db: Database, enterprise_id: int) -> None:
    with db.write() as s:
        prog = add_programme(s, enterprise_id)
        eid = studying(s, add_learner(s, enterprise_id, 1), prog.id, "1")
        record_result(
            s,
            enrolment_id=eid,
            course_id=prog.courses["高等数学"],
            result=70,
            exam_date=dt.date(2025, 1, 10),
            today=TODAY,
        )
        version = get_enrolment(s, eid).version
    with pytest.raises(EnrolmentRejected) as err, db.write() as s:
        update_enrolment(
            s,
            eid,
            expected_version=version,
            student_no="1",
            intake_date=dt.date(2025, 3, 1),
            expected_graduation=dt.date(2027, 7, 31),
            today=TODAY,
        )
    assert "入学日期不能晚于它" in err.value.problems["intake_date"]
    with pytest.raises(EnrolmentRejected, match="预计毕业日期应在入学日期之后"), db.write() as s:
        update_enrolment(
            s,
            eid,
            expected_version=version,
            student_no="1",
            intake_date=INTAKE,
            expected_graduation=INTAKE,
            today=TODAY,
        )
    with db.write() as s:
        update_enrolment(
            s,
            eid,
            expected_version=version,
            student_no="2401001",
            intake_date=INTAKE,
            expected_graduation=dt.date(2027, 7, 31),
            notes="延长一学期",
            today=TODAY,
        )
    with db.read() as s:
        row = get_enrolment(s, eid)
    assert (row.student_no, row.expected_graduation, row.notes) == (
        "2401001",
        dt.date(2027, 7, 31),
        "延长一学期",
    )
