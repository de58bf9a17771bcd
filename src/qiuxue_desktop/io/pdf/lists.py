"""The term's lists on paper, read from the database: the summary sheet (汇总表) for the union
above and finance, and the posting list (公示名单) for the notice board — checked against the
fonts, drawn, and recorded in the audit trail (documents.py says who may print what).

The summary sheet holds the claims of the term that are 公示中 or 已支付 — the ones approved for
payment — without those a paid correction has replaced or that a correction now in posting or
paid takes the place of (the correction stands in their row). The posting list holds every
claim now 公示中 (of one term when asked), its ID numbers always masked.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Select, exists, func, select
from sqlalchemy.orm import Session, aliased

from qiuxue_desktop.domain import Claim, ClaimLine, Department, Enrolment, Learner, Programme
from qiuxue_desktop.domain.claims import PAID, POSTING
from qiuxue_desktop.domain.codes import ETHNIC_GROUPS, GENDERS, HUKOU_TYPES
from qiuxue_desktop.domain.funding import SOURCE_TYPES
from qiuxue_desktop.domain.ids import mask_id
from qiuxue_desktop.domain.money import format_rmb
from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.domain.study_codes import LEVELS
from qiuxue_desktop.domain.terms import parse_term_label
from qiuxue_desktop.errors import InputRejected
from qiuxue_desktop.io.pdf.documents import (
    OBJECTION_KEY,
    PdfDocument,
    document_fonts,
    enterprise_record,
    hukou_place,
    term_text,
    union_name,
)
from qiuxue_desktop.io.pdf.posting_list import PostingList, PostingRow, default_objection, render_posting_list
from qiuxue_desktop.io.pdf.summary_sheet import SummaryRow, SummarySheet, render_summary
from qiuxue_desktop.progress import NO_PROGRESS, Progress
from qiuxue_desktop.services import audit
from qiuxue_desktop.services.auth import require
from qiuxue_desktop.services.settings import get_settings

SUMMARY_STATES = (POSTING, PAID)


# --- the summary sheet ---------------------------------------------------------------------


def _summary_claims(term: str) -> Select[Any]:
    later = aliased(Claim)
    replaced = exists().where(later.corrects_id == Claim.id, later.state.in_(SUMMARY_STATES))
    return select(Claim.id).where(
        Claim.term == term,
        Claim.state.in_(SUMMARY_STATES),
        Claim.superseded_by_id.is_(None),
        ~replaced,
    )


def summary_data(
    session: Session, term: str, *, full_ids: bool, today: dt.date | None = None
) -> SummarySheet:
    if parse_term_label(term) is None:
        raise InputRejected(f"“{term}”不是学期，请写成 2025-2026-1 的形式（学年和第 1 或第 2 学期）。")
    enterprise = enterprise_record(session)
    ids = _summary_claims(term).subquery()
    rows = session.execute(
        select(
            Claim.id,
            Learner.name,
            Learner.gender,
            Learner.ethnic_group,
            Learner.birth_date,
            Learner.hukou_type,
            Learner.hukou_place,
            Learner.id_number,
            Programme.name,
            Programme.level,
            Enrolment.intake_date,
        )
        .join(Learner, Learner.id == Claim.learner_id)
        .join(Enrolment, Enrolment.id == Claim.enrolment_id)
        .join(Programme, Programme.id == Enrolment.programme_id)
        .where(Claim.id.in_(select(ids.c.id)))
        .order_by(Learner.name_pinyin, Claim.claim_no)
    ).all()
    if not rows:
        raise InputRejected(f"学期 {term} 没有公示中或已支付的报销申请，汇总表没有生成。")
    amounts: dict[int, dict[str, int]] = {}
    for claim_id, source, fen in session.execute(
        select(ClaimLine.claim_id, ClaimLine.source_type, func.sum(ClaimLine.amount_fen))
        .where(ClaimLine.claim_id.in_(select(ids.c.id)), ClaimLine.scheme_id.is_not(None))
        .group_by(ClaimLine.claim_id, ClaimLine.source_type)
    ):
        amounts.setdefault(claim_id, {})[source] = int(fen)
    present = {s for per in amounts.values() for s, fen in per.items() if fen}
    sources = [s for s in SOURCE_TYPES if s in present]
    sheet_rows = []
    for r in rows:
        per = amounts.get(r[0], {})
        sheet_rows.append(
            SummaryRow(
                name=r[1],
                gender=GENDERS.get(r[2], ""),
                ethnic_group=ETHNIC_GROUPS.get(r[3], r[3]),
                born=f"{r[4]:%Y.%m}",
                hukou_type=HUKOU_TYPES.get(r[5], ""),
                hukou_place=hukou_place(r[6]),
                id_number=r[7] if full_ids else mask_id(r[7]),
                amount_fen=sum(per.values()),
                programme=f"{r[8]}（{LEVELS.get(r[9], r[9])}）",
                grade=f"{r[10].year}级",
                by_source=tuple(per.get(s, 0) for s in sources),
            )
        )
    return SummarySheet(
        enterprise=enterprise.name,
        term=term,
        term_text=term_text(term),
        sources=tuple(SOURCE_TYPES[s] for s in sources),
        rows=tuple(sheet_rows),
        printed_on=today or dt.date.today(),
        ids_masked=not full_ids,
    )


def summary_document(
    session: Session,
    term: str,
    *,
    masked: bool = False,
    today: dt.date | None = None,
    progress: Progress = NO_PROGRESS,
) -> PdfDocument:
    """The term's summary sheet; `masked` hides the ID numbers even from a role that may see them."""
    principal = require(session, Permission.PRINT_LISTS)
    full_ids = principal.may(Permission.REVEAL_ID) and not masked
    progress.set(0, 0, "正在读取报销申请……")
    data = summary_data(session, term.strip(), full_ids=full_ids, today=today)
    fonts = document_fonts(session)
    fonts.check(data.texts())
    progress.set(0, len(data.rows), "正在排版汇总表……")

    def step(i: int) -> None:
        if i % 50 == 0:
            progress.check()
            progress.set(i)

    pdf, pages = render_summary(data, fonts, step)
    audit.record(
        session,
        "print",
        table="claim",
        detail=(
            f"打印汇总表 {data.term}：{len(data.rows)} 人，合计 {format_rmb(data.total_fen)}，共 {pages} 页"
            f"（身份证号{'完整' if full_ids else '已隐藏'}）"
        ),
    )
    return PdfDocument(pdf, pages, f"学费补助汇总表 {data.term}", f"汇总表_{data.term}.pdf")


