"""Finding claims: the claims table's filters (state, term, scheme, department, text) in SQL,
sorted ids, then rows page by page (the learner table's pattern); one claim in full.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from qiuxue_desktop.domain import Department, Enrolment, Institution, Learner, Programme
from qiuxue_desktop.domain.claims import CLAIM_KINDS, STATES, Claim, ClaimLine, ClaimStep, Invoice
from qiuxue_desktop.domain.funding import SELF
from qiuxue_desktop.domain.ids import mask_account, mask_id
from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.domain.study_codes import LEVELS
from qiuxue_desktop.services.auth import require
from qiuxue_desktop.services.claim_flow import Available, available_actions, claim_steps, earliest_payment
from qiuxue_desktop.services.claims import LineView, line_views, load_claim


@dataclass(frozen=True, slots=True)
class ClaimQuery:
    text: str = ""  # a learner's name, a claim number or an invoice number
    states: tuple[str, ...] = ()
    term: str = ""
    scheme_id: int | None = None
    department_id: int | None = None
    sort: str = "claim_no"  # a key of SORT_KEYS
    descending: bool = True


@dataclass(frozen=True, slots=True)
class ClaimRow:
    id: int
    claim_no: str
    kind: str
    state: str
    learner_id: int
    learner_name: str
    department: str
    term: str
    invoice_number: str
    base_fen: int
    subsidy_fen: int
    learner_fen: int
    reference_date: dt.date
    paid_on: dt.date | None

    @property
    def state_label(self) -> str:
        return STATES.get(self.state, self.state)

    @property
    def kind_label(self) -> str:
        return CLAIM_KINDS.get(self.kind, self.kind)


SORT_KEYS = {
    "claim_no": Claim.claim_no,
    "name": Learner.name_pinyin,
    "state": Claim.state,
    "term": Claim.term,
    "base": Claim.base_fen,
    "date": Claim.reference_date,
}


def _where(q: ClaimQuery) -> ColumnElement[bool]:
    parts: list[ColumnElement[bool]] = []
    if q.states:
        parts.append(Claim.state.in_(q.states))
    if q.term:
        parts.append(Claim.term == q.term)
    if q.scheme_id is not None:
        parts.append(
            Claim.id.in_(
                select(ClaimLine.claim_id).where(ClaimLine.scheme_id == q.scheme_id, ClaimLine.amount_fen > 0)
            )
        )
    if q.department_id is not None:
        parts.append(Learner.department_id == q.department_id)
    for token in q.text.split():
        like = f"%{token.replace('%', '').replace('_', '')}%"
        parts.append(
            or_(
                Learner.name.like(like),
                Learner.name_pinyin.like(like.lower()),
                Learner.name_initials.like(like.lower()),
                Claim.claim_no.like(like.upper()),
                Claim.invoice_id.in_(select(Invoice.id).where(Invoice.number.like(like.upper()))),
            )
        )
    return and_(*parts) if parts else Claim.id.is_not(None)


def query_claim_ids(session: Session, q: ClaimQuery) -> list[int]:
    """The ids of the claims the filters match, in the table's order."""
    require(session, Permission.READ)
    key = SORT_KEYS.get(q.sort, Claim.claim_no)
    order = (key.desc(), Claim.id.desc()) if q.descending else (key.asc(), Claim.id.asc())
    query = select(Claim.id).join(Learner, Learner.id == Claim.learner_id).where(_where(q)).order_by(*order)
    return list(session.scalars(query))


def fetch_claim_rows(session: Session, ids: Sequence[int]) -> list[ClaimRow]:
    """Rows for `ids`, in that order."""
    require(session, Permission.READ)
    if not ids:
        return []
    subsidy = (
        select(ClaimLine.claim_id, func.sum(ClaimLine.amount_fen).label("subsidy"))
        .where(ClaimLine.source_type != SELF, ClaimLine.claim_id.in_(list(ids)))
        .group_by(ClaimLine.claim_id)
        .subquery()
    )
    query = (
        select(Claim, Learner.name, Department.name, Invoice.number, func.coalesce(subsidy.c.subsidy, 0))
        .join(Learner, Learner.id == Claim.learner_id)
        .join(Department, Department.id == Learner.department_id)
        .outerjoin(Invoice, Invoice.id == Claim.invoice_id)
        .outerjoin(subsidy, subsidy.c.claim_id == Claim.id)
        .where(Claim.id.in_(list(ids)))
    )
    by_id: dict[int, ClaimRow] = {}
    for c, name, dept, number, paid_by_others in session.execute(query):
        sub = int(paid_by_others)
        by_id[c.id] = ClaimRow(
            c.id,
            c.claim_no,
            c.kind,
            c.state,
            c.learner_id,
            name,
            dept,
            c.term,
            number or "",
            c.base_fen,
            sub,
            c.base_fen - sub,
            c.reference_date,
            c.paid_on,
        )
    return [by_id[i] for i in ids if i in by_id]


