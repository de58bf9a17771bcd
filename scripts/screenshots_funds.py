"""The 经费台账 pictures for `make screenshots` (offscreen Qt), on the demo database that
scripts/screenshots.py builds (same size, learners and seed): the schemes in their order, the
staff-education fund ledger of the demo's latest year whose front-line share falls below 60%
(the red indicator and its warning), the ledger of a year that meets it, the scheme editor
on the enterprise's 60% scheme, the scheme budgets and the clawback list."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from screenshots import LEARNERS, SEED, SIZE, save, wait_until


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "docs/screenshots").resolve()
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="qiuxue-funds-shots-"))
    here = Path.cwd()
    os.chdir(work)  # the status bar shows 数据库：qiuxue.sqlite3, not a temp path
    try:
        return render(out, work)
    finally:
        os.chdir(here)
        shutil.rmtree(work, ignore_errors=True)


def render(out: Path, work: Path) -> int:
    os.environ["QIUXUE_BASE"] = str(work / "base")
    os.environ.pop("QIUXUE_DB", None)

    from PySide6.QtWidgets import QApplication

    from qiuxue_desktop.db.migrate import open_database
    from qiuxue_desktop.services.demo import create_demo
    from qiuxue_desktop.views.main_window import MainWindow
    from qiuxue_desktop.views.style import apply_ui_font

    app = QApplication([sys.argv[0]])
    apply_ui_font(app)
    demo_path = Path("qiuxue.sqlite3")
    db = open_database(str(demo_path))
    with db.write() as s:
        create_demo(s, learners=LEARNERS, seed=SEED)

    window = MainWindow(str(demo_path))
    window.resize(*SIZE)
    window.show()
    window.start()
    wait_until(app, lambda: window.is_open)
    render_funds(app, out, window)
    window.close()
    db.dispose()
    return 0


def render_funds(app: Any, out: Path, window: Any) -> None:
    from qiuxue_desktop.views.dialogs.scheme_dialog import SchemeDialog

    ctx = window.ctx

    def idle() -> None:
        wait_until(app, lambda: ctx.runner.pending == 0)

    window.show_area("funds")
    view = window.pages["funds"]
    idle()

    schemes = view.schemes
    schemes.table.selectRow(0)
    save(window, out, "funds-schemes.png")

    # The ledger: the latest year below the 60% front-line share, then one that meets it.
    view.tabs.setCurrentWidget(view.ledger)
    idle()
    ledger = view.ledger
    below = [lg.year for lg in ledger.data.ledgers if lg.front_line_warning is not None]
    meets = [lg.year for lg in ledger.data.ledgers if lg.front_line_share_bp and not lg.front_line_warning]
    if not below or not meets:
        raise SystemExit("screenshots: the demo needs a ledger year below 60% and one that meets it")
    ledger.show_year(below[-1])
    idle()
    save(window, out, "funds-ledger.png")
    ledger.show_year(meets[-1])
    idle()
    save(window, out, "funds-ledger-ok.png")

    view.tabs.setCurrentWidget(view.budgets)
    idle()
    budgets = view.budgets
    years = [lg.year for lg in ledger.data.ledgers]
    budgets.year_spin.setValue(years[-1])
    idle()
    budgets.table.selectRow(0)
    budgets.table.setFocus()
    save(window, out, "funds-budgets.png")

    view.tabs.setCurrentWidget(view.clawback)
    idle()
    clawback = view.clawback
    repaid = [i for i, r in enumerate(clawback.data.rows) if r.repaid_fen > 0]
    if clawback.data.rows:
        clawback.table.selectRow(repaid[0] if repaid else 0)  # with its repayments below
    save(window, out, "funds-clawback.png")

    # The editor on the enterprise's own scheme: a percentage, a life cap, a service period.
    view.tabs.setCurrentWidget(schemes)
    idle()
    row = next(
        r
        for r in schemes.data.rows
        if r.rule_kind == "percent" and schemes.data.values[r.id]["service_months"]
    )
    dialog = SchemeDialog(ctx, schemes.data.values[row.id], window)
    dialog.show()
    save(dialog, out, "funds-scheme-editor.png")
    dialog.reject()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
