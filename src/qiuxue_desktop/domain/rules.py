"""Field rules of a learner record, shared by the detail form, the importer and the services.

Each check returns None or one sentence in Chinese; it never raises.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from qiuxue_desktop.domain import codes
from qiuxue_desktop.domain.ids import id_facts, id_number_problem

_PHONE = re.compile(r"^1\d{10}$")
NAME_MAX = 30


def clean_name(raw: str) -> str:
    """Names lose every space (inner ones too) and full-width forms; `·` stays."""
    text = unicodedata.normalize("NFKC", raw)
    text = text.replace("•", "·").replace("・", "·")
    return "".join(text.split())


def name_problem(name: str) -> str | None:
    if not name:
        return "姓名不能为空"
    if len(name) > NAME_MAX:
        return f"姓名最多{NAME_MAX}个字，这里有{len(name)}个"
    if any(ch.isdigit() for ch in name):
        return "姓名中不能有数字"
    return None


def clean_digits(raw: str) -> str:
    return "".join(unicodedata.normalize("NFKC", raw).split()).replace("-", "")


def phone_problem(phone: str) -> str | None:
    if not phone:
        return "手机号不能为空"
    if not _PHONE.match(phone):
        return f"手机号应为以1开头的11位数字，这里是“{phone}”"
    return None


def region_problem(code: str) -> str | None:
    if not codes.is_region_code(code):
        return f"户籍所在地应为6位行政区划代码（GB/T 2260），这里是“{code}”"
    return None


# Coded fields checked against their tables: field → (table, label).
_CODED: tuple[tuple[str, dict[str, str], str], ...] = (
    ("ethnic_group", codes.ETHNIC_GROUPS, "民族"),
    ("hukou_type", codes.HUKOU_TYPES, "户籍性质"),
    ("post_category", codes.POST_CATEGORIES, "岗位类别"),
    ("prior_education", codes.PRIOR_EDUCATION, "原学历"),
    ("worker_category", codes.WORKER_CATEGORIES, "职工类别"),
)


def learner_problems(values: dict[str, object], *, today: dt.date | None = None) -> dict[str, str]:
    """Cross-field checks of a learner's typed values: field name → problem.

    `values` holds the fields present (typed: str, date, bool). Single-field
    checks run for the fields given; checks between fields run when both are there.
    The first problem found for a field is the one kept. (Runs once per imported
    row: kept free of closures and per-call allocations.)
    """
    if today is None:
        today = dt.date.today()
    problems: dict[str, str] = {}
    problem: str | None

    if "name" in values:
        problem = name_problem(str(values["name"]))
        if problem:
            problems["name"] = problem
    facts = None
    if "id_number" in values:
        number = str(values["id_number"])
        problem = id_number_problem(number, today)
        if problem:
            problems["id_number"] = problem
        else:
            facts = id_facts(number)
    if "phone" in values:
        problem = phone_problem(str(values["phone"]))
        if problem:
            problems["phone"] = problem
    if "department" in values and not str(values["department"]).strip():
        problems["department"] = "部门不能为空"
    gender = values.get("gender")
    if gender is not None and facts is not None and gender != facts.gender:
        problems["gender"] = (
            f"性别“{codes.GENDERS.get(str(gender), gender)}”与身份证号不符（身份证号为"
            f"{codes.GENDERS[facts.gender]}性）"
        )
    hire = values.get("hire_date")
    if isinstance(hire, dt.date):
        if hire > today:
            problems["hire_date"] = f"入职日期{hire.isoformat()}在今天之后"
        elif facts is not None and hire < facts.birth_date:
            problems["hire_date"] = "入职日期早于出生日期"
    leave = values.get("leave_date")
    if isinstance(leave, dt.date) and isinstance(hire, dt.date) and leave < hire:
        problems["leave_date"] = "离职日期早于入职日期"
    place = values.get("hukou_place")
    if place:
        problem = region_problem(str(place))
        if problem:
            problems["hukou_place"] = problem
    for field, table, label in _CODED:
        if field in values:
            value = values[field]
            if value not in table:
                problems[field] = f"{label}的代码“{value}”不在代码表中"
    return problems
