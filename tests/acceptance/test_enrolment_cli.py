"""Enrolments, coursework and exams on the command line as a user meets them: the at-risk list,
a transcript imported (and imported again), a bad one refused with its report, a dry run,
the exam calendar opened by LibreOffice, bad arguments, and a viewer refused."""

from __future__ import annotations

import csv as csv_module
import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from tests.acceptance.test_roster_libreoffice import convert

from qiuxue_desktop.io.excel.report import BAD_FILL, ISSUES_SHEET


def _rows(db_path: Path, sql: str, *args: object) -> list[tuple[Any, ...]]:
    con = sqlite3.connect(db_path)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def _results(db_path: Path) -> int:
    return int(_rows(db_path, "SELECT count(*) FROM course_result")[0][0])


@pytest.fixture
def demo(run_cli: Any) -> Any:
    r = run_cli("demo", "--learners", "80", "--seed", "5")
    assert r.code == 0, r.err
    return run_cli


def _untaken(db_path: Path) -> tuple[str, str, str]:
    """(学号, 姓名, course) of a studying enrolment and a planned course it has no result for."""
    row = _rows(
        db_path,
        """SELECT e.student_no, l.name, c.name FROM enrolment e
           JOIN learner l ON l.id = e.learner_id
           JOIN course c ON c.programme_id = e.programme_id
           WHERE e.status = 'studying' AND c.term_no = 1
             AND NOT EXISTS (SELECT 1 FROM course_result r WHERE r.enrolment_id = e.id AND r.course_id = c.id)
           ORDER BY e.id LIMIT 1""",
    )
    assert row, "the demo should have a studying enrolment with a course not sat yet"
    return row[0]


