"""The claims demo's claims on their way: made from invoices and graduations, taken step by
step through services/claims.py and claim_flow.py on days in the past; then a correction of a
paid claim, and learners who leave inside a service period.

The demo's clock (DemoClock) dates what the services write while it runs: a claim or an
invoice flushed then carries the clock's time as created_at (a changed one as updated_at), a
claim its number in the year it was made (BX2025-000012), a step its time.
"""

from __future__ import annotations

import datetime as dt
import heapq
import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session, UOWTransaction

from qiuxue_desktop.domain import CourseResult, Enrolment, ExamSitting, Invoice, Learner
from qiuxue_desktop.domain.claims import PAID, VOID, Claim, ClaimLine, ClaimStep
from qiuxue_desktop.domain.terms import add_months
from qiuxue_desktop.progress import Progress
from qiuxue_desktop.services import demo_claims_data as cd
from qiuxue_desktop.services.claim_flow import (
    hr_review,
    pay_claim,
    posting_days,
    return_claim,
    start_correction_claim,
    start_posting,
    submit_claim,
    union_approve,
    void_claim,
)
from qiuxue_desktop.services.claims import (
    create_graduation_claim,
    create_invoice_claim,
    graduation_base,
    split_for,
)
from qiuxue_desktop.services.clawback import clawback_rows, record_repayment
from qiuxue_desktop.services.enrolments import change_status
from qiuxue_desktop.services.exams import delete_sitting
from qiuxue_desktop.services.learners import mark_left, update_learner
from qiuxue_desktop.services.schemes import scheme_rules

CHINA = dt.timezone(dt.timedelta(hours=8))
# Scenarios: the actions a claim goes through after it is made.
PATHS: dict[str, tuple[str, ...]] = {
    "draft": (),
    "void": ("void",),
    "returned": ("submit", "return"),
    "submitted": ("submit",),
    "hr_ok": ("submit", "hr"),
    "union_ok": ("submit", "hr", "union"),
    "posting": ("submit", "hr", "union", "post"),
    "paid": ("submit", "hr", "union", "post", "pay"),
    "returned_paid": ("submit", "return", "submit", "hr", "union", "post", "pay"),
}
# The first recent claims take these, so that even a small demo shows every state.
FORCED = ("draft", "returned", "void", "submitted", "hr_ok", "union_ok", "posting")
RECENT_MIX = {
    "paid": 30,
    "posting": 12,
    "union_ok": 10,
    "hr_ok": 10,
    "submitted": 14,
    "draft": 12,
    "returned": 6,
    "void": 6,
}
OLDER_MIX = {"paid": 93, "returned_paid": 4, "void": 3}
RECENT_DAYS = 100  # an invoice this young may still be on its way
CORRECTION_AGE_DAYS = 150  # a claim corrected was handed in at least this long ago
# Days after the previous action ("pay": after the first day paying is allowed).
_GAPS: dict[str, tuple[int, int]] = {
    "submit": (0, 3),
    "resubmit": (3, 12),
    "return": (2, 6),
    "hr": (1, 6),
    "union": (2, 9),
    "post": (1, 4),
    "pay": (0, 8),
    "void": (1, 15),
}
_OPEN = ("applied", "admitted", "studying", "suspended")


@dataclass
class DemoClock:
    """What the services write while `now` is set carries `now` (see the module docstring)."""

    now: dt.datetime | None = None
    numbers: dict[int, int] = field(default_factory=dict)  # year → the last claim number

    def set(self, day: dt.date, rng: random.Random, *, fresh: bool = False) -> None:
        """A moment of the working day on `day` (never later than now); unless `fresh`, after
        the previous one (the steps of one claim keep their order on the same day)."""
        real_now = dt.datetime.now(dt.UTC)
        moment = dt.datetime.combine(day, dt.time(8, 30), CHINA) + dt.timedelta(minutes=rng.randint(0, 510))
        moment = min(moment.astimezone(dt.UTC), real_now - dt.timedelta(minutes=rng.randint(30, 90)))
        if not fresh and self.now is not None and moment <= self.now:
            moment = min(self.now + dt.timedelta(minutes=rng.randint(3, 40)), real_now)
        self.now = moment

    def before_flush(self, session: Session, _ctx: UOWTransaction, _instances: object) -> None:
        now = self.now
        if now is None:
            return
        for obj in session.new:
            if isinstance(obj, ClaimStep) and obj.at is None:
                obj.at = now
            elif isinstance(obj, Claim | Invoice):
                obj.created_at = obj.updated_at = now
                if isinstance(obj, Claim):
                    year = now.astimezone(CHINA).year
                    self.numbers[year] = self.numbers.get(year, 0) + 1
                    obj.claim_no = f"BX{year}-{self.numbers[year]:06d}"
        for obj in session.dirty:
            if isinstance(obj, Claim | Invoice) and session.is_modified(obj):
                obj.updated_at = now


