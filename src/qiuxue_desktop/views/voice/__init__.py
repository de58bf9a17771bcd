"""满意度与表彰: the surveys tab, the honours tab, their chart and dialogs (views/voice_view.py holds them)."""