# --- the posting list ----------------------------------------------------------------------


def posting_data(session: Session, *, term: str = "", today: dt.date | None = None) -> PostingList:
    enterprise = enterprise_record(session)
    query = (
        select(
            Learner.name,
            Department.name,
            Learner.id_number,
            Programme.name,
            Programme.level,
            Claim.id,
            Claim.term,
            Claim.posting_start,
            Claim.posting_end,
        )
        .join(Learner, Learner.id == Claim.learner_id)
        .join(Department, Department.id == Learner.department_id)
        .join(Enrolment, Enrolment.id == Claim.enrolment_id)
        .join(Programme, Programme.id == Enrolment.programme_id)
        .where(Claim.state == POSTING)
        .order_by(Department.name, Learner.name_pinyin, Claim.claim_no)
    )
    if term:
        query = query.where(Claim.term == term)
    rows = session.execute(query).all()
    if not rows:
        where = f"学期 {term} " if term else ""
        raise InputRejected(f"{where}没有公示中的报销申请，公示名单没有生成。")
    subsidy = dict(
        session.execute(
            select(ClaimLine.claim_id, func.sum(ClaimLine.amount_fen))
            .where(ClaimLine.claim_id.in_([r[5] for r in rows]), ClaimLine.scheme_id.is_not(None))
            .group_by(ClaimLine.claim_id)
        ).all()
    )
    union = union_name(enterprise)
    objection = get_settings(session, [OBJECTION_KEY]).get(OBJECTION_KEY) or default_objection(union)
    terms = sorted({r[6] for r in rows})
    starts = [r[7] for r in rows if r[7] is not None]
    ends = [r[8] for r in rows if r[8] is not None]
    printed = today or dt.date.today()
    return PostingList(
        enterprise=enterprise.name,
        union=union,
        term_text="、".join(term_text(t) for t in terms),
        start=min(starts, default=printed),
        end=max(ends, default=printed),
        objection=objection,
        rows=tuple(
            PostingRow(
                name=r[0],
                department=r[1],
                id_masked=mask_id(r[2]),
                programme=f"{r[3]}（{LEVELS.get(r[4], r[4])}）",
                amount_fen=int(subsidy.get(r[5], 0)),
            )
            for r in rows
        ),
        printed_on=printed,
    )


def posting_document(session: Session, *, term: str = "", today: dt.date | None = None) -> PdfDocument:
    """The posting list of every claim now 公示中 (of one term when `term` is given)."""
    require(session, Permission.PRINT_LISTS)
    data = posting_data(session, term=term.strip(), today=today)
    fonts = document_fonts(session)
    fonts.check(data.texts())
    pdf, pages = render_posting_list(data, fonts)
    total = sum(r.amount_fen for r in data.rows)
    audit.record(
        session,
        "print",
        table="claim",
        detail=(
            f"打印公示名单：{len(data.rows)} 人，合计 {format_rmb(total)}，"
            f"公示期 {data.start.isoformat()} 至 {data.end.isoformat()}（身份证号已隐藏）"
        ),
    )
    return PdfDocument(pdf, pages, "学费补助公示名单", f"公示名单_{data.start.isoformat()}.pdf")
