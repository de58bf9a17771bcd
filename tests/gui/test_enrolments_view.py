"""学习进度 over the demo: the status, institution and at-risk filters and the instant search,
at-risk rows marked with their reasons, the at-risk list, and a learner's study page (timeline,
term-by-term results, credits and terms, reasons) opened from the list and from the learner view."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from tests.gui.conftest import type_text
from tests.gui.study_support import enrolments_of

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain import Enrolment, Learner
from qiuxue_desktop.services.progress import compute_progress
from qiuxue_desktop.views.enrolments_view import EnrolmentsView
from qiuxue_desktop.views.main_window import MainWindow
from qiuxue_desktop.views.models.enrolment_table import COLUMN_KEYS
from qiuxue_desktop.views.models.risk_table import REASON_COLUMN
from qiuxue_desktop.views.study_page import StudyPage

NAME = COLUMN_KEYS.index("name")
STATUS = COLUMN_KEYS.index("status")
INSTITUTION = COLUMN_KEYS.index("institution")


def column(page: EnrolmentsView, col: int) -> list[str]:
    model = page.model
    assert model is not None
    return [model.index(r, col).data() for r in range(model.rowCount())]


def at_risk(db: Database) -> dict[int, tuple[str, ...]]:
    with db.read() as s:
        return {r.enrolment_id: r.reasons for r in compute_progress(s, 1, at_risk_only=True)}


def study_pages() -> list[StudyPage]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, StudyPage) and w.isVisible()]


def test_the_status_filter_and_the_count(qtbot: QtBot, demo_window: MainWindow, db: Database) -> None:
    page = enrolments_of(qtbot, demo_window)
    with db.read() as s:
        total = len(s.scalars(select(Enrolment.id)).all())
        studying = len(s.scalars(select(Enrolment.id).where(Enrolment.status == "studying")).all())
    assert page.count_label.text() == f"共 {total} 条学籍"
    page.status_combo.setCurrentIndex(page.status_combo.findData("studying"))
    assert page.model is not None and page.model.rowCount() == studying
    assert set(column(page, STATUS)) == {"在读"}
    page.status_combo.setCurrentIndex(page.status_combo.findData("active"))
    statuses = {s.split()[0] for s in column(page, STATUS)}
    assert statuses <= {"报名", "录取", "在读", "休学"} and "在读" in statuses


def test_the_institution_filter_narrows_the_programmes(qtbot: QtBot, demo_window: MainWindow) -> None:
    page = enrolments_of(qtbot, demo_window)
    assert page.programme_combo.count() == 1  # 全部专业, until an institution is chosen
    page.institution_combo.setCurrentIndex(1)
    name = page.institution_combo.currentText()
    assert set(column(page, INSTITUTION)) == {name}
    assert page.programme_combo.count() > 1


def test_at_risk_rows_carry_their_reasons_and_can_be_shown_alone(
    qtbot: QtBot, demo_window: MainWindow, db: Database
) -> None:
    page = enrolments_of(qtbot, demo_window)
    expected = at_risk(db)
    assert expected and page.risk_check.isEnabled()
    model = page.model
    assert model is not None
    marked = {model.enrolment_id(r): page.risk_text(r) for r in range(model.rowCount()) if page.risk_text(r)}
    assert marked == {eid: "；".join(reasons) for eid, reasons in expected.items()}
    page.risk_check.setChecked(True)
    assert model.rowCount() == len(expected)
    assert {model.enrolment_id(r) for r in range(model.rowCount())} == set(expected)
    assert page.count_label.text() == f"共 {len(expected)} 条学籍"
    page.status_combo.setCurrentIndex(page.status_combo.findData("suspended"))  # filters combine
    with db.read() as s:
        suspended = set(s.scalars(select(Enrolment.id).where(Enrolment.status == "suspended")))
    assert {model.enrolment_id(r) for r in range(model.rowCount())} == set(expected) & suspended


def test_instant_search_by_name_pinyin_and_status_word(
    qtbot: QtBot, demo_window: MainWindow, db: Database
) -> None:
    page = enrolments_of(qtbot, demo_window)
    model = page.model
    assert model is not None
    everyone = model.rowCount()
    with db.read() as s:
        name, initials = s.execute(
            select(Learner.name, Learner.name_initials)
            .join(Enrolment, Enrolment.learner_id == Learner.id)
            .order_by(Enrolment.id)
            .limit(1)
        ).one()
    page.filter_edit.setFocus()
    with qtbot.waitSignal(model.modelReset, timeout=5000):
        type_text(page.filter_edit, name)
    assert 0 < model.rowCount() < everyone and all(name in n for n in column(page, NAME))
    page.filter_edit.clear()
    with qtbot.waitSignal(model.modelReset, timeout=5000):
        qtbot.keyClicks(page.filter_edit, initials)
    assert name in column(page, NAME)
    page.filter_edit.clear()
    with qtbot.waitSignal(model.modelReset, timeout=5000):
        type_text(page.filter_edit, "休学")
    assert model.rowCount() > 0 and {s.split()[0] for s in column(page, STATUS)} == {"休学"}


def test_the_study_page_shows_timeline_results_and_progress(
    qtbot: QtBot, demo_window: MainWindow, db: Database
) -> None:
    page = enrolments_of(qtbot, demo_window)
    expected = at_risk(db)
    model = page.model
    assert model is not None
    with db.read() as s:
        failing = next(eid for eid, reasons in expected.items() if any("不及格" in r for r in reasons))
        learner = s.scalar(select(Learner.name).join(Enrolment).where(Enrolment.id == failing))
    page.select_enrolment(failing)
    assert page.current_enrolment_id() == failing
    page.study_button.click()
    pages = study_pages()
    assert len(pages) == 1
    study = pages[0]
    assert study.enrolment_id() == failing and learner in study.learner_label.text()
    timeline = study.timeline_label.text()
    assert "在读" in timeline and timeline.index("报名") < timeline.index("在读")
    assert study.credits_bar.text().startswith("已得") and "学分" in study.credits_bar.text()
    assert "入学已" in study.terms_bar.text()
    assert "预警" in study.risk_label.text() and expected[failing][0] in study.risk_label.text()
    terms = [study.results_tree.topLevelItem(i) for i in range(study.results_tree.topLevelItemCount())]
    assert terms and terms[0].text(0).startswith("第1学期")
    failed = [
        t.child(j).text(0) for t in terms for j in range(t.childCount()) if t.child(j).text(5) == "不通过"
    ]
    assert failed  # a failing learner's failed courses are listed in their terms
    assert study.history_table.rowCount() == len(study.history)
    study.close()


def test_the_at_risk_list_shows_the_reasons(qtbot: QtBot, demo_window: MainWindow, db: Database) -> None:
    page = enrolments_of(qtbot, demo_window)
    expected = at_risk(db)
    risk = page.at_risk
    assert risk is not None
    page.tabs.setCurrentWidget(risk)
    assert risk.model.rowCount() == len(expected)
    for r in range(risk.model.rowCount()):
        row = risk.model.row(r)
        assert risk.model.index(r, REASON_COLUMN).data() == "；".join(expected[row.enrolment_id])
    overdue = [eid for eid, reasons in expected.items() if any("已超过预计毕业日期" in x for x in reasons)]
    risk.kind_combo.setCurrentIndex(risk.kind_combo.findData("overdue"))
    assert risk.kind_combo.currentText() == f"已超过预计毕业日期（{len(overdue)}）"
    assert {risk.model.row(r).enrolment_id for r in range(risk.model.rowCount())} == set(overdue)
    assert f"列出 {len(overdue)} 条，共 {len(expected)} 条" in risk.summary.text()


def test_the_learner_view_opens_the_study_page(qtbot: QtBot, demo_window: MainWindow, db: Database) -> None:
    view = demo_window.learners
    assert view is not None and view.model is not None
    with db.read() as s:
        learner_id, name = s.execute(
            select(Learner.id, Learner.name).join(Enrolment).order_by(Enrolment.intake_date.desc()).limit(1)
        ).one()
    view.model.ids()  # every row known, so the learner can be selected wherever it is
    view.select_learner(learner_id)
    assert demo_window.commands.learner_study.isEnabled()
    demo_window.commands.learner_study.trigger()
    pages = study_pages()
    assert len(pages) == 1 and name in pages[0].learner_label.text()
    assert pages[0].enrolment_combo.count() >= 1
    pages[0].close()


def test_a_learner_without_enrolments_is_told_so(qtbot: QtBot, demo_window: MainWindow, db: Database) -> None:
    view = demo_window.learners
    assert view is not None
    with db.read() as s:
        learner_id = s.scalar(
            select(Learner.id).where(~Learner.id.in_(select(Enrolment.learner_id))).order_by(Learner.id)
        )
    assert learner_id is not None and view.model is not None
    view.model.ids()
    view.select_learner(learner_id)
    view.open_study_page()
    study = study_pages()[0]
    assert study.facts_label.text() == "该学员还没有学籍。"
    assert study.enrol_button.isEnabled() and not study.result_button.isEnabled()
    study.close()


def test_a_viewer_is_offered_no_study_changes(qtbot: QtBot, db: Database, db_path: Path) -> None:
    from dataclasses import replace

    from tests.gui.conftest import fill_demo, open_window

    fill_demo(db, 60)
    window = open_window(qtbot, db_path)
    assert window.ctx is not None and window.ctx.principal is not None
    page = enrolments_of(qtbot, window)  # as the administrator first
    assert page.calendar is not None and page.calendar.export_button.isVisibleTo(page.calendar)
    window.ctx.principal = replace(window.ctx.principal, role="viewer")
    page.load()  # what the window does after another sign-in
    assert page.study_button.isVisibleTo(page)
    for button in page.edit_buttons:
        assert not button.isVisibleTo(page), button.text()
    calendar = page.calendar
    assert calendar is not None
    assert not any(b.isVisibleTo(calendar) for b in calendar.output_buttons)  # 查看 may not print lists
    page.table.selectRow(0)
    page.open_study_page()
    study = study_pages()[0]
    assert not any(b.isVisibleTo(study) for b in study.edit_buttons)
    study.close()
