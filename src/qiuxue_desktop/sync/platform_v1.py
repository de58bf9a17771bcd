"""The provincial platform's exchange format, version 1 (`qxym-exchange/1`,
../shared/spec/platform-exchange.md): the ONE module that knows it — sheet names, headers,
codes, how each row is built from the database, the platform's row rules, the manifest and
the package's name. Another province's format would be a module beside this one with the
same names (SPEC, SHEETS, TRACKED, build_rows, row_problems, manifest, package_name).

How the application's records become rows:

- 学员信息: every learner of the enterprise (those who left too: the platform keeps no
  leaving date). 工作单位统一社会信用代码 is the enterprise's.
- 学籍信息: an enrolment from 在读 on. 报名/录取 have no 学籍 yet: such rows WAIT (not sent,
  counted as 尚未入学) until the enrolment starts; one withdrawn before it ever started
  (退学 straight from 报名/录取) is never reported. 已修学分 is the credits earned, the same sum
  as services.progress's (credits of passed attempts), counted up to 总学分: credits beyond
  what the programme requires (extra electives) do not make the enrolment wrong.
- 补助发放: a claim that is paid and not superseded by a correction. Its lines by source:
  gov → 财政补助, union → 工会补助, edu_fund and employer → 企业补助, self → 个人承担. A waiver
  line (学校减免) is a reduction of the tuition itself, so 学费金额 = base − waivers and columns
  6–9 still add up to it. A graduation claim has no invoice of its own: it reports the
  enrolment's latest tuition invoice number (the newest issued), and is held back with the
  reason when the enrolment has none.
- 更新时间 is when the record last changed in a way the platform is told about (the newest
  pending outbox entry), in Asia/Shanghai time with its offset.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import Select, String, and_, case, exists, func, literal, select, type_coerce
from sqlalchemy.orm import Session, aliased

from qiuxue_desktop import __version__
from qiuxue_desktop.domain import (
    Claim,
    ClaimLine,
    CourseResult,
    Enrolment,
    EnrolmentStatusChange,
    Enterprise,
    Institution,
    Invoice,
    Learner,
    Programme,
)
from qiuxue_desktop.domain import codes as c
from qiuxue_desktop.domain.claims import PAID
from qiuxue_desktop.domain.ids import id_check_char, uscc_problem
from qiuxue_desktop.domain.study_codes import LEVELS, PLATFORM_STATUS, STUDY_FORMS
from qiuxue_desktop.domain.sync import ENROLMENT, LEARNER, SUBSIDY

SPEC = "qxym-exchange/1"
SHANGHAI = dt.timezone(dt.timedelta(hours=8), "Asia/Shanghai")  # no DST since 1991
GENERATOR = f"qiuxue-desktop/{__version__}"
RECORD_ID, OPERATION, STAMP = "记录标识", "操作", "更新时间"

# What a record is to the export: sent, waiting until it can be (报名/录取), or not the
# platform's at all (an unpaid or superseded claim, an enrolment that never started).
REPORT, WAIT, SKIP = "report", "wait", "skip"


@dataclass(frozen=True, slots=True)
class SheetFormat:
    kind: str
    name: str
    fields: tuple[str, ...]  # the headers between 操作 and 更新时间
    parent_kind: str | None = None

    @property
    def headers(self) -> tuple[str, ...]:
        return (RECORD_ID, OPERATION, *self.fields, STAMP)


LEARNERS = SheetFormat(
    LEARNER,
    "学员信息",
    (
        "姓名",
        "身份证号",
        "性别",
        "出生日期",
        "民族",
        "户籍性质",
        "户籍所在地",
        "手机号",
        "工作单位统一社会信用代码",
        "岗位类别",
        "入职日期",
        "原学历",
    ),
)
ENROLMENTS = SheetFormat(
    ENROLMENT,
    "学籍信息",
    (
        "学员记录标识",
        "院校代码",
        "院校名称",
        "专业名称",
        "层次",
        "学习形式",
        "入学日期",
        "预计毕业日期",
        "学籍状态",
        "已修学分",
        "总学分",
        "毕业日期",
    ),
    parent_kind=LEARNER,
)
SUBSIDY_PARTS = ("财政补助", "工会补助", "企业补助", "个人承担")
SUBSIDIES = SheetFormat(
    SUBSIDY,
    "补助发放",
    ("学籍记录标识", "学期", "学费金额", *SUBSIDY_PARTS, "发票号码", "发放日期"),
    parent_kind=ENROLMENT,
)
SHEETS: tuple[SheetFormat, ...] = (LEARNERS, ENROLMENTS, SUBSIDIES)  # the workbook's order
SHEET_BY_KIND: dict[str, SheetFormat] = {s.kind: s for s in SHEETS}

# The columns whose change can change a row (sync/outbox.py writes an entry for those only).
TRACKED: dict[str, frozenset[str]] = {
    "learner": frozenset(
        {
            "name",
            "id_number",
            "gender",
            "birth_date",
            "ethnic_group",
            "hukou_type",
            "hukou_place",
            "phone",
            "post_category",
            "hire_date",
            "prior_education",
            "enterprise_id",
        }
    ),
    "enrolment": frozenset(
        {
            "learner_id",
            "programme_id",
            "institution_id",
            "intake_date",
            "expected_graduation",
            "status",
            "graduation_date",
        }
    ),
    "course_result": frozenset({"enrolment_id", "credits_x10"}),
    "programme": frozenset({"name", "level", "study_form", "total_credits_x10", "institution_id"}),
    "institution": frozenset({"code", "name"}),
    "enterprise": frozenset({"uscc"}),
    "claim": frozenset(
        {"state", "superseded_by_id", "paid_on", "base_fen", "term", "invoice_id", "enrolment_id"}
    ),
    "claim_line": frozenset({"source_type", "amount_fen", "claim_id"}),
    "invoice": frozenset({"number", "enrolment_id", "issued_on"}),
}


class Current(NamedTuple):
    """A record's row as the database has it now (a tuple: 200,000 of them are made per export)."""

    record_id: str
    state: str  # REPORT, WAIT or SKIP
    fields: tuple[str, ...]  # SheetFormat.fields, as text
    parent_id: str | None
    learner_name: str  # for the link to the record
    note: str = ""  # why it waits or is held back before any rule (no invoice number)


