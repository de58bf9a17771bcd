"""A scheme's rule in one plain Chinese sentence, as the coordinator edits it:
"每学年定额 ¥1,000.00，每人累计不超过 ¥3,000.00，须为工会会员，公示 7 天后发放。"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from qiuxue_desktop.domain.money import format_rmb
from qiuxue_desktop.domain.split import percent_text
from qiuxue_desktop.domain.study_codes import LEVELS
from qiuxue_desktop.views.code_labels import clauses, code_label, listed


def _when(trigger: Any) -> str:
    return {
        "enrolment": QCoreApplication.translate("SchemeSummary", "入学时"),
        "year": QCoreApplication.translate("SchemeSummary", "每学年"),
        "term": QCoreApplication.translate("SchemeSummary", "每学期"),
        "graduation": QCoreApplication.translate("SchemeSummary", "毕业后"),
    }.get(str(trigger), "")


def _amount_part(v: Mapping[str, Any]) -> str:
    when = _when(v.get("trigger"))
    kind = v.get("rule_kind")
    if kind == "percent":
        bp = v.get("percent_bp")
        if not isinstance(bp, int):
            return when + QCoreApplication.translate("SchemeSummary", "按学费比例资助（比例未填）")
        return when + QCoreApplication.translate("SchemeSummary", "按学费的 {p} 资助").format(
            p=percent_text(bp)
        )
    if kind == "fixed":
        fen = v.get("amount_fen")
        if not isinstance(fen, int):
            return when + QCoreApplication.translate("SchemeSummary", "定额资助（金额未填）")
        return when + QCoreApplication.translate("SchemeSummary", "定额 {m}").format(m=format_rmb(fen))
    if kind == "by_level":
        table = v.get("table")
        entries = table.items() if isinstance(table, Mapping) else ()
        unit = v.get("level_unit")
        shown = [
            f"{code_label(LEVELS.get(code, str(code)))} {percent_text(value) if unit == 'percent' else format_rmb(value)}"
            for code, value in entries
            if isinstance(value, int)
        ]
        if not shown:
            return when + QCoreApplication.translate("SchemeSummary", "按层次资助（各层次未填）")
        return when + QCoreApplication.translate("SchemeSummary", "按层次：{t}").format(t=listed(shown))
    if kind == "grade_tiers":
        tiers = v.get("table")
        rows = sorted(
            (t, bp)
            for t, bp in (tiers if isinstance(tiers, list | tuple) else ())
            if isinstance(t, int) and isinstance(bp, int)
        )
        if not rows:
            return when + QCoreApplication.translate("SchemeSummary", "按成绩分档（分档未填）")
        shown = [
            QCoreApplication.translate("SchemeSummary", "平均 {s} 分以上 {p}").format(
                s=f"{t / 10:g}", p=percent_text(bp)
            )
            for t, bp in rows
        ]
        return when + QCoreApplication.translate("SchemeSummary", "按成绩分档：{t}").format(t=listed(shown))
    return when + QCoreApplication.translate("SchemeSummary", "（计算方式未选）")


def scheme_summary(values: Mapping[str, Any]) -> str:
    """The rule of a scheme's form values (SCHEME_FIELDS keys, amounts in 分, percentages in
    basis points), for the editor and the list."""
    v = values
    parts = [_amount_part(v)]
    for key, words in (
        ("cap_claim_fen", QCoreApplication.translate("SchemeSummary", "每次不超过 {m}")),
        ("cap_year_fen", QCoreApplication.translate("SchemeSummary", "每人每年不超过 {m}")),
        ("cap_life_fen", QCoreApplication.translate("SchemeSummary", "每人累计不超过 {m}")),
        ("cap_level_fen", QCoreApplication.translate("SchemeSummary", "每人同一层次不超过 {m}")),
    ):
        cap = v.get(key)
        if isinstance(cap, int):
            parts.append(words.format(m=format_rmb(cap)))
    levels = v.get("levels") or ()
    if levels:
        parts.append(
            QCoreApplication.translate("SchemeSummary", "只资助{l}").format(
                l=listed(code_label(LEVELS.get(c, c)) for c in levels)
            )
        )
    if v.get("require_union_member"):
        parts.append(QCoreApplication.translate("SchemeSummary", "须为工会会员"))
    months = v.get("min_contract_months")
    if isinstance(months, int) and months > 0:
        parts.append(QCoreApplication.translate("SchemeSummary", "劳动合同满 {n} 个月").format(n=months))
    if v.get("front_line_only"):
        parts.append(QCoreApplication.translate("SchemeSummary", "只限一线职工"))
    if v.get("rural_hukou_only"):
        parts.append(QCoreApplication.translate("SchemeSummary", "只限农村户籍"))
    low, high = v.get("min_age"), v.get("max_age")
    if isinstance(low, int) and isinstance(high, int):
        parts.append(QCoreApplication.translate("SchemeSummary", "年龄 {a}–{b} 周岁").format(a=low, b=high))
    elif isinstance(low, int):
        parts.append(QCoreApplication.translate("SchemeSummary", "年满 {a} 周岁").format(a=low))
    elif isinstance(high, int):
        parts.append(QCoreApplication.translate("SchemeSummary", "不超过 {b} 周岁").format(b=high))
    once = v.get("once_per")
    if once == "person":
        parts.append(QCoreApplication.translate("SchemeSummary", "每人限一个学籍"))
    elif once == "level":
        parts.append(QCoreApplication.translate("SchemeSummary", "每个层次限一个学籍"))
    service = v.get("service_months")
    if isinstance(service, int) and service > 0:
        parts.append(
            QCoreApplication.translate("SchemeSummary", "须服务满 {n} 个月，未满离职按未服务天数退还").format(
                n=service
            )
        )
    start, end = v.get("valid_from"), v.get("valid_to")
    if isinstance(start, dt.date) and isinstance(end, dt.date):
        parts.append(
            QCoreApplication.translate("SchemeSummary", "{a} 至 {b} 有效").format(
                a=start.isoformat(), b=end.isoformat()
            )
        )
    elif isinstance(start, dt.date):
        parts.append(QCoreApplication.translate("SchemeSummary", "{a} 起有效").format(a=start.isoformat()))
    elif isinstance(end, dt.date):
        parts.append(QCoreApplication.translate("SchemeSummary", "有效至 {b}").format(b=end.isoformat()))
    posting = v.get("posting_days")
    if isinstance(posting, int) and posting > 0:
        parts.append(QCoreApplication.translate("SchemeSummary", "公示 {n} 天后发放").format(n=posting))
    text = QCoreApplication.translate("SchemeSummary", "{parts}。").format(parts=clauses(parts))
    if v.get("active") is False:
        text = QCoreApplication.translate("SchemeSummary", "（已停用）") + text
    return text
