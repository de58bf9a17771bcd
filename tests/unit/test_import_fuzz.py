"""Broken workbooks thrown at the importer: it answers RosterRejected (exit 3, with the cause) or imports
correctly — never anything else.

Wrong cell types, merged cells, 10,000-character strings, formulas, title rows, empty and hidden
sheets, files that are not workbooks at all, truncated files and a password-protected workbook.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path
from typing import Any

import msoffcrypto.format.ooxml
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from tests.unit.roster_samples import HEADERS, sample_row, sample_rows, write_roster

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain import Department, Learner
from qiuxue_desktop.io.excel.roster_format import BY_FIELD
from qiuxue_desktop.io.excel.roster_import import ParsedRoster, RosterRejected, import_roster, read_roster

FUZZ = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
SYNONYMS = {h: BY_FIELD[f].headers for h, f in zip(HEADERS, list(BY_FIELD), strict=False)}

text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=30)
cell_values = st.one_of(
    st.none(),
    text,
    st.sampled_from(["", "   ", "　", "男", "一线", "农村", "大专", "汉族", "2024-02-30", "x", "是"]),
    st.integers(min_value=-(10**18), max_value=10**18),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(9999, 12, 31)),
    st.datetimes(min_value=dt.datetime(1900, 3, 1), max_value=dt.datetime(9999, 12, 31)),
    st.just("长" * 10_000),
    st.sampled_from(["=1+2", "=A1&B1", "=SUM(A:A)", "=1/0"]),
)


@st.composite
def rosters(draw: st.DrawFn) -> dict[str, Any]:
    """A roster recipe: headers (synonyms, order, gaps, strangers), rows of mostly good values
    with some cells replaced by anything at all, title rows, merged ranges, sheet tricks."""
    noisy = draw(st.booleans())  # else every required column is there and no cell is replaced
    optional = {"性别", "民族", "户籍所在地"}
    columns: list[str | None] = [
        c
        for c in draw(st.permutations(HEADERS))
        if draw(st.integers(0, 9)) > 0 or not (noisy or c in optional)
    ]
    headers: list[Any] = [
        draw(st.sampled_from(SYNONYMS[c])) + draw(st.sampled_from(["", "*", "（必填）"]))
        for c in columns
        if c is not None
    ]
    if draw(st.booleans()):  # a column the importer does not know
        at = draw(st.integers(0, len(columns)))
        columns.insert(at, None)
        headers.insert(at, draw(st.one_of(text, st.integers())))
    start = draw(st.integers(0, 400))
    rows = []
    for i in range(draw(st.integers(0 if noisy else 1, 6))):
        good = dict(zip(HEADERS, sample_row(start + i), strict=True))
        row = [good[c] if c is not None else draw(cell_values) for c in columns]
        for j in range(len(row)):
            if noisy and draw(st.integers(0, 7)) == 0:
                row[j] = draw(cell_values)
        rows.append(row)
    return {
        "headers": headers,
        "rows": rows,
        "titles": draw(st.lists(st.one_of(text, st.just("花名册")), max_size=3)),
        "merges": []
        if not noisy
        else draw(
            st.lists(
                st.tuples(st.integers(1, 12), st.integers(1, 12), st.integers(0, 3), st.integers(0, 3)),
                max_size=3,
            )
        ),
        "hidden_first": draw(st.booleans()),
        "empty_first_visible": noisy and draw(st.integers(0, 9)) == 0,
    }


def build(path: Path, recipe: dict[str, Any]) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    if recipe["hidden_first"]:
        ws.append(["姓名", "身份证号"])
        ws.append(["藏起来的人", "110105194912310021"])
        ws.sheet_state = "hidden"
        ws = wb.create_sheet("花名册")
    if recipe["empty_first_visible"]:
        wb.create_sheet("名单")
    else:
        for title in recipe["titles"]:
            ws.append([title])
        ws.append(recipe["headers"])
        for row in recipe["rows"]:
            ws.append(row)
        for r, c, dr, dc in recipe["merges"]:
            if dr or dc:
                ws.merge_cells(start_row=r, start_column=c, end_row=r + dr, end_column=c + dc)
    wb.save(path)
    return path


def check_rejection(exc: RosterRejected) -> None:
    assert exc.exit_code == 3 and exc.issues
    assert str(exc).startswith("花名册")
    for issue in exc.issues:
        line = issue.describe()
        assert line and "\n" not in line


def check_import(db: Database, enterprise_id: int, parsed: ParsedRoster) -> None:
    """Import in a transaction that is rolled back: the outcome is checked, then forgotten."""
    with Session(db.engine) as s:
        if parsed.issues:
            event("rows rejected")
            with pytest.raises(RosterRejected) as exc:
                import_roster(s, enterprise_id, parsed)
            check_rejection(exc.value)
            assert s.scalar(select(func.count()).select_from(Learner)) == 0
        else:
            event("imported")
            result = import_roster(s, enterprise_id, parsed)
            assert result.added == len({r["id_number"] for r in parsed.rows}) == len(parsed.rows)
            stored = {
                r[0].id_number: r
                for r in s.execute(
                    select(Learner, Department.name.label("dept"))
                    .join(Department)
                    .where(Learner.enterprise_id == enterprise_id)
                )
            }
            assert len(stored) == len(parsed.rows)
            for row in parsed.rows:
                learner, dept = stored[row["id_number"]]
                for field, value in row.items():
                    assert (dept if field == "department" else getattr(learner, field)) == value, field
        s.rollback()


@FUZZ
@given(recipe=rosters())
def test_broken_workbooks_are_rejected_or_imported_correctly(
    tmp_path: Path, db: Database, enterprise_id: int, recipe: dict[str, Any]
) -> None:
    path = build(tmp_path / "fuzz.xlsx", recipe)
    try:
        parsed = read_roster(path)
    except RosterRejected as exc:
        event("file rejected")
        check_rejection(exc)
        return
    check_import(db, enterprise_id, parsed)


@FUZZ
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".xlsx", ".xls", ".ods", ".csv", ""]))
def test_bytes_that_are_not_a_workbook_are_rejected(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    with pytest.raises(RosterRejected) as exc:
        read_roster(path)
    check_rejection(exc.value)


@pytest.fixture(scope="module")
def good_roster(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_roster(tmp_path_factory.mktemp("fuzz") / "good.xlsx", sample_rows(30))


@FUZZ
@given(cut=st.floats(min_value=0.0, max_value=0.999))
def test_truncated_workbooks_are_rejected(tmp_path: Path, good_roster: Path, cut: float) -> None:
    path = tmp_path / "truncated.xlsx"
    path.write_bytes(good_roster.read_bytes()[: int(len(good_roster.read_bytes()) * cut)])
    with pytest.raises(RosterRejected) as exc:
        read_roster(path)
    check_rejection(exc.value)


@FUZZ
@given(
    junk=st.binary(min_size=1, max_size=400),
    member=st.sampled_from(["xl/worksheets/sheet1.xml", "xl/workbook.xml", "xl/sharedStrings.xml"]),
)
def test_workbooks_with_a_damaged_part_are_rejected_or_read(
    tmp_path: Path, db: Database, enterprise_id: int, good_roster: Path, junk: bytes, member: str
) -> None:
    """A zip that is intact but one of whose XML parts is garbage."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good_roster.read_bytes())) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, junk if item.filename == member else src.read(item))
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(out.getvalue())
    try:
        parsed = read_roster(path)
    except RosterRejected as exc:
        check_rejection(exc)
        return
    check_import(db, enterprise_id, parsed)


def test_password_protected_workbook_is_rejected_with_the_reason(tmp_path: Path, good_roster: Path) -> None:
    encrypted = io.BytesIO()
    msoffcrypto.format.ooxml.OOXMLFile(io.BytesIO(good_roster.read_bytes())).encrypt("123456", encrypted)
    path = tmp_path / "加密.xlsx"
    path.write_bytes(encrypted.getvalue())
    with pytest.raises(RosterRejected) as exc:
        read_roster(path)
    assert "密码" in str(exc.value) and "加密.xlsx" in str(exc.value)


def test_a_workbook_whose_only_visible_sheet_is_empty(tmp_path: Path) -> None:
    wb = Workbook()
    wb.active.append(["姓名", "身份证号"])  # type: ignore[union-attr]
    wb.active.sheet_state = "hidden"  # type: ignore[union-attr]
    wb.create_sheet("空表")
    wb.save(tmp_path / "e.xlsx")
    with pytest.raises(RosterRejected, match="没有找到表头"):
        read_roster(tmp_path / "e.xlsx")
