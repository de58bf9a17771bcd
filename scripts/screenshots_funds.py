"""The 经费台账 pictures for `make screenshots` (offscreen Qt), on the demo database that
scripts/screenshots.py builds (same size, learners and seed): the schemes in their order, the
staff-education fund ledger of the demo's latest year whose front-line share falls below 60%
(the red indicator and its warning), the ledger of a year that meets it, the scheme editor
on the enterprise's 60% scheme, the scheme budgets and the clawback list."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from screenshots import run_on_demo, save, wait_until


def main(argv: list[str]) -> int:
    return run_on_demo(
        argv, "qiuxue-funds-shots-", lambda app, out, window, work: render_funds(app, out, window)
    )


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
