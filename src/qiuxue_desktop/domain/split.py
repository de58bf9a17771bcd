"""The split of a claim between its paying schemes and the learner — pure, in integer 分.

`compute_split` takes the schemes in the order they apply, what is known about the
learner and the claim, and what each scheme has already been drawn on (its usage,
claims in progress included: those amounts are reserved), and returns one line per
scheme that pays, each with the rule that produced its amount and the cap or
condition that bound it, the schemes that do not pay with the reason, and the
learner's own share. The lines and the learner's share add up to the base exactly:
each scheme is held to what the schemes before it left.

`scheme_problems` refuses a scheme whose rules contradict each other.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from qiuxue_desktop.domain.funding import (
    EMPLOYER_SOURCES,
    LEVEL_UNITS,
    ONCE_PER,
    RULE_KINDS,
    SELF,
    SOURCE_LABELS,
    SOURCE_TYPES,
    TRIGGERS,
)
from qiuxue_desktop.domain.money import format_rmb
from qiuxue_desktop.domain.study_codes import LEVELS
from qiuxue_desktop.domain.terms import whole_months_between

FULL_BP = 10_000
MAX_POSTING_DAYS = 60


def percent_text(bp: int) -> str:
    """Basis points as a percentage: 6000 → `60%`, 1250 → `12.5%`."""
    whole, rest = divmod(bp, 100)
    return f"{whole}%" if rest == 0 else f"{whole}.{rest:02d}".rstrip("0") + "%"


def apply_bp(amount_fen: int, bp: int) -> int:
    """`amount × bp / 10000`, rounded half up to the 分, in integers."""
    return (amount_fen * bp * 2 + FULL_BP) // (2 * FULL_BP)


@dataclass(frozen=True, slots=True)
class SchemeRule:
    """What the split needs of a scheme (a plain copy of the Scheme row)."""

    id: int
    name: str
    funder: str
    source_type: str
    trigger: str
    rule_kind: str
    percent_bp: int | None = None
    amount_fen: int | None = None
    level_unit: str = ""
    table: Any = None
    cap_claim_fen: int | None = None
    cap_year_fen: int | None = None
    cap_life_fen: int | None = None
    cap_level_fen: int | None = None
    levels: Sequence[str] = ()
    require_union_member: bool = False
    min_contract_months: int | None = None
    front_line_only: bool = False
    rural_hukou_only: bool = False
    min_age: int | None = None
    max_age: int | None = None
    once_per: str = ""
    service_months: int | None = None
    posting_days: int = 7
    active: bool = True
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None

    @classmethod
    def of(cls, row: Any) -> SchemeRule:
        names = cls.__dataclass_fields__
        return cls(**{name: getattr(row, name) for name in names})


@dataclass(frozen=True, slots=True)
class LearnerFacts:
    union_member: bool
    hire_date: dt.date
    post_category: str  # "1" 一线
    hukou_type: str  # "1" 农村
    birth_date: dt.date
    leave_date: dt.date | None = None


@dataclass(frozen=True, slots=True)
class ClaimFacts:
    kind: str  # "invoice" or "graduation"
    base_fen: int
    reference_date: dt.date
    level: str  # the programme's level code
    terms: tuple[str, ...]  # the term labels the invoice covers (graduation: the graduation term)
    academic_year: str  # `2025-2026`
    average_score_x10: int | None = None  # for grade tiers


@dataclass(frozen=True, slots=True)
class Usage:
    """What one scheme has already been drawn on for this learner, by claims that hold
    amounts (in progress or paid) other than the one being split."""

    year_fen: int = 0  # this learner, the claim's calendar year
    life_fen: int = 0  # this learner, ever
    level_fen: int = 0  # this learner, at the claim's level
    on_enrolment: bool = False  # any line on this enrolment
    years: frozenset[str] = frozenset()  # academic years paid on this enrolment
    terms: frozenset[str] = frozenset()  # terms paid on this enrolment
    other_enrolment: bool = False  # a line on another enrolment of this learner
    other_enrolment_same_level: bool = False
    budget_left_fen: int | None = None  # the scheme's budget for the year less what is held; None: no budget


@dataclass(frozen=True, slots=True)
class SplitLine:
    scheme_id: int | None  # None: the learner's own share
    source_type: str
    funder: str
    amount_fen: int
    rule: str
    bound: str = ""
    service_months: int | None = None


@dataclass(frozen=True, slots=True)
class NotPaying:
    scheme_id: int
    name: str
    reason: str


@dataclass(frozen=True, slots=True)
class Split:
    base_fen: int
    lines: tuple[SplitLine, ...]  # the schemes that pay, in order, then the learner's share
    not_paying: tuple[NotPaying, ...] = ()
    posting_days: int = 0  # the longest posting any paying scheme asks for

    @property
    def learner_fen(self) -> int:
        return self.lines[-1].amount_fen

    @property
    def subsidy_fen(self) -> int:
        return self.base_fen - self.learner_fen


# --- eligibility ---------------------------------------------------------------------------


def age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def eligibility_reason(rule: SchemeRule, learner: LearnerFacts, claim: ClaimFacts) -> str | None:
    """Why the learner may not draw on `rule` for this claim, or None."""
    day = claim.reference_date
    if not rule.active:
        return "该资助项目已停用"
    if rule.valid_from is not None and day < rule.valid_from:
        return f"该资助项目自 {rule.valid_from.isoformat()} 起执行"
    if rule.valid_to is not None and day > rule.valid_to:
        return f"该资助项目已于 {rule.valid_to.isoformat()} 截止"
    if claim.kind == "graduation" and rule.trigger != "graduation":
        return "毕业补助只适用毕业后发放的项目"
    if claim.kind != "graduation" and rule.trigger == "graduation":
        return "该项目在毕业后发放，不随学费发票报销"
    if learner.leave_date is not None and learner.leave_date <= day:
        return f"学员已于 {learner.leave_date.isoformat()} 离职"
    if rule.levels and claim.level not in rule.levels:
        names = "、".join(LEVELS.get(code, code) for code in rule.levels)
        return f"只资助{names}，本学籍是{LEVELS.get(claim.level, claim.level)}"
    if rule.require_union_member and not learner.union_member:
        return "只资助工会会员，学员不是工会会员"
    if rule.front_line_only and learner.post_category != "1":
        return "只资助一线职工，学员不在一线岗位"
    if rule.rural_hukou_only and learner.hukou_type != "1":
        return "只资助农村户籍职工，学员是城镇户籍"
    if rule.min_contract_months is not None:
        months = whole_months_between(learner.hire_date, day)
        if months < rule.min_contract_months:
            return (
                f"要求劳动合同满 {rule.min_contract_months} 个月，学员到 {day.isoformat()} 只有 {months} 个月"
            )
    age = age_on(learner.birth_date, day)
    if rule.min_age is not None and age < rule.min_age:
        return f"要求年满 {rule.min_age} 周岁，学员 {age} 岁"
    if rule.max_age is not None and age > rule.max_age:
        return f"要求不超过 {rule.max_age} 周岁，学员 {age} 岁"
    return None


def _repeat_reason(rule: SchemeRule, claim: ClaimFacts, usage: Usage) -> str | None:
    if rule.once_per == "person" and usage.other_enrolment:
        return "每人只能在一个学籍享受，学员已在其他学籍享受过"
    if rule.once_per == "level" and usage.other_enrolment_same_level:
        return "同一层次只能享受一次，学员已在同层次的其他学籍享受过"
    if rule.trigger in ("enrolment", "graduation") and usage.on_enrolment:
        return "每个学籍只发放一次，本学籍已经享受过"
    if rule.trigger == "year" and claim.academic_year in usage.years:
        return f"每学年发放一次，{claim.academic_year} 学年已经享受过"
    if rule.trigger == "term" and all(term in usage.terms for term in claim.terms):
        return f"每学期发放一次，{'、'.join(claim.terms)} 学期已经享受过"
    return None


# --- amount and caps ---------------------------------------------------------------------


def _amount(rule: SchemeRule, claim: ClaimFacts, usage: Usage) -> tuple[int, str] | str:
    """(amount before caps, the rule in words), or the reason it pays nothing."""
    base = claim.base_fen
    if rule.rule_kind == "percent":
        bp = rule.percent_bp or 0
        value = apply_bp(base, bp)
        return value, f"学费 {format_rmb(base)} × {percent_text(bp)} = {format_rmb(value)}"
    if rule.rule_kind == "fixed":
        value = rule.amount_fen or 0
        if rule.trigger == "term":
            fresh = [term for term in claim.terms if term not in usage.terms]
            if len(fresh) > 1:
                total = value * len(fresh)
                return total, f"每学期定额 {format_rmb(value)} × {len(fresh)} 个学期 = {format_rmb(total)}"
        return value, f"定额 {format_rmb(value)}"
    if rule.rule_kind == "by_level":
        table: Mapping[str, int] = rule.table or {}
        level_name = LEVELS.get(claim.level, claim.level)
        if claim.level not in table:
            return f"按层次资助的表中没有{level_name}"
        entry = int(table[claim.level])
        if rule.level_unit == "percent":
            value = apply_bp(base, entry)
            return (
                value,
                f"{level_name}：学费 {format_rmb(base)} × {percent_text(entry)} = {format_rmb(value)}",
            )
        return entry, f"{level_name}：定额 {format_rmb(entry)}"
    if rule.rule_kind == "grade_tiers":
        if claim.average_score_x10 is None:
            return "按成绩分档，但还没有可计算的成绩"
        avg = claim.average_score_x10
        tiers = sorted(((int(t), int(bp)) for t, bp in (rule.table or [])), reverse=True)
        for threshold, bp in tiers:
            if avg >= threshold:
                value = apply_bp(base, bp)
                return value, (
                    f"平均成绩 {avg / 10:.1f} 分 ≥ {threshold / 10:g} 分档：学费 {format_rmb(base)} × "
                    f"{percent_text(bp)} = {format_rmb(value)}"
                )
        lowest = min((t for t, _ in tiers), default=0)
        return f"平均成绩 {avg / 10:.1f} 分，未达到最低档 {lowest / 10:g} 分"
    return f"未知的计算方式 {rule.rule_kind}"


def _limits(rule: SchemeRule, usage: Usage, left_fen: int) -> list[tuple[int, str]]:
    """Every limit on this scheme's line, as (the most it allows, what it is in words)."""
    limits: list[tuple[int, str]] = []
    if rule.cap_claim_fen is not None:
        limits.append((rule.cap_claim_fen, f"每次上限 {format_rmb(rule.cap_claim_fen)}"))
    for cap, used, what in (
        (rule.cap_year_fen, usage.year_fen, "每人每年"),
        (rule.cap_life_fen, usage.life_fen, "每人累计"),
        (rule.cap_level_fen, usage.level_fen, "每人同一层次"),
    ):
        if cap is not None:
            room = max(0, cap - used)
            limits.append(
                (room, f"{what}上限 {format_rmb(cap)}，已用 {format_rmb(used)}，余 {format_rmb(room)}")
            )
    if usage.budget_left_fen is not None:
        room = max(0, usage.budget_left_fen)
        limits.append((room, f"项目本年预算余额 {format_rmb(room)}"))
    limits.append((left_fen, f"不超过其他项目之后余下的学费 {format_rmb(left_fen)}"))
    return limits


