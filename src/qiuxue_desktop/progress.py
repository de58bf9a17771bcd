"""Progress of long work: filled by the core, polled by the GUI; no Qt.

Progress is pulled, not pushed: the worker sets value/maximum/label and checks
`cancelled`; the window polls every 100 ms.
"""

from __future__ import annotations

import threading

from qiuxue_desktop.errors import Cancelled


class Progress:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._value = 0
        self._maximum = 0
        self._label = ""
        self._cancel = threading.Event()

    def set(self, value: int | None = None, maximum: int | None = None, label: str | None = None) -> None:
        with self._lock:
            if value is not None:
                self._value = value
            if maximum is not None:
                self._maximum = maximum
            if label is not None:
                self._label = label

    def snapshot(self) -> tuple[int, int, str]:
        with self._lock:
            return self._value, self._maximum, self._label

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise Cancelled when the user asked to stop."""
        if self._cancel.is_set():
            raise Cancelled("操作已取消，没有写入任何数据。")


NO_PROGRESS = Progress()
