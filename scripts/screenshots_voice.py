"""The 满意度与表彰 pictures for `make screenshots`, on the demo database that scripts/screenshots.py
builds (same size, learners and seed; the demo holds two terms' surveys and a term's 优秀学员):
the results view by question and by department, the 优秀学员 tab, and the honour roll poster as
it comes out of the printer (the A4 PDF the application writes, rendered by pdftoppm).

    python scripts/screenshots_voice.py docs/screenshots
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from screenshots import LEARNERS, SEED, SIZE, save, wait_until

DPI = 80


def render(out: Path, work: Path) -> int:
    os.environ["QIUXUE_BASE"] = str(work / "base")
    os.environ.pop("QIUXUE_DB", None)

    from PySide6.QtWidgets import QApplication

    from qiuxue_desktop.db.migrate import open_database
    from qiuxue_desktop.io.pdf.honour_roll import honour_roll_document
    from qiuxue_desktop.services.demo import create_demo
    from qiuxue_desktop.services.honours import list_rounds
    from qiuxue_desktop.views.main_window import MainWindow
    from qiuxue_desktop.views.style import apply_ui_font

    app = QApplication([sys.argv[0]])
    apply_ui_font(app)
    demo_path = Path("qiuxue.sqlite3")
    db = open_database(str(demo_path))
    with db.write() as s:
        create_demo(s, learners=LEARNERS, seed=SEED)
    with db.write() as s:
        round_id = list_rounds(s, 1)[0].id
        poster = honour_roll_document(s, round_id, "A4")
    pdf = work / "poster.pdf"
    pdf.write_bytes(poster.data)
    stem = work / "honour-roll"
    subprocess.run(["pdftoppm", "-r", str(DPI), "-png", "-singlefile", str(pdf), str(stem)], check=True)
    shutil.copyfile(stem.with_suffix(".png"), out / "voice-honour-roll.png")
    print(f"wrote {out / 'voice-honour-roll.png'} ({len(poster.data) // 1024} KB PDF)")

    window = MainWindow(str(demo_path))
    window.resize(*SIZE)
    window.show()
    window.start()
    wait_until(app, lambda: window.is_open)
    ctx = window.ctx
    window.show_area("voice")
    view = window.pages["voice"]
    tab = view.surveys
    wait_until(app, lambda: ctx.runner.pending == 0 and tab.table.rowCount() > 0)
    save(window, out, "voice-results.png")
    tab.dimension.setCurrentIndex(tab.dimension.findData("department"))
    wait_until(
        app,
        lambda: ctx.runner.pending == 0 and tab.results is not None and tab.results.dimension == "department",
    )
    save(window, out, "voice-by-department.png")
    view.tabs.setCurrentWidget(view.honours)
    wait_until(app, lambda: ctx.runner.pending == 0 and view.honours.nomination_table.rowCount() > 0)
    save(window, out, "voice-honours.png")
    window.close()
    db.dispose()
    return 0


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "docs/screenshots").resolve()
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="qiuxue-voice-shots-"))
    here = Path.cwd()
    os.chdir(work)  # the status bar shows 数据库：qiuxue.sqlite3, not a temp path
    try:
        return render(out, work)
    finally:
        os.chdir(here)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
