"""Course results and exams: scores and grades as colleges write them, attempts and resits with
their term, corrections, exam sittings, and the exam calendar (in SQL and as a printable workbook)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from tests.unit.study_samples import INTAKE, TODAY, add_learner, add_programme, move, studying

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain.grades import ResultProblem, parse_result
from qiuxue_desktop.errors import InputRejected
from qiuxue_desktop.io.excel.exam_calendar import export_exam_calendar
from qiuxue_desktop.services.coursework import (
    ResultRejected,
    correct_result,
    course_statuses,
    delete_result,
    enrolment_results,
    record_result,
)
from qiuxue_desktop.services.enrolments import enrol
from qiuxue_desktop.services.enterprise import list_departments
from qiuxue_desktop.services.exams import (
    SittingRejected,
    add_sitting,
    delete_sitting,
    enrolment_sittings,
    exam_calendar,
    update_sitting,
)
from qiuxue_desktop.services.learners import mark_left


@pytest.mark.parametrize(
    ("value", "score", "grade", "passed"),
    [
        (85, 850, "", True),
        (59.5, 595, "", False),
        ("60", 600, "", True),
        ("７８分", 780, "", True),
        (" 100 ", 1000, "", True),
        ("0", 0, "", False),
        ("优秀", None, "优", True),
        ("良", None, "良", True),
        ("及 格", None, "及格", True),
        ("不及格", None, "不及格", False),
        ("通过", None, "合格", True),
        ("不合格", None, "不合格", False),
        ("缺考", None, "缺考", False),
        ("免修", None, "免修", True),
    ],
)
def test_results_are_read_as_written(value: object, score: int | None, grade: str, passed: bool) -> None:
    r = parse_result(value)
    assert (r.score_x10, r.grade, r.passed) == (score, grade, passed)


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("101", "0到100"),
        (-1, "0到100"),
        ("85.25", "一位小数"),
        ("A", "无法识别"),
        (True, "不是分数"),
        ("", "不能为空"),
    ],
)
def test_unreadable_results_say_why(value: object, words: str) -> None:
    with pytest.raises(ResultProblem) as err:
        parse_result(value)
    assert words in err.value.message


@pytest.fixture
def course(db: Database, enterprise_id: int) -> tuple[int, dict[str, int]]:
    with db.write() as s:
        prog = add_programme(s, enterprise_id)
        eid = studying(s, add_learner(s, enterprise_id, 1), prog.id, "2409001")
    return eid, prog.courses


def test_attempts_until_a_pass(db: Database, course: tuple[int, dict[str, int]]) -> None:
    eid, c = course
    with db.write() as s:
        record_result(s, enrolment_id=eid, course_id=c["机械制图"], result="45", today=TODAY)
        record_result(
            s,
            enrolment_id=eid,
            course_id=c["机械制图"],
            result="缺考",
            exam_date=dt.date(2025, 12, 27),
            today=TODAY,
        )
        record_result(
            s, enrolment_id=eid, course_id=c["机械制图"], result="72", term="2026-2027-1", today=TODAY
        )
        record_result(s, enrolment_id=eid, course_id=c["高等数学"], result="优", today=TODAY)
    with pytest.raises(ResultRejected, match="课程“机械制图”已经通过（72），不能再登记成绩"), db.write() as s:
        record_result(s, enrolment_id=eid, course_id=c["机械制图"], result="90", today=TODAY)
    with db.read() as s:
        rows = enrolment_results(s, eid)
        statuses = {x.course_name: x for x in course_statuses(s, eid)}
    assert [(r.course_name, r.term, r.term_no, r.attempt, r.shown, r.credits_earned) for r in rows] == [
        ("高等数学", "2024-2025-1", 1, 1, "优", Decimal(4)),
        ("机械制图", "2024-2025-2", 2, 1, "45", Decimal(0)),  # the plan's term
        ("机械制图", "2025-2026-1", 3, 2, "缺考", Decimal(0)),  # the exam date's term
        ("机械制图", "2026-2027-1", 5, 3, "72", Decimal(3)),
    ]
    assert [r.is_resit for r in rows] == [False, False, True, True]
    assert (statuses["机械制图"].state, statuses["机械制图"].attempts) == ("已通过", 3)
    assert statuses["大学英语"].state == "未考" and statuses["高等数学"].latest == "优"


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"term": "2023-2024-2"}, "在入学（2024-09-01）之前"),
        ({"term": "2027-2028-1"}, "还没有到"),
        ({"term": "下学期"}, "应写成2025-2026-1"),
        ({"exam_date": TODAY + dt.timedelta(days=3)}, "还没考的考试请登记为考试安排"),
        ({"exam_date": dt.date(2024, 6, 1)}, "在入学（2024-09-01）之前"),
        ({"result": "A"}, "无法识别"),
    ],
)
def test_bad_results_are_refused_with_a_reason(
    db: Database, course: tuple[int, dict[str, int]], kwargs: dict[str, object], words: str
) -> None:
    eid, c = course
    values: dict[str, object] = {"result": "80", **kwargs}
    with pytest.raises(ResultRejected) as err, db.write() as s:
        record_result(s, enrolment_id=eid, course_id=c["高等数学"], today=TODAY, **values)  # type: ignore[arg-type]
    assert words in str(err.value)


def test_results_need_a_started_enrolment_and_a_course_of_its_plan(db: Database, enterprise_id: int) -> None:
    with db.write() as s:
        prog = add_programme(s, enterprise_id)
        other = add_programme(
            s,
            enterprise_id,
            institution_id=prog.institution_id,
            name="数控技术",
            plan=((1, "数控编程", "3"),),
        )
        lid = add_learner(s, enterprise_id, 1)
        applied = enrol(
            s, learner_id=lid, programme_id=prog.id, student_no="1", intake_date=INTAKE, today=TODAY
        )
    with pytest.raises(ResultRejected, match="学籍尚未入学（报名），不能登记成绩"), db.write() as s:
        record_result(s, enrolment_id=applied, course_id=prog.courses["高等数学"], result="80", today=TODAY)
    with db.write() as s:
        move(s, applied, ("admitted", TODAY), ("studying", TODAY))
    with pytest.raises(ResultRejected, match="不在这个学籍所学专业的教学计划中"), db.write() as s:
        record_result(s, enrolment_id=applied, course_id=other.courses["数控编程"], result="80", today=TODAY)


def test_corrections_and_removals_touch_only_the_latest_attempt(
    db: Database, course: tuple[int, dict[str, int]]
) -> None:
    eid, c = course
    with db.write() as s:
        first = record_result(s, enrolment_id=eid, course_id=c["高等数学"], result="50", today=TODAY)
        second = record_result(
            s, enrolment_id=eid, course_id=c["高等数学"], result="40", term="2025-2026-1", today=TODAY
        )
    with pytest.raises(ResultRejected, match="不能改为通过"), db.write() as s:
        correct_result(s, first, result="65", exam_date=None, today=TODAY)
    with pytest.raises(InputRejected, match="只能删除这门课程最近一次的成绩"), db.write() as s:
        delete_result(s, first)
    with db.write() as s:
        correct_result(s, second, result="66", exam_date=dt.date(2025, 12, 20), today=TODAY)
    with db.read() as s:
        rows = enrolment_results(s, eid)
    assert [(r.attempt, r.shown, r.credits_earned, r.exam_date) for r in rows] == [
        (1, "50", Decimal(0), None),
        (2, "66", Decimal(4), dt.date(2025, 12, 20)),
    ]
    with db.write() as s:
        delete_result(s, second)
        correct_result(s, first, result="良", exam_date=None, today=TODAY)
    with db.read() as s:
        assert [(r.shown, r.credits_earned) for r in enrolment_results(s, eid)] == [("良", Decimal(4))]


# --- exams ------------------------------------------------------------------------------------


def test_sittings_are_checked(db: Database, course: tuple[int, dict[str, int]]) -> None:
    eid, c = course
    day = dt.date(2026, 12, 26)
    with db.write() as s:
        sid = add_sitting(
            s,
            enrolment_id=eid,
            course_id=c["毕业设计"],
            exam_date=day,
            start_time=dt.time(9),
            end_time=dt.time(11),
            place="  苏大  本部 ",
            today=TODAY,
        )
    cases = [
        ({"start_time": dt.time(11), "end_time": dt.time(9)}, "结束时间应晚于开始时间"),
        ({}, "已安排了课程“毕业设计”的考试"),
        ({"exam_date": dt.date(2024, 1, 6)}, "在入学（2024-09-01）之前"),
    ]
    for kwargs, words in cases:
        values = {"exam_date": day, "start_time": dt.time(9), "end_time": dt.time(11), **kwargs}
        with pytest.raises(SittingRejected) as err, db.write() as s:
            add_sitting(s, enrolment_id=eid, course_id=c["毕业设计"], today=TODAY, **values)  # type: ignore[arg-type]
        assert words in str(err.value)
    with db.write() as s:
        update_sitting(
            s,
            sid,
            exam_date=day,
            start_time=dt.time(14),
            end_time=dt.time(16),
            place="苏大本部 3教",
            today=TODAY,
        )
    with db.read() as s:
        (row,) = enrolment_sittings(s, eid)
    assert (row.course_name, row.start_time, row.place) == ("毕业设计", dt.time(14), "苏大本部 3教")
    with db.write() as s:
        move(s, eid, ("withdrawn", TODAY))
    with pytest.raises(SittingRejected, match="学籍已是“退学”，不能再安排考试"), db.write() as s:
        add_sitting(
            s,
            enrolment_id=eid,
            course_id=c["高等数学"],
            exam_date=day,
            start_time=dt.time(9),
            end_time=dt.time(11),
            today=TODAY,
        )
    with db.write() as s:
        delete_sitting(s, sid)
    with db.read() as s:
        assert enrolment_sittings(s, eid) == []


@pytest.fixture
def calendar(db: Database, enterprise_id: int) -> dict[str, int]:
    """Four learners in two departments with exams on two days; one of them has left."""
    with db.write() as s:
        prog = add_programme(s, enterprise_id)
        c = prog.courses["毕业设计"]
        people = {}
        for seq, name, dept in (
            (1, "张伟", "总装车间"),
            (2, "李娜", "质检部"),
            (3, "王强", "总装车间"),
            (4, "赵敏", "质检部"),
        ):
            lid = add_learner(s, enterprise_id, seq, name=name, department=dept)
            people[name] = lid
            eid = studying(s, lid, prog.id, str(seq))
            day = dt.date(2027, 1, 9) if seq != 3 else dt.date(2027, 1, 8)
            start = dt.time(14) if seq == 1 else dt.time(9)
            add_sitting(
                s,
                enrolment_id=eid,
                course_id=c,
                exam_date=day,
                start_time=start,
                end_time=dt.time(start.hour + 2),
                place="苏大本部",
                today=TODAY,
            )
        mark_left(s, people["赵敏"], leave_date=dt.date.today(), expected_version=None)
    return people


def test_the_calendar_by_date_and_department(
    db: Database, enterprise_id: int, calendar: dict[str, int]
) -> None:
    with db.read() as s:
        rows = exam_calendar(s, enterprise_id, start=dt.date(2027, 1, 1), end=dt.date(2027, 1, 31))
        quality = {name: i for i, name in list_departments(s, enterprise_id)}["质检部"]
        only = exam_calendar(
            s, enterprise_id, start=dt.date(2027, 1, 1), end=dt.date(2027, 1, 31), department_id=quality
        )
        none = exam_calendar(s, enterprise_id, start=dt.date(2027, 2, 1), end=dt.date(2027, 2, 28))
    assert [(r.exam_date.day, r.department, r.learner_name, r.start_time.hour) for r in rows] == [
        (8, "总装车间", "王强", 9),
        (9, "总装车间", "张伟", 14),
        (9, "质检部", "李娜", 9),
    ]  # 赵敏 left before the exam
    assert [r.learner_name for r in only] == ["李娜"] and none == []
    with pytest.raises(InputRejected, match="结束日期不能早于开始日期"), db.read() as s:
        exam_calendar(s, enterprise_id, start=dt.date(2027, 1, 31), end=dt.date(2027, 1, 1))
    with pytest.raises(InputRejected, match="最多列366天"), db.read() as s:
        exam_calendar(s, enterprise_id, start=dt.date(2026, 1, 1), end=dt.date(2027, 1, 2))


def test_the_calendar_workbook_is_ready_to_print(
    db: Database, enterprise_id: int, calendar: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "考试日历.xlsx"
    with db.write() as s:
        n = export_exam_calendar(s, enterprise_id, out, start=dt.date(2027, 1, 1), end=dt.date(2027, 1, 31))
    assert n == 3
    ws = load_workbook(out).active
    assert ws is not None
    assert "学员考试安排（2027年01月01日至2027年01月31日）" in str(ws["A1"].value)
    assert [c.value for c in ws[3]][:6] == ["日期", "星期", "开始", "结束", "部门", "姓名"]
    assert ws["A4"].value == "2027年01月08日 星期五　1场考试" and "A4:M4" in ws.merged_cells
    assert ws["A5"].is_date and ws["A5"].value.date() == dt.date(2027, 1, 8)
    assert ws["C5"].number_format == "hh:mm" and ws["F5"].value == "王强"
    assert ws["A6"].value == "2027年01月09日 星期六　2场考试"
    assert [ws.cell(row=r, column=5).value for r in (7, 8)] == ["总装车间", "质检部"]
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert ws.print_title_rows == "$3:$3" and ws.freeze_panes == "A4"
