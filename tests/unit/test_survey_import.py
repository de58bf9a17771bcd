"""Importing an online survey tool's export: columns matched to questions by their text, the
tool's own columns ignored, all or nothing with a report whose bad cells are marked, importing
again adds nothing; a file whose columns match no question is refused with the columns named.
Made with openpyxl as the tools write it, and once more after a round trip through LibreOffice."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select
from tests.acceptance.test_roster_libreoffice import convert
from tests.unit.survey_samples import people, survey

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain.surveys import SurveyAnswer, SurveyResponse
from qiuxue_desktop.io.excel.report import BAD_FILL, ISSUES_SHEET, write_report
from qiuxue_desktop.services.survey_import import (
    SurveyExportRejected,
    import_survey_export,
    question_specs,
    read_survey_export,
)
from qiuxue_desktop.services.survey_results import survey_results
from qiuxue_desktop.services.surveys import SurveyInfo

TOOL_HEADERS = ("序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP")


def export_headers(info: SurveyInfo) -> list[str]:
    """As 问卷星 numbers them: `1、…`, a choice marked 【单选题】, full-width punctuation."""
    out = []
    for q in info.questions:
        note = "【单选题】" if q.kind == "choice" else ""
        out.append(f"{q.position}、{q.text}{note}")
    return out


def write_export(
    path: Path,
    info: SurveyInfo,
    rows: Sequence[Sequence[object]],
    *,
    extra: Sequence[str] = (),
    first: int = 1,
) -> Path:
    """One sheet: the tool's columns, 部门, the questions, then `extra` columns."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Sheet1"
    ws.append([*TOOL_HEADERS, "部门", *export_headers(info), *extra])
    for n, row in enumerate(rows, start=first):
        ws.append(
            [n, dt.datetime(2026, 11, 20, 9, n), f"{60 + n}秒", "手机提交", "直接访问", f"10.0.0.{n}", *row]
        )
    wb.save(path)
    return path


def answers(scores: Sequence[object], choice: object = "周末白天", text: object = "") -> list[object]:
    """Cells for the default questions: seven scale answers, the choice, the overall, the text."""
    s = list(scores)
    return [*s[:7], choice, s[7] if len(s) > 7 else s[-1], text]


def _sample_rows() -> list[list[object]]:
    return [
        ["总装车间", *answers([5, 4, 4, 3, 2, 5, 4, 4], text="希望考试避开夜班")],
        ["总装车间", *answers(["非常满意", "满意", "一般", "不满意", "非常不满意", "满意", "满意", "满意"])],
        ["机加工车间", *answers([4] * 8, choice="工作日晚上")],
        ["", *answers([3] * 8, choice="(跳过)", text="(空)")],
    ]


def _read(path: Path, info: SurveyInfo) -> object:
    return read_survey_export(path, question_specs(info), anonymous=info.anonymous)


def test_an_export_imports_all_its_sheets_and_again_adds_nothing(
    tmp_path: Path, db: Database, enterprise_id: int
) -> None:
    people(db, enterprise_id, ["总装车间", "机加工车间"])
    info = survey(db, enterprise_id)
    path = write_export(tmp_path / "问卷星导出.xlsx", info, _sample_rows())
    parsed = _read(path, info)
    assert not parsed.issues, parsed.issues
    assert set(parsed.ignored) == set(TOOL_HEADERS) - {"序号"}
    with db.write() as s:
        result = import_survey_export(s, info.id, parsed)
    assert (result.added, result.skipped) == (4, 0)
    with db.read() as s:
        r = survey_results(s, info.id, "department")
        assert (
            s.scalar(select(func.count(SurveyAnswer.id))) == 10 + 9 + 9 + 8
        )  # (跳过) and (空) are no answer
    assert r.sheets == 4
    assert r.questions[0].mean == Decimal("4.25")  # 5, 5, 4, 3
    assert r.questions[4].mean == Decimal("2.50")  # 2, 1, 4, 3
    assert dict(r.questions[7].counts) == {
        "工作日晚上": 1,
        "周末白天": 2,
        "假期集中面授": 0,
        "线上自学为主": 0,
    }
    assert r.free_texts[0].answers == ("希望考试避开夜班",)
    with db.write() as s:
        again = import_survey_export(s, info.id, _read(path, info))
    assert (again.added, again.skipped) == (0, 4)
    with db.read() as s:
        assert s.scalar(select(func.count(SurveyResponse.id))) == 4


