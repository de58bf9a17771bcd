"""The learner view over 100,000 learners: first paint, sort by name, a filter keystroke and
memory, each against a raw baseline measured in the same run on the same database.

Baselines:
- first paint: a bare QTableView over a trivial QAbstractTableModel of 100,000 × 15 strings;
- sort: raw sqlite3 `SELECT id FROM learner ORDER BY name_pinyin` (every id fetched);
- filter: raw sqlite3 `SELECT id FROM learner WHERE name LIKE '%张%'` (a full scan);
- memory: the resident size of the bare-table process.
Each side runs in its own fresh process (offscreen Qt), so memory is the view's own.
Targets (absolute): first paint 150 ms, sort 300 ms, filter 100 ms, under 400 MB.
"""

from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

from _common import Figure, log, make_demo_db, median_of, rss_mb, run_phase, two_sided_main

LEARNERS = 100_000
WIDTH, HEIGHT = 1280, 800
REPEAT = 5
FILTER_TEXTS = ("张", "zs", "wang", "总装", "1234")
TARGET_PAINT, TARGET_SORT, TARGET_FILTER, TARGET_MB = 0.150, 0.300, 0.100, 400.0


# --- Qt helpers (imported lazily: the parent process never loads Qt) -------------------------


def _paint_watch(widget: Any) -> Any:
    from PySide6.QtCore import QEvent, QObject

    class PaintWatch(QObject):
        painted = False

        def eventFilter(self, _obj: Any, event: Any) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    watch = PaintWatch()
    widget.installEventFilter(watch)
    return watch


def _until_complete(app: Any, model: Any, timeout: float = 30.0) -> float:
    """Run the event loop until the model knows every id of its query (it may read the ids
    past the first page right after the first paint); returns perf_counter() then."""
    deadline = time.perf_counter() + timeout
    while not model.is_complete:
        app.processEvents()
        if time.perf_counter() > deadline:
            raise RuntimeError("the model never completed its query")
    return time.perf_counter()


def _until_painted(app: Any, watch: Any, timeout: float = 30.0) -> float:
    """Run the event loop until `watch`'s widget has painted; returns perf_counter() then."""
    deadline = time.perf_counter() + timeout
    while not watch.painted:
        app.processEvents()
        if time.perf_counter() > deadline:
            raise RuntimeError("the widget never painted")
    return time.perf_counter()


# --- the two sides ----------------------------------------------------------------------------


def baseline_phase(db_path: Path) -> dict[str, float]:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication.instance() or QApplication([])

    class Trivial(QAbstractTableModel):
        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else LEARNERS

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else 15

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{index.row()}:{index.column()}"
            return None

    t0 = time.perf_counter()
    view = QTableView()
    watch = _paint_watch(view.viewport())
    view.setModel(Trivial())
    view.resize(WIDTH, HEIGHT)
    view.show()
    paint = _until_painted(app, watch) - t0
    rss, _peak = rss_mb()
    view.close()

    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    sort_runs, filter_runs = [], []
    for _ in range(REPEAT):
        t0 = time.perf_counter()
        ids = con.execute("SELECT id FROM learner ORDER BY name_pinyin").fetchall()
        sort_runs.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        found = con.execute("SELECT id FROM learner WHERE name LIKE '%张%'").fetchall()
        filter_runs.append(time.perf_counter() - t0)
        assert len(ids) == LEARNERS and found
    con.close()
    return {"paint": paint, "sort": median_of(sort_runs), "filter": median_of(filter_runs), "rss": rss}


