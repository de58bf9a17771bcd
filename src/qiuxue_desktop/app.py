"""Start the window: paths → logging → QApplication → main window on screen → database.

The window paints first and the database opens right after, on the database
worker (SQLAlchemy, Alembic and the services are imported there), so start-up
costs about what an empty Qt window costs. `qiuxue-desktop [--db TARGET] [--selftest]`;
QIUXUE_DB is honoured like on the command line. A KnownError while opening
(a database from a newer version, a locked file) is shown in a message box;
anything unexpected is logged with its traceback and shown with the log's path.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from types import TracebackType

from qiuxue_desktop import APP_NAME, __version__, paths

log = logging.getLogger("qiuxue_desktop")
LOG_NAME = "qiuxue-desktop.log"


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="qiuxue-desktop", description="求学圆梦 桌面版")
    p.add_argument("--version", action="version", version=f"qiuxue-desktop {__version__}")
    p.add_argument(
        "--selftest",
        action="store_true",
        help="自检：在临时文件夹中建库、导入花名册、生成 PDF、打开主窗口，全部通过时退出码为 0",
    )
    p.add_argument("--db", help="数据库文件路径或 SQLAlchemy URL（默认：用户数据目录中的 qiuxue.sqlite3）")
    # For benchmarks and smoke tests: quit once the window has painted / once the data is shown.
    p.add_argument("--exit-after-paint", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--exit-when-ready", action="store_true", help=argparse.SUPPRESS)
    return p


def setup_logging() -> None:
    try:
        handler: logging.Handler = logging.FileHandler(paths.log_dir() / LOG_NAME, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler])


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """An exception nobody caught in a slot: log it and tell the user, never crash silently."""
    from qiuxue_desktop.views.error_box import show_error

    if not isinstance(exc, Exception):
        sys.__excepthook__(kind, exc, tb)
        return
    exc.__traceback__ = tb
    show_error(None, exc)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.selftest:
        from qiuxue_desktop.selftest import run

        return run()  # in a temporary folder of its own: no user data, settings or logs touched
    setup_logging()
    target = paths.resolve_db_target(args.db)
    log.info("qiuxue-desktop %s starting on %s", __version__, target)

    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)

    from qiuxue_desktop.views.language import chosen_language, install_translators

    language = chosen_language()
    translators = install_translators(app, language)  # before any window is built; kept alive here
    log.info("language %s, %d translation file(s) loaded", language, len(translators))
    app.setApplicationDisplayName(QCoreApplication.translate("app", "求学圆梦 桌面版"))

    from qiuxue_desktop.views.style import apply_ui_font

    apply_ui_font(app)

    from qiuxue_desktop.views.main_window import MainWindow

    window = MainWindow(target)
    window.open_failed.connect(app.exit)

    class FirstPaint(QObject):
        """Open the database once the window is on screen (the first paint has happened)."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                if args.exit_after_paint:
                    QTimer.singleShot(0, app.quit)
                else:
                    QTimer.singleShot(0, window.start)
            return False

    first_paint = FirstPaint(window)
    window.installEventFilter(first_paint)
    if args.exit_when_ready:
        window.opened.connect(lambda: QTimer.singleShot(0, app.quit))
    sys.excepthook = _excepthook
    window.show()
    code = app.exec()
    log.info("qiuxue-desktop exits with %s", code)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