def test_columns_that_match_no_question_refuse_the_file_naming_them(
    tmp_path: Path, db: Database, enterprise_id: int
) -> None:
    info = survey(db, enterprise_id)
    path = write_export(
        tmp_path / "另一份问卷.xlsx",
        info,
        [["", *answers([4] * 8), "食堂", 5]],
        extra=("11、您对食堂的满意程度", "12、您最喜欢的菜"),
    )
    parsed = _read(path, info)
    assert parsed.issues
    first = parsed.issues[0].describe()
    assert "有2列与问卷的题目对不上" in first
    assert "“11、您对食堂的满意程度”" in first and "“12、您最喜欢的菜”" in first
    with (
        db.write() as s,
        pytest.raises(SurveyExportRejected, match="问卷数据有3处问题，未导入任何数据") as refused,
    ):
        import_survey_export(s, info.id, parsed)
    assert "对不上" in str(refused.value)
    with db.read() as s:
        assert s.scalar(select(func.count(SurveyResponse.id))) == 0
    report = tmp_path / "报告.xlsx"
    write_report(report, refused.value.issues, source=path.name, roster=parsed, what="问卷数据")
    wb = load_workbook(report)
    listed = [row[3] for row in wb[ISSUES_SHEET].iter_rows(min_row=3, values_only=True)]
    assert any("“12、您最喜欢的菜”" in str(m) for m in listed)
    copy = wb[wb.sheetnames[1]]
    marked = [c.value for row in copy.iter_rows() for c in row if c.fill.fgColor.rgb == BAD_FILL.fgColor.rgb]
    assert marked == ["11、您对食堂的满意程度", "12、您最喜欢的菜"]


def test_a_missing_question_and_bad_cells_are_named_by_row_and_column(
    tmp_path: Path, db: Database, enterprise_id: int
) -> None:
    people(db, enterprise_id, ["总装车间"])
    info = survey(db, enterprise_id)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    headers = export_headers(info)
    ws.append(["序号", "部门", *headers[:-1]])  # no column for the free-text question
    ws.append([1, "总装车间", 7, *[4] * 6, "周末白天", 4])
    ws.append([2, "喷涂车间", *[4] * 7, "晚上九点", 4])
    path = tmp_path / "缺题.xlsx"
    wb.save(path)
    parsed = _read(path, info)
    described = [i.describe() for i in parsed.issues]
    assert any("文件中没有这些题目的列：第10题" in d for d in described)
    assert any(d.startswith("工作表“Sheet”第2行“1、") and "“7”不是1–5分" in d for d in described)
    assert any("第3行“8、您最希望的上课时间【单选题】”列" in d and "晚上九点" in d for d in described)
    # The department is matched against the database: only once the cells are fine.
    ws.delete_cols(3, 20)
    for j, h in enumerate(headers, start=3):
        ws.cell(row=1, column=j, value=h)
        for r in (2, 3):
            ws.cell(row=r, column=j, value="周末白天" if j == 10 else ("好" if j == 12 else 4))
    wb.save(path)
    parsed = _read(path, info)
    assert not parsed.issues, parsed.issues
    with db.write() as s, pytest.raises(SurveyExportRejected) as refused:
        import_survey_export(s, info.id, parsed)
    assert refused.value.issues[0].describe() == "工作表“Sheet”第3行“部门”列：部门“喷涂车间”不是本企业的部门"


def test_an_anonymous_import_never_reads_names_and_a_named_one_needs_them(
    tmp_path: Path, db: Database, enterprise_id: int
) -> None:
    ids, _ = people(db, enterprise_id, ["总装车间", "总装车间"])
    with db.read() as s:
        from qiuxue_desktop.domain import Learner

        numbers = [s.get(Learner, i).id_number for i in ids]  # type: ignore[union-attr]
    anonymous = survey(db, enterprise_id)
    rows = [
        ["总装车间", *answers([4] * 8), "张三", numbers[0]],
        ["总装车间", *answers([5] * 8), "李四", numbers[1]],
    ]
    path = write_export(tmp_path / "a.xlsx", anonymous, rows, extra=("姓名", "身份证号"))
    parsed = _read(path, anonymous)
    assert not parsed.issues and {"姓名", "身份证号"} <= set(parsed.ignored)
    with db.write() as s:
        import_survey_export(s, anonymous.id, parsed)
        assert s.scalar(select(func.count()).where(SurveyResponse.learner_id.is_not(None))) == 0
    named = survey(db, enterprise_id, anonymous=False, term="2025-2026-2")
    path = write_export(tmp_path / "b.xlsx", named, rows, extra=("姓名", "身份证号"))
    with db.write() as s:
        assert import_survey_export(s, named.id, _read(path, named)).added == 2
        linked = set(s.scalars(select(SurveyResponse.learner_id).where(SurveyResponse.survey_id == named.id)))
    assert linked == set(ids)
    bare = write_export(tmp_path / "c.xlsx", named, [rows[0][:11]], first=3)
    with db.write() as s, pytest.raises(SurveyExportRejected, match="记名问卷"):
        import_survey_export(s, named.id, _read(bare, named))


@pytest.mark.sqlite_only("a spreadsheet program's file, read the same whatever the database")
def test_an_export_written_by_libreoffice_imports_the_same(
    tmp_path: Path, db: Database, enterprise_id: int
) -> None:
    people(db, enterprise_id, ["总装车间", "机加工车间"])
    info = survey(db, enterprise_id)
    original = write_export(tmp_path / "export.xlsx", info, _sample_rows())
    through = convert(original, "xlsx:Calc MS Excel 2007 XML", tmp_path / "lo")
    mine, theirs = _read(original, info), _read(through, info)
    assert not theirs.issues, theirs.issues
    assert [(r.answers, r.department, r.sheet_number) for r in theirs.rows] == [
        (r.answers, r.department, r.sheet_number) for r in mine.rows
    ]
    with db.write() as s:
        assert import_survey_export(s, info.id, theirs).added == 4
