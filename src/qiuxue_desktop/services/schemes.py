"""Funding schemes set up by the coordinator: save with the rules checked, order, budgets.

A scheme whose rules contradict each other is refused as SchemeRejected with
{field: reason} (domain/split.scheme_problems). Schemes apply in `position` order;
`scheme_rules` hands them to the split in that order.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qiuxue_desktop.domain.claims import ClaimLine
from qiuxue_desktop.domain.funding import Scheme
from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.domain.split import SchemeRule, scheme_problems
from qiuxue_desktop.errors import InputRejected, StaleRecord
from qiuxue_desktop.services.auth import require

# The fields a scheme form edits, with their Chinese labels (the order of the form).
SCHEME_FIELDS: dict[str, str] = {
    "name": "项目名称",
    "funder": "资助方",
    "source_type": "资金来源",
    "trigger": "发放时机",
    "rule_kind": "计算方式",
    "percent_bp": "比例",
    "amount_fen": "固定金额",
    "level_unit": "按层次",
    "table": "层次表或成绩分档",
    "cap_claim_fen": "每次上限",
    "cap_year_fen": "每人每年上限",
    "cap_life_fen": "每人累计上限",
    "cap_level_fen": "每人同一层次上限",
    "levels": "资助层次",
    "require_union_member": "须为工会会员",
    "min_contract_months": "劳动合同至少（月）",
    "front_line_only": "只限一线职工",
    "rural_hukou_only": "只限农村户籍",
    "min_age": "最低年龄",
    "max_age": "最高年龄",
    "once_per": "享受次数",
    "service_months": "服务期（月）",
    "posting_days": "公示天数",
    "valid_from": "起始日期",
    "valid_to": "截止日期",
    "active": "启用",
    "notes": "备注",
}
_DEFAULTS: dict[str, Any] = {
    "percent_bp": None,
    "amount_fen": None,
    "level_unit": "",
    "table": [],
    "cap_claim_fen": None,
    "cap_year_fen": None,
    "cap_life_fen": None,
    "cap_level_fen": None,
    "levels": [],
    "require_union_member": False,
    "min_contract_months": None,
    "front_line_only": False,
    "rural_hukou_only": False,
    "min_age": None,
    "max_age": None,
    "once_per": "",
    "service_months": None,
    "posting_days": 7,
    "valid_from": None,
    "valid_to": None,
    "active": True,
    "notes": "",
}


class SchemeRejected(InputRejected):
    """A scheme form's problems: {field: reason}; the message names the first."""

    def __init__(self, problems: Mapping[str, str]) -> None:
        self.problems = dict(problems)
        field, reason = next(iter(self.problems.items()))
        super().__init__(f"资助项目的“{SCHEME_FIELDS.get(field, field)}”有误：{reason}。")


@dataclass(frozen=True, slots=True)
class SchemeRow:
    id: int
    version: int
    position: int
    name: str
    funder: str
    source_type: str
    trigger: str
    rule_kind: str
    active: bool
    used_fen: int  # held by claims in progress or paid


def _values(raw: Mapping[str, Any]) -> dict[str, Any]:
    values = {**_DEFAULTS, **{k: v for k, v in raw.items() if k in SCHEME_FIELDS}}
    for key in ("name", "funder", "notes"):
        values[key] = (
            " ".join(str(values.get(key) or "").split()) if key != "notes" else str(values[key]).strip()
        )
    values["levels"] = sorted(set(values["levels"] or ()))
    if values.get("rule_kind") == "by_level" and isinstance(values["table"], Mapping):
        values["table"] = {str(k): v for k, v in sorted(values["table"].items())}
    elif values.get("rule_kind") == "grade_tiers" and isinstance(values["table"], list | tuple):
        values["table"] = sorted([list(entry) for entry in values["table"]], reverse=True)
    else:
        values["table"] = values["table"] if values.get("rule_kind") in ("by_level", "grade_tiers") else []
    return values


