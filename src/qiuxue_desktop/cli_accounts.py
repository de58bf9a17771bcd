"""The `qiuxue` commands for accounts and the audit trail, and signing the command line in.

- Signing in: when the database has accounts, QIUXUE_USER and QIUXUE_PASSWORD name
  who runs the command, and the services hold the command to that user's role.
- `qiuxue users list|add|reset-password|set-role|unlock|deactivate|activate` (admin
  only) and `qiuxue users change-password` (anyone, for themselves). Passwords are read
  from standard input, never from the command line (it shows in the process list).
- `qiuxue audit [--user U] [--record R] [--since DATE] [--until DATE] [--action A]`: one
  line per entry, tab-separated: #id, time, who, action, table, record key, record name, changes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from qiuxue_desktop.errors import InputRejected, NotPermitted

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from qiuxue_desktop.db.engine import Database

Opener = Callable[[argparse.Namespace], "Database"]
_opener: Opener | None = None


def sign_in_from_environment(db: Database) -> None:
    """Sign `db` in as QIUXUE_USER when the database has accounts; without accounts the
    one person at this PC acts (cli.md) and the variables only name them."""
    from qiuxue_desktop.services.auth import has_accounts, sign_in

    user = os.environ.get("QIUXUE_USER", "")
    if not user:
        return
    with db.read() as s:
        if not has_accounts(s):
            return
    password = os.environ.get("QIUXUE_PASSWORD")
    if password is None:
        raise NotPermitted("设置了 QIUXUE_USER 却没有 QIUXUE_PASSWORD：请同时给出密码。")
    sign_in(db, user, password)


def init_admin(session: Session, username: str, password: str) -> None:
    """`qiuxue init --admin-user`: the first account, an admin with the password typed, who then
    acts for the rest of the command (the enterprise is recorded as the admin's)."""
    from qiuxue_desktop.services.accounts import add_user
    from qiuxue_desktop.services.auth import assume_principal

    admin = add_user(
        session,
        username=username,
        display_name=username,
        role="admin",
        password=password,
        must_change_password=False,
    )
    assume_principal(session, admin.username)


def read_password(prompt: str) -> str:
    """One password from standard input: typed twice at a terminal, else the first line."""
    if sys.stdin is None:
        raise InputRejected("没有标准输入，读不到密码：请通过标准输入提供密码。")
    if sys.stdin.isatty():
        first = getpass.getpass(prompt)
        if getpass.getpass("再输入一次：") != first:
            raise InputRejected("两次输入的密码不一致，未作任何改动。")
        return first
    line = sys.stdin.readline()
    password = line.rstrip("\r\n")
    if not password:
        raise InputRejected("没有从标准输入读到密码（第一行为空），未作任何改动。")
    return password


def _run(args: argparse.Namespace, work: Callable[[Session], str | None], write: bool = True) -> int:
    assert _opener is not None
    db = _opener(args)
    try:
        with db.write() if write else db.read() as s:
            text = work(s)
    finally:
        db.dispose()
    if text:
        print(text)
    return 0


def _when(at: dt.datetime | None) -> str:
    from qiuxue_desktop.services.audit import LOCAL_TIME

    return at.astimezone(LOCAL_TIME).strftime("%Y-%m-%d %H:%M") if at else "—"


def cmd_users_list(args: argparse.Namespace) -> int:
    from qiuxue_desktop.domain.base import utcnow
    from qiuxue_desktop.services.accounts import list_users

    def work(s: Session) -> str:
        now = utcnow()
        lines = []
        for u in list_users(s):
            state = "启用" if u.active else "停用"
            if u.locked(now):
                state += f"，锁定到 {_when(u.locked_until)}"
            if u.must_change_password:
                state += "，须修改临时密码"
            lines.append(
                f"{u.username}\t{u.display_name}\t{u.role_label}\t{state}\t最近登录 {_when(u.last_login_at)}"
            )
        return "\n".join(lines) if lines else "（没有账户：一人一机，无需登录）"

    return _run(args, work, write=False)


def cmd_users_add(args: argparse.Namespace) -> int:
    from qiuxue_desktop.services.accounts import add_user

    password = read_password("临时密码：")

    def work(s: Session) -> str:
        u = add_user(
            s,
            username=args.name,
            display_name=args.display_name or args.name,
            role=args.role,
            password=password,
        )
        return f"added {u.username} ({u.role_label}); the password must be changed at the first sign-in"

    return _run(args, work)


def cmd_users_reset_password(args: argparse.Namespace) -> int:
    from qiuxue_desktop.services.accounts import reset_password

    password = read_password("临时密码：")

    def work(s: Session) -> str:
        reset_password(s, args.name, password)
        return f"password of {args.name} reset; it must be changed at the next sign-in"

    return _run(args, work)


def cmd_users_set_role(args: argparse.Namespace) -> int:
    from qiuxue_desktop.domain.permissions import role_label
    from qiuxue_desktop.services.accounts import set_role

    def work(s: Session) -> str:
        set_role(s, args.name, args.role)
        return f"{args.name} is now {role_label(args.role) if args.role.isascii() else args.role}"

    return _run(args, work)


def cmd_users_unlock(args: argparse.Namespace) -> int:
    from qiuxue_desktop.services.accounts import unlock

    def work(s: Session) -> str:
        unlock(s, args.name)
        return f"unlocked {args.name}"

    return _run(args, work)


def _set_active(active: bool) -> Callable[[argparse.Namespace], int]:
    def command(args: argparse.Namespace) -> int:
        from qiuxue_desktop.services.accounts import set_active

        def work(s: Session) -> str:
            set_active(s, args.name, active)
            return f"{'activated' if active else 'deactivated'} {args.name}"

        return _run(args, work)

    return command


def cmd_users_change_password(args: argparse.Namespace) -> int:
    from qiuxue_desktop.services.auth import change_own_password

    new = read_password("新密码：")

    def work(s: Session) -> str:
        old = os.environ.get("QIUXUE_PASSWORD", "")
        p = change_own_password(s, old, new)
        return f"password of {p.username} changed"

    return _run(args, work)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期“{text}”应写成 YYYY-MM-DD，例如 2026-03-01") from None


def cmd_audit(args: argparse.Namespace) -> int:
    from qiuxue_desktop.services.audit import AuditQuery, count_entries, fetch_entries, query_entry_ids

    query = AuditQuery(
        actor=args.user or "",
        record=args.record or "",
        since=args.since,
        until=args.until,
        action=args.action or "",
    )

    def work(s: Session) -> str:
        ids = query_entry_ids(s, query, limit=args.limit or None)
        lines = []
        for e in fetch_entries(s, ids):
            what = "；".join(p for p in (e.summary(), e.detail) if p)
            lines.append(
                f"#{e.id}\t{e.local_time}\t{e.actor}\t{e.action_label}\t{e.table_label}\t{e.record_key}"
                f"\t{e.record_name}\t{what}"
            )
        total = count_entries(s, query) if args.limit and len(ids) == args.limit else len(ids)
        if total > len(ids):
            print(
                f"qiuxue: 共 {total} 条，只列出最新的 {len(ids)} 条（--limit 0 列出全部）。", file=sys.stderr
            )
        return "\n".join(lines)

    return _run(args, work, write=False)


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser], opener: Opener) -> None:
    """Add `users` and `audit` to the `qiuxue` parser; `opener` opens and signs in the database."""
    global _opener
    _opener = opener
    users = sub.add_parser("users", help="账户（管理员）：列出、添加、重置密码、角色、解锁、停用")
    usub = users.add_subparsers(dest="users_command", required=True, metavar="ACTION")
    usub.add_parser("list", help="列出账户").set_defaults(func=cmd_users_list, db_access="read")
    add = usub.add_parser("add", help="添加账户（临时密码从标准输入读取）")
    add.add_argument("name")
    add.add_argument(
        "--role",
        required=True,
        help="admin 管理员 | coordinator 培训专员 | union 工会主席 | finance 财务 | viewer 查看",
    )
    add.add_argument("--display-name")
    add.set_defaults(func=cmd_users_add)
    reset = usub.add_parser("reset-password", help="重置密码（临时密码从标准输入读取）")
    reset.add_argument("name")
    reset.set_defaults(func=cmd_users_reset_password)
    role = usub.add_parser("set-role", help="修改角色")
    role.add_argument("name")
    role.add_argument("role")
    role.set_defaults(func=cmd_users_set_role)
    for name, func, text in (
        ("unlock", cmd_users_unlock, "解除锁定"),
        ("deactivate", _set_active(False), "停用账户"),
        ("activate", _set_active(True), "重新启用账户"),
    ):
        p = usub.add_parser(name, help=text)
        p.add_argument("name")
        p.set_defaults(func=func)
    usub.add_parser("change-password", help="修改自己的密码（新密码从标准输入读取）").set_defaults(
        func=cmd_users_change_password
    )

    audit = sub.add_parser("audit", help="列出审计日志（最新的在前）")
    audit.add_argument("--user", help="操作人（用户名）")
    audit.add_argument("--record", help="学员姓名、账户名，或记录编号（UUID，或其开头几位）")
    audit.add_argument("--since", type=_date, help="起始日期 YYYY-MM-DD（含）")
    audit.add_argument("--until", type=_date, help="截止日期 YYYY-MM-DD（含）")
    audit.add_argument("--action", help="动作，如 insert、update、reveal、export、login")
    audit.add_argument("--limit", type=int, default=200, help="最多列出几条（0：全部）")
    audit.set_defaults(func=cmd_audit, db_access="read")
