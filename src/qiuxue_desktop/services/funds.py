"""The staff-education fund ledger (职工教育经费台账) per calendar year, the training spending
entered by hand, and the schemes' yearly budgets with what they have reserved and paid.

A ledger year holds the payroll base (工资总额) and the extraction rate; everything else is
computed when asked for, so it can never disagree with the claims and spending it rests on:

- set aside = payroll × rate, rounded half up to the 分 (integers only);
- carried in = the previous year's closing balance, or for the first year its opening balance
  (ledger years are contiguous: a new year is added just before the first or after the last);
- spent = claims spent + other spending; closing = carried in + set aside − spent;
- the front-line share (at least 60%) and the headroom under the 8% tax-deduction limit.

Claims are counted on a cash basis, by the year of the claim's `paid_on`: the 职工教育经费
lines of paid claims, minus the repayments received in that year on such lines (a learner who
left inside a service period paying back). A paid claim that corrects another paid claim counts
net of the claim it corrects, in its own year: the corrected claim's money was spent in its
year and stays there, so a closed year's figures never change. "Front line" is the learner's
post category (一线) as the register holds it now.

Budgets are counted by the lines' `budget_year`: reserved = lines of claims in progress
(submitted to posted), paid = lines of paid claims. A paid claim that was superseded by its
correction, or whose correction is in progress, no longer counts: its replacement does.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Integer, Select, case, cast, extract, func, select
from sqlalchemy.engine import Result
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import ColumnElement

from qiuxue_desktop.domain import (
    Claim,
    ClaimLine,
    FundYear,
    Learner,
    Repayment,
    Scheme,
    SchemeBudget,
    TrainingSpend,
)
from qiuxue_desktop.domain.claims import IN_PROGRESS_STATES, PAID, RESERVING_STATES
from qiuxue_desktop.domain.funding import SOURCE_LABELS
from qiuxue_desktop.domain.funds import FRONT_LINE_MIN_BP, MAX_RATE_BP, MIN_RATE_BP, TAX_DEDUCTIBLE_BP, USES
from qiuxue_desktop.domain.money import MAX_FEN, format_rmb
from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.errors import InputRejected, StaleRecord
from qiuxue_desktop.services.auth import require

EDU_FUND = "edu_fund"
_AnySelect = Select[*tuple[Any, ...]]
FIRST_YEAR, LAST_YEAR = 2000, 2100
SPEND_FIELDS: dict[str, str] = {
    "spent_on": "支出日期",
    "use_code": "用途",
    "description": "摘要",
    "amount_fen": "金额",
    "front_line_fen": "其中用于一线职工",
    "notes": "备注",
}


def format_bp(bp: int) -> str:
    """Basis points as a percentage with two decimals: 250 → "2.50%", 5523 → "55.23%"."""
    sign = "-" if bp < 0 else ""
    return f"{sign}{abs(bp) // 100}.{abs(bp) % 100:02d}%"


def div_half_up(numerator: int, denominator: int) -> int:
    """numerator ÷ denominator rounded half away from zero, in integers (denominator > 0)."""
    if denominator <= 0:
        raise ValueError("denominator must be positive")
    q = (2 * abs(numerator) + denominator) // (2 * denominator)
    return -q if numerator < 0 else q


# --- results ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class UseSpend:
    """Hand-entered spending of one year under one of the eleven uses."""

    code: str
    label: str
    amount_fen: int
    front_line_fen: int


@dataclass(frozen=True, slots=True)
class FundLedger:
    """One year of the staff-education fund. Amounts in 分, rates and shares in basis points."""

    year: int
    fund_year_id: int
    version: int
    notes: str
    payroll_fen: int
    rate_bp: int
    is_first_year: bool
    opening_fen: int  # as entered; only the first year uses it
    set_aside_fen: int  # payroll × rate
    carried_in_fen: int  # previous closing, or the opening balance for the first year
    claims_paid_fen: int  # 职工教育经费 lines of claims paid this year (net of corrections)
    claims_repaid_fen: int  # repayments received this year on such lines
    claims_spent_fen: int  # paid − repaid
    other_spent_fen: int  # hand-entered training spending
    spent_fen: int
    closing_fen: int  # carried in + set aside − spent: the balance carried forward
    front_line_spent_fen: int
    front_line_share_bp: int | None  # None when nothing was spent
    front_line_warning: str | None  # a sentence when the share is below 60%
    tax_limit_fen: int  # 8% of payroll
    tax_headroom_fen: int  # limit − spent; negative when over the limit
    tax_warning: str | None  # a sentence when over the limit
    by_use: tuple[UseSpend, ...]  # the eleven uses, in order, zeros included


@dataclass(frozen=True, slots=True)
class SpendRow:
    id: int
    version: int
    spent_on: dt.date
    use_code: str
    use_label: str
    description: str
    amount_fen: int
    front_line_fen: int
    notes: str


@dataclass(frozen=True, slots=True)
class BudgetRow:
    """One scheme's budget for a year. `budget_fen`/`remaining_fen` are None without a budget."""

    scheme_id: int
    scheme_name: str
    funder: str
    source_type: str
    source_label: str
    budget_fen: int | None
    reserved_fen: int  # lines of claims in progress
    paid_fen: int  # lines of paid claims
    remaining_fen: int | None  # budget − reserved − paid (negative: over budget)