def claim_terms(session: Session) -> list[str]:
    """Every term some claim belongs to, newest first (the term filter's choices)."""
    require(session, Permission.READ)
    return list(session.scalars(select(Claim.term).distinct().order_by(Claim.term.desc())))


def claim_state_counts(session: Session) -> dict[str, int]:
    require(session, Permission.READ)
    return {
        state: int(n) for state, n in session.execute(select(Claim.state, func.count()).group_by(Claim.state))
    }


@dataclass(frozen=True, slots=True)
class StepView:
    from_state: str
    to_state: str
    at: dt.datetime
    actor: str
    signer: str
    note: str


@dataclass(frozen=True, slots=True)
class ClaimDetail:
    """One claim as the editor and the printed form show it (the ID number masked)."""

    id: int
    version: int
    claim_no: str
    kind: str
    state: str
    learner_id: int
    learner_name: str
    id_masked: str
    department: str
    institution: str
    programme: str
    level: str
    student_no: str
    enrolment_id: int
    invoice_id: int | None
    invoice_number: str
    invoice_issuer: str
    invoice_date: dt.date | None
    term: str
    reference_date: dt.date
    base_fen: int
    prepared_by: str
    payee_bank: str
    payee_account: str  # masked: the full number is for the printed form only
    posting_start: dt.date | None
    posting_end: dt.date | None
    payable_from: dt.date | None
    paid_on: dt.date | None
    pay_method: str
    pay_reference: str
    return_reason: str
    void_reason: str
    corrects_no: str
    superseded_by_no: str
    notes: str
    lines: tuple[LineView, ...]
    steps: tuple[StepView, ...]
    actions: tuple[Available, ...]

    @property
    def state_label(self) -> str:
        return STATES.get(self.state, self.state)

    @property
    def level_label(self) -> str:
        return LEVELS.get(self.level, self.level)

    @property
    def subsidy_fen(self) -> int:
        return sum(line.amount_fen for line in self.lines if line.scheme_id is not None)


def claim_detail(session: Session, claim_id: int) -> ClaimDetail:
    require(session, Permission.READ)
    claim = load_claim(session, claim_id)
    learner = session.get(Learner, claim.learner_id)
    enrolment = session.get(Enrolment, claim.enrolment_id)
    assert learner is not None and enrolment is not None
    programme = session.get(Programme, enrolment.programme_id)
    institution = session.get(Institution, enrolment.institution_id)
    department = session.get(Department, learner.department_id)
    invoice = session.get(Invoice, claim.invoice_id) if claim.invoice_id is not None else None
    numbers = dict(
        session.execute(
            select(Claim.id, Claim.claim_no).where(
                Claim.id.in_([i for i in (claim.corrects_id, claim.superseded_by_id) if i is not None])
            )
        ).all()
    )
    steps: list[ClaimStep] = claim_steps(session, claim.id)
    return ClaimDetail(
        id=claim.id,
        version=claim.version,
        claim_no=claim.claim_no,
        kind=claim.kind,
        state=claim.state,
        learner_id=learner.id,
        learner_name=learner.name,
        id_masked=mask_id(learner.id_number),
        department=department.name if department else "",
        institution=institution.name if institution else "",
        programme=programme.name if programme else "",
        level=programme.level if programme else "",
        student_no=enrolment.student_no,
        enrolment_id=enrolment.id,
        invoice_id=claim.invoice_id,
        invoice_number=invoice.number if invoice else "",
        invoice_issuer=invoice.issuer if invoice else "",
        invoice_date=invoice.issued_on if invoice else None,
        term=claim.term,
        reference_date=claim.reference_date,
        base_fen=claim.base_fen,
        prepared_by=claim.prepared_by,
        payee_bank=claim.payee_bank,
        payee_account=mask_account(claim.payee_account) if claim.payee_account else "",
        posting_start=claim.posting_start,
        posting_end=claim.posting_end,
        payable_from=earliest_payment(session, claim),
        paid_on=claim.paid_on,
        pay_method=claim.pay_method,
        pay_reference=claim.pay_reference,
        return_reason=claim.return_reason,
        void_reason=claim.void_reason,
        corrects_no=numbers.get(claim.corrects_id, "") if claim.corrects_id else "",
        superseded_by_no=numbers.get(claim.superseded_by_id, "") if claim.superseded_by_id else "",
        notes=claim.notes,
        lines=tuple(line_views(session, claim.id)),
        steps=tuple(StepView(s.from_state, s.to_state, s.at, s.actor, s.signer, s.note) for s in steps),
        actions=tuple(available_actions(session, claim)),
    )
