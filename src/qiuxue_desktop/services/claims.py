"""Reimbursement claims: made from an invoice or a graduation, split by the schemes, kept
adding up to the last 分.

A claim is made as a draft with its split computed (domain/split.py) against what
every other claim holds of each scheme's caps and budget. Claims from 已提交 on hold
their lines (claims.RESERVING_STATES); drafts and voided claims hold nothing. The
reads that decide how much room is left and the write that takes it happen under the
writers' lock (SQLite: BEGIN IMMEDIATE; PostgreSQL: the advisory lock), so two
claims cannot both spend the last of a cap. The steps of the approval are in
services/claim_flow.py; searching in services/claim_query.py.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qiuxue_desktop.db.audit_trail import serialise_writers
from qiuxue_desktop.domain import CourseResult, Enrolment, Learner, Programme
from qiuxue_desktop.domain.claims import (
    DRAFT,
    RESERVING_STATES,
    VOID,
    Claim,
    ClaimLine,
    Invoice,
)
from qiuxue_desktop.domain.funding import SELF, SchemeBudget
from qiuxue_desktop.domain.money import format_rmb
from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.domain.split import (
    ClaimFacts,
    LearnerFacts,
    Split,
    Usage,
    compute_split,
)
from qiuxue_desktop.domain.terms import parse_term_label, term_index, term_label
from qiuxue_desktop.errors import InputRejected, StaleRecord
from qiuxue_desktop.services.auth import current_principal, require
from qiuxue_desktop.services.invoices import invoice_terms
from qiuxue_desktop.services.schemes import scheme_rules

_ACCOUNT = re.compile(r"^\d{8,30}$")
MANUAL = "手工调整"


class SplitChanged(InputRejected):
    """The room left under a cap or budget changed since the draft was computed."""


# --- the facts a split needs ------------------------------------------------------------


def learner_facts(learner: Learner) -> LearnerFacts:
    return LearnerFacts(
        union_member=learner.union_member,
        hire_date=learner.hire_date,
        post_category=learner.post_category,
        hukou_type=learner.hukou_type,
        birth_date=learner.birth_date,
        leave_date=learner.leave_date,
    )


def average_score_x10(session: Session, enrolment_id: int, until: dt.date) -> int | None:
    """The enrolment's average score (× 10, rounded half up) over every scored attempt sat
    by `until`; None when there is none. Grade-tier schemes use it."""
    total, count = session.execute(
        select(func.sum(CourseResult.score_x10), func.count(CourseResult.score_x10)).where(
            CourseResult.enrolment_id == enrolment_id,
            CourseResult.score_x10.is_not(None),
            CourseResult.exam_date <= until,
        )
    ).one()
    if not count or total is None:
        return None
    return (2 * int(total) + int(count)) // (2 * int(count))


def _facts(session: Session, claim: Claim) -> ClaimFacts:
    enrolment = session.get(Enrolment, claim.enrolment_id)
    assert enrolment is not None
    level = session.scalar(select(Programme.level).where(Programme.id == enrolment.programme_id)) or ""
    if claim.invoice_id is not None:
        invoice = session.get(Invoice, claim.invoice_id)
        assert invoice is not None
        terms = invoice_terms(invoice)
    else:
        terms = (claim.term,)
    index = parse_term_label(claim.term)
    year = term_label(index)[:9] if index is not None else claim.term[:9]
    return ClaimFacts(
        kind=claim.kind,
        base_fen=claim.base_fen,
        reference_date=claim.reference_date,
        level=level,
        terms=terms,
        academic_year=year,
        average_score_x10=average_score_x10(session, enrolment.id, claim.reference_date),
    )


@dataclass
class _Acc:
    year: int = 0
    life: int = 0
    level: int = 0
    on: bool = False
    years: set[str] = field(default_factory=set)
    terms: set[str] = field(default_factory=set)
    other: bool = False
    other_level: bool = False


def scheme_usage(session: Session, claim: Claim, level: str) -> dict[int, Usage]:
    """What each scheme is already drawn on, by every holding claim except `claim` itself and
    the claim it corrects (a correction takes that one's place)."""
    year = claim.reference_date.year
    skip = [claim.id] if claim.id is not None else []
    if claim.corrects_id is not None:
        skip.append(claim.corrects_id)
    holding = Claim.state.in_(RESERVING_STATES) & Claim.superseded_by_id.is_(None) & Claim.id.not_in(skip)
    rows = session.execute(
        select(
            ClaimLine.scheme_id,
            ClaimLine.amount_fen,
            ClaimLine.budget_year,
            ClaimLine.level,
            Claim.enrolment_id,
            Claim.term,
            Invoice.covers,
        )
        .join(Claim, Claim.id == ClaimLine.claim_id)
        .outerjoin(Invoice, Invoice.id == Claim.invoice_id)
        .where(holding, Claim.learner_id == claim.learner_id, ClaimLine.scheme_id.is_not(None))
    ).all()
    acc: dict[int, _Acc] = defaultdict(_Acc)
    for scheme_id, amount, budget_year, line_level, enrolment_id, term, covers in rows:
        a = acc[scheme_id or 0]
        a.life += amount
        if budget_year == year:
            a.year += amount
        if line_level == level:
            a.level += amount
        if enrolment_id == claim.enrolment_id:
            a.on = True
            a.years.add(term[:9])
            a.terms.add(term)
            index = parse_term_label(term)
            if covers == "year" and index is not None:
                a.terms.add(term_label(index + 1))
        else:
            a.other = True
            a.other_level = a.other_level or line_level == level
    budgets = dict(
        session.execute(
            select(SchemeBudget.scheme_id, SchemeBudget.amount_fen).where(SchemeBudget.year == year)
        ).all()
    )
    spent: dict[int, int] = {}
    if budgets:
        spent = {
            int(sid or 0): int(total)
            for sid, total in session.execute(
                select(ClaimLine.scheme_id, func.sum(ClaimLine.amount_fen))
                .join(Claim, Claim.id == ClaimLine.claim_id)
                .where(holding, ClaimLine.budget_year == year, ClaimLine.scheme_id.in_(list(budgets)))
                .group_by(ClaimLine.scheme_id)
            )
        }
    usage: dict[int, Usage] = {}
    for scheme_id in set(acc) | set(budgets):
        a = acc[scheme_id]
        budget = budgets.get(scheme_id)
        usage[scheme_id] = Usage(
            year_fen=a.year,
            life_fen=a.life,
            level_fen=a.level,
            on_enrolment=a.on,
            years=frozenset(a.years),
            terms=frozenset(a.terms),
            other_enrolment=a.other,
            other_enrolment_same_level=a.other_level,
            budget_left_fen=None if budget is None else int(budget) - spent.get(scheme_id, 0),
        )
    return usage


def split_for(session: Session, claim: Claim) -> Split:
    """The claim's split as the schemes and every other claim stand now."""
    learner = session.get(Learner, claim.learner_id)
    assert learner is not None
    facts = _facts(session, claim)
    return compute_split(
        scheme_rules(session), learner_facts(learner), facts, scheme_usage(session, claim, facts.level)
    )


def _write_lines(session: Session, claim: Claim, split: Split, level: str) -> None:
    for old in session.scalars(select(ClaimLine).where(ClaimLine.claim_id == claim.id)):
        session.delete(old)
    session.flush()
    for position, line in enumerate(split.lines, start=1):
        session.add(
            ClaimLine(
                claim_id=claim.id,
                position=position,
                scheme_id=line.scheme_id,
                source_type=line.source_type,
                funder=line.funder,
                amount_fen=line.amount_fen,
                rule=line.rule[:200],
                bound=line.bound[:200],
                budget_year=claim.reference_date.year,
                level=level,
                service_months=line.service_months,
            )
        )
    session.flush()


def check_lines_add_up(claim: Claim, amounts: list[int]) -> None:
    """InputRejected unless the lines are non-negative and add up to the claim's base."""
    if any(a < 0 for a in amounts):
        raise InputRejected(f"报销申请 {claim.claim_no} 有金额为负数的行，不能保存。")
    total = sum(amounts)
    if total != claim.base_fen:
        raise InputRejected(
            f"报销申请 {claim.claim_no} 各行合计 {format_rmb(total)}，与应分摊的 {format_rmb(claim.base_fen)} "
            f"相差 {format_rmb(claim.base_fen - total)}，不能保存。"
        )


# --- making a claim ------------------------------------------------------------------------


def _next_claim_no(session: Session, year: int) -> str:
    prefix = f"BX{year}-"
    last = session.scalar(select(func.max(Claim.claim_no)).where(Claim.claim_no.like(f"{prefix}%")))
    seq = int(last[len(prefix) :]) + 1 if last else 1
    return f"{prefix}{seq:06d}"


def clean_account(raw: str) -> str:
    return "".join(ch for ch in raw if not ch.isspace())


def _payee_problem(bank: str, account: str) -> str | None:
    if account and not _ACCOUNT.match(account):
        return "收款账号必须是 8 到 30 位数字"
    if account and not bank:
        return "填写了收款账号，请同时填写开户行"
    return None


def make_claim(
    session: Session,
    *,
    kind: str,
    enrolment: Enrolment,
    invoice: Invoice | None,
    base_fen: int,
    reference_date: dt.date,
    term: str,
    payee_bank: str,
    payee_account: str,
    prepared_by: str,
    notes: str,
    corrects: Claim | None = None,
) -> int:
    serialise_writers(session.connection())
    bank, account = " ".join(payee_bank.split()), clean_account(payee_account)
    why = _payee_problem(bank, account)
    if why:
        raise InputRejected(why + "。")
    claim = Claim(
        claim_no=_next_claim_no(session, dt.date.today().year),
        kind=kind,
        learner_id=enrolment.learner_id,
        enrolment_id=enrolment.id,
        invoice_id=invoice.id if invoice is not None else None,
        corrects_id=corrects.id if corrects is not None else None,
        reference_date=reference_date,
        term=term,
        base_fen=base_fen,
        state=DRAFT,
        prepared_by=" ".join(prepared_by.split()) or current_principal(session).display_name,
        payee_bank=bank,
        payee_account=account,
        notes=notes.strip(),
    )
    session.add(claim)
    session.flush()
    level = _facts(session, claim).level
    _write_lines(session, claim, split_for(session, claim), level)
    return claim.id


def create_invoice_claim(
    session: Session,
    invoice_id: int,
    *,
    payee_bank: str = "",
    payee_account: str = "",
    prepared_by: str = "",
    notes: str = "",
) -> int:
    """A draft claim for an invoice, its split computed; returns the claim's id."""
    require(session, Permission.EDIT_CLAIMS)
    invoice = session.get(Invoice, invoice_id)
    if invoice is None:
        raise InputRejected("该票据不存在，可能已被删除。")
    standing = session.scalar(
        select(Claim.claim_no).where(
            Claim.invoice_id == invoice_id, Claim.state != VOID, Claim.corrects_id.is_(None)
        )
    )
    if standing is not None:
        raise InputRejected(f"票据 {invoice.number} 已有报销申请 {standing}，同一张票据不能申请两次。")
    enrolment = session.get(Enrolment, invoice.enrolment_id)
    assert enrolment is not None
    return make_claim(
        session,
        kind="invoice",
        enrolment=enrolment,
        invoice=invoice,
        base_fen=invoice.amount_fen,
        reference_date=invoice.issued_on,
        term=invoice.term,
        payee_bank=payee_bank,
        payee_account=payee_account,
        prepared_by=prepared_by,
        notes=notes,
    )


def graduation_base(session: Session, enrolment_id: int, *, exclude: list[int] | None = None) -> int:
    """What the learner still bears of the enrolment's invoiced tuition: the invoices less
    every subsidy line held on the enrolment (graduation claims other than `exclude` included)."""
    invoiced = (
        session.scalar(select(func.sum(Invoice.amount_fen)).where(Invoice.enrolment_id == enrolment_id)) or 0
    )
    held = session.scalar(
        select(func.sum(ClaimLine.amount_fen))
        .join(Claim, Claim.id == ClaimLine.claim_id)
        .where(
            Claim.enrolment_id == enrolment_id,
            Claim.state.in_(RESERVING_STATES),
            Claim.superseded_by_id.is_(None),
            Claim.id.not_in(exclude or []),
            ClaimLine.source_type != SELF,
        )
    )
    return int(invoiced) - int(held or 0)


def create_graduation_claim(
    session: Session,
    enrolment_id: int,
    *,
    payee_bank: str = "",
    payee_account: str = "",
    prepared_by: str = "",
    notes: str = "",
) -> int:
    """A draft claim for the schemes that pay on graduation; its base is what the learner
    still bears of the enrolment's tuition (no scheme pays back more than was paid)."""
    require(session, Permission.EDIT_CLAIMS)
    enrolment = session.get(Enrolment, enrolment_id)
    if enrolment is None:
        raise InputRejected("该学籍不存在，可能已被删除。")
    if enrolment.status != "graduated" or enrolment.graduation_date is None:
        raise InputRejected("只有已毕业的学籍才能申请毕业补助。")
    standing = session.scalar(
        select(Claim.claim_no).where(
            Claim.enrolment_id == enrolment_id,
            Claim.kind == "graduation",
            Claim.state != VOID,
            Claim.corrects_id.is_(None),
        )
    )
    if standing is not None:
        raise InputRejected(f"本学籍已有毕业补助申请 {standing}。")
    serialise_writers(session.connection())
    base = graduation_base(session, enrolment_id)
    if base <= 0:
        raise InputRejected("本学籍没有登记学费票据，或学费已全部由各项资助承担，没有可以补助的金额。")
    return make_claim(
        session,
        kind="graduation",
        enrolment=enrolment,
        invoice=None,
        base_fen=base,
        reference_date=enrolment.graduation_date,
        term=term_label(term_index(enrolment.graduation_date)),
        payee_bank=payee_bank,
        payee_account=payee_account,
        prepared_by=prepared_by,
        notes=notes,
    )


def load_claim(session: Session, claim_id: int, expected_version: int | None = None) -> Claim:
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise InputRejected("该报销申请不存在，可能已被删除。")
    if expected_version is not None and claim.version != expected_version:
        raise StaleRecord(f"报销申请 {claim.claim_no} 刚被其他人修改过，请重新打开后再操作。")
    return claim


def _draft(session: Session, claim_id: int, expected_version: int | None) -> Claim:
    claim = load_claim(session, claim_id, expected_version)
    if claim.state != DRAFT:
        raise InputRejected(f"报销申请 {claim.claim_no} 已经提交，只有草稿可以修改。")
    return claim


def recompute_claim(session: Session, claim_id: int, *, expected_version: int | None = None) -> None:
    """Compute a draft's split afresh (schemes, caps and budgets as they stand now)."""
    require(session, Permission.EDIT_CLAIMS)
    claim = _draft(session, claim_id, expected_version)
    serialise_writers(session.connection())
    if claim.kind == "graduation":
        claim.base_fen = graduation_base(session, claim.enrolment_id, exclude=[claim.id])
    _write_lines(session, claim, split_for(session, claim), _facts(session, claim).level)
    claim.updated_at = dt.datetime.now(dt.UTC)
    session.flush()


def update_claim_details(
    session: Session,
    claim_id: int,
    *,
    expected_version: int | None,
    payee_bank: str,
    payee_account: str,
    notes: str,
) -> None:
    """A draft's payee and notes."""
    require(session, Permission.EDIT_CLAIMS)
    claim = _draft(session, claim_id, expected_version)
    bank, account = " ".join(payee_bank.split()), clean_account(payee_account)
    why = _payee_problem(bank, account)
    if why:
        raise InputRejected(why + "。")
    claim.payee_bank, claim.payee_account, claim.notes = bank, account, notes.strip()
    session.flush()


def claim_lines(session: Session, claim_id: int) -> list[ClaimLine]:
    return list(
        session.scalars(select(ClaimLine).where(ClaimLine.claim_id == claim_id).order_by(ClaimLine.position))
    )


def adjust_lines(
    session: Session, claim_id: int, amounts: Mapping[int, int], *, expected_version: int | None = None
) -> None:
    """Set a draft's line amounts by hand ({position: 分}, every line including the learner's).
    The lines must add up to the base; no scheme may pay more than its rules and caps allow
    now, and a scheme that does not pay cannot be given an amount."""
    require(session, Permission.EDIT_CLAIMS)
    claim = _draft(session, claim_id, expected_version)
    serialise_writers(session.connection())
    lines = claim_lines(session, claim_id)
    if set(amounts) != {line.position for line in lines}:
        raise InputRejected("调整金额时必须给出每一行（含个人承担）的金额。")
    check_lines_add_up(claim, [amounts[line.position] for line in lines])
    allowed = {line.scheme_id: line.amount_fen for line in split_for(session, claim).lines}
    for line in lines:
        new = amounts[line.position]
        if line.scheme_id is not None and new > allowed.get(line.scheme_id, 0):
            raise InputRejected(
                f"“{line.funder}”最多可以承担 {format_rmb(allowed.get(line.scheme_id, 0))}，"
                f"不能调整为 {format_rmb(new)}。"
            )
        if new != line.amount_fen:
            line.amount_fen = new
            if line.scheme_id is not None:
                line.bound = MANUAL
    claim.updated_at = dt.datetime.now(dt.UTC)
    session.flush()


def assert_still_fits(session: Session, claim: Claim) -> None:
    """SplitChanged when a line asks more than its scheme allows now (another claim took the
    room since the draft was computed), or the lines no longer add up."""
    lines = claim_lines(session, claim.id)
    check_lines_add_up(claim, [line.amount_fen for line in lines])
    if claim.kind == "graduation":
        base = graduation_base(session, claim.enrolment_id, exclude=[claim.id])
        if base != claim.base_fen:
            raise SplitChanged(
                f"本学籍的学费或资助已有变化（现应分摊 {format_rmb(base)}），请重新计算 {claim.claim_no} 后再提交。"
            )
    fresh = {line.scheme_id: line for line in split_for(session, claim).lines if line.scheme_id is not None}
    for line in lines:
        if line.scheme_id is None or line.amount_fen == 0:
            continue
        now = fresh.get(line.scheme_id)
        room = now.amount_fen if now is not None else 0
        if line.amount_fen > room:
            raise SplitChanged(
                f"“{line.funder}”现在最多只能承担 {format_rmb(room)}（额度或预算已被其他申请占用），"
                f"请重新计算 {claim.claim_no} 后再提交。"
            )


@dataclass(frozen=True, slots=True)
class LineView:
    position: int
    scheme_id: int | None
    scheme_name: str
    source_type: str
    funder: str
    amount_fen: int
    rule: str
    bound: str
    service_months: int | None


def line_views(session: Session, claim_id: int) -> list[LineView]:
    from qiuxue_desktop.domain.funding import Scheme

    names = dict(session.execute(select(Scheme.id, Scheme.name)).all())
    return [
        LineView(
            line.position,
            line.scheme_id,
            names.get(line.scheme_id, "个人承担") if line.scheme_id is not None else "个人承担",
            line.source_type,
            line.funder,
            line.amount_fen,
            line.rule,
            line.bound,
            line.service_months,
        )
        for line in claim_lines(session, claim_id)
    ]