class FundRejected(InputRejected):
    """A ledger year or a spending entry cannot be saved; `problems` maps field → reason."""

    def __init__(self, what: str, problems: dict[str, str]) -> None:
        self.problems = problems
        super().__init__(f"{what}未保存：{'；'.join(problems.values())}。")


# --- ledger years -------------------------------------------------------------------------------


def fund_years(session: Session) -> list[int]:
    """The years that have a ledger, in order."""
    require(session, Permission.READ)
    return list(session.scalars(select(FundYear.year).order_by(FundYear.year)))


def save_fund_year(
    session: Session,
    year: int,
    payroll_fen: int,
    rate_bp: int,
    opening_fen: int = 0,
    notes: str = "",
    expected_version: int | None = None,
) -> int:
    """Create or change the ledger of `year`; returns its id. Years stay contiguous, and only
    the first year takes an opening balance (later years carry the previous closing forward)."""
    require(session, Permission.MANAGE_FUNDS)
    existing = session.scalar(select(FundYear).where(FundYear.year == year))
    if existing is not None and expected_version is not None and existing.version != expected_version:
        raise StaleRecord(f"{year}年的经费台账刚被其他人修改过，请重新打开后再改。")
    years = [y for y in fund_years(session) if y != year]
    problems: dict[str, str] = {}
    if not FIRST_YEAR <= year <= LAST_YEAR:
        problems["year"] = f"年度应在{FIRST_YEAR}到{LAST_YEAR}之间"
    elif existing is None and years and year not in (years[0] - 1, years[-1] + 1):
        have = f"{years[0]}年" if len(years) == 1 else f"{years[0]}–{years[-1]}年"
        problems["year"] = f"台账年度必须连续：已有{have}，只能增加{years[0] - 1}年或{years[-1] + 1}年"
    if not 0 <= payroll_fen <= MAX_FEN:
        problems["payroll_fen"] = "工资总额不能为负数" if payroll_fen < 0 else "工资总额过大"
    if not MIN_RATE_BP <= rate_bp <= MAX_RATE_BP:
        problems["rate_bp"] = (
            f"提取比例应在{format_bp(MIN_RATE_BP)}到{format_bp(MAX_RATE_BP)}之间，"
            f"{format_bp(rate_bp)}不在此范围内"
        )
    if abs(opening_fen) > MAX_FEN:
        problems["opening_fen"] = "期初余额过大"
    elif opening_fen and years and years[0] < year:
        problems["opening_fen"] = (
            f"只有第一年（{years[0]}年）可以填写期初余额，以后各年自动结转上一年的年末余额"
        )
    elif years and year < years[0]:
        first = session.scalar(select(FundYear).where(FundYear.year == years[0]))
        if first is not None and first.opening_fen:
            problems["year"] = (
                f"{years[0]}年已填写期初余额；要在它之前增加{year}年，请先把{years[0]}年的期初余额改为0"
            )
    if problems:
        raise FundRejected(f"{year}年的经费台账", problems)
    row = existing or FundYear(year=year)
    row.payroll_fen, row.rate_bp = payroll_fen, rate_bp
    row.opening_fen, row.notes = opening_fen, notes.strip()
    if existing is None:
        session.add(row)
    session.flush()
    return row.id


# --- hand-entered training spending -------------------------------------------------------------


