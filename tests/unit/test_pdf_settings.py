"""Settings kept in the database (the print fonts, the posting list's wording): stored, read,
removed by an empty value, changed only by a role that may edit the enterprise, audited."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from tests.unit.claim_samples import add_people, as_user

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain.audit import AuditEntry
from qiuxue_desktop.errors import NotPermitted
from qiuxue_desktop.services.settings import get_setting, get_settings, set_setting


def test_a_setting_is_stored_read_and_removed_by_an_empty_value(db: Database) -> None:
    with db.write() as s:
        assert get_setting(s, "posting.objection_text", "默认") == "默认"
        set_setting(s, "posting.objection_text", "  如有异议，请向工会主席反映。  ")
    with db.read() as s:
        assert get_setting(s, "posting.objection_text") == "如有异议，请向工会主席反映。"
        assert get_settings(s, ["posting.objection_text", "pdf.main_font"]) == {
            "posting.objection_text": "如有异议，请向工会主席反映。"
        }
    with db.write() as s:
        set_setting(s, "posting.objection_text", " ")
    with db.read() as s:
        assert get_setting(s, "posting.objection_text", "默认") == "默认"
        changes = s.scalars(select(AuditEntry.table_name).where(AuditEntry.table_name == "app_setting")).all()
    assert len(changes) == 2  # the value set, then removed: both in the audit trail


def test_only_a_role_that_edits_the_enterprise_changes_a_setting(db: Database) -> None:
    add_people(db)
    with pytest.raises(NotPermitted), as_user(db, "finance").write() as s:
        set_setting(s, "pdf.main_font", "/usr/share/fonts/x.ttf")
    with as_user(db, "coordinator").write() as s:
        set_setting(s, "pdf.main_font", "/usr/share/fonts/x.ttf")
    with as_user(db, "viewer").read() as s:
        assert get_setting(s, "pdf.main_font") == "/usr/share/fonts/x.ttf"
