"""`qiuxue learners template|import|export` as a coordinator runs them: the real command, a real file."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from tests.conftest import VALID_USCC
from tests.unit.roster_samples import HEADERS, sample_rows, write_roster

Run = Callable[..., Any]


def learners(db_path: Path) -> list[tuple[str, str, str]]:
    con = sqlite3.connect(db_path)
    try:
        return list(con.execute("SELECT id_number, name, phone FROM learner ORDER BY id"))
    finally:
        con.close()


def ok(result: Any) -> Any:
    assert "Traceback" not in result.err
    assert result.code == 0, result.err
    return result


@pytest.fixture
def cli(run_cli: Run) -> Run:
    """The command on a database that has its enterprise."""
    ok(run_cli("init", "--org-name", "南京某某电子有限公司", "--uscc", VALID_USCC))
    return run_cli


def test_template_import_update_export_and_reimport(cli: Run, db_path: Path, tmp_path: Path) -> None:
    template = tmp_path / "模板.xlsx"
    ok(cli("learners", "template", str(template)))
    wb = load_workbook(template)
    assert wb.sheetnames[:2] == ["花名册", "填写说明"]
    assert [c.value for c in wb["花名册"][1]][: len(HEADERS)] == HEADERS

    rows = sample_rows(5)
    out = ok(cli("learners", "import", str(write_roster(tmp_path / "a.xlsx", rows))))
    assert out.out.strip() == "imported 5, updated 0"
    assert [r[0] for r in learners(db_path)] == [r[1] for r in rows]

    rows[1][4] = "13911112222"
    rows.append(sample_rows(1, start=50)[0])
    out = ok(cli("learners", "import", str(write_roster(tmp_path / "b.xlsx", rows))))
    assert out.out.strip() == "imported 1, updated 1"
    assert len(learners(db_path)) == 6 and learners(db_path)[1][2] == "13911112222"

    exported = tmp_path / "导出.xlsx"
    out = ok(cli("learners", "export", str(exported)))
    assert "6" in out.out
    ws = load_workbook(exported)["花名册"]
    assert [c.value for c in ws["B"][1:]] == [r[1] for r in rows]  # ID numbers in full, as text
    before = learners(db_path)
    out = ok(cli("learners", "import", str(exported)))
    assert out.out.strip() == "imported 0, updated 0"
    assert learners(db_path) == before


def test_a_bad_roster_is_rejected_whole_with_every_place_named(
    cli: Run, db_path: Path, tmp_path: Path
) -> None:
    rows = sample_rows(4)
    rows[0][1] = float(rows[0][1][:15] + "000")  # ID number typed as a number: row 3 under a title
    rows[2][2] = "女" if rows[2][2] == "男" else "男"  # gender against the ID number: row 5
    roster = write_roster(tmp_path / "花名册.xlsx", rows, title_rows=["2024年职工花名册"])
    report = tmp_path / "问题报告.xlsx"
    result = cli("learners", "import", str(roster), "--report", str(report))
    assert result.code == 3 and "Traceback" not in result.err
    assert result.out == ""
    lines = result.err.strip().splitlines()
    assert lines[0].startswith("工作表“花名册”第3行“身份证号”列：") and "15位" in lines[0]
    assert lines[1].startswith("工作表“花名册”第5行“性别”列：")
    assert lines[-1].startswith("qiuxue: 花名册有2处问题，未导入任何数据。")
    assert learners(db_path) == []
    wb = load_workbook(report)
    listed = [tuple(c.value for c in row[:3]) for row in wb["问题清单"].iter_rows(min_row=3)]
    assert listed == [("花名册", 3, "身份证号"), ("花名册", 5, "性别")]
    assert wb["花名册"]["B3"].comment is not None and wb["花名册"]["C5"].comment is not None


def test_dry_run_counts_and_writes_nothing(cli: Run, db_path: Path, tmp_path: Path) -> None:
    rows = sample_rows(3)
    ok(cli("learners", "import", str(write_roster(tmp_path / "a.xlsx", rows[:1]))))
    rows[0][4] = "13600000000"
    report = tmp_path / "report.xlsx"
    out = ok(
        cli(
            "learners",
            "import",
            str(write_roster(tmp_path / "b.xlsx", rows)),
            "--dry-run",
            "--report",
            str(report),
        )
    )
    assert out.out.strip() == "would import 2, update 1, leave 0 unchanged (dry run: nothing written)"
    assert len(learners(db_path)) == 1 and learners(db_path)[0][2] == sample_rows(1)[0][4]
    assert "没有发现问题" in str(load_workbook(report)["问题清单"]["A1"].value)


@pytest.mark.parametrize("kind", ["missing", "text", "empty"])
def test_files_that_are_not_rosters_exit_3(cli: Run, db_path: Path, tmp_path: Path, kind: str) -> None:
    path = tmp_path / "花名册.xlsx"
    if kind == "text":
        path.write_text("姓名,身份证号\n张三,110105194912310021\n", encoding="utf-8")
    elif kind == "empty":
        path.write_bytes(b"")
    report = tmp_path / "report.xlsx"
    result = cli("learners", "import", str(path), "--report", str(report))
    assert result.code == 3 and "Traceback" not in result.err
    assert "花名册.xlsx" in result.err and result.err.strip().splitlines()[-1].startswith("qiuxue: ")
    assert learners(db_path) == []
    assert load_workbook(report).sheetnames == ["问题清单"]


def test_export_to_a_missing_folder_is_one_line_and_exit_5(cli: Run, tmp_path: Path) -> None:
    result = cli("learners", "export", str(tmp_path / "nope" / "x.xlsx"))
    assert result.code == 5 and "Traceback" not in result.err
    assert result.err.strip().startswith("qiuxue: 无法写入") and len(result.err.strip().splitlines()) == 1
