"""Building blocks for the claim tests: the brief's schemes (Fujian ¥1,000 a school year for
three years, a city union's ¥1,500 on enrolment, a provincial union's ¥1,000 on graduation,
the enterprise's 60% up to ¥15,000 for life with a 24-month service period — the demo's
values, from services/demo_claims_data.py; each pays for degree levels), a learner studying
with an invoice, and one account per role."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session
from tests.unit.study_samples import add_learner, add_programme, studying

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain.permissions import Principal
from qiuxue_desktop.services import accounts
from qiuxue_desktop.services.demo_claims_data import CITY as CITY
from qiuxue_desktop.services.demo_claims_data import ENTERPRISE as ENTERPRISE
from qiuxue_desktop.services.demo_claims_data import FUJIAN as FUJIAN
from qiuxue_desktop.services.demo_claims_data import PROVINCE_GRADUATION as PROVINCE_GRADUATION
from qiuxue_desktop.services.invoices import add_invoice
from qiuxue_desktop.services.schemes import save_scheme

TODAY = dt.date(2026, 11, 20)
PASSWORD = "Correct-Horse-9"


@dataclass(frozen=True)
class Setup:
    learner_id: int
    enrolment_id: int
    schemes: dict[str, int]


def schemes(s: Session, *which: dict[str, Any]) -> dict[str, int]:
    return {values["name"]: save_scheme(s, values) for values in which}


def learner_studying(s: Session, enterprise_id: int, seq: int = 1, **learner: Any) -> tuple[int, int]:
    lid = add_learner(s, enterprise_id, seq, **learner)
    prog = add_programme(s, enterprise_id, code=f"1{seq:04d}", institution_name=f"福建开放大学{seq}")
    eid = studying(s, lid, prog.id, f"S{seq:06d}")
    return lid, eid


def invoice(
    s: Session, enrolment_id: int, number: str, amount_fen: int, term: str = "2025-2026-1", **kw: Any
) -> int:
    return add_invoice(
        s,
        enrolment_id=enrolment_id,
        number=number,
        issuer=kw.pop("issuer", "福建开放大学"),
        issued_on=kw.pop("issued_on", dt.date(2025, 9, 10)),
        amount_fen=amount_fen,
        term=term,
        today=TODAY,
        **kw,
    )


def add_people(db: Database) -> None:
    """One account per role; the admin first."""
    with db.write() as s:
        for role in ("admin", "coordinator", "union", "finance", "viewer"):
            accounts.add_user(
                s,
                username=role,
                display_name=f"{role}签名",
                role=role,
                password=PASSWORD,
                must_change_password=False,
            )


def as_user(db: Database, username: str) -> Database:
    db.principal = Principal(username, username, "the database says")
    return db