def compute_split(
    rules: Iterable[SchemeRule],
    learner: LearnerFacts,
    claim: ClaimFacts,
    usage: Mapping[int, Usage],
) -> Split:
    """Apply `rules` in order; see the module docstring."""
    if claim.base_fen < 0:
        raise ValueError("base must not be negative")
    left = claim.base_fen
    lines: list[SplitLine] = []
    skipped: list[NotPaying] = []
    posting = 0
    for rule in rules:
        used = usage.get(rule.id, Usage())
        reason = eligibility_reason(rule, learner, claim) or _repeat_reason(rule, claim, used)
        if reason is not None:
            skipped.append(NotPaying(rule.id, rule.name, reason))
            continue
        produced = _amount(rule, claim, used)
        if isinstance(produced, str):
            skipped.append(NotPaying(rule.id, rule.name, produced))
            continue
        amount, rule_text = produced
        bound = ""
        for most, words in _limits(rule, used, left):
            if most < amount:
                amount, bound = most, words
        if amount <= 0:
            skipped.append(NotPaying(rule.id, rule.name, bound or "计算金额为零"))
            continue
        left -= amount
        posting = max(posting, rule.posting_days)
        service = rule.service_months if rule.source_type in EMPLOYER_SOURCES else None
        lines.append(SplitLine(rule.id, rule.source_type, rule.funder, amount, rule_text, bound, service))
    lines.append(SplitLine(None, SELF, "", left, "学费减去各项资助后的余额"))
    return Split(claim.base_fen, tuple(lines), tuple(skipped), posting)