_new = tuple.__new__  # Current(…) through NamedTuple's Python __new__ costs 1 µs a row


# --- text forms ----------------------------------------------------------------------------------


def stamp_text(at: dt.datetime) -> str:
    """`2026-11-28T15:04:05+08:00`: a timestamp as the platform takes it."""
    return at.astimezone(SHANGHAI).replace(microsecond=0).isoformat()


def yuan_text(fen: int) -> str:
    """`1234.50`; a negative amount keeps its sign (and is refused by the rules)."""
    sign = "-" if fen < 0 else ""
    fen = abs(fen)
    return f"{sign}{fen // 100}.{fen % 100:02d}"


def credits_text(tenths: int) -> str:
    """Credits in tenths as the platform writes them: `30`, `30.5`."""
    whole, tenth = divmod(tenths, 10)
    return f"{whole}.{tenth}" if tenth else str(whole)


def _day(value: Any) -> str:
    """A DATE column's value as the driver gives it (text on SQLite, a date on PostgreSQL)."""
    return "" if value is None else str(value)[:10]


# --- rows from the database ------------------------------------------------------------------------

SCAN_FROM = 5_000  # from this many wanted records on, one scan of the table beats lookups by id
_CHUNK = 500  # record ids per IN (…) list


def build_rows(session: Session, kind: str, wanted: Collection[str]) -> list[Current]:
    """The current rows of the records whose record_id is in `wanted` (records no longer in
    the database are simply absent)."""
    builder = {LEARNER: _learners, ENROLMENT: _enrolments, SUBSIDY: _subsidies}[kind]
    return builder(session, wanted)


def _fetch(session: Session, stmt: Select[*tuple[Any, ...]], key: Any, wanted: Collection[str]) -> list[Any]:
    """The driver's own tuples (for 100,000 rows building Row objects would cost as much as the
    query) of the rows whose `key` column (the first selected) is in `wanted`: many wanted —
    one scan of the table, filtered here (a third of the time of 100,000 index lookups); few —
    looked up by id."""
    conn = session.connection()

    def run(statement: Select[*tuple[Any, ...]]) -> list[Any]:
        result = conn.execute(statement)
        try:
            return list(result.cursor.fetchall()) if result.cursor is not None else []
        finally:
            result.close()

    if len(wanted) >= SCAN_FROM:
        ids = wanted if isinstance(wanted, set | frozenset | dict) else set(wanted)
        return [row for row in run(stmt) if row[0] in ids]
    ordered = sorted(wanted)
    rows: list[Any] = []
    for start in range(0, len(ordered), _CHUNK):
        rows += run(stmt.where(key.in_(ordered[start : start + _CHUNK])))
    return rows


