"""Sending batches to the platform over HTTP (platform-exchange.md §5), safely to retry.

`upload_pending(db, url, token)` loops until nothing is pending: prepare_batch in its own write
transaction (committed: while a batch awaits its receipt the SAME batch and bytes come back, so
a retry, a cancel or a crash never makes a second batch for data already sent); a batch that
existed before this round (sent earlier, perhaps received by the platform just before a crash)
first asks GET …/<batch_id>/receipt; then POST the package with its X-Batch-Id. A 200 records
the sending and applies the receipt in one write transaction, and the next batch follows.

- 401: stop (the token is wrong); 413: stop (too big: what to do); another 4xx: stop with the
  status and the platform's words.
- 429, 503, any other 5xx, a dropped or refused connection, a timeout: wait and send the same
  package again — Retry-After seconds when the platform gives them (at most RETRY_AFTER_CAP),
  else exponential back-off with jitter (BACKOFF_BASE · 2ⁿ, at most BACKOFF_CAP, times 0.5–1);
  after `max_attempts` tries of one batch, stop: the batch stays awaiting and the next upload
  sends it again.
- A package the platform rejects as a whole: its receipt is applied (its rows go again in the
  next batch) and the upload stops, so that a person looks at why before anything else is sent.
- Each attempt is noted with record_sending (attempts, last error text). The token is only ever
  put in the Authorization header: never in a message, the log, the database or a file, and every
  text this module produces passes through `_scrub` in case a library echoed it.
- Cancellable: progress.cancel() stops between attempts and during a wait.
"""

from __future__ import annotations

import datetime as dt
import http.client
import json
import logging
import random
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from qiuxue_desktop.domain.base import utcnow
from qiuxue_desktop.errors import Cancelled, InputRejected, KnownError, NotPermitted, OperationFailed
from qiuxue_desktop.progress import NO_PROGRESS, Progress
from qiuxue_desktop.sync.batches import BatchInfo, Prepared, prepare_batch, record_sending
from qiuxue_desktop.sync.connection import API_PATH, clean_token, clean_url
from qiuxue_desktop.sync.plan import HeldBack
from qiuxue_desktop.sync.receipts import ReceiptResult, apply_receipt

if TYPE_CHECKING:
    from qiuxue_desktop.db.engine import Database

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 8
BACKOFF_BASE = 1.0
BACKOFF_CAP = 60.0
RETRY_AFTER_CAP = 300.0
TIMEOUT = 120.0
MAX_UPLOAD = 52_428_800  # the platform's limit (50 MiB)
RETRY_STATUSES = frozenset({429, 503})


@dataclass(frozen=True, slots=True)
class Attempt:
    """One request and what came of it."""

    sequence: int
    batch_id: str
    method: str  # GET (the receipt of a batch sent before) or POST
    outcome: str  # "HTTP 200", "HTTP 503", "连接中断：…"
    status: int | None  # None: no HTTP answer
    retry_after: float | None  # the platform's Retry-After, seconds
    wait: float  # seconds waited after it before the next try (0: none)


@dataclass(frozen=True)
class UploadResult:
    receipts: tuple[ReceiptResult, ...]  # applied, in order
    attempts: tuple[Attempt, ...]
    fetched: tuple[str, ...]  # batch ids whose receipt was fetched (sent before)
    held_back: tuple[HeldBack, ...]  # what the last preparation held back

    @property
    def summary(self) -> str:
        if not self.receipts:
            return "没有待上报的变更，未上传任何批次。"
        parts = [r.summary for r in self.receipts]
        tries = len(self.attempts)
        return f"已通过网络上报{len(self.receipts)}批（共请求{tries}次）：" + "".join(parts)


class _Transient(Exception):
    """No answer worth keeping: try again later."""

    def __init__(self, text: str, status: int | None = None, retry_after: float | None = None) -> None:
        super().__init__(text)
        self.text, self.status, self.retry_after = text, status, retry_after


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None  # a redirected POST would lose its body: the 3xx is reported as it is


_OPENER = urllib.request.build_opener(_NoRedirect)


def _scrub(text: str, token: str) -> str:
    return text.replace(token, "***") if token else text


def _retry_after(value: str | None) -> float | None:
    try:
        seconds = float(value) if value is not None else None
    except ValueError:
        return None  # an HTTP date: back off as usual
    if seconds is None or seconds != seconds or seconds < 0:
        return None
    return min(seconds, RETRY_AFTER_CAP)


def _platform_words(body: bytes) -> str:
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return ""
    return str(data.get("error", "")) if isinstance(data, dict) else ""


