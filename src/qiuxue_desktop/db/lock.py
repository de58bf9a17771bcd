"""One writer per database file: an operating-system lock on `<database>.lock`.

fcntl.flock on POSIX, msvcrt.locking on Windows: the operating system drops the lock when the
process ends, however it ends, so a lock left by a crash is recovered from by itself (a stale
lock *file* means nothing; only a held lock counts). The holder writes its pid, host, user and
start time into the file, so that the second copy can say who holds it. Only SQLite files are
locked: a server database has many writers by design.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import socket
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from qiuxue_desktop.errors import OperationFailed

LOCK_SUFFIX = ".lock"
# On Windows the locked byte lies far past the text, so that others can still read who holds it.
_WINDOWS_LOCK_OFFSET = 1 << 30
POLL_SECONDS = 0.1


@dataclass(frozen=True)
class Holder:
    pid: int
    host: str
    user: str
    program: str
    since: str

    def describe(self) -> str:
        where = "本机" if self.host == socket.gethostname() else f"计算机 {self.host}"
        return f"{where}上的用户 {self.user}（{self.program}，进程 {self.pid}，{self.since} 起）"


class DatabaseInUse(OperationFailed):
    """Another copy of the application is writing this database file."""

    def __init__(self, db_path: Path, holder: Holder | None) -> None:
        who = holder.describe() if holder else "另一个求学圆梦桌面版程序"
        super().__init__(f"数据库 {db_path} 正由{who}使用；请先关闭它，再打开或修改这个数据库。")
        self.holder = holder


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + LOCK_SUFFIX)


def _try_lock(f: IO[bytes]) -> bool:
    if os.name == "nt":
        import msvcrt

        f.seek(_WINDOWS_LOCK_OFFSET)
        try:
            msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(f: IO[bytes]) -> None:
    if os.name == "nt":
        import msvcrt

        f.seek(_WINDOWS_LOCK_OFFSET)
        msvcrt.locking(f.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
        return
    import fcntl

    fcntl.flock(f.fileno(), fcntl.LOCK_UN)


def read_holder(path: Path) -> Holder | None:
    """Who wrote the lock file last (the holder, when the lock is held)."""
    try:
        with path.open("rb") as f:
            data = json.loads(f.read(4096).rstrip(b"\x00 \n").decode("utf-8"))
        return Holder(
            int(data["pid"]), str(data["host"]), str(data["user"]), str(data["program"]), str(data["since"])
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _me() -> dict[str, object]:
    try:
        user = getpass.getuser()
    except Exception:
        user = "unknown"
    return {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "user": user,
        "program": os.path.basename(sys.argv[0]) or "python",
        "since": dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
    }


class DbLock:
    """The single-writer lock of one SQLite file. `acquire()` raises DatabaseInUse."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.path = lock_path(db_path)
        self._file: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._file is not None

    def acquire(self, wait: float = 0.0) -> DbLock:
        """Take the lock, waiting up to `wait` seconds for another holder to let go."""
        if self._file is not None:
            return self
        self.path.parent.mkdir(parents=True, exist_ok=True)
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0)  # no newline translation on Windows
        f = os.fdopen(os.open(self.path, flags, 0o644), "r+b")
        deadline = time.monotonic() + wait
        while not _try_lock(f):
            if time.monotonic() >= deadline:
                f.close()
                raise DatabaseInUse(self.db_path, read_holder(self.path))
            time.sleep(POLL_SECONDS)
        f.seek(0)
        f.truncate()
        f.write(json.dumps(_me(), ensure_ascii=False).encode("utf-8"))
        f.flush()
        self._file = f
        return self

    def release(self) -> None:
        f, self._file = self._file, None
        if f is None:
            return
        try:
            f.seek(0)
            f.truncate()
            _unlock(f)
        finally:
            f.close()

    def __enter__(self) -> DbLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