def _spend_problems(
    session: Session, spent_on: dt.date, use_code: str, description: str, amount_fen: int, front_line_fen: int
) -> dict[str, str]:
    p: dict[str, str] = {}
    if session.scalar(select(FundYear.id).where(FundYear.year == spent_on.year)) is None:
        p["spent_on"] = f"{spent_on.year}年还没有经费台账，请先填写该年的工资总额和提取比例"
    if use_code not in USES:
        p["use_code"] = "请从财建〔2006〕317号规定的十一项用途中选择用途"
    if not description:
        p["description"] = "请填写摘要"
    elif len(description) > 200:
        p["description"] = "摘要最多200个字"
    if not 0 < amount_fen <= MAX_FEN:
        p["amount_fen"] = "金额必须大于0" if amount_fen <= 0 else "金额过大"
    if front_line_fen < 0:
        p["front_line_fen"] = "用于一线职工的金额不能为负数"
    elif front_line_fen > max(amount_fen, 0):
        p["front_line_fen"] = (
            f"用于一线职工的金额{format_rmb(front_line_fen)}不能超过支出金额{format_rmb(max(amount_fen, 0))}"
        )
    return p


def add_training_spend(
    session: Session,
    *,
    spent_on: dt.date,
    use_code: str,
    description: str,
    amount_fen: int,
    front_line_fen: int = 0,
    notes: str = "",
) -> int:
    """Record training spending from the fund under one of the eleven uses; returns its id."""
    require(session, Permission.MANAGE_FUNDS)
    description = " ".join(description.split())
    problems = _spend_problems(session, spent_on, use_code, description, amount_fen, front_line_fen)
    if problems:
        raise FundRejected("培训支出", problems)
    row = TrainingSpend(
        spent_on=spent_on,
        use_code=use_code,
        description=description,
        amount_fen=amount_fen,
        front_line_fen=front_line_fen,
        notes=notes.strip(),
    )
    session.add(row)
    session.flush()
    return row.id


def _load_spend(session: Session, spend_id: int, expected_version: int | None) -> TrainingSpend:
    row = session.get(TrainingSpend, spend_id)
    if row is None:
        raise InputRejected("这笔培训支出不存在，可能已被删除。")
    if expected_version is not None and row.version != expected_version:
        raise StaleRecord("这笔培训支出刚被其他人修改过，请重新打开后再改。")
    return row


def update_training_spend(
    session: Session,
    spend_id: int,
    *,
    expected_version: int | None,
    spent_on: dt.date,
    use_code: str,
    description: str,
    amount_fen: int,
    front_line_fen: int = 0,
    notes: str = "",
) -> None:
    require(session, Permission.MANAGE_FUNDS)
    row = _load_spend(session, spend_id, expected_version)
    description = " ".join(description.split())
    problems = _spend_problems(session, spent_on, use_code, description, amount_fen, front_line_fen)
    if problems:
        raise FundRejected("培训支出", problems)
    row.spent_on, row.use_code, row.description = spent_on, use_code, description
    row.amount_fen, row.front_line_fen, row.notes = amount_fen, front_line_fen, notes.strip()
    session.flush()


def delete_training_spend(session: Session, spend_id: int, *, expected_version: int | None = None) -> None:
    require(session, Permission.MANAGE_FUNDS)
    session.delete(_load_spend(session, spend_id, expected_version))
    session.flush()