def _request(
    method: str, url: str, token: str, body: bytes | None, headers: dict[str, str], timeout: float
) -> tuple[int, Any, bytes]:
    """(status, headers, body) of an answer; _Transient when there was none."""
    request = urllib.request.Request(url, data=body, method=method)
    for name, value in headers.items():
        request.add_header(name, value)
    request.add_unredirected_header("Authorization", f"Bearer {token}")
    try:
        with _OPENER.open(request, timeout=timeout) as answer:
            return int(answer.status), answer.headers, answer.read()
    except urllib.error.HTTPError as exc:
        try:
            data = exc.read()
        except (OSError, http.client.HTTPException):
            data = b""
        return int(exc.code), exc.headers, data
    except urllib.error.URLError as exc:
        reason = exc.reason
        text = reason.strerror if isinstance(reason, OSError) and reason.strerror else str(reason)
        raise _Transient(f"无法连接平台：{text}") from None
    except (TimeoutError, ConnectionError, http.client.HTTPException, OSError) as exc:
        raise _Transient(f"连接中断：{type(exc).__name__} {exc}".strip()) from None


def _pause(progress: Progress) -> Callable[[float], None]:
    """A sleep that the cancel button ends early."""

    def sleep(seconds: float) -> None:
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            progress.check()
            time.sleep(min(left, 0.1))
        progress.check()

    return sleep


class _Uploader:
    def __init__(
        self,
        db: Database,
        url: str,
        token: str,
        progress: Progress,
        sleep: Callable[[float], None],
        max_attempts: int,
        now: Callable[[], dt.datetime],
        rng: random.Random,
        timeout: float,
    ) -> None:
        self.db, self.base, self.token = db, url, token
        self.progress, self.sleep, self.max_attempts = progress, sleep, max_attempts
        self.now, self.rng, self.timeout = now, rng, timeout
        self.attempts: list[Attempt] = []
        self.fetched: list[str] = []

    def backoff(self, failures: int) -> float:
        step: float = BACKOFF_BASE * 2.0 ** (failures - 1)
        return min(BACKOFF_CAP, step) * self.rng.uniform(0.5, 1.0)

    def note(
        self, batch: BatchInfo, method: str, outcome: str, status: int | None, after: float | None
    ) -> None:
        self.attempts.append(Attempt(batch.sequence, batch.batch_id, method, outcome, status, after, 0.0))
        log.info("sync upload: batch %s (no. %s) %s → %s", batch.batch_id, batch.sequence, method, outcome)

    def waited(self, seconds: float) -> None:
        self.attempts[-1] = replace(self.attempts[-1], wait=seconds)

    def deliver(self, prepared: Prepared) -> bytes:
        """The receipt's bytes for the prepared batch, sending it as often as needed."""
        batch = prepared.batch
        assert batch is not None
        if len(prepared.package) > MAX_UPLOAD:
            raise OperationFailed(_too_big(batch, len(prepared.package)))
        ask_first = prepared.rewritten  # made before this round: the platform may have it already
        failures = 0
        while True:
            self.progress.check()
            method = "GET" if ask_first else "POST"
            what = "查询" if ask_first else "上传"
            self.progress.set(label=f"正在{what}第{batch.sequence}批（{batch.file_name}）")
            try:
                status, headers, body = self.send(batch, method, prepared.package)
            except _Transient as exc:
                status, headers, body, problem = None, None, b"", _scrub(exc.text, self.token)
            else:
                problem = ""
            retry_after = _retry_after(headers.get("Retry-After")) if headers is not None else None
            outcome = f"HTTP {status}" if status is not None else problem
            self.note(batch, method, outcome, status, retry_after)
            if ask_first and status in (200, 404):
                ask_first = False
                if status == 200:
                    self.fetched.append(batch.batch_id)
                    return body
                continue  # the platform never received it: send it now
            words = _scrub(_platform_words(body), self.token)
            if status == 200:
                return body
            if method == "POST":
                self.record(batch, _failure_text(status, problem, words, retry_after))
            if status == 401:
                raise NotPermitted(
                    "平台拒绝了令牌（HTTP 401）：令牌不正确或已失效，请向省平台索取本企业的令牌后重新填写。"
                )
            if status == 413:
                raise OperationFailed(_too_big(batch, len(prepared.package)))
            if status is not None and status not in RETRY_STATUSES and status < 500:
                raise OperationFailed(
                    f"平台拒收了第{batch.sequence}批的上传请求（HTTP {status}{'：' + words if words else ''}）。"
                    "批次已保存，核对平台地址后可再次上传。"
                )
            failures += 1
            if failures >= self.max_attempts:
                raise OperationFailed(
                    f"已尝试{failures}次，第{batch.sequence}批仍未送达平台（最后一次：{_failure_text(status, problem, words, retry_after)}）。"
                    "批次已保存，稍后再次上传时会原样重发，不会重复上报。"
                )
            delay = retry_after if retry_after is not None else self.backoff(failures)
            self.waited(delay)
            busy = "平台繁忙" if status in RETRY_STATUSES else "未收到平台答复"
            self.progress.set(
                label=f"第{batch.sequence}批：{busy}，{delay:.0f} 秒后重试（第{failures + 1}次）"
            )
            self.sleep(delay)

    def send(self, batch: BatchInfo, method: str, package: bytes) -> tuple[int, Any, bytes]:
        if method == "GET":
            return _request(
                "GET", f"{self.base}{API_PATH}/{batch.batch_id}/receipt", self.token, None, {}, self.timeout
            )
        headers = {"Content-Type": "application/zip", "X-Batch-Id": batch.batch_id}
        return _request("POST", f"{self.base}{API_PATH}", self.token, package, headers, self.timeout)

    def record(self, batch: BatchInfo, error: str) -> None:
        with self.db.write() as session:
            record_sending(session, batch.batch_id, via="http", error=error, now=self.now())

    def apply(self, batch: BatchInfo, body: bytes, *, sent: bool) -> ReceiptResult:
        try:
            receipt = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            receipt = None
        if not isinstance(receipt, dict) or receipt.get("batch_id") != batch.batch_id:
            raise OperationFailed(
                f"平台对第{batch.sequence}批的答复不是这一批的回执，未作改动。批次已保存，稍后可再次上传。"
            )
        try:
            with self.db.write() as session:
                if sent:
                    record_sending(session, batch.batch_id, via="http", now=self.now())
                return apply_receipt(session, body, now=self.now())
        except InputRejected as exc:
            raise OperationFailed(f"平台返回的回执无法导入：{exc.message}") from None