# --- validation of a scheme ----------------------------------------------------------------


def _bp_problem(value: Any) -> str | None:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 < value <= FULL_BP:
        return "比例必须大于 0%，不超过 100%"
    return None


def scheme_problems(values: Mapping[str, Any]) -> dict[str, str]:
    """{field: reason} for a scheme whose rules are missing or contradict each other."""
    p: dict[str, str] = {}
    get = values.get
    if not str(get("name") or "").strip():
        p["name"] = "项目名称不能为空"
    if not str(get("funder") or "").strip():
        p["funder"] = "资助方不能为空"
    source = get("source_type")
    if source not in SOURCE_TYPES:
        p["source_type"] = "请选择资金来源"
    if get("trigger") not in TRIGGERS:
        p["trigger"] = "请选择发放时机"
    kind = get("rule_kind")
    percent, amount, table = get("percent_bp"), get("amount_fen"), get("table")
    if kind not in RULE_KINDS:
        p["rule_kind"] = "请选择计算方式"
    elif kind == "percent":
        if (problem := _bp_problem(percent)) is not None:
            p["percent_bp"] = problem
        if amount is not None:
            p["amount_fen"] = "按比例计算的项目不能同时设定固定金额"
    elif kind == "fixed":
        if not isinstance(amount, int) or amount <= 0:
            p["amount_fen"] = "固定金额必须大于零"
        if percent is not None:
            p["percent_bp"] = "固定金额的项目不能同时设定比例"
    elif kind == "by_level":
        _level_table_problems(get("level_unit"), table, get("levels") or (), p)
    elif kind == "grade_tiers":
        _tier_problems(table, p)
    caps = {
        "cap_claim_fen": "每次上限",
        "cap_year_fen": "每人每年上限",
        "cap_life_fen": "每人累计上限",
        "cap_level_fen": "每人同一层次上限",
    }
    for key, label in caps.items():
        cap = get(key)
        if cap is not None and (not isinstance(cap, int) or cap <= 0):
            p[key] = f"{label}必须大于零，或留空表示不限"
    life = get("cap_life_fen")
    if isinstance(life, int) and life > 0:
        for key in ("cap_claim_fen", "cap_year_fen", "cap_level_fen"):
            cap = get(key)
            if key not in p and isinstance(cap, int) and cap > life:
                p[key] = f"{caps[key]}不能大于每人累计上限 {format_rmb(life)}"
    claim_cap = get("cap_claim_fen")
    fixed_ok = kind == "fixed" and "amount_fen" not in p
    if fixed_ok and isinstance(amount, int) and isinstance(claim_cap, int) and amount > claim_cap > 0:
        p["amount_fen"] = f"固定金额 {format_rmb(amount)} 超过了每次上限 {format_rmb(claim_cap)}"
    levels = get("levels") or ()
    unknown = [code for code in levels if code not in LEVELS]
    if unknown:
        p["levels"] = f"未知的层次代码 {'、'.join(map(str, unknown))}"
    months = get("min_contract_months")
    if months is not None and (not isinstance(months, int) or not 0 <= months <= 600):
        p["min_contract_months"] = "劳动合同月数必须在 0 到 600 之间"
    low, high = get("min_age"), get("max_age")
    for key, age in (("min_age", low), ("max_age", high)):
        if age is not None and (not isinstance(age, int) or not 16 <= age <= 70):
            p[key] = "年龄必须在 16 到 70 周岁之间"
    if (
        isinstance(low, int)
        and isinstance(high, int)
        and "min_age" not in p
        and "max_age" not in p
        and low > high
    ):
        p["max_age"] = f"最高年龄 {high} 岁小于最低年龄 {low} 岁"
    if get("once_per", "") not in ONCE_PER:
        p["once_per"] = "请选择享受次数的限制"
    service = get("service_months")
    if service is not None:
        if source not in EMPLOYER_SOURCES:
            p["service_months"] = (
                "服务期只适用于企业自有资金（职工教育经费、企业其他经费），不适用于工会或财政资金"
            )
        elif not isinstance(service, int) or not 1 <= service <= 120:
            p["service_months"] = "服务期必须在 1 到 120 个月之间"
    posting = get("posting_days", 0)
    if not isinstance(posting, int) or not 0 <= posting <= MAX_POSTING_DAYS:
        p["posting_days"] = f"公示天数必须在 0 到 {MAX_POSTING_DAYS} 天之间"
    start, end = get("valid_from"), get("valid_to")
    if isinstance(start, dt.date) and isinstance(end, dt.date) and end < start:
        p["valid_to"] = "截止日期早于起始日期"
    return p


