"""The 学费报销 pictures for `make screenshots` (offscreen Qt), on the demo database: the claims
table, the claim editor on a claim split between three sources with its step history, the same
claim's lines adjusted by hand so they do not add up (the refusal beside the split), and the
票据 tab. Run alone (`python scripts/screenshots_claims.py docs/screenshots`) it builds its own
demo database; `render_claims` also works on a window that scripts/screenshots.py opened."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

Save = Callable[[Any, Path, str], None]
Wait = Callable[..., None]
EDITOR_SIZE = (1180, 760)


def showcase_claim(db: Any) -> int:
    """The claim to show: three paying lines from the most kinds of source, each a good share of
    the tuition, a long way along."""
    from sqlalchemy import func, select

    from qiuxue_desktop.domain.claims import Claim, ClaimLine

    order = ["draft", "submitted", "hr_ok", "union_ok", "posting", "paid"]
    with db.read() as s:
        rows = s.execute(
            select(
                Claim.id,
                Claim.state,
                func.count(ClaimLine.id),
                func.count(func.distinct(ClaimLine.source_type)),
                func.min(ClaimLine.amount_fen),
            )
            .join(ClaimLine, ClaimLine.claim_id == Claim.id)
            .where(
                ClaimLine.scheme_id.is_not(None), ClaimLine.amount_fen > 0, Claim.superseded_by_id.is_(None)
            )
            .group_by(Claim.id, Claim.state)
        ).all()
    if not rows:
        raise SystemExit("screenshots_claims: the demo database has no claims with a split")
    best = max(
        rows,
        key=lambda r: (
            min(r[2], 3),
            r[3],
            min(r[4], 100_000),
            order.index(r[1]) if r[1] in order else -1,
            -r[0],
        ),
    )
    return int(best[0])


def render_claims(app: Any, out: Path, window: Any, save: Save, wait_until: Wait) -> None:
    from qiuxue_desktop.views.claim_actions import open_claim

    ctx = window.ctx
    db = ctx.database

    def idle() -> None:
        wait_until(app, lambda: ctx.runner.pending == 0)

    window.show_area("claims")
    page = window.pages["claims"]
    idle()
    claim_id = showcase_claim(db)
    page.select_claim(claim_id)
    save(window, out, "claims_table.png")

    editor = open_claim(window, ctx, claim_id)
    editor.resize(*EDITOR_SIZE)
    wait_until(app, lambda: editor.data is not None and ctx.runner.pending == 0)
    editor.tabs.setCurrentIndex(1)  # the step history
    save(editor, out, "claims_editor.png")
    editor.close()

    # A draft adjusted by hand so that its lines do not add up: the service's sentence.
    draft = _draft_with_lines(db)
    if draft is not None:
        editor = open_claim(window, ctx, draft)
        editor.resize(*EDITOR_SIZE)
        wait_until(app, lambda: editor.data is not None and ctx.runner.pending == 0)
        editor.set_adjusting(True)
        first = editor.amount_text(0)
        editor.set_amount(0, _less_one_yuan(first))
        editor.save_adjustment()
        idle()
        save(editor, out, "claims_adjust.png")
        editor.set_adjusting(False)
        editor.close()

    page.tabs.setCurrentWidget(page.invoices)
    idle()
    page.invoices.table.selectRow(1)
    save(window, out, "claims_invoices.png")
    page.tabs.setCurrentIndex(0)


def _draft_with_lines(db: Any) -> int | None:
    from sqlalchemy import func, select

    from qiuxue_desktop.domain.claims import Claim, ClaimLine

    with db.read() as s:
        return s.scalar(
            select(Claim.id)
            .join(ClaimLine, ClaimLine.claim_id == Claim.id)
            .where(Claim.state == "draft", ClaimLine.scheme_id.is_not(None), ClaimLine.amount_fen > 0)
            .group_by(Claim.id)
            .order_by(func.count(ClaimLine.id).desc(), Claim.id)
            .limit(1)
        )


def _less_one_yuan(text: str) -> str:
    from qiuxue_desktop.domain.money import format_yuan, yuan_to_fen

    return format_yuan(max(yuan_to_fen(text) - 100, 0))


def main(argv: list[str]) -> int:
    from screenshots import LEARNERS, SEED, SIZE, save, wait_until

    out = Path(argv[1] if len(argv) > 1 else "docs/screenshots").resolve()
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="qiuxue-claim-shots-"))
    here = Path.cwd()
    os.chdir(work)  # relative names: the pictures show 数据库：qiuxue.sqlite3, not a temp path
    os.environ["QIUXUE_BASE"] = str(work / "base")
    os.environ.pop("QIUXUE_DB", None)
    try:
        from PySide6.QtWidgets import QApplication

        from qiuxue_desktop.db.migrate import open_database
        from qiuxue_desktop.services.demo import create_demo
        from qiuxue_desktop.views.main_window import MainWindow
        from qiuxue_desktop.views.style import apply_ui_font

        app = QApplication([argv[0]])
        apply_ui_font(app)
        db = open_database("qiuxue.sqlite3")
        with db.write() as s:
            create_demo(s, learners=LEARNERS, seed=SEED)
        window = MainWindow("qiuxue.sqlite3")
        window.resize(*SIZE)
        window.show()
        window.start()
        wait_until(app, lambda: window.is_open)
        render_claims(app, out, window, save, wait_until)
        window.close()
        db.dispose()
        return 0
    finally:
        os.chdir(here)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
