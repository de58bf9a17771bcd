"""The `qiuxue sync` commands (cli.md): reporting to the provincial platform through files.

- `qiuxue sync export --out DIR`: writes the next batch into DIR and prints its path (the
  batch awaiting its receipt, byte for byte, when there is one); prints `nothing to send` and
  writes nothing when no change is pending. Rows held back are listed on stderr.
- `qiuxue sync receipt FILE.json`: applies a platform receipt; rows refused are listed on
  stderr with their code and message. A file that is not a receipt, or a receipt of another
  batch, is refused (exit 3) with nothing changed.
- `qiuxue sync status`: pending changes, the batch awaiting its receipt, rejected records.
- `qiuxue sync upload --url URL --token-file F`: sends the pending batches over HTTP
  (sync/http.py: retries with back-off, the same batch again until its receipt is applied) and
  prints one line per receipt applied (`nothing to send` when nothing was pending). A wrong
  token exits 4; a platform that stays unreachable, a package rejected as a whole, exit 5. The
  token is read from the file and goes nowhere but the request's Authorization header.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from qiuxue_desktop.errors import InputRejected

if TYPE_CHECKING:
    from qiuxue_desktop.db.engine import Database

Opener = Callable[[argparse.Namespace], "Database"]
_opener: Opener | None = None


def _open(args: argparse.Namespace) -> Database:
    assert _opener is not None
    return _opener(args)


def cmd_sync_export(args: argparse.Namespace) -> int:
    from qiuxue_desktop.sync.batches import export_batch

    db = _open(args)
    try:
        result = export_batch(db, Path(args.out))
    finally:
        db.dispose()
    prepared = result.prepared
    if result.path is None:
        print("nothing to send")
    else:
        print(result.path)
    print(result.summary, file=sys.stderr)
    for item in prepared.held_back:
        print(f"暂缓上报：{item.describe()}", file=sys.stderr)
    return 0


def cmd_sync_receipt(args: argparse.Namespace) -> int:
    from qiuxue_desktop.sync.receipts import apply_receipt

    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputRejected(f"无法读取回执文件“{path}”（{exc.strerror or exc}）。") from exc
    db = _open(args)
    try:
        with db.write() as s:
            result = apply_receipt(s, data)
    finally:
        db.dispose()
    print(result.summary)
    for row in result.rejected:
        print(f"拒收：{row.describe()}", file=sys.stderr)
    return 0


def cmd_sync_status(args: argparse.Namespace) -> int:
    from qiuxue_desktop.domain.sync import KIND_LABELS
    from qiuxue_desktop.sync.status import sync_status

    db = _open(args)
    try:
        with db.read() as s:
            status = sync_status(s)
    finally:
        db.dispose()
    pending = "，".join(f"{KIND_LABELS[k]} {n}" for k, n in status.pending.items())
    print(f"待上报：{pending}")
    if status.waiting:
        waiting = "，".join(f"{KIND_LABELS[k]} {n}" for k, n in status.waiting.items())
        print(f"尚未入学、暂不上报：{waiting}")
    awaiting = status.awaiting
    if awaiting is not None:
        print(f"等待回执：第{awaiting.sequence}批 {awaiting.file_name}（{awaiting.rows}行）")
    for b in status.batches:
        print(f"批次\t{b.sequence}\t{b.file_name}\t{b.state_label}\t{b.rows}行")
    for item in status.held_back:
        print(f"暂缓\t{item.describe()}")
    for rejected in status.rejected:
        print(f"被拒\t{rejected.describe()}")
    if status.warning:
        print(status.warning, file=sys.stderr)
    return 0


def _read_token(path: Path) -> str:
    try:
        return path.read_text("utf-8")
    except UnicodeDecodeError:
        raise InputRejected(f"令牌文件“{path}”不是文本文件。") from None
    except OSError as exc:
        raise InputRejected(f"无法读取令牌文件“{path}”（{exc.strerror or exc}）。") from None


def cmd_sync_upload(args: argparse.Namespace) -> int:
    from qiuxue_desktop.sync.connection import clean_token, clean_url
    from qiuxue_desktop.sync.http import upload_pending

    url = clean_url(args.url)
    token = clean_token(_read_token(Path(args.token_file)))
    if args.attempts < 1:
        raise InputRejected("--attempts 至少为 1。")
    db = _open(args)
    try:
        result = upload_pending(db, url, token, max_attempts=args.attempts)
    finally:
        db.dispose()
    if not result.receipts:
        print("nothing to send")
    fetched = set(result.fetched)
    for receipt in result.receipts:
        again = "（此前已送达，取回回执）" if receipt.batch.batch_id in fetched else ""
        print(f"{receipt.batch.file_name}\t{receipt.summary}{again}")
        for row in receipt.rejected:
            print(f"拒收：{row.describe()}", file=sys.stderr)
    for item in result.held_back:
        print(f"暂缓上报：{item.describe()}", file=sys.stderr)
    return 0


def add_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], opener: Opener
) -> argparse._SubParsersAction[argparse.ArgumentParser]:
    """`qiuxue sync export|receipt|status|upload`, opening the database through `opener`;
    returns the `sync` group's sub-commands (for any further one)."""
    global _opener
    _opener = opener
    sync = sub.add_parser("sync", help="向省平台上报：导出批次、导入回执、查看状态")
    ssub = sync.add_subparsers(dest="sync_command", required=True, metavar="ACTION")
    e = ssub.add_parser("export", help="把下一批待上报数据写成批次文件（等待回执的批次按原样重写）")
    e.add_argument("--out", required=True, help="批次文件写入的文件夹（如 U 盘）")
    e.set_defaults(func=cmd_sync_export)
    r = ssub.add_parser("receipt", help="导入平台回执")
    r.add_argument("file")
    r.set_defaults(func=cmd_sync_receipt)
    st = ssub.add_parser("status", help="待上报的变更、等待回执的批次、被拒的记录")
    st.set_defaults(func=cmd_sync_status, db_access="read")
    u = ssub.add_parser("upload", help="通过网络向省平台上报待上报的批次，并导入回执")
    u.add_argument("--url", required=True, help="省平台地址，如 https://平台域名")
    u.add_argument("--token-file", required=True, help="存放平台发放的企业令牌的文本文件")
    u.add_argument(
        "--attempts", type=int, default=8, help="每一批最多尝试的次数（平台繁忙或连接中断时重试；默认 8）"
    )
    u.set_defaults(func=cmd_sync_upload)
    return ssub
