"""Transcript import: columns found by header like the roster's, each row matched to an enrolment
and a course of its plan (never guessed), first sittings and resits told apart, re-imports
recognised, all or nothing with every problem named by sheet, row and column."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select
from tests.unit.study_samples import INTAKE, TODAY, add_learner, add_programme, id_number, studying

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain import CourseResult
from qiuxue_desktop.io.excel.report import BAD_FILL, ISSUES_SHEET, write_report
from qiuxue_desktop.io.excel.transcript_import import TranscriptRejected, import_transcript, read_transcript
from qiuxue_desktop.services.coursework import enrolment_results, record_result
from qiuxue_desktop.services.enrolments import enrol


@pytest.fixture
def school(db: Database, enterprise_id: int) -> dict[str, int]:
    """张伟 (2409001) and 李娜 (2409002) studying, 王强 (2409003) only applied."""
    with db.write() as s:
        prog = add_programme(s, enterprise_id)
        zhang = studying(s, add_learner(s, enterprise_id, 1, name="张伟"), prog.id, "2409001")
        li = studying(s, add_learner(s, enterprise_id, 2, name="李娜"), prog.id, "2409002")
        enrol(
            s,
            learner_id=add_learner(s, enterprise_id, 3, name="王强"),
            programme_id=prog.id,
            student_no="2409003",
            intake_date=INTAKE,
            today=TODAY,
        )
        record_result(s, enrolment_id=li, course_id=prog.courses["高等数学"], result="88", today=TODAY)
    return {"zhang": zhang, "li": li, "math": prog.courses["高等数学"]}


def workbook(path: Path, header: list[str], rows: list[list[object]], *, title: bool = True) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "2025秋成绩"
    if title:
        ws.append(["苏州大学继续教育学院 成绩单"])
        ws.append(["打印日期：2026-02-01"])
    ws.append(header)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def results(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(CourseResult)) or 0)


def run(db: Database, enterprise_id: int, path: Path, *, dry_run: bool = False):  # type: ignore[no-untyped-def]
    parsed = read_transcript(path)
    with db.read() if dry_run else db.write() as s:
        return import_transcript(s, enterprise_id, parsed, dry_run=dry_run, today=TODAY)


def test_a_transcript_is_imported_and_a_second_import_changes_nothing(
    db: Database, enterprise_id: int, school: dict[str, int], tmp_path: Path
) -> None:
    path = workbook(
        tmp_path / "t.xlsx",
        ["序号", "总评成绩", "课程名称", "学 生 学 号", "姓名", "考试日期", "学期"],
        [
            [1, 90, "高等数学", 2409001, "张 伟", dt.datetime(2025, 1, 11), "2024-2025-1"],
            [2, "良好", "大学英语", "2409001", "张伟", "2025/1/12", None],
            [3, "88", "高等数学", "2409002", "李娜", None, None],  # recorded already
            [4, 55.5, "机械制图", "2409002", "李娜", None, 2],  # the enrolment's term 2
        ],
    )
    before = results(db)
    result = run(db, enterprise_id, path)
    assert (result.added, result.resits, result.unchanged) == (3, 0, 1)
    assert results(db) == before + 3
    with db.read() as s:
        zhang = enrolment_results(s, school["zhang"])
        li = enrolment_results(s, school["li"])
    assert [(r.course_name, r.shown, r.term, r.exam_date, r.source) for r in zhang] == [
        ("高等数学", "90", "2024-2025-1", dt.date(2025, 1, 11), "import"),
        ("大学英语", "良", "2024-2025-1", dt.date(2025, 1, 12), "import"),
    ]
    assert [(r.course_name, r.shown, r.term, r.passed) for r in li][-1] == (
        "机械制图",
        "55.5",
        "2024-2025-2",
        False,
    )
    again = run(db, enterprise_id, path)
    assert (again.added, again.resits, again.unchanged) == (0, 0, 4)
    assert results(db) == before + 3


def test_resits_are_further_attempts(
    db: Database, enterprise_id: int, school: dict[str, int], tmp_path: Path
) -> None:
    path = workbook(
        tmp_path / "t.xlsx",
        ["学号", "姓名", "课程", "成绩", "补考", "考试日期"],
        [
            ["2409001", "张伟", "高等数学", 45, "否", "2025-01-11"],
            ["2409001", "张伟", "高等数学", 70, "是", "2025-06-21"],
        ],
        title=False,
    )
    result = run(db, enterprise_id, path)
    assert (result.added, result.resits) == (1, 1)
    with db.read() as s:
        rows = enrolment_results(s, school["zhang"])
    assert [(r.attempt, r.shown, r.term, r.passed) for r in rows] == [
        (1, "45", "2024-2025-1", False),
        (2, "70", "2024-2025-2", True),
    ]


def test_rows_can_be_matched_by_id_number(
    db: Database, enterprise_id: int, school: dict[str, int], tmp_path: Path
) -> None:
    path = workbook(
        tmp_path / "t.xlsx",
        ["身份证号码", "姓名", "课程", "成绩"],
        [[id_number(1), "张伟", "大学英语", "合格"]],
    )
    assert run(db, enterprise_id, path).added == 1


def test_every_problem_is_reported_and_nothing_written(
    db: Database, enterprise_id: int, school: dict[str, int], tmp_path: Path
) -> None:
    path = workbook(
        tmp_path / "t.xlsx",
        ["学号", "身份证号", "姓名", "课程", "成绩", "补考"],
        [
            ["2409001", None, "张伟", "大学英语", 80, None],  # fine on its own
            ["2409999", None, "张伟", "高等数学", 80, None],  # unknown 学号
            ["2409001", None, "张伟", "思想政治", 80, None],  # not in the plan
            ["2409001", None, "张三", "高等数学", 80, None],  # another name
            ["2409003", None, "王强", "高等数学", 80, None],  # only applied
            ["2409002", None, "李娜", "高等数学", 60, None],  # contradicts a pass
            ["2409001", None, "张伟", "机械制图", 75, "是"],  # a resit of nothing
            ["2409001", id_number(2), "张伟", "机械制图", 75, None],  # 学号 and ID disagree
        ],
    )
    before = results(db)
    with pytest.raises(TranscriptRejected) as err:
        run(db, enterprise_id, path)
    got = [(i.row, i.column, i.message) for i in err.value.issues]
    assert got == [
        (5, "学号", "学号“2409999”没有对应的学籍：请先在系统中登记该学员的学籍"),
        (6, "课程", "课程“思想政治”不在该学员所学专业（机电一体化技术）的教学计划中"),
        (7, "姓名", "姓名“张三”与学号对应的学员“张伟”不一致"),
        (8, "课程", "该学籍尚未入学（报名），不能登记成绩"),
        (9, "成绩", "课程“高等数学”已经通过（88），与这里的成绩“60”不同"),
        (10, "补考", "标为补考，但课程“机械制图”还没有之前的成绩"),
        (
            11,
            "身份证号",
            f"身份证号{id_number(2)[:3]}***********{id_number(2)[-4:]}与学号“2409001”对应的学员不是同一人",
        ),
    ]
    assert str(err.value).startswith(
        "成绩单有7处问题，未导入任何数据。第一处：工作表“2025秋成绩”第5行“学号”列："
    )
    assert results(db) == before


def test_bad_cells_are_named_before_the_database_is_asked(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "t.xlsx",
        ["学号", "姓名", "课程", "成绩", "学期", "考试日期"],
        [
            ["2409001", "张伟", "高等数学", "优秀啊", None, None],
            [None, "张伟", "高等数学", 80, None, None],
            ["2409001", "张伟", "高等数学", None, "下学期", "2025-13-01"],
        ],
    )
    parsed = read_transcript(path)
    assert [(i.row, i.column) for i in parsed.issues] == [
        (4, "成绩"),
        (5, "学号"),
        (6, "成绩"),
        (6, "学期"),
        (6, "考试日期"),
    ]
    assert "学号和身份证号至少要填一个" in parsed.issues[1].message


def test_the_report_marks_the_bad_cells(
    db: Database, enterprise_id: int, school: dict[str, int], tmp_path: Path
) -> None:
    path = workbook(
        tmp_path / "t.xlsx", ["学号", "姓名", "课程", "成绩"], [["2409999", "张伟", "高等数学", 80]]
    )
    parsed = read_transcript(path)
    with pytest.raises(TranscriptRejected) as err, db.read() as s:
        import_transcript(s, enterprise_id, parsed, today=TODAY)
    report = tmp_path / "report.xlsx"
    write_report(report, err.value.issues, source=path.name, roster=parsed, what="成绩单")
    wb = load_workbook(report)
    assert wb.sheetnames == [ISSUES_SHEET, "2025秋成绩"]
    assert str(wb[ISSUES_SHEET]["A1"].value).startswith("成绩单“t.xlsx”有1处问题")
    marked = wb["2025秋成绩"]["A4"]
    assert marked.value == "2409999" and marked.fill.fgColor.rgb == BAD_FILL.fgColor.rgb
    assert "没有对应的学籍" in marked.comment.text


def test_a_dry_run_writes_nothing(
    db: Database, enterprise_id: int, school: dict[str, int], tmp_path: Path
) -> None:
    path = workbook(
        tmp_path / "t.xlsx", ["学号", "姓名", "课程", "成绩"], [["2409001", "张伟", "大学英语", 80]]
    )
    before = results(db)
    assert run(db, enterprise_id, path, dry_run=True).added == 1
    assert results(db) == before


def test_files_that_are_not_transcripts(tmp_path: Path) -> None:
    junk = tmp_path / "x.xlsx"
    junk.write_text("not a workbook")
    with pytest.raises(TranscriptRejected, match="不是可以读取的Excel工作簿"):
        read_transcript(junk)
    roster = workbook(tmp_path / "r.xlsx", ["姓名", "身份证号", "部门"], [["张伟", id_number(1), "总装"]])
    with pytest.raises(TranscriptRejected, match="没有找到表头：表头行要有“姓名”“课程”“成绩”列"):
        read_transcript(roster)
