"""Recording sensitive accesses (ID reveal, roster export, import) in the event log."""

from __future__ import annotations

import getpass
import os

from sqlalchemy.orm import Session

from qiuxue_desktop.domain import EventLog


def current_actor() -> str:
    """Who is acting: the signed-in user once accounts exist, else the OS account."""
    user = os.environ.get("QIUXUE_USER")
    if user:
        return user
    try:
        return getpass.getuser()
    except Exception:
        return "unknown"


def log_event(session: Session, action: str, *, subject: str = "", detail: str = "", actor: str = "") -> None:
    session.add(EventLog(actor=actor or current_actor(), action=action, subject=subject, detail=detail))
