"""The survey on paper and in the union's report, read back as a person would: the questionnaire
and the report PDFs through pdffonts, pdftotext and qpdf, rendered with nothing in the border;
the report workbook opened with openpyxl — and neither shows who answered what."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from tests import pdf_check
from tests.unit.survey_samples import departments, people, sheet, survey

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain import Learner
from qiuxue_desktop.io.excel.survey_report import export_survey_xlsx
from qiuxue_desktop.io.pdf.questionnaire import questionnaire_document
from qiuxue_desktop.io.pdf.survey_report import export_survey_pdf
from qiuxue_desktop.services.surveys import record_sheets


def test_the_paper_questionnaire_reads_back(tmp_path: Path, db: Database, enterprise_id: int) -> None:
    info = survey(db, enterprise_id)
    with db.write() as s:
        document = questionnaire_document(s, info.id)
    pdf = tmp_path / "问卷.pdf"
    pdf.write_bytes(document.data)
    pdf_check.assert_all_fonts_embedded(pdf)
    pdf_check.qpdf_check(pdf)
    found = pdf_check.info(pdf)
    assert found.pages == document.pages >= 1
    assert all(size == pytest.approx(pdf_check.A4_PORTRAIT, abs=1) for size in found.sizes)
    text = pdf_check.text(pdf, layout=False).replace(" ", "")
    for q in info.questions:
        assert f"{q.position}.{q.text}".replace(" ", "")[:12] in text
    assert "本问卷不记名" in text and "非常满意" in text and "假期集中面授" in text
    assert "姓名：" not in text  # an anonymous form asks for no name
    assert f"共{document.pages}页" in text
    for page in pdf_check.render(pdf, tmp_path / "pages", dpi=40):
        assert pdf_check.ink_in_border(page, 40, 8) == 0


def test_the_term_report_as_pdf_and_workbook_names_no_one(
    tmp_path: Path, db: Database, enterprise_id: int
) -> None:
    ids, _ = people(db, enterprise_id, ["总装车间", "机加工车间", "质检部"])
    depts = departments(db, enterprise_id)
    info = survey(db, enterprise_id, anonymous=False)
    sheets = [sheet(info, [5], text="周末上课好", department_id=depts["总装车间"], learner_id=ids[0])]
    sheets += [sheet(info, [2], text="考试撞上夜班", learner_id=ids[1])]
    sheets += [sheet(info, [3], learner_id=ids[2])]
    with db.write() as s:
        record_sheets(s, info.id, sheets)
        names = list(s.scalars(select(Learner.name)))
        export_survey_pdf(s, info.id, tmp_path / "报告.pdf")
        export_survey_xlsx(s, info.id, tmp_path / "报告.xlsx")
    pdf = tmp_path / "报告.pdf"
    pdf_check.assert_all_fonts_embedded(pdf)
    pdf_check.qpdf_check(pdf)
    text = pdf_check.text(pdf, layout=False).replace(" ", "")
    assert "答卷3份" in text and "预警线3.5分" in text
    assert "预警：第1题" in text and "平均3.33分，低于预警线3.5分" in text
    assert "考试撞上夜班" in text and "周末上课好" in text
    assert "按部门" in text and "其他" in text  # three groups of one sheet each: none shown apart
    assert not any(name in text for name in names)
    wb = load_workbook(tmp_path / "报告.xlsx")
    assert wb.sheetnames == ["按题目", "按部门", "按专业", "按院校", "按学期", "意见建议", "说明"]
    values = [str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None]
    assert not any(name in v for v in values for name in names)
    first = wb["按题目"]
    assert first.cell(row=4, column=2).value == info.questions[0].text
    assert first.cell(row=4, column=6).value == pytest.approx(3.33, abs=0.01)
    assert len(first._charts) == 1
    assert [r[0] for r in wb["按部门"].iter_rows(min_row=4, values_only=True)] == [
        "其他（3个组，每组不足3份）"
    ]
    assert sorted(r[2] for r in wb["意见建议"].iter_rows(min_row=4, values_only=True)) == [
        "周末上课好",
        "考试撞上夜班",
    ]
