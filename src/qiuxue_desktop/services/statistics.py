"""The annual statistics for the union above and the education bureau: for a calendar year, the
learners funded and the amounts paid by source, by level, by study form and by department, the
graduates, each table with its totals. io/excel/statistics.py and io/pdf/statistics_report.py
write it; this module only reads (a few grouped queries, grouped per learner at the finest).

Money is counted on a cash basis, as the fund ledger counts it (services/funds.py): the scheme
lines (not the learner's own share) of claims paid in the year, by the payment date; a paid
claim that corrects another paid one counts net of the claim it corrects, in its own year, so a
closed year's figures never change. A learner is counted where the net amount is above zero.
人次 are the claims paid in the year that are not corrections. Graduates are enrolments 毕业
(and apart, 结业) with their date in the year. Level and study form are the enrolment's
programme's; the department is the learner's as the register holds it now.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Integer, cast, extract, func, select
from sqlalchemy.orm import Session, aliased

from qiuxue_desktop.domain import Claim, ClaimLine, Department, Enrolment, Enterprise, Learner, Programme
from qiuxue_desktop.domain.claims import PAID
from qiuxue_desktop.domain.funding import SELF, SOURCE_TYPES
from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.domain.study_codes import LEVELS, STUDY_FORMS
from qiuxue_desktop.errors import InputRejected
from qiuxue_desktop.services.auth import require

FIRST_YEAR, LAST_YEAR = 2000, 2100
NOTE = (
    "金额按支付日期统计（收付实现制），为各资助项目支付的金额，不含个人承担部分；更正申请按与原申请的差额"
    "计入其支付年度。资助人数按学员去重，人次为本年支付的申请份数（不含更正申请）。"
    "毕业、结业人数按学籍的毕业（结业）日期统计；部门为学员当前所在部门。"
)


@dataclass(frozen=True, slots=True)
class SourceRow:
    label: str
    learners: int
    claims: int  # 人次
    amount_fen: int


@dataclass(frozen=True, slots=True)
class BreakdownRow:
    """One level, study form or department: learners funded, the amount per source (in the
    report's `sources` order), graduates and completions."""

    label: str
    learners: int
    amounts: tuple[int, ...]
    graduates: int
    completed: int

    @property
    def total_fen(self) -> int:
        return sum(self.amounts)


@dataclass(frozen=True, slots=True)
class Breakdown:
    title: str  # 按层次
    key: str  # the first column's header: 层次
    rows: tuple[BreakdownRow, ...]
    total: BreakdownRow  # 合计


@dataclass(frozen=True)
class AnnualStatistics:
    year: int
    enterprise: str
    made_on: dt.date
    sources: tuple[str, ...]  # the labels of the source types that paid anything, SOURCE_TYPES order
    learners: int
    claims: int
    amount_fen: int
    graduates: int
    completed: int
    by_source: tuple[SourceRow, ...]
    breakdowns: tuple[Breakdown, ...]  # by level, by study form, by department
    note: str = NOTE

    @property
    def title(self) -> str:
        return f"{self.year}年度求学圆梦行动统计报表"

    def texts(self) -> Iterable[tuple[str, str]]:
        """(where, text) of everything written from the data, for the PDF fonts' check."""
        yield "报表的单位名称", self.enterprise
        for table in self.breakdowns:
            for row in table.rows:
                yield f"“{table.title}”表中的“{row.label}”", row.label


# (learner, source, level, form, department) → net 分
_Key = tuple[int, str, str, str, int]


def _year(column: Any) -> Any:
    return cast(extract("year", column), Integer)


def _net(session: Session, enterprise_id: int, year: int) -> dict[_Key, int]:
    """Net scheme money per learner, source, level, form and department, paid in `year`."""
    net: dict[_Key, int] = defaultdict(int)

    def grouped(claim: Any, paid: Any) -> Any:
        keys = (claim.learner_id, ClaimLine.source_type, Programme.level, Programme.study_form)
        return (
            select(*keys, Learner.department_id, func.sum(ClaimLine.amount_fen))
            .select_from(ClaimLine)
            .join(claim, claim.id == ClaimLine.claim_id)
            .join(Enrolment, Enrolment.id == claim.enrolment_id)
            .join(Programme, Programme.id == Enrolment.programme_id)
            .join(Learner, Learner.id == claim.learner_id)
            .where(
                Learner.enterprise_id == enterprise_id,
                ClaimLine.source_type != SELF,
                paid.state == PAID,
                paid.paid_on.is_not(None),
                _year(paid.paid_on) == year,
            )
            .group_by(*keys, Learner.department_id)
        )

    for lid, source, level, form, dept, fen in session.execute(grouped(Claim, Claim)):
        net[(lid, source, level, form, dept)] += int(fen)
    correcting, corrected = aliased(Claim), aliased(Claim)
    superseded = grouped(corrected, correcting).join(correcting, correcting.corrects_id == corrected.id)
    for lid, source, level, form, dept, fen in session.execute(superseded.where(corrected.state == PAID)):
        net[(lid, source, level, form, dept)] -= int(fen)
    return net


def _graduates(session: Session, enterprise_id: int, year: int) -> dict[tuple[str, str, int, str], int]:
    """(level, form, department, status) → enrolments 毕业/结业 in `year`."""
    keys = (Programme.level, Programme.study_form, Learner.department_id, Enrolment.status)
    rows = session.execute(
        select(*keys, func.count(Enrolment.id))
        .join(Programme, Programme.id == Enrolment.programme_id)
        .join(Learner, Learner.id == Enrolment.learner_id)
        .where(
            Learner.enterprise_id == enterprise_id,
            Enrolment.status.in_(("graduated", "completed")),
            Enrolment.graduation_date.is_not(None),
            _year(Enrolment.graduation_date) == year,
        )
        .group_by(*keys)
    )
    return {(level, form, dept, status): int(n) for level, form, dept, status, n in rows}


def _claims(session: Session, enterprise_id: int, year: int) -> tuple[int, dict[str, int]]:
    """人次: the claims paid in `year` that are not corrections, in all and per source."""
    paid_here = (
        Claim.state == PAID,
        Claim.corrects_id.is_(None),
        Claim.paid_on.is_not(None),
        _year(Claim.paid_on) == year,
        Learner.enterprise_id == enterprise_id,
        ClaimLine.source_type != SELF,
        ClaimLine.amount_fen > 0,
    )
    base = select().select_from(Claim).join(ClaimLine, ClaimLine.claim_id == Claim.id)
    base = base.join(Learner, Learner.id == Claim.learner_id).where(*paid_here)
    total = session.scalar(base.add_columns(func.count(func.distinct(Claim.id)))) or 0
    per = session.execute(
        base.add_columns(ClaimLine.source_type, func.count(func.distinct(Claim.id))).group_by(
            ClaimLine.source_type
        )
    )
    return int(total), {source: int(n) for source, n in per}


def _breakdown(
    title: str,
    key: str,
    labels: Mapping[Any, str],
    net: Mapping[_Key, int],
    graduates: Mapping[tuple[str, str, int, str], int],
    sources: tuple[str, ...],
    pick: int,
) -> Breakdown:
    """Rows by one part of the key (`pick`: 2 level, 3 form, 4 department; graduates' key is
    shifted by two), in the order of `labels`, leaving out rows with nothing to show."""
    per_learner: dict[Any, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    amounts: dict[Any, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for k, fen in net.items():
        per_learner[k[pick]][k[0]] += fen
        amounts[k[pick]][k[1]] += fen
    done: dict[Any, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for g, n in graduates.items():
        done[g[pick - 2]][g[3]] += n
    rows = []
    for value, label in labels.items():
        row = BreakdownRow(
            label,
            sum(1 for fen in per_learner[value].values() if fen > 0),
            tuple(amounts[value][s] for s in sources),
            done[value]["graduated"],
            done[value]["completed"],
        )
        if row.learners or any(row.amounts) or row.graduates or row.completed:
            rows.append(row)
    learners_total: dict[int, int] = defaultdict(int)
    for k, fen in net.items():
        learners_total[k[0]] += fen
    total = BreakdownRow(
        "合计",
        sum(1 for fen in learners_total.values() if fen > 0),
        tuple(sum(r.amounts[i] for r in rows) for i in range(len(sources))),
        sum(r.graduates for r in rows),
        sum(r.completed for r in rows),
    )
    return Breakdown(title, key, tuple(rows), total)


def annual_statistics(
    session: Session, enterprise_id: int, year: int, *, today: dt.date | None = None
) -> AnnualStatistics:
    """The year's figures (InputRejected for a year out of range)."""
    require(session, Permission.READ)
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise InputRejected(f"统计年度应在{FIRST_YEAR}到{LAST_YEAR}之间，{year}不在此范围内。")
    enterprise = session.get(Enterprise, enterprise_id)
    if enterprise is None:
        raise InputRejected("数据库中还没有企业信息。")
    net = _net(session, enterprise_id, year)
    graduates = _graduates(session, enterprise_id, year)
    claims, claims_by_source = _claims(session, enterprise_id, year)
    paid_sources = {k[1] for k, fen in net.items() if fen}
    codes = tuple(code for code in SOURCE_TYPES if code in paid_sources)
    by_source = []
    for code in codes:
        per: dict[int, int] = defaultdict(int)
        for k, fen in net.items():
            if k[1] == code:
                per[k[0]] += fen
        by_source.append(
            SourceRow(
                SOURCE_TYPES[code],
                sum(1 for fen in per.values() if fen > 0),
                claims_by_source.get(code, 0),
                sum(per.values()),
            )
        )
    departments = dict(
        session.execute(
            select(Department.id, Department.name)
            .where(Department.enterprise_id == enterprise_id)
            .order_by(Department.name)
        ).all()
    )
    tables = (
        _breakdown("按层次", "层次", LEVELS, net, graduates, codes, 2),
        _breakdown("按学习形式", "学习形式", STUDY_FORMS, net, graduates, codes, 3),
        _breakdown("按部门", "部门", departments, net, graduates, codes, 4),
    )
    first = tables[0].total
    return AnnualStatistics(
        year=year,
        enterprise=enterprise.name,
        made_on=today or dt.date.today(),
        sources=tuple(SOURCE_TYPES[c] for c in codes),
        learners=first.learners,
        claims=claims,
        amount_fen=first.total_fen,
        graduates=first.graduates,
        completed=first.completed,
        by_source=tuple(by_source),
        breakdowns=tables,
    )


def statistics_years(session: Session, enterprise_id: int, *, today: dt.date | None = None) -> list[int]:
    """The years a report can be asked for: from the first payment or graduation to this year,
    newest first (this year alone when there is neither)."""
    require(session, Permission.READ)
    this_year = (today or dt.date.today()).year
    first_paid = session.scalar(
        select(func.min(Claim.paid_on))
        .join(Learner, Learner.id == Claim.learner_id)
        .where(Claim.state == PAID, Learner.enterprise_id == enterprise_id)
    )
    first_done = session.scalar(
        select(func.min(Enrolment.graduation_date))
        .join(Learner, Learner.id == Enrolment.learner_id)
        .where(Learner.enterprise_id == enterprise_id)
    )
    firsts = [_year_of(v) for v in (first_paid, first_done) if v is not None]
    start = max(FIRST_YEAR, min([*firsts, this_year]))
    return list(range(this_year, start - 1, -1))


def _year_of(value: object) -> int:
    return value.year if isinstance(value, dt.date) else int(str(value)[:4])
