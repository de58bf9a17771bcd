"""The claim form, the summary sheet and the posting list read back as a person sees them: the
names, the ID numbers in full or masked as the role may see them, the amounts in figures and
in capitals, every font embedded, A4 in the right orientation, nothing outside the margins,
and each print in the audit trail."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select
from tests import pdf_check
from tests.unit.claim_samples import CITY, ENTERPRISE, FUJIAN, TODAY, add_people, as_user, invoice, schemes
from tests.unit.claim_samples import learner_studying as _learner_studying
from tests.unit.study_samples import id_number

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain import Claim, Learner
from qiuxue_desktop.domain.audit import AuditEntry
from qiuxue_desktop.domain.ids import mask_id
from qiuxue_desktop.domain.money import capital_numerals_fen, format_rmb, format_yuan
from qiuxue_desktop.errors import InputRejected, NotPermitted
from qiuxue_desktop.io.pdf.documents import OBJECTION_KEY, PdfDocument, claim_form_document
from qiuxue_desktop.io.pdf.fonts import MissingCharacter
from qiuxue_desktop.io.pdf.lists import posting_document, summary_document
from qiuxue_desktop.services import claim_flow as flow
from qiuxue_desktop.services.claims import claim_lines, create_invoice_claim
from qiuxue_desktop.services.settings import set_setting

TERM = "2025-2026-1"
ACCOUNT = "6228480012345678901"
POSTED = dt.date(2026, 11, 1)


def _claim(
    db: Database, enterprise_id: int, seq: int, *, name: str, term: str = TERM, member: bool = True
) -> int:
    """A claim for a learner studying since 2024 with an ¥8,000.00 invoice, still a draft."""
    with db.write() as s:
        _lid, eid = _learner_studying(s, enterprise_id, seq, name=name)
        learner = s.get(Learner, _lid)
        assert learner is not None
        learner.union_member = member
        s.flush()
        return create_invoice_claim(
            s,
            invoice(s, eid, f"3500001234{seq:04d}", 800_000, term=term),
            payee_bank="中国农业银行苏州分行",
            payee_account=ACCOUNT,
            prepared_by="王经办",
        )


def _to_posting(db: Database, cid: int) -> None:
    with db.write() as s:  # no accounts: one person does every step
        flow.submit_claim(s, cid)
        flow.hr_review(s, cid)
        flow.union_approve(s, cid)
        flow.start_posting(s, cid, start=POSTED)


def _pay(db: Database, cid: int) -> None:
    _to_posting(db, cid)
    with db.write() as s:
        flow.pay_claim(s, cid, paid_on=dt.date(2026, 11, 9), method="transfer", reference="HX1", today=TODAY)


def _subsidy(db: Database, cid: int) -> int:
    with db.read() as s:
        return sum(line.amount_fen for line in claim_lines(s, cid) if line.scheme_id is not None)


def _save(doc: PdfDocument, tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    path.write_bytes(doc.data)
    return path


def _check_pages(pdf: Path, tmp_path: Path, size: tuple[float, float], pages: int) -> None:
    pdf_check.qpdf_check(pdf)
    pdf_check.assert_all_fonts_embedded(pdf)
    found = pdf_check.info(pdf)
    assert found.pages == pages
    for w, h in found.sizes:
        assert (round(w), round(h)) == (round(size[0]), round(size[1]))
    for image in pdf_check.render(pdf, tmp_path / f"{pdf.stem}-png", dpi=40, last=2):
        assert pdf_check.ink(image) > 1000  # something is drawn
        assert pdf_check.ink_in_border(image, 40, 8) == 0  # nothing within 8 mm of the edge


@pytest.fixture
def schemes_set(db: Database, enterprise_id: int) -> int:
    with db.write() as s:
        schemes(s, FUJIAN, CITY, ENTERPRISE)
    return enterprise_id


def test_the_claim_form_has_every_section_and_the_amount_in_figures_and_capitals(
    db: Database, schemes_set: int, tmp_path: Path
) -> None:
    cid = _claim(db, schemes_set, 1, name="陈晓燕")
    _to_posting(db, cid)
    with db.write() as s:
        doc = claim_form_document(s, cid, today=dt.date(2026, 11, 20))
        record_id = s.get(Claim, cid).record_id  # type: ignore[union-attr]
        rules = [line.rule for line in claim_lines(s, cid)]
    pdf = _save(doc, tmp_path, "form.pdf")
    _check_pages(pdf, tmp_path, pdf_check.A4_PORTRAIT, 1)
    text = pdf_check.text(pdf, layout=False)
    subsidy = _subsidy(db, cid)
    assert subsidy == 730_000  # ¥1,000 Fujian + ¥1,500 city union + 60% of the rest by the company
    for expected in (
        "学费补助申请表",
        "陈晓燕",
        id_number(1),  # in full: the person printing may see it
        format_rmb(subsidy),
        "人民币" + capital_numerals_fen(subsidy),
        "人民币柒仟叁佰元整",
        ACCOUNT,  # the full account: the form goes to finance
        "福建省求学圆梦助学金",
        "市总工会入学资助",
        "企业学历提升报销",
        "个人承担",
        format_yuan(800_000 - subsidy),
        "申请人",
        "人事部门意见",
        "工会意见",
        "财务部门意见",
        "银行卡复印件",
        "王经办",
    ):
        assert expected in text, expected
    compact = text.replace("\n", "")
    for rule in rules:  # the rule of each line, as computed, in small text
        assert rule[:12] in compact, rule
    with db.read() as s:
        key, detail = s.execute(
            select(AuditEntry.record_key, AuditEntry.detail).where(AuditEntry.action == "print")
        ).one()
    assert key == record_id and "学费补助申请表" in detail and "陈晓燕" in detail


def test_finance_sees_a_masked_id_number_but_the_full_account_and_a_viewer_may_not_print(
    db: Database, schemes_set: int, tmp_path: Path
) -> None:
    cid = _claim(db, schemes_set, 2, name="刘洋")
    add_people(db)
    with as_user(db, "finance").write() as s:
        doc = claim_form_document(s, cid)
    text = pdf_check.text(_save(doc, tmp_path, "f.pdf"), layout=False)
    assert mask_id(id_number(2)) in text and id_number(2) not in text
    assert ACCOUNT in text
    with pytest.raises(NotPermitted), as_user(db, "viewer").write() as s:
        claim_form_document(s, cid)


def test_a_voided_claim_has_no_form(db: Database, schemes_set: int) -> None:
    cid = _claim(db, schemes_set, 3, name="周敏")
    with db.write() as s:
        flow.void_claim(s, cid, reason="重复录入的申请")
    with pytest.raises(InputRejected, match="已作废"), db.write() as s:
        claim_form_document(s, cid)


def test_the_summary_sheet_holds_the_terms_posted_and_paid_claims_with_their_total(
    db: Database, schemes_set: int, tmp_path: Path
) -> None:
    posting = _claim(db, schemes_set, 4, name="赵丽")
    paid = _claim(db, schemes_set, 5, name="钱伟", member=False)
    _claim(db, schemes_set, 6, name="孙草稿")  # a draft: not on the sheet
    other_term = _claim(db, schemes_set, 7, name="李别期", term="2025-2026-2")
    _to_posting(db, posting)
    _pay(db, paid)
    _pay(db, other_term)
    with db.write() as s:
        doc = summary_document(s, TERM, today=dt.date(2026, 11, 20))
    pdf = _save(doc, tmp_path, "summary.pdf")
    _check_pages(pdf, tmp_path, pdf_check.A4_LANDSCAPE, 1)
    text = pdf_check.text(pdf)
    total = _subsidy(db, posting) + _subsidy(db, paid)
    assert "赵丽" in text and "钱伟" in text
    assert "孙草稿" not in text and "李别期" not in text
    assert id_number(4) in text and id_number(5) in text
    for header in (
        "序号",
        "姓名",
        "性别",
        "民族",
        "出生年月",
        "户籍性质",
        "户籍所在地",
        "身份证号",
        "专业",
        "年级",
    ):
        assert header in text
    assert "工会补助" in text and "职工教育经费" in text  # the split by source type
    assert format_yuan(total) in text
    assert "人民币" + capital_numerals_fen(total) in text.replace(" ", "")
    for line in ("单位负责人", "财务负责人", "填表人", "填表日期", "第1页共1页", "2025-2026学年第一学期"):
        assert line in text.replace(" ", "")
    with db.write() as s:
        masked = summary_document(s, TERM, masked=True)
    masked_text = pdf_check.text(_save(masked, tmp_path, "masked.pdf"))
    assert mask_id(id_number(4)) in masked_text and id_number(4) not in masked_text
    with pytest.raises(InputRejected, match="没有公示中或已支付"), db.write() as s:
        summary_document(s, "2030-2031-1")


def test_the_posting_list_is_masked_names_its_period_and_where_to_object(
    db: Database, schemes_set: int, tmp_path: Path
) -> None:
    cid = _claim(db, schemes_set, 8, name="吴芳")
    _to_posting(db, cid)
    with db.write() as s:
        doc = posting_document(s, today=dt.date(2026, 11, 2))
    pdf = _save(doc, tmp_path, "posting.pdf")
    _check_pages(pdf, tmp_path, pdf_check.A4_PORTRAIT, 1)
    text = pdf_check.text(pdf, layout=False).replace("\n", "")
    assert "吴芳" in text and mask_id(id_number(8)) in text and id_number(8) not in text
    assert format_yuan(_subsidy(db, cid)) in text
    assert "公示期：2026年11月01日至2026年11月07日" in text
    assert "南京某某电子有限公司工会" in text and "异议" in text
    with db.write() as s:
        set_setting(s, OBJECTION_KEY, "如有异议，请于公示期内致电工会办公室 025-12345678。")
        doc = posting_document(s)
    assert "025-12345678" in pdf_check.text(_save(doc, tmp_path, "p2.pdf"), layout=False)


def test_a_rare_name_prints_from_the_fallback_and_a_name_no_font_has_stops_the_sheet(
    db: Database, schemes_set: int, tmp_path: Path
) -> None:
    rare = "山\ufa11美穗"  # 﨑: not in WenQuanYi, in Droid Sans Fallback
    cid = _claim(db, schemes_set, 9, name=rare)
    _to_posting(db, cid)
    with db.write() as s:
        doc = summary_document(s, TERM)
    pdf = _save(doc, tmp_path, "rare.pdf")
    assert "DroidSansFallback" in {r.name.split("+", 1)[1] for r in pdf_check.assert_all_fonts_embedded(pdf)}
    assert rare in pdf_check.text(pdf)
    impossible = "王\U0002003e"  # 𠀾: in no font
    other = _claim(db, schemes_set, 10, name=impossible)
    _to_posting(db, other)
    with pytest.raises(MissingCharacter) as caught, db.write() as s:
        summary_document(s, TERM)
    assert impossible in caught.value.message and "U+2003E" in caught.value.message
    with db.read() as s:  # the refused sheet left no audit entry: nothing was printed
        details = s.scalars(select(AuditEntry.detail).where(AuditEntry.action == "print")).all()
    assert len(details) == 1
