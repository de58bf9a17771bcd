"""Certificates: issuing (numbered, signed, what is printed kept as issued), voiding, the register
with its search, and verifying a code as printed or scanned.

- Issuing needs Permission.ISSUE_CERTIFICATES. A 结业证书 is only for an enrolment that
  graduated or completed (毕业/结业), one live certificate per enrolment; 优秀学员 and 荣誉证书
  are for any learner, with an enrolment or without. All or nothing: one refusal and none is issued.
- Numbers come from the per-(year, kind) counter under the writers' lock (SQLite: the write
  transaction's BEGIN IMMEDIATE; PostgreSQL: the audit chain's advisory lock), so two PCs
  never take one number, and a voided certificate's number is never given again.
- Voiding keeps the record and its number, with who, when and why; a voided certificate is
  frozen (domain.certificates.Certificate.audit_frozen).
- Verifying works offline: the code carries what it certifies and its signature; the public
  keys and the register are in the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from qiuxue_desktop.db.audit_trail import serialise_writers, session_actor
from qiuxue_desktop.domain import Enrolment, Institution, Learner, Programme
from qiuxue_desktop.domain.base import utcnow
from qiuxue_desktop.domain.certificates import (
    GRADUATION,
    HONOUR,
    KINDS,
    Certificate,
    CertificateCounter,
    CertificateKey,
    certificate_number,
)
from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.domain.study_codes import LEVELS, STATUSES
from qiuxue_desktop.errors import InputRejected, StaleRecord
from qiuxue_desktop.progress import NO_PROGRESS, Progress
from qiuxue_desktop.services.auth import require
from qiuxue_desktop.services.certificate_keys import (
    BadCode,
    CodeContent,
    encode_code,
    parse_code,
    signature_holds,
    signing_key,
)
from qiuxue_desktop.services.certificate_wording import Wording, fill, read_wording
from qiuxue_desktop.services.enterprise import require_enterprise

DONE_STATUSES = ("graduated", "completed")  # 毕业, 结业: a 结业证书 may be issued


@dataclass(frozen=True, slots=True)
class _Holder:
    learner: Learner
    enrolment: Enrolment | None
    programme: Programme | None
    institution: Institution | None


def _period(enrolment: Enrolment) -> str:
    end = enrolment.graduation_date or enrolment.expected_graduation
    return f"{enrolment.intake_date.year}年{enrolment.intake_date.month}月至{end.year}年{end.month}月"


def _programme_text(programme: Programme | None, institution: Institution | None) -> str:
    if programme is None:
        return ""
    level = LEVELS.get(programme.level, "")
    inst = institution.name if institution else ""
    return f"{inst}{programme.name}" + (f"（{level}）" if level else "")


def _holders(session: Session, enrolment_ids: Sequence[int], learner_ids: Sequence[int]) -> list[_Holder]:
    out: list[_Holder] = []
    for eid in enrolment_ids:
        enrolment = session.get(Enrolment, eid)
        if enrolment is None:
            raise InputRejected(f"没有编号为 {eid} 的学籍。")
        learner = session.get(Learner, enrolment.learner_id)
        programme = session.get(Programme, enrolment.programme_id)
        institution = session.get(Institution, enrolment.institution_id)
        assert learner is not None
        out.append(_Holder(learner, enrolment, programme, institution))
    for lid in learner_ids:
        learner = session.get(Learner, lid)
        if learner is None:
            raise InputRejected(f"没有编号为 {lid} 的学员。")
        out.append(_Holder(learner, None, None, None))
    return out


def _live_graduation(session: Session, enrolment_id: int) -> str | None:
    return session.scalar(
        select(Certificate.number).where(
            Certificate.enrolment_id == enrolment_id,
            Certificate.kind == GRADUATION,
            Certificate.voided_at.is_(None),
        )
    )


def _refusal(session: Session, kind: str, holder: _Holder, honour: str) -> str | None:
    name = holder.learner.name
    if kind == GRADUATION:
        if holder.enrolment is None:
            return f"{name}：结业证书要对应一个学籍（毕业或结业的那一个）。"
        if holder.enrolment.status not in DONE_STATUSES:
            status = STATUSES.get(holder.enrolment.status, holder.enrolment.status)
            return f"{name}的学籍（{holder.programme.name if holder.programme else ''}）现为“{status}”：只有毕业或结业的学籍才能颁发结业证书。"
        existing = _live_graduation(session, holder.enrolment.id)
        if existing:
            return f"{name}的这个学籍已有结业证书 {existing}：如需重发，请先作废原证书。"
    if kind == HONOUR and not honour.strip():
        return "荣誉证书要写明荣誉称号（如“优秀毕业生”）。"
    return None


def issue_certificates(
    session: Session,
    kind: str,
    *,
    enrolment_ids: Sequence[int] = (),
    learner_ids: Sequence[int] = (),
    honour: str = "",
    issued_on: dt.date | None = None,
    progress: Progress = NO_PROGRESS,
) -> list[int]:
    """Issue one certificate of `kind` per enrolment (with its programme and period) and per
    learner (without); returns their ids in that order. Nothing is issued when any is refused."""
    require(session, Permission.ISSUE_CERTIFICATES)
    if kind not in KINDS:
        raise InputRejected(f"没有“{kind}”这种证书（可选：{'、'.join(KINDS.values())}）。")
    enterprise = require_enterprise(session)
    short = enterprise.short_code.strip()
    if not short or "-" in short:
        raise InputRejected(
            "证书编号以企业简称开头：请先在“系统设置 → 企业信息”中填写简称（如 JSMM，不含“-”）。"
        )
    on = issued_on or dt.date.today()
    holders = _holders(session, enrolment_ids, learner_ids)
    if not holders:
        raise InputRejected("没有选中任何学员或学籍，没有颁发证书。")
    if len(set(enrolment_ids)) < len(enrolment_ids) or len(set(learner_ids)) < len(learner_ids):
        twice = next(h for i, h in enumerate(holders) if h in holders[:i])
        raise InputRejected(f"{twice.learner.name}被选了两次，没有颁发任何证书。")
    serialise_writers(session.connection())  # before the checks: another PC may be issuing too
    for h in holders:
        problem = _refusal(session, kind, h, honour)
        if problem:
            raise InputRejected(problem + "没有颁发任何证书。")
    wording = read_wording(session, enterprise.name)
    key = signing_key(session)
    first = _take_serials(session, on.year, kind, len(holders))
    actor = session_actor(session)
    progress.set(0, len(holders), "正在颁发证书……")
    made: list[Certificate] = []
    for i, h in enumerate(holders):
        progress.check()
        made.append(_make(kind, h, wording, honour.strip(), on, first + i, short, key.number, actor))
        made[-1].code = key.sign(CodeContent(key.number, kind, first + i, on, short, made[-1].holder_name))
        progress.set(i + 1)
    session.add_all(made)
    session.flush()
    return [c.id for c in made]


def _take_serials(session: Session, year: int, kind: str, count: int) -> int:
    """Reserve `count` serials of (year, kind); returns the first. The caller holds the lock."""
    row = session.get(CertificateCounter, (year, kind))
    if row is None:
        row = CertificateCounter(year=year, kind=kind, last=0)
        session.add(row)
    first = row.last + 1
    if row.last + count > 0xFFFF:
        raise InputRejected(f"{year} 年的{KINDS[kind]}编号已用完（最多 65535 个）。")
    row.last += count
    session.flush()
    return first


def _make(
    kind: str,
    h: _Holder,
    wording: Wording,
    honour: str,
    on: dt.date,
    serial: int,
    short: str,
    key_number: int,
    actor: str,
) -> Certificate:
    programme = _programme_text(h.programme, h.institution)
    period = _period(h.enrolment) if h.enrolment is not None else ""
    values = {
        "姓名": h.learner.name,
        "院校": h.institution.name if h.institution else "",
        "专业": h.programme.name if h.programme else "",
        "层次": LEVELS.get(h.programme.level, "") if h.programme else "",
        "起止": period,
        "年份": str(on.year),
        "称号": honour,
        "颁发日期": f"{on.year}年{on.month}月{on.day}日",
    }
    return Certificate(
        number=certificate_number(short, on.year, kind, serial),
        kind=kind,
        year=on.year,
        serial=serial,
        learner_id=h.learner.id,
        enrolment_id=h.enrolment.id if h.enrolment is not None else None,
        holder_name=h.learner.name,
        title=wording.title(kind),
        body=fill(wording.body(kind), values),
        programme=programme,
        period=period,
        issuer=wording.issuer,
        issued_on=on,
        issued_by=actor,
        key_number=key_number,
        code="",
    )


def void_certificate(
    session: Session, certificate_id: int, reason: str, *, expected_version: int | None = None
) -> None:
    """Void a certificate: the record and its number stay, with who, when and why."""
    require(session, Permission.ISSUE_CERTIFICATES)
    why = reason.strip()
    if not why:
        raise InputRejected("作废证书要写明原因（如“姓名有误，已重新颁发”）。")
    cert = session.get(Certificate, certificate_id)
    if cert is None:
        raise InputRejected(f"没有编号为 {certificate_id} 的证书。")
    if cert.voided_at is not None:
        raise InputRejected(f"证书 {cert.number} 已于 {cert.voided_at.astimezone():%Y-%m-%d} 作废。")
    if expected_version is not None and cert.version != expected_version:
        raise StaleRecord(f"证书 {cert.number} 刚被其他人修改过，请刷新后再操作。")
    cert.voided_at = utcnow()
    cert.voided_by = session_actor(session)
    cert.void_reason = why
    session.flush()


# --- the register -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CertificateQuery:
    text: str = ""  # part of the number, the holder's name, its pinyin or initials
    kind: str = ""  # "" for every kind
    year: int | None = None
    voided: bool | None = None  # None: both


@dataclass(frozen=True, slots=True)
class CertificateRow:
    id: int
    version: int
    number: str
    kind: str
    holder_name: str
    programme: str
    period: str
    issued_on: dt.date
    issued_by: str
    voided_at: dt.datetime | None
    voided_by: str
    void_reason: str

    @property
    def kind_label(self) -> str:
        return KINDS.get(self.kind, self.kind)


def _filtered(stmt: Select[Any], q: CertificateQuery) -> Select[Any]:
    if q.kind:
        stmt = stmt.where(Certificate.kind == q.kind)
    if q.year is not None:
        stmt = stmt.where(Certificate.year == q.year)
    if q.voided is True:
        stmt = stmt.where(Certificate.voided_at.is_not(None))
    elif q.voided is False:
        stmt = stmt.where(Certificate.voided_at.is_(None))
    text = q.text.strip()
    if text:
        like = f"%{text}%"
        lower = f"%{text.lower().replace(' ', '')}%"
        stmt = stmt.join(Learner, Learner.id == Certificate.learner_id).where(
            Certificate.number.ilike(like)
            | Certificate.holder_name.like(like)
            | Learner.name_pinyin.like(lower)
            | Learner.name_initials.like(lower)
        )
    return stmt


def list_certificates(session: Session, q: CertificateQuery = CertificateQuery()) -> list[CertificateRow]:
    """The register, newest first."""
    require(session, Permission.READ)
    stmt = _filtered(select(Certificate), q).order_by(Certificate.issued_on.desc(), Certificate.id.desc())
    return [
        CertificateRow(
            c.id,
            c.version,
            c.number,
            c.kind,
            c.holder_name,
            c.programme,
            c.period,
            c.issued_on,
            c.issued_by,
            c.voided_at,
            c.voided_by,
            c.void_reason,
        )
        for c in session.scalars(stmt)
    ]


def certificate_years(session: Session) -> list[int]:
    require(session, Permission.READ)
    return list(session.scalars(select(Certificate.year).distinct().order_by(Certificate.year.desc())))


@dataclass(frozen=True, slots=True)
class GraduateRow:
    enrolment_id: int
    learner_id: int
    name: str
    programme: str
    status: str  # label
    graduation_date: dt.date | None


def graduates_without_certificate(session: Session) -> list[GraduateRow]:
    """Enrolments that graduated or completed and have no live 结业证书 yet, latest first."""
    require(session, Permission.READ)
    live = select(Certificate.enrolment_id).where(
        Certificate.kind == GRADUATION, Certificate.voided_at.is_(None), Certificate.enrolment_id.is_not(None)
    )
    rows = session.execute(
        select(Enrolment, Learner.name, Programme, Institution.name)
        .join(Learner, Learner.id == Enrolment.learner_id)
        .join(Programme, Programme.id == Enrolment.programme_id)
        .join(Institution, Institution.id == Enrolment.institution_id)
        .where(Enrolment.status.in_(DONE_STATUSES), Enrolment.id.not_in(live))
        .order_by(Enrolment.graduation_date.desc(), Learner.name_pinyin, Enrolment.id)
    )
    return [
        GraduateRow(
            e.id,
            e.learner_id,
            name,
            f"{inst} {p.name}",
            STATUSES.get(e.status, e.status),
            e.graduation_date,
        )
        for e, name, p, inst in rows
    ]


# --- verifying ----------------------------------------------------------------------------------


class Verdict(Enum):
    GENUINE = "genuine"
    VOIDED = "voided"
    FORGED = "forged"  # the signature does not hold, or no such certificate in the register
    NOT_A_CODE = "not_a_code"


@dataclass(frozen=True, slots=True)
class Verification:
    verdict: Verdict
    message: str  # one sentence for the person checking
    number: str = ""
    name: str = ""
    kind: str = ""
    issued_on: dt.date | None = None
    voided_at: dt.datetime | None = None
    void_reason: str = ""

    @property
    def genuine(self) -> bool:
        return self.verdict is Verdict.GENUINE


def verify_code(session: Session, text: str) -> Verification:
    """What a code (as printed, or as scanned from the QR code) says about its certificate."""
    require(session, Permission.READ)
    try:
        parsed = parse_code(text)
    except BadCode:
        return Verification(
            Verdict.NOT_A_CODE, "这不是本系统的证书验证码（请核对是否抄错、漏抄，或重新扫描二维码）。"
        )
    c = parsed.content
    public = session.scalar(select(CertificateKey.public_key).where(CertificateKey.number == c.key_number))
    forged = Verification(
        Verdict.FORGED,
        f"伪造或无法核实：验证码的签名与本单位的证书签名密钥不符，编号“{c.number}”、姓名“{c.name}”不可信。",
    )
    if public is None or not signature_holds(public, parsed):
        return forged
    cert = session.scalar(select(Certificate).where(Certificate.number == c.number))
    if (
        cert is None
        or cert.code != encode_code(parsed.message, parsed.signature)
        or cert.holder_name != c.name
    ):
        return Verification(
            Verdict.FORGED,
            f"无法核实：签名有效，但证书登记簿中没有这张证书（编号 {c.number}，姓名 {c.name}）。",
            c.number,
            c.name,
            c.kind,
            c.issued_on,
        )
    kind = KINDS[c.kind]
    if cert.voided_at is not None:
        return Verification(
            Verdict.VOIDED,
            f"已作废：{kind} {c.number}（{c.name}）已于 {cert.voided_at.astimezone():%Y年%m月%d日} 作废，原因：{cert.void_reason}",
            c.number,
            c.name,
            c.kind,
            c.issued_on,
            cert.voided_at,
            cert.void_reason,
        )
    return Verification(
        Verdict.GENUINE,
        f"真实有效：{kind} {c.number}，持证人 {c.name}，{c.issued_on:%Y年%m月%d日} 颁发。",
        c.number,
        c.name,
        c.kind,
        c.issued_on,
    )


__all__ = [
    "CertificateQuery",
    "CertificateRow",
    "GraduateRow",
    "Verdict",
    "Verification",
    "certificate_years",
    "graduates_without_certificate",
    "issue_certificates",
    "list_certificates",
    "verify_code",
    "void_certificate",
]
