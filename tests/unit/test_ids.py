"""ID numbers (GB 11643) and credit codes (GB 32100): checks, derived facts, masking."""

from __future__ import annotations

import datetime as dt

import pytest

from qiuxue_desktop.domain.ids import (
    clean_id_number,
    clean_uscc,
    id_check_char,
    id_facts,
    id_number_problem,
    mask_id,
    uscc_problem,
)


@pytest.mark.parametrize("number", ["11010519491231002X", "440524188001010014", "370101190102039973"])
def test_brief_vectors_have_right_check_characters(number: str) -> None:
    assert id_check_char(number[:17]) == number[-1]


def test_valid_numbers_pass_even_with_a_region_code_no_longer_listed() -> None:
    assert id_number_problem("11010519491231002X") is None
    assert id_number_problem("370101190102039973") is None  # 370101 is not a current county code


def test_births_before_1900_are_refused_as_the_platform_does() -> None:
    assert "不可能" in (id_number_problem("440524188001010014") or "")


def test_wrong_check_character_is_named() -> None:
    assert "校验码" in (id_number_problem("110105194912310021") or "")


def test_impossible_birth_dates() -> None:
    # 1949-02-30 does not exist; the check digit is recomputed so only the date is wrong
    body = "11010519490230002"
    assert "不是真实的日期" in (id_number_problem(body + id_check_char(body)) or "")
    future = "110105" + (dt.date.today() + dt.timedelta(days=400)).strftime("%Y%m%d") + "002"
    assert "不可能" in (id_number_problem(future + id_check_char(future)) or "")


def test_length_and_characters() -> None:
    assert "18位" in (id_number_problem("1101051949123100") or "")
    assert "17位数字" in (id_number_problem("11010519491231002A") or "")


def test_cleaning_folds_full_width_and_spaces() -> None:
    assert clean_id_number("１１０１０５ 1949 1231 002x\u00a0") == "11010519491231002X"


def test_facts_from_the_number() -> None:
    facts = id_facts("11010519491231002X")
    assert facts.birth_date == dt.date(1949, 12, 31)
    assert facts.gender == "2"  # sequence 002: even → female
    assert facts.region == "110105"
    assert id_facts("440524188001010014").gender == "1"


def test_mask_keeps_first_three_and_last_four() -> None:
    assert mask_id("110105194912311234") == "110***********1234"


def test_uscc() -> None:
    assert uscc_problem("91110000600037341L") is None
    # quoted on the web as an example, but its check character is wrong (brief §6.2)
    assert "校验码" in (uscc_problem("91310115MA1G4L1WXK") or "")
    assert uscc_problem(clean_uscc(" 91110000600037341l ")) is None
    assert "18位" in (uscc_problem("9111000060003734") or "")