@contextmanager
def running(session: Session, clock: DemoClock) -> Iterator[DemoClock]:
    event.listen(session, "before_flush", clock.before_flush)
    try:
        yield clock
    finally:
        clock.now = None
        event.remove(session, "before_flush", clock.before_flush)


@dataclass(frozen=True, slots=True)
class DemoEnrolment:
    """What the claims demo needs of an enrolment and its learner."""

    id: int
    learner_id: int
    level: str
    institution: str  # its code
    issuer: str
    tuition_fen: int  # a year
    intake_idx: int
    end_idx: int  # the last term it pays tuition for
    status: str
    graduation_date: dt.date | None
    hire_date: dt.date
    leave_date: dt.date | None
    union_member: bool


@dataclass(frozen=True, slots=True)
class DemoInvoice:
    id: int
    enrolment: DemoEnrolment
    issued_on: dt.date
    handed_in: dt.date  # when the learner brought it, and the claim was made


@dataclass(slots=True)
class _Job:
    start: dt.date
    kind: str  # invoice | graduation | correction
    enrolment: DemoEnrolment
    scenario: str
    invoice_id: int = 0
    corrects: int = 0  # a correction: the paid claim it corrects


@dataclass(slots=True)
class _Made:
    claim_id: int
    enrolment: DemoEnrolment
    kind: str
    state: str
    paid_on: dt.date | None


