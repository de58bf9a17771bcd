"""The import report: every problem listed, every bad cell of the roster marked red with a comment."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from tests.unit.roster_samples import sample_rows, write_roster

from qiuxue_desktop.io.excel.report import BAD_FILL, ISSUES_SHEET, write_report
from qiuxue_desktop.io.excel.roster_import import ImportIssue, read_roster


def fill_of(cell: object) -> str | None:
    fill = cell.fill  # type: ignore[attr-defined]
    return fill.fgColor.rgb if fill is not None and fill.fill_type == "solid" else None


def test_report_lists_problems_and_marks_each_bad_cell(tmp_path: Path) -> None:
    rows = sample_rows(4)  # under a title row and the header: Excel rows 3..6
    rows[0][4] = "12345"  # phone: E3
    rows[2][1] = float(rows[2][1][:15] + "000")  # ID typed as a number: B5
    rows[3][6] = "二线"  # G6
    source = write_roster(tmp_path / "花名册.xlsx", rows, title_rows=["2024年花名册"], sheet="职工")
    wb = load_workbook(source)
    ws = wb["职工"]
    ws["D6"] = "=火星"  # a text that looks like a formula: must stay text in the copy
    ws["D6"].data_type = "s"
    wb.save(source)
    parsed = read_roster(source)
    assert len(parsed.issues) == 4
    out = tmp_path / "report.xlsx"
    write_report(out, parsed.issues, source=source.name, roster=parsed)

    wb = load_workbook(out)
    assert wb.sheetnames == [ISSUES_SHEET, "职工"]
    listing = wb[ISSUES_SHEET]
    assert "4处问题" in str(listing["A1"].value)
    assert [c.value for c in listing[2]] == ["工作表", "行", "列", "问题"]
    listed = [tuple(c.value for c in row) for row in listing.iter_rows(min_row=3)]
    assert [(s, r, c) for s, r, c, _m in listed] == [
        ("职工", 3, "手机号"),
        ("职工", 5, "身份证号"),
        ("职工", 6, "民族"),
        ("职工", 6, "岗位类别"),
    ]
    assert all(m for *_x, m in listed)

    copy = wb["职工"]
    assert copy["A1"].value == "2024年花名册" and copy["B2"].value == "身份证号"
    marked = {
        cell.coordinate
        for row in copy.iter_rows()
        for cell in row
        if fill_of(cell) is not None and fill_of(cell) == f"00{BAD_FILL.fgColor.rgb[-6:]}"
    }
    assert marked == {"E3", "B5", "D6", "G6"}
    assert "手机号应为以1开头的11位数字" in copy["E3"].comment.text
    assert "15位" in copy["B5"].comment.text
    assert copy["D6"].value == "=火星" and copy["D6"].data_type == "s"
    assert copy["A3"].comment is None and copy["A3"].value == rows[0][0]


def test_report_without_problems_says_so(tmp_path: Path) -> None:
    out = tmp_path / "report.xlsx"
    write_report(out, [], source="花名册.xlsx")
    listing = load_workbook(out)[ISSUES_SHEET]
    assert "没有发现问题" in str(listing["A1"].value)
    assert listing["D3"].value == "没有问题"


def test_report_of_an_unreadable_file_has_only_the_list(tmp_path: Path) -> None:
    out = tmp_path / "report.xlsx"
    write_report(out, [ImportIssue("", None, None, "文件“x.xlsx”不是Excel工作簿。")], source="x.xlsx")
    wb = load_workbook(out)
    assert wb.sheetnames == [ISSUES_SHEET]
    assert wb[ISSUES_SHEET]["D3"].value == "文件“x.xlsx”不是Excel工作簿。"
