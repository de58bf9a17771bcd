"""`qiuxue check`: a list of named checks, each answering with its problems in words.

Checks on the file itself (SQLite's integrity_check) run first, on the closed file, and when
one fails nothing else is attempted: a damaged file is not opened, let alone upgraded. Then the
database is opened and the others run in one read session. Later issues add theirs with
`register(Check(...))` (issue 4: the money lines adding up); the order of registration is the
order of the report.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qiuxue_desktop.db.backups import list_backups
from qiuxue_desktop.db.engine import Database, sqlite_path
from qiuxue_desktop.db.integrity import MAX_REPORTED, NotADatabase, integrity_check
from qiuxue_desktop.domain.audit import AuditEntry


@dataclass(frozen=True)
class CheckContext:
    target: str
    path: Path | None  # the SQLite file, None for a server database
    backup_folder: Path


FileCheck = Callable[[Path], list[str]]
SessionCheck = Callable[[Session, CheckContext], list[str]]


@dataclass(frozen=True)
class Check:
    key: str
    label: str
    on_file: FileCheck | None = None  # SQLite only, before the database is opened
    in_session: SessionCheck | None = None


@dataclass(frozen=True)
class CheckResult:
    check: Check
    problems: list[str]
    skipped: str = ""  # why the check did not run (not applicable, or an earlier one failed)

    @property
    def ok(self) -> bool:
        return not self.problems


CHECKS: list[Check] = []


def register(check: Check) -> Check:
    if any(c.key == check.key for c in CHECKS):
        raise ValueError(f"check {check.key!r} registered twice")
    CHECKS.append(check)
    return check


# --- the checks of issue 7 ----------------------------------------------------------------------


def _foreign_keys(session: Session, ctx: CheckContext) -> list[str]:
    if ctx.path is None:
        return []  # a server enforces its foreign keys itself
    rows = session.connection().exec_driver_sql("PRAGMA foreign_key_check").fetchmany(MAX_REPORTED)
    return [f"表 {table} 第 {rowid} 行引用的 {parent} 记录不存在" for table, rowid, parent, _fk in rows]


def _audit_chain(session: Session, _ctx: CheckContext) -> list[str]:
    from qiuxue_desktop.services.audit import verify_chain

    report = verify_chain(session)
    return [] if report.ok else [report.problem]


def _local(at: dt.datetime) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


def _audit_against_backups(session: Session, ctx: CheckContext) -> list[str]:
    """The audit head each backup remembers must still be in the chain, unchanged: this finds
    the newest entries cut off, which the chain alone cannot show (data-safety.md). Backups
    older than the latest recorded restore belong to the content that restore replaced."""
    if ctx.path is None:
        return []
    restored = session.scalar(select(func.max(AuditEntry.at)).where(AuditEntry.action == "restore"))
    problems: list[str] = []
    for entry in list_backups(ctx.backup_folder, ctx.path):
        marker = entry.manifest.marker
        if marker is None or marker.entry_id == 0:
            continue
        if restored is not None and entry.created_at <= restored:
            break
        stored = session.scalar(select(AuditEntry.hash).where(AuditEntry.id == marker.entry_id))
        when = _local(entry.created_at)
        if stored is None:
            problems.append(
                f"{when} 的备份记得审计日志已有第 {marker.entry_id} 条，数据库中却没有了：最新的记录被删掉了。"
            )
        elif stored != marker.entry_hash:
            problems.append(f"审计日志第 {marker.entry_id} 条与 {when} 的备份所记的不同：这条记录被改动过。")
        if problems:
            break
    return problems


register(Check("integrity", "数据库完整性", on_file=integrity_check))
register(Check("foreign_keys", "记录之间的引用", in_session=_foreign_keys))
register(Check("audit_chain", "审计日志哈希链", in_session=_audit_chain))
register(Check("audit_backups", "审计日志与备份所记一致", in_session=_audit_against_backups))


# --- the check of issue 4 -----------------------------------------------------------------------


def _money_adds_up(session: Session, _ctx: CheckContext) -> list[str]:
    from qiuxue_desktop.services.money_check import money_problems

    return money_problems(session)


register(Check("money", "金额合计", in_session=_money_adds_up))


# --- running them -------------------------------------------------------------------------------


def run_checks(
    target: str,
    *,
    backup_folder: Path,
    open_db: Callable[[str], Database] | None = None,
    checks: list[Check] | None = None,
) -> list[CheckResult]:
    """Every check, in order. NotADatabase (exit 3) when the file is missing or not a database."""
    todo = list(CHECKS if checks is None else checks)
    path = sqlite_path(target)
    ctx = CheckContext(target, path, backup_folder)
    results: list[CheckResult] = []
    if path is not None and not path.is_file():
        raise NotADatabase(f"数据库文件 {path} 不存在。")
    for check in todo:
        if check.on_file is None:
            continue
        if path is None:
            results.append(CheckResult(check, [], skipped="服务器数据库由服务器自己检查"))
        else:
            results.append(CheckResult(check, check.on_file(path)))
    session_checks = [c for c in todo if c.in_session is not None]
    if any(not r.ok for r in results):
        return results + [CheckResult(c, [], skipped="文件已损坏，未检查") for c in session_checks]
    opener = open_db
    if opener is None:
        from qiuxue_desktop.db.migrate import open_database

        opener = open_database
    db = opener(target)
    try:
        with db.read() as session:
            for check in session_checks:
                assert check.in_session is not None
                results.append(CheckResult(check, check.in_session(session, ctx)))
    finally:
        db.dispose()
    return results
