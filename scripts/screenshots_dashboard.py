"""The 工作台 pictures for `make screenshots` (offscreen Qt), on the demo database that
scripts/screenshots.py builds (same size, learners and seed): the desk as it opens, the list a
figure opens (the claims waiting for the HR review), the statistics report dialog, and the
first page of last year's statistics PDF rendered by pdftoppm."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from screenshots import LEARNERS, SEED, SIZE, save, wait_until


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "docs/screenshots").resolve()
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="qiuxue-dashboard-shots-"))
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
    render_dashboard(app, out, window, work)
    window.close()
    db.dispose()
    return 0


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
