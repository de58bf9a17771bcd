"""Building blocks for the certificate tests: a programme and learners whose enrolments have
graduated (结业) or are still studying, made through the services."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from tests.unit.study_samples import add_learner, add_programme, move, studying

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain.certificates import Certificate

ISSUED_ON = dt.date(2026, 11, 29)
FINISHED = dt.date(2026, 7, 1)


def graduates(
    db: Database, enterprise_id: int, names: tuple[str, ...], *, studying_too: tuple[str, ...] = ()
) -> tuple[list[int], list[int]]:
    """Enrolments of `names` that completed their programme (结业), and of `studying_too` still 在读."""
    done: list[int] = []
    still: list[int] = []
    with db.write() as s:
        programme = add_programme(s, enterprise_id)
        for seq, name in enumerate((*names, *studying_too), start=1):
            learner_id = add_learner(s, enterprise_id, seq, name=name)
            enrolment_id = studying(s, learner_id, programme.id, f"2024{seq:04d}")
            if name in names and seq <= len(names):
                move(s, enrolment_id, ("completed", FINISHED))
                done.append(enrolment_id)
            else:
                still.append(enrolment_id)
    return done, still


def numbers(db: Database) -> list[str]:
    with db.read() as s:
        return list(s.scalars(select(Certificate.number).order_by(Certificate.id)))


def code_of(db: Database, certificate_id: int) -> str:
    with db.read() as s:
        cert = s.get(Certificate, certificate_id)
        assert cert is not None
        return cert.code
