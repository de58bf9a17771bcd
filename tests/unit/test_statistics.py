"""The annual statistics report to the person and the 分 on small hand-built data — learners
funded, the amounts by source, by level, by study form and by department, graduates, a
correction counted net in its own year — and its files as a user would open them: the
workbook through LibreOffice and read back, the PDF through poppler (fonts embedded, the text,
the pages), each export in the audit trail."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from tests import pdf_check
from tests.acceptance.test_roster_libreoffice import convert
from tests.unit.claim_samples import add_people, as_user
from tests.unit.fund_samples import Person, claim, scheme
from tests.unit.study_samples import add_learner, add_programme, move, studying

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain import AuditEntry
from qiuxue_desktop.domain.claims import POSTING
from qiuxue_desktop.errors import InputRejected, NotPermitted
from qiuxue_desktop.io.excel.statistics import export_statistics_xlsx
from qiuxue_desktop.io.pdf.statistics_report import export_statistics_pdf
from qiuxue_desktop.services.funds import fund_ledger, save_fund_year
from qiuxue_desktop.services.guards import start_correction
from qiuxue_desktop.services.statistics import AnnualStatistics, annual_statistics, statistics_years

TODAY = dt.date(2026, 11, 20)


def _build(db: Database, enterprise_id: int) -> None:
    """a (高起专, 成人高考) and b, c (专升本, 开放教育); a and b in 总装车间, c in 财务部; d graduates and
    e completes in 2025. c's ¥3,000 of 2025 is corrected to ¥2,500 in 2026."""
    with db.write() as s:
        p1 = add_programme(s, enterprise_id)  # 10285 苏州大学, level 1, form 1
        p2 = add_programme(
            s,
            enterprise_id,
            code="10386",
            institution_name="福建开放大学",
            name="会计学",
            level="2",
            form="2",
        )

        def person(seq: int, programme_id: int, department: str = "总装车间") -> Person:
            prior = "3" if programme_id == p2.id else "2"  # 专升本 needs 大专
            lid = add_learner(s, enterprise_id, seq, department=department, prior=prior)
            return Person(lid, studying(s, lid, programme_id, f"S{seq:05d}", today=TODAY))

        a, b, c = person(1, p1.id), person(2, p2.id), person(3, p2.id, "财务部")
        d, e = person(4, p1.id), person(5, p2.id)
        move(s, d.enrolment_id, ("graduated", dt.date(2025, 7, 1), "102855202506000004"), today=TODAY)
        move(s, e.enrolment_id, ("completed", dt.date(2025, 12, 20)), today=TODAY)

        union = scheme(s, "市总工会入学资助", "union")
        fund = scheme(s, "企业学历提升报销", "edu_fund", funder="本企业", service_months=24)
        claim(s, a, [(union, 100_000), (fund, 200_000), (None, 50_000)], paid_on=dt.date(2025, 3, 1))
        claim(s, b, [(union, 150_000)], paid_on=dt.date(2025, 10, 1))
        original = claim(s, c, [(fund, 300_000)], paid_on=dt.date(2025, 12, 31))
        claim(s, a, [(union, 100_000)], paid_on=dt.date(2024, 6, 1))  # another year
        claim(s, a, [(union, 120_000)], state=POSTING, budget_year=2025)  # not paid
        claim(s, b, [(union, 100_000)], paid_on=dt.date(2026, 3, 1))
        correction = claim(s, c, [(fund, 250_000)], paid_on=dt.date(2026, 2, 1), corrects=original)
        start_correction(s, original, "报销金额录错")
        original.superseded_by_id = correction.id
        save_fund_year(s, 2026, 100_000_000, 250)


@pytest.fixture
def year_2025(db: Database, enterprise_id: int) -> AnnualStatistics:
    _build(db, enterprise_id)
    with db.read() as s:
        return annual_statistics(s, enterprise_id, 2025, today=TODAY)


