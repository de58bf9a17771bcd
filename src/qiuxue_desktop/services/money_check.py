"""`qiuxue check`'s money check: the claims' amounts agree with each other to the 分.

Five rules, each one grouped query over the whole database; a broken rule gives one
sentence naming its first offending claim (by claim number) and how many others there are:

1. every claim's lines add up to its base amount;
2. every invoice claim past 草稿 and not 作废 has its invoice's amount as its base, unless it
   corrects another claim;
3. no line is negative;
4. a paid claim has its payment date;
5. the repayments on a line never exceed what was paid on it.

Like the audit-chain check it needs no permission: it shows claim numbers and amounts that
disagree, not the data itself.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from qiuxue_desktop.domain import Claim, ClaimLine, Invoice, Repayment
from qiuxue_desktop.domain.claims import DRAFT, PAID, VOID
from qiuxue_desktop.domain.money import format_rmb

_AnySelect = Select[*tuple[Any, ...]]


def _first(session: Session, query: _AnySelect, sentence: str) -> list[str]:
    """The sentence for the first row of `query` (claim_no first, then the figures), with a count."""
    rows = session.execute(query.order_by(Claim.claim_no).limit(1)).all()
    if not rows:
        return []
    total = int(session.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0)
    text = sentence.format(*(format_rmb(v) if isinstance(v, int) else v for v in rows[0]))
    return [text + (f"另有{total - 1}笔申请有同样的问题。" if total > 1 else "")]


def money_problems(session: Session) -> list[str]:
    """One Chinese sentence per broken rule; empty when the money adds up."""
    line_sum = func.coalesce(func.sum(ClaimLine.amount_fen), 0)
    problems: list[str] = []
    problems += _first(
        session,
        select(Claim.claim_no, line_sum, Claim.base_fen)
        .outerjoin(ClaimLine, ClaimLine.claim_id == Claim.id)
        .group_by(Claim.id, Claim.claim_no, Claim.base_fen)
        .having(line_sum != Claim.base_fen),
        "报销申请{0}的各行合计{1}，与应分摊的金额{2}不符。",
    )
    problems += _first(
        session,
        select(Claim.claim_no, Claim.base_fen, Invoice.number, Invoice.amount_fen)
        .join(Invoice, Claim.invoice_id == Invoice.id)
        .where(
            Claim.kind == "invoice",
            Claim.state.not_in((DRAFT, VOID)),
            Claim.corrects_id.is_(None),
            Claim.base_fen != Invoice.amount_fen,
        ),
        "报销申请{0}的报销基数{1}与其发票{2}的金额{3}不符。",
    )
    problems += _first(
        session,
        select(Claim.claim_no, func.min(ClaimLine.amount_fen))
        .join(ClaimLine, ClaimLine.claim_id == Claim.id)
        .where(ClaimLine.amount_fen < 0)
        .group_by(Claim.id, Claim.claim_no),
        "报销申请{0}有金额为负数的明细行（{1}）。",
    )
    problems += _first(
        session,
        select(Claim.claim_no).where(Claim.state == PAID, Claim.paid_on.is_(None)),
        "报销申请{0}已支付，却没有支付日期。",
    )
    repaid = func.sum(Repayment.amount_fen)
    problems += _first(
        session,
        select(Claim.claim_no, ClaimLine.funder, repaid, ClaimLine.amount_fen)
        .join(ClaimLine, ClaimLine.claim_id == Claim.id)
        .join(Repayment, Repayment.claim_line_id == ClaimLine.id)
        .group_by(Claim.id, Claim.claim_no, ClaimLine.id, ClaimLine.funder, ClaimLine.amount_fen)
        .having(repaid > ClaimLine.amount_fen),
        "报销申请{0}中{1}一行已收回{2}，超过了该行支付的{3}。",
    )
    return problems
