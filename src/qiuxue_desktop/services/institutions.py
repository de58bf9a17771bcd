"""Institutions (院校): add, edit, delete (only without programmes), list and look up.

Values travel as keyword arguments; a bad value raises InstitutionRejected whose
`problems` maps the field (see INSTITUTION_FIELDS) to a Chinese reason, for the form.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qiuxue_desktop.domain import Institution, Programme
from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.errors import InputRejected, StaleRecord
from qiuxue_desktop.services.auth import require

INSTITUTION_FIELDS: dict[str, str] = {
    "code": "院校代码",
    "name": "院校名称",
    "contact_person": "联系人",
    "phone": "联系电话",
    "teaching_site": "教学点",
    "max_suspension_months": "最长休学（月）",
    "notes": "备注",
}
_PHONE = re.compile(r"^[0-9()+\-,;/ 转]{5,30}$")
MAX_SUSPENSION_LIMIT = 120


class InstitutionRejected(InputRejected):
    """An institution's values are wrong; `problems` maps field → reason."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = problems
        text = "；".join(f"{INSTITUTION_FIELDS.get(f, f)}：{p}" for f, p in problems.items())
        super().__init__(f"院校信息有误，未保存。{text}。")


@dataclass(frozen=True, slots=True)
class InstitutionRow:
    id: int
    record_id: str
    version: int
    code: str
    name: str
    contact_person: str
    phone: str
    teaching_site: str
    max_suspension_months: int
    notes: str
    programme_count: int


def _text(value: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", value).split())


def institution_problems(
    *, code: str, name: str, phone: str = "", max_suspension_months: int = 24
) -> dict[str, str]:
    """Field → reason for the values a form holds (already cleaned); empty when all are right."""
    problems: dict[str, str] = {}
    if not (len(code) == 5 and code.isdigit()):
        problems["code"] = f"院校代码应为5位数字（国标院校代码），这里是“{code}”"
    if not name:
        problems["name"] = "院校名称不能为空"
    elif len(name) > 60:
        problems["name"] = f"院校名称最多60个字，这里有{len(name)}个"
    if phone and not _PHONE.match(phone):
        problems["phone"] = f"联系电话“{phone}”不像电话号码：只能有数字、括号、加号和短横线"
    if not 1 <= max_suspension_months <= MAX_SUSPENSION_LIMIT:
        problems["max_suspension_months"] = f"最长休学应为1到{MAX_SUSPENSION_LIMIT}个月"
    return problems


def _check_code_free(session: Session, enterprise_id: int, code: str, own_id: int | None) -> None:
    other = session.scalar(
        select(Institution.name).where(
            Institution.enterprise_id == enterprise_id,
            Institution.code == code,
            Institution.id != (own_id or 0),
        )
    )
    if other is not None:
        raise InstitutionRejected({"code": f"院校代码{code}已登记为“{other}”"})


def create_institution(
    session: Session,
    *,
    enterprise_id: int,
    code: str,
    name: str,
    contact_person: str = "",
    phone: str = "",
    teaching_site: str = "",
    max_suspension_months: int = 24,
    notes: str = "",
) -> int:
    """Add an institution; its national code must be new. Returns its id."""
    require(session, Permission.EDIT_COURSEWORK)
    code, name, phone = _text(code), _text(name), _text(phone)
    problems = institution_problems(
        code=code, name=name, phone=phone, max_suspension_months=max_suspension_months
    )
    if problems:
        raise InstitutionRejected(problems)
    _check_code_free(session, enterprise_id, code, None)
    inst = Institution(
        enterprise_id=enterprise_id,
        code=code,
        name=name,
        contact_person=_text(contact_person),
        phone=phone,
        teaching_site=_text(teaching_site),
        max_suspension_months=max_suspension_months,
        notes=notes.strip(),
    )
    session.add(inst)
    session.flush()
    return inst.id


def _load(session: Session, institution_id: int, expected_version: int | None) -> Institution:
    inst = session.get(Institution, institution_id)
    if inst is None:
        raise InputRejected("该院校不存在，可能已被删除。")
    if expected_version is not None and inst.version != expected_version:
        raise StaleRecord(f"院校“{inst.name}”刚被其他人修改过，请重新打开后再改。")
    return inst


def update_institution(
    session: Session,
    institution_id: int,
    *,
    expected_version: int | None,
    code: str,
    name: str,
    contact_person: str,
    phone: str,
    teaching_site: str,
    max_suspension_months: int,
    notes: str = "",
) -> None:
    """Replace every field of an institution. Its code may change only while no programme of
    it has an enrolment: a 学籍 already reported carries the code."""
    require(session, Permission.EDIT_COURSEWORK)
    inst = _load(session, institution_id, expected_version)
    code, name, phone = _text(code), _text(name), _text(phone)
    problems = institution_problems(
        code=code, name=name, phone=phone, max_suspension_months=max_suspension_months
    )
    if problems:
        raise InstitutionRejected(problems)
    if code != inst.code:
        _check_code_free(session, inst.enterprise_id, code, inst.id)
        from qiuxue_desktop.domain import Enrolment

        if session.scalar(select(Enrolment.id).where(Enrolment.institution_id == inst.id).limit(1)):
            raise InstitutionRejected(
                {"code": "该院校已有学员学籍，院校代码不能再改（毕业证书编号和上报数据都用它）"}
            )
    inst.code, inst.name, inst.phone = code, name, phone
    inst.contact_person = _text(contact_person)
    inst.teaching_site = _text(teaching_site)
    inst.max_suspension_months = max_suspension_months
    inst.notes = notes.strip()
    session.flush()


def delete_institution(session: Session, institution_id: int) -> None:
    """Delete an institution that has no programme; otherwise refuse with one sentence."""
    require(session, Permission.EDIT_COURSEWORK)
    inst = _load(session, institution_id, None)
    count = session.scalar(
        select(func.count()).select_from(Programme).where(Programme.institution_id == inst.id)
    )
    if count:
        raise InputRejected(f"院校“{inst.name}”下还有{count}个专业，不能删除：请先删除这些专业。")
    session.delete(inst)
    session.flush()


def _row(inst: Institution, programmes: int) -> InstitutionRow:
    return InstitutionRow(
        inst.id,
        inst.record_id,
        inst.version,
        inst.code,
        inst.name,
        inst.contact_person,
        inst.phone,
        inst.teaching_site,
        inst.max_suspension_months,
        inst.notes,
        programmes,
    )


def list_institutions(session: Session, enterprise_id: int) -> list[InstitutionRow]:
    """Every institution of the enterprise, by code, with how many programmes each has."""
    require(session, Permission.READ)
    counts = (
        select(Programme.institution_id, func.count().label("n"))
        .group_by(Programme.institution_id)
        .subquery()
    )
    stmt = (
        select(Institution, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.institution_id == Institution.id)
        .where(Institution.enterprise_id == enterprise_id)
        .order_by(Institution.code)
    )
    return [_row(inst, n) for inst, n in session.execute(stmt)]


def get_institution(session: Session, institution_id: int) -> InstitutionRow:
    require(session, Permission.READ)
    inst = _load(session, institution_id, None)
    n = session.scalar(select(func.count()).select_from(Programme).where(Programme.institution_id == inst.id))
    return _row(inst, int(n or 0))
