"""Building blocks for the survey tests: learners in departments with enrolments in programmes,
a term's survey with the default questions, answer sheets made of a few scores."""

from __future__ import annotations

from collections.abc import Sequence

from tests.unit.study_samples import add_learner, add_programme, studying

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.services.surveys import SheetInput, SurveyInfo, create_survey, group_choices, survey_info

TERM = "2026-2027-1"


def people(db: Database, enterprise_id: int, departments: Sequence[str]) -> tuple[list[int], dict[str, int]]:
    """A learner per entry of `departments` (in that department, enrolled in 机电一体化技术);
    returns their ids and the programmes by name."""
    ids = []
    with db.write() as s:
        programme = add_programme(s, enterprise_id)
        other = add_programme(
            s,
            enterprise_id,
            name="会计",
            institution_id=programme.institution_id,
            plan=((1, "基础会计", "3"),),
        )
        for seq, department in enumerate(departments, start=1):
            lid = add_learner(s, enterprise_id, seq, department=department)
            studying(s, lid, programme.id, f"2024{seq:04d}")
            ids.append(lid)
    return ids, {"机电一体化技术": programme.id, "会计": other.id}


def survey(db: Database, enterprise_id: int, *, anonymous: bool = True, term: str = TERM) -> SurveyInfo:
    with db.write() as s:
        sid = create_survey(s, enterprise_id, term=term, title="学习满意度调查", anonymous=anonymous)
        return survey_info(s, sid)


def departments(db: Database, enterprise_id: int) -> dict[str, int]:
    with db.read() as s:
        return {name: did for did, name in group_choices(s, enterprise_id)[0]}


def sheet(
    info: SurveyInfo,
    scores: Sequence[int],
    *,
    text: str = "",
    choice: object = None,
    department_id: int | None = None,
    programme_id: int | None = None,
    learner_id: int | None = None,
) -> SheetInput:
    """The scale questions answered with `scores` in order (cycled), the choice with `choice`."""
    answers: dict[int, object] = {}
    scale = [q for q in info.questions if q.kind == "scale"]
    for i, q in enumerate(scale):
        answers[q.id] = scores[i % len(scores)]
    for q in info.questions:
        if q.kind == "text" and text:
            answers[q.id] = text
        if q.kind == "choice" and choice is not None:
            answers[q.id] = choice
    return SheetInput(answers, department_id, programme_id, learner_id)
