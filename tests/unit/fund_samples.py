"""Building blocks for the fund, clawback and money-check tests: schemes, invoices and claims
written directly through the models (the claims service is tested on its own), on learners
and enrolments made by the study samples."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import count

from sqlalchemy.orm import Session
from tests.unit.study_samples import add_learner, add_programme, studying

from qiuxue_desktop.domain import Claim, ClaimLine, Invoice, Learner, Scheme
from qiuxue_desktop.domain.claims import PAID

_numbers = count(1)


def scheme(
    s: Session, name: str, source_type: str, *, funder: str = "", service_months: int | None = None
) -> Scheme:
    sc = Scheme(
        name=name,
        funder=funder or name,
        source_type=source_type,
        trigger="term",
        rule_kind="fixed",
        amount_fen=100_000,
        service_months=service_months,
    )
    s.add(sc)
    s.flush()
    return sc


@dataclass(frozen=True)
class Person:
    learner_id: int
    enrolment_id: int


def person(
    s: Session,
    enterprise_id: int,
    seq: int,
    programme_id: int,
    *,
    front_line: bool = True,
    leave: dt.date | None = None,
) -> Person:
    """A learner (front line or not, left on `leave` or not) with one running enrolment."""
    lid = add_learner(s, enterprise_id, seq)
    eid = studying(s, lid, programme_id, f"S{seq:05d}")
    learner = s.get(Learner, lid)
    assert learner is not None
    learner.post_category = "1" if front_line else "2"
    learner.leave_date = leave
    s.flush()
    return Person(lid, eid)


def programme_id(s: Session, enterprise_id: int) -> int:
    return add_programme(s, enterprise_id).id


def claim(
    s: Session,
    who: Person,
    lines: Sequence[tuple[Scheme | None, int]],
    *,
    state: str = PAID,
    paid_on: dt.date | None = None,
    budget_year: int | None = None,
    invoice_fen: int | None = None,
    corrects: Claim | None = None,
    claim_no: str = "",
) -> Claim:
    """A claim with one line per (scheme, 分) — scheme None is the learner's own share — whose
    base is the lines' total; `invoice_fen` adds an invoice of that amount."""
    reference = paid_on or dt.date(2025, 9, 1)
    invoice_id = None
    n = next(_numbers)
    if invoice_fen is not None:
        invoice = Invoice(
            enrolment_id=who.enrolment_id,
            learner_id=who.learner_id,
            number=f"{n:08d}",
            issuer="苏州大学",
            issued_on=reference,
            amount_fen=invoice_fen,
            term="2025-2026-1",
        )
        s.add(invoice)
        s.flush()
        invoice_id = invoice.id
    c = Claim(
        claim_no=claim_no or f"BX{reference.year}-{n:06d}",
        kind="invoice",
        learner_id=who.learner_id,
        enrolment_id=who.enrolment_id,
        invoice_id=invoice_id,
        corrects_id=corrects.id if corrects is not None else None,
        reference_date=reference,
        term="2025-2026-1",
        base_fen=sum(amount for _sc, amount in lines),
        state=state,
        paid_on=paid_on if state == PAID else None,
        pay_method="transfer" if state == PAID else "",
    )
    s.add(c)
    s.flush()
    for position, (sc, amount) in enumerate(lines, 1):
        s.add(
            ClaimLine(
                claim_id=c.id,
                position=position,
                scheme_id=sc.id if sc is not None else None,
                source_type=sc.source_type if sc is not None else "self",
                funder=sc.funder if sc is not None else "",
                amount_fen=amount,
                rule="测试",
                budget_year=budget_year or reference.year,
                service_months=sc.service_months if sc is not None else None,
            )
        )
    s.flush()
    return c
