"""The learner view over a demo database: filtering as you type (Chinese, pinyin
initials, ID digits), sorting in pinyin order, masked IDs and the logged reveal,
marking a learner as left."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from tests.gui.conftest import type_text, wait_idle

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain import AuditEntry, Learner
from qiuxue_desktop.domain.pinyin import pinyin_keys
from qiuxue_desktop.views.learners_view import LearnersView
from qiuxue_desktop.views.main_window import MainWindow
from qiuxue_desktop.views.models.learner_table import COLUMN_KEYS

NAME = COLUMN_KEYS.index("name")
ID = COLUMN_KEYS.index("id_number")
STATUS = COLUMN_KEYS.index("status")


def view_of(window: MainWindow) -> LearnersView:
    assert window.learners is not None and window.learners.model is not None
    window.show_area("learners")  # 工作台 opens first
    return window.learners


def column(view: LearnersView, col: int) -> list[str]:
    model = view.model
    assert model is not None
    return [model.index(r, col).data() for r in range(model.rowCount())]


def filter_by(qtbot: QtBot, view: LearnersView, text: str) -> None:
    """Type into the filter box and wait for the debounced query."""
    model = view.model
    assert model is not None
    view.filter_edit.setFocus()
    with qtbot.waitSignal(model.modelReset, timeout=5000):
        if text.isascii():
            qtbot.keyClicks(view.filter_edit, text)
        else:
            type_text(view.filter_edit, text)


def select_row(view: LearnersView, row: int) -> int:
    view.table.selectRow(row)
    learner_id = view.current_learner_id()
    assert learner_id is not None
    return learner_id


def test_typing_chinese_narrows_the_rows(qtbot: QtBot, demo_window: MainWindow, db: Database) -> None:
    view = view_of(demo_window)
    everyone = view.model.rowCount()  # type: ignore[union-attr]
    surname = column(view, NAME)[0][0]
    filter_by(qtbot, view, surname)
    names = column(view, NAME)
    with db.read() as s:
        expected = s.scalar(select(Learner.id).where(Learner.name.like(f"%{surname}%")).limit(1))
    assert expected is not None
    assert 0 < len(names) < everyone
    assert all(surname in n for n in names)
    assert view.count_label.text() == f"共 {len(names)} 人"


def test_pinyin_initials_find_the_learner(qtbot: QtBot, demo_window: MainWindow, db: Database) -> None:
    view = view_of(demo_window)
    with db.read() as s:
        name, initials = s.execute(select(Learner.name, Learner.name_initials).limit(1)).one()
    filter_by(qtbot, view, initials)
    names = column(view, NAME)
    assert name in names
    assert all(
        pinyin_keys(n)[1].startswith(initials) or pinyin_keys(n)[0].startswith(initials) for n in names
    )


def test_last_digits_of_an_id_number_find_the_learner(
    qtbot: QtBot, demo_window: MainWindow, db: Database
) -> None:
    view = view_of(demo_window)
    with db.read() as s:
        name, number = s.execute(select(Learner.name, Learner.id_number).limit(1)).one()
    filter_by(qtbot, view, number[-6:])
    assert name in column(view, NAME)
    assert all(masked.endswith(number[-4:]) for masked in column(view, ID))


def test_sorting_by_name_follows_pinyin(qtbot: QtBot, demo_window: MainWindow) -> None:
    view = view_of(demo_window)
    keys = [pinyin_keys(n)[0] for n in column(view, NAME)]
    assert keys == sorted(keys)  # the view opens sorted by name
    header = view.table.horizontalHeader()
    where = QPoint(header.sectionViewportPosition(NAME) + 10, header.height() // 2)
    with qtbot.waitSignal(view.model.modelReset):  # type: ignore[union-attr]
        qtbot.mouseClick(
            header.viewport(), Qt.MouseButton.LeftButton, pos=where
        )  # a second click: descending
    keys = [pinyin_keys(n)[0] for n in column(view, NAME)]
    assert keys == sorted(keys, reverse=True)
    assert view.model.query.descending  # type: ignore[union-attr]


def test_sorting_by_another_column(qtbot: QtBot, demo_window: MainWindow) -> None:
    view = view_of(demo_window)
    hire = COLUMN_KEYS.index("hire_date")
    view.table.sortByColumn(hire, Qt.SortOrder.AscendingOrder)
    dates = column(view, hire)
    assert dates == sorted(dates)
    assert view.model.query.sort == "hire_date"  # type: ignore[union-attr]


def test_status_and_department_filters(qtbot: QtBot, demo_window: MainWindow) -> None:
    view = view_of(demo_window)
    view.status_combo.setCurrentIndex(view.status_combo.findData("left"))
    left = column(view, STATUS)
    assert left and all(s.startswith("离职") for s in left)
    view.status_combo.setCurrentIndex(view.status_combo.findData("active"))
    assert set(column(view, STATUS)) == {"在职"}
    view.status_combo.setCurrentIndex(0)
    department = view.department_combo.itemText(1)
    view.department_combo.setCurrentIndex(1)
    assert set(column(view, COLUMN_KEYS.index("department"))) == {department}


def test_id_numbers_are_masked_and_a_reveal_is_logged(
    qtbot: QtBot, demo_window: MainWindow, db: Database
) -> None:
    view = view_of(demo_window)
    ids = column(view, ID)
    assert all(len(m) == 18 and m[3:14] == "*" * 11 for m in ids)
    learner_id = select_row(view, 2)
    with db.read() as s:
        number, record_id = s.execute(
            select(Learner.id_number, Learner.record_id).where(Learner.id == learner_id)
        ).one()
    demo_window.commands.reveal_id.trigger()
    qtbot.waitUntil(lambda: view.model.index(2, ID).data() == number)  # type: ignore[union-attr]
    with db.read() as s:
        events = s.execute(select(AuditEntry.action, AuditEntry.record_key)).all()
    assert ("reveal", record_id) in events
    assert view.model.index(3, ID).data() != number  # type: ignore[union-attr]
    view.table.selectRow(3)  # moving on hides it again
    assert view.model.index(2, ID).data() == ids[2]  # type: ignore[union-attr]


def test_mark_as_left_with_a_date(qtbot: QtBot, demo_window: MainWindow, db: Database) -> None:
    view = view_of(demo_window)
    view.status_combo.setCurrentIndex(view.status_combo.findData("active"))
    learner_id = select_row(view, 0)
    demo_window.commands.mark_left.trigger()
    dialog = view.findChild(QDialog, "leaveDialog")
    assert dialog is not None and dialog.isVisible()
    day = dt.date.today() - dt.timedelta(days=3)
    dialog.date_edit.setDate(QDate(day))
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        dialog.buttons.accepted.emit()
    with db.read() as s:
        assert s.scalar(select(Learner.leave_date).where(Learner.id == learner_id)) == day
    assert view.model.row_of(learner_id) is None  # no longer among the 在职 rows  # type: ignore[union-attr]
    view.status_combo.setCurrentIndex(0)
    row = view.model.row_of(learner_id)  # type: ignore[union-attr]
    assert row is not None
    assert view.model.index(row, STATUS).data() == f"离职 {day.isoformat()}"  # type: ignore[union-attr]


def test_leave_date_before_hire_is_shown_beside_the_date(
    qtbot: QtBot, demo_window: MainWindow, db: Database
) -> None:
    view = view_of(demo_window)
    learner_id = select_row(view, 0)
    with db.read() as s:
        hired = s.scalar(select(Learner.hire_date).where(Learner.id == learner_id))
    assert hired is not None
    demo_window.commands.mark_left.trigger()
    dialog = view.findChild(QDialog, "leaveDialog")
    dialog.date_edit.setDate(QDate(hired - dt.timedelta(days=1)))
    dialog.buttons.accepted.emit()
    wait_idle(qtbot, demo_window)
    assert "早于入职日期" in dialog.grid.message("leave_date")
    assert dialog.isVisible()
    with db.read() as s:
        assert s.scalar(select(Learner.leave_date).where(Learner.id == learner_id)) is None
    dialog.reject()


@pytest.mark.parametrize("text", ["在职", "离职"])
def test_status_words_filter(qtbot: QtBot, demo_window: MainWindow, text: str) -> None:
    view = view_of(demo_window)
    filter_by(qtbot, view, text)
    statuses = column(view, STATUS)
    assert statuses and all(s.startswith(text) for s in statuses)