def _learners(session: Session, wanted: Collection[str]) -> list[Current]:
    stmt = select(
        Learner.record_id,
        Learner.name,
        Learner.id_number,
        Learner.gender,
        type_coerce(Learner.birth_date, String),
        Learner.ethnic_group,
        Learner.hukou_type,
        Learner.hukou_place,
        Learner.phone,
        Enterprise.uscc,
        Learner.post_category,
        type_coerce(Learner.hire_date, String),
        Learner.prior_education,
    ).join(Enterprise, Enterprise.id == Learner.enterprise_id)
    out: list[Current] = []
    add = out.append
    for rid, name, idn, gender, birth, ethnic, hukou, place, phone, uscc, post, hire, prior in _fetch(
        session, stmt, Learner.record_id, wanted
    ):
        fields = (name, idn, gender, _day(birth), ethnic, hukou, place, phone, uscc, post, _day(hire), prior)
        add(_new(Current, (rid, REPORT, fields, None, name, "")))
    return out


def _enrolments(session: Session, wanted: Collection[str]) -> list[Current]:
    # 已修学分: the credits of passed attempts (services.progress's credits earned), read from
    # the covering index ix_course_result_progress per enrolment.
    earned = (
        select(func.coalesce(func.sum(CourseResult.credits_x10), 0))
        .where(CourseResult.enrolment_id == Enrolment.id)
        .scalar_subquery()
    )
    # 退学 straight from 报名/录取: the enrolment never started and has no 学籍 to report.
    started = exists().where(
        EnrolmentStatusChange.enrolment_id == Enrolment.id,
        EnrolmentStatusChange.to_status.in_(("studying", "suspended")),
    )
    stmt = (
        select(
            Enrolment.record_id,
            Learner.record_id,
            Institution.code,
            Institution.name,
            Programme.name,
            Programme.level,
            Programme.study_form,
            type_coerce(Enrolment.intake_date, String),
            type_coerce(Enrolment.expected_graduation, String),
            Enrolment.status,
            earned,
            Programme.total_credits_x10,
            type_coerce(Enrolment.graduation_date, String),
            Learner.name,
            case((Enrolment.status == "withdrawn", started), else_=literal(True)),
        )
        .join(Learner, Learner.id == Enrolment.learner_id)
        .join(Programme, Programme.id == Enrolment.programme_id)
        .join(Institution, Institution.id == Programme.institution_id)
    )
    out: list[Current] = []
    add = out.append
    texts: dict[int, str] = {}
    for (
        rid,
        lid,
        code,
        inst,
        prog,
        level,
        form,
        intake,
        expected,
        status,
        got,
        total,
        grad,
        name,
        began,
    ) in _fetch(session, stmt, Enrolment.record_id, wanted):
        platform = PLATFORM_STATUS.get(status)
        if platform is None:
            add(Current(rid, WAIT, (), lid, name, "报名/录取的学籍入学（在读）后才报送"))
            continue
        if not began:
            add(Current(rid, SKIP, (), lid, name, "未入学即退学，没有学籍可报送"))
            continue
        earned_x10 = min(int(got or 0), int(total))
        done = texts.get(earned_x10) or texts.setdefault(earned_x10, credits_text(earned_x10))
        need = texts.get(total) or texts.setdefault(total, credits_text(int(total)))
        fields = (
            lid,
            code,
            inst,
            prog,
            level,
            form,
            _day(intake),
            _day(expected),
            platform,
            done,
            need,
            _day(grad),
        )
        add(_new(Current, (rid, REPORT, fields, lid, name, "")))
    return out


