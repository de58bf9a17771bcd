"""Demo data for 满意度与表彰: the last two terms' anonymous surveys with answer sheets (the timing of
exams against shifts scored low enough to warn), a few free-text answers, and the last term's
优秀学员 selection — criteria, nominations with their accounts, most approved, two with a drawn
placeholder photo whose consent is recorded as demo data. Everything goes through the services.
"""

from __future__ import annotations

import datetime as dt
import io
import random

from PIL import Image, ImageDraw
from sqlalchemy import select
from sqlalchemy.orm import Session

from qiuxue_desktop.domain import Department, Enrolment, Learner
from qiuxue_desktop.domain.terms import term_index, term_label
from qiuxue_desktop.services.honour_photos import set_photo
from qiuxue_desktop.services.honours import candidates, decide, nominate, set_round
from qiuxue_desktop.services.surveys import SheetInput, create_survey, record_sheets, survey_info

COMMENTS = (
    "希望期末考试尽量安排在周末白班之后，夜班第二天考试很吃力。",
    "老师讲课结合车间实际，很有帮助。",
    "学费补助到账再快一些就好了。",
    "线上课程回放很方便，倒班也能跟上。",
    "希望教学点离厂区近一点。",
    "调班请假流程可以简化。",
)
ACCOUNTS = (
    "在三班倒的岗位上坚持学习，从不缺课，各门课程成绩优良；把所学的可编程控制器知识用于产线改造，减少停机时间。",
    "作为班组长，带动班组五名同事报名学历提升，课余组织学习小组，互相帮助完成作业。",
    "夜班后坚持参加线上学习，毕业设计选题来自本岗位，提出的工艺改进建议被车间采纳。",
    "学习与工作两不误，本学期获评车间质量标兵，所学会计知识用于班组成本核算。",
)
# Means by topic: the timing of classes and exams against shifts is what people grumble about.
MEANS = {"college": 4.1, "teaching": 4.2, "timing": 3.1, "support": 3.8, "overall": 3.9, "other": 3.8}


def _score(rng: random.Random, mean: float) -> int:
    return max(1, min(5, round(rng.gauss(mean, 0.9))))


def _placeholder_photo(rng: random.Random) -> bytes:
    """A drawn head-and-shoulders on a blue ground (the demo has no one's real photo)."""
    img = Image.new("RGB", (300, 400), (70 + rng.randrange(40), 110, 170))
    draw = ImageDraw.Draw(img)
    tone = (235, 200 + rng.randrange(20), 170)
    draw.ellipse((95, 70, 205, 190), fill=tone)
    draw.ellipse((40, 200, 260, 460), fill=(40, 50, 70))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=90)
    return out.getvalue()


def _sheets(session: Session, enterprise_id: int, survey_id: int, n: int, rng: random.Random) -> None:
    info = survey_info(session, survey_id)
    departments = list(
        session.scalars(select(Department.id).where(Department.enterprise_id == enterprise_id))
    )
    programmes = list(
        session.scalars(
            select(Enrolment.programme_id)
            .join(Learner, Learner.id == Enrolment.learner_id)
            .where(Learner.enterprise_id == enterprise_id)
            .distinct()
        )
    )
    sheets = []
    for _ in range(n):
        answers: dict[int, object] = {}
        for q in info.questions:
            if q.kind == "scale":
                answers[q.id] = _score(rng, MEANS.get(q.topic, 3.8))
            elif q.kind == "choice":
                answers[q.id] = rng.choices(
                    range(1, len(q.options) + 1), weights=(3, 5, 2, 4)[: len(q.options)]
                )[0]
            elif rng.random() < 0.25:
                answers[q.id] = rng.choice(COMMENTS)
        sheets.append(
            SheetInput(
                answers,
                department_id=rng.choice(departments) if departments and rng.random() < 0.9 else None,
                programme_id=rng.choice(programmes) if programmes and rng.random() < 0.8 else None,
            )
        )
    record_sheets(session, survey_id, sheets)


def add_voice_demo(
    session: Session, enterprise_id: int, *, seed: int | None = None, today: dt.date | None = None
) -> None:
    rng = random.Random(seed)
    last = term_index(today or dt.date.today()) - 1
    for index, title, n in ((last - 1, "学习满意度调查", 36), (last, "学习满意度调查", 64)):
        survey_id = create_survey(
            session,
            enterprise_id,
            term=term_label(index),
            title=title,
            intro="",
            anonymous=True,
        )
        _sheets(session, enterprise_id, survey_id, n, rng)
    round_id = set_round(session, enterprise_id, term=term_label(last), min_average="75", places=5)
    found = candidates(session, round_id)
    if len(found) < 3:
        round_id = set_round(session, enterprise_id, term=term_label(last), min_average=None, places=5)
        found = candidates(session, round_id)
    chosen, departments = [], set()
    for c in found:  # one from each department, as a union would pick them
        if c.department not in departments:
            departments.add(c.department)
            chosen.append(c)
    for k, c in enumerate(chosen[: len(ACCOUNTS)]):
        nid = nominate(
            session, round_id, c.enrolment_id, account=ACCOUNTS[k], work_note="车间推荐：工作认真，学习刻苦。"
        )
        if k < 2:
            set_photo(session, nid, _placeholder_photo(rng), consent="演示数据：本人签字同意书")
        if k < len(ACCOUNTS) - 1:
            decide(session, nid, approve=True, note="同意")
