"""Reading and changing the settings kept in the database (domain/settings.py).

Everyone who may read the data may read a setting; changing one is the enterprise's business
(Permission.EDIT_ENTERPRISE). An empty value removes the key: the reader's default applies
again. Every change is in the audit trail (the ORM is audited by itself).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.domain.settings import AppSetting
from qiuxue_desktop.errors import InputRejected
from qiuxue_desktop.services.auth import require

MAX_KEY = 60


def get_setting(session: Session, key: str, default: str = "") -> str:
    require(session, Permission.READ)
    value = session.scalar(select(AppSetting.value).where(AppSetting.key == key))
    return value if value is not None else default


def get_settings(session: Session, keys: Iterable[str]) -> dict[str, str]:
    """The stored values of `keys` (a key that is not stored is absent)."""
    require(session, Permission.READ)
    wanted = list(keys)
    rows = session.execute(select(AppSetting.key, AppSetting.value).where(AppSetting.key.in_(wanted)))
    return {k: v for k, v in rows}


def set_setting(session: Session, key: str, value: str) -> None:
    """Store `value` under `key`; an empty value (after trimming) removes it."""
    require(session, Permission.EDIT_ENTERPRISE)
    if not key or len(key) > MAX_KEY:
        raise InputRejected(f"设置项名称“{key}”不合适（1 到 {MAX_KEY} 个字符）。")
    value = value.strip()
    row = session.get(AppSetting, key)
    if not value:
        if row is not None:
            session.delete(row)
        return
    if row is None:
        session.add(AppSetting(key=key, value=value))
    elif row.value != value:
        row.value = value
    session.flush()
