"""Tuition invoices and receipts (发票/收据) of an enrolment: record, correct, delete, list.

The number is 8–20 digits or capital letters; the same number from the same issuer
is refused (the database keeps it unique too). An invoice a claim was made from
cannot be changed or deleted while that claim stands (void the claim first).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qiuxue_desktop.domain import Enrolment, Institution, Learner
from qiuxue_desktop.domain.claims import INVOICE_COVERS, INVOICE_KINDS, VOID, Claim, Invoice
from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.domain.terms import parse_term_label, term_index, term_label
from qiuxue_desktop.errors import InputRejected, StaleRecord
from qiuxue_desktop.services.auth import require

INVOICE_FIELDS: dict[str, str] = {
    "enrolment_id": "学籍",
    "kind": "票据类型",
    "number": "票据号码",
    "issuer": "开票单位",
    "issued_on": "开票日期",
    "amount_fen": "金额",
    "term": "学期",
    "covers": "所属期间",
    "notes": "备注",
}
_NUMBER = re.compile(r"^[0-9A-Z]{8,20}$")
MAX_INVOICE_FEN = 100_000_000  # ¥1,000,000: no term's tuition comes near it


class InvoiceRejected(InputRejected):
    def __init__(self, problems: Mapping[str, str]) -> None:
        self.problems = dict(problems)
        field, reason = next(iter(self.problems.items()))
        super().__init__(f"票据的“{INVOICE_FIELDS.get(field, field)}”有误：{reason}。")


@dataclass(frozen=True, slots=True)
class InvoiceRow:
    id: int
    version: int
    enrolment_id: int
    learner_id: int
    learner_name: str
    kind: str
    number: str
    issuer: str
    issued_on: dt.date
    amount_fen: int
    term: str
    covers: str
    claim_no: str  # the standing claim made from it, or ""


def clean_invoice_number(raw: str) -> str:
    return "".join(unicodedata.normalize("NFKC", raw).split()).upper()


def invoice_terms(invoice: Invoice) -> tuple[str, ...]:
    """The term labels an invoice covers: its term, and for a year's invoice the next one."""
    index = parse_term_label(invoice.term)
    if index is None:
        return (invoice.term,)
    return (invoice.term, term_label(index + 1)) if invoice.covers == "year" else (invoice.term,)


def _problems(
    session: Session,
    *,
    enrolment: Enrolment | None,
    kind: str,
    number: str,
    issuer: str,
    issued_on: dt.date,
    amount_fen: int,
    term: str,
    covers: str,
    own_id: int | None,
    today: dt.date,
) -> dict[str, str]:
    p: dict[str, str] = {}
    if enrolment is None:
        p["enrolment_id"] = "请先选择学籍"
    if kind not in INVOICE_KINDS:
        p["kind"] = "票据类型只能是发票或收据"
    if not _NUMBER.match(number):
        p["number"] = "号码必须是 8 到 20 位数字或大写字母"
    if not issuer:
        p["issuer"] = "开票单位不能为空"
    if issued_on > today:
        p["issued_on"] = "开票日期不能在今天之后"
    if isinstance(amount_fen, bool) or not isinstance(amount_fen, int) or amount_fen <= 0:
        p["amount_fen"] = "金额必须大于零"
    elif amount_fen > MAX_INVOICE_FEN:
        p["amount_fen"] = "金额超过一百万元，请核对"
    index = parse_term_label(term)
    if index is None:
        p["term"] = "学期的格式是“2025-2026-1”"
    elif covers == "year" and index % 2 == 1:
        p["term"] = "学年的票据请填该学年的第一学期"
    elif enrolment is not None and index < term_index(enrolment.intake_date):
        p["term"] = f"学期早于入学学期 {term_label(term_index(enrolment.intake_date))}"
    if covers not in INVOICE_COVERS:
        p["covers"] = "所属期间只能是一个学期或一个学年"
    if "number" not in p and issuer:
        clash = session.scalar(select(Invoice.id).where(Invoice.issuer == issuer, Invoice.number == number))
        if clash is not None and clash != own_id:
            p["number"] = f"{issuer}开具的 {number} 号票据已经登记过"
    return p


def add_invoice(
    session: Session,
    *,
    enrolment_id: int,
    number: str,
    issuer: str,
    issued_on: dt.date,
    amount_fen: int,
    term: str,
    covers: str = "term",
    kind: str = "invoice",
    notes: str = "",
    today: dt.date | None = None,
) -> int:
    """Record an invoice; returns its id. `issuer` defaults to nothing: the form fills in the
    enrolment's institution."""
    require(session, Permission.EDIT_CLAIMS)
    enrolment = session.get(Enrolment, enrolment_id)
    clean, who = clean_invoice_number(number), " ".join(issuer.split())
    problems = _problems(
        session,
        enrolment=enrolment,
        kind=kind,
        number=clean,
        issuer=who,
        issued_on=issued_on,
        amount_fen=amount_fen,
        term=term.strip(),
        covers=covers,
        own_id=None,
        today=today or dt.date.today(),
    )
    if problems or enrolment is None:
        raise InvoiceRejected(problems)
    invoice = Invoice(
        enrolment_id=enrolment.id,
        learner_id=enrolment.learner_id,
        kind=kind,
        number=clean,
        issuer=who,
        issued_on=issued_on,
        amount_fen=amount_fen,
        term=term.strip(),
        covers=covers,
        notes=notes.strip(),
    )
    session.add(invoice)
    session.flush()
    return invoice.id


