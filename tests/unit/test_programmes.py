"""Institutions and programmes with their course plans: the values checked, the plan edited as a
whole, and nothing deleted that enrolments or results still depend on."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from tests.unit.study_samples import TODAY, add_learner, add_programme, studying

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain import Course, CourseResult, Programme
from qiuxue_desktop.domain.permissions import Principal
from qiuxue_desktop.errors import InputRejected, NotPermitted, StaleRecord
from qiuxue_desktop.services import accounts
from qiuxue_desktop.services.coursework import record_result
from qiuxue_desktop.services.institutions import (
    InstitutionRejected,
    create_institution,
    delete_institution,
    get_institution,
    list_institutions,
    update_institution,
)
from qiuxue_desktop.services.programmes import (
    CourseInput,
    PlanRejected,
    ProgrammeRejected,
    course_plan,
    create_programme,
    delete_programme,
    get_programme,
    list_programmes,
    set_course_plan,
    update_programme,
)


def _programme(s, iid: int, **kw):  # type: ignore[no-untyped-def]
    values = {
        "institution_id": iid,
        "name": "机电一体化技术",
        "level": "1",
        "study_form": "1",
        "length_terms": 5,
        "total_credits": Decimal("76.5"),
        "tuition_per_year_fen": 240_000,
    }
    return create_programme(s, **{**values, **kw})


def test_an_institution_needs_a_five_digit_code_of_its_own(db: Database, enterprise_id: int) -> None:
    with db.write() as s:
        iid = create_institution(
            s,
            enterprise_id=enterprise_id,
            code=" 10285 ",
            name="苏州大学",
            contact_person="陈老师",
            phone="0512-67162345",
            teaching_site="吴中教学点",
        )
    with db.read() as s:
        row = get_institution(s, iid)
    assert (row.code, row.name, row.teaching_site, row.max_suspension_months) == (
        "10285",
        "苏州大学",
        "吴中教学点",
        24,
    )
    for code, words in (("1028", "5位数字"), ("1028A", "5位数字"), ("10285", "已登记为“苏州大学”")):
        with pytest.raises(InstitutionRejected) as err, db.write() as s:
            create_institution(s, enterprise_id=enterprise_id, code=code, name="另一所")
        assert words in err.value.problems["code"]
    with pytest.raises(InstitutionRejected) as err, db.write() as s:
        create_institution(
            s, enterprise_id=enterprise_id, code="10286", name="", phone="电话", max_suspension_months=0
        )
    assert set(err.value.problems) == {"name", "phone", "max_suspension_months"}


def test_an_institution_with_programmes_cannot_be_deleted(db: Database, enterprise_id: int) -> None:
    with db.write() as s:
        iid = create_institution(s, enterprise_id=enterprise_id, code="10285", name="苏州大学")
        pid = _programme(s, iid)
    with (
        pytest.raises(InputRejected, match=r"^院校“苏州大学”下还有1个专业，不能删除：请先删除这些专业。$"),
        db.write() as s,
    ):
        delete_institution(s, iid)
    with db.write() as s:
        delete_programme(s, pid)
        delete_institution(s, iid)
    with db.read() as s:
        assert list_institutions(s, enterprise_id) == []


def test_an_institution_code_is_fixed_once_enrolments_use_it(db: Database, enterprise_id: int) -> None:
    with db.write() as s:
        prog = add_programme(s, enterprise_id)
        studying(s, add_learner(s, enterprise_id, 1), prog.id, "2401001")
        version = get_institution(s, prog.institution_id).version
    kwargs = {
        "name": "苏州大学",
        "contact_person": "",
        "phone": "",
        "teaching_site": "",
        "max_suspension_months": 24,
    }
    with pytest.raises(InstitutionRejected, match="院校代码不能再改"), db.write() as s:
        update_institution(s, prog.institution_id, expected_version=version, code="10286", **kwargs)
    with db.write() as s:
        update_institution(
            s,
            prog.institution_id,
            expected_version=version,
            code="10285",
            **{**kwargs, "name": "苏州大学继续教育学院"},
        )
    with pytest.raises(StaleRecord), db.write() as s:
        update_institution(s, prog.institution_id, expected_version=version, code="10285", **kwargs)


def test_programme_values_are_checked(db: Database, enterprise_id: int) -> None:
    with db.write() as s:
        iid = create_institution(s, enterprise_id=enterprise_id, code="10285", name="苏州大学")
    cases = [
        ({"name": ""}, "name"),
        ({"level": "9"}, "level"),
        ({"study_form": "0"}, "study_form"),
        ({"level": "5", "study_form": "1"}, "study_form"),  # a skills level is a skills course
        ({"length_terms": 0}, "length_terms"),
        ({"total_credits": Decimal("76.55")}, "total_credits"),
        ({"total_credits": Decimal(0)}, "total_credits"),
        ({"tuition_per_year_fen": -1}, "tuition_per_year_fen"),
        ({"max_suspension_months": 0}, "max_suspension_months"),
    ]
    for kwargs, field in cases:
        with pytest.raises(ProgrammeRejected) as err, db.write() as s:
            _programme(s, iid, **kwargs)
        assert field in err.value.problems, (kwargs, err.value.problems)
    with db.write() as s:
        pid = _programme(s, iid)
    with pytest.raises(ProgrammeRejected, match="同名、同层次、同学习形式"), db.write() as s:
        _programme(s, iid)
    with db.write() as s:
        _programme(s, iid, level="3")  # the same name at another level is another programme
    with db.read() as s:
        row = get_programme(s, pid)
    assert row.total_credits == Decimal("76.5") and row.tuition_per_year_fen == 240_000
    assert row.level_label == "高起专" and row.max_suspension_months == 24
    assert row.study_form_label(dt.date(2024, 9, 1)) == "成人高考（函授/业余）"
    assert row.study_form_label(dt.date(2025, 9, 1)) == "成人高考（非脱产）"


def test_the_plan_is_saved_as_a_whole(db: Database, enterprise_id: int) -> None:
    with db.write() as s:
        iid = create_institution(s, enterprise_id=enterprise_id, code="10285", name="苏州大学")
        pid = _programme(s, iid)
        change = set_course_plan(
            s,
            pid,
            [
                CourseInput(1, "高等数学", Decimal(4)),
                CourseInput(1, "大学英语 （一）", Decimal("3.5"), exam_type="2"),
                CourseInput(2, "机械制图", Decimal(3), required=False),
            ],
            expected_version=None,
        )
    assert (change.added, change.updated, change.removed) == (3, 0, 0)
    with db.read() as s:
        plan = course_plan(s, pid)
        version = get_programme(s, pid).version
    assert [(c.term_no, c.position, c.name, c.credits, c.exam_type_label) for c in plan] == [
        (1, 0, "高等数学", Decimal(4), "考试"),
        (1, 1, "大学英语 (一)", Decimal("3.5"), "考查"),
        (2, 0, "机械制图", Decimal(3), "考试"),
    ]
    math, english, drawing = plan
    with db.write() as s:  # swap two names, move one course, drop one, add one
        change = set_course_plan(
            s,
            pid,
            [
                CourseInput(1, "大学英语 (一)", math.credits, id=math.id),
                CourseInput(2, "高等数学", english.credits, exam_type="2", id=english.id),
                CourseInput(3, "电工电子技术", Decimal(4)),
            ],
            expected_version=version,
        )
    assert (change.added, change.updated, change.removed) == (1, 2, 1)
    with db.read() as s:
        assert [(c.id, c.term_no, c.name) for c in course_plan(s, pid)][:2] == [
            (math.id, 1, "大学英语 (一)"),
            (english.id, 2, "高等数学"),
        ]
        assert drawing.name not in {c.name for c in course_plan(s, pid)}
        assert get_programme(s, pid).version > version  # the plan is part of the programme
    with pytest.raises(StaleRecord), db.write() as s:
        set_course_plan(s, pid, [], expected_version=version)


def test_a_bad_plan_names_each_row(db: Database, enterprise_id: int) -> None:
    with db.write() as s:
        iid = create_institution(s, enterprise_id=enterprise_id, code="10285", name="苏州大学")
        pid = _programme(s, iid)
    with pytest.raises(PlanRejected) as err, db.write() as s:
        set_course_plan(
            s,
            pid,
            [
                CourseInput(1, "高等数学", Decimal(4)),
                CourseInput(1, "高等数学", Decimal(4)),
                CourseInput(6, "实习", Decimal(2)),
                CourseInput(2, "", Decimal("0.25")),
                CourseInput(2, "制图", Decimal(3), exam_type="3"),
            ],
            expected_version=None,
        )
    text = str(err.value)
    for words in (
        "第2行课程“高等数学”：与第1行重名",
        "第3行课程“实习”：学期应为1到5",
        "第4行：课程名称不能为空",
        "学分最多一位小数",
        "考核方式应为考试或考查",
    ):
        assert words in text, text
    with db.read() as s:
        assert course_plan(s, pid) == []


def test_courses_with_results_stay_and_carry_new_credits(db: Database, enterprise_id: int) -> None:
    with db.write() as s:
        prog = add_programme(s, enterprise_id)
        eid = studying(s, add_learner(s, enterprise_id, 1), prog.id, "2401001")
        record_result(s, enrolment_id=eid, course_id=prog.courses["高等数学"], result="88", today=TODAY)
        plan = course_plan(s, prog.id)
    kept = [CourseInput(c.term_no, c.name, c.credits, id=c.id) for c in plan if c.name != "高等数学"]
    with (
        pytest.raises(PlanRejected, match="课程“高等数学”已有成绩或考试安排，不能从教学计划中删除"),
        db.write() as s,
    ):
        set_course_plan(s, prog.id, kept, expected_version=None)
    changed = [
        CourseInput(c.term_no, c.name, Decimal(5) if c.name == "高等数学" else c.credits, id=c.id)
        for c in plan
    ]
    with db.write() as s:
        set_course_plan(s, prog.id, changed, expected_version=None)
    with db.read() as s:
        earned = s.scalar(select(CourseResult.credits_x10).where(CourseResult.enrolment_id == eid))
        assert earned == 50
        assert next(c for c in course_plan(s, prog.id) if c.name == "高等数学").result_count == 1


def test_a_programme_with_enrolments_cannot_be_deleted_or_change_level(
    db: Database, enterprise_id: int
) -> None:
    with db.write() as s:
        prog = add_programme(s, enterprise_id)
        studying(s, add_learner(s, enterprise_id, 1), prog.id, "2401001")
        row = get_programme(s, prog.id)
    with (
        pytest.raises(InputRejected, match=r"^专业“机电一体化技术”已有1个学籍，不能删除。$"),
        db.write() as s,
    ):
        delete_programme(s, prog.id)
    values = {
        "name": row.name,
        "level": row.level,
        "study_form": row.study_form,
        "length_terms": row.length_terms,
        "total_credits": row.total_credits,
        "tuition_per_year_fen": row.tuition_per_year_fen,
        "max_suspension_months": None,
    }
    with pytest.raises(ProgrammeRejected, match="层次和学习形式不能再改"), db.write() as s:
        update_programme(s, prog.id, expected_version=row.version, **{**values, "level": "3"})
    with pytest.raises(ProgrammeRejected, match="第5学期还有课程，学制不能少于5个学期"), db.write() as s:
        update_programme(s, prog.id, expected_version=row.version, **{**values, "length_terms": 4})
    with db.write() as s:
        update_programme(s, prog.id, expected_version=row.version, **{**values, "max_suspension_months": 36})
    with db.read() as s:
        assert get_programme(s, prog.id).max_suspension_months == 36
        assert [r.enrolment_count for r in list_programmes(s, enterprise_id)] == [1]


def test_deleting_a_programme_takes_its_plan_along(db: Database, enterprise_id: int) -> None:
    with db.write() as s:
        prog = add_programme(s, enterprise_id)
        delete_programme(s, prog.id)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Course)) == 0
        assert s.scalar(select(func.count()).select_from(Programme)) == 0


def test_a_viewer_may_read_but_not_change(db: Database, enterprise_id: int) -> None:
    with db.write() as s:
        prog = add_programme(s, enterprise_id)
        accounts.add_user(
            s,
            username="boss",
            display_name="管理员",
            role="admin",
            password="Admin-pass-2026",
            must_change_password=False,
        )
        accounts.add_user(
            s,
            username="look",
            display_name="查看员",
            role="viewer",
            password="Viewer-pass-2026",
            must_change_password=False,
        )
    db.principal = Principal("look", "查看员", "viewer")
    with db.read() as s:
        assert [p.name for p in list_programmes(s, enterprise_id)] == ["机电一体化技术"]
    with pytest.raises(NotPermitted, match="无权"), db.write() as s:
        create_institution(s, enterprise_id=enterprise_id, code="10295", name="江南大学")
    with pytest.raises(NotPermitted), db.write() as s:
        delete_programme(s, prog.id)
