"""Search everywhere (Ctrl+K): one typed string → the learners, enrolments, claims, invoices and
certificates it names, best first.

What is looked at, by what the string looks like (after NFKC, so full-width digits typed with
a Chinese input method count, and with spaces removed):

- Chinese: a learner's name.
- Latin letters: the name's pinyin (``zhangsan``) and initials (``zs``).
- Digits (an ``X`` may end them): the last 4–6 characters of an ID number, or a whole one
  (never part of the middle, and a hit shows the number masked).
- Letters and digits (at least one digit: numbers, not names): a learner's 工号, an enrolment's
  学号, a claim number (``BX2026-000123``), an invoice number and a certificate number.

Each hit is ranked: the whole field equal (EXACT) before a field starting with the string or an
ID number ending with it (PREFIX) before a field containing it (CONTAINS); then by kind
(learner, enrolment, claim, invoice, certificate) and name. A learner found by the whole name,
pinyin, 工号 or ID number brings their enrolments, claims and certificates along, right after
them: the person at the counter asks about *their* claim. An invoice is a hit of its own only
while no claim uses it; otherwise its claim is the hit.

Every query has a LIMIT and ranks in SQL (a CASE over the conditions that matched), so a search
over 100,000 learners reads each table at most once (benchmarks/bench_search.py). Reading
needs Permission.READ.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, case, literal, or_, select
from sqlalchemy.orm import Session

from qiuxue_desktop.domain import Enrolment, Institution, Learner, Programme
from qiuxue_desktop.domain.certificates import KINDS as CERTIFICATE_KINDS
from qiuxue_desktop.domain.certificates import Certificate
from qiuxue_desktop.domain.claims import STATES as CLAIM_STATES
from qiuxue_desktop.domain.claims import VOID, Claim, Invoice
from qiuxue_desktop.domain.ids import mask_id
from qiuxue_desktop.domain.money import format_rmb
from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.domain.study_codes import STATUSES as ENROLMENT_STATUSES
from qiuxue_desktop.services.auth import require

EXACT, PREFIX, CONTAINS = 0, 1, 2
DEFAULT_LIMIT = 20
RELATED_LEARNERS = 5  # at most this many exactly found learners bring their records along
ID_TAIL = (4, 6)  # an ID number is searched by its last 4–6 characters, or whole
MIN_CODE = 2  # a code (工号, 学号, numbers) is searched from two characters on
MIN_CONTAINS = 3  # …and inside the field (not only at its start) from three

KINDS: dict[str, str] = {
    "learner": "学员",
    "enrolment": "学籍",
    "claim": "报销申请",
    "invoice": "票据",
    "certificate": "证书",
}
_KIND_ORDER = {kind: i for i, kind in enumerate(KINDS)}

_CODE = re.compile(r"[0-9A-Z][0-9A-Z\-_/]*")
_ID_TAIL = re.compile(r"\d{3,5}[\dX]|\d{17}[\dX]|\d{15}")


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One result: what it is, what to show, and what to open.

    `kind` is a key of KINDS; `record_id` the id of that record (the learner, enrolment, claim,
    invoice or certificate); `learner_id` whose record it is. `matched` says in words what
    matched (姓名, 拼音首字母, 身份证号后 4 位, 学号 …), `key` is the field's value the hit was found
    by when the opener needs it (a certificate's or an invoice's number)."""

    kind: str
    record_id: int
    learner_id: int
    title: str
    subtitle: str
    rank: int
    matched: str
    key: str = ""
    order: tuple[Any, ...] = field(default=(), compare=False, repr=False)

    @property
    def kind_label(self) -> str:
        return KINDS[self.kind]


@dataclass(frozen=True, slots=True)
class _Query:
    text: str  # as typed, normalised (NFKC, no spaces)
    upper: str
    lower: str
    is_name: bool  # has a character that is not ASCII: a name
    is_pinyin: bool  # ASCII letters only
    is_code: bool  # letters, digits and - _ / only, with a digit among them
    id_tail: bool  # 4–6 digits (an X may end them), or a whole ID number