def standing_claim(session: Session, invoice_id: int) -> Claim | None:
    """The claim made from this invoice that is not void, if any."""
    return session.scalars(
        select(Claim).where(Claim.invoice_id == invoice_id, Claim.state != VOID).order_by(Claim.id).limit(1)
    ).first()


def _editable(session: Session, invoice_id: int, expected_version: int | None) -> Invoice:
    invoice = session.get(Invoice, invoice_id)
    if invoice is None:
        raise InputRejected("该票据不存在，可能已被删除。")
    if expected_version is not None and invoice.version != expected_version:
        raise StaleRecord("这张票据刚被其他人修改过，请重新打开后再改。")
    claim = standing_claim(session, invoice_id)
    if claim is not None:
        raise InputRejected(
            f"票据 {invoice.number} 已用于报销申请 {claim.claim_no}，请先作废该申请再修改或删除票据。"
        )
    return invoice


def update_invoice(
    session: Session,
    invoice_id: int,
    *,
    expected_version: int | None,
    number: str,
    issuer: str,
    issued_on: dt.date,
    amount_fen: int,
    term: str,
    covers: str,
    kind: str,
    notes: str = "",
    today: dt.date | None = None,
) -> None:
    require(session, Permission.EDIT_CLAIMS)
    invoice = _editable(session, invoice_id, expected_version)
    clean, who = clean_invoice_number(number), " ".join(issuer.split())
    problems = _problems(
        session,
        enrolment=session.get(Enrolment, invoice.enrolment_id),
        kind=kind,
        number=clean,
        issuer=who,
        issued_on=issued_on,
        amount_fen=amount_fen,
        term=term.strip(),
        covers=covers,
        own_id=invoice.id,
        today=today or dt.date.today(),
    )
    if problems:
        raise InvoiceRejected(problems)
    for key, value in (
        ("number", clean),
        ("issuer", who),
        ("issued_on", issued_on),
        ("amount_fen", amount_fen),
        ("term", term.strip()),
        ("covers", covers),
        ("kind", kind),
        ("notes", notes.strip()),
    ):
        if getattr(invoice, key) != value:
            setattr(invoice, key, value)
    session.flush()


def delete_invoice(session: Session, invoice_id: int, *, expected_version: int | None = None) -> None:
    require(session, Permission.EDIT_CLAIMS)
    invoice = _editable(session, invoice_id, expected_version)
    for claim in session.scalars(select(Claim).where(Claim.invoice_id == invoice_id)):
        raise InputRejected(
            f"票据 {invoice.number} 曾用于已作废的申请 {claim.claim_no}，为保留记录不能删除。"
        )
    session.delete(invoice)
    session.flush()


def default_issuer(session: Session, enrolment_id: int) -> str:
    """The enrolment's institution: who usually issues its invoices."""
    return (
        session.scalar(
            select(Institution.name)
            .join(Enrolment, Enrolment.institution_id == Institution.id)
            .where(Enrolment.id == enrolment_id)
        )
        or ""
    )


def list_invoices(
    session: Session, *, enrolment_id: int | None = None, learner_id: int | None = None, limit: int = 5000
) -> list[InvoiceRow]:
    """Invoices newest first, with the standing claim made from each."""
    require(session, Permission.READ)
    # One claim per invoice: a paid claim's open correction does not list the invoice twice.
    standing = (
        select(Claim.invoice_id, func.min(Claim.claim_no).label("claim_no"))
        .where(Claim.state != VOID, Claim.invoice_id.is_not(None), Claim.superseded_by_id.is_(None))
        .group_by(Claim.invoice_id)
        .subquery()
    )
    query = (
        select(Invoice, Learner.name, standing.c.claim_no)
        .join(Learner, Learner.id == Invoice.learner_id)
        .outerjoin(standing, standing.c.invoice_id == Invoice.id)
        .order_by(Invoice.issued_on.desc(), Invoice.id.desc())
        .limit(limit)
    )
    if enrolment_id is not None:
        query = query.where(Invoice.enrolment_id == enrolment_id)
    if learner_id is not None:
        query = query.where(Invoice.learner_id == learner_id)
    return [
        InvoiceRow(
            i.id,
            i.version,
            i.enrolment_id,
            i.learner_id,
            name,
            i.kind,
            i.number,
            i.issuer,
            i.issued_on,
            i.amount_fen,
            i.term,
            i.covers,
            claim_no or "",
        )
        for i, name, claim_no in session.execute(query)
    ]
