"""LibreOffice as a second spreadsheet program: the export opens with every value intact, and a roster
that LibreOffice wrote imports exactly as the one openpyxl wrote."""

from __future__ import annotations

import csv
import datetime as dt
import subprocess
import uuid
from pathlib import Path

from openpyxl import load_workbook
from tests.conftest import require_tool
from tests.unit.roster_samples import HEADERS, make_id, sample_rows, write_roster

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.io.excel.roster_export import export_roster
from qiuxue_desktop.io.excel.roster_import import import_roster, read_roster
from qiuxue_desktop.services.learners import mark_left, register_learner


def convert(src: Path, target: str, outdir: Path) -> Path:
    """`soffice --convert-to` with a fresh profile of its own (two sharing one fail silently)."""
    soffice = require_tool("soffice")
    profile = outdir.parent / f"lo-profile-{uuid.uuid4().hex}"
    outdir.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(outdir),
            str(src),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    extension = target.split(":")[0]
    out = outdir / f"{src.stem}.{extension}"
    assert proc.returncode == 0 and out.exists(), proc.stdout + proc.stderr
    return out


def test_exported_roster_opens_in_libreoffice_with_every_value_intact(
    tmp_path: Path, db: Database, enterprise_id: int
) -> None:
    people = [
        (
            "欧阳娜娜",
            make_id(11, region="110105", birth=dt.date(1990, 2, 28), female=True),
            "05",
            "13800000011",
        ),
        (
            "买买提·艾力",
            next(n for n in map(make_id, range(12, 999)) if n.endswith("X")),
            "05",
            "13800000012",
        ),
        ("张三", make_id(13, region="440305", birth=dt.date(1975, 10, 1)), "01", "13800000013"),
    ]
    with db.write() as s:
        ids = [
            register_learner(
                s,
                enterprise_id=enterprise_id,
                values={
                    "name": name,
                    "id_number": number,
                    "ethnic_group": ethnic,
                    "phone": phone,
                    "department": "总装车间",
                    "post_category": "1",
                    "hire_date": dt.date(2018, 4, 9),
                    "hukou_type": "1",
                    "prior_education": "2",
                    "employee_no": "000" + phone[-2:],
                    "notes": "夜班，含逗号, 和“引号”",
                },
            )
            for name, number, ethnic, phone in people
        ]
        mark_left(s, ids[2], leave_date=dt.date(2024, 1, 31), expected_version=None)
    out = tmp_path / "导出.xlsx"
    with db.write() as s:
        export_roster(s, enterprise_id, out)
    csv_path = convert(out, "csv:Text - txt - csv (StarCalc):44,34,76,1", tmp_path / "csv")
    with csv_path.open(encoding="utf-8", newline="") as f:
        table = list(csv.reader(f))
    header = table[0]
    assert header[: len(HEADERS)] == HEADERS and header[len(HEADERS) :] == [
        "工号",
        "职工类别",
        "工会会员",
        "会员证号",
        "离职日期",
        "备注",
    ]
    got = [dict(zip(header, row, strict=True)) for row in table[1:]]
    assert [g["身份证号"] for g in got] == [p[1] for p in people]  # all 18 characters, the X too
    assert [g["姓名"] for g in got] == [p[0] for p in people]
    assert [g["民族"] for g in got] == ["维吾尔族", "维吾尔族", "汉族"]
    assert [g["手机号"] for g in got] == [p[3] for p in people]
    assert [g["工号"] for g in got] == ["00011", "00012", "00013"]  # leading zeros kept
    assert {g["入职日期"] for g in got} == {"2018-04-09"}
    assert [g["离职日期"] for g in got] == ["", "", "2024-01-31"]
    assert {g["备注"] for g in got} == {"夜班，含逗号, 和“引号”"}
    assert {(g["部门"], g["岗位类别"], g["户籍性质"], g["原学历"]) for g in got} == {
        ("总装车间", "一线", "农村", "高中/中专/技校")
    }
    assert [g["性别"] for g in got] == ["男" if int(p[1][16]) % 2 else "女" for p in people]


def test_a_roster_saved_by_libreoffice_imports_exactly_as_the_original(
    tmp_path: Path, db: Database, enterprise_id: int
) -> None:
    rows = sample_rows(12)
    rows[3][4] = int(rows[3][4])  # a phone typed as a number
    rows[5][7] = "2019年5月6日"  # a date typed as text
    rows[7][1] = float(rows[7][1][:15] + "000")  # an ID number typed as a number: a problem in both
    original = write_roster(
        tmp_path / "花名册.xlsx", rows, title_rows=["2024年职工花名册"], hidden_first_sheet=True
    )
    resaved = convert(original, "xlsx:Calc MS Excel 2007 XML", tmp_path / "lo")
    assert load_workbook(resaved).sheetnames == load_workbook(original).sheetnames

    a, b = read_roster(original), read_roster(resaved)
    assert (a.sheet, a.header_row, a.row_numbers, a.present) == (
        b.sheet,
        b.header_row,
        b.row_numbers,
        b.present,
    )
    assert a.rows == b.rows
    assert [i.describe() for i in a.issues] == [i.describe() for i in b.issues]
    assert len(a.issues) == 1 and a.issues[0].row == 10

    del rows[7]
    original = write_roster(tmp_path / "good.xlsx", rows, title_rows=["2024年职工花名册"])
    resaved = convert(original, "xlsx:Calc MS Excel 2007 XML", tmp_path / "lo")
    a, b = read_roster(original), read_roster(resaved)
    assert a.issues == b.issues == [] and a.rows == b.rows
    with db.write() as s:
        first = import_roster(s, enterprise_id, a)
    with db.write() as s:
        second = import_roster(s, enterprise_id, b)
    assert (first.added, first.updated) == (11, 0)
    assert (second.added, second.updated, second.unchanged) == (0, 0, 11)
