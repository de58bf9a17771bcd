"""The roster template: headers, drop-down lists, text and date formats, the explanation sheet."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from tests.unit.roster_samples import HEADERS, sample_row

from qiuxue_desktop.io.excel.roster_format import COLUMNS
from qiuxue_desktop.io.excel.roster_import import read_roster
from qiuxue_desktop.io.excel.roster_template import write_template

OPTIONAL = ["工号", "职工类别", "工会会员", "会员证号", "离职日期", "备注"]
CODED = {"性别", "民族", "岗位类别", "户籍性质", "原学历", "职工类别", "工会会员"}
TEXT = {"身份证号", "手机号", "户籍所在地", "工号", "会员证号"}
DATES = {"入职日期", "离职日期"}


def test_template_layout_drop_downs_and_formats(tmp_path: Path) -> None:
    path = tmp_path / "模板.xlsx"
    write_template(path)
    wb = load_workbook(path)
    assert wb.sheetnames[:2] == ["花名册", "填写说明"]
    ws = wb["花名册"]
    headers = [c.value for c in ws[1]]
    assert headers == HEADERS + OPTIONAL
    assert ws.freeze_panes == "A2"
    letter = {h: get_column_letter(i) for i, h in enumerate(headers, 1)}

    lists: dict[str, list[str]] = {}
    for dv in ws.data_validations.dataValidation:
        assert dv.type == "list"
        sheet_ref, cells = dv.formula1.split("!")
        first, last = cells.replace("$", "").split(":")
        source = wb[sheet_ref.strip("'")]
        values = [c.value for row in source[first:last] for c in row]
        for rng in str(dv.sqref).split():
            lists[rng.split(":")[0].rstrip("0123456789")] = values
    assert set(lists) == {letter[h] for h in CODED}
    assert lists[letter["性别"]] == ["男", "女"]
    assert lists[letter["岗位类别"]] == ["一线", "其他"]
    assert lists[letter["户籍性质"]] == ["农村", "城镇"]
    assert lists[letter["原学历"]] == ["初中及以下", "高中/中专/技校", "大专", "本科及以上"]
    assert lists[letter["工会会员"]] == ["是", "否"]
    assert (
        "汉族" in lists[letter["民族"]]
        and "壮族" in lists[letter["民族"]]
        and len(lists[letter["民族"]]) == 58
    )

    for h in headers:
        fmt = ws.column_dimensions[letter[h]].number_format
        if h in TEXT:
            assert fmt == "@", h
        elif h in DATES:
            assert fmt == "yyyy-mm-dd", h
        else:
            assert fmt == "General", h
        assert ws.column_dimensions[letter[h]].width >= 6

    guide = wb["填写说明"]
    described = {row[0]: row for row in guide.iter_rows(min_row=3, values_only=True) if row[0] in headers}
    assert set(described) == set(headers)
    for c in COLUMNS:
        assert described[c.header][1] == ("必填" if c.required else "选填")
        assert described[c.header][3]
    assert "身份证号码" in str(described["身份证号"][2]) and "15位" in str(described["身份证号"][3])


def test_every_template_header_is_recognised_by_the_importer(tmp_path: Path) -> None:
    path = tmp_path / "模板.xlsx"
    write_template(path)
    wb = load_workbook(path)
    ws = wb["花名册"]
    ws.append([*sample_row(1), "A-1", "农民工", "是", "GH-1", None, "新员工"])
    wb.save(path)
    parsed = read_roster(path)
    assert parsed.issues == []
    assert parsed.present == {c.field for c in COLUMNS}
    row = parsed.rows[0]
    assert (row["employee_no"], row["worker_category"], row["union_member"], row["union_card_no"]) == (
        "A-1",
        "1",
        True,
        "GH-1",
    )
    assert row["leave_date"] is None and row["notes"] == "新员工"
