"""Claims demo: funding schemes, two years of the staff-education fund, tuition invoices and
claims in every state, all made through the real services.

For the enterprise the demo has just filled (services/demo.py, after the study demo):

- the schemes of demo_claims_data in the order they apply — every rule kind (fixed sums,
  a percentage, grade tiers, and an inactive by-level table) — and the union schemes'
  budgets for last year and this;
- the fund's ledger for last year and this: payroll, a 2.5% rate, the training spending
  entered by hand under the uses of 财建〔2006〕317号 (last year's front-line share is
  below 60%, so the warning shows);
- tuition invoices since January of last year at the programme's fee — per term at the open
  university and on skills courses, per school year elsewhere — for most enrolments that
  are studying or have finished, numbers unique per issuer;
- the claims (services/demo_claims_flow.py): one per degree invoice and one per graduation
  that a scheme pays for, dated in the past and signed by the people of demo_claims_data;
  older ones paid (a few returned once first, a few voided), recent ones at every step of
  the way, one paid claim corrected, and learners who left inside the service period of an
  employer share, one with part of it paid back.

At most MAX_CLAIM_ENROLMENTS enrolments get invoices and claims: every claim goes through the
services one step at a time (about 20–25 ms a claim from draft to paid), so the 300 learners
of the default demo add about 80 claims and 2 seconds, and a 100,000-learner demo (50,000
enrolments) stops at about 200 claims instead of taking most of an hour. A small demo (a
hundred learners or so) may lack a scenario its data do not allow: a graduate to claim, a
learner to correct or to leave. Everything is drawn from the seed.

Only in a database without accounts: the demo acts for every role at once, which accounts
forbid (nobody approves a claim they prepared), so with accounts it adds none of this.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qiuxue_desktop.domain import Enrolment, EnrolmentStatusChange, Institution, Learner, Programme
from qiuxue_desktop.domain.split import apply_bp
from qiuxue_desktop.domain.terms import term_index, term_label, term_start
from qiuxue_desktop.progress import NO_PROGRESS, Progress
from qiuxue_desktop.services import audit
from qiuxue_desktop.services import demo_claims_data as cd
from qiuxue_desktop.services.auth import current_principal
from qiuxue_desktop.services.demo_claims_flow import (
    ClaimsOnTheirWay,
    DemoClock,
    DemoEnrolment,
    DemoInvoice,
    running,
)
from qiuxue_desktop.services.funds import (
    add_training_spend,
    save_fund_year,
    scheme_budgets,
    set_scheme_budget,
)
from qiuxue_desktop.services.invoices import add_invoice
from qiuxue_desktop.services.schemes import save_scheme

MAX_CLAIM_ENROLMENTS = 150
SKIP_SHARE = 0.08  # enrolments whose learner hands in no invoice
_BUDGET_HEADROOM_BP = 12_500
_TIGHT_BUDGET_BP = 10_500  # this year's city union budget is nearly spent


@dataclass(frozen=True, slots=True)
class ClaimsDemoCounts:
    schemes: int
    invoices: int
    claims: int
    repayments: int


def _round_up(amount_fen: int, unit_fen: int) -> int:
    return -(-amount_fen // unit_fen) * unit_fen


def add_claims_demo(
    session: Session,
    enterprise_id: int,
    *,
    seed: int | None = None,
    today: dt.date | None = None,
    progress: Progress = NO_PROGRESS,
    max_enrolments: int | None = None,
) -> ClaimsDemoCounts:
    """Add the claims demo (see the module docstring) with invoices for at most
    `max_enrolments` enrolments (default MAX_CLAIM_ENROLMENTS); nothing with accounts."""
    if not current_principal(session).local:
        return ClaimsDemoCounts(0, 0, 0, 0)
    clock = DemoClock()
    with running(session, clock):
        demo = _ClaimsDemo(session, enterprise_id, random.Random(seed), today or dt.date.today(), clock)
        return demo.run(MAX_CLAIM_ENROLMENTS if max_enrolments is None else max_enrolments, progress)


class _ClaimsDemo:
    def __init__(
        self, session: Session, enterprise_id: int, rng: random.Random, today: dt.date, clock: DemoClock
    ) -> None:
        self.s = session
        self.enterprise_id = enterprise_id
        self.rng = rng
        self.today = today
        self.clock = clock
        self.window = dt.date(today.year - 1, 1, 1)  # the fund's ledger years: last year and this
        first = term_index(self.window)
        self.first_idx = first if term_start(first) >= self.window else first + 1
        self.now_idx = term_index(today)
        self.scheme_ids: dict[str, int] = {}
        self.numbers: dict[tuple[str, int], int] = {}

    def _days(self, low: int, high: int) -> dt.timedelta:
        return dt.timedelta(days=self.rng.randint(low, high))

    def run(self, max_enrolments: int, progress: Progress) -> ClaimsDemoCounts:
        self._schemes()
        self._fund()
        invoices = self._invoices(self._enrolments(), max_enrolments)
        progress.check()
        claims = ClaimsOnTheirWay(self.s, self.rng, self.today, self.clock, progress, self.scheme_ids)
        claims.make_claims(claims.jobs(invoices, self.window))
        claims.leave()
        self._budgets()
        audit.record(
            self.s,
            "demo",
            table="claim",
            detail=f"演示数据：{len(self.scheme_ids)} 个资助项目、{len(invoices)} 张票据、{len(claims.made)} 份报销申请",
        )
        return ClaimsDemoCounts(len(self.scheme_ids), len(invoices), len(claims.made), claims.repayments)

    # --- schemes and the fund ---------------------------------------------------------------

    def _schemes(self) -> None:
        for values in cd.DEMO_SCHEMES:
            row = dict(values)
            if not row.get("active", True):
                row["valid_to"] = dt.date(self.today.year - 2, 12, 31)
            self.scheme_ids[row["name"]] = save_scheme(self.s, row)

    def _fund(self) -> None:
        """Last year's ledger (its payroll as settled, an opening balance) and this year's
        (payroll as budgeted), each with the spending entered by hand so far."""
        learners = self.s.scalar(
            select(func.count()).select_from(Learner).where(Learner.enterprise_id == self.enterprise_id)
        )
        staff = max(200, int(learners or 0) * cd.STAFF_PER_LEARNER)
        last_year, this_year = self.today.year - 1, self.today.year
        payroll = _round_up(int(staff * cd.AVERAGE_PAY_FEN * self.rng.uniform(0.97, 1.03)), 100_000)
        this_payroll = _round_up(apply_bp(payroll, 10_000 + cd.PAY_RISE_BP), 100_000)
        opening = _round_up(apply_bp(payroll, cd.RATE_BP) * 3 // 10, 10_000)
        save_fund_year(self.s, last_year, payroll, cd.RATE_BP, opening, notes="工资总额为全年决算数")
        save_fund_year(self.s, this_year, this_payroll, cd.RATE_BP, notes="工资总额为全年预算数")
        for year, pay, spending in (
            (last_year, payroll, cd.SPENDING_LAST_YEAR),
            (this_year, this_payroll, cd.SPENDING_THIS_YEAR),
        ):
            set_aside = apply_bp(pay, cd.RATE_BP)
            for month, use, description, share_bp, front_bp in spending:
                day = dt.date(year, month, self.rng.randint(3, 26))
                if day > self.today:
                    continue
                amount = _round_up(int(apply_bp(set_aside, share_bp) * self.rng.uniform(0.9, 1.1)), 10_000)
                add_training_spend(
                    self.s,
                    spent_on=day,
                    use_code=use,
                    description=description,
                    amount_fen=amount,
                    front_line_fen=apply_bp(amount, front_bp),
                )

    def _budgets(self) -> None:
        """The union schemes' budgets for last year and this: a quarter above what their claims
        hold, this year's city union budget nearly spent."""
        for year in (self.today.year - 1, self.today.year):
            rows = {r.scheme_name: r for r in scheme_budgets(self.s, year)}
            for name in cd.UNION_SCHEMES:
                row = rows.get(name)
                used = row.reserved_fen + row.paid_fen if row is not None else 0
                tight = year == self.today.year and name == cd.CITY["name"]
                amount = apply_bp(used, _TIGHT_BUDGET_BP if tight else _BUDGET_HEADROOM_BP)
                amount = max(_round_up(amount, 100_000 if tight else 1_000_000), 1_000_000)
                set_scheme_budget(self.s, self.scheme_ids[name], year, amount)

    # --- enrolments and invoices --------------------------------------------------------------

    def _enrolments(self) -> list[DemoEnrolment]:
        """Enrolments studying or finished, never suspended (no tuition while suspended)."""
        suspended = set(
            self.s.scalars(
                select(EnrolmentStatusChange.enrolment_id)
                .where(EnrolmentStatusChange.to_status == "suspended")
                .distinct()
            )
        )
        rows = self.s.execute(
            select(
                Enrolment.id,
                Enrolment.learner_id,
                Programme.level,
                Institution.code,
                Institution.name,
                Programme.tuition_per_year_fen,
                Enrolment.intake_date,
                Programme.length_terms,
                Enrolment.status,
                Enrolment.graduation_date,
                Learner.hire_date,
                Learner.leave_date,
                Learner.union_member,
            )
            .join(Programme, Programme.id == Enrolment.programme_id)
            .join(Institution, Institution.id == Enrolment.institution_id)
            .join(Learner, Learner.id == Enrolment.learner_id)
            .where(
                Learner.enterprise_id == self.enterprise_id,
                Enrolment.status.in_(("studying", "graduated", "completed")),
                Enrolment.intake_date <= self.today,
            )
            .order_by(Enrolment.id)
        )
        out: list[DemoEnrolment] = []
        for (
            eid,
            lid,
            level,
            code,
            issuer,
            fee,
            intake,
            length,
            status,
            graduated,
            hired,
            left,
            member,
        ) in rows:
            if eid in suspended or fee <= 0:
                continue
            start = term_index(intake)
            end = term_index(graduated) if graduated is not None else start + length - 1
            out.append(
                DemoEnrolment(
                    eid, lid, level, code, issuer, fee, start, end, status, graduated, hired, left, member
                )
            )
        return out

    def _invoice_terms(self, e: DemoEnrolment) -> list[tuple[int, str]]:
        """(term index, covers) of the enrolment's invoices inside the window."""
        per_term = e.institution in cd.PER_TERM_INSTITUTIONS or e.level == "5"
        idx, last = max(e.intake_idx, self.first_idx), min(e.end_idx, self.now_idx)
        out: list[tuple[int, str]] = []
        while idx <= last:
            if per_term:
                out.append((idx, "term"))
                idx += 1
            elif idx % 2 == 1 and idx - 1 >= e.intake_idx:
                idx += 1  # paid with the year's invoice last autumn, before the window
            elif idx % 2 == 0 and idx + 1 <= e.end_idx:
                out.append((idx, "year"))
                idx += 2
            else:
                out.append((idx, "term"))
                idx += 1
        return out

    def _issued_on(self, e: DemoEnrolment, idx: int) -> dt.date | None:
        """When the college issued the term's invoice: in its first weeks, and only while the
        learner worked here (invoices from before they were hired are not claimed here)."""
        day = min(term_start(idx) + self._days(10, 45), self.today - dt.timedelta(days=1))
        if day < term_start(idx) or day < e.hire_date or (e.leave_date is not None and day >= e.leave_date):
            return None
        return day

    def _number(self, e: DemoEnrolment, issued: dt.date) -> tuple[str, str]:
        """(kind, number): each issuer numbers on, other payers' receipts in between."""
        kind, digits = cd.INVOICE_STYLE.get(e.institution, ("invoice", 20))
        key = (e.institution, issued.year)
        if key not in self.numbers:
            self.numbers[key] = self.rng.randrange(1_000_000, 9_000_000)
        self.numbers[key] += self.rng.randint(1, 40)
        n = self.numbers[key]
        if digits == 10:
            return kind, f"{n:010d}"
        return kind, f"{issued.year % 100:02d}32200000{n:010d}"

    def _invoices(self, enrolments: list[DemoEnrolment], max_enrolments: int) -> list[DemoInvoice]:
        """Record the invoices, each on the day the learner handed it in; returns them by date."""
        plans: list[list[tuple[dt.date, int, DemoEnrolment, str]]] = []
        for e in enrolments:
            plan = [
                (issued, idx, e, covers)
                for idx, covers in self._invoice_terms(e)
                if (issued := self._issued_on(e, idx)) is not None
            ]
            if plan and self.rng.random() >= SKIP_SHARE:
                plans.append(plan)
        if len(plans) > max_enrolments:
            plans = sorted(self.rng.sample(plans, max_enrolments), key=lambda plan: plan[0][2].id)
        planned = [p for plan in plans for p in plan]
        planned.sort(key=lambda p: (p[0], p[2].id, p[1]))
        recent = self.today - dt.timedelta(days=100)
        out: list[DemoInvoice] = []
        for issued, idx, e, covers in planned:
            handed_in = min(issued + self._days(3, 60 if issued >= recent else 30), self.today)
            kind, number = self._number(e, issued)
            self.clock.set(handed_in, self.rng, fresh=True)
            invoice_id = add_invoice(
                self.s,
                enrolment_id=e.id,
                number=number,
                issuer=e.issuer,
                issued_on=issued,
                amount_fen=e.tuition_fen if covers == "year" else e.tuition_fen // 2,
                term=term_label(idx),
                covers=covers,
                kind=kind,
                today=self.today,
            )
            out.append(DemoInvoice(invoice_id, e, issued, handed_in))
        self.clock.now = None
        return out


__all__ = ["MAX_CLAIM_ENROLMENTS", "ClaimsDemoCounts", "add_claims_demo"]
