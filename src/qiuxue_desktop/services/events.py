"""The old event log's two helpers, kept for their callers; both now stand on the audit trail.

New code: `services.audit.record(session, action, …)` for an entry and
`services.auth.current_principal(session).username` for who is acting.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from qiuxue_desktop.db.audit_trail import local_username, session_actor
from qiuxue_desktop.services import audit


def current_actor(session: Session | None = None) -> str:
    """Who is acting: the signed-in user of `session`; without a session, the local user."""
    return session_actor(session) if session is not None else local_username()


def log_event(session: Session, action: str, *, subject: str = "", detail: str = "") -> None:
    """An audit entry for an access (subject: the record key concerned)."""
    audit.record(session, action, record_key=subject, detail=detail)
