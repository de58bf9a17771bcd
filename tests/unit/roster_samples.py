"""Roster workbooks for the tests, written by openpyxl the way a coordinator's Excel file looks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from qiuxue_desktop.domain.ids import id_check_char

# cli.md's first header of each field, in cli.md's order.
HEADERS = [
    "姓名",
    "身份证号",
    "性别",
    "民族",
    "手机号",
    "部门",
    "岗位类别",
    "入职日期",
    "户籍性质",
    "户籍所在地",
    "原学历",
]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂"
REGIONS = ("320102", "110105", "440305", "510104", "370102")


def make_id(
    n: int, *, region: str = "320102", birth: dt.date | None = None, female: bool | None = None
) -> str:
    """A valid ID number, different for each n."""
    birth = birth or dt.date(1970, 1, 1) + dt.timedelta(days=23 * (n % 500))
    seq = n % 1000
    if female is not None and (seq % 2 == 1) == female:
        seq = (seq + 1) % 1000
    first17 = f"{region}{birth:%Y%m%d}{seq:03d}"
    return first17 + id_check_char(first17)


def sample_row(n: int) -> list[Any]:
    """One good roster row in HEADERS order, as a person types it."""
    number = make_id(n, region=REGIONS[n % len(REGIONS)])
    return [
        SURNAMES[n % len(SURNAMES)] + GIVEN[(n * 7) % len(GIVEN)] + GIVEN[(n * 3) % len(GIVEN)],
        number,
        "男" if int(number[16]) % 2 else "女",
        ("汉族", "壮族", "回族", "汉")[n % 4],
        f"13{n % 10}{n:08d}",
        ("一车间", "二车间", "质检部")[n % 3],
        ("一线", "其他", "是")[n % 3],
        dt.date(2015, 1, 1) + dt.timedelta(days=13 * (n % 300)),
        ("农村", "城镇", "农业户口")[n % 3],
        number[:6],
        ("初中", "高中", "大专", "本科及以上")[n % 4],
    ]


def sample_rows(count: int, start: int = 0) -> list[list[Any]]:
    return [sample_row(n) for n in range(start, start + count)]


def write_roster(
    path: Path,
    rows: Sequence[Sequence[Any]],
    *,
    headers: Sequence[str] = HEADERS,
    title_rows: Sequence[str] = (),
    sheet: str = "花名册",
    hidden_first_sheet: bool = False,
) -> Path:
    """A workbook whose (first visible) sheet holds optional title rows, the headers and `rows`."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    if hidden_first_sheet:
        ws.title = "旧名单"
        ws.append(["姓名", "身份证号"])
        ws.append(["不该读到", "110105194912310021"])
        ws.sheet_state = "hidden"
        ws = wb.create_sheet(sheet)
    else:
        ws.title = sheet
    for title in title_rows:
        ws.append([title])
        if len(headers) > 1:
            ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=len(headers))
    ws.append(list(headers))
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path
