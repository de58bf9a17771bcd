"""`qiuxue-desktop --selftest`: prove that this installation works, from source or frozen.

Everything happens in a fresh temporary folder (QIUXUE_BASE points there, so no user data,
setting or log is touched) and is removed afterwards. The steps, in order:

1. version and resources: the version number, the bundled fonts on disk;
2. database: a new SQLite file migrated through every Alembic revision to the head;
3. roster: the roster template written, five learners filled in, read back and imported;
4. pdf: a tiny demo (create_demo) and the claim form of one of its claims, rendered by PDFium
   and its text read back (the font and the name are in it);
5. native libraries: an argon2id hash, AES-GCM, the PostgreSQL driver and its libpq;
6. window: the main window opened on the roster's database (offscreen when there is no
   display), its learner count read from the status bar, closed.

Each step prints one line; the first failure prints the step's name and the error and the
self-test exits 1 (0 when every step passed). In the windowed Windows executable there is no
console: the lines then go to qiuxue-selftest.txt in the temporary folder (%TEMP%).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

ROSTER_SIZE = 5
DEMO_LEARNERS = 12
WINDOW_TIMEOUT_MS = 60_000
REPORT_NAME = "qiuxue-selftest.txt"


class SelfTestFailed(Exception):
    """A check that ran but found something wrong (as opposed to an exception inside a step)."""


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestFailed(message)


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def needs_offscreen(environ: dict[str, str] | os._Environ[str] = os.environ) -> bool:
    """On Linux without a display, Qt aborts unless it is told to draw offscreen."""
    if not sys.platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return False
    return not (environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


# --- the steps --------------------------------------------------------------------------------


def step_version(work: Path) -> str:
    from qiuxue_desktop import __version__, paths

    _check(bool(__version__) and __version__[0].isdigit(), f"版本号不对：{__version__!r}")
    fonts = [paths.resource_path("fonts", n) for n in ("wqy-zenhei.ttc", "DroidSansFallbackFull.ttf")]
    missing = [str(f) for f in fonts if not f.is_file()]
    _check(not missing, f"缺少字体文件：{', '.join(missing)}")
    where = "frozen bundle" if is_frozen() else "source"
    return f"{__version__} ({where}); fonts in {fonts[0].parent}"


def step_database(work: Path) -> str:
    from sqlalchemy import text

    from qiuxue_desktop.db.migrate import HEAD, REVISIONS, open_database

    db = open_database(str(work / "roster.sqlite3"))
    try:
        with db.read() as s:
            revision = s.execute(text("SELECT version_num FROM alembic_version")).scalar()
    finally:
        db.dispose()
    _check(revision == HEAD, f"新数据库的结构版本是 {revision}，应为 {HEAD}")
    return f"new SQLite file migrated through {len(REVISIONS)} revisions to {HEAD}"


def _roster_rows() -> list[list[Any]]:
    from qiuxue_desktop.io.excel.roster_format import COLUMNS, to_cell
    from qiuxue_desktop.services.demo import generate_learners

    learners = generate_learners(ROSTER_SIZE, seed=20240901)
    return [[to_cell(c.field, learner[c.field]) for c in COLUMNS] for learner in learners]


def step_roster(work: Path) -> str:
    from qiuxue_desktop.db.migrate import open_database
    from qiuxue_desktop.io.excel.roster_import import import_roster, read_roster
    from qiuxue_desktop.io.excel.roster_template import new_roster_workbook, save_atomically
    from qiuxue_desktop.services.demo import demo_uscc
    from qiuxue_desktop.services.enterprise import create_enterprise
    from qiuxue_desktop.services.learners import learner_counts

    path = work / "花名册.xlsx"
    wb, sheet = new_roster_workbook()
    for row in _roster_rows():
        sheet.append(row)
    save_atomically(wb, path)
    parsed = read_roster(path)
    _check(not parsed.issues, "花名册读回时有问题：" + "；".join(i.describe() for i in parsed.issues[:3]))
    db = open_database(str(work / "roster.sqlite3"))
    try:
        with db.write() as s:
            enterprise_id = create_enterprise(s, name="自检企业", uscc=demo_uscc())
            result = import_roster(s, enterprise_id, parsed)
        with db.read() as s:
            counts = learner_counts(s, enterprise_id)
    finally:
        db.dispose()
    _check(result.added == ROSTER_SIZE, f"导入了 {result.added} 名学员，应为 {ROSTER_SIZE}")
    _check(counts.total == ROSTER_SIZE, f"数据库中有 {counts.total} 名学员，应为 {ROSTER_SIZE}")
    return f"template written, {ROSTER_SIZE} learners filled in, read back and imported"


def step_pdf(work: Path) -> str:
    import pypdfium2 as pdfium
    from sqlalchemy import select

    from qiuxue_desktop.db.migrate import open_database
    from qiuxue_desktop.domain import Learner
    from qiuxue_desktop.domain.claims import Claim
    from qiuxue_desktop.io.pdf.documents import claim_form_document, write_pdf
    from qiuxue_desktop.services.demo import create_demo

    db = open_database(str(work / "demo.sqlite3"))
    try:
        with db.write() as s:
            create_demo(s, learners=DEMO_LEARNERS, seed=7)
        with db.write() as s:
            row = s.execute(
                select(Claim.id, Learner.name)
                .join(Learner, Learner.id == Claim.learner_id)
                .where(Claim.state != "void")
                .order_by(Claim.id)
                .limit(1)
            ).first()
            _check(row is not None, f"{DEMO_LEARNERS} 名学员的演示数据中没有可打印的报销申请")
            assert row is not None
            claim_id, name = row
            document = claim_form_document(s, claim_id)
    finally:
        db.dispose()
    out = write_pdf(work / "申请表.pdf", document.data)
    pdf = pdfium.PdfDocument(str(out))
    try:
        _check(len(pdf) == 1, f"申请表有 {len(pdf)} 页，应为 1 页")
        page = pdf[0]
        text = page.get_textpage().get_text_range()
        _check(name in text, f"申请表中读不到学员姓名“{name}”")
        pixels = bytes(page.render(scale=0.5, grayscale=True).buffer)
        dark = sum(1 for b in pixels if b < 128)
        _check(dark > len(pixels) // 200, "申请表渲染出来几乎是空白")
    finally:
        pdf.close()
    return f"claim form of a demo claim: {out.stat().st_size // 1024} KB, rendered by PDFium {pdfium.PDFIUM_INFO}"


def step_native(work: Path) -> str:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from qiuxue_desktop.services.auth import hash_password, password_matches

    stored = hash_password("自检口令 selftest")
    _check(password_matches(stored, "自检口令 selftest"), "argon2 口令核对失败")
    _check(not password_matches(stored, "wrong"), "argon2 接受了错误口令")
    key = AESGCM.generate_key(bit_length=256)
    nonce = os.urandom(12)
    sealed = AESGCM(key).encrypt(nonce, "备份".encode(), None)
    _check(AESGCM(key).decrypt(nonce, sealed, None) == "备份".encode(), "AES-GCM 往返失败")
    return f"argon2id, AES-GCM; {_postgres_driver()}"


def _postgres_driver() -> str:
    """The PostgreSQL driver and its libpq load (no server is contacted)."""
    try:
        import psycopg
    except ImportError:
        _check(not is_frozen(), "程序包中缺少 PostgreSQL 驱动 psycopg")
        return "PostgreSQL driver not installed (from source: optional)"
    from sqlalchemy import create_engine

    engine = create_engine("postgresql+psycopg://selftest@127.0.0.1:1/selftest")
    try:
        dialect = engine.dialect.name
    finally:
        engine.dispose()
    libpq = psycopg.pq.version()
    return (
        f"PostgreSQL driver psycopg {psycopg.__version__} ({psycopg.pq.__impl__}, libpq {libpq}, {dialect})"
    )


def step_window(work: Path) -> str:
    if needs_offscreen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from qiuxue_desktop.views.selftest_window import check_main_window  # Qt lives in views/

    return check_main_window(
        work / "roster.sqlite3", roster_size=ROSTER_SIZE, timeout_ms=WINDOW_TIMEOUT_MS, check=_check
    )


STEPS: tuple[tuple[str, Callable[[Path], str]], ...] = (
    ("version", step_version),
    ("database", step_database),
    ("roster", step_roster),
    ("pdf", step_pdf),
    ("native", step_native),
    ("window", step_window),
)


# --- running them -----------------------------------------------------------------------------


def _output() -> tuple[TextIO, Path | None]:
    """stdout, or a report file in the temporary folder when there is no console (windowed exe)."""
    if sys.stdout is not None:
        return sys.stdout, None
    path = Path(tempfile.gettempdir(), REPORT_NAME)
    return open(path, "w", encoding="utf-8"), path  # closed by run()


def run() -> int:
    """Run every step in a temporary QIUXUE_BASE; 0 when all passed, 1 at the first failure."""
    out, report = _output()
    work = Path(tempfile.mkdtemp(prefix="qiuxue-selftest-"))
    saved = {k: os.environ.get(k) for k in ("QIUXUE_BASE", "QIUXUE_DB", "QIUXUE_USER", "QIUXUE_PASSWORD")}
    os.environ["QIUXUE_BASE"] = str(work / "base")
    for key in ("QIUXUE_DB", "QIUXUE_USER", "QIUXUE_PASSWORD"):
        os.environ.pop(key, None)
    started = time.perf_counter()
    try:
        print(f"qiuxue-desktop self-test in {work}", file=out, flush=True)
        for name, step in STEPS:
            t0 = time.perf_counter()
            try:
                detail = step(work)
            except Exception as exc:
                print(f"FAILED {name}: {type(exc).__name__}: {exc}", file=out, flush=True)
                if not isinstance(exc, SelfTestFailed):
                    traceback.print_exc(file=out)
                print(f"self-test failed at step '{name}'", file=out, flush=True)
                return 1
            print(f"ok     {name:<9} {time.perf_counter() - t0:5.1f} s  {detail}", file=out, flush=True)
        total = time.perf_counter() - started
        print(f"self-test passed: {len(STEPS)} steps in {total:.1f} s", file=out, flush=True)
        return 0
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        shutil.rmtree(work, ignore_errors=True)
        if report is not None:
            out.close()
