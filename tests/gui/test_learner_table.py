"""The learner table model on its own (as the benchmarks build it): ids from SQL, the
first page before the rest, Chinese labels for codes, masked ID numbers."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from tests.conftest import VALID_IDS
from tests.gui.conftest import fill_demo

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain import Learner
from qiuxue_desktop.services.learners import LearnerQuery, query_learner_ids, register_learner
from qiuxue_desktop.views.models.learner_table import COLUMN_KEYS, PAGE_SIZE, LearnerTableModel


def full_ids(db: Database, enterprise_id: int, q: LearnerQuery) -> list[int]:
    with db.read() as s:
        return query_learner_ids(s, enterprise_id, q)


def demo(db: Database, learners: int = PAGE_SIZE + 100) -> int:
    fill_demo(db, learners)
    with db.read() as s:
        return int(s.scalar(select(Learner.enterprise_id).limit(1)) or 0)


def test_first_page_first_then_the_rest_in_the_same_order(qapp: object, db: Database) -> None:
    enterprise_id = demo(db)
    model = LearnerTableModel(db, enterprise_id)
    assert model.rowCount() == PAGE_SIZE + 100  # counted at once
    assert not model.is_complete
    generation = model.generation
    model.complete(generation)
    assert model.is_complete
    assert model.ids() == full_ids(db, enterprise_id, LearnerQuery())


def test_a_row_past_the_first_page_reads_the_rest(qapp: object, db: Database) -> None:
    enterprise_id = demo(db)
    model = LearnerTableModel(db, enterprise_id, LearnerQuery(sort="hire_date", descending=True))
    last = model.rowCount() - 1
    assert model.index(last, COLUMN_KEYS.index("name")).data()
    assert model.is_complete
    assert model.learner_id(last) == full_ids(db, enterprise_id, model.query)[-1]


def test_completing_an_older_query_does_nothing(qapp: object, db: Database) -> None:
    enterprise_id = demo(db)
    model = LearnerTableModel(db, enterprise_id)
    old = model.generation
    model.sort(COLUMN_KEYS.index("phone"), Qt.SortOrder.AscendingOrder)
    model.complete(old)
    assert not model.is_complete  # the new query completes after its own first paint


def test_a_text_filter_reads_every_match_at_once(qapp: object, db: Database) -> None:
    enterprise_id = demo(db)
    model = LearnerTableModel(db, enterprise_id)
    model.set_query(LearnerQuery(text="在职"))
    assert model.is_complete
    assert model.ids() == full_ids(db, enterprise_id, model.query)


def test_a_learner_added_between_page_and_rest_shows_up(qtbot: QtBot, db: Database) -> None:
    enterprise_id = demo(db)
    model = LearnerTableModel(db, enterprise_id)
    before = model.rowCount()
    with db.write() as s:
        register_learner(
            s,
            enterprise_id=enterprise_id,
            values={
                "name": "阿里木",
                "id_number": VALID_IDS[2],
                "phone": "13800138000",
                "department": "质检部",
                "post_category": "1",
                "hire_date": dt.date(2020, 1, 1),
                "hukou_type": "1",
                "prior_education": "2",
            },
        )
    model.index(before - 1, 0).data()  # reading past the first page finds the data changed
    qtbot.waitUntil(lambda: model.rowCount() == before + 1)
    assert "阿里木" in [model.index(r, COLUMN_KEYS.index("name")).data() for r in range(model.rowCount())]


def test_codes_are_shown_as_chinese_labels_and_ids_masked(qapp: object, db: Database) -> None:
    enterprise_id = demo(db, 20)
    model = LearnerTableModel(db, enterprise_id)
    assert model.is_complete  # fewer than a page
    with db.read() as s:
        learner = s.get(Learner, model.learner_id(0))
        assert learner is not None
        number, gender, post = learner.id_number, learner.gender, learner.post_category

    def cell(key: str) -> str:
        return str(model.index(0, COLUMN_KEYS.index(key)).data())

    assert cell("gender") == {"1": "男", "2": "女"}[gender]
    assert cell("post_category") == {"1": "一线", "2": "其他"}[post]
    assert cell("id_number") == number[:3] + "*" * 11 + number[-4:]
    assert model.headerData(COLUMN_KEYS.index("hukou_type"), Qt.Orientation.Horizontal) == "户籍性质"
