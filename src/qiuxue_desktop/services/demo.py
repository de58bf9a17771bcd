"""Demo data: a realistic enterprise with N learners, for trying the application and for benchmarks.

Everything is generated from one seeded random source, so a seed gives the same
learners (on the same day: ages and hire dates are counted back from today).
Rows are plain dicts written by the bulk upsert, so 100,000 learners take seconds.
"""

from __future__ import annotations

import datetime as dt
import random
from bisect import bisect
from itertools import accumulate
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from stdnum.cn import uscc

from qiuxue_desktop.domain import Learner
from qiuxue_desktop.domain.ids import id_check_char
from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.errors import InputRejected
from qiuxue_desktop.progress import NO_PROGRESS, Progress
from qiuxue_desktop.services import audit
from qiuxue_desktop.services import demo_data as d
from qiuxue_desktop.services.auth import require
from qiuxue_desktop.services.demo_claims import add_claims_demo
from qiuxue_desktop.services.demo_study import DEFAULT_PROFILE, DemoLearner, StudyProfile, add_study_demo
from qiuxue_desktop.services.demo_voice import add_voice_demo
from qiuxue_desktop.services.enterprise import create_enterprise, current_enterprise, department_ids
from qiuxue_desktop.services.learners import UpsertPlan, apply_upsert

FRONT_LINE_SHARE = 0.70
MIN_AGE, MAX_AGE = 18, 58


def demo_uscc() -> str:
    """The demo enterprise's 统一社会信用代码, its check character computed."""
    return d.DEMO_USCC_BODY + uscc.calc_check_digit(d.DEMO_USCC_BODY)


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _years_after(day: dt.date, years: int) -> dt.date:
    return _years_before(day, -years)


class _Picker:
    """Weighted choice by bisecting cumulative weights: one random() per pick."""

    def __init__(self, rng: random.Random, items: dict[str, float]) -> None:
        self._rng = rng
        self._items = list(items)
        self._cum = list(accumulate(items.values()))
        self._total = self._cum[-1]

    def __call__(self) -> str:
        return self._items[bisect(self._cum, self._rng.random() * self._total)]


def generate_learners(
    n: int, *, seed: int | None = None, today: dt.date | None = None
) -> list[dict[str, Any]]:
    """`n` learners' complete values, keyed like services.learners.FIELDS."""
    rng = random.Random(seed)
    today = today or dt.date.today()
    r = rng.random
    surname = _Picker(rng, d.SURNAMES)
    region = _Picker(rng, {code: w for code, _, w in d.REGIONS})
    urban_regions = {code for code, county, _ in d.REGIONS if county.endswith("区")}
    dept_front = _Picker(rng, {k: w for k, (w, _) in d.DEPARTMENTS.items() if w})
    dept_other = _Picker(rng, {k: w for k, (_, w) in d.DEPARTMENTS.items() if w})
    edu_front = _Picker(rng, dict(zip("1234", d.EDUCATION_FRONT, strict=True)))
    edu_other = _Picker(rng, dict(zip("1234", d.EDUCATION_OTHER, strict=True)))
    oldest, youngest = _years_before(today, MAX_AGE) + dt.timedelta(days=1), _years_before(today, MIN_AGE)
    age_span = (youngest - oldest).days
    seen_ids: set[str] = set()
    seen_phones: set[str] = set()
    rows: list[dict[str, Any]] = []
    for i in range(n):
        front = r() < FRONT_LINE_SHARE
        male = r() < (0.62 if front else 0.45)
        if r() < 0.004:
            given = rng.choice(d.UYGHUR_MALE if male else d.UYGHUR_FEMALE)
            name = f"{given}·{rng.choice(d.UYGHUR_FATHER)}"
            place = rng.choice(d.UYGHUR_REGIONS)
            ethnic = "05"
        else:
            chars = d.GIVEN_MALE if male else d.GIVEN_FEMALE
            family = surname()
            given = rng.choice(chars) + (rng.choice(chars) if r() < 0.72 else "")
            name = family + given
            place = region()
            ethnic = "01"
            x = r()
            for code, share in d.MINORITIES.get(place[:2], d.ELSEWHERE):
                if x < share:
                    ethnic = code
                    break
                x -= share
        # Ages bunch in the thirties, as on a factory floor.
        birth = oldest + dt.timedelta(days=int(age_span * (1 - rng.triangular(0, 1, 0.65))))
        while True:
            seq = 2 * rng.randrange(500) + (1 if male else 0)  # odd for men (GB 11643)
            body = f"{place}{birth:%Y%m%d}{seq:03d}"
            id_number = body + id_check_char(body)
            if id_number not in seen_ids:
                seen_ids.add(id_number)
                break
        while True:
            phone = rng.choice(d.PHONE_PREFIXES) + f"{rng.randrange(100_000_000):08d}"
            if phone not in seen_phones:
                seen_phones.add(phone)
                break
        rural_share = (0.68 if front else 0.30) * (0.5 if place in urban_regions else 1.0)
        rural = r() < rural_share
        if front:
            worker = ("1" if r() < 0.85 else "2") if rural else ("2" if r() < 0.80 else "9")
        else:
            worker = ("1" if r() < 0.35 else "9") if rural else ("2" if r() < 0.20 else "9")
        adult = _years_after(birth, MIN_AGE)
        hire = today - dt.timedelta(days=int((today - adult).days * r() ** 2))  # most hired recently
        leave = None
        if r() < 0.04 and hire < today:
            leave = hire + dt.timedelta(days=rng.randint(1, (today - hire).days))
        member = r() < 0.80
        rows.append(
            {
                "name": name,
                "id_number": id_number,
                "gender": "1" if male else "2",
                "ethnic_group": ethnic,
                "phone": phone,
                "department": dept_front() if front else dept_other(),
                "post_category": "1" if front else "2",
                "hire_date": hire,
                "hukou_type": "1" if rural else "2",
                "hukou_place": place,
                "prior_education": edu_front() if front else edu_other(),
                "employee_no": f"JS{i + 1:06d}",
                "worker_category": worker,
                "union_member": member,
                "union_card_no": f"3205{hire.year}{i + 1:06d}" if member else "",
                "leave_date": leave,
                "notes": "",
            }
        )
    return rows


