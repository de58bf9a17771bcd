"""Certificates in bulk: 1,000 A4 certificates with their QR codes against a bare reportlab
script drawing the same page without a QR code 1,000 times (issue 5: at most 5 ×, and under
5 KB a page).

- measured: `io.pdf.certificate.render_certificates` of 1,000 pages (each page's texts through
  the FontSet's runs, the body wrapped, the code in groups, the QR code encoded by segno and
  drawn as merged runs in one path), the document saved.
- baseline: the same fonts registered with reportlab, the same texts drawn with plain
  `drawString` at the same places (the body's lines wrapped once beforehand), the frame and the
  seal's circle — no QR code — 1,000 pages, saved.
- information: the whole way through the services on a database — 1,000 结业证书 issued
  (numbers, wording, Ed25519 signatures) and then printed by `certificates_document` (read back,
  every character checked, drawn, one audit entry per certificate) — against the same baseline.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import time
from pathlib import Path

from _common import Figure, log, median_of, parser, run_in_workdir

N = 1_000
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
NAMES = ("张伟", "王芳", "李娜", "刘洋", "陈晓燕", "欧阳娜娜", "赵丽", "孙敏", "周杰", "吴芳")


def _pages(n: int) -> list:  # type: ignore[type-arg]
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from qiuxue_desktop.io.pdf.certificate import CertificatePage
    from qiuxue_desktop.services.certificate_keys import CodeContent, SigningKey
    from qiuxue_desktop.services.certificate_wording import DEFAULT_BODIES, fill

    key = SigningKey(1, Ed25519PrivateKey.generate())
    on = dt.date(2026, 11, 29)
    pages = []
    for i in range(n):
        name = NAMES[i % len(NAMES)]
        values = {
            "姓名": name,
            "院校": "苏州大学",
            "专业": "机电一体化技术",
            "层次": "高起专",
            "起止": "2024年9月至2026年7月",
        }
        pages.append(
            CertificatePage(
                number=f"JSMM-2026-JY-{i + 1:04d}",
                title="结业证书",
                body=fill(DEFAULT_BODIES["JY"], values),
                name=name,
                gender="女" if i % 2 else "男",
                birth_month="1990年1月",
                programme="苏州大学机电一体化技术（高起专）",
                period="2024年9月至2026年7月",
                issuer="江苏某某机械制造有限公司",
                issued_on=on,
                code=key.sign(CodeContent(1, "JY", i + 1, on, "JSMM", name)),
            )
        )
    return pages


def measured(pages: list, out: Path) -> float:  # type: ignore[type-arg]
    from qiuxue_desktop.io.pdf.certificate import render_certificates
    from qiuxue_desktop.io.pdf.fonts import FontSet

    fonts = FontSet()
    t0 = time.perf_counter()
    data = render_certificates(pages, fonts, author="bench")
    out.write_bytes(data)
    return time.perf_counter() - t0


def baseline(pages: list, out: Path) -> float:  # type: ignore[type-arg]
    """The bare script: reportlab, the bundled fonts, the same texts where the page draws them."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    from qiuxue_desktop import paths
    from qiuxue_desktop.io.pdf.certificate import VERIFY_HINT, chinese_date
    from qiuxue_desktop.io.pdf.sheet import A4_LANDSCAPE, MM
    from qiuxue_desktop.services.certificate_keys import group_code

    if "BareCJK" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("BareCJK", str(paths.resource_path("fonts", "wqy-zenhei.ttc"))))
    width, height = A4_LANDSCAPE
    t0 = time.perf_counter()
    c = Canvas(str(out), pagesize=A4_LANDSCAPE, pageCompression=1, initialFontName="BareCJK")
    body_lines = None
    for page in pages:
        c.setStrokeColorRGB(0.62, 0.09, 0.09)
        c.setLineWidth(2.2)
        c.rect(40, 40, width - 80, height - 80)
        c.setLineWidth(0.6)
        c.rect(46, 46, width - 92, height - 92)
        c.setStrokeColorRGB(0, 0, 0)
        c.setFont("BareCJK", 11)
        c.drawRightString(width - 60, height - 70, f"证书编号：{page.number}")
        c.setFillColorRGB(0.62, 0.09, 0.09)
        c.setFont("BareCJK", 40)
        c.drawCentredString(width / 2, height - 130, " ".join(page.title), mode=2)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("BareCJK", 15)
        c.drawCentredString(
            width / 2,
            height - 190,
            f"姓名：{page.name}　　性别：{page.gender}　　出生年月：{page.birth_month}",
        )
        if body_lines is None:  # the wrapping, done once: a bare script knows its lines
            text = "　　" + page.body
            body_lines = [text[i : i + 33] for i in range(0, len(text), 33)]
        c.setFont("BareCJK", 18)
        for k, line in enumerate(body_lines):
            c.drawString(150, height - 230 - 22 * k, line.replace(NAMES[0], page.name))
        c.setFont("BareCJK", 12)
        c.drawString(150, height - 320, f"专业：{page.programme}　　学习期间：{page.period}")
        groups = group_code(page.code).split(" ")
        c.setFont("BareCJK", 9)
        c.drawString(150, 150, "证书验证码", mode=2)
        c.setFont("BareCJK", 8.5)
        for k in range(0, len(groups), 6):
            c.drawString(150, 135 - 2 * k, " ".join(groups[k : k + 6]))
        c.setFont("BareCJK", 7)
        c.drawString(150, 70, VERIFY_HINT)
        c.setStrokeGray(0.72)
        c.setDash(2, 2)
        c.circle(width - 210, 140, 20 * MM)
        c.setDash()
        c.setFont("BareCJK", 16)
        c.drawCentredString(width - 210, 150, page.issuer)
        c.setFont("BareCJK", 14)
        c.drawCentredString(width - 210, 122, chinese_date(page.issued_on))
        c.showPage()
    c.save()
    return time.perf_counter() - t0


