"""满意度与表彰 (issue 10): learners' satisfaction surveys and the 优秀学员 honours, a tab each
(views/voice/surveys_tab.py, views/voice/honours_tab.py). Both reload when the data-changed
signal names their area, or the learners, the study records or the enterprise."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from qiuxue_desktop.views.voice.honours_tab import HonoursTab
from qiuxue_desktop.views.voice.surveys_tab import SurveysTab

if TYPE_CHECKING:
    from qiuxue_desktop.views.context import AppContext

VOICE = "voice"


class VoiceView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("voiceView")
        self.tabs = QTabWidget(self)
        self.surveys = SurveysTab(ctx, self)
        self.honours = HonoursTab(ctx, self)
        self.tabs.addTab(self.surveys, self.tr("满意度调查"))
        self.tabs.addTab(self.honours, self.tr("优秀学员"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self._loaded = False
        ctx.signals.changed.connect(self._on_changed)

    def load(self) -> None:
        self._loaded = True
        self.surveys.load()
        self.honours.load()

    def _on_changed(self, area: str) -> None:
        from qiuxue_desktop.views import signals

        if self._loaded and area in (
            VOICE,
            signals.LEARNERS,
            signals.STUDY,
            signals.ENTERPRISE,
            "certificates",
        ):
            self.load()
