"""The honour roll of a term, as the poster (io/pdf/honour_roll.py) and the newsletter's list
(io/excel/honour_list.py) print it: the approved nominees with their department, programme and
account, and the photo of those who consented to one. No ID number, no phone: it hangs in public.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from qiuxue_desktop.domain import Certificate, Department, Enrolment, Institution, Learner, Programme
from qiuxue_desktop.domain.honours import APPROVED, HonourNomination, HonourPhoto, HonourRound
from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.domain.study_codes import LEVELS
from qiuxue_desktop.errors import InputRejected
from qiuxue_desktop.services.auth import require


@dataclass(frozen=True, slots=True)
class RollEntry:
    name: str
    department: str
    institution: str
    programme: str
    level: str
    account: str
    certificate_number: str
    photo: bytes | None  # JPEG, only with the learner's consent

    @property
    def study(self) -> str:
        return f"{self.institution} {self.programme}" + (f"（{self.level}）" if self.level else "")


@dataclass(frozen=True, slots=True)
class HonourRoll:
    term: str
    enterprise: str
    union: str
    made_on: dt.date
    entries: tuple[RollEntry, ...]

    def texts(self) -> list[tuple[str, str]]:
        out = [("企业名称", self.enterprise), ("工会名称", self.union)]
        for e in self.entries:
            out += [(f"学员“{e.name}”的姓名", e.name), (f"{e.name}的部门和专业", e.department + e.study)]
            out.append((f"{e.name}的事迹", e.account))
        return out


def honour_roll(session: Session, round_id: int, *, today: dt.date | None = None) -> HonourRoll:
    """The round's approved nominees, by department and name."""
    require(session, Permission.READ)
    from qiuxue_desktop.io.pdf.documents import enterprise_record, union_name

    r = session.get(HonourRound, round_id)
    if r is None:
        raise InputRejected("这一学期的评选不存在，可能已被删除。")
    rows = session.execute(
        select(
            Learner.name,
            Department.name,
            Institution.name,
            Programme.name,
            Programme.level,
            HonourNomination.account,
            Certificate.number,
            Certificate.voided_at,
            HonourPhoto.data,
        )
        .join(Learner, Learner.id == HonourNomination.learner_id)
        .join(Department, Department.id == Learner.department_id)
        .join(Enrolment, Enrolment.id == HonourNomination.enrolment_id)
        .join(Programme, Programme.id == Enrolment.programme_id)
        .join(Institution, Institution.id == Enrolment.institution_id)
        .outerjoin(Certificate, Certificate.id == HonourNomination.certificate_id)
        .outerjoin(HonourPhoto, HonourPhoto.nomination_id == HonourNomination.id)
        .where(HonourNomination.round_id == round_id, HonourNomination.state == APPROVED)
        .order_by(Department.name, Learner.name_pinyin, HonourNomination.id)
    )
    entries = tuple(
        RollEntry(
            name,
            dept,
            inst,
            prog,
            LEVELS.get(level, ""),
            account,
            number if number and voided is None else "",
            photo,
        )
        for name, dept, inst, prog, level, account, number, voided, photo in rows
    )
    enterprise = enterprise_record(session)
    return HonourRoll(r.term, enterprise.name, union_name(enterprise), today or dt.date.today(), entries)