def create_demo(
    session: Session,
    *,
    learners: int = 300,
    seed: int | None = None,
    progress: Progress = NO_PROGRESS,
    enrolments: int | None = None,
    study_profile: StudyProfile = DEFAULT_PROFILE,
) -> int:
    """Fill an empty database with a demo enterprise and `learners` learners; returns how many.

    The study demo follows (services/demo_study.py): institutions, programmes with course
    plans and `enrolments` enrolments (default: half as many as learners; 0: no study data at
    all) with results, grown as `study_profile` says; then the claims demo
    (services/demo_claims.py): schemes, the fund's ledger, invoices and claims in every state."""
    require(session, Permission.EDIT_ENTERPRISE)
    require(session, Permission.EDIT_LEARNERS)
    if learners < 1:
        raise InputRejected("演示学员人数至少为 1。")
    if session.scalar(select(Learner.id).limit(1)) is not None:
        raise InputRejected("数据库中已有学员，演示数据只能载入空数据库：请换一个新的数据库文件。")
    progress.set(0, learners, "正在生成演示数据")
    info = current_enterprise(session)
    if info is not None:
        enterprise_id = info.id
    else:
        enterprise_id = create_enterprise(session, uscc=demo_uscc(), **d.DEMO_ENTERPRISE)
    department_ids(session, enterprise_id, set(d.DEPARTMENTS))
    rows = generate_learners(learners, seed=seed)
    progress.check()
    added, _ = apply_upsert(session, enterprise_id, UpsertPlan(new_rows=rows), progress, detail="演示数据")
    audit.record(session, "demo", table="learner", detail=f"演示数据：{added} 名学员")
    if enrolments == 0:
        return added
    require(session, Permission.EDIT_COURSEWORK)
    study_learners = [
        DemoLearner(*row)
        for row in session.execute(
            select(Learner.id, Learner.prior_education, Learner.hire_date, Learner.leave_date)
            .where(Learner.enterprise_id == enterprise_id)
            .order_by(Learner.id)
        )
    ]
    add_study_demo(
        session,
        enterprise_id,
        study_learners,
        enrolments=learners // 2 if enrolments is None else enrolments,
        seed=seed,
        progress=progress,
        profile=study_profile,
    )
    add_claims_demo(session, enterprise_id, seed=seed, progress=progress)
    add_voice_demo(session, enterprise_id, seed=seed)
    return added
