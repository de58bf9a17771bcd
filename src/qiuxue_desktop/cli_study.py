"""The `qiuxue` commands for enrolments, coursework and exams.

- `qiuxue enrolments list [--at-risk] [--status S …]`: one line per enrolment, tab-separated,
  with its progress and, when at risk, the reasons.
- `qiuxue coursework import FILE [--dry-run] [--report OUT.xlsx]`: a college's transcript,
  all or nothing, exit codes as the roster import (3 when anything is wrong, with the sheet,
  row and column on stderr and in the report).
- `qiuxue exams calendar --from D --to D --out F.xlsx [--department NAME]`: the exam calendar.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from qiuxue_desktop.domain.study_codes import STATUS_BY_LABEL, STATUSES
from qiuxue_desktop.errors import InputRejected

if TYPE_CHECKING:
    from qiuxue_desktop.db.engine import Database

Opener = Callable[[argparse.Namespace], "Database"]
_opener: Opener | None = None


def _open(args: argparse.Namespace) -> Database:
    assert _opener is not None
    return _opener(args)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}”不是日期，请写成2026-01-05") from None


def _status(text: str) -> str:
    code = STATUS_BY_LABEL.get(text.strip(), text.strip())
    if code not in STATUSES:
        raise argparse.ArgumentTypeError(f"没有“{text}”这种学籍状态，可选：{'、'.join(STATUSES.values())}")
    return code


def cmd_enrolments_list(args: argparse.Namespace) -> int:
    from qiuxue_desktop.services.enterprise import require_enterprise
    from qiuxue_desktop.services.progress import compute_progress

    db = _open(args)
    try:
        with db.read() as s:
            enterprise = require_enterprise(s)
            rows = compute_progress(s, enterprise.id, at_risk_only=args.at_risk)
    finally:
        db.dispose()
    if args.status:
        rows = [r for r in rows if r.status in args.status]
    out = sys.stdout
    try:
        out.write("学号\t姓名\t部门\t院校\t专业\t层次\t状态\t学分\t学期\t风险\n")
        for r in rows:
            out.write(
                f"{r.student_no}\t{r.learner_name}\t{r.department}\t{r.institution_name}\t{r.programme_name}\t"
                f"{r.level_label}\t{r.status_label}\t{r.credits_earned}/{r.credits_required}\t"
                f"{min(r.terms_completed, r.terms_planned)}/{r.terms_planned}\t{'；'.join(r.reasons)}\n"
            )
        out.flush()
    except BrokenPipeError:  # `| head`: the reader has what it wanted
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    print(f"{len(rows)} enrolments" + (" at risk" if args.at_risk else ""), file=sys.stderr)
    return 0


def cmd_coursework_import(args: argparse.Namespace) -> int:
    from qiuxue_desktop.io.excel.report import write_report
    from qiuxue_desktop.io.excel.transcript_import import (
        ParsedTranscript,
        TranscriptRejected,
        import_transcript,
        read_transcript,
    )
    from qiuxue_desktop.services.enterprise import require_enterprise

    path = Path(args.file)
    report = Path(args.report) if args.report else None
    parsed: ParsedTranscript | None = None
    try:
        parsed = read_transcript(path)
        if parsed.issues:
            raise TranscriptRejected(parsed.issues)
        db = _open(args)
        try:
            if not args.dry_run:
                from qiuxue_desktop.services.backups import backup_if_changed

                backup_if_changed(db, "before-import")
            # A dry run only reads: its session is rolled back, never committed.
            with db.read() if args.dry_run else db.write() as s:
                enterprise = require_enterprise(s)
                result = import_transcript(s, enterprise.id, parsed, dry_run=args.dry_run)
        finally:
            db.dispose()
    except TranscriptRejected as exc:
        if report:
            write_report(report, exc.issues, source=path.name, roster=parsed, what="成绩单")
        for issue in exc.issues:
            print(issue.describe(), file=sys.stderr)
        raise
    if report:
        write_report(report, [], source=path.name, what="成绩单")
    counts = f"{result.added} results, {result.resits} resits"
    if args.dry_run:
        print(f"would import {counts}; {result.unchanged} already recorded (dry run: nothing written)")
    else:
        print(f"imported {counts}; {result.unchanged} already recorded")
    return 0


def cmd_exams_calendar(args: argparse.Namespace) -> int:
    from qiuxue_desktop.io.excel.exam_calendar import export_exam_calendar
    from qiuxue_desktop.services.enterprise import list_departments, require_enterprise

    db = _open(args)
    try:
        with db.write() as s:  # the export is recorded in the audit trail
            enterprise = require_enterprise(s)
            department_id = None
            if args.department:
                found = [
                    d for d, name in list_departments(s, enterprise.id) if name == args.department.strip()
                ]
                if not found:
                    raise InputRejected(f"没有名为“{args.department}”的部门。")
                department_id = found[0]
            n = export_exam_calendar(
                s, enterprise.id, Path(args.out), start=args.start, end=args.end, department_id=department_id
            )
    finally:
        db.dispose()
    print(f"exported {n} exams to {args.out}")
    return 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser], opener: Opener) -> None:
    """Add `enrolments`, `coursework` and `exams` to the `qiuxue` parser."""
    global _opener
    _opener = opener
    enrolments = sub.add_parser("enrolments", help="学籍：列出（可只列有风险的）")
    esub = enrolments.add_subparsers(dest="enrolments_command", required=True, metavar="ACTION")
    lst = esub.add_parser("list", help="列出学籍及学习进度")
    lst.add_argument("--at-risk", action="store_true", help="只列有风险的学籍")
    lst.add_argument("--status", type=_status, action="append", help="只列此状态（可重复）：在读、休学……")
    lst.set_defaults(func=cmd_enrolments_list, db_access="read")

    coursework = sub.add_parser("coursework", help="成绩")
    csub = coursework.add_subparsers(dest="coursework_command", required=True, metavar="ACTION")
    imp = csub.add_parser("import", help="导入院校成绩单（全部成功或全部不导入）")
    imp.add_argument("file")
    imp.add_argument("--dry-run", action="store_true")
    imp.add_argument("--report")
    imp.set_defaults(func=cmd_coursework_import)

    exams = sub.add_parser("exams", help="考试安排")
    xsub = exams.add_subparsers(dest="exams_command", required=True, metavar="ACTION")
    cal = xsub.add_parser("calendar", help="导出一段时间内的考试日历（xlsx，可打印）")
    cal.add_argument("--from", dest="start", type=_date, required=True, metavar="YYYY-MM-DD")
    cal.add_argument("--to", dest="end", type=_date, required=True, metavar="YYYY-MM-DD")
    cal.add_argument("--out", required=True)
    cal.add_argument("--department", help="只列一个部门")
    cal.set_defaults(func=cmd_exams_calendar)
