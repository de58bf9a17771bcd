"""Surveys: setting one per term, answer sheets typed in, anonymity enforced by the service, and
the results — means by question and by group, small groups never shown, free texts, warnings."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select
from tests.unit.survey_samples import TERM, departments, people, sheet, survey

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain.surveys import SurveyResponse
from qiuxue_desktop.errors import InputRejected
from qiuxue_desktop.services.survey_results import suppress_small, survey_results
from qiuxue_desktop.services.surveys import (
    DEFAULT_QUESTIONS,
    QuestionInput,
    SheetInput,
    create_survey,
    delete_survey,
    list_surveys,
    record_sheets,
    survey_info,
    update_survey,
)


def test_a_survey_per_term_with_the_default_questions(db: Database, enterprise_id: int) -> None:
    info = survey(db, enterprise_id)
    assert [q.text for q in info.questions] == [q.text for q in DEFAULT_QUESTIONS]
    assert {q.topic for q in info.questions} >= {"college", "teaching", "timing", "support"}
    assert info.anonymous and info.warn_below == Decimal("3.5") and info.min_group == 3
    with db.write() as s, pytest.raises(InputRejected, match="已有问卷"):
        create_survey(s, enterprise_id, term=TERM, title="另一份")
    with db.write() as s, pytest.raises(InputRejected, match="题目不能重复"):
        create_survey(
            s,
            enterprise_id,
            term="2025-2026-2",
            title="重复",
            questions=[QuestionInput("1、您对院校满意吗？"), QuestionInput("您对院校满意吗")],
        )
    with db.write() as s, pytest.raises(InputRejected, match="至少要有两个选项"):
        create_survey(
            s, enterprise_id, term="2025-2026-2", title="单选", questions=[QuestionInput("时间", "choice")]
        )
    with db.read() as s:
        assert [(r.term, r.questions, r.responses) for r in list_surveys(s, enterprise_id)] == [(TERM, 10, 0)]


def test_an_anonymous_survey_refuses_a_learner_and_keeps_none(db: Database, enterprise_id: int) -> None:
    ids, _ = people(db, enterprise_id, ["总装车间"])
    info = survey(db, enterprise_id)
    with db.write() as s, pytest.raises(InputRejected, match="匿名问卷，不记录答卷人"):
        record_sheets(s, info.id, [sheet(info, [5]), sheet(info, [4], learner_id=ids[0])])
    with db.write() as s:
        record_sheets(s, info.id, [sheet(info, [5]), sheet(info, [4])])
    with db.read() as s:
        assert s.scalar(select(func.count()).where(SurveyResponse.learner_id.is_not(None))) == 0
        assert s.scalar(select(func.count(SurveyResponse.id))) == 2
    with db.write() as s, pytest.raises(InputRejected, match="不能再改为记名"):
        update_survey(s, info.id, title="改", intro="", anonymous=False, warn_below="3.5", min_group=3)
    with db.write() as s, pytest.raises(InputRejected, match="题目不能再改"):
        update_survey(
            s,
            info.id,
            title="改",
            intro="",
            anonymous=True,
            warn_below="3.5",
            min_group=3,
            questions=[QuestionInput("新题目")],
        )
    with db.write() as s, pytest.raises(InputRejected, match="不能删除"):
        delete_survey(s, info.id)


def test_a_named_survey_links_each_sheet_to_its_learner_once(db: Database, enterprise_id: int) -> None:
    ids, programmes = people(db, enterprise_id, ["总装车间", "机加工车间"])
    info = survey(db, enterprise_id, anonymous=False)
    with db.write() as s, pytest.raises(InputRejected, match="请选择答卷的学员"):
        record_sheets(s, info.id, [sheet(info, [5])])
    with db.write() as s:
        record_sheets(s, info.id, [sheet(info, [5], learner_id=ids[0])])
    with db.write() as s, pytest.raises(InputRejected, match="已经交过"):
        record_sheets(s, info.id, [sheet(info, [3], learner_id=ids[0])])
    with db.read() as s:
        response = s.scalars(select(SurveyResponse)).one()
        assert response.learner_id == ids[0]
        assert response.programme_id == programmes["机电一体化技术"]  # from the learner's enrolment
        assert response.department_id == departments(db, enterprise_id)["总装车间"]


def test_answers_that_do_not_fit_are_refused_naming_the_question(db: Database, enterprise_id: int) -> None:
    info = survey(db, enterprise_id)
    with db.write() as s, pytest.raises(InputRejected, match="第1题：“7”不是1–5分"):
        record_sheets(s, info.id, [sheet(info, [7])])
    with db.write() as s, pytest.raises(InputRejected, match="第8题：“晚上九点”不是这道题的选项"):
        record_sheets(s, info.id, [sheet(info, [4], choice="晚上九点")])
    with db.write() as s, pytest.raises(InputRejected, match="一道题都没有答"):
        record_sheets(s, info.id, [SheetInput({})])


def test_results_by_question_with_counts_means_and_warnings(db: Database, enterprise_id: int) -> None:
    info = survey(db, enterprise_id)
    with db.write() as s:
        record_sheets(
            s,
            info.id,
            [
                sheet(info, [5, 4], choice="周末白天", text="希望周末上课"),
                sheet(info, [4, 2], choice=2, text="考试和夜班冲突"),
                sheet(info, [3, 3], choice="工作日晚上"),
                sheet(info, [5, 1], text="  "),
            ],
        )
    with db.read() as s:
        r = survey_results(s, info.id)
    assert r.sheets == 4
    q1, q2 = r.questions[0], r.questions[1]
    assert (q1.answers, q1.mean) == (4, Decimal("4.25"))  # 5, 4, 3, 5
    assert dict(q1.counts) == {"非常满意": 2, "满意": 1, "一般": 1, "不满意": 0, "非常不满意": 0}
    assert (q2.mean, q2.below) == (Decimal("2.50"), True)  # 4, 2, 3, 1
    choice = r.questions[7]
    assert (
        choice.mean is None
        and dict(choice.counts)["周末白天"] == 2
        and dict(choice.counts)["工作日晚上"] == 1
    )
    assert r.free_texts[0].answers == tuple(sorted(["希望周末上课", "考试和夜班冲突"]))
    assert any("第2题" in w and "2.50" in w and "3.5" in w for w in r.warnings)
    assert not any("第1题" in w for w in r.warnings)


def test_small_groups_are_never_shown_apart(db: Database, enterprise_id: int) -> None:
    people(db, enterprise_id, ["总装车间", "机加工车间", "质检部", "仓储物流部"])
    depts = departments(db, enterprise_id)
    info = survey(db, enterprise_id)
    sheets = (
        [sheet(info, [5], department_id=depts["总装车间"])] * 4
        + [sheet(info, [2], department_id=depts["机加工车间"])] * 3
        + [sheet(info, [1], department_id=depts["质检部"])] * 2  # too few: not shown apart
    )
    with db.write() as s:
        record_sheets(s, info.id, sheets)
    with db.read() as s:
        r = survey_results(s, info.id, "department")
    shown = {g.label: (g.sheets, g.mean) for g in r.groups}
    assert "质检部" not in " ".join(shown)
    # 质检部's 2 sheets alone would give themselves away (9 − 4 − 3): the smallest shown group joins them.
    assert shown == {"总装车间": (4, Decimal("5.00")), "其他（2个组，每组不足3份）": (5, Decimal("1.60"))}
    assert "少于3份" in r.privacy_note()


def test_suppression_folds_groups_until_none_is_small() -> None:
    level = Decimal("3.5")
    groups = [("甲", 10, 40, 10), ("乙", 3, 9, 3), ("丙", 1, 5, 1)]
    out = suppress_small(groups, 3, level)
    assert [(g.label, g.sheets) for g in out] == [("甲", 10), ("其他（2个组，每组不足3份）", 4)]
    assert all(g.sheets >= 3 for g in out)
    alone = suppress_small([("甲", 2, 10, 2)], 3, level)
    assert [(g.label, g.sheets, g.mean) for g in alone] == [("其他", 2, None)]


def test_results_by_programme_institution_and_term(db: Database, enterprise_id: int) -> None:
    _ids, programmes = people(db, enterprise_id, ["总装车间"])
    info = survey(db, enterprise_id)
    before = survey(db, enterprise_id, term="2025-2026-2")
    with db.write() as s:
        record_sheets(s, info.id, [sheet(info, [4], programme_id=programmes["会计"])] * 3)
        record_sheets(s, info.id, [sheet(info, [2])] * 3)
        record_sheets(s, before.id, [sheet(before, [3])] * 3)
    with db.read() as s:
        by_programme = survey_results(s, info.id, "programme")
        by_institution = survey_results(s, info.id, "institution")
        by_term = survey_results(s, info.id, "term")
    assert {(g.label, g.sheets, g.mean) for g in by_programme.groups} == {
        ("苏州大学 会计", 3, Decimal("4.00")),
        ("未填写", 3, Decimal("2.00")),
    }
    assert [g.label for g in by_institution.groups] == ["苏州大学", "未填写"]
    assert [(g.label, g.mean) for g in by_term.groups] == [
        ("2025-2026-2", Decimal("3.00")),
        (TERM, Decimal("3.00")),
    ]
    with db.read() as s:
        assert survey_info(s, info.id).responses == 6