def _failure_text(status: int | None, problem: str, words: str, retry_after: float | None) -> str:
    if status is None:
        return problem
    text = f"HTTP {status}"
    if words:
        text += f" {words}"
    if retry_after is not None:
        text += f"（Retry-After {retry_after:g} 秒）"
    return text


def _too_big(batch: BatchInfo, size: int) -> str:
    return (
        f"第{batch.sequence}批（{size / 1048576:.1f} MB）超过平台接受的 50 MB 上限，无法在线上传。"
        "请用“导出批次到U盘”写出这一批，交省平台管理员导入，再把回执带回导入。"
    )


def upload_pending(
    db: Database,
    url: str,
    token: str,
    *,
    progress: Progress = NO_PROGRESS,
    sleep: Callable[[float], None] | None = None,
    max_attempts: int = MAX_ATTEMPTS,
    now: Callable[[], dt.datetime] = utcnow,
    rng: random.Random | None = None,
    timeout: float = TIMEOUT,
) -> UploadResult:
    """Send every pending batch and apply each receipt (see the module's notes)."""
    if max_attempts < 1:
        raise InputRejected("重试次数至少为 1。")
    token = clean_token(token)
    uploader = _Uploader(
        db,
        clean_url(url),
        token,
        progress,
        sleep or _pause(progress),
        max_attempts,
        now,
        rng or random.Random(),
        timeout,
    )
    receipts: list[ReceiptResult] = []
    held: tuple[HeldBack, ...] = ()
    try:
        while True:
            progress.check()
            with db.write() as session:
                prepared = prepare_batch(session, now=now())
            held = prepared.held_back
            batch = prepared.batch
            if batch is None:
                break
            body = uploader.deliver(prepared)
            result = uploader.apply(batch, body, sent=batch.batch_id not in uploader.fetched)
            receipts.append(result)
            if result.errors:
                raise OperationFailed(f"{result.summary}已停止上传：请核对原因后再上报。")
    except Cancelled:
        raise Cancelled(
            "上传已取消。已收到回执的批次都已导入；尚未收到回执的批次已保存，下次上传时原样重发，不会重复上报。"
        ) from None
    except KnownError as exc:
        exc.message = _scrub(exc.message, token)
        raise
    return UploadResult(tuple(receipts), tuple(uploader.attempts), tuple(uploader.fetched), held)


__all__ = ["MAX_ATTEMPTS", "Attempt", "UploadResult", "upload_pending"]