def test_the_years_figures_and_the_money_by_source(year_2025: AnnualStatistics) -> None:
    r = year_2025
    assert r.title == "2025年度求学圆梦行动统计报表" and r.enterprise == "南京某某电子有限公司"
    assert r.sources == ("工会补助", "职工教育经费")
    assert (r.learners, r.claims, r.amount_fen, r.graduates, r.completed) == (3, 3, 750_000, 1, 1)
    assert [(x.label, x.learners, x.claims, x.amount_fen) for x in r.by_source] == [
        ("工会补助", 2, 2, 250_000),
        ("职工教育经费", 2, 2, 500_000),
    ]


def _rows(r: AnnualStatistics, title: str) -> list[tuple[object, ...]]:
    table = next(t for t in r.breakdowns if t.title == title)
    return [
        (x.label, x.learners, x.amounts, x.total_fen, x.graduates, x.completed)
        for x in (*table.rows, table.total)
    ]


def test_by_level_by_study_form_and_by_department_with_totals(year_2025: AnnualStatistics) -> None:
    assert _rows(year_2025, "按层次") == [
        ("高起专", 1, (100_000, 200_000), 300_000, 1, 0),
        ("专升本", 2, (150_000, 300_000), 450_000, 0, 1),
        ("合计", 3, (250_000, 500_000), 750_000, 1, 1),
    ]
    assert _rows(year_2025, "按学习形式") == [
        ("成人高考", 1, (100_000, 200_000), 300_000, 1, 0),
        ("开放教育", 2, (150_000, 300_000), 450_000, 0, 1),
        ("合计", 3, (250_000, 500_000), 750_000, 1, 1),
    ]
    assert _rows(year_2025, "按部门") == [
        ("总装车间", 2, (250_000, 200_000), 450_000, 1, 1),
        ("财务部", 1, (0, 300_000), 300_000, 0, 0),
        ("合计", 3, (250_000, 500_000), 750_000, 1, 1),
    ]


def test_a_correction_counts_net_in_its_own_year_as_the_fund_ledger_does(
    db: Database, enterprise_id: int
) -> None:
    _build(db, enterprise_id)
    with db.read() as s:
        r = annual_statistics(s, enterprise_id, 2026, today=TODAY)
        ledger = fund_ledger(s, 2026)
    # b's ¥1,000; c's ¥2,500 correction less the ¥3,000 it replaces: c is not counted as funded
    assert (r.learners, r.claims, r.amount_fen) == (1, 1, 50_000)
    assert [(x.label, x.learners, x.claims, x.amount_fen) for x in r.by_source] == [
        ("工会补助", 1, 1, 100_000),
        ("职工教育经费", 0, 0, -50_000),
    ]
    assert ledger.claims_paid_fen == -50_000 == r.by_source[1].amount_fen
    with db.read() as s:
        assert annual_statistics(s, enterprise_id, 2025, today=TODAY).amount_fen == 750_000  # unchanged


def test_a_year_without_anything_and_the_years_offered(db: Database, enterprise_id: int) -> None:
    _build(db, enterprise_id)
    with db.read() as s:
        empty = annual_statistics(s, enterprise_id, 2023, today=TODAY)
        years = statistics_years(s, enterprise_id, today=TODAY)
        with pytest.raises(InputRejected, match="统计年度应在2000到2100之间"):
            annual_statistics(s, enterprise_id, 1999)
    assert (empty.learners, empty.amount_fen, empty.sources, empty.by_source) == (0, 0, (), ())
    assert all(not t.rows for t in empty.breakdowns)
    assert years == [2026, 2025, 2024]  # from the first payment (2024) to this year


