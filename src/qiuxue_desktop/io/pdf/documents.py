"""What goes on paper, read from the database: the claim form of one claim here, the summary sheet
and the posting list in lists.py — each checked against the fonts, drawn, and recorded in the
audit trail. Also the fonts from the settings, finding a claim by its number, saving a file.

Who may print: Permission.PRINT_LISTS. ID numbers are printed in full only for a role that may
see them (Permission.REVEAL_ID: coordinator, union, admin) and masked for the others (finance);
the posting list is always masked (it hangs in public). The claim form is the one document
with the payee's full bank account number: it goes to finance, who pay from it. Every document
made is an audit entry ("print"), in the caller's transaction, whether it is then previewed,
printed or saved: a document that left the program is on record.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from qiuxue_desktop.domain import (
    Claim,
    Department,
    Enrolment,
    Enterprise,
    Institution,
    Invoice,
    Learner,
    Programme,
)
from qiuxue_desktop.domain.claims import CLAIM_KINDS, INVOICE_KINDS, STATES, VOID
from qiuxue_desktop.domain.codes import ETHNIC_GROUPS, GENDERS, HUKOU_TYPES, POST_CATEGORIES, PROVINCES
from qiuxue_desktop.domain.funding import SELF, SOURCE_LABELS
from qiuxue_desktop.domain.ids import mask_id
from qiuxue_desktop.domain.money import format_rmb
from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.domain.study_codes import LEVELS, study_form_label
from qiuxue_desktop.domain.terms import parse_term_label
from qiuxue_desktop.errors import InputRejected, OperationFailed
from qiuxue_desktop.io.pdf.claim_form import ClaimForm, FormLine, render_claim_form
from qiuxue_desktop.io.pdf.fonts import FontSet, FontSpec
from qiuxue_desktop.services import audit
from qiuxue_desktop.services.auth import require
from qiuxue_desktop.services.claims import line_views, load_claim
from qiuxue_desktop.services.settings import get_settings

# Settings (services/settings.py) this module reads.
MAIN_FONT_KEY = "pdf.main_font"  # a TrueType file (`path` or `path#face`); empty: the bundled font
# more TrueType files, one a line, tried after the main font and before the bundled ones
FALLBACK_FONTS_KEY = "pdf.fallback_fonts"
OBJECTION_KEY = "posting.objection_text"  # the posting list's sentence on objections


@dataclass(frozen=True, slots=True)
class PdfDocument:
    data: bytes
    pages: int
    title: str  # for the preview's window title and the print job's name
    file_name: str  # suggested when saving


def document_fonts(session: Session) -> FontSet:
    """The fonts set in 系统设置 → 打印 (the bundled ones when nothing is set)."""
    values = get_settings(session, [MAIN_FONT_KEY, FALLBACK_FONTS_KEY])
    main = FontSpec.decode(values[MAIN_FONT_KEY]) if values.get(MAIN_FONT_KEY) else None
    extra = [
        FontSpec.decode(line) for line in values.get(FALLBACK_FONTS_KEY, "").splitlines() if line.strip()
    ]
    return FontSet(main, extra)


def term_text(label: str) -> str:
    """`2025-2026-1` → 2025-2026学年第一学期."""
    index = parse_term_label(label)
    if index is None:
        return label
    return f"{label[:9]}学年第{'一' if index % 2 == 0 else '二'}学期"


def enterprise_record(session: Session) -> Enterprise:
    e = session.scalars(select(Enterprise).order_by(Enterprise.id).limit(1)).first()
    if e is None:
        raise InputRejected("数据库中还没有企业信息：请先运行 qiuxue init 或在窗口中导入演示数据。")
    return e


def union_name(e: Enterprise) -> str:
    return e.union_branch.strip() or f"{e.name}工会"


def hukou_place(code: str) -> str:
    province = PROVINCES.get(code[:2], "")
    return f"{province}（{code}）" if province else code


# --- the claim form ------------------------------------------------------------------------


def claim_form_document(session: Session, claim_id: int, *, today: dt.date | None = None) -> PdfDocument:
    principal = require(session, Permission.PRINT_LISTS)
    full_ids = principal.may(Permission.REVEAL_ID)
    claim = load_claim(session, claim_id)
    if claim.state == VOID:
        raise InputRejected(f"报销申请 {claim.claim_no} 已作废，不能打印申请表。")
    learner = session.get(Learner, claim.learner_id)
    enrolment = session.get(Enrolment, claim.enrolment_id)
    assert learner is not None and enrolment is not None
    programme = session.get(Programme, enrolment.programme_id)
    institution = session.get(Institution, enrolment.institution_id)
    department = session.get(Department, learner.department_id)
    invoice = session.get(Invoice, claim.invoice_id) if claim.invoice_id is not None else None
    enterprise = enterprise_record(session)
    lines = line_views(session, claim.id)
    voucher = ""
    if invoice is not None:
        voucher = (
            f"{INVOICE_KINDS.get(invoice.kind, invoice.kind)} {invoice.number}（{invoice.issuer}，"
            f"{invoice.issued_on:%Y年%m月%d日}）"
        )
    subsidy = sum(line.amount_fen for line in lines if line.scheme_id is not None)
    form = ClaimForm(
        claim_no=claim.claim_no,
        kind_label=CLAIM_KINDS.get(claim.kind, claim.kind),
        state_label=STATES.get(claim.state, claim.state),
        term=claim.term,
        enterprise=enterprise.name,
        uscc=enterprise.uscc,
        union_branch=union_name(enterprise),
        name=learner.name,
        gender=GENDERS.get(learner.gender, ""),
        ethnic_group=ETHNIC_GROUPS.get(learner.ethnic_group, learner.ethnic_group),
        birth_date=learner.birth_date,
        id_number=learner.id_number if full_ids else mask_id(learner.id_number),
        hukou_type=HUKOU_TYPES.get(learner.hukou_type, ""),
        hukou_place=hukou_place(learner.hukou_place),
        phone=learner.phone,
        union_member=(
            ("是" + (f"（会员证号 {learner.union_card_no}）" if learner.union_card_no else ""))
            if learner.union_member
            else "否"
        ),
        department=department.name if department else "",
        post_category=POST_CATEGORIES.get(learner.post_category, ""),
        employee_no=learner.employee_no,
        hire_date=learner.hire_date,
        institution=institution.name if institution else "",
        programme=programme.name if programme else "",
        level=LEVELS.get(programme.level, "") if programme else "",
        study_form=study_form_label(programme.study_form, enrolment.intake_date) if programme else "",
        student_no=enrolment.student_no,
        intake_date=enrolment.intake_date,
        expected_graduation=enrolment.expected_graduation,
        diploma_number=enrolment.diploma_number,
        voucher=voucher,
        voucher_fen=invoice.amount_fen if invoice is not None else None,
        base_fen=claim.base_fen,
        subsidy_fen=subsidy,
        own_fen=claim.base_fen - subsidy,
        lines=tuple(
            FormLine(
                source=line.scheme_name if line.scheme_id is not None else "个人承担",
                kind=SOURCE_LABELS.get(line.source_type, line.source_type),
                funder=line.funder if line.source_type != SELF else learner.name,
                amount_fen=line.amount_fen,
                rule=line.rule,
                bound=line.bound,
            )
            for line in lines
        ),
        payee_bank=claim.payee_bank,
        payee_account=claim.payee_account,
        prepared_by=claim.prepared_by,
        printed_on=today or dt.date.today(),
    )
    fonts = document_fonts(session)
    fonts.check(form.texts())
    data = render_claim_form(form, fonts)
    audit.record(
        session,
        "print",
        table="claim",
        record_key=claim.record_id,
        detail=(
            f"打印学费补助申请表 {claim.claim_no}（{learner.name}，申请补助 {format_rmb(subsidy)}；"
            f"含完整银行账号；身份证号{'完整' if full_ids else '已隐藏'}）"
        ),
    )
    return PdfDocument(
        data,
        1,
        f"学费补助申请表 {claim.claim_no} {learner.name}",
        f"申请表_{claim.claim_no}_{learner.name}.pdf",
    )


# --- finding a claim, saving a file ----------------------------------------------------------


def find_claim(session: Session, text: str) -> int:
    """A claim's id from its number as printed (BX2026-000123) or its database id."""
    require(session, Permission.READ)
    key = text.strip()
    found = session.scalar(select(Claim.id).where(Claim.claim_no == key.upper()))
    if found is None and key.isdigit():
        found = session.scalar(select(Claim.id).where(Claim.id == int(key)))
    if found is None:
        raise InputRejected(f"没有编号为“{key}”的报销申请（请写申请编号，如 BX2026-000123）。")
    return int(found)


def write_pdf(path: Path, data: bytes) -> Path:
    """Write beside the target, then rename into place: never a half-written file."""
    target = path.resolve()
    if not target.parent.is_dir():
        raise OperationFailed(f"无法写入“{path}”：文件夹“{target.parent}”不存在。")
    if target.is_dir():
        raise OperationFailed(f"无法写入“{path}”：这是一个文件夹。")
    tmp = target.with_name(f".{target.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, target)
    except OSError as exc:
        raise OperationFailed(f"无法写入“{path}”：{exc.strerror or exc}。") from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    return target