def _level_table_problems(unit: Any, table: Any, levels: Sequence[str], p: dict[str, str]) -> None:
    if unit not in LEVEL_UNITS:
        p["level_unit"] = "请选择按层次的比例或金额"
        return
    if not isinstance(table, Mapping) or not table:
        p["table"] = "按层次资助必须至少填写一个层次"
        return
    for code, value in table.items():
        name = LEVELS.get(code)
        if name is None:
            p["table"] = f"未知的层次代码 {code}"
            return
        if unit == "percent" and _bp_problem(value) is not None:
            p["table"] = f"{name}的比例必须大于 0%，不超过 100%"
            return
        if unit == "fixed" and (not isinstance(value, int) or value <= 0):
            p["table"] = f"{name}的金额必须大于零"
            return
        if levels and code not in levels:
            p["table"] = f"{name}不在该项目资助的层次之内"
            return


def _tier_problems(table: Any, p: dict[str, str]) -> None:
    if not isinstance(table, Sequence) or not table:
        p["table"] = "按成绩分档必须至少有一档"
        return
    tiers: list[tuple[int, int]] = []
    for entry in table:
        if not isinstance(entry, Sequence) or len(entry) != 2:
            p["table"] = "每一档必须是“最低分数、比例”"
            return
        threshold, bp = entry
        if not isinstance(threshold, int) or not 0 <= threshold <= 1000:
            p["table"] = "分档的最低分数必须在 0 到 100 分之间"
            return
        if _bp_problem(bp) is not None:
            p["table"] = "分档的比例必须大于 0%，不超过 100%"
            return
        tiers.append((threshold, bp))
    tiers.sort()
    for (t1, bp1), (t2, bp2) in pairwise(tiers):
        if t1 == t2:
            p["table"] = f"两档的最低分数都是 {t1 / 10:g} 分"
            return
        if bp2 < bp1:
            p["table"] = (
                f"{t2 / 10:g} 分档的比例 {percent_text(bp2)} 低于 {t1 / 10:g} 分档的 {percent_text(bp1)}：成绩越高，比例不能越低"
            )
            return


def source_label(source_type: str) -> str:
    return SOURCE_LABELS.get(source_type, source_type)


__all__ = [
    "ClaimFacts",
    "LearnerFacts",
    "NotPaying",
    "SchemeRule",
    "Split",
    "SplitLine",
    "Usage",
    "compute_split",
    "scheme_problems",
]
