"""What the study GUI tests share: the 院校专业 and 学习进度 pages of an open window, finding a
demo enrolment in a given state, registering a learner of a given education, dialogs found
by object name."""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from tests.gui.conftest import wait_idle

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain import Enrolment, Learner
from qiuxue_desktop.domain.ids import id_check_char
from qiuxue_desktop.views.enrolments_view import EnrolmentsView
from qiuxue_desktop.views.institutions_view import InstitutionsView
from qiuxue_desktop.views.main_window import MainWindow

W = TypeVar("W", bound=QWidget)


def institutions_of(window: MainWindow) -> InstitutionsView:
    window.show_area("institutions")
    page = window.pages["institutions"]
    assert isinstance(page, InstitutionsView) and page.loaded
    return page


def enrolments_of(qtbot: QtBot, window: MainWindow) -> EnrolmentsView:
    """The 学习进度 page, shown, with the risks computed."""
    window.show_area("enrolments")
    page = window.pages["enrolments"]
    assert isinstance(page, EnrolmentsView) and page.model is not None
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: page.risk_rows is not None, timeout=20_000)
    return page


def find_window(kind: type[W], name: str) -> W:
    """The visible top-level widget of `kind` named `name` (a dialog just opened)."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, kind) and widget.objectName() == name and widget.isVisible():
            return widget
    raise AssertionError(f"no visible {kind.__name__} named {name}")


def enrolment_in(db: Database, status: str, *, untaken: bool = False) -> int:
    """A demo enrolment in `status` (with a planned course not yet sat, if `untaken`)."""
    from qiuxue_desktop.services.coursework import course_statuses

    with db.read() as s:
        for enrolment_id in s.scalars(
            select(Enrolment.id).where(Enrolment.status == status).order_by(Enrolment.id)
        ):
            if not untaken or any(c.attempts == 0 for c in course_statuses(s, enrolment_id)):
                return enrolment_id
    raise AssertionError(f"the demo has no enrolment in status {status}")


def new_learner(db: Database, enterprise_id: int, name: str, prior_education: str, serial: int) -> int:
    """A learner hired years ago with the given prior education (the register's code)."""
    from qiuxue_desktop.services.learners import register_learner

    first17 = f"320102198{serial % 10}0315{serial:03d}"
    values = {
        "name": name,
        "id_number": first17 + id_check_char(first17),
        "phone": f"1390000{serial:04d}",
        "department": "总装车间",
        "post_category": "1",
        "hire_date": dt.date(2015, 3, 2),
        "hukou_type": "1",
        "prior_education": prior_education,
    }
    with db.write() as s:
        return register_learner(s, enterprise_id=enterprise_id, values=values)


def learner_name(db: Database, learner_id: int) -> str:
    with db.read() as s:
        name = s.scalar(select(Learner.name).where(Learner.id == learner_id))
    assert name is not None
    return name
