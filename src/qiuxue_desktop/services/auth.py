"""Who is acting and what they may do: signing in, the permission check, passwords.

How a service uses it: call `require(session, Permission.X)` FIRST THING in every
service function that reads or changes something the role matrix covers
(domain/permissions.py). It returns the Principal and raises NotPermitted (exit 4)
with one sentence. The principal comes from `session.info`, set by
db.engine.Database from `db.principal`; a database WITHOUT accounts has one
person (cli.md): the local OS user, holding every permission.

Signing in: `sign_in(db, username, password)` commits the attempt's bookkeeping
(failures, lock, the audit entry) and then raises on a refusal. Failures slow the
next attempt down (1, 2, 4, 8 s, measured from the stored time of the last
failure, so a fresh `qiuxue` process per attempt waits too) and the fifth locks
the account for 15 minutes. Passwords are argon2id hashes (OWASP's minimum:
19 MiB, 2 passes, 1 lane), rehashed at sign-in when the parameters change.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import Session

from qiuxue_desktop.db.audit_trail import PRINCIPAL_KEY, Pending, append, local_username
from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain.accounts import User
from qiuxue_desktop.domain.base import utcnow
from qiuxue_desktop.domain.permissions import PERMISSION_LABELS, Permission, Principal, Role
from qiuxue_desktop.errors import InputRejected, NotPermitted

HASHER = PasswordHasher(
    time_cost=2, memory_cost=19 * 1024, parallelism=1, hash_len=32, salt_len=16, type=Type.ID
)
MIN_PASSWORD_LENGTH = 8
LOCK_AFTER = 5  # failures in a row
LOCK_FOR = dt.timedelta(minutes=15)
LOCAL_TIME = ZoneInfo("Asia/Shanghai")
_RESOLVED = "qiuxue_resolved_principal"
SIGN_IN_FIRST = "此数据库已启用账户，请先登录（命令行：设置环境变量 QIUXUE_USER 和 QIUXUE_PASSWORD）。"


def hash_password(password: str) -> str:
    return HASHER.hash(password)


@functools.cache
def _dummy_hash() -> str:
    """Checked against when the name is unknown, so that a refusal takes as long either way."""
    return HASHER.hash("not anyone's password")


def password_matches(stored: str, password: str) -> bool:
    try:
        return HASHER.verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def password_problem(password: str) -> str | None:
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"密码至少需要 {MIN_PASSWORD_LENGTH} 个字符"
    if not password.strip():
        return "密码不能全是空格"
    return None


def check_new_password(password: str) -> None:
    problem = password_problem(password)
    if problem:
        raise InputRejected(f"{problem}。")


def required_wait(failures: int) -> dt.timedelta:
    """How long after the last failure the next attempt must wait: 0, 1, 2, 4, 8 s."""
    return dt.timedelta(seconds=0 if failures <= 0 else 2 ** (failures - 1))


def local_clock(at: dt.datetime) -> str:
    return at.astimezone(LOCAL_TIME).strftime("%H:%M")


# --- who is acting ------------------------------------------------------------------------------


def has_accounts(session: Session) -> bool:
    return session.scalar(select(User.id).limit(1)) is not None


def local_principal() -> Principal:
    name = local_username()
    return Principal(name, name, Role.ADMIN.value, local=True)


def current_principal(session: Session) -> Principal:
    """The acting person, checked against the accounts once per session (a role changed or an
    account deactivated in another window takes effect at the next unit of work)."""
    resolved = session.info.get(_RESOLVED)
    if isinstance(resolved, Principal):
        return resolved
    given = session.info.get(PRINCIPAL_KEY)
    if not has_accounts(session):
        resolved = given if isinstance(given, Principal) and given.local else local_principal()
    else:
        if not isinstance(given, Principal) or given.local:
            raise NotPermitted(SIGN_IN_FIRST)
        row = session.execute(
            select(User.display_name, User.role, User.active, User.must_change_password).where(
                User.username == given.username
            )
        ).first()
        if row is None or not row.active:
            raise NotPermitted(f"账户“{given.username}”已被停用或删除，请换一个账户登录。")
        resolved = Principal(
            given.username, row.display_name, row.role, must_change_password=row.must_change_password
        )
    session.info[_RESOLVED] = resolved
    return resolved


def assume_principal(session: Session, username: str) -> Principal:
    """Act as the account `username` for the rest of this session's unit of work — only right
    after creating that account (`qiuxue init --admin-user`), never in place of signing in."""
    row = session.execute(select(User.display_name, User.role).where(User.username == username)).one()
    principal = Principal(username, row.display_name, row.role)
    session.info[PRINCIPAL_KEY] = principal
    session.info[_RESOLVED] = principal
    return principal


def forget_principal(session: Session) -> None:
    """Resolve the principal afresh at the next check (after the accounts themselves changed)."""
    session.info.pop(_RESOLVED, None)


def require(session: Session, permission: Permission) -> Principal:
    """The acting principal if they hold `permission`; NotPermitted (exit 4) otherwise."""
    principal = current_principal(session)
    if principal.must_change_password:
        raise NotPermitted("请先修改管理员设置的临时密码，然后再继续。")
    if not principal.may(permission):
        raise NotPermitted(
            f"账户“{principal.username}”（{principal.role_label}）无权{PERMISSION_LABELS[permission]}。"
        )
    return principal


# --- signing in -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LoginOutcome:
    principal: Principal | None
    refusal: str = ""


def _entry(session: Session, user: User | None, actor: str, action: str, detail: str = "") -> None:
    key = user.record_id if user is not None else ""
    append(session, [Pending(action, "user_account", key, "{}", detail)], actor=actor[:60])


def attempt_login(
    session: Session, username: str, password: str, *, now: dt.datetime | None = None
) -> LoginOutcome:
    """Check a password and record the attempt (the caller must commit even a refusal)."""
    now = now or utcnow()
    name = username.strip()
    user = session.scalar(select(User).where(User.username == name)) if name else None
    if user is None or not user.active:
        password_matches(_dummy_hash(), password)
        _entry(session, None, name or "?", "login_failed", "没有此账户或账户已停用")
        return LoginOutcome(None, f"没有名为“{name}”的可用账户。")
    if user.locked_until is not None:
        if now < user.locked_until:
            return LoginOutcome(
                None,
                f"账户“{name}”因多次输错密码已锁定，请在 {local_clock(user.locked_until)} 之后再试，或请管理员解锁。",
            )
        user.locked_until, user.failed_attempts, user.last_failed_at = None, 0, None
    if user.last_failed_at is not None:
        ready = user.last_failed_at + required_wait(user.failed_attempts)
        if now < ready:
            seconds = math.ceil((ready - now).total_seconds())
            return LoginOutcome(None, f"密码输错次数较多，请等待 {seconds} 秒后再试。")
    if not password_matches(user.password_hash, password):
        user.failed_attempts += 1
        user.last_failed_at = now
        _entry(session, user, name, "login_failed", f"密码错误（连续第 {user.failed_attempts} 次）")
        if user.failed_attempts >= LOCK_AFTER:
            user.locked_until = now + LOCK_FOR
            _entry(session, user, name, "lock", f"连续 {user.failed_attempts} 次密码错误，锁定 15 分钟")
            return LoginOutcome(
                None, f"密码错误；已连续错 {LOCK_AFTER} 次，账户锁定到 {local_clock(user.locked_until)}。"
            )
        left = LOCK_AFTER - user.failed_attempts
        return LoginOutcome(None, f"密码错误（再错 {left} 次账户将被锁定 15 分钟）。")
    if HASHER.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    user.failed_attempts, user.last_failed_at, user.last_login_at = 0, None, now
    _entry(session, user, name, "login")
    session.flush()
    return LoginOutcome(
        Principal(user.username, user.display_name, user.role, must_change_password=user.must_change_password)
    )


def authenticate(session: Session, username: str, password: str) -> Principal:
    """attempt_login that raises NotPermitted on a refusal (the refused attempt is then rolled
    back with the caller's transaction: prefer sign_in, which keeps it)."""
    outcome = attempt_login(session, username, password)
    if outcome.principal is None:
        raise NotPermitted(outcome.refusal)
    return outcome.principal


def sign_in(db: Database, username: str, password: str, *, now: dt.datetime | None = None) -> Principal:
    """Sign in to `db`: the attempt is committed, then a refusal raises NotPermitted."""
    with db.write() as session:
        outcome = attempt_login(session, username, password, now=now)
    if outcome.principal is None:
        raise NotPermitted(outcome.refusal)
    db.principal = outcome.principal
    return outcome.principal


def sign_out(db: Database) -> None:
    principal = db.principal
    if principal is not None and not principal.local:
        with db.write() as session:
            user = session.scalar(select(User).where(User.username == principal.username))
            _entry(session, user, principal.username, "logout")
    db.principal = None


def change_own_password(session: Session, old: str, new: str) -> Principal:
    """The signed-in user replaces their password (a temporary one included)."""
    principal = current_principal(session)
    if principal.local:
        raise InputRejected("此数据库没有账户，无需密码。")
    user = session.scalar(select(User).where(User.username == principal.username))
    assert user is not None
    if not password_matches(user.password_hash, old):
        raise NotPermitted("原密码不正确，密码未修改。")
    check_new_password(new)
    if new == old:
        raise InputRejected("新密码不能与原密码相同。")
    user.password_hash = hash_password(new)
    user.must_change_password = False
    _entry(session, user, principal.username, "change_password")
    session.flush()
    forget_principal(session)
    return Principal(user.username, user.display_name, user.role)
