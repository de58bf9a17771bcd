"""The runner: long work off the GUI thread.

Database work runs on one single-worker executor (SQLite writes never overlap),
file work on another; each result comes back to the GUI thread through a Qt
signal and is handed to the callback given at submission. Only ids and plain
data cross threads, never ORM objects: a task opens its own session.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], bool | None]
"""An error callback returns True when it handled the error itself."""


class Runner(QObject):
    """Submit callables to the database or the file worker; callbacks run on the GUI thread."""

    _finished = Signal(int, object, object)  # task id, result, exception
    busy_changed = Signal(bool)
    error = Signal(object)  # an exception no callback handled: the window shows it

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="qiuxue-db")
        self._files = ThreadPoolExecutor(max_workers=1, thread_name_prefix="qiuxue-files")
        self._pending: dict[int, tuple[Done | None, Failed | None]] = {}
        self._quiet: set[int] = set()  # pending reads that need not hold the window open
        self._next_id = 0
        self._closed = False
        self._finished.connect(self._deliver)

    @property
    def pending(self) -> int:
        """How many submitted tasks have not delivered their result yet."""
        return len(self._pending)

    @property
    def pending_work(self) -> int:
        """Pending tasks that must finish before the window closes (all but the quiet reads)."""
        return len(self._pending) - len(self._quiet)

    def db(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Done | None = None,
        on_error: Failed | None = None,
        quiet: bool = False,
    ) -> int:
        """Run `fn(*args)` on the database worker. A `quiet` task only reads for a view: closing
        the window does not wait for its result."""
        task_id = self._submit(self._db, fn, args, on_done, on_error)
        if quiet:
            self._quiet.add(task_id)
        return task_id

    def files(
        self, fn: Callable[..., Any], *args: Any, on_done: Done | None = None, on_error: Failed | None = None
    ) -> int:
        """Run `fn(*args)` on the file worker (reading and writing workbooks)."""
        return self._submit(self._files, fn, args, on_done, on_error)

    def _submit(
        self,
        executor: ThreadPoolExecutor,
        fn: Callable[..., Any],
        args: tuple[Any, ...],
        on_done: Done | None,
        on_error: Failed | None,
    ) -> int:
        if self._closed:
            raise RuntimeError("the runner is shut down")
        self._next_id += 1
        task_id = self._next_id
        self._pending[task_id] = (on_done, on_error)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)

        def work() -> None:
            try:
                result, failure = fn(*args), None
            except BaseException as exc:
                result, failure = None, exc
            self._finished.emit(task_id, result, failure)

        executor.submit(work)
        return task_id

    def _deliver(self, task_id: int, result: Any, failure: BaseException | None) -> None:
        on_done, on_error = self._pending.pop(task_id, (None, None))
        self._quiet.discard(task_id)
        try:
            if failure is None:
                if on_done is not None:
                    on_done(result)
            elif on_error is None or not on_error(failure):
                self.error.emit(failure)
        finally:
            if not self._pending:
                self.busy_changed.emit(False)

    def shutdown(self) -> None:
        """Wait for running tasks to end; queued ones are dropped."""
        self._closed = True
        for executor in (self._db, self._files):
            executor.shutdown(wait=True, cancel_futures=True)