def _subsidies(session: Session, wanted: Collection[str]) -> list[Current]:
    def part(*sources: str) -> Any:
        return (
            select(func.coalesce(func.sum(ClaimLine.amount_fen), 0))
            .where(ClaimLine.claim_id == Claim.id, ClaimLine.source_type.in_(sources))
            .scalar_subquery()
        )

    newest = aliased(Invoice)  # the enrolment's latest invoice, for a graduation claim
    latest_invoice = (
        select(newest.number)
        .where(newest.enrolment_id == Claim.enrolment_id)
        .order_by(newest.issued_on.desc(), newest.id.desc())
        .limit(1)
        .correlate(Claim)
        .scalar_subquery()
    )
    stmt = (
        select(
            Claim.record_id,
            Enrolment.record_id,
            Claim.term,
            Claim.base_fen,
            part("waiver"),
            part("gov"),
            part("union"),
            part("edu_fund", "employer"),
            part("self"),
            case((Claim.invoice_id.is_(None), latest_invoice), else_=Invoice.number),
            type_coerce(Claim.paid_on, String),
            and_(Claim.state == PAID, Claim.superseded_by_id.is_(None)),
            Learner.name,
        )
        .join(Enrolment, Enrolment.id == Claim.enrolment_id)
        .join(Learner, Learner.id == Claim.learner_id)
        .outerjoin(Invoice, Invoice.id == Claim.invoice_id)
    )
    out: list[Current] = []
    for rid, eid, term, base, waiver, gov, union, employer, own, number, paid_on, standing, name in _fetch(
        session, stmt, Claim.record_id, wanted
    ):
        if not standing:
            out.append(Current(rid, SKIP, (), eid, name))
            continue
        amounts = (base - waiver, gov, union, employer, own)
        fields = (eid, term, *map(yuan_text, amounts), number or "", _day(paid_on))
        note = "" if number else "毕业补助没有发票号码：该学籍还没有录入任何学费发票，请先录入发票"
        out.append(Current(rid, REPORT, fields, eid, name, note))
    return out


# --- the platform's rules -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Context:
    """What the rules need of the batch: the manifest's org.uscc and its creation date
    (Asia/Shanghai), which also stands for the day the platform receives it."""

    uscc: str
    created: dt.date


Failure = tuple[str, str]  # (code, message): the platform's code and its reason in words
_Test = Callable[[str, Context], bool]

UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TERM_RE = re.compile(r"([0-9]{4})-([0-9]{4})-[12]")
_USCC_RE = re.compile("[0-9ABCDEFGHJKLMNPQRTUWXY]{18}")
# Characters a worksheet cannot hold, and a leading "=" that would make a cell a formula.
_UNWRITABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]|^=")


