"""Reading a roster as a coordinator writes it, and importing it all or nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select
from tests.unit.roster_samples import HEADERS, make_id, sample_rows, write_roster

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain import AuditEntry, Learner
from qiuxue_desktop.errors import Cancelled, InputRejected
from qiuxue_desktop.io.excel.roster_import import (
    ImportIssue,
    RosterRejected,
    import_roster,
    read_roster,
)
from qiuxue_desktop.progress import Progress
from qiuxue_desktop.services.learners import get_learner, register_learner


def count(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Learner)) or 0)


def test_header_found_under_merged_title_rows_with_synonyms_notes_and_any_order(tmp_path: Path) -> None:
    headers = ["序号", "原学历", "手机号码", "公民身份号码（18位）*", "车间", "是否一线", "入职时间",
               "户口性质", "*姓名", "备 注", "文化用品"]  # fmt: skip
    rows = sample_rows(3)
    shuffled = [
        [n + 1, r[10], r[4], r[1], r[5], r[6], r[7], r[8], r[0], "", "铅笔"] for n, r in enumerate(rows)
    ]
    path = write_roster(
        tmp_path / "r.xlsx", shuffled, headers=headers, title_rows=["某某公司2024年花名册", "制表：人事部"]
    )
    parsed = read_roster(path)
    assert parsed.issues == []
    assert parsed.header_row == 3 and parsed.row_numbers == [4, 5, 6]
    assert parsed.columns["id_number"].header == "公民身份号码（18位）*"
    assert parsed.present == {
        "name", "id_number", "phone", "department", "post_category", "hire_date", "hukou_type",
        "prior_education", "notes",
    }  # fmt: skip
    first = parsed.rows[0]
    assert first["name"] == rows[0][0] and first["id_number"] == rows[0][1]
    assert first["post_category"] == "1" and first["hire_date"] == rows[0][7]
    assert first["prior_education"] == "1" and first["hukou_type"] == "1"


def test_header_below_row_10_or_missing_is_rejected(tmp_path: Path) -> None:
    path = write_roster(tmp_path / "r.xlsx", sample_rows(1), title_rows=[f"标题{i}" for i in range(10)])
    with pytest.raises(RosterRejected) as exc:
        read_roster(path)
    assert "前10行中没有找到表头" in exc.value.issues[0].describe()
    assert isinstance(exc.value, InputRejected) and exc.value.exit_code == 3


def test_hidden_first_sheet_is_skipped(tmp_path: Path) -> None:
    path = write_roster(tmp_path / "r.xlsx", sample_rows(2), sheet="在职人员", hidden_first_sheet=True)
    parsed = read_roster(path)
    assert parsed.sheet == "在职人员" and len(parsed.rows) == 2 and parsed.issues == []


def test_reading_stops_at_the_first_empty_row(tmp_path: Path) -> None:
    rows = [*sample_rows(2), [None] * len(HEADERS), ["制表人：李四"], *sample_rows(2, start=10)]
    parsed = read_roster(write_roster(tmp_path / "r.xlsx", rows))
    assert len(parsed.rows) == 2 and parsed.issues == []


def test_id_number_typed_as_a_number_is_rejected_with_where_and_why(tmp_path: Path) -> None:
    rows = sample_rows(3)
    rows[1][1] = float(rows[1][1][:17] + "0")  # what Excel keeps of a number typed in a General cell
    parsed = read_roster(write_roster(tmp_path / "r.xlsx", rows, title_rows=["花名册"]))
    [issue] = parsed.issues
    assert (issue.sheet, issue.row, issue.column) == ("花名册", 4, "身份证号")
    assert "15位" in issue.message
    assert issue.describe().startswith("工作表“花名册”第4行“身份证号”列：身份证号被Excel存成了数字")


def test_gender_that_disagrees_with_the_id_number(tmp_path: Path) -> None:
    rows = sample_rows(2)
    rows[0][2] = "女" if rows[0][2] == "男" else "男"
    parsed = read_roster(write_roster(tmp_path / "r.xlsx", rows))
    [issue] = parsed.issues
    assert (issue.row, issue.column) == (2, "性别") and "与身份证号不符" in issue.message


def test_same_id_number_twice_is_an_error_on_both_rows(tmp_path: Path) -> None:
    rows = sample_rows(4)
    rows[3][1] = rows[1][1].lower()  # the same number, typed with a small x or not
    parsed = read_roster(write_roster(tmp_path / "r.xlsx", rows))
    assert [(i.row, i.column) for i in parsed.issues] == [(3, "身份证号"), (5, "身份证号")]
    assert "第5行" in parsed.issues[0].message and "第3行" in parsed.issues[1].message


def test_every_issue_names_sheet_row_and_column_as_written(tmp_path: Path) -> None:
    headers = [h if h != "手机号" else "联系电话（手机）" for h in HEADERS]
    rows = sample_rows(5)
    rows[0][4] = "010-1234567"
    rows[1][7] = "2024年2月30日"
    rows[2][6] = "二线"
    rows[3][0] = None
    rows[4][1] = rows[4][1][:-1] + ("0" if rows[4][1][-1] != "0" else "1")
    parsed = read_roster(write_roster(tmp_path / "r.xlsx", rows, headers=headers, sheet="一月"))
    got = [(i.sheet, i.row, i.column) for i in parsed.issues]
    assert got == [
        ("一月", 2, "联系电话（手机）"),
        ("一月", 3, "入职日期"),
        ("一月", 4, "岗位类别"),
        ("一月", 5, "姓名"),
        ("一月", 6, "身份证号"),
    ]
    assert "校验码" in parsed.issues[-1].message
    assert "姓名不能为空" in parsed.issues[3].message
    for issue in parsed.issues:
        assert issue.describe().startswith(f"工作表“一月”第{issue.row}行“{issue.column}”列：")


def test_missing_required_column_is_an_issue(tmp_path: Path) -> None:
    headers = [h for h in HEADERS if h != "入职日期"]
    rows = [r[:7] + r[8:] for r in sample_rows(2)]
    parsed = read_roster(write_roster(tmp_path / "r.xlsx", rows, headers=headers))
    [issue] = parsed.issues
    assert issue.row is None and issue.column == "入职日期" and "缺少" in issue.message


def test_gender_and_region_come_from_the_id_number_when_empty(tmp_path: Path) -> None:
    rows = sample_rows(1)
    rows[0][2] = None
    rows[0][9] = "江苏省南京市玄武区"
    parsed = read_roster(write_roster(tmp_path / "r.xlsx", rows))
    number = rows[0][1]
    assert parsed.issues == []
    assert parsed.rows[0]["gender"] == ("1" if int(number[16]) % 2 else "2")
    assert parsed.rows[0]["hukou_place"] == number[:6]


def test_department_merged_down_several_rows_applies_to_each(tmp_path: Path) -> None:
    path = write_roster(tmp_path / "r.xlsx", sample_rows(3))
    wb = load_workbook(path)
    ws = wb.active
    assert ws is not None
    ws["F2"] = "装配车间"
    ws["F3"] = None
    ws["F4"] = None
    ws.merge_cells("F2:F4")
    wb.save(path)
    parsed = read_roster(path)
    assert parsed.issues == [] and [r["department"] for r in parsed.rows] == ["装配车间"] * 3


@pytest.mark.parametrize("content", [b"", b"name,id\n", b"PK\x03\x04 truncated"])
def test_files_that_are_not_workbooks_are_rejected(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "花名册.xlsx"
    path.write_bytes(content)
    with pytest.raises(RosterRejected) as exc:
        read_roster(path)
    assert "花名册.xlsx" in str(exc.value) and exc.value.issues


def test_missing_file_and_sheet_without_header(tmp_path: Path) -> None:
    with pytest.raises(RosterRejected, match="找不到文件"):
        read_roster(tmp_path / "nope.xlsx")
    wb = Workbook()
    wb.save(tmp_path / "empty.xlsx")
    with pytest.raises(RosterRejected, match="没有找到表头"):
        read_roster(tmp_path / "empty.xlsx")


# --- importing --------------------------------------------------------------------------------


def test_import_adds_then_updates_by_id_number_without_duplicates(
    tmp_path: Path, db: Database, enterprise_id: int
) -> None:
    rows = sample_rows(5)
    with db.write() as s:
        result = import_roster(s, enterprise_id, read_roster(write_roster(tmp_path / "a.xlsx", rows)))
    assert (result.added, result.updated, result.unchanged) == (5, 0, 0)
    assert result.new_departments == ["一车间", "二车间", "质检部"]
    rows[2][4] = "13999999999"
    rows[3][5] = "仓库"
    with db.write() as s:
        result = import_roster(s, enterprise_id, read_roster(write_roster(tmp_path / "b.xlsx", rows)))
    assert (result.added, result.updated, result.unchanged) == (0, 2, 3)
    assert count(db) == 5
    [phone_change] = [c for c in result.changed if c.row == 4]
    assert phone_change.name == rows[2][0] and phone_change.id_masked.startswith(rows[2][1][:3])
    assert [(f.label, f.old, f.new) for f in phone_change.changes] == [
        ("手机号", sample_rows(3)[2][4], "13999999999")
    ]
    with db.read() as s:
        actions = list(s.scalars(select(AuditEntry.action)))
    assert actions.count("import") == 2


def test_update_keeps_fields_the_roster_has_no_column_for(
    tmp_path: Path, db: Database, enterprise_id: int
) -> None:
    number = make_id(7)
    with db.write() as s:
        learner_id = register_learner(
            s,
            enterprise_id=enterprise_id,
            values={
                "name": "韦小宝",
                "id_number": number,
                "phone": "13800000000",
                "department": "一车间",
                "post_category": "1",
                "hire_date": dt.date(2020, 5, 1),
                "hukou_type": "1",
                "prior_education": "2",
                "ethnic_group": "08",
                "employee_no": "A-007",
                "union_member": True,
                "notes": "班组长",
            },
        )
    headers = ["姓名", "身份证号", "手机号", "部门", "岗位类别", "入职日期", "户籍性质", "原学历"]
    row = ["韦小宝", number, "13811112222", "一车间", "一线", dt.date(2020, 5, 1), "农村", "高中"]
    with db.write() as s:
        result = import_roster(
            s, enterprise_id, read_roster(write_roster(tmp_path / "r.xlsx", [row], headers=headers))
        )
    assert (result.added, result.updated) == (0, 1)
    with db.read() as s:
        values = get_learner(s, learner_id).values
    assert values["phone"] == "13811112222"
    assert (values["ethnic_group"], values["employee_no"], values["union_member"], values["notes"]) == (
        "08",
        "A-007",
        True,
        "班组长",
    )


def test_dry_run_counts_and_writes_nothing(tmp_path: Path, db: Database, enterprise_id: int) -> None:
    rows = sample_rows(4)
    with db.write() as s:
        import_roster(s, enterprise_id, read_roster(write_roster(tmp_path / "a.xlsx", rows[:2])))
    rows[0][4] = "13700000000"
    parsed = read_roster(write_roster(tmp_path / "b.xlsx", rows))
    with db.write() as s:
        result = import_roster(s, enterprise_id, parsed, dry_run=True)
    assert (result.added, result.updated, result.unchanged, result.dry_run) == (2, 1, 1, True)
    assert count(db) == 2
    with db.read() as s:
        assert s.scalar(select(Learner.phone).where(Learner.id_number == rows[0][1])) == sample_rows(1)[0][4]


def test_a_roster_with_problems_writes_nothing(tmp_path: Path, db: Database, enterprise_id: int) -> None:
    rows = sample_rows(3)
    rows[2][1] = "123"
    parsed = read_roster(write_roster(tmp_path / "r.xlsx", rows))
    with pytest.raises(RosterRejected) as exc, db.write() as s:
        import_roster(s, enterprise_id, parsed)
    assert str(exc.value).startswith(
        "花名册未导入任何数据：工作表“花名册”第4行“身份证号”列：身份证号应为18位"
    )
    assert count(db) == 0


def test_rejection_message_counts_the_problems() -> None:
    issues = [ImportIssue("花名册", r, "姓名", "姓名不能为空") for r in (3, 5, 7)]
    assert str(RosterRejected(issues)) == (
        "花名册有3处问题，未导入任何数据。第一处：工作表“花名册”第3行“姓名”列：姓名不能为空"
    )


def test_cancelled_import_writes_nothing(tmp_path: Path, db: Database, enterprise_id: int) -> None:
    parsed = read_roster(write_roster(tmp_path / "r.xlsx", sample_rows(20)))
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled), db.write() as s:
        import_roster(s, enterprise_id, parsed, progress=progress)
    assert count(db) == 0
