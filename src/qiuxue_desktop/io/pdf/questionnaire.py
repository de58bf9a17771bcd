"""The paper questionnaire (A4 portrait) for a workshop where phones are not allowed: the survey's
title and term, what it is for and whether it is anonymous, the person's department and programme
(and, on a named survey, name and 工号), then each question — five tick boxes from 非常满意 to
非常不满意, a tick box per option, or ruled lines to write on — with 第 N 页 共 M 页. Also `Flow`,
the top-down page filler the survey report uses too.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.domain.surveys import CHOICE, SCALE, SCALE_LABELS
from qiuxue_desktop.io.pdf.documents import PdfDocument, document_fonts, enterprise_record, term_text
from qiuxue_desktop.io.pdf.fonts import FontSet
from qiuxue_desktop.io.pdf.sheet import A4_PORTRAIT, MM, Sheet
from qiuxue_desktop.services import audit
from qiuxue_desktop.services.auth import require
from qiuxue_desktop.services.surveys import QuestionInfo, SurveyInfo, survey_info

SIZE = 10.5
TEXT_LINES = 4


class Flow:
    """Fills pages from the top down; `room(h)` starts a page when `h` points do not fit. Pages
    are numbered 第 N 页 共 M 页 with `total` known on the second pass (the first counts)."""

    def __init__(self, sheet: Sheet, total: int, continued: Callable[[Flow], None] | None = None) -> None:
        self.sheet = sheet
        self.total = total
        self.y = sheet.top(0)
        self._continued = continued

    def room(self, height: float) -> None:
        if self.y - height < self.sheet.bottom:
            self.new_page()

    def new_page(self) -> None:
        self.sheet.page_number(self.sheet.pages + 1, self.total or self.sheet.pages + 1)
        self.sheet.end_page()
        self.y = self.sheet.top(0)
        if self._continued is not None:
            self._continued(self)

    def paragraph(self, text: str, size: float, *, bold: bool = False, indent: float = 0) -> None:
        s = self.sheet
        for line in s.wrap(text, size, s.content_width - indent):
            self.room(size * 1.35)
            s.text(s.left + indent, self.y - size, line, size, bold=bold)
            self.y -= size * 1.35

    def finish(self) -> tuple[bytes, int]:
        self.sheet.page_number(self.sheet.pages + 1, self.total or self.sheet.pages + 1)
        self.sheet.end_page()
        return self.sheet.finish(), self.sheet.pages


def _intro(info: SurveyInfo) -> str:
    if info.intro:
        return info.intro
    if info.anonymous:
        return (
            "为了把学习安排得更好，请根据实际情况在□内打“√”，或写下您的意见。本问卷不记名，"
            f"结果只按题目和部门、专业统计，不足{info.min_group}人的部门或专业不单独统计。"
        )
    return "为了把学习安排得更好，请根据实际情况在□内打“√”，或写下您的意见。本问卷记名，结果只以统计形式报告，不公开个人的答案。"


def _boxes(f: Flow, labels: list[str], x0: float) -> None:
    s = f.sheet
    x = x0
    for label in labels:
        w = 5 * MM + s.fonts.width(label, SIZE) + 6 * MM
        if x + w > s.right and x > x0:
            f.y -= SIZE * 1.8
            x = x0
        f.room(SIZE * 1.8)
        s.checkbox(x, f.y - SIZE, SIZE)
        s.text(x + 4.5 * MM, f.y - SIZE, label, SIZE)
        x += w
    f.y -= SIZE * 1.9


def _question(f: Flow, q: QuestionInfo) -> None:
    s = f.sheet
    lines = s.wrap(f"{q.position}. {q.text}", SIZE, s.content_width)
    needed = len(lines) * SIZE * 1.4 + (TEXT_LINES * 8 * MM if q.kind not in (SCALE, CHOICE) else SIZE * 2.2)
    f.room(needed)
    for line in lines:
        s.text(s.left, f.y - SIZE, line, SIZE, bold=True)
        f.y -= SIZE * 1.4
    f.y -= 1 * MM
    if q.kind == SCALE:
        _boxes(f, [f"{SCALE_LABELS[n]}" for n in (5, 4, 3, 2, 1)], s.left + 5 * MM)
    elif q.kind == CHOICE:
        _boxes(f, list(q.options), s.left + 5 * MM)
    else:
        for _ in range(TEXT_LINES):
            f.y -= 8 * MM
            s.hline(s.left + 5 * MM, s.right, f.y, line=0.4)
        f.y -= 3 * MM
    f.y -= 2.5 * MM


def _draw(info: SurveyInfo, enterprise: str, fonts: FontSet, total: int) -> tuple[bytes, int]:
    sheet = Sheet(fonts, A4_PORTRAIT, title=info.title, subject=term_text(info.term), author=enterprise)
    f = Flow(sheet, total)
    sheet.text(sheet.width / 2, f.y - 16, info.title, 16, align="centre", bold=True)
    f.y -= 24
    sheet.text(sheet.width / 2, f.y - 10, f"{enterprise}　{term_text(info.term)}", 10, align="centre")
    f.y -= 20
    f.paragraph(_intro(info), 9.5)
    f.y -= 3 * MM
    fields = (
        ["所在部门", "就读院校和专业"] if info.anonymous else ["姓名", "工号", "所在部门", "就读院校和专业"]
    )
    x = sheet.left
    for name in fields:
        width = sheet.content_width / len(fields)
        used = sheet.text(x, f.y - SIZE, f"{name}：", SIZE)
        sheet.hline(x + used, x + width - 4 * MM, f.y - SIZE - 1.5, line=0.5)
        x += width
    f.y -= SIZE * 2.6
    sheet.hline(sheet.left, sheet.right, f.y + 2 * MM, line=0.8)
    for q in info.questions:
        _question(f, q)
    f.room(14)
    sheet.text(sheet.width / 2, f.y - 11, "问卷到此结束，谢谢您的参与！", 10, align="centre")
    return f.finish()


def render_questionnaire(info: SurveyInfo, enterprise: str, fonts: FontSet) -> tuple[bytes, int]:
    fonts.check(
        [("问卷标题", info.title), ("问卷说明", _intro(info)), ("企业名称", enterprise)]
        + [(f"第{q.position}题", q.text + "".join(q.options)) for q in info.questions]
    )
    _data, pages = _draw(info, enterprise, fonts, 0)
    return _draw(info, enterprise, fonts, pages)


def questionnaire_document(session: Session, survey_id: int) -> PdfDocument:
    """The survey's paper form, recorded in the audit trail."""
    require(session, Permission.PRINT_LISTS)
    info = survey_info(session, survey_id)
    enterprise = enterprise_record(session).name
    data, pages = render_questionnaire(info, enterprise, document_fonts(session))
    audit.record(
        session,
        "print",
        table="survey",
        record_key=info.term,
        detail=f"打印纸质问卷：{info.title}（{info.term}）",
    )
    return PdfDocument(data, pages, f"{info.title}（{info.term}）", f"问卷_{info.term}.pdf")
