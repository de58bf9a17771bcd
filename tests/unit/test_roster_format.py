"""Roster columns: header normalisation and the cleaning of each kind of cell, as a person would."""

from __future__ import annotations

import datetime as dt

import pytest

from qiuxue_desktop.domain import codes
from qiuxue_desktop.io.excel.roster_format import (
    BY_FIELD,
    COLUMNS,
    HEADER_INDEX,
    MISSING,
    CellProblem,
    clean_column,
    normalize_header,
    to_cell,
)
from qiuxue_desktop.services.learners import FIELDS


def clean(field: str, value: object) -> object:
    return BY_FIELD[field].clean(value)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("身份证号码（18位）*", "身份证号码"),
        (" 姓 名 ", "姓名"),
        ("*手机号(必填)", "手机号"),
        ("入职日期\n(yyyy-mm-dd)", "入职日期"),
        ("户籍性质【农村/城镇】＊", "户籍性质"),
        ("公民身份号码", "公民身份号码"),
        ("ＩＤ", "ID"),
    ],
)
def test_header_notes_spaces_and_full_width_are_dropped(written: str, expected: str) -> None:
    assert normalize_header(written) == expected


def test_every_header_of_cli_md_is_known_and_every_field_has_a_column() -> None:
    for header, field in [
        ("姓名", "name"),
        ("身份证号", "id_number"),
        ("身份证号码", "id_number"),
        ("公民身份号码", "id_number"),
        ("证件号码", "id_number"),
        ("性别", "gender"),
        ("民族", "ethnic_group"),
        ("手机号", "phone"),
        ("手机号码", "phone"),
        ("联系电话", "phone"),
        ("手机", "phone"),
        ("部门", "department"),
        ("所在部门", "department"),
        ("车间", "department"),
        ("岗位类别", "post_category"),
        ("是否一线", "post_category"),
        ("一线职工", "post_category"),
        ("入职日期", "hire_date"),
        ("入职时间", "hire_date"),
        ("户籍性质", "hukou_type"),
        ("户口性质", "hukou_type"),
        ("户籍所在地", "hukou_place"),
        ("户籍地址", "hukou_place"),
        ("原学历", "prior_education"),
        ("文化程度", "prior_education"),
        ("最高学历", "prior_education"),
    ]:
        assert HEADER_INDEX[header][0] == field, header
    assert [c.field for c in COLUMNS] == list(FIELDS)


def test_id_number_is_folded_and_upper_cased() -> None:
    assert clean("id_number", " 11010519491231002x ") == "11010519491231002X"
    assert clean("id_number", "１１０１０５１９４９１２３１００２Ｘ") == "11010519491231002X"
    assert clean("id_number", "110105 1949 1231 002X") == "11010519491231002X"


@pytest.mark.parametrize("number", [110105194912310021.0, 110105194912310021, 4.40524188001010e17])
def test_id_number_stored_as_a_number_is_always_rejected_with_the_reason(number: object) -> None:
    with pytest.raises(CellProblem) as exc:
        clean("id_number", number)
    assert "15位" in exc.value.message and "文本" in exc.value.message


def test_phone_numbers_from_text_or_number_cells() -> None:
    assert clean("phone", 13800138000.0) == "13800138000"
    assert clean("phone", 13800138000) == "13800138000"
    assert clean("phone", "138 0013 8000") == "13800138000"
    assert clean("phone", "138-0013-8000") == "13800138000"
    assert clean("phone", "+86 13800138000") == "13800138000"
    assert clean("phone", "１３８００１３８０００") == "13800138000"
    with pytest.raises(CellProblem):
        clean("phone", 1380013.5)


@pytest.mark.parametrize(
    "value",
    [
        dt.date(2024, 3, 1),
        dt.datetime(2024, 3, 1, 8, 30),
        45352,  # Excel's serial number of 2024-03-01
        45352.0,
        "2024-03-01",
        "2024/3/1",
        "2024.3.1",
        "2024年3月1日",
        " 2024 年 3 月 1 日 ",
        "２０２４－０３－０１",
        "20240301",
        20240301,
        "2024-03-01 00:00:00",
    ],
)
def test_dates_in_every_form_a_person_writes(value: object) -> None:
    assert clean("hire_date", value) == dt.date(2024, 3, 1)


@pytest.mark.parametrize("value", ["2024-02-30", "明天", "2024-13-01", True, dt.time(8, 0), -3])
def test_bad_dates_are_problems_not_crashes(value: object) -> None:
    with pytest.raises(CellProblem) as exc:
        clean("hire_date", value)
    assert "入职日期" in exc.value.message