def _transcript(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["成绩单（2025-2026学年第一学期）"])
    ws.append(["学号", "姓名", "课程名称", "总评成绩"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_the_at_risk_list(demo: Any) -> None:
    r = demo("enrolments", "list", "--at-risk")
    assert r.code == 0, r.err
    header, *lines = r.out.splitlines()
    assert header.split("\t") == [
        "学号",
        "姓名",
        "部门",
        "院校",
        "专业",
        "层次",
        "状态",
        "学分",
        "学期",
        "风险",
    ]
    assert lines and all(line.split("\t")[-1] for line in lines)
    assert r.err.strip() == f"{len(lines)} enrolments at risk"
    r = demo("enrolments", "list", "--status", "毕业", "--status", "结业")
    assert r.code == 0 and {line.split("\t")[6] for line in r.out.splitlines()[1:]} == {"毕业", "结业"}
    r = demo("enrolments", "list", "--status", "开除")
    assert r.code == 2 and "没有“开除”这种学籍状态" in r.err


def test_a_transcript_imported_twice(demo: Any, db_path: Path, tmp_path: Path) -> None:
    number, name, course = _untaken(db_path)
    path = _transcript(tmp_path / "成绩单.xlsx", [[number, name, course, 86]])
    before = _results(db_path)
    r = demo("coursework", "import", str(path), "--dry-run")
    assert (r.code, r.out.strip()) == (
        0,
        "would import 1 results, 0 resits; 0 already recorded (dry run: nothing written)",
    )
    assert _results(db_path) == before
    report = tmp_path / "report.xlsx"
    r = demo("coursework", "import", str(path), "--report", str(report))
    assert (r.code, r.out.strip()) == (0, "imported 1 results, 0 resits; 0 already recorded"), r.err
    assert _results(db_path) == before + 1
    assert load_workbook(report)[ISSUES_SHEET]["A1"].value == "成绩单“成绩单.xlsx”没有发现问题。"
    r = demo("coursework", "import", str(path))
    assert (r.code, r.out.strip()) == (0, "imported 0 results, 0 resits; 1 already recorded")
    assert (
        _rows(db_path, "SELECT action, detail FROM audit_entry WHERE detail LIKE '成绩单%' ORDER BY id")[0][0]
        == "import"
    )


def test_a_bad_transcript_is_refused_with_its_report(demo: Any, db_path: Path, tmp_path: Path) -> None:
    number, name, course = _untaken(db_path)
    path = _transcript(tmp_path / "t.xlsx", [[number, name, course, 86], ["99999999", name, course, 70]])
    report = tmp_path / "report.xlsx"
    before = _results(db_path)
    r = demo("coursework", "import", str(path), "--report", str(report))
    assert r.code == 3
    assert "工作表“Sheet”第4行“学号”列：学号“99999999”没有对应的学籍" in r.err
    assert "Traceback" not in r.err and _results(db_path) == before
    wb = load_workbook(report)
    cell = wb["Sheet"]["A4"]
    assert cell.value == "99999999" and cell.fill.fgColor.rgb == BAD_FILL.fgColor.rgb
    for args in (("coursework", "import", str(tmp_path / "missing.xlsx")),):
        r = demo(*args)
        assert r.code == 3 and "找不到文件" in r.err


def test_the_exam_calendar_opens_in_libreoffice(demo: Any, db_path: Path, tmp_path: Path) -> None:
    start = dt.date.today()
    end = start + dt.timedelta(days=120)
    (expected,) = _rows(
        db_path,
        """SELECT count(*) FROM exam_sitting s JOIN enrolment e ON e.id = s.enrolment_id
           JOIN learner l ON l.id = e.learner_id
           WHERE s.exam_date BETWEEN ? AND ? AND (l.leave_date IS NULL OR l.leave_date > s.exam_date)""",
        start.isoformat(),
        end.isoformat(),
    )
    out = tmp_path / "考试日历.xlsx"
    r = demo("exams", "calendar", "--from", start.isoformat(), "--to", end.isoformat(), "--out", str(out))
    assert (r.code, r.out.strip()) == (0, f"exported {expected[0]} exams to {out}"), r.err
    csv = convert(out, "csv:Text - txt - csv (StarCalc):44,34,76,1", tmp_path / "lo")
    rows = list(csv_module.reader(csv.read_text(encoding="utf-8").splitlines()))
    assert "学员考试安排" in rows[0][0] and rows[2][:6] == ["日期", "星期", "开始", "结束", "部门", "姓名"]
    data = [r for r in rows[3:] if r[1].startswith("星期")]  # exam rows; day headings span the row
    assert len(data) == expected[0]
    assert all(start <= dt.date.fromisoformat(d[0]) <= end for d in data)
    r = demo("exams", "calendar", "--from", "2026-13-01", "--to", end.isoformat(), "--out", str(out))
    assert r.code == 2 and "不是日期" in r.err
    r = demo(
        "exams",
        "calendar",
        "--from",
        start.isoformat(),
        "--to",
        end.isoformat(),
        "--out",
        str(out),
        "--department",
        "不存在的部门",
    )
    assert r.code == 3 and "没有名为“不存在的部门”的部门" in r.err


def test_a_viewer_may_list_but_not_import(run_cli: Any, tmp_path: Path) -> None:
    admin = {"QIUXUE_USER": "boss", "QIUXUE_PASSWORD": "Admin-pass-2026"}
    assert (
        run_cli(
            "init",
            "--org-name",
            "南京某某电子有限公司",
            "--uscc",
            "91110000600037341L",
            "--admin-user",
            "boss",
            input="Admin-pass-2026\n",
        ).code
        == 0
    )
    assert run_cli("users", "add", "look", "--role", "viewer", env=admin, input="Temp-pass-1\n").code == 0
    look = {"QIUXUE_USER": "look", "QIUXUE_PASSWORD": "look-own-pass"}
    assert (
        run_cli(
            "users",
            "change-password",
            env={**look, "QIUXUE_PASSWORD": "Temp-pass-1"},
            input="look-own-pass\n",
        ).code
        == 0
    )
    r = run_cli("enrolments", "list", env=look)
    assert r.code == 0, r.err
    path = _transcript(tmp_path / "t.xlsx", [["2409001", "张伟", "高等数学", 80]])
    r = run_cli("coursework", "import", str(path), env=look)
    assert r.code == 4 and "无权" in r.err
