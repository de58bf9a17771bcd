"""The `qiuxue` command: argparse over the same services the window uses.

Exit codes (cli.md): 0 done, 2 bad command line, 3 input rejected, 4 not
permitted, 5 any other failure. A user never sees a traceback, only one line.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from qiuxue_desktop import __version__
from qiuxue_desktop.errors import InputRejected, KnownError

log = logging.getLogger("qiuxue")

Handler = Callable[[argparse.Namespace], int]


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """Open the database and sign in as QIUXUE_USER when it has accounts (cli_accounts)."""
    from qiuxue_desktop import paths
    from qiuxue_desktop.cli_accounts import sign_in_from_environment
    from qiuxue_desktop.db.migrate import open_database

    db = open_database(paths.resolve_db_target(args.db))
    try:
        sign_in_from_environment(db)
    except BaseException:
        db.dispose()
        raise
    return db


def cmd_init(args: argparse.Namespace) -> int:
    from qiuxue_desktop.cli_accounts import init_admin, read_password
    from qiuxue_desktop.services.enterprise import create_enterprise

    password = read_password("管理员密码：") if args.admin_user else None
    db = _open(args)
    try:
        with db.write() as s:
            if args.admin_user and password is not None:
                init_admin(s, args.admin_user, password)  # the enterprise is then the admin's first act
            create_enterprise(s, name=args.org_name, uscc=args.uscc, short_code=args.short_code or "")
    finally:
        db.dispose()
    print(f"created {db.target}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from qiuxue_desktop.services.demo import create_demo

    if args.learners < 1:
        raise InputRejected("--learners 至少为 1。")
    db = _open(args)
    try:
        with db.write() as s:
            n = create_demo(s, learners=args.learners, seed=args.seed)
    finally:
        db.dispose()
    print(f"demo enterprise with {n} learners")
    return 0


def cmd_learners_template(args: argparse.Namespace) -> int:
    from qiuxue_desktop.io.excel.roster_template import write_template

    write_template(Path(args.out))
    print(f"wrote {args.out}")
    return 0


def cmd_learners_import(args: argparse.Namespace) -> int:
    from qiuxue_desktop.io.excel.report import write_report
    from qiuxue_desktop.io.excel.roster_import import (
        ParsedRoster,
        RosterRejected,
        import_roster,
        read_roster,
    )
    from qiuxue_desktop.services.enterprise import require_enterprise

    path = Path(args.file)
    report = Path(args.report) if args.report else None
    parsed: ParsedRoster | None = None
    try:
        parsed = read_roster(path)
        if parsed.issues:
            raise RosterRejected(parsed.issues)
        db = _open(args)
        try:
            if not args.dry_run:
                from qiuxue_desktop.services.backups import backup_if_changed

                backup_if_changed(db, "before-import")
            # A dry run only reads: its session is rolled back, never committed.
            with db.read() if args.dry_run else db.write() as s:
                enterprise = require_enterprise(s)
                result = import_roster(s, enterprise.id, parsed, dry_run=args.dry_run)
        finally:
            db.dispose()
    except RosterRejected as exc:
        if report:
            write_report(report, exc.issues, source=path.name, roster=parsed)
        for issue in exc.issues:
            print(issue.describe(), file=sys.stderr)
        raise
    if report:
        write_report(report, [], source=path.name)
    if args.dry_run:
        print(
            f"would import {result.added}, update {result.updated}, "
            f"leave {result.unchanged} unchanged (dry run: nothing written)"
        )
    else:
        print(f"imported {result.added}, updated {result.updated}")
    return 0


def cmd_learners_export(args: argparse.Namespace) -> int:
    from qiuxue_desktop.io.excel.roster_export import export_roster
    from qiuxue_desktop.services.enterprise import require_enterprise

    db = _open(args)
    try:
        with db.write() as s:
            enterprise = require_enterprise(s)
            n = export_roster(s, enterprise.id, Path(args.out))
    finally:
        db.dispose()
    print(f"exported {n} learners to {args.out}")
    return 0


def _read_password(prompt: str) -> str:
    """An existing password (asked once): from stdin (one line), or typed without echo at a terminal."""
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt)
    return sys.stdin.readline().rstrip("\r\n")


def cmd_backup(args: argparse.Namespace) -> int:
    from qiuxue_desktop import paths
    from qiuxue_desktop.cli_accounts import read_password
    from qiuxue_desktop.db.sealed import check_password
    from qiuxue_desktop.services.backups import backup_now, copy_to_folder, database_file

    database_file(paths.resolve_db_target(args.db))  # a server database is refused before anything
    password = check_password(read_password("加密密码：")) if args.encrypt else None
    db = _open(args)
    try:
        entry = backup_now(db)
        print(f"backup {entry.path}")
        if args.out:
            out = Path(args.out).absolute()
            copy = copy_to_folder(db, entry, out.parent, password=password, name=out.name)
            print(f"copied to {copy}" + (" (encrypted)" if password else ""))
    finally:
        db.dispose()
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from qiuxue_desktop import paths
    from qiuxue_desktop.db.restore import backup_kind
    from qiuxue_desktop.services.backups import database_file, may_restore, restore

    source = Path(args.file)
    target = paths.resolve_db_target(args.db)
    database_file(target)
    password = _read_password("备份文件的密码：") if backup_kind(source) == "sealed" else None
    current = None
    path = database_file(target)
    if path.exists() and path.stat().st_size > 0:
        from qiuxue_desktop.db.integrity import quick_check

        if not quick_check(path):  # a damaged file cannot say who may replace it
            current = _open(args)
            try:
                may_restore(current)
            finally:
                current.dispose()
    restored = restore(target, source, password=password, actor_db=current)
    restored.db.dispose()
    result = restored.result
    print(f"restored {source} into {target}")
    if result.safety_copy is not None:
        print(f"the previous content was backed up to {result.safety_copy}")
    if result.moved_aside is not None:
        print(f"the previous, damaged file was moved to {result.moved_aside}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from qiuxue_desktop import paths
    from qiuxue_desktop.services.checks import run_checks

    failed = 0
    for r in run_checks(paths.resolve_db_target(args.db), backup_folder=paths.backup_dir()):
        if r.skipped:
            print(f"{r.check.label}：未检查（{r.skipped}）")
        elif r.ok:
            print(f"{r.check.label}：通过")
        for problem in r.problems:
            failed += 1
            print(f"{r.check.label}：{problem}", file=sys.stderr)
    return 5 if failed else 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="qiuxue", description="求学圆梦 桌面版 命令行")
    p.add_argument("--version", action="version", version=f"qiuxue-desktop {__version__}")
    p.add_argument("--db", help="数据库文件路径或 SQLAlchemy URL（默认：用户数据目录中的 qiuxue.sqlite3）")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    init = sub.add_parser("init", help="创建数据库和企业")
    init.add_argument("--org-name", required=True)
    init.add_argument("--uscc", required=True)
    init.add_argument("--short-code")
    init.add_argument("--admin-user")
    init.set_defaults(func=cmd_init)

    demo = sub.add_parser("demo", help="在空数据库中生成演示企业和学员")
    demo.add_argument("--learners", type=int, default=300)
    demo.add_argument("--seed", type=int, default=None)
    demo.set_defaults(func=cmd_demo)

    learners = sub.add_parser("learners", help="学员花名册")
    lsub = learners.add_subparsers(dest="learners_command", required=True, metavar="ACTION")
    t = lsub.add_parser("template", help="写出空白花名册模板")
    t.add_argument("out")
    t.set_defaults(func=cmd_learners_template, db_access="none")
    i = lsub.add_parser("import", help="导入花名册（全部成功或全部不导入）")
    i.add_argument("file")
    i.add_argument("--dry-run", action="store_true")
    i.add_argument("--report")
    i.set_defaults(func=cmd_learners_import)
    e = lsub.add_parser("export", help="导出花名册")
    e.add_argument("out")
    e.set_defaults(func=cmd_learners_export)

    from qiuxue_desktop.cli_accounts import add_commands

    add_commands(sub, _open)  # users …, audit

    from qiuxue_desktop.cli_study import add_commands as add_study_commands

    add_study_commands(sub, _open)  # enrolments list, coursework import, exams calendar

    from qiuxue_desktop.cli_sync import add_commands as add_sync_commands

    add_sync_commands(sub, _open)  # sync export, receipt, status

    from qiuxue_desktop.cli_print import add_commands as add_print_commands

    print_sub = add_print_commands(sub, _open)  # print claim-form, print summary

    from qiuxue_desktop.cli_certificates import add_commands as add_certificate_commands

    add_certificate_commands(sub, print_sub, _open)  # print certificates, verify

    # db_access: "write" (the default) takes the database's single-writer lock; "read" and
    # "none" do not (an online backup and a check are safe beside a writer).
    b = sub.add_parser("backup", help="备份数据库（到用户数据目录；--out 再复制一份）")
    b.add_argument("--out", help="另存一份备份到此文件（如 U 盘）")
    b.add_argument("--encrypt", action="store_true", help="用密码加密 --out 的那份（密码从标准输入读取）")
    b.set_defaults(func=cmd_backup, db_access="read")
    r = sub.add_parser("restore", help="从备份恢复数据库（先备份当前数据库）")
    r.add_argument("file")
    r.set_defaults(func=cmd_restore)
    c = sub.add_parser("check", help="完整检查数据库：完整性、引用、审计日志")
    c.set_defaults(func=cmd_check, db_access="read")
    return p


LOCK_WAIT_SECONDS = 5.0


def _guard(args: argparse.Namespace) -> object:
    """For a command on an SQLite file: warn on stderr when the file lies on a network drive or
    in a sync folder, and take the single-writer lock for a writing command (waiting briefly)."""
    from qiuxue_desktop import paths
    from qiuxue_desktop.db.engine import sqlite_path

    access = getattr(args, "db_access", "write")
    path = sqlite_path(paths.resolve_db_target(args.db)) if access != "none" else None
    if path is None:
        return None
    from qiuxue_desktop.db.location import storage_warning

    warning = storage_warning(path)
    if warning:
        print(f"qiuxue: {warning}", file=sys.stderr)
    if access != "write":
        return None
    from qiuxue_desktop.db.lock import DbLock

    return DbLock(path).acquire(wait=LOCK_WAIT_SECONDS)


def _setup_logging() -> None:
    from qiuxue_desktop import paths

    try:
        handler: logging.Handler = logging.FileHandler(paths.log_dir() / "qiuxue-cli.log", encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler])


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)  # exits 2 on a wrong command line
    _setup_logging()
    if args.command == "backup" and args.encrypt and not args.out:
        parser.error("--encrypt 需要与 --out 一起使用（加密的那份是带走的副本）")
    func: Handler = args.func
    lock = None
    try:
        lock = _guard(args)
        return func(args)
    except KnownError as exc:
        print(f"qiuxue: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("qiuxue: 已中断，没有写入未完成的数据。", file=sys.stderr)
        return 5
    except Exception as exc:
        from qiuxue_desktop import paths
        from qiuxue_desktop.db.engine import explain_db_error

        known = explain_db_error(exc)
        if known is not None:
            log.warning("database failure: %s", exc)
            print(f"qiuxue: {known.message}", file=sys.stderr)
            return known.exit_code
        log.exception("unexpected error")

        print(
            f"qiuxue: 意外错误（{type(exc).__name__}: {exc}），详情见日志 {paths.log_dir()}", file=sys.stderr
        )
        return 5
    finally:
        if lock is not None:
            lock.release()  # type: ignore[attr-defined]


if __name__ == "__main__":
    raise SystemExit(main())