def _date(value: str) -> dt.date | None:
    if not _DATE_RE.fullmatch(value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _form(pattern: str | Callable[[str], object], what: str) -> tuple[str, str, _Test]:
    test = re.compile(pattern).fullmatch if isinstance(pattern, str) else pattern
    return ("E102", f"应为{what}", lambda v, ctx: bool(test(v)))


def _coded(pattern: str, what: str, known: Iterable[str]) -> tuple[tuple[str, str, _Test], ...]:
    table = frozenset(known)
    return _form(pattern, what), ("E103", "代码不在代码表中", lambda v, ctx: v in table)


def _is_person_name(v: str) -> bool:
    return len(v) <= 30 and v == v.strip() and not any(ch.isdigit() for ch in v)


def _id_check_ok(v: str, ctx: Context) -> bool:
    return id_check_char(v[:17]) == v[17]


def _born_plausibly(v: str, ctx: Context) -> bool:
    birth = _date(f"{v[6:10]}-{v[10:12]}-{v[12:14]}")
    return birth is not None and dt.date(1900, 1, 1) <= birth <= ctx.created


def _is_term(v: str) -> bool:
    m = _TERM_RE.fullmatch(v)
    return m is not None and int(m[2]) == int(m[1]) + 1


_WRITABLE = ("E102", "含有表格不能保存的字符，或以“=”开头", lambda v, ctx: not _UNWRITABLE.search(v))
_DATE = (_form(_date, "YYYY-MM-DD格式的有效日期"),)
_MONEY = (_form(r"(0|[1-9][0-9]*)\.[0-9]{2}", "带两位小数的金额，如1234.50"),)
_CREDITS = (_form(r"(0|[1-9][0-9]*)(\.[0-9]+)?", "非负数"),)
_TEXT_60 = (_form(lambda v: len(v) <= 60, "1–60个字符"), _WRITABLE)
_UUID = (_form(UUID_RE.fullmatch, "小写UUID"),)


def _all_of(pattern: str) -> re.Pattern[str]:
    """Values matching `pattern`, joined by newlines (which `pattern` never matches)."""
    return re.compile(rf"(?:{pattern})(?:\n(?:{pattern}))*")


_ALL_UUIDS = _all_of(UUID_RE.pattern)


def _digit(known: Iterable[str]) -> tuple[tuple[str, str, _Test], ...]:
    return _coded("[0-9]", "一位数字代码", known)


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    rules: tuple[tuple[str, str, _Test], ...]
    required: bool = True
    # A pattern every value passing it passes every rule too: when all of a column's distinct
    # values match it (one regex over them joined), no value is judged one by one.
    fast: re.Pattern[str] | None = None

    def judge(self, value: str, ctx: Context) -> Failure | None:
        if self.required and not value.strip():
            return "E101", f"{self.header}不能为空"
        if value == "":
            return None  # an empty optional cell (one holding only spaces fails its form)
        for code, message, holds in self.rules:
            if not holds(value, ctx):
                return code, self.header + message
        return None


COLUMNS: dict[str, tuple[Column, ...]] = {
    LEARNER: (
        Column(
            "姓名",
            (_form(_is_person_name, "1–30个字符，不含数字，首尾无空格"), _WRITABLE),
            fast=_all_of("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff·]{1,30}"),  # Chinese characters and ·
        ),
        Column(
            "身份证号",
            (
                _form("[0-9]{17}[0-9X]", "18位：17位数字加一位数字或大写X"),
                ("E204", "校验位错误", _id_check_ok),
                ("E204", "中的出生日期不可能", _born_plausibly),
            ),
        ),
        Column("性别", _digit(c.GENDERS)),
        Column("出生日期", _DATE),
        Column("民族", _coded("[0-9]{2}", "两位数字代码", c.ETHNIC_GROUPS)),
        Column("户籍性质", _digit(c.HUKOU_TYPES)),
        Column(
            "户籍所在地",
            (
                _form("[0-9]{6}", "6位数字行政区划代码"),
                ("E103", "前两位不是省级行政区划代码", lambda v, ctx: v[:2] in c.PROVINCES),
            ),
        ),
        Column("手机号", (_form("1[0-9]{10}", "以1开头的11位数字"),), fast=_all_of("1[0-9]{10}")),
        Column(
            "工作单位统一社会信用代码",
            (
                _form(_USCC_RE.fullmatch, "18位统一社会信用代码"),
                ("E206", "校验字符错误", lambda v, ctx: uscc_problem(v) is None),
                ("E206", "与清单org.uscc不一致", lambda v, ctx: v == ctx.uscc),
            ),
        ),
        Column("岗位类别", _digit(c.POST_CATEGORIES)),
        Column("入职日期", _DATE),
        Column("原学历", _digit(c.PRIOR_EDUCATION)),
    ),
    ENROLMENT: (
        Column("学员记录标识", _UUID, fast=_ALL_UUIDS),
        Column("院校代码", (_form("[0-9]{5}", "5位数字"),)),
        Column("院校名称", _TEXT_60),
        Column("专业名称", _TEXT_60),
        Column("层次", _digit(LEVELS)),
        Column("学习形式", _digit(STUDY_FORMS)),
        Column("入学日期", _DATE),
        Column("预计毕业日期", _DATE),
        Column("学籍状态", _digit("12345")),
        Column("已修学分", _CREDITS),
        Column("总学分", _CREDITS),
        Column("毕业日期", _DATE, required=False),
    ),
    SUBSIDY: (
        Column("学籍记录标识", _UUID, fast=_ALL_UUIDS),
        Column("学期", (_form(_is_term, "YYYY-YYYY-N：相邻两个年份，N为1或2"),)),
        *(Column(h, _MONEY) for h in ("学费金额", *SUBSIDY_PARTS)),
        Column("发票号码", (_form("[0-9A-Z]{8,20}", "8–20位数字或大写字母"),)),
        Column("发放日期", _DATE),
    ),
}


def _learner_rule(f: tuple[str, ...], ctx: Context) -> Failure | None:
    idn = f[1]
    if (f[2] == "1") != (int(idn[16]) % 2 == 1):
        return "E205", "性别与身份证号第17位不一致"
    if f[3] != f"{idn[6:10]}-{idn[10:12]}-{idn[12:14]}":
        return "E205", "出生日期与身份证号中的出生日期不一致"
    if f[10] > ctx.created.isoformat():
        return "E207", "入职日期晚于批次创建日期"
    return None


def _enrolment_rule(f: tuple[str, ...], ctx: Context) -> Failure | None:
    total = Decimal(f[10])
    if total <= 0:
        return "E102", "总学分必须大于0"
    if Decimal(f[9]) > total:
        return "E102", "已修学分不能大于总学分"
    if f[7] <= f[6]:  # ISO dates compare as text
        return "E207", "预计毕业日期须晚于入学日期"
    finished = f[8] in ("4", "5")
    if finished and f[11] == "":
        return "E101", "学籍状态为毕业或结业时毕业日期不能为空"
    if not finished and f[11] != "":
        return "E102", "学籍状态不是毕业或结业时毕业日期应为空"
    if f[11] != "" and f[11] < f[6]:
        return "E207", "毕业日期早于入学日期"
    return None


def _subsidy_rule(f: tuple[str, ...], ctx: Context) -> Failure | None:
    tuition = Decimal(f[2])
    if tuition <= 0:
        return "E102", "学费金额必须大于0"
    if sum(Decimal(v) for v in f[3:7]) != tuition:
        return "E208", f"{'、'.join(SUBSIDY_PARTS)}之和不等于学费金额"
    return None


ROW_RULES: dict[str, Callable[[tuple[str, ...], Context], Failure | None]] = {
    LEARNER: _learner_rule,
    ENROLMENT: _enrolment_rule,
    SUBSIDY: _subsidy_rule,
}


def row_problems(kind: str, rows: Sequence[Current], ctx: Context) -> dict[str, Failure]:
    """record_id → the failure the platform would give each row that breaks a rule of its own
    (section 2, and the order of README decision 17: 记录标识, each column in order, then the
    rules across columns). The rules against what the platform holds are the caller's.

    Column by column over distinct values: 100,000 learners hold few distinct codes and
    dates, so most checks run a few hundred times, not 100,000."""
    found: dict[int, Failure] = {}
    if rows and not _ALL_UUIDS.fullmatch("\n".join(row.record_id for row in rows)):  # one C-level pass
        for i, row in enumerate(rows):
            if not UUID_RE.fullmatch(row.record_id):
                found[i] = ("E102", "记录标识应为小写UUID")
    for column, values in zip(COLUMNS[kind], zip(*(r.fields for r in rows), strict=True), strict=False):
        distinct = set(values)
        if column.fast is not None and column.fast.fullmatch("\n".join(distinct)):
            continue
        verdicts = {}
        for value in distinct:
            failure = column.judge(value, ctx)
            if failure is not None:
                verdicts[value] = failure
        if verdicts:
            for i, value in enumerate(values):
                failure = verdicts.get(value)
                if failure is not None and i not in found:
                    found[i] = failure
    rule = ROW_RULES[kind]
    for i, row in enumerate(rows):
        if i not in found:
            failure = rule(row.fields, ctx)
            if failure is not None:
                found[i] = failure
    return {rows[i].record_id: failure for i, failure in found.items()}


# --- the package ----------------------------------------------------------------------------


def manifest(
    *,
    batch_id: str,
    sequence: int,
    previous_batch_id: str | None,
    uscc: str,
    org_name: str,
    created_at: dt.datetime,
    data_sha256: str,
    counts: dict[str, int],
) -> bytes:
    """manifest.json's bytes (section 1)."""
    body = {
        "spec": SPEC,
        "batch_id": batch_id,
        "sequence": sequence,
        "previous_batch_id": previous_batch_id,
        "org": {"uscc": uscc, "name": org_name},
        "created_at": stamp_text(created_at),
        "generator": GENERATOR,
        "data": {"name": "data.xlsx", "sha256": data_sha256},
        "counts": {sheet.name: counts.get(sheet.name, 0) for sheet in SHEETS},
    }
    return json.dumps(body, ensure_ascii=False, indent=2).encode("utf-8")


def package_name(uscc: str, created_at: dt.datetime, sequence: int) -> str:
    """`QXYM_<USCC>_<YYYYMMDD>_<SEQ>.zip`, the date in Asia/Shanghai."""
    return f"QXYM_{uscc}_{created_at.astimezone(SHANGHAI):%Y%m%d}_{sequence:04d}.zip"
