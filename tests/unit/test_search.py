"""Search everywhere (services.search): what a typed string finds, in which order, and what a
hit shows — on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.unit.claim_samples import FUJIAN, add_people, as_user, invoice, schemes
from tests.unit.study_samples import add_learner, add_programme, id_number, move, studying

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.services.certificates import issue_certificates
from qiuxue_desktop.services.claims import create_invoice_claim
from qiuxue_desktop.services.search import CONTAINS, EXACT, PREFIX, SearchHit, search


class People:
    """张三 (studying, a claim from an invoice, a certificate), 张三丰, 李张三, 王五 (an invoice
    without a claim) — their ids."""

    def __init__(self, db: Database, enterprise_id: int) -> None:
        with db.write() as s:
            schemes(s, FUJIAN)
            programme = add_programme(s, enterprise_id)
            self.zhangsan = add_learner(s, enterprise_id, 11, name="张三")
            self.zhangsanfeng = add_learner(s, enterprise_id, 12, name="张三丰")
            self.lizhangsan = add_learner(s, enterprise_id, 13, name="李张三")
            self.wangwu = add_learner(s, enterprise_id, 14, name="王五")
            self.enrolment = studying(s, self.zhangsan, programme.id, "20240017")
            self.other_enrolment = studying(s, self.wangwu, programme.id, "20240018")
            self.claim = create_invoice_claim(s, invoice(s, self.enrolment, "35000012345678", 400_000))
            self.free_invoice = invoice(s, self.other_enrolment, "35000098765432", 300_000)
            move(s, self.enrolment, ("completed", dt.date(2026, 7, 1)))
            (self.certificate,) = issue_certificates(
                s, "YX", learner_ids=[self.zhangsan], issued_on=dt.date(2026, 11, 29)
            )


@pytest.fixture
def people(db: Database, enterprise_id: int) -> People:
    return People(db, enterprise_id)


def find(db: Database, enterprise_id: int, text: str, limit: int = 20) -> list[SearchHit]:
    with db.read() as s:
        return search(s, enterprise_id, text, limit=limit)


def keys(hits: list[SearchHit]) -> list[tuple[str, int]]:
    return [(h.kind, h.record_id) for h in hits]


def test_a_name_ranks_exact_then_prefix_then_contains_and_brings_the_persons_records(
    db: Database, enterprise_id: int, people: People
) -> None:
    hits = find(db, enterprise_id, "张三")
    assert keys(hits) == [
        ("learner", people.zhangsan),
        ("enrolment", people.enrolment),
        ("claim", people.claim),
        ("certificate", people.certificate),
        ("learner", people.zhangsanfeng),
        ("learner", people.lizhangsan),
    ]
    assert [h.rank for h in hits] == [EXACT, EXACT, EXACT, EXACT, PREFIX, CONTAINS]
    assert hits[0].matched == "姓名" and hits[1].matched == "张三的记录"
    assert hits[1].title == "张三　学号 20240017" and "结业" in hits[1].subtitle
    assert hits[2].title.startswith("报销申请 BX") and "¥4,000.00" in hits[2].subtitle
    assert hits[3].title.startswith("证书 NJDZ-2026-YX-") and hits[3].key == hits[3].title.removeprefix(
        "证书 "
    )


def test_pinyin_and_initials(db: Database, enterprise_id: int, people: People) -> None:
    exact = find(db, enterprise_id, "zhangsan")
    assert exact[0].record_id == people.zhangsan and (exact[0].rank, exact[0].matched) == (EXACT, "拼音")
    assert ("learner", people.zhangsanfeng) in keys(exact) and ("learner", people.lizhangsan) in keys(exact)
    initials = [h for h in find(db, enterprise_id, "ZS") if h.kind == "learner"]  # typed in capitals
    assert [(h.record_id, h.rank, h.matched) for h in initials] == [
        (people.zhangsan, EXACT, "拼音首字母"),
        (people.zhangsanfeng, PREFIX, "拼音首字母"),
    ]
    assert [h.record_id for h in find(db, enterprise_id, "wang")] == [people.wangwu]


def test_an_id_number_by_its_tail_or_whole_shown_masked(
    db: Database, enterprise_id: int, people: People
) -> None:
    full = id_number(14)
    for text in (full[-4:], full[-6:], "".join(chr(ord(c) + 0xFEE0) for c in full[-5:])):  # full-width too
        hits = find(db, enterprise_id, text)
        assert [h.record_id for h in hits] == [people.wangwu], text
        assert hits[0].matched == f"身份证号后 {len(text)} 位" and hits[0].rank == PREFIX
    whole = find(db, enterprise_id, full.lower())
    assert (whole[0].record_id, whole[0].rank, whole[0].matched) == (people.wangwu, EXACT, "身份证号")
    shown = f"{whole[0].title} {whole[0].subtitle}"
    assert full not in shown and f"{full[:3]}***********{full[-4:]}" in shown
    # three characters, or the middle of the number (the birth date), find nobody by ID number
    assert find(db, enterprise_id, full[-3:]) == []
    assert find(db, enterprise_id, full[6:14]) == []


def test_student_claim_invoice_and_certificate_numbers(
    db: Database, enterprise_id: int, people: People
) -> None:
    hits = find(db, enterprise_id, "20240017")
    assert (hits[0].kind, hits[0].record_id, hits[0].rank, hits[0].matched) == (
        "enrolment",
        people.enrolment,
        EXACT,
        "学号",
    )
    # both start with it: in the order of the names' pinyin (王五, 张三)
    assert keys(find(db, enterprise_id, "2024001")) == [
        ("enrolment", people.other_enrolment),
        ("enrolment", people.enrolment),
    ]

    by_invoice = find(db, enterprise_id, "35000012345678")
    assert (by_invoice[0].kind, by_invoice[0].record_id, by_invoice[0].matched) == (
        "claim",
        people.claim,
        "票据号码",
    )
    claim_no = by_invoice[0].key
    assert keys(find(db, enterprise_id, claim_no.lower())) == [("claim", people.claim)]
    # an invoice no claim uses is a hit of its own
    free = find(db, enterprise_id, "35000098765432")
    assert (free[0].kind, free[0].record_id, free[0].key) == (
        "invoice",
        people.free_invoice,
        "35000098765432",
    )
    assert "尚未申请报销" in free[0].subtitle
    both = find(db, enterprise_id, "3500001234567")
    assert keys(both) == [("claim", people.claim)]

    cert = find(db, enterprise_id, "NJDZ-2026-YX")
    assert [(h.kind, h.record_id, h.rank) for h in cert] == [("certificate", people.certificate, PREFIX)]


def test_wildcards_are_plain_characters_and_the_limit_holds(
    db: Database, enterprise_id: int, people: People
) -> None:
    assert find(db, enterprise_id, "张%") == []
    assert find(db, enterprise_id, "%%") == []
    assert find(db, enterprise_id, "   ") == []
    assert len(find(db, enterprise_id, "张三", limit=3)) == 3
    assert find(db, enterprise_id, "张三", limit=3)[0].record_id == people.zhangsan


def test_every_role_that_reads_may_search(db: Database, enterprise_id: int, people: People) -> None:
    add_people(db)
    with as_user(db, "viewer").read() as s:
        assert search(s, enterprise_id, "王五")[0].record_id == people.wangwu