@pytest.mark.sqlite_only("the files do not depend on the database engine; LibreOffice is slow")
def test_the_workbook_opens_in_libreoffice_with_its_tables_totals_and_charts(
    db: Database, enterprise_id: int, tmp_path: Path
) -> None:
    _build(db, enterprise_id)
    target = tmp_path / "统计2025.xlsx"
    with db.write() as s:
        export_statistics_xlsx(s, enterprise_id, 2025, target)
    calc = convert(target, "xlsx:Calc MS Excel 2007 XML", tmp_path / "calc")
    wb = load_workbook(calc)
    assert wb.sheetnames == ["总览", "按经费来源", "按层次", "按学习形式", "按部门", "图表"]
    level = [[c.value for c in row] for row in wb["按层次"].iter_rows(min_row=4)]
    assert level[0] == [
        "层次", "资助人数（人）", "工会补助（元）", "职工教育经费（元）", "金额合计（元）", "毕业人数（人）", "结业人数（人）"
    ]  # fmt: skip
    assert level[1:] == [
        ["高起专", 1, 1000, 2000, 3000, 1, 0],
        ["专升本", 2, 1500, 3000, 4500, 0, 1],
        ["合计", 3, 2500, 5000, 7500, 1, 1],
    ]
    assert wb["按层次"]["C5"].number_format == "#,##0.00"
    sources = [[c.value for c in row] for row in wb["按经费来源"].iter_rows(min_row=5)]
    assert sources == [["工会补助", 2, 2, 2500], ["职工教育经费", 2, 2, 5000], ["合计", 3, 3, 7500]]
    summary = {row[0].value: row[1].value for row in wb["总览"].iter_rows(min_row=5, max_row=9)}
    assert summary == {
        "资助人数（人）": 3,
        "资助人次": 3,
        "资助金额（元）": 7500,
        "毕业人数（人）": 1,
        "结业人数（人）": 1,
    }
    assert wb["总览"]["A2"].value == "单位：南京某某电子有限公司"
    assert len(wb["图表"]._charts) == 2  # both bar charts survived Calc
    with db.read() as s:
        detail = s.scalars(select(AuditEntry.detail).where(AuditEntry.action == "export")).one()
    assert "2025年度统计报表（Excel）统计2025.xlsx" in detail


@pytest.mark.sqlite_only("the files do not depend on the database engine")
def test_the_pdf_has_its_fonts_embedded_and_reads_back(
    db: Database, enterprise_id: int, tmp_path: Path
) -> None:
    _build(db, enterprise_id)
    target = tmp_path / "统计2025.pdf"
    with db.write() as s:
        export_statistics_pdf(s, enterprise_id, 2025, target)
    pdf_check.qpdf_check(target)
    pdf_check.assert_all_fonts_embedded(target)
    info = pdf_check.info(target)
    assert info.pages == 2
    assert all(size == pytest.approx(pdf_check.A4_PORTRAIT, abs=1) for size in info.sizes)
    text = pdf_check.text(target)
    compact = "".join(text.split())
    for expected in (
        "2025年度求学圆梦行动统计报表",
        "单位：南京某某电子有限公司",
        "统计期间：2025年1月1日至12月31日",
        "¥7,500.00",
        "按层次",
        "2025年资助金额（按层次，按经费来源分色）",
        "第1页共2页",
        "第2页共2页",
        "按部门",
    ):
        assert expected in compact, expected
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert "专升本 2 1,500.00 3,000.00 4,500.00 0 1" in lines
    assert "合计 3 2,500.00 5,000.00 7,500.00 1 1" in lines
    assert "财务部 1 0.00 3,000.00 3,000.00 0 0" in lines
    for page in pdf_check.render(target, tmp_path / "pages", dpi=40):
        assert pdf_check.ink(page) > 0 and pdf_check.ink_in_border(page, 40, 10) == 0
    with db.read() as s:
        detail = s.scalars(select(AuditEntry.detail).where(AuditEntry.action == "export")).one()
    assert "2025年度统计报表（PDF，2 页） 统计2025.pdf" in detail


def test_exporting_needs_the_right_to_print_lists(db: Database, enterprise_id: int, tmp_path: Path) -> None:
    _build(db, enterprise_id)
    add_people(db)
    with as_user(db, "viewer").write() as s, pytest.raises(NotPermitted):
        export_statistics_xlsx(s, enterprise_id, 2025, tmp_path / "x.xlsx")
    with as_user(db, "viewer").read() as s:
        assert annual_statistics(s, enterprise_id, 2025).learners == 3  # a viewer sees the figures
    assert not (tmp_path / "x.xlsx").exists()
    with as_user(db, "finance").write() as s:
        export_statistics_pdf(s, enterprise_id, 2025, tmp_path / "x.pdf")
    assert (tmp_path / "x.pdf").stat().st_size > 0
