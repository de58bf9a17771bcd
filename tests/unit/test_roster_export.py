"""Roster export: the template's layout, every value intact, and export → import changes nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from tests.unit.roster_samples import make_id

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain import AuditEntry, Learner
from qiuxue_desktop.errors import Cancelled
from qiuxue_desktop.io.excel.roster_export import export_roster
from qiuxue_desktop.io.excel.roster_import import import_roster, read_roster
from qiuxue_desktop.progress import Progress
from qiuxue_desktop.services.learners import FIELDS, get_learner, mark_left, register_learner

LEARNERS: list[dict[str, Any]] = [
    {
        "name": "阿依古丽·买买提",
        "id_number": make_id(1, region="650102", birth=dt.date(1995, 6, 30), female=True),
        "gender": "2",
        "ethnic_group": "05",
        "phone": "13912345678",
        "department": "质检部",
        "post_category": "2",
        "hire_date": dt.date(2019, 3, 1),
        "hukou_type": "2",
        "hukou_place": "650105",
        "prior_education": "4",
        "employee_no": "00123",
        "worker_category": "1",
        "union_member": True,
        "union_card_no": "GH2019-0042",
        "notes": "=SUM(A1:A3) 不是公式",
    },
    {
        "name": "张三",
        "id_number": make_id(2, region="320102", birth=dt.date(1988, 12, 31)),
        "phone": "13800138000",
        "department": "一车间",
        "post_category": "1",
        "hire_date": dt.date(2010, 7, 15),
        "hukou_type": "1",
        "prior_education": "1",
    },
    {
        "name": "李四",
        "id_number": next(n for n in map(make_id, range(3, 999)) if n.endswith("X")),
        "phone": "15000000001",
        "department": "二车间",
        "post_category": "1",
        "hire_date": dt.date(2001, 1, 1),
        "hukou_type": "2",
        "prior_education": "3",
        "worker_category": "2",
    },
]


@pytest.fixture
def stored(db: Database, enterprise_id: int) -> list[dict[str, Any]]:
    """Three learners covering every field (one has left); their full stored values."""
    with db.write() as s:
        ids = [register_learner(s, enterprise_id=enterprise_id, values=v) for v in LEARNERS]
        mark_left(s, ids[2], leave_date=dt.date(2023, 8, 31), expected_version=None)
    with db.read() as s:
        return [get_learner(s, i, reveal=True).values for i in ids]


def test_export_then_import_changes_nothing_and_keeps_every_field(
    tmp_path: Path, db: Database, enterprise_id: int, stored: list[dict[str, Any]]
) -> None:
    out = tmp_path / "导出.xlsx"
    with db.write() as s:
        assert export_roster(s, enterprise_id, out) == 3
    parsed = read_roster(out)
    assert parsed.issues == []
    assert parsed.present == set(FIELDS)
    for row, values in zip(parsed.rows, stored, strict=True):
        assert row == values
    with db.read() as s:
        before = list(s.execute(select(Learner.id, Learner.version, Learner.updated_at)))
    with db.write() as s:
        result = import_roster(s, enterprise_id, parsed)
    assert (result.added, result.updated, result.unchanged, result.changed) == (0, 0, 3, [])
    with db.read() as s:
        assert list(s.execute(select(Learner.id, Learner.version, Learner.updated_at))) == before


def test_export_cells_text_ids_real_dates_labels_and_the_template_sheets(
    tmp_path: Path, db: Database, enterprise_id: int, stored: list[dict[str, Any]]
) -> None:
    out = tmp_path / "导出.xlsx"
    with db.write() as s:
        export_roster(s, enterprise_id, out)
    wb = load_workbook(out)
    assert wb.sheetnames[:2] == ["花名册", "填写说明"]
    ws = wb["花名册"]
    assert ws.freeze_panes == "A2" and len(ws.data_validations.dataValidation) == 7
    header = [c.value for c in ws[1]]
    first = {h: c for h, c in zip(header, ws[2], strict=True)}
    assert first["身份证号"].value == stored[0]["id_number"] and first["身份证号"].data_type == "s"
    assert first["身份证号"].number_format == "@"
    assert first["工号"].value == "00123" and first["手机号"].data_type == "s"
    assert first["入职日期"].is_date and first["入职日期"].value.date() == dt.date(2019, 3, 1)
    assert (first["性别"].value, first["民族"].value, first["岗位类别"].value) == ("女", "维吾尔族", "其他")
    assert (first["户籍性质"].value, first["原学历"].value, first["职工类别"].value) == (
        "城镇",
        "本科及以上",
        "农民工",
    )
    assert first["工会会员"].value == "是" and first["备注"].data_type == "s"
    left = {h: c.value for h, c in zip(header, ws[4], strict=True)}
    assert left["离职日期"].date() == dt.date(2023, 8, 31) and left["工会会员"] == "否"
    with db.read() as s:
        detail = s.scalar(select(AuditEntry.detail).where(AuditEntry.action == "export"))
    assert detail is not None and "含完整身份证号" in detail


def test_a_cancelled_export_leaves_the_old_file_and_no_temporary_file(
    tmp_path: Path, db: Database, enterprise_id: int, stored: list[dict[str, Any]]
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "导出.xlsx"
    out.write_bytes(b"the previous export")
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled), db.write() as s:
        export_roster(s, enterprise_id, out, progress)
    assert out.read_bytes() == b"the previous export"
    assert [p.name for p in folder.iterdir()] == ["导出.xlsx"]


def test_export_into_a_missing_folder_is_one_clear_failure(
    tmp_path: Path, db: Database, enterprise_id: int
) -> None:
    from qiuxue_desktop.errors import OperationFailed

    with pytest.raises(OperationFailed, match="不存在"), db.write() as s:
        export_roster(s, enterprise_id, tmp_path / "nope" / "x.xlsx")
