"""PySide6 6.12.0 on CPython 3.11 drops a reference to None each time Qt hands back an
empty value; after enough repaints the interpreter aborts (none_dealloc). The pin in
pyproject.toml avoids that release; this test catches it if it ever comes back."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.views.models.learner_table import LearnerTableModel

CALLS = 3000


def test_empty_values_from_qt_keep_their_reference_to_none(
    qapp: QApplication, db: Database, enterprise_id: int
) -> None:
    plain = QStandardItemModel(2, 2)
    ours = LearnerTableModel(db, enterprise_id)
    obj = QObject()
    index = plain.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        assert index.data(Qt.ItemDataRole.FontRole) is None
        assert obj.property("missing") is None
        assert plain.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole) is None
        assert ours.index(0, 0).data() is None  # no learners: an invalid index, through C++
    after = sys.getrefcount(None)
    assert after >= before - CALLS // 10, f"None lost {before - after} references in {CALLS} rounds"