def view_phase(db_path: Path) -> dict[str, float]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from qiuxue_desktop.db.migrate import open_database
    from qiuxue_desktop.services.enterprise import require_enterprise
    from qiuxue_desktop.views.actions import Actions
    from qiuxue_desktop.views.context import AppContext
    from qiuxue_desktop.views.learners_view import LearnersView
    from qiuxue_desktop.views.models.learner_table import COLUMN_KEYS
    from qiuxue_desktop.views.tasks import Runner

    app = QApplication.instance() or QApplication([])
    db = open_database(str(db_path))
    with db.read() as s:
        enterprise_id = require_enterprise(s).id
    ctx = AppContext(runner=Runner(), db=db, db_target=str(db_path), enterprise_id=enterprise_id)
    try:
        # Opening the view on the open database: build, query, show, first paint. The first
        # opening in the process also pays for first imports and statement compilation.
        opened, opened_complete = [], []
        for _ in range(2):
            t0 = time.perf_counter()
            view = LearnersView(ctx, Actions(app))
            watch = _paint_watch(view.table.viewport())
            view.resize(WIDTH, HEIGHT)
            view.load()
            view.show()
            opened.append(_until_painted(app, watch) - t0)
            assert view.model is not None and view.model.rowCount() == LEARNERS
            opened_complete.append(_until_complete(app, view.model) - t0)
            if len(opened) == 1:
                view.close()
                view.deleteLater()
                app.processEvents()

        name_col = COLUMN_KEYS.index("name")
        sort_runs, sort_complete = [], []
        for i in range(REPEAT * 2):
            order = Qt.SortOrder.DescendingOrder if i % 2 == 0 else Qt.SortOrder.AscendingOrder
            watch.painted = False
            t0 = time.perf_counter()
            view.table.sortByColumn(name_col, order)
            sort_runs.append(_until_painted(app, watch) - t0)
            sort_complete.append(_until_complete(app, view.model) - t0)

        filter_runs = []
        for text in FILTER_TEXTS * 2:
            watch.painted = False
            t0 = time.perf_counter()
            view.filter_edit.setText(text)  # as a keystroke does: the debounce timer counts too
            filter_runs.append(_until_painted(app, watch) - t0)
            assert 0 < view.model.rowCount() < LEARNERS, text
            view.filter_edit.clear()
            view.apply_filter()
            _until_complete(app, view.model)

        # Memory after paging through the table: the top, the middle and the end.
        for row in (LEARNERS // 2, LEARNERS - 1, 0):
            watch.painted = False
            view.table.scrollTo(view.model.index(row, 0))
            _until_painted(app, watch)
        rss, peak = rss_mb()
        view.close()
    finally:
        ctx.runner.shutdown()
        db.dispose()
    return {
        "paint": opened[0],
        "paint_again": opened[1],
        "complete": opened_complete[0],
        "sort": median_of(sort_runs),
        "sort_complete": median_of(sort_complete),
        "filter": median_of(filter_runs),
        "filter_max": max(filter_runs),
        "rss": rss,
        "peak": peak,
    }


def run(workdir: Path, rounds: int) -> list[Figure]:
    db_path = workdir / f"demo-{LEARNERS}.sqlite3"
    if not db_path.exists():
        log(f"view: building a database of {LEARNERS:,} demo learners")
        make_demo_db(db_path, LEARNERS, seed=1)
    base_runs, view_runs = [], []
    for i in range(rounds):
        base_runs.append(run_phase(__file__, "baseline", db_path))
        view_runs.append(run_phase(__file__, "view", db_path))
        log(f"view: round {i + 1}: baseline {base_runs[-1]}, view {view_runs[-1]}")

    def med(runs: list[dict[str, float]], key: str) -> float:
        return median_of(r[key] for r in runs)

    return [
        Figure(
            "learner view first paint, first opening (100k)",
            med(view_runs, "paint"),
            med(base_runs, "paint"),
            max_absolute=TARGET_PAINT,
            baseline_name="bare QTableView over a trivial 100,000-row model",
        ),
        Figure(
            "learner view opened again (100k)",
            med(view_runs, "paint_again"),
            med(base_runs, "paint"),
            max_absolute=TARGET_PAINT,
            baseline_name="the same bare QTableView",
        ),
        Figure(
            "first opening until every id is known",
            med(view_runs, "complete"),
            med(base_runs, "paint"),
            baseline_name="the same bare QTableView (no target: information)",
        ),
        Figure(
            "sort by name (100k)",
            med(view_runs, "sort"),
            med(base_runs, "sort"),
            max_absolute=TARGET_SORT,
            baseline_name="raw sqlite3 SELECT id ORDER BY name_pinyin",
        ),
        Figure(
            "sort by name until every id is known",
            med(view_runs, "sort_complete"),
            med(base_runs, "sort"),
            max_absolute=TARGET_SORT,
            baseline_name="the same raw sqlite3 sort",
        ),
        Figure(
            "filter keystroke (100k, debounce included)",
            med(view_runs, "filter"),
            med(base_runs, "filter"),
            max_absolute=TARGET_FILTER,
            baseline_name="raw sqlite3 LIKE '%张%' scan",
        ),
        Figure(
            "process memory (RSS, 100k)",
            med(view_runs, "rss"),
            med(base_runs, "rss"),
            unit="MB",
            max_absolute=TARGET_MB,
            baseline_name="RSS of the bare QTableView process",
        ),
    ]


def main() -> int:
    return two_sided_main(
        __doc__.splitlines()[0] if __doc__ else "",
        "qiuxue-bench-view-",
        run,
        {"baseline": baseline_phase, "view": view_phase},
    )


if __name__ == "__main__":
    sys.exit(main())
