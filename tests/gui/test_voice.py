"""满意度与表彰 in the window, on the demo: the results by question and by department with the
warnings and the chart, paper sheets typed in from the keyboard, an online export whose columns
match no question refused with the columns named, and a nomination approved."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.gui.conftest import wait_idle

from qiuxue_desktop.views.main_window import MainWindow
from qiuxue_desktop.views.voice_view import VoiceView


def _open(qtbot: QtBot, window: MainWindow) -> VoiceView:
    window.show_area("voice")
    view = window.pages["voice"]
    assert isinstance(view, VoiceView)
    wait_idle(qtbot, window)
    return view


def test_results_by_question_and_department(qtbot: QtBot, demo_window: MainWindow) -> None:
    view = _open(qtbot, demo_window)
    tab = view.surveys
    assert tab.survey_list.count() == 2
    qtbot.waitUntil(lambda: tab.results is not None and tab.table.rowCount() == 10)
    assert tab.table.item(0, 0).text().startswith("1. 您对就读院校")
    assert "64 份答卷" in tab.summary.text() and "少于3份" in tab.summary.text()
    assert "第4题" in tab.warnings.text() and "低于预警线3.5分" in tab.warnings.text()
    assert len(tab.chart.rows) == 8  # the 1–5 questions
    assert "【第10题" in tab.texts.toPlainText()
    tab.dimension.setCurrentIndex(tab.dimension.findData("department"))
    wait_idle(qtbot, demo_window)
    qtbot.waitUntil(lambda: tab.results is not None and tab.results.dimension == "department")
    sheets = [int(tab.table.item(r, 1).text()) for r in range(tab.table.rowCount())]
    assert sum(sheets) == 64 and min(sheets) >= 3  # no group smaller than the minimum
    assert not tab.chart.grab().isNull()


def test_paper_sheets_typed_in_from_the_keyboard(qtbot: QtBot, demo_window: MainWindow) -> None:
    view = _open(qtbot, demo_window)
    tab = view.surveys
    qtbot.waitUntil(lambda: tab.results is not None)
    before = tab.results.sheets if tab.results else 0
    tab.entry_button.click()
    wait_idle(qtbot, demo_window)
    dialog = tab.dialog
    assert dialog is not None and dialog.objectName() == "surveyEntry"
    boxes = list(dialog.boxes.values())  # type: ignore[attr-defined]
    boxes[0].setFocus()
    qtbot.keyClicks(boxes[0], "5")
    assert boxes[1].hasFocus() or dialog.focusWidget() is boxes[1]  # one key, then the next box
    for box in boxes[1:9]:
        qtbot.keyClicks(box, "4")
    qtbot.keyClick(boxes[2], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.saved == 1, timeout=10_000)  # type: ignore[attr-defined]
    assert all(not b.text() for b in boxes)
    qtbot.keyClicks(boxes[0], "9")  # not a 1–5 answer: the box refuses the key
    assert boxes[0].text() == ""
    dialog.accept()
    wait_idle(qtbot, demo_window)
    qtbot.waitUntil(lambda: tab.results is not None and tab.results.sheets == before + 1)


def test_an_export_of_another_survey_is_refused_naming_its_columns(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    view = _open(qtbot, demo_window)
    tab = view.surveys
    qtbot.waitUntil(lambda: tab.results is not None)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(
        [
            "序号",
            "提交答卷时间",
            "1、您对就读院校（教学点）的总体满意程度",
            "2、您对食堂的满意程度",
            "3、宿舍",
        ]
    )
    ws.append([1, "2026-11-20 09:00", 5, 4, 3])
    path = tmp_path / "食堂问卷.xlsx"
    wb.save(path)
    tab.import_button.click()
    wait_idle(qtbot, demo_window)
    dialog = tab.dialog
    assert dialog is not None and dialog.objectName() == "surveyImportDialog"
    dialog.load_file(path)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: dialog.problems.rowCount() > 0, timeout=10_000)  # type: ignore[attr-defined]
    first = dialog.problems.item(0, 3).text()  # type: ignore[attr-defined]
    assert "“2、您对食堂的满意程度”" in first and "“3、宿舍”" in first
    assert "不能导入" in dialog.summary_label.text()  # type: ignore[attr-defined]
    assert not dialog.import_button.isEnabled()  # type: ignore[attr-defined]
    dialog.reject()


def test_the_union_chair_approves_a_waiting_nomination(qtbot: QtBot, demo_window: MainWindow) -> None:
    view = _open(qtbot, demo_window)
    view.tabs.setCurrentWidget(view.honours)
    tab = view.honours
    qtbot.waitUntil(lambda: tab.nomination_table.rowCount() == 4)
    waiting = next(i for i, n in enumerate(tab.nominations) if n.state == "nominated")
    tab.nomination_table.selectRow(waiting)
    tab.approve_button.click()
    wait_idle(qtbot, demo_window)
    qtbot.waitUntil(lambda: all(n.state == "approved" for n in tab.nominations))
    assert "已批准 4 人" in tab.count_label.text()
