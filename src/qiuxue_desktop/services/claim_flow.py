"""The way of a claim: 草稿 → 已提交 → 人事审核 → 工会审批 → 公示中 → 已支付, 退回 and 作废.

Each step belongs to one role (its permission, checked here whatever the window
shows): submitting to whoever prepares claims, the HR review to HR, the approval and
the public posting (公示) to the union, the payment to finance. Nobody approves a
claim they prepared or that is their own (guards.refuse_self_approval). Every step is
a ClaimStep row: who (the account), the name as signed, when, and the note or reason.
A paid claim is frozen (Claim.audit_frozen); a mistake in it is corrected by a new
claim that `corrects_id` it, which on payment supersedes the old one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from qiuxue_desktop.db.audit_trail import serialise_writers, session_actor
from qiuxue_desktop.domain.claims import (
    DRAFT,
    HR_REVIEWED,
    PAID,
    PAY_METHODS,
    POSTING,
    STATES,
    SUBMITTED,
    UNION_APPROVED,
    VOID,
    Claim,
    ClaimLine,
    ClaimStep,
)
from qiuxue_desktop.domain.funding import Scheme
from qiuxue_desktop.domain.permissions import Permission, Principal
from qiuxue_desktop.errors import InputRejected, NotPermitted
from qiuxue_desktop.services.auth import current_principal, require
from qiuxue_desktop.services.claims import assert_still_fits, load_claim, make_claim
from qiuxue_desktop.services.guards import refuse_self_approval, start_correction

MIN_REASON = 4

# action key → (label, the state it starts from, the permissions it needs)
ACTIONS: dict[str, tuple[str, tuple[str, ...], tuple[Permission, ...]]] = {
    "submit": ("提交", (DRAFT,), (Permission.EDIT_CLAIMS,)),
    "hr_review": ("人事审核通过", (SUBMITTED,), (Permission.APPROVE_CLAIM_HR,)),
    "union_approve": ("工会审批通过", (HR_REVIEWED,), (Permission.APPROVE_CLAIM_UNION,)),
    "start_posting": ("开始公示", (UNION_APPROVED,), (Permission.APPROVE_CLAIM_UNION,)),
    "pay": ("登记支付", (POSTING,), (Permission.APPROVE_CLAIM_FINANCE, Permission.RECORD_PAYMENT)),
    "return": ("退回", (SUBMITTED, HR_REVIEWED, UNION_APPROVED, POSTING), ()),
    "void": ("作废", (DRAFT,), (Permission.EDIT_CLAIMS,)),
    "correct": ("更正", (PAID,), (Permission.CORRECT_RECORD, Permission.EDIT_CLAIMS)),
}
# Who may send a claim back from each state: the role that owns its next step.
_RETURN_BY: dict[str, tuple[Permission, ...]] = {
    SUBMITTED: (Permission.APPROVE_CLAIM_HR,),
    HR_REVIEWED: (Permission.APPROVE_CLAIM_UNION,),
    UNION_APPROVED: (Permission.APPROVE_CLAIM_UNION,),
    POSTING: (Permission.APPROVE_CLAIM_UNION, Permission.APPROVE_CLAIM_FINANCE),
}


def _locked(session: Session, claim_id: int, expected_version: int | None) -> Claim:
    """The claim, read after taking the writers' lock: a step that another person's step
    overtook is told (StaleRecord) instead of acting on what it read before."""
    serialise_writers(session.connection())
    return load_claim(session, claim_id, expected_version)


def _step(session: Session, claim: Claim, to_state: str, signer: str, note: str = "") -> None:
    principal = current_principal(session)
    session.add(
        ClaimStep(
            claim_id=claim.id,
            from_state=claim.state,
            to_state=to_state,
            actor=session_actor(session),
            signer=" ".join(signer.split()) or principal.display_name or principal.username,
            note=note.strip(),
        )
    )
    claim.state = to_state
    session.flush()


def _expect(claim: Claim, *states: str, action: str) -> None:
    if claim.state not in states:
        wanted = "、".join(STATES[s] for s in states)
        raise InputRejected(
            f"报销申请 {claim.claim_no} 现在是“{STATES[claim.state]}”，只有“{wanted}”的申请才能{action}。"
        )


def _reason(text: str, what: str) -> str:
    clean = " ".join(text.split())
    if len(clean) < MIN_REASON:
        raise InputRejected(f"{what}必须写明原因（至少 {MIN_REASON} 个字）。")
    return clean


def submit_claim(
    session: Session, claim_id: int, *, expected_version: int | None = None, signer: str = ""
) -> None:
    """Send a draft for approval: its lines must add up and still fit every cap and budget
    (the room is taken now and held until the claim is returned or voided)."""
    require(session, Permission.EDIT_CLAIMS)
    claim = _locked(session, claim_id, expected_version)
    _expect(claim, DRAFT, action="提交")
    assert_still_fits(session, claim)
    claim.return_reason = ""
    _step(session, claim, SUBMITTED, signer)


def hr_review(
    session: Session, claim_id: int, *, expected_version: int | None = None, signer: str = "", note: str = ""
) -> None:
    require(session, Permission.APPROVE_CLAIM_HR)
    claim = _locked(session, claim_id, expected_version)
    _expect(claim, SUBMITTED, action="进行人事审核")
    refuse_self_approval(session, claim, learner_id=claim.learner_id, what=f"报销申请 {claim.claim_no}")
    _step(session, claim, HR_REVIEWED, signer, note)


def union_approve(
    session: Session, claim_id: int, *, expected_version: int | None = None, signer: str = "", note: str = ""
) -> None:
    require(session, Permission.APPROVE_CLAIM_UNION)
    claim = _locked(session, claim_id, expected_version)
    _expect(claim, HR_REVIEWED, action="由工会审批")
    refuse_self_approval(session, claim, learner_id=claim.learner_id, what=f"报销申请 {claim.claim_no}")
    _step(session, claim, UNION_APPROVED, signer, note)


def posting_days(session: Session, claim_id: int) -> int:
    """The longest public posting any paying scheme of the claim asks for."""
    days = session.scalars(
        select(Scheme.posting_days)
        .join(ClaimLine, ClaimLine.scheme_id == Scheme.id)
        .where(ClaimLine.claim_id == claim_id, ClaimLine.amount_fen > 0)
    ).all()
    return max(days, default=0)


def start_posting(
    session: Session,
    claim_id: int,
    *,
    start: dt.date,
    expected_version: int | None = None,
    signer: str = "",
) -> dt.date:
    """Put an approved claim on the posted list from `start`; returns the posting's last day
    (start + the schemes' posting days − 1; with no posting asked for, the start itself)."""
    require(session, Permission.APPROVE_CLAIM_UNION)
    claim = _locked(session, claim_id, expected_version)
    _expect(claim, UNION_APPROVED, action="公示")
    days = posting_days(session, claim.id)
    end = start + dt.timedelta(days=max(days, 1) - 1)
    claim.posting_start, claim.posting_end = start, end
    _step(session, claim, POSTING, signer, f"公示 {start.isoformat()} 至 {end.isoformat()}（{days} 天）")
    return end


def earliest_payment(session: Session, claim: Claim) -> dt.date | None:
    """The first day the claim may be paid: the day after its posting ends (the posting's
    first day when no scheme asks for one)."""
    if claim.posting_start is None or claim.posting_end is None:
        return None
    if posting_days(session, claim.id) == 0:
        return claim.posting_start
    return claim.posting_end + dt.timedelta(days=1)


def pay_claim(
    session: Session,
    claim_id: int,
    *,
    paid_on: dt.date,
    method: str,
    reference: str = "",
    expected_version: int | None = None,
    signer: str = "",
    today: dt.date | None = None,
) -> None:
    """Finance records the payment once the posting is over. Paying a correction supersedes
    the claim it corrects (a recorded correction of that frozen record)."""
    require(session, Permission.APPROVE_CLAIM_FINANCE)
    require(session, Permission.RECORD_PAYMENT)
    claim = _locked(session, claim_id, expected_version)
    _expect(claim, POSTING, action="登记支付")
    refuse_self_approval(session, claim, learner_id=claim.learner_id, what=f"报销申请 {claim.claim_no}")
    today = today or dt.date.today()
    first = earliest_payment(session, claim)
    if first is not None and paid_on < first:
        raise InputRejected(
            f"报销申请 {claim.claim_no} 公示到 {claim.posting_end.isoformat() if claim.posting_end else ''}，"
            f"{first.isoformat()} 起才能支付。"
        )
    if paid_on > today:
        raise InputRejected("支付日期不能在今天之后。")
    if method not in PAY_METHODS:
        raise InputRejected("请选择支付方式。")
    ref = " ".join(reference.split())
    if method == "transfer" and not ref:
        raise InputRejected("银行转账请填写转账流水号或凭证号。")
    if method == "transfer" and not claim.payee_account:
        raise InputRejected(f"报销申请 {claim.claim_no} 没有收款账号，不能登记银行转账。")
    if claim.corrects_id is not None:
        original = load_claim(session, claim.corrects_id)
        start_correction(session, original, f"由更正申请 {claim.claim_no} 取代")
        original.superseded_by_id = claim.id
    claim.paid_on, claim.pay_method, claim.pay_reference = paid_on, method, ref
    _step(session, claim, PAID, signer, f"{PAY_METHODS[method]} {ref}".strip())


def return_claim(
    session: Session, claim_id: int, *, reason: str, expected_version: int | None = None, signer: str = ""
) -> None:
    """Send a claim back to draft with a reason; it stops holding its amounts."""
    claim = _locked(session, claim_id, expected_version)
    _expect(claim, *_RETURN_BY, action="退回")
    principal = current_principal(session)
    if not any(principal.may(p) for p in _RETURN_BY[claim.state]):
        require(session, _RETURN_BY[claim.state][0])
    text = _reason(reason, "退回")
    claim.return_reason = text
    claim.posting_start = claim.posting_end = None
    _step(session, claim, DRAFT, signer, text)


def void_claim(
    session: Session, claim_id: int, *, reason: str, expected_version: int | None = None, signer: str = ""
) -> None:
    """End a draft for good (it stays on record, holding nothing)."""
    require(session, Permission.EDIT_CLAIMS)
    claim = _locked(session, claim_id, expected_version)
    if claim.state == PAID:
        raise InputRejected(f"报销申请 {claim.claim_no} 已支付，不能作废；如有错误，请做更正申请。")
    _expect(claim, DRAFT, action="作废（在审批中的申请请先退回）")
    text = _reason(reason, "作废")
    claim.void_reason = text
    _step(session, claim, VOID, signer, text)


def start_correction_claim(session: Session, claim_id: int, *, reason: str, signer: str = "") -> int:
    """A new draft that corrects a paid claim (same invoice and base, split afresh); returns
    its id. It goes through the whole approval; paid, it takes the old claim's place."""
    require(session, Permission.CORRECT_RECORD)
    require(session, Permission.EDIT_CLAIMS)
    claim = load_claim(session, claim_id)
    if claim.state != PAID or claim.superseded_by_id is not None:
        raise InputRejected(
            f"只有已支付且未被更正的申请才能更正；{claim.claim_no} 是“{STATES[claim.state]}”。"
        )
    open_one = session.scalar(
        select(Claim.claim_no).where(Claim.corrects_id == claim.id, Claim.state.not_in((VOID, PAID)))
    )
    if open_one is not None:
        raise InputRejected(f"{claim.claim_no} 已有正在办理的更正申请 {open_one}。")
    text = _reason(reason, "更正")
    from qiuxue_desktop.domain import Enrolment, Invoice

    enrolment = session.get(Enrolment, claim.enrolment_id)
    invoice = session.get(Invoice, claim.invoice_id) if claim.invoice_id is not None else None
    assert enrolment is not None
    new_id = make_claim(
        session,
        kind=claim.kind,
        enrolment=enrolment,
        invoice=invoice,
        base_fen=claim.base_fen,
        reference_date=claim.reference_date,
        term=claim.term,
        payee_bank=claim.payee_bank,
        payee_account=claim.payee_account,
        prepared_by=signer,
        notes=f"更正 {claim.claim_no}：{text}",
        corrects=claim,
    )
    return new_id


@dataclass(frozen=True, slots=True)
class Available:
    key: str
    label: str
    allowed: bool
    reason: str = ""  # why not, when not allowed


def available_actions(session: Session, claim: Claim, principal: Principal | None = None) -> list[Available]:
    """The actions that apply to the claim's state, each allowed or not for the acting person."""
    who = principal or current_principal(session)
    out: list[Available] = []
    for key, (label, states, needs) in ACTIONS.items():
        if claim.state not in states:
            continue
        if key == "correct" and claim.superseded_by_id is not None:
            continue
        wanted = _RETURN_BY[claim.state] if key == "return" else needs
        ok = any(who.may(p) for p in wanted) if key == "return" else all(who.may(p) for p in wanted)
        reason = "" if ok else f"需要“{who.role_label}”以外的角色办理"
        if ok and key in ("hr_review", "union_approve", "pay"):
            try:
                refuse_self_approval(session, claim, learner_id=claim.learner_id, what="这份申请")
            except NotPermitted as exc:
                ok, reason = False, exc.message
        out.append(Available(key, label, ok, reason))
    return out


def claim_steps(session: Session, claim_id: int) -> list[ClaimStep]:
    return list(
        session.scalars(select(ClaimStep).where(ClaimStep.claim_id == claim_id).order_by(ClaimStep.id))
    )
