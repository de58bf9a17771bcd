"""Claims to print, made through the services: the brief's three schemes, learners studying with
an ¥8,000.00 invoice each, their claims taken through the approval to 公示中 (and some paid).
No accounts: one person does every step (cli.md)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tests.unit.claim_samples import CITY, ENTERPRISE, FUJIAN, TODAY, invoice, learner_studying, schemes

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain import Learner
from qiuxue_desktop.services import claim_flow as flow
from qiuxue_desktop.services.claims import create_invoice_claim

TERM = "2025-2026-1"
ACCOUNT = "6228480012345678901"
POSTED = dt.date(2026, 11, 1)
NAMES = ("陈晓燕", "刘洋", "赵丽", "钱伟", "孙敏", "周杰", "吴芳", "郑强")


@dataclass(frozen=True)
class Printed:
    posting: list[int]  # claim ids now 公示中
    paid: list[int]


def claims_to_print(db: Database, enterprise_id: int, *, posting: int = 3, paid: int = 2) -> Printed:
    with db.write() as s:
        schemes(s, FUJIAN, CITY, ENTERPRISE)
    ids: list[int] = []
    for seq in range(1, posting + paid + 1):
        with db.write() as s:
            learner_id, enrolment_id = learner_studying(
                s, enterprise_id, seq, name=NAMES[(seq - 1) % len(NAMES)]
            )
            learner = s.get(Learner, learner_id)
            assert learner is not None
            learner.union_member = seq % 2 == 1
            s.flush()
            ids.append(
                create_invoice_claim(
                    s,
                    invoice(s, enrolment_id, f"3500009876{seq:04d}", 800_000, term=TERM),
                    payee_bank="中国农业银行苏州分行",
                    payee_account=ACCOUNT,
                    prepared_by="王经办",
                )
            )
        with db.write() as s:
            cid = ids[-1]
            flow.submit_claim(s, cid)
            flow.hr_review(s, cid)
            flow.union_approve(s, cid)
            flow.start_posting(s, cid, start=POSTED)
    for cid in ids[posting:]:
        with db.write() as s:
            flow.pay_claim(
                s, cid, paid_on=dt.date(2026, 11, 9), method="transfer", reference="HX1", today=TODAY
            )
    return Printed(ids[:posting], ids[posting:])
