"""Clawback (服务期未满离职的费用返还): what a learner who left inside the service period of
an employer-paid share may be asked to repay, and the repayments received.

A line qualifies when its claim is paid (and not superseded by a correction), its money is
the employer's own (EMPLOYER_SOURCES: the staff-education fund or other company money —
union and government money never), it carries a service period, and the learner's leave
date falls inside that period: paid_on ≤ leave_date < paid_on + service_months
(domain/terms.add_months; the 31st becomes the month's last day).

Days are calendar days, leap days counted as they fall: the term is the days from paid_on to
the end of the period, the served days those from paid_on to the leave date (the leave date
is the first day not served), the unserved days the rest. The repayable amount is
paid × unserved ÷ term, rounded half up to the 分 and never more than was paid (劳动合同法
第二十二条). It is listed, not collected: each row carries CLAWBACK_NOTE.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qiuxue_desktop.db.audit_trail import session_actor
from qiuxue_desktop.domain import Claim, ClaimLine, Department, Learner, Repayment
from qiuxue_desktop.domain.claims import PAID
from qiuxue_desktop.domain.funding import EMPLOYER_SOURCES, SOURCE_LABELS
from qiuxue_desktop.domain.money import format_rmb
from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.domain.terms import add_months
from qiuxue_desktop.errors import InputRejected
from qiuxue_desktop.services.auth import require
from qiuxue_desktop.services.funds import div_half_up

CLAWBACK_NOTE = (
    "应返还金额依据本人与企业签订的培训（学习）协议中的服务期约定和《劳动合同法》第二十二条计算："
    "按未履行的服务期天数折算，且不超过企业实际支付的费用；工会和政府的补助不在其列。"
    "学历教育学费是否属于专项培训费用可能有争议，系统不会自动扣收，请与本人协商或依法处理。"
)
REPAYMENT_METHODS: dict[str, str] = {
    "transfer": "银行转账",
    "cash": "现金",
    "payroll": "从工资中扣回",
}


@dataclass(frozen=True, slots=True)
class ClawbackRow:
    """One employer-paid claim line of a learner who left inside its service period."""

    claim_line_id: int
    claim_id: int
    claim_no: str
    learner_id: int
    learner_name: str
    employee_no: str
    department: str
    source_type: str
    source_label: str
    funder: str
    paid_fen: int
    paid_on: dt.date
    service_months: int
    service_end: dt.date  # the first day after the service period
    leave_date: dt.date
    term_days: int
    served_days: int
    unserved_days: int
    repayable_fen: int
    repaid_fen: int
    owed_fen: int  # repayable − repaid, never below 0
    days_since_leave: int  # from the leave date to `today`
    note: str = CLAWBACK_NOTE


@dataclass(frozen=True, slots=True)
class RepaymentRow:
    id: int
    claim_line_id: int
    received_on: dt.date
    amount_fen: int
    method: str
    method_label: str
    reference: str
    recorded_by: str
    note: str


def repayable_fen(paid_fen: int, term_days: int, unserved_days: int) -> int:
    """paid × unserved ÷ term, rounded half up to the 分, between 0 and paid."""
    if term_days <= 0 or unserved_days <= 0 or paid_fen <= 0:
        return 0
    return min(paid_fen, div_half_up(paid_fen * unserved_days, term_days))


def _rows(session: Session, today: dt.date, line_id: int | None = None) -> list[ClawbackRow]:
    query = (
        select(
            ClaimLine.id,
            ClaimLine.source_type,
            ClaimLine.funder,
            ClaimLine.amount_fen,
            ClaimLine.service_months,
            Claim.id,
            Claim.claim_no,
            Claim.paid_on,
            Learner.id,
            Learner.name,
            Learner.employee_no,
            Learner.leave_date,
            Department.name,
        )
        .join(Claim, ClaimLine.claim_id == Claim.id)
        .join(Learner, Claim.learner_id == Learner.id)
        .join(Department, Learner.department_id == Department.id)
        .where(
            Learner.leave_date.is_not(None),
            Learner.leave_date <= today,
            Claim.state == PAID,
            Claim.superseded_by_id.is_(None),
            Claim.paid_on.is_not(None),
            Claim.paid_on <= Learner.leave_date,
            ClaimLine.source_type.in_(sorted(EMPLOYER_SOURCES)),
            ClaimLine.service_months > 0,
            ClaimLine.amount_fen > 0,
        )
        .order_by(Learner.leave_date, Claim.claim_no, ClaimLine.position)
    )
    if line_id is not None:
        query = query.where(ClaimLine.id == line_id)
    candidates = session.execute(query).all()
    repaid = _repaid(session, [c[0] for c in candidates])
    rows: list[ClawbackRow] = []
    for (
        lid,
        source,
        funder,
        paid,
        months,
        cid,
        claim_no,
        paid_on,
        learner_id,
        name,
        emp_no,
        leave,
        dept,
    ) in candidates:
        assert paid_on is not None and leave is not None and months is not None
        end = add_months(paid_on, months)
        if leave >= end:
            continue
        term = (end - paid_on).days
        served = (leave - paid_on).days
        due = repayable_fen(paid, term, term - served)
        back = repaid.get(lid, 0)
        rows.append(
            ClawbackRow(
                claim_line_id=lid,
                claim_id=cid,
                claim_no=claim_no,
                learner_id=learner_id,
                learner_name=name,
                employee_no=emp_no,
                department=dept,
                source_type=source,
                source_label=SOURCE_LABELS.get(source, source),
                funder=funder,
                paid_fen=paid,
                paid_on=paid_on,
                service_months=months,
                service_end=end,
                leave_date=leave,
                term_days=term,
                served_days=served,
                unserved_days=term - served,
                repayable_fen=due,
                repaid_fen=back,
                owed_fen=max(0, due - back),
                days_since_leave=(today - leave).days,
            )
        )
    return rows


def _repaid(session: Session, line_ids: list[int]) -> dict[int, int]:
    if not line_ids:
        return {}
    sums = session.execute(
        select(Repayment.claim_line_id, func.sum(Repayment.amount_fen))
        .where(Repayment.claim_line_id.in_(line_ids))
        .group_by(Repayment.claim_line_id)
    )
    return {lid: int(total) for lid, total in sums}


def clawback_rows(session: Session, *, today: dt.date | None = None) -> list[ClawbackRow]:
    """Every employer-paid line of a learner who left inside its service period, by leave date."""
    require(session, Permission.READ)
    return _rows(session, today or dt.date.today())


def record_repayment(
    session: Session,
    claim_line_id: int,
    received_on: dt.date,
    amount_fen: int,
    method: str,
    reference: str = "",
    note: str = "",
    *,
    today: dt.date | None = None,
) -> int:
    """Record money paid back on one clawback line; returns the repayment's id. Refused (one
    sentence each) for a line that is not the employer's, not inside a clawback, or for more
    than is still owed."""
    require(session, Permission.RECORD_PAYMENT)
    today = today or dt.date.today()
    line = session.get(ClaimLine, claim_line_id)
    if line is None:
        raise InputRejected("该报销明细不存在，可能已被删除。")
    if line.source_type not in EMPLOYER_SOURCES:
        label = SOURCE_LABELS.get(line.source_type, line.source_type)
        raise InputRejected(f"这笔款项来自{label}（{line.funder or '非企业'}），不是企业出资，不能要求返还。")
    found = _rows(session, today, claim_line_id)
    if not found:
        raise InputRejected("这笔企业出资不在返还范围内：学员没有在该笔款项的服务期内离职。")
    row = found[0]
    if amount_fen <= 0:
        raise InputRejected("返还金额必须大于0。")
    if amount_fen > row.owed_fen:
        raise InputRejected(
            f"返还金额{format_rmb(amount_fen)}超过{row.learner_name}在报销申请{row.claim_no}上"
            f"尚欠的{format_rmb(row.owed_fen)}。"
        )
    if method not in REPAYMENT_METHODS:
        raise InputRejected(f"返还方式应为：{'、'.join(REPAYMENT_METHODS.values())}。")
    if received_on > today:
        raise InputRejected(f"收款日期{received_on.isoformat()}在今天之后。")
    reference = reference.strip()
    if len(reference) > 40:
        raise InputRejected("收款凭证号最多40个字符。")
    repayment = Repayment(
        claim_line_id=claim_line_id,
        received_on=received_on,
        amount_fen=amount_fen,
        method=method,
        reference=reference,
        recorded_by=session_actor(session),
        note=note.strip(),
    )
    session.add(repayment)
    session.flush()
    return repayment.id


def repayments(session: Session, claim_line_id: int) -> list[RepaymentRow]:
    """The repayments received on one line, oldest first."""
    require(session, Permission.READ)
    rows = session.scalars(
        select(Repayment)
        .where(Repayment.claim_line_id == claim_line_id)
        .order_by(Repayment.received_on, Repayment.id)
    )
    return [
        RepaymentRow(
            r.id, r.claim_line_id, r.received_on, r.amount_fen, r.method,
            REPAYMENT_METHODS.get(r.method, r.method), r.reference, r.recorded_by, r.note,
        )
        for r in rows
    ]  # fmt: skip
