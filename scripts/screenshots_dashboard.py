"""The 工作台 pictures for `make screenshots` (offscreen Qt), on the demo database that
scripts/screenshots.py builds (same size, learners and seed): the desk as it opens, the list a
figure opens (the claims waiting for the HR review), the statistics report dialog, and the
first page of last year's statistics PDF rendered by pdftoppm."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from screenshots import run_on_demo, save, wait_until


def main(argv: list[str]) -> int:
    return run_on_demo(
        argv,
        "qiuxue-dashboard-shots-",
        lambda app, out, window, work: render_dashboard(app, out, window, work),
    )


def render_dashboard(app: Any, out: Path, window: Any, work: Path) -> None:
    ctx = window.ctx

    def idle() -> None:
        wait_until(app, lambda: ctx.runner.pending == 0)

    view = window.pages["dashboard"]
    wait_until(app, lambda: view.data is not None)
    idle()
    save(window, out, "dashboard.png")

    view.steps.activated.emit("submitted")  # as a click on 待人事审核
    idle()
    save(window, out, "dashboard-opens-claims.png")
    window.show_area("dashboard")
    idle()

    dialog = view.open_report()
    idle()
    save(dialog, out, "dashboard-report-dialog.png")
    pdf = work / "statistics.pdf"
    dialog.pdf_radio.setChecked(True)
    dialog.save_to(pdf)
    wait_until(app, lambda: pdf.exists() and ctx.runner.pending == 0)
    dialog.reject()
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "80",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(pdf),
            str(out / "statistics-pdf"),
        ],
        check=True,
    )
    print(f"wrote {out / 'statistics-pdf.png'}")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