@pytest.mark.parametrize(
    ("field", "written", "code"),
    [
        ("post_category", "一线", "1"),
        ("post_category", "一线职工", "1"),
        ("post_category", "是", "1"),
        ("post_category", "其他", "2"),
        ("post_category", "否", "2"),
        ("hukou_type", "农村", "1"),
        ("hukou_type", "农业", "1"),
        ("hukou_type", "农业户口", "1"),
        ("hukou_type", "城镇", "2"),
        ("hukou_type", "非农业", "2"),
        ("hukou_type", "非农业户口", "2"),
        ("prior_education", "小学", "1"),
        ("prior_education", "初中", "1"),
        ("prior_education", "初中及以下", "1"),
        ("prior_education", "高中", "2"),
        ("prior_education", "中专", "2"),
        ("prior_education", "职高", "2"),
        ("prior_education", "技校", "2"),
        ("prior_education", "高中/中专/技校", "2"),
        ("prior_education", "大专", "3"),
        ("prior_education", "专科", "3"),
        ("prior_education", "本科", "4"),
        ("prior_education", "硕士", "4"),
        ("prior_education", "研究生", "4"),
        ("prior_education", "博士", "4"),
        ("prior_education", "本科及以上", "4"),
        ("ethnic_group", "汉", "01"),
        ("ethnic_group", "汉族", "01"),
        ("ethnic_group", "壮族", "08"),
        ("ethnic_group", " 壮 ", "08"),
        ("ethnic_group", "08", "08"),
        ("ethnic_group", 8, "08"),
        ("gender", "男", "1"),
        ("gender", "女", "2"),
        ("worker_category", "农民工", "1"),
        ("worker_category", "产业工人", "2"),
    ],
)
def test_coded_words_become_codes(field: str, written: object, code: str) -> None:
    assert clean(field, written) == code


@pytest.mark.parametrize(
    ("field", "written"), [("post_category", "二线"), ("ethnic_group", "火星族"), ("gender", "未知")]
)
def test_unknown_words_say_what_is_accepted(field: str, written: str) -> None:
    with pytest.raises(CellProblem) as exc:
        clean(field, written)
    assert written in exc.value.message


def test_union_member_yes_no_and_boolean_cells() -> None:
    assert clean("union_member", "是") is True
    assert clean("union_member", "否") is False
    assert clean("union_member", True) is True
    with pytest.raises(CellProblem):
        clean("union_member", "也许")


def test_region_code_or_an_address_that_defers_to_the_id_number() -> None:
    assert clean("hukou_place", 320102) == "320102"
    assert clean("hukou_place", "320102") == "320102"
    assert clean("hukou_place", "江苏省南京市玄武区") == ""  # taken from the ID number later


def test_names_lose_every_space() -> None:
    assert clean("name", " 张 三 ") == "张三"
    assert clean("name", "阿依古丽・买买提") == "阿依古丽·买买提"


def test_every_code_survives_the_trip_through_its_label() -> None:
    tables = {
        "gender": codes.GENDERS,
        "ethnic_group": codes.ETHNIC_GROUPS,
        "post_category": codes.POST_CATEGORIES,
        "hukou_type": codes.HUKOU_TYPES,
        "prior_education": codes.PRIOR_EDUCATION,
        "worker_category": codes.WORKER_CATEGORIES,
    }
    for field, table in tables.items():
        for code in table:
            assert clean(field, to_cell(field, code)) == code, (field, code)
    for flag in (True, False):
        assert clean("union_member", to_cell("union_member", flag)) is flag


def test_clean_column_fills_defaults_and_reports_each_bad_position() -> None:
    ethnic = clean_column(BY_FIELD["ethnic_group"], ["汉族", "", "火星", "  ", "壮"])
    assert ethnic.values == ["01", "01", MISSING, "01", "08"]
    assert list(ethnic.problems) == [2] and ethnic.missing == [2]
    phones = clean_column(BY_FIELD["phone"], ["13800138000", "", 13800138001.0])
    assert phones.values[0] == "13800138000" and phones.values[2] == "13800138001"
    assert phones.problems == {1: "手机号不能为空"}
    gender = clean_column(BY_FIELD["gender"], ["男", ""])
    assert gender.values == ["1", MISSING] and gender.missing == [1] and not gender.problems