def normalise(text: str) -> str:
    """What is searched for: NFKC (full-width digits and letters folded), no whitespace."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def _parse(text: str) -> _Query:
    q = normalise(text)
    upper = q.upper()
    return _Query(
        text=q,
        upper=upper,
        lower=q.lower(),
        is_name=not q.isascii(),
        is_pinyin=q.isascii() and q.isalpha(),
        is_code=len(q) >= MIN_CODE and _CODE.fullmatch(upper) is not None and any(c.isdigit() for c in q),
        id_tail=_ID_TAIL.fullmatch(upper) is not None
        and (ID_TAIL[0] <= len(upper) <= ID_TAIL[1] or len(upper) in (15, 18)),
    )


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class _Ranker:
    """Conditions with their rank and what they mean, turned into one WHERE (any of them) and
    one CASE (the best rank that holds, coded as rank * 100 + the condition's number)."""

    def __init__(self, session: Session) -> None:
        # SQLite's LIKE ignores the case of ASCII letters; PostgreSQL's does not.
        self._fold = session.get_bind().dialect.name != "sqlite"
        self.conditions: list[tuple[int, str, ColumnElement[bool]]] = []

    def _like(self, column: Any, pattern: str) -> ColumnElement[bool]:
        if self._fold:
            return column.ilike(pattern, escape="\\")  # type: ignore[no-any-return]
        return column.like(pattern, escape="\\")  # type: ignore[no-any-return]

    def add(self, rank: int, matched: str, condition: ColumnElement[bool]) -> None:
        self.conditions.append((rank, matched, condition))

    def text_field(self, column: Any, value: str, matched: str, *, contains: bool = True) -> None:
        """`column` equal to, starting with and (when `contains`) containing `value`."""
        e = _escape(value)
        self.add(EXACT, matched, self._like(column, e))
        self.add(PREFIX, matched, self._like(column, f"{e}%"))
        if contains:
            self.add(CONTAINS, matched, self._like(column, f"%{e}%"))

    @property
    def empty(self) -> bool:
        return not self.conditions

    def where(self) -> ColumnElement[bool]:
        """Any condition holds: per meaning only the widest one (a field equal to the string
        also starts with it and contains it), so a row is tested once per field."""
        widest: dict[str, tuple[int, ColumnElement[bool]]] = {}
        for rank, matched, condition in self.conditions:
            if matched not in widest or rank > widest[matched][0]:
                widest[matched] = (rank, condition)
        return or_(*(c for _r, c in widest.values()))

    def code(self) -> ColumnElement[int]:
        ordered = sorted(enumerate(self.conditions), key=lambda ic: ic[1][0])
        return case(*((c, literal(r * 100 + i)) for i, (r, _m, c) in ordered), else_=literal(999))

    def decode(self, code: int) -> tuple[int, str]:
        rank, _matched, _c = self.conditions[code % 100]
        return rank, self.conditions[code % 100][1]


# --- learners -------------------------------------------------------------------------------


def _learner_ranker(session: Session, q: _Query) -> _Ranker:
    r = _Ranker(session)
    if q.is_name:
        r.text_field(Learner.name, q.text, "姓名")
    if q.is_pinyin:
        r.add(EXACT, "拼音", Learner.name_pinyin == q.lower)
        r.add(EXACT, "拼音首字母", Learner.name_initials == q.lower)
        r.add(PREFIX, "拼音", Learner.name_pinyin.like(f"{_escape(q.lower)}%", escape="\\"))
        r.add(PREFIX, "拼音首字母", Learner.name_initials.like(f"{_escape(q.lower)}%", escape="\\"))
        if len(q.lower) >= MIN_CONTAINS:
            r.add(CONTAINS, "拼音", Learner.name_pinyin.like(f"%{_escape(q.lower)}%", escape="\\"))
    if q.id_tail:
        if len(q.upper) in (15, 18):
            r.add(EXACT, "身份证号", Learner.id_number == q.upper)
        else:
            matched = f"身份证号后 {len(q.upper)} 位"
            r.add(PREFIX, matched, Learner.id_number.like(f"%{q.upper}", escape="\\"))
    if q.is_code:
        r.text_field(Learner.employee_no, q.upper, "工号", contains=len(q.upper) >= MIN_CONTAINS)
    return r


# Fields whose exact match names one person: their records come along.
_PERSON_FIELDS = ("姓名", "拼音", "身份证号", "工号")


def _learners(session: Session, enterprise_id: int, q: _Query, limit: int) -> list[SearchHit]:
    from qiuxue_desktop.domain.enterprise import Department

    r = _learner_ranker(session, q)
    if r.empty:
        return []
    code = r.code().label("code")
    stmt = (
        select(
            Learner.id,
            Learner.name,
            Learner.id_number,
            Learner.employee_no,
            Learner.leave_date,
            Learner.name_pinyin,
            Learner.department_id,
            code,
        )
        # `+ 0`: one enterprise in practice, so a plain scan beats walking its index (as the
        # learner table's own filter does).
        .where(Learner.enterprise_id + 0 == enterprise_id, r.where())
        .order_by(code, Learner.name_pinyin, Learner.id)
        .limit(limit)
    )
    rows = session.execute(stmt).all()
    wanted = {row.department_id for row in rows}
    departments = {
        dept_id: name
        for dept_id, name in session.execute(
            select(Department.id, Department.name).where(Department.id.in_(wanted))
        )
    }
    hits = []
    for row in rows:
        rank, matched = r.decode(row.code)
        parts = [mask_id(row.id_number)]
        if row.employee_no:
            parts.append(f"工号 {row.employee_no}")
        parts.append(departments.get(row.department_id, ""))
        parts.append("离职" if row.leave_date is not None else "在职")
        hits.append(
            SearchHit(
                "learner",
                row.id,
                row.id,
                row.name,
                "　".join(p for p in parts if p),
                rank,
                matched,
                order=(row.name_pinyin, row.id),
            )
        )
    return hits


# --- enrolments, claims, invoices, certificates ---------------------------------------------


def _enrolment_select() -> Any:
    return (
        select(
            Enrolment.id,
            Enrolment.learner_id,
            Enrolment.student_no,
            Enrolment.status,
            Learner.name,
            Learner.name_pinyin,
            Programme.name.label("programme"),
            Institution.name.label("institution"),
        )
        .join(Learner, Learner.id == Enrolment.learner_id)
        .join(Programme, Programme.id == Enrolment.programme_id)
        .join(Institution, Institution.id == Enrolment.institution_id)
    )


def _enrolment_hit(row: Any, rank: int, matched: str) -> SearchHit:
    status = ENROLMENT_STATUSES.get(row.status, row.status)
    return SearchHit(
        "enrolment",
        row.id,
        row.learner_id,
        f"{row.name}　学号 {row.student_no}",
        f"{row.institution}　{row.programme}　{status}",
        rank,
        matched,
        key=row.student_no,
        order=(row.name_pinyin, row.id),
    )


def _enrolments(session: Session, q: _Query, limit: int) -> list[SearchHit]:
    if not q.is_code:
        return []
    r = _Ranker(session)
    r.text_field(Enrolment.student_no, q.upper, "学号", contains=len(q.upper) >= MIN_CONTAINS)
    code = r.code().label("code")
    stmt = _enrolment_select().add_columns(code).where(r.where()).order_by(code, Enrolment.id).limit(limit)
    return [_enrolment_hit(row, *r.decode(row.code)) for row in session.execute(stmt)]


def _claim_select() -> Any:
    return (
        select(
            Claim.id,
            Claim.learner_id,
            Claim.claim_no,
            Claim.state,
            Claim.term,
            Claim.base_fen,
            Learner.name,
            Learner.name_pinyin,
            Invoice.number.label("invoice_no"),
        )
        .join(Learner, Learner.id == Claim.learner_id)
        .outerjoin(Invoice, Invoice.id == Claim.invoice_id)
    )


def _claim_hit(row: Any, rank: int, matched: str) -> SearchHit:
    parts = [row.name, row.term, format_rmb(row.base_fen), CLAIM_STATES.get(row.state, row.state)]
    if row.invoice_no:
        parts.append(f"票据 {row.invoice_no}")
    return SearchHit(
        "claim",
        row.id,
        row.learner_id,
        f"报销申请 {row.claim_no}",
        "　".join(parts),
        rank,
        matched,
        key=row.claim_no,
        order=(row.claim_no,),
    )


def _claims(session: Session, q: _Query, limit: int) -> list[SearchHit]:
    if not q.is_code:
        return []
    r = _Ranker(session)
    long = len(q.upper) >= MIN_CONTAINS
    r.text_field(Claim.claim_no, q.upper, "申请编号", contains=long)
    r.text_field(Invoice.number, q.upper, "票据号码", contains=long)
    code = r.code().label("code")
    stmt = _claim_select().add_columns(code).where(r.where()).order_by(code, Claim.claim_no).limit(limit)
    return [_claim_hit(row, *r.decode(row.code)) for row in session.execute(stmt)]


def _invoices(session: Session, q: _Query, limit: int) -> list[SearchHit]:
    """Invoices no standing claim uses (those are found as their claim)."""
    if not q.is_code:
        return []
    r = _Ranker(session)
    r.text_field(Invoice.number, q.upper, "票据号码", contains=len(q.upper) >= MIN_CONTAINS)
    code = r.code().label("code")
    used = select(Claim.id).where(Claim.invoice_id == Invoice.id, Claim.state != VOID).exists()
    stmt = (
        select(
            Invoice.id,
            Invoice.learner_id,
            Invoice.number,
            Invoice.issuer,
            Invoice.term,
            Invoice.amount_fen,
            Learner.name,
            code,
        )
        .join(Learner, Learner.id == Invoice.learner_id)
        .where(r.where(), ~used)
        .order_by(code, Invoice.number)
        .limit(limit)
    )
    hits = []
    for row in session.execute(stmt):
        rank, matched = r.decode(row.code)
        subtitle = "　".join((row.name, row.issuer, row.term, format_rmb(row.amount_fen), "尚未申请报销"))
        hits.append(
            SearchHit(
                "invoice",
                row.id,
                row.learner_id,
                f"票据 {row.number}",
                subtitle,
                rank,
                matched,
                key=row.number,
                order=(row.number,),
            )
        )
    return hits


def _certificate_select() -> Any:
    return select(
        Certificate.id,
        Certificate.learner_id,
        Certificate.number,
        Certificate.kind,
        Certificate.holder_name,
        Certificate.issued_on,
        Certificate.voided_at,
    )


def _certificate_hit(row: Any, rank: int, matched: str) -> SearchHit:
    parts = [row.holder_name, CERTIFICATE_KINDS.get(row.kind, row.kind), row.issued_on.isoformat()]
    if row.voided_at is not None:
        parts.append("已作废")
    return SearchHit(
        "certificate",
        row.id,
        row.learner_id,
        f"证书 {row.number}",
        "　".join(parts),
        rank,
        matched,
        key=row.number,
        order=(row.number,),
    )


def _certificates(session: Session, q: _Query, limit: int) -> list[SearchHit]:
    if not q.is_code:
        return []
    r = _Ranker(session)
    r.text_field(Certificate.number, q.upper, "证书编号", contains=len(q.upper) >= MIN_CONTAINS)
    code = r.code().label("code")
    stmt = (
        _certificate_select()
        .add_columns(code)
        .where(r.where())
        .order_by(code, Certificate.number)
        .limit(limit)
    )
    return [_certificate_hit(row, *r.decode(row.code)) for row in session.execute(stmt)]


def _records_of(session: Session, learners: Sequence[SearchHit], limit: int) -> list[SearchHit]:
    """The enrolments, claims and certificates of learners found exactly, at their rank."""
    hits: list[SearchHit] = []
    for person in learners:
        matched = f"{person.title}的记录"
        for row in session.execute(
            _enrolment_select()
            .where(Enrolment.learner_id == person.record_id)
            .order_by(Enrolment.intake_date.desc())
            .limit(limit)
        ):
            hits.append(_enrolment_hit(row, person.rank, matched))
        for row in session.execute(
            _claim_select()
            .where(Claim.learner_id == person.record_id)
            .order_by(Claim.claim_no.desc())
            .limit(limit)
        ):
            hits.append(_claim_hit(row, person.rank, matched))
        for row in session.execute(
            _certificate_select()
            .where(Certificate.learner_id == person.record_id)
            .order_by(Certificate.number)
            .limit(limit)
        ):
            hits.append(_certificate_hit(row, person.rank, matched))
    return hits


def search(session: Session, enterprise_id: int, text: str, *, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
    """At most `limit` hits for `text`, best first (see the module's docstring)."""
    require(session, Permission.READ)
    q = _parse(text)
    if not q.text:
        return []
    learners = _learners(session, enterprise_id, q, limit)
    found = [h for h in learners if h.rank == EXACT and h.matched in _PERSON_FIELDS][:RELATED_LEARNERS]
    hits = learners + _enrolments(session, q, limit) + _claims(session, q, limit)
    hits += _invoices(session, q, limit) + _certificates(session, q, limit)
    seen = {(h.kind, h.record_id) for h in hits}
    for hit in _records_of(session, found, limit):
        if (hit.kind, hit.record_id) not in seen:
            seen.add((hit.kind, hit.record_id))
            hits.append(hit)
    owner_first = {h.record_id: i for i, h in enumerate(found)}

    def order(hit: SearchHit) -> tuple[Any, ...]:
        # A found person's records follow that person (the learners come first within a rank).
        person = owner_first.get(hit.learner_id, len(owner_first)) if hit.rank == EXACT else 0
        return (hit.rank, person, _KIND_ORDER[hit.kind], hit.order)

    return sorted(hits, key=order)[:limit]