class ClaimsOnTheirWay:
    def __init__(
        self,
        session: Session,
        rng: random.Random,
        today: dt.date,
        clock: DemoClock,
        progress: Progress,
        scheme_ids: dict[str, int],
    ) -> None:
        self.s = session
        self.rng = rng
        self.today = today
        self.clock = clock
        self.progress = progress
        self.scheme_ids = scheme_ids
        self.made: list[_Made] = []
        self.payees: dict[int, tuple[str, str]] = {}
        self.pay_serial = rng.randrange(100_000, 400_000)
        self.repayments = 0
        self.to_correct: set[int] = set()
        self.corrected = False

    def _days(self, low: int, high: int) -> dt.timedelta:
        return dt.timedelta(days=self.rng.randint(low, high))

    def _pick(self, mix: dict[str, int]) -> str:
        return self.rng.choices(list(mix), weights=list(mix.values()))[0]

    # --- which claims -----------------------------------------------------------------------

    def jobs(self, invoices: list[DemoInvoice], window: dt.date) -> list[_Job]:
        """A claim per degree invoice (skills courses are rewarded once, after the
        certificate) and a graduation claim per graduate since `window`, by the day made."""
        jobs: list[_Job] = []
        recent: list[_Job] = []
        for inv in invoices:
            if inv.enrolment.level not in cd.DEGREE_LEVELS:
                continue
            fresh = inv.issued_on >= self.today - dt.timedelta(days=RECENT_DAYS)
            job = _Job(
                inv.handed_in,
                "invoice",
                inv.enrolment,
                self._pick(RECENT_MIX if fresh else OLDER_MIX),
                inv.id,
            )
            jobs.append(job)
            if fresh:
                recent.append(job)
        taken = {id(j) for j in recent}
        older = [j for j in reversed(jobs) if id(j) not in taken]
        for job, scenario in zip(recent + older, FORCED, strict=False):
            job.scenario = scenario
        # The correction: a paid claim of a learner whose union membership had been left out,
        # old enough for its correction to be paid too.
        eligible = [
            j
            for j in jobs
            if j.scenario == "paid"
            and not j.enrolment.union_member
            and j.enrolment.leave_date is None
            and j.start <= self.today - dt.timedelta(days=CORRECTION_AGE_DAYS)
        ]
        self.to_correct = {id(j) for j in eligible}
        for e in {inv.enrolment.id: inv.enrolment for inv in invoices}.values():
            graduated = e.graduation_date
            if e.status == "graduated" and graduated is not None and window <= graduated < self.today:
                jobs.append(_Job(min(graduated + self._days(20, 60), self.today), "graduation", e, "paid"))
        jobs.sort(key=lambda j: (j.start, j.kind, j.enrolment.id, j.invoice_id))
        return jobs

    def _payee(self, learner_id: int) -> tuple[str, str]:
        if learner_id not in self.payees:
            bank, prefix = self.rng.choice(cd.BANKS)
            self.payees[learner_id] = (bank, prefix + f"{self.rng.randrange(10**9):09d}")
        return self.payees[learner_id]

    def make_claims(self, jobs: list[_Job]) -> None:
        """Make the claims in the order of their days; a correction joins the queue on the day
        it is made (so the learner's later claims see the register put right)."""
        self.progress.set(0, len(jobs), "正在生成报销申请")
        queue = [(job.start, n, job) for n, job in enumerate(jobs)]
        heapq.heapify(queue)
        done = 0
        while queue:
            _start, _n, job = heapq.heappop(queue)
            if job.kind == "correction":
                self._correct(job)
                continue
            e = job.enrolment
            gone = e.leave_date is not None and job.start >= e.leave_date
            if not gone and (job.kind == "invoice" or graduation_base(self.s, e.id) > 0):
                bank, account = self._payee(e.learner_id)
                self.clock.set(job.start, self.rng, fresh=True)
                if job.kind == "invoice":
                    claim_id = create_invoice_claim(
                        self.s,
                        job.invoice_id,
                        payee_bank=bank,
                        payee_account=account,
                        prepared_by=cd.PREPARER,
                    )
                else:
                    claim_id = create_graduation_claim(
                        self.s, e.id, payee_bank=bank, payee_account=account, prepared_by=cd.PREPARER
                    )
                if self._nothing_paid(claim_id, e.level, job.start):
                    self.made.append(_Made(claim_id, e, job.kind, VOID, None))
                else:
                    state, paid_on = self._advance(claim_id, job.scenario, job.start)
                    self.made.append(_Made(claim_id, e, job.kind, state, paid_on))
                    correction = self._correction_of(job, claim_id, paid_on)
                    if correction is not None:
                        heapq.heappush(queue, (correction.start, len(jobs) + done, correction))
            done += 1
            if done % 20 == 0:
                self.progress.set(done)
                self.progress.check()
        self.progress.set(len(jobs))

    def _nothing_paid(self, claim_id: int, level: str, start: dt.date) -> bool:
        """A claim no scheme pays on is voided, with the reason the split gives for the first
        scheme meant for such a claim (its kind, the enrolment's level)."""
        paying = self.s.scalar(
            select(func.count())
            .select_from(ClaimLine)
            .where(ClaimLine.claim_id == claim_id, ClaimLine.scheme_id.is_not(None), ClaimLine.amount_fen > 0)
        )
        if paying:
            return False
        claim = self.s.get(Claim, claim_id)
        assert claim is not None
        rules = {r.id: r for r in scheme_rules(self.s)}
        graduation = claim.kind == "graduation"
        reasons = [
            np.reason
            for np in split_for(self.s, claim).not_paying
            if (rule := rules[np.scheme_id]).active
            and (rule.trigger == "graduation") == graduation
            and (not rule.levels or level in rule.levels)
        ]
        why = reasons[0] if reasons else "没有适用的资助项目"
        self.clock.set(min(start + self._days(*_GAPS["void"]), self.today), self.rng)
        void_claim(self.s, claim_id, reason=f"不符合资助条件（{why}），作废", signer=cd.PREPARER)
        self.clock.now = None
        return True

    # --- one claim's way ----------------------------------------------------------------------

    def _dates(self, scenario: str, start: dt.date, days: int) -> list[tuple[str, dt.date]]:
        """The scenario's actions with their days; a claim still on its way is moved up to
        now (a posting still running), and nothing happens after today."""
        steps: list[tuple[str, dt.date]] = []
        day, returned = start, False
        for action in PATHS[scenario]:
            if action == "pay":
                day = day + dt.timedelta(days=days) + self._days(*_GAPS["pay"])
            else:
                day = day + self._days(*_GAPS["resubmit" if action == "submit" and returned else action])
            returned = returned or action == "return"
            steps.append((action, day))
        if steps and scenario not in ("paid", "returned_paid"):
            last_action, last = steps[-1]
            back = self.rng.randint(0, max(days - 1, 0)) if last_action == "post" else self.rng.randint(0, 12)
            shift = self.today - dt.timedelta(days=back) - last
            if shift.days > 0:
                steps = [(a, d + shift) for a, d in steps]
        kept: list[tuple[str, dt.date]] = []
        for action, d in steps:
            if d > self.today:
                break
            kept.append((action, d))
        return kept

    def _advance(self, claim_id: int, scenario: str, start: dt.date) -> tuple[str, dt.date | None]:
        """Take the claim along its scenario; returns its state and the day it was paid."""
        state, paid_on = "draft", None
        for action, day in self._dates(scenario, start, posting_days(self.s, claim_id)):
            self.clock.set(day, self.rng)
            if action == "submit":
                submit_claim(self.s, claim_id, signer=cd.PREPARER)
                state = "submitted"
            elif action == "return":
                return_claim(self.s, claim_id, reason=self.rng.choice(cd.RETURN_REASONS), signer=cd.SIGNER_HR)
                state = "draft"
            elif action == "hr":
                hr_review(self.s, claim_id, signer=cd.SIGNER_HR)
                state = "hr_ok"
            elif action == "union":
                union_approve(self.s, claim_id, signer=cd.SIGNER_UNION)
                state = "union_ok"
            elif action == "post":
                start_posting(self.s, claim_id, start=day, signer=cd.SIGNER_UNION)
                state = "posting"
            elif action == "pay":
                self.pay_serial += self.rng.randint(1, 30)
                transfer = self.rng.random() < 0.75
                pay_claim(
                    self.s,
                    claim_id,
                    paid_on=day,
                    method="transfer" if transfer else "payroll",
                    reference=f"{day:%Y%m%d}{self.pay_serial:08d}"
                    if transfer
                    else f"{day.year}年{day.month}月工资",
                    signer=cd.SIGNER_FINANCE,
                    today=self.today,
                )
                state, paid_on = PAID, day
            elif action == "void":
                void_claim(self.s, claim_id, reason=self.rng.choice(cd.VOID_REASONS), signer=cd.PREPARER)
                state = VOID
        self.clock.now = None
        return state, paid_on

    # --- a correction, learners who left -------------------------------------------------------

    def _settled(self) -> list[list[_Made]]:
        """Each learner's claims, for the learners none of whose claims is still on its way."""
        by_learner: dict[int, list[_Made]] = {}
        for m in self.made:
            by_learner.setdefault(m.enrolment.learner_id, []).append(m)
        return [v for v in by_learner.values() if all(m.state in (PAID, VOID) for m in v)]

    def _correction_of(self, job: _Job, claim_id: int, paid_on: dt.date | None) -> _Job | None:
        """The correction of this paid claim, when it is the one to correct and the union
        scheme has room on it (something besides the city union's sum was paid)."""
        if self.corrected or paid_on is None or id(job) not in self.to_correct:
            return None
        city = self.scheme_ids[cd.CITY["name"]]
        others = self.s.scalar(
            select(func.coalesce(func.sum(ClaimLine.amount_fen), 0)).where(
                ClaimLine.claim_id == claim_id, ClaimLine.scheme_id.is_distinct_from(city)
            )
        )
        if not others:
            return None
        self.corrected = True
        start = min(paid_on + self._days(15, 40), self.today)
        return _Job(start, "correction", job.enrolment, "paid", job.invoice_id, corrects=claim_id)

    def _correct(self, job: _Job) -> None:
        """The register is put right (the learner is a union member), and the correction goes
        through the whole approval."""
        learner = self.s.get(Learner, job.enrolment.learner_id)
        assert learner is not None
        self.clock.set(job.start, self.rng, fresh=True)
        card = f"3205{learner.hire_date.year}{learner.employee_no[-6:]}"
        update_learner(
            self.s, learner.id, values={"union_member": True, "union_card_no": card}, expected_version=None
        )
        reason = cd.CORRECTION_REASON.format(scheme=cd.FUJIAN["name"])
        claim_id = start_correction_claim(self.s, job.corrects, reason=reason, signer=cd.PREPARER)
        state, paid_on = self._advance(claim_id, "paid", job.start)
        self.made.append(_Made(claim_id, job.enrolment, "correction", state, paid_on))

    def leave(self, how_many: int = 2) -> None:
        """Learners leave inside the service period of an employer share they were paid,
        graduates first (a learner still studying withdraws, the exams booked after the day
        cancelled); the first has paid part of it back."""
        funded_claims = set(
            self.s.scalars(
                select(ClaimLine.claim_id)
                .join(Claim, ClaimLine.claim_id == Claim.id)
                .where(
                    Claim.state == PAID,
                    ClaimLine.source_type.in_(("edu_fund", "employer")),
                    ClaimLine.service_months > 0,
                    ClaimLine.amount_fen > 0,
                )
            )
        )
        candidates: list[tuple[bool, float, DemoEnrolment, dt.date]] = []
        for claims in self._settled():
            paid = [m.paid_on for m in claims if m.paid_on is not None]
            funded = [m.paid_on for m in claims if m.paid_on is not None and m.claim_id in funded_claims]
            e = max(claims, key=lambda m: m.claim_id).enrolment
            if not funded or e.leave_date is not None:
                continue
            last = max([*paid, e.graduation_date or paid[0]])
            if e.status == "studying":  # not before the last exam sat
                last = max(
                    last,
                    self.s.scalar(
                        select(func.max(CourseResult.exam_date)).where(CourseResult.enrolment_id == e.id)
                    )
                    or last,
                )
            leave = last + self._days(20, 75)
            if leave <= self.today - dt.timedelta(days=7) and leave < add_months(max(funded), 24):
                candidates.append((e.status != "graduated", self.rng.random(), e, leave))
        candidates.sort(key=lambda c: (c[0], c[1]))
        left = 0
        for _studying, _order, e, leave in candidates:
            if left == how_many:
                break
            if not self._only_open(e):
                continue
            self.clock.set(leave, self.rng, fresh=True)
            mark_left(self.s, e.learner_id, leave_date=leave, expected_version=None)
            if e.status == "studying":
                change_status(
                    self.s, e.id, to_status="withdrawn", on=leave, note=cd.LEAVE_NOTE, today=self.today
                )
                for sitting in self.s.scalars(
                    select(ExamSitting.id).where(
                        ExamSitting.enrolment_id == e.id, ExamSitting.exam_date >= leave
                    )
                ).all():
                    delete_sitting(self.s, sitting)
            left += 1
            if left == 1:
                self._repay(e.learner_id, leave)
        self.clock.now = None

    def _only_open(self, e: DemoEnrolment) -> bool:
        """Whether no enrolment of the learner but this one is still open."""
        statuses = self.s.execute(
            select(Enrolment.id, Enrolment.status).where(Enrolment.learner_id == e.learner_id)
        ).all()
        return all(eid == e.id or status not in _OPEN for eid, status in statuses)

    def _repay(self, learner_id: int, leave: dt.date) -> None:
        rows = [r for r in clawback_rows(self.s, today=self.today) if r.learner_id == learner_id]
        if not rows or rows[0].owed_fen < 200:
            return
        row = rows[0]
        amount = max(100, row.owed_fen * self.rng.randint(30, 60) // 100 // 100 * 100)
        received = min(leave + self._days(3, 25), self.today)
        self.clock.set(received, self.rng)
        record_repayment(
            self.s,
            row.claim_line_id,
            received,
            amount,
            "payroll",
            reference=f"{leave:%Y%m}离职结算",
            note=cd.REPAYMENT_NOTE,
            today=self.today,
        )
        self.repayments += 1