def training_spends(session: Session, year: int) -> list[SpendRow]:
    """The hand-entered spending of `year`, by date."""
    require(session, Permission.READ)
    rows = session.scalars(
        select(TrainingSpend)
        .where(TrainingSpend.spent_on.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
        .order_by(TrainingSpend.spent_on, TrainingSpend.id)
    )
    return [
        SpendRow(
            r.id, r.version, r.spent_on, r.use_code, USES.get(r.use_code, r.use_code),
            r.description, r.amount_fen, r.front_line_fen, r.notes,
        )
        for r in rows
    ]  # fmt: skip


# --- the ledger ---------------------------------------------------------------------------------


def _year(column: Any) -> ColumnElement[int]:
    return cast(extract("year", column), Integer)


def _front(learner: Any) -> ColumnElement[int]:
    """1 for a front-line learner (post category 一线), else 0."""
    return case((learner.post_category == "1", 1), else_=0)


@dataclass
class _Year:
    claims: int = 0
    claims_front: int = 0
    repaid: int = 0
    repaid_front: int = 0
    other: int = 0
    other_front: int = 0


def _by_year(rows: Result[Any, int, Any]) -> dict[int, tuple[int, int]]:
    """(year, front flag, amount) rows → year → (total, front-line part)."""
    out: dict[int, tuple[int, int]] = {}
    for year, front, amount in rows:
        total, front_part = out.get(int(year), (0, 0))
        out[int(year)] = (total + int(amount), front_part + (int(amount) if front else 0))
    return out


def _yearly(date_column: Any, amount_column: Any) -> _AnySelect:
    """year, front-line flag, sum(amount), grouped by the same two expressions (one object
    each, so that PostgreSQL sees the GROUP BY expressions as the selected ones)."""
    year, front = _year(date_column), _front(Learner)
    return select(year, front, func.sum(amount_column)).group_by(year, front)


def _spending_by_year(session: Session) -> tuple[dict[int, _Year], dict[tuple[int, str], tuple[int, int]]]:
    """Every year's spending in four grouped queries; also hand spending by (year, use)."""
    paid = (
        _yearly(Claim.paid_on, ClaimLine.amount_fen)
        .select_from(ClaimLine)
        .join(Claim, ClaimLine.claim_id == Claim.id)
        .join(Learner, Claim.learner_id == Learner.id)
        .where(ClaimLine.source_type == EDU_FUND, Claim.state == PAID, Claim.paid_on.is_not(None))
    )
    correcting, corrected = aliased(Claim), aliased(Claim)
    superseded = (
        _yearly(correcting.paid_on, ClaimLine.amount_fen)
        .select_from(ClaimLine)
        .join(corrected, ClaimLine.claim_id == corrected.id)
        .join(correcting, correcting.corrects_id == corrected.id)
        .join(Learner, corrected.learner_id == Learner.id)
        .where(
            ClaimLine.source_type == EDU_FUND,
            correcting.state == PAID,
            correcting.paid_on.is_not(None),
            corrected.state == PAID,
        )
    )
    repaid = (
        _yearly(Repayment.received_on, Repayment.amount_fen)
        .select_from(Repayment)
        .join(ClaimLine, Repayment.claim_line_id == ClaimLine.id)
        .join(Claim, ClaimLine.claim_id == Claim.id)
        .join(Learner, Claim.learner_id == Learner.id)
        .where(ClaimLine.source_type == EDU_FUND)
    )
    years: dict[int, _Year] = defaultdict(_Year)
    for year, (total, front) in _by_year(session.execute(paid)).items():
        years[year].claims += total
        years[year].claims_front += front
    for year, (total, front) in _by_year(session.execute(superseded)).items():
        years[year].claims -= total
        years[year].claims_front -= front
    for year, (total, front) in _by_year(session.execute(repaid)).items():
        years[year].repaid += total
        years[year].repaid_front += front
    by_use: dict[tuple[int, str], tuple[int, int]] = {}
    spent_year = _year(TrainingSpend.spent_on)
    hand = select(
        spent_year,
        TrainingSpend.use_code,
        func.sum(TrainingSpend.amount_fen),
        func.sum(TrainingSpend.front_line_fen),
    ).group_by(spent_year, TrainingSpend.use_code)
    for year, code, amount, front in session.execute(hand):
        y = years[int(year)]
        y.other += int(amount)
        y.other_front += int(front)
        by_use[(int(year), code)] = (int(amount), int(front))
    return years, by_use


def _share_warning(share_bp: int | None) -> str | None:
    if share_bp is None or share_bp >= FRONT_LINE_MIN_BP:
        return None
    return (
        f"一线职工教育培训支出占本年支出的{format_bp(share_bp)}，"
        f"低于不少于{format_bp(FRONT_LINE_MIN_BP)}的要求，请优先安排一线职工的培训。"
    )


def _tax_warning(headroom_fen: int, limit_fen: int) -> str | None:
    if headroom_fen >= 0:
        return None
    return (
        f"本年支出超出税前扣除限额（工资总额的{format_bp(TAX_DEDUCTIBLE_BP)}，{format_rmb(limit_fen)}）"
        f"{format_rmb(-headroom_fen)}，超出部分本年不得扣除，可结转以后年度扣除。"
    )


def fund_ledgers(session: Session) -> list[FundLedger]:
    """Every ledger year, first to last, each carrying the previous closing balance forward."""
    require(session, Permission.READ)
    rows = list(session.scalars(select(FundYear).order_by(FundYear.year)))
    if not rows:
        return []
    spending, by_use = _spending_by_year(session)
    ledgers: list[FundLedger] = []
    closing: int | None = None
    for row in rows:
        s = spending.get(row.year, _Year())
        set_aside = div_half_up(row.payroll_fen * row.rate_bp, 10_000)
        carried_in = row.opening_fen if closing is None else closing
        claims_spent = s.claims - s.repaid
        spent = claims_spent + s.other
        front = s.claims_front - s.repaid_front + s.other_front
        share = div_half_up(front * 10_000, spent) if spent > 0 else None
        limit = div_half_up(row.payroll_fen * TAX_DEDUCTIBLE_BP, 10_000)
        closing = carried_in + set_aside - spent
        uses = tuple(
            UseSpend(code, label, *by_use.get((row.year, code), (0, 0))) for code, label in USES.items()
        )
        ledgers.append(
            FundLedger(
                year=row.year,
                fund_year_id=row.id,
                version=row.version,
                notes=row.notes,
                payroll_fen=row.payroll_fen,
                rate_bp=row.rate_bp,
                is_first_year=not ledgers,
                opening_fen=row.opening_fen,
                set_aside_fen=set_aside,
                carried_in_fen=carried_in,
                claims_paid_fen=s.claims,
                claims_repaid_fen=s.repaid,
                claims_spent_fen=claims_spent,
                other_spent_fen=s.other,
                spent_fen=spent,
                closing_fen=closing,
                front_line_spent_fen=front,
                front_line_share_bp=share,
                front_line_warning=_share_warning(share),
                tax_limit_fen=limit,
                tax_headroom_fen=limit - spent,
                tax_warning=_tax_warning(limit - spent, limit),
                by_use=uses,
            )
        )
    return ledgers


def fund_ledger(session: Session, year: int) -> FundLedger:
    """The ledger of one year; InputRejected when the year has none."""
    for ledger in fund_ledgers(session):
        if ledger.year == year:
            return ledger
    raise InputRejected(f"{year}年还没有经费台账，请先填写该年的工资总额和提取比例。")


# --- scheme budgets -----------------------------------------------------------------------------


def set_scheme_budget(session: Session, scheme_id: int, year: int, amount_fen: int | None) -> None:
    """Set what a scheme may spend in `year` (None removes the budget)."""
    require(session, Permission.MANAGE_FUNDS)
    scheme = session.get(Scheme, scheme_id)
    if scheme is None:
        raise InputRejected("该资助项目不存在，可能已被删除。")
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise InputRejected(f"预算年度应在{FIRST_YEAR}到{LAST_YEAR}之间。")
    if amount_fen is not None and not 0 <= amount_fen <= MAX_FEN:
        raise InputRejected(
            f"资助项目“{scheme.name}”{year}年的预算不能为负数。" if amount_fen < 0 else "预算金额过大。"
        )
    row = session.scalar(
        select(SchemeBudget).where(SchemeBudget.scheme_id == scheme_id, SchemeBudget.year == year)
    )
    if amount_fen is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(SchemeBudget(scheme_id=scheme_id, year=year, amount_fen=amount_fen))
    else:
        row.amount_fen = amount_fen
    session.flush()


def scheme_budgets(session: Session, year: int) -> list[BudgetRow]:
    """Every active scheme, and any scheme with a budget or claim lines in `year`, in scheme order."""
    require(session, Permission.READ)
    correction = aliased(Claim)
    replaced = (
        select(correction.id)
        .where(correction.corrects_id == Claim.id, correction.state.in_(IN_PROGRESS_STATES))
        .exists()
    )
    sums = session.execute(
        select(
            ClaimLine.scheme_id,
            func.sum(case((Claim.state.in_(IN_PROGRESS_STATES), ClaimLine.amount_fen), else_=0)),
            func.sum(case((Claim.state == PAID, ClaimLine.amount_fen), else_=0)),
        )
        .join(Claim, ClaimLine.claim_id == Claim.id)
        .where(
            ClaimLine.budget_year == year,
            ClaimLine.scheme_id.is_not(None),
            Claim.state.in_(RESERVING_STATES),
            Claim.superseded_by_id.is_(None),
            ~replaced,
        )
        .group_by(ClaimLine.scheme_id)
    )
    used = {sid: (int(r), int(p)) for sid, r, p in sums}
    budgets = {
        sid: int(amount)
        for sid, amount in session.execute(
            select(SchemeBudget.scheme_id, SchemeBudget.amount_fen).where(SchemeBudget.year == year)
        )
    }
    schemes = session.scalars(select(Scheme).order_by(Scheme.position, Scheme.name))
    rows: list[BudgetRow] = []
    for sc in schemes:
        if not (sc.active or sc.id in used or sc.id in budgets):
            continue
        reserved, paid = used.get(sc.id, (0, 0))
        budget = budgets.get(sc.id)
        rows.append(
            BudgetRow(
                scheme_id=sc.id,
                scheme_name=sc.name,
                funder=sc.funder,
                source_type=sc.source_type,
                source_label=SOURCE_LABELS.get(sc.source_type, sc.source_type),
                budget_fen=budget,
                reserved_fen=reserved,
                paid_fen=paid,
                remaining_fen=None if budget is None else budget - reserved - paid,
            )
        )
    return rows