def through_services(work: Path, n: int) -> float:
    """Issue n 结业证书 on a database and print them: (seconds)."""
    from tests.unit.study_samples import add_programme, id_number, move, studying

    from qiuxue_desktop.db.migrate import open_database
    from qiuxue_desktop.io.pdf.certificate import certificates_document
    from qiuxue_desktop.services.certificates import issue_certificates
    from qiuxue_desktop.services.enterprise import create_enterprise
    from qiuxue_desktop.services.learners import register_learner

    path = work / f"certificates-{time.monotonic_ns()}.sqlite3"
    db = open_database(str(path), backup_dir=work / "backups")
    try:
        with db.write() as s:
            eid = create_enterprise(
                s, name="江苏某某机械制造有限公司", uscc="91110000600037341L", short_code="JSMM"
            )
            programme = add_programme(s, eid)
            enrolments = []
            for i in range(n):
                values = {
                    "name": NAMES[i % len(NAMES)],
                    "id_number": id_number(i % 1000, birth=f"{1980 + i // 1000}0101"),
                    "phone": f"138{i:08d}",
                    "department": "总装车间",
                    "post_category": "1",
                    "hire_date": dt.date(2015, 3, 1),
                    "hukou_type": "1",
                    "prior_education": "2",
                }
                lid = register_learner(s, enterprise_id=eid, values=values)
                e = studying(s, lid, programme.id, f"2024{i:05d}")
                move(s, e, ("completed", dt.date(2026, 7, 1)))
                enrolments.append(e)
        t0 = time.perf_counter()
        with db.write() as s:
            ids = issue_certificates(s, "JY", enrolment_ids=enrolments, issued_on=dt.date(2026, 11, 29))
        with db.write() as s:
            doc = certificates_document(s, ids)
        (work / "services.pdf").write_bytes(doc.data)
        return time.perf_counter() - t0
    finally:
        db.dispose()
        path.unlink(missing_ok=True)


def run(work: Path) -> list[Figure]:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.unit.study_samples
    log(f"making {N} signed certificate pages")
    pages = _pages(N)
    measured(pages[:20], work / "warm.pdf")  # fonts loaded, first imports paid on both sides
    baseline(pages[:20], work / "warm-bare.pdf")
    ours, bare = [], []
    for r in range(ROUNDS):
        log(f"round {r + 1}/{ROUNDS}")
        ours.append(measured(pages, work / "certificates.pdf"))
        bare.append(baseline(pages, work / "bare.pdf"))
    size_kb = os.path.getsize(work / "certificates.pdf") / 1024 / N
    bare_kb = os.path.getsize(work / "bare.pdf") / 1024 / N
    log(f"file: {size_kb:.2f} KB a page with the QR code, {bare_kb:.2f} KB a page for the bare script")
    log("issuing and printing through the services")
    services = through_services(work, N)
    base = median_of(bare)
    return [
        Figure(
            f"{N:,} certificates with QR codes",
            median_of(ours),
            base,
            max_ratio=5.0,
            baseline_name=f"bare reportlab, the same page without a QR code, {N:,} times",
        ),
        Figure(
            "file size a page", size_kb, 5.0, unit="KB", max_absolute=5.0, baseline_name="the 5 KB target"
        ),
        Figure(
            f"{N:,} issued (signed) and printed through the services",
            services,
            base,
            baseline_name="the same bare reportlab run",
        ),
    ]


def main() -> int:
    args = parser(__doc__ or "").parse_args()
    return run_in_workdir(args.workdir, "qiuxue-bench-cert-", run, as_json=args.json)


if __name__ == "__main__":
    raise SystemExit(main())
