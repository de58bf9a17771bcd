"""Managing accounts (admin only): add, list, reset a password, change a role, unlock,
deactivate and reactivate. An admin sets a temporary password that the user must
replace at their next sign-in, and never sees anyone's password.

Rules that keep the office from locking itself out: the first account is an
admin, and the last active admin can be neither demoted nor deactivated.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qiuxue_desktop.db.audit_trail import Pending, append
from qiuxue_desktop.domain.accounts import User
from qiuxue_desktop.domain.permissions import Permission, Role, parse_role, role_label
from qiuxue_desktop.errors import InputRejected
from qiuxue_desktop.services.auth import (
    check_new_password,
    forget_principal,
    hash_password,
    require,
)

MAX_NAME = 40


@dataclass(frozen=True, slots=True)
class UserInfo:
    username: str
    display_name: str
    role: str
    role_label: str
    active: bool
    must_change_password: bool
    locked_until: dt.datetime | None
    failed_attempts: int
    last_login_at: dt.datetime | None

    def locked(self, now: dt.datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until


def _info(u: User) -> UserInfo:
    return UserInfo(
        u.username,
        u.display_name,
        u.role,
        role_label(u.role),
        u.active,
        u.must_change_password,
        u.locked_until,
        u.failed_attempts,
        u.last_login_at,
    )


def clean_username(raw: str) -> str:
    name = unicodedata.normalize("NFKC", raw).strip()
    if not name:
        raise InputRejected("用户名不能为空。")
    if len(name) > MAX_NAME or any(c.isspace() or not c.isprintable() for c in name):
        raise InputRejected(f"用户名“{raw}”不可用：最多 {MAX_NAME} 个字符，不能有空格。")
    return name


def _role(raw: str) -> Role:
    role = parse_role(raw)
    if role is None:
        raise InputRejected(
            f"没有“{raw}”这个角色；可选：admin 管理员、coordinator 培训专员、union 工会主席、finance 财务、viewer 查看。"
        )
    return role


def _user(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username.strip()))
    if user is None:
        raise InputRejected(f"没有名为“{username}”的账户。")
    return user


def _active_admins(session: Session) -> int:
    return int(
        session.scalar(select(func.count()).where(User.role == Role.ADMIN.value, User.active.is_(True))) or 0
    )


def _note(session: Session, user: User, action: str, detail: str = "") -> None:
    append(session, [Pending(action, "user_account", user.record_id, "{}", detail)])


def list_users(session: Session) -> list[UserInfo]:
    require(session, Permission.MANAGE_ACCOUNTS)
    return [_info(u) for u in session.scalars(select(User).order_by(User.username))]


def add_user(
    session: Session,
    *,
    username: str,
    display_name: str,
    role: str,
    password: str,
    must_change_password: bool = True,
) -> UserInfo:
    """A new account with a password set by the admin: temporary (to be changed at the first
    sign-in) unless `must_change_password` is False or it is the database's first account."""
    require(session, Permission.MANAGE_ACCOUNTS)
    name = clean_username(username)
    shown = unicodedata.normalize("NFKC", display_name).strip() or name
    if len(shown) > MAX_NAME:
        raise InputRejected(f"姓名最多 {MAX_NAME} 个字符。")
    chosen = _role(role)
    check_new_password(password)
    first = session.scalar(select(User.id).limit(1)) is None
    if first and chosen is not Role.ADMIN:
        raise InputRejected("第一个账户必须是管理员：有了账户以后，只有管理员能再添加账户。")
    if session.scalar(select(User.id).where(User.username == name)) is not None:
        raise InputRejected(f"用户名“{name}”已被使用。")
    user = User(
        username=name,
        display_name=shown,
        role=chosen.value,
        password_hash=hash_password(password),
        # The first account belongs to whoever creates it, with the password they chose.
        must_change_password=must_change_password and not first,
    )
    session.add(user)
    session.flush()  # the acting person stays who they were until this unit of work ends
    return _info(user)


def reset_password(session: Session, username: str, temporary_password: str) -> None:
    """Set a temporary password the user must change at their next sign-in; also unlocks."""
    require(session, Permission.MANAGE_ACCOUNTS)
    user = _user(session, username)
    check_new_password(temporary_password)
    user.password_hash = hash_password(temporary_password)
    user.must_change_password = True
    user.failed_attempts, user.last_failed_at, user.locked_until = 0, None, None
    _note(session, user, "reset_password", "管理员设置了临时密码，用户下次登录须修改")
    session.flush()


def set_role(session: Session, username: str, role: str) -> None:
    require(session, Permission.MANAGE_ACCOUNTS)
    user = _user(session, username)
    chosen = _role(role)
    if (
        user.role == Role.ADMIN.value
        and chosen is not Role.ADMIN
        and user.active
        and _active_admins(session) <= 1
    ):
        raise InputRejected(f"“{user.username}”是唯一启用的管理员，不能改成其他角色；请先指定另一位管理员。")
    user.role = chosen.value
    session.flush()
    forget_principal(session)


def unlock(session: Session, username: str) -> None:
    require(session, Permission.MANAGE_ACCOUNTS)
    user = _user(session, username)
    user.failed_attempts, user.last_failed_at, user.locked_until = 0, None, None
    _note(session, user, "unlock")
    session.flush()


def set_active(session: Session, username: str, active: bool) -> None:
    """Deactivate (the account can no longer sign in; its history stays) or reactivate."""
    principal = require(session, Permission.MANAGE_ACCOUNTS)
    user = _user(session, username)
    if not active:
        if user.username == principal.username:
            raise InputRejected("不能停用自己正在使用的账户。")
        if user.role == Role.ADMIN.value and user.active and _active_admins(session) <= 1:
            raise InputRejected(f"“{user.username}”是唯一启用的管理员，不能停用。")
    user.active = active
    session.flush()
    forget_principal(session)