def save_scheme(
    session: Session,
    values: Mapping[str, Any],
    *,
    scheme_id: int | None = None,
    expected_version: int | None = None,
) -> int:
    """Create a scheme (last in order) or change one; returns its id."""
    require(session, Permission.MANAGE_FUNDS)
    clean = _values(values)
    problems = scheme_problems(clean)
    if "name" not in problems:
        clash = session.scalar(select(Scheme.id).where(Scheme.name == clean["name"]))
        if clash is not None and clash != scheme_id:
            problems["name"] = f"已有名为“{clean['name']}”的资助项目"
    if problems:
        raise SchemeRejected(problems)
    if scheme_id is None:
        last = session.scalar(select(func.max(Scheme.position))) or 0
        scheme = Scheme(position=last + 1, **clean)
        session.add(scheme)
    else:
        found = session.get(Scheme, scheme_id)
        if found is None:
            raise InputRejected("该资助项目不存在，可能已被删除。")
        if expected_version is not None and found.version != expected_version:
            raise StaleRecord("这个资助项目刚被其他人修改过，请重新打开后再改。")
        scheme = found
        for key, value in clean.items():
            if getattr(scheme, key) != value:
                setattr(scheme, key, value)
    session.flush()
    return scheme.id


def scheme_values(session: Session, scheme_id: int) -> dict[str, Any]:
    """The scheme's fields as a form edits them, plus `id` and `version`."""
    require(session, Permission.READ)
    scheme = session.get(Scheme, scheme_id)
    if scheme is None:
        raise InputRejected("该资助项目不存在，可能已被删除。")
    return {"id": scheme.id, "version": scheme.version, **{k: getattr(scheme, k) for k in SCHEME_FIELDS}}


def list_schemes(session: Session, *, include_inactive: bool = True) -> list[SchemeRow]:
    """Every scheme in the order it applies, with what claims hold of it."""
    require(session, Permission.READ)
    from qiuxue_desktop.domain.claims import RESERVING_STATES, Claim

    held = (
        select(ClaimLine.scheme_id, func.sum(ClaimLine.amount_fen).label("used"))
        .join(Claim, Claim.id == ClaimLine.claim_id)
        .where(Claim.state.in_(RESERVING_STATES), Claim.superseded_by_id.is_(None))
        .group_by(ClaimLine.scheme_id)
        .subquery()
    )
    query = (
        select(Scheme, func.coalesce(held.c.used, 0))
        .outerjoin(held, held.c.scheme_id == Scheme.id)
        .order_by(Scheme.position, Scheme.id)
    )
    if not include_inactive:
        query = query.where(Scheme.active.is_(True))
    return [
        SchemeRow(
            s.id,
            s.version,
            s.position,
            s.name,
            s.funder,
            s.source_type,
            s.trigger,
            s.rule_kind,
            s.active,
            int(used),
        )
        for s, used in session.execute(query)
    ]


def scheme_rules(session: Session) -> list[SchemeRule]:
    """Every scheme as the split takes it, in the order they apply (inactive ones too: the
    split says why they do not pay)."""
    schemes = session.scalars(select(Scheme).order_by(Scheme.position, Scheme.id))
    return [SchemeRule.of(s) for s in schemes]


def move_scheme(session: Session, scheme_id: int, step: int) -> None:
    """Move a scheme `step` places earlier (negative) or later in the order."""
    require(session, Permission.MANAGE_FUNDS)
    ordered = list(session.scalars(select(Scheme).order_by(Scheme.position, Scheme.id)))
    index = next((i for i, s in enumerate(ordered) if s.id == scheme_id), None)
    if index is None:
        raise InputRejected("该资助项目不存在，可能已被删除。")
    target = max(0, min(len(ordered) - 1, index + step))
    ordered.insert(target, ordered.pop(index))
    for position, scheme in enumerate(ordered, start=1):
        if scheme.position != position:
            scheme.position = position
    session.flush()


def delete_scheme(session: Session, scheme_id: int) -> None:
    """Delete a scheme no claim has drawn on (one that has is deactivated instead)."""
    require(session, Permission.MANAGE_FUNDS)
    scheme = session.get(Scheme, scheme_id)
    if scheme is None:
        raise InputRejected("该资助项目不存在，可能已被删除。")
    if session.scalar(select(ClaimLine.id).where(ClaimLine.scheme_id == scheme_id).limit(1)) is not None:
        raise InputRejected(f"“{scheme.name}”已有报销申请使用，不能删除；可以把它停用。")
    from qiuxue_desktop.domain.funding import SchemeBudget

    for budget in session.scalars(select(SchemeBudget).where(SchemeBudget.scheme_id == scheme_id)):
        session.delete(budget)
    session.delete(scheme)
    session.flush()
