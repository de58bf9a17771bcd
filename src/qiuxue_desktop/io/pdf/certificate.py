"""The certificate on paper: A4 landscape, one page a certificate — the title and wording as
issued, the holder (name, gender, month of birth), programme and period, the number, the QR code
of the signed code and the same code as text in groups of five, the issuer with the date and a
place for the seal.

`certificates_document` reads the certificates from the database (Permission.PRINT_LISTS; a
voided one is refused), checks every character against the fonts first, draws them with
progress and cancel, and records one `print` entry per certificate in the caller's unit of work.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from qiuxue_desktop.db.audit_trail import Pending, append
from qiuxue_desktop.domain import Learner
from qiuxue_desktop.domain.certificates import KINDS, Certificate
from qiuxue_desktop.domain.codes import GENDERS
from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.errors import InputRejected
from qiuxue_desktop.io.pdf.documents import PdfDocument, document_fonts
from qiuxue_desktop.io.pdf.fonts import FontSet, normalise
from qiuxue_desktop.io.pdf.qr import draw_qr
from qiuxue_desktop.io.pdf.sheet import A4_LANDSCAPE, MM, Sheet
from qiuxue_desktop.progress import NO_PROGRESS, Progress
from qiuxue_desktop.services.auth import require
from qiuxue_desktop.services.certificate_keys import group_code

RED = (0.62, 0.09, 0.09)
CODE_GROUPS_PER_LINE = 6
VERIFY_HINT = "核验：求学圆梦桌面版“证书 → 核验”中扫码或输入，或运行 qiuxue verify 验证码"
_DIGITS = "〇一二三四五六七八九"


def chinese_date(day: dt.date) -> str:
    """2026-11-29 → 二〇二六年十一月二十九日, as certificates write their date."""

    def small(n: int) -> str:
        if n < 10:
            return _DIGITS[n]
        tens, ones = divmod(n, 10)
        return ("十" if tens == 1 else _DIGITS[tens] + "十") + (_DIGITS[ones] if ones else "")

    year = "".join(_DIGITS[int(d)] for d in str(day.year))
    return f"{year}年{small(day.month)}月{small(day.day)}日"


@dataclass(frozen=True, slots=True)
class CertificatePage:
    number: str
    title: str
    body: str
    name: str
    gender: str
    birth_month: str
    programme: str
    period: str
    issuer: str
    issued_on: dt.date
    code: str  # base32, ungrouped: the QR code carries it as it is

    def texts(self) -> Iterable[tuple[str, str]]:
        """(where, text) for the character check: a refusal names the holder and the field."""
        who = f"证书 {self.number}（{self.name}）"
        for field, text in (
            ("持证人姓名", self.name),
            ("标题", self.title),
            ("正文", self.body),
            ("专业", self.programme),
            ("学习期间", self.period),
            ("颁发单位", self.issuer),
        ):
            yield f"{who}的{field}", text


def _spaced(title: str) -> str:
    """A short title spread out as certificates print it: 结 业 证 书."""
    return " ".join(title) if len(title) <= 6 else title


def draw_certificate(sheet: Sheet, page: CertificatePage) -> None:
    c = sheet.canvas
    left, right, top, bottom = sheet.left, sheet.right, sheet.top_edge, sheet.bottom - 7 * MM
    width = right - left
    # The frame: a heavy and a fine line in red.
    c.setStrokeColorRGB(*RED)
    c.setLineWidth(2.2)
    c.rect(left + 2 * MM, bottom + 2 * MM, width - 4 * MM, top - bottom - 4 * MM, stroke=1, fill=0)
    c.setLineWidth(0.6)
    c.rect(left + 4 * MM, bottom + 4 * MM, width - 8 * MM, top - bottom - 8 * MM, stroke=1, fill=0)
    c.setStrokeColorRGB(0, 0, 0)

    sheet.text(right - 10 * MM, top - 13 * MM, f"证书编号：{page.number}", 11, align="right")
    c.setFillColorRGB(*RED)
    c.setStrokeColorRGB(*RED)
    sheet.text(sheet.width / 2, sheet.top(36), _spaced(page.title), 40, align="centre", bold=True)
    c.setFillColorRGB(0, 0, 0)
    c.setStrokeColorRGB(0, 0, 0)

    holder = f"姓名：{page.name}　　性别：{page.gender}　　出生年月：{page.birth_month}"
    sheet.text(sheet.width / 2, sheet.top(54), holder, 15, align="centre")
    inner = left + 38 * MM
    inner_w = right - 38 * MM - inner
    size, lines = sheet.fit("　　" + page.body, 18, inner_w, 36 * MM, min_size=11)
    y = sheet.lines(inner, sheet.top(64), inner_w, lines, size)
    if page.programme:
        study = f"专业：{page.programme}" + (f"　　学习期间：{page.period}" if page.period else "")
        sheet.box_text(inner, min(y - 5 * MM, sheet.top(100)), inner_w, 8 * MM, study, 12, pad=0)

    # The verification code: the QR code bottom left, the same code as text beside it.
    qr_size = 34 * MM
    qr_x, qr_top = left + 10 * MM, bottom + 8 * MM + qr_size
    draw_qr(c, qr_x, qr_top, qr_size, page.code)
    groups = group_code(page.code).split(" ")
    code_lines = [
        " ".join(groups[i : i + CODE_GROUPS_PER_LINE]) for i in range(0, len(groups), CODE_GROUPS_PER_LINE)
    ]
    text_x = qr_x + qr_size + 2 * MM
    sheet.text(text_x, qr_top - 6 * MM, "证书验证码", 9, bold=True)
    y = qr_top - 11 * MM
    for line in code_lines:
        sheet.text(text_x, y, line, 8.5)
        y -= 4.2 * MM
    sheet.text(text_x, y - 1 * MM, VERIFY_HINT, 7)

    # The issuer and the date, with the seal's place over them.
    centre = right - 62 * MM
    seal_y = bottom + 30 * MM
    c.setStrokeGray(0.72)
    c.setDash(2, 2)
    c.setLineWidth(0.5)
    c.circle(centre, seal_y, 20 * MM, stroke=1, fill=0)
    c.setDash()
    c.setStrokeColorRGB(0, 0, 0)
    c.setFillGray(0.6)
    sheet.text(centre, seal_y - 16 * MM, "（盖章）", 8, align="centre")
    c.setFillGray(0)
    sheet.text(centre, seal_y + 4 * MM, page.issuer, 16, align="centre")
    sheet.text(centre, seal_y - 6 * MM, chinese_date(page.issued_on), 14, align="centre")


@contextlib.contextmanager
def _binary_streams() -> Iterator[None]:
    """Streams deflated only, not also ASCII85-encoded (reportlab's default: pure Python here, a
    fifth of the time of drawing a certificate page with its QR path, and a fifth more bytes).
    reportlab reads the flag when a page or the file is written; documents are made on one worker."""
    from reportlab import rl_config

    before = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = before


def render_certificates(
    pages: Sequence[CertificatePage], fonts: FontSet, *, author: str = "", progress: Progress = NO_PROGRESS
) -> bytes:
    """Every certificate on a page of its own, in order."""
    title = pages[0].title if len(pages) == 1 else "证书"
    progress.set(0, len(pages), "正在生成证书……")
    with _binary_streams():
        sheet = Sheet(fonts, A4_LANDSCAPE, title=title, subject="证书", author=author)
        for i, page in enumerate(pages):
            if i % 20 == 0:
                progress.check()
                progress.set(i)
            draw_certificate(sheet, page)
            sheet.end_page()
        progress.set(len(pages))
        return sheet.finish()


# --- from the database ------------------------------------------------------------------------


def _pages(session: Session, ids: Sequence[int]) -> list[tuple[Certificate, CertificatePage]]:
    rows = {
        cert.id: (cert, learner)
        for cert, learner in session.execute(
            select(Certificate, Learner)
            .join(Learner, Learner.id == Certificate.learner_id)
            .where(Certificate.id.in_(ids))
        )
    }
    out: list[tuple[Certificate, CertificatePage]] = []
    for cid in ids:
        if cid not in rows:
            raise InputRejected(f"没有编号为 {cid} 的证书。")
        cert, learner = rows[cid]
        if cert.voided_at is not None:
            raise InputRejected(f"证书 {cert.number}（{cert.holder_name}）已作废，不能打印。")
        page = CertificatePage(
            number=cert.number,
            title=normalise(cert.title),
            body=normalise(cert.body),
            name=normalise(cert.holder_name),
            gender=GENDERS.get(learner.gender, ""),
            birth_month=f"{learner.birth_date.year}年{learner.birth_date.month}月",
            programme=normalise(cert.programme),
            period=normalise(cert.period),
            issuer=normalise(cert.issuer),
            issued_on=cert.issued_on,
            code=cert.code,
        )
        out.append((cert, page))
    return out


def certificates_document(
    session: Session, certificate_ids: Sequence[int], *, progress: Progress = NO_PROGRESS
) -> PdfDocument:
    """The certificates `certificate_ids` (in that order) as one PDF, each print on record."""
    require(session, Permission.PRINT_LISTS)
    ids = list(dict.fromkeys(certificate_ids))
    if not ids:
        raise InputRejected("没有选中要打印的证书。")
    made = _pages(session, ids)
    pages = [page for _cert, page in made]
    fonts = document_fonts(session)
    fonts.check(item for page in pages for item in page.texts())
    data = render_certificates(pages, fonts, author=pages[0].issuer, progress=progress)
    append(
        session,
        [
            Pending(
                "print",
                "certificate",
                cert.record_id,
                detail=f"打印{KINDS[cert.kind]} {cert.number}（{cert.holder_name}）",
            )
            for cert, _page in made
        ],
    )
    first = made[0][0]
    if len(made) == 1:
        title, file_name = (
            f"{first.title} {first.number} {first.holder_name}",
            f"证书_{first.number}_{first.holder_name}.pdf",
        )
    else:
        title, file_name = (
            f"证书 {len(made)} 张（{first.number} 等）",
            f"证书_{len(made)}张_{first.number}等.pdf",
        )
    return PdfDocument(data, len(pages), title, file_name)
