"""The split in integer 分: for any schemes, caps, usage and base, the lines add up to the base
exactly, none is negative, none passes a cap or budget; rules in words; eligibility reasons."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from qiuxue_desktop.domain.split import (
    ClaimFacts,
    LearnerFacts,
    SchemeRule,
    Usage,
    apply_bp,
    compute_split,
    percent_text,
    scheme_problems,
)

LEARNER = LearnerFacts(
    union_member=True,
    hire_date=dt.date(2015, 3, 1),
    post_category="1",
    hukou_type="1",
    birth_date=dt.date(1990, 5, 17),
)
CLAIM = ClaimFacts(
    kind="invoice",
    base_fen=480_000,
    reference_date=dt.date(2025, 9, 10),
    level="1",
    terms=("2025-2026-1",),
    academic_year="2025-2026",
    average_score_x10=823,
)

money = st.integers(min_value=0, max_value=5_000_000)
cap = st.none() | st.integers(min_value=1, max_value=3_000_000)


@st.composite
def rules(draw: st.DrawFn, scheme_id: int) -> SchemeRule:
    kind = draw(st.sampled_from(["percent", "fixed", "by_level", "grade_tiers"]))
    table: object = []
    percent = amount = None
    unit = ""
    if kind == "percent":
        percent = draw(st.integers(1, 10_000))
    elif kind == "fixed":
        amount = draw(st.integers(1, 3_000_000))
    elif kind == "by_level":
        unit = draw(st.sampled_from(["percent", "fixed"]))
        high = 10_000 if unit == "percent" else 3_000_000
        table = {
            code: draw(st.integers(1, high)) for code in draw(st.sets(st.sampled_from("12345"), min_size=1))
        }
    else:
        thresholds = sorted(draw(st.sets(st.integers(0, 1000), min_size=1, max_size=4)))
        bps = sorted(
            draw(st.lists(st.integers(1, 10_000), min_size=len(thresholds), max_size=len(thresholds)))
        )
        table = [[t, b] for t, b in zip(thresholds, bps, strict=True)]
    return SchemeRule(
        id=scheme_id,
        name=f"项目{scheme_id}",
        funder="资助方",
        source_type=draw(st.sampled_from(["gov", "union", "edu_fund", "employer", "waiver"])),
        trigger=draw(st.sampled_from(["enrolment", "year", "term"])),
        rule_kind=kind,
        percent_bp=percent,
        amount_fen=amount,
        level_unit=unit,
        table=table,
        cap_claim_fen=draw(cap),
        cap_year_fen=draw(cap),
        cap_life_fen=draw(cap),
        cap_level_fen=draw(cap),
    )


@st.composite
def usages(draw: st.DrawFn) -> Usage:
    return Usage(
        year_fen=draw(money),
        life_fen=draw(money),
        level_fen=draw(money),
        budget_left_fen=draw(st.none() | st.integers(-100_000, 5_000_000)),
    )


@settings(max_examples=400, deadline=None)
@given(
    base=st.integers(0, 20_000_000),
    schemes=st.lists(st.integers(0, 10**6), min_size=0, max_size=6).flatmap(
        lambda ids: st.tuples(*[rules(i + 1) for i in range(len(ids))])
    ),
    data=st.data(),
)
def test_lines_add_up_to_the_base_and_keep_every_cap(
    base: int, schemes: tuple[SchemeRule, ...], data: st.DataObject
) -> None:
    usage = {r.id: data.draw(usages()) for r in schemes}
    claim = ClaimFacts(**{**_fields(CLAIM), "base_fen": base})  # type: ignore[arg-type]
    split = compute_split(schemes, LEARNER, claim, usage)
    assert sum(line.amount_fen for line in split.lines) == base
    assert all(line.amount_fen >= 0 for line in split.lines)
    assert split.lines[-1].scheme_id is None
    by_id = {r.id: r for r in schemes}
    paid_ids = [line.scheme_id for line in split.lines[:-1]]
    assert paid_ids == [r.id for r in schemes if r.id in paid_ids]  # in the set order
    for line in split.lines[:-1]:
        assert line.scheme_id is not None
        rule, used = by_id[line.scheme_id], usage[line.scheme_id]
        assert line.amount_fen > 0
        for limit, spent in (
            (rule.cap_claim_fen, 0),
            (rule.cap_year_fen, used.year_fen),
            (rule.cap_life_fen, used.life_fen),
            (rule.cap_level_fen, used.level_fen),
        ):
            if limit is not None:
                assert line.amount_fen <= max(0, limit - spent)
        if used.budget_left_fen is not None:
            assert line.amount_fen <= max(0, used.budget_left_fen)
    assert {n.scheme_id for n in split.not_paying} | set(paid_ids) == set(by_id)


def test_percentages_round_half_up_in_integers() -> None:
    assert apply_bp(12345, 5000) == 6173  # 6172.5 → 6173
    assert apply_bp(1, 5000) == 1
    assert apply_bp(3, 3333) == 1
    assert apply_bp(999_999_999_999, 10_000) == 999_999_999_999
    assert [percent_text(bp) for bp in (6000, 1250, 3333, 10_000)] == ["60%", "12.5%", "33.33%", "100%"]


def _rule(**kw: object) -> SchemeRule:
    base: dict[str, object] = {
        "id": 1,
        "name": "项目",
        "funder": "资助方",
        "source_type": "union",
        "trigger": "term",
        "rule_kind": "fixed",
        "amount_fen": 100_000,
    }
    return SchemeRule(**{**base, **kw})  # type: ignore[arg-type]


def test_each_rule_kind_says_how_it_came_to_its_amount() -> None:
    tiers = _rule(rule_kind="grade_tiers", amount_fen=None, table=[[900, 10_000], [800, 8000], [600, 5000]])
    levels = _rule(rule_kind="by_level", amount_fen=None, level_unit="percent", table={"1": 4000, "2": 6000})
    split = compute_split([tiers], LEARNER, CLAIM, {})
    assert split.lines[0].rule == "平均成绩 82.3 分 ≥ 80 分档：学费 ¥4,800.00 × 80% = ¥3,840.00"
    split = compute_split([levels], LEARNER, CLAIM, {})
    assert split.lines[0].rule == "高起专：学费 ¥4,800.00 × 40% = ¥1,920.00"
    year_invoice = ClaimFacts(**{**_fields(CLAIM), "terms": ("2025-2026-1", "2025-2026-2")})  # type: ignore[arg-type]
    split = compute_split([_rule()], LEARNER, year_invoice, {})
    assert split.lines[0].rule == "每学期定额 ¥1,000.00 × 2 个学期 = ¥2,000.00"


def _fields(claim: ClaimFacts) -> dict[str, object]:
    return {name: getattr(claim, name) for name in ClaimFacts.__dataclass_fields__}


def test_reasons_a_learner_is_not_eligible() -> None:
    young = LearnerFacts(**{**_fields_l(LEARNER), "hire_date": dt.date(2025, 3, 1), "hukou_type": "2"})  # type: ignore[arg-type]
    cases = [
        (_rule(min_contract_months=12), young, "要求劳动合同满 12 个月，学员到 2025-09-10 只有 6 个月"),
        (_rule(rural_hukou_only=True), young, "只资助农村户籍职工，学员是城镇户籍"),
        (_rule(max_age=30), LEARNER, "要求不超过 30 周岁，学员 35 岁"),
        (_rule(levels=("2",)), LEARNER, "只资助专升本，本学籍是高起专"),
        (_rule(trigger="graduation"), LEARNER, "该项目在毕业后发放，不随学费发票报销"),
        (_rule(valid_to=dt.date(2025, 6, 30)), LEARNER, "该资助项目已于 2025-06-30 截止"),
        (_rule(trigger="year"), LEARNER, None),
    ]
    for rule, learner, reason in cases:
        split = compute_split([rule], learner, CLAIM, {})
        assert (split.not_paying[0].reason if split.not_paying else None) == reason
    used = {1: Usage(on_enrolment=True, years=frozenset({"2025-2026"}))}
    split = compute_split([_rule(trigger="year")], LEARNER, CLAIM, used)
    assert split.not_paying[0].reason == "每学年发放一次，2025-2026 学年已经享受过"


def _fields_l(learner: LearnerFacts) -> dict[str, object]:
    return {name: getattr(learner, name) for name in LearnerFacts.__dataclass_fields__}


def test_contradictory_schemes_are_named() -> None:
    ok = {"name": "x", "funder": "y", "source_type": "union", "trigger": "year", "rule_kind": "fixed"}
    assert scheme_problems({**ok, "amount_fen": 100}) == {}
    assert scheme_problems({**ok, "amount_fen": 100, "cap_claim_fen": 50})["amount_fen"].startswith(
        "固定金额"
    )
    assert (
        "每人累计上限"
        in scheme_problems({**ok, "amount_fen": 1, "cap_year_fen": 9, "cap_life_fen": 5})["cap_year_fen"]
    )
    tiers = {**ok, "rule_kind": "grade_tiers", "table": [[600, 8000], [900, 5000]]}
    assert "成绩越高，比例不能越低" in scheme_problems(tiers)["table"]
    level = {**ok, "rule_kind": "by_level", "level_unit": "percent", "table": {"2": 6000}, "levels": ["1"]}
    assert scheme_problems(level)["table"] == "专升本不在该项目资助的层次之内"
    assert "服务期" in scheme_problems({**ok, "amount_fen": 1, "service_months": 12})["service_months"]
