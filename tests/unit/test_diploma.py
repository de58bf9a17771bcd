"""The diploma number: 18 digits laid out as school code, 办学类型, year, 层次 and serial, checked
against the institution, the programme and the graduation year; 自考 and skills layouts too."""

from __future__ import annotations

import pytest

from qiuxue_desktop.domain.diploma import clean_diploma_number, diploma_problem


def check(
    number: str, *, code: str = "10285", level: str = "1", form: str = "1", year: int = 2026
) -> str | None:
    return diploma_problem(number, institution_code=code, level=level, study_form=form, graduation_year=year)


def test_an_adult_college_diploma_of_the_right_layout_passes() -> None:
    # 10285 苏州大学, 5 成人, 2026, 06 专科, serial 000123
    assert check("102855202606000123") is None
    # 专升本 and 高起本 are 本科 (05)
    assert check("102855202605000001", level="2") is None
    assert check("102855202605000001", level="3") is None


@pytest.mark.parametrize(
    ("number", "kwargs", "words"),
    [
        ("10285520260600012", {}, "18位数字"),  # 17 digits
        ("1028552026060001234", {}, "18位数字"),
        ("10285520260600012X", {}, "18位数字"),
        ("102955202606000123", {}, "院校代码10285"),  # another school's code
        ("102851202606000123", {}, "办学类型是1（普通）"),  # 普通 is not 成人高考
        ("102855202506000123", {}, "年份是2025"),
        ("102855202605000123", {}, "应为06（专科）"),  # 高起专 is 专科
        ("102855202606000123", {"level": "2"}, "应为05（本科）"),
        ("102855202605000123", {"form": "3", "level": "2"}, "应为7（网络）"),  # 网络教育
        ("", {}, "须填写"),
    ],
)
def test_each_part_is_checked_with_a_reason(number: str, kwargs: dict[str, str], words: str) -> None:
    problem = check(number, **kwargs)  # type: ignore[arg-type]
    assert problem is not None and words in problem, problem


def test_open_education_takes_adult_or_online_type() -> None:
    assert check("511615202606000001", code="51161", form="2") is None
    assert check("511617202606000001", code="51161", form="2") is None
    assert check("511616202606000001", code="51161", form="2") is not None


def test_self_study_diplomas_have_their_own_17_digit_layout() -> None:
    # 6 自考, level digit, 32 江苏, 05 苏州, 06 吴中, 26 the year, 1 first half, serial, check digit
    assert check("65320506261000017", form="4", level="2") is None
    assert "第1位办学类型应为6" in (check("55320506261000017", form="4", level="2") or "")
    assert "省级行政区" in (check("65990506261000017", form="4", level="2") or "")
    assert "年度是25" in (check("65320506251000017", form="4", level="2") or "")
    # an 18-digit number of type 6 is accepted for 自学考试 too
    assert check("102856202605000001", form="4", level="2") is None


def test_skills_certificates_have_22_characters() -> None:
    number = "S320532050601" + "26" + "4" + "000001"
    assert len(number) == 22
    assert check(number, level="5", form="5") is None
    assert "22位" in (check(number[:-1], level="5", form="5") or "")
    assert "省级行政区" in (check("S320599050601264000001", level="5", form="5") or "")
    assert "年份是25" in (check("S320532050601254000001", level="5", form="5") or "")
    assert "等级应为1–5" in (check("S320532050601269000001", level="5", form="5") or "")


def test_secondary_vocational_diplomas_have_no_national_layout() -> None:
    assert check("ZZ2026001", level="4", form="1") is None
    assert check("中职-1", level="4", form="1") is not None


def test_cleaning_folds_full_width_digits_spaces_and_dashes() -> None:
    assert clean_diploma_number(" １０２８５ 5-2026-06 000123 ") == "102855202606000123"
    assert clean_diploma_number("s320532050601264000001") == "S320532050601264000001"
