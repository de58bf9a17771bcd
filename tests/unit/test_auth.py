"""Accounts: the role matrix, argon2id hashes, slow-down and lock-out from stored timestamps,
admin resets, and the services refusing what a role may not do (a hidden button is not a control)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from argon2 import PasswordHasher, Type
from sqlalchemy import select
from tests.unit.roster_samples import sample_rows, write_roster
from tests.unit.test_learner_service import values

from qiuxue_desktop.db.engine import Database
from qiuxue_desktop.domain import Learner, User
from qiuxue_desktop.domain.base import utcnow
from qiuxue_desktop.domain.permissions import (
    ROLE_PERMISSIONS,
    Permission,
    Principal,
    Role,
    allows,
    parse_role,
    role_label,
)
from qiuxue_desktop.errors import InputRejected, NotPermitted
from qiuxue_desktop.io.excel.roster_export import export_roster
from qiuxue_desktop.io.excel.roster_import import import_roster, read_roster
from qiuxue_desktop.services import accounts, auth, demo, enterprise, learners
from qiuxue_desktop.services.audit import AuditQuery, query_entry_ids

PASSWORD = "Correct-horse-9"
ROLES = ("admin", "coordinator", "union", "finance", "viewer")


# --- the matrix --------------------------------------------------------------------------------


def test_matrix_matches_the_brief() -> None:
    def holders(p: Permission) -> set[str]:
        return {r.value for r in Role if allows(r.value, p)}

    assert holders(Permission.EDIT_LEARNERS) == {"admin", "coordinator"}
    assert holders(Permission.REVEAL_ID) == {"admin", "coordinator", "union"}
    assert holders(Permission.EXPORT_FULL_IDS) == {"admin", "coordinator"}
    assert holders(Permission.MANAGE_ACCOUNTS) == {"admin"}
    assert holders(Permission.RESTORE) == {"admin"}
    assert holders(Permission.READ) == set(ROLES)
    assert holders(Permission.APPROVE_CLAIM_UNION) == {"admin", "union"}
    assert holders(Permission.APPROVE_CLAIM_FINANCE) == {"admin", "finance"}
    assert ROLE_PERMISSIONS[Role.VIEWER] == {Permission.READ, Permission.VIEW_AUDIT}


def test_unknown_role_holds_nothing_and_roles_parse_from_labels() -> None:
    assert not any(allows("boss", p) for p in Permission)
    assert parse_role("培训专员") is Role.COORDINATOR and parse_role(" finance ") is Role.FINANCE
    assert parse_role("老板") is None


# --- accounts and passwords --------------------------------------------------------------------


@pytest.fixture
def people(db: Database, enterprise_id: int) -> Database:
    """One account per role (the admin first), each with PASSWORD, none to be changed."""
    with db.write() as s:
        for role in ROLES:
            accounts.add_user(
                s,
                username=role,
                display_name=f"{role}的名字",
                role=role,
                password=PASSWORD,
                must_change_password=False,
            )
    return db


def as_user(db: Database, username: str) -> Database:
    db.principal = Principal(username, username, "ignored: the database says")
    return db


def test_passwords_are_argon2id_with_owasp_parameters(people: Database) -> None:
    with people.read() as s:
        stored = s.scalar(select(User.password_hash).where(User.username == "viewer"))
    assert stored is not None and stored.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert PASSWORD not in stored
    assert auth.password_matches(stored, PASSWORD) and not auth.password_matches(stored, "wrong-password")


def test_an_outdated_hash_is_replaced_at_sign_in(people: Database) -> None:
    weak = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1, type=Type.ID).hash(PASSWORD)
    with people.write() as s:
        user = s.scalar(select(User).where(User.username == "union"))
        assert user is not None
        user.password_hash = weak
    auth.sign_in(people, "union", PASSWORD)
    with people.read() as s:
        stored = s.scalar(select(User.password_hash).where(User.username == "union"))
    assert stored is not None and stored != weak and ",t=2,p=1$" in stored and "m=19456" in stored


def test_refusals_are_one_clear_sentence(people: Database) -> None:
    with pytest.raises(NotPermitted, match="没有名为“nobody”的可用账户"):
        auth.sign_in(people, "nobody", PASSWORD)
    with pytest.raises(NotPermitted, match=r"^密码错误（再错 4 次"):
        auth.sign_in(people, "viewer", "not-the-password")
    assert people.principal is None


def test_failures_slow_down_then_lock_for_15_minutes(people: Database) -> None:
    t0 = dt.datetime(2026, 3, 2, 1, 0, tzinfo=dt.UTC)  # 09:00 in Shanghai

    def attempt(at: dt.datetime, password: str = "wrong-pass") -> str:
        try:
            auth.sign_in(people, "finance", password, now=at)
        except NotPermitted as exc:
            return exc.message
        return "ok"

    assert attempt(t0).startswith("密码错误")
    # A new process (the CLI) or a new dialog: the wait comes from the stored time of the failure.
    assert attempt(t0 + dt.timedelta(milliseconds=500), PASSWORD) == "密码输错次数较多，请等待 1 秒后再试。"
    t = t0 + dt.timedelta(seconds=1)
    for failures, wait in ((2, 2), (3, 4), (4, 8)):
        assert attempt(t).startswith(f"密码错误（再错 {5 - failures} 次")
        assert attempt(t + dt.timedelta(seconds=wait) - dt.timedelta(milliseconds=1)).startswith(
            "密码输错次数较多"
        )
        t += dt.timedelta(seconds=wait)
    assert attempt(t) == "密码错误；已连续错 5 次，账户锁定到 09:15。"
    # Locked: even the right password is refused until the lock expires.
    assert attempt(t + dt.timedelta(minutes=14), PASSWORD).startswith(
        "账户“finance”因多次输错密码已锁定，请在 09:15 之后"
    )
    # An expired lock: the right password works and the counters start again.
    assert attempt(t + dt.timedelta(minutes=15, seconds=1), PASSWORD) == "ok"
    with people.read() as s:
        user = s.scalar(select(User).where(User.username == "finance"))
        assert user is not None and (user.failed_attempts, user.locked_until) == (0, None)
        actions = [e for e in query_entry_ids(s, AuditQuery(action="lock"))]
    assert len(actions) == 1


def test_an_admin_unlocks_and_resets_but_never_sees_a_password(people: Database) -> None:
    t0 = utcnow()
    for i in range(5):
        with pytest.raises(NotPermitted):
            auth.sign_in(people, "coordinator", "wrong-pass", now=t0 + dt.timedelta(seconds=20 * i))
    with as_user(people, "admin").write() as s:
        listed = {u.username: u for u in accounts.list_users(s)}
        assert listed["coordinator"].locked(t0 + dt.timedelta(minutes=2))
        assert not hasattr(listed["coordinator"], "password_hash")
        accounts.unlock(s, "coordinator")
    people.principal = None
    assert auth.sign_in(people, "coordinator", PASSWORD).username == "coordinator"

    with as_user(people, "admin").write() as s:
        accounts.reset_password(s, "coordinator", "Temporary-123")
    people.principal = None
    principal = auth.sign_in(people, "coordinator", "Temporary-123")
    assert principal.must_change_password
    with pytest.raises(NotPermitted, match="请先修改管理员设置的临时密码"), people.read() as s:
        learners.learner_counts(s, 1)
    with pytest.raises(NotPermitted, match="原密码不正确"), people.write() as s:
        auth.change_own_password(s, "guess", "Mine-and-only-mine")
    with people.write() as s:
        people.principal = auth.change_own_password(s, "Temporary-123", "Mine-and-only-mine")
    with people.read() as s:
        assert learners.learner_counts(s, 1).total == 0


def test_account_rules_keep_the_office_from_locking_itself_out(db: Database, enterprise_id: int) -> None:
    with pytest.raises(InputRejected, match="第一个账户必须是管理员"), db.write() as s:
        accounts.add_user(s, username="zhang", display_name="张", role="viewer", password=PASSWORD)
    with db.write() as s:
        accounts.add_user(s, username="admin", display_name="管理员", role="管理员", password=PASSWORD)
    db.principal = auth.sign_in(db, "admin", PASSWORD)
    with db.write() as s:
        accounts.add_user(s, username="li", display_name="李", role="coordinator", password=PASSWORD)
        with pytest.raises(InputRejected, match="唯一启用的管理员"):
            accounts.set_role(s, "admin", "viewer")
        with pytest.raises(InputRejected, match="不能停用自己"):
            accounts.set_active(s, "admin", False)
        with pytest.raises(InputRejected, match="已被使用"):
            accounts.add_user(s, username="li", display_name="另一个李", role="viewer", password=PASSWORD)
        with pytest.raises(InputRejected, match="至少需要 8 个字符"):
            accounts.add_user(s, username="wang", display_name="王", role="viewer", password="short")
        with pytest.raises(InputRejected, match="没有“boss”这个角色"):
            accounts.add_user(s, username="wang", display_name="王", role="boss", password=PASSWORD)


def test_a_deactivated_account_or_changed_role_takes_effect_at_the_next_unit_of_work(
    people: Database,
) -> None:
    coordinator = auth.sign_in(people, "coordinator", PASSWORD)
    with people.write() as s:
        lid = learners.register_learner(s, enterprise_id=1, values=values())
    with as_user(people, "admin").write() as s:
        accounts.set_role(s, "coordinator", "viewer")
    people.principal = coordinator
    with pytest.raises(NotPermitted, match="（查看）无权登记、修改和导入学员"), people.write() as s:
        learners.mark_left(s, lid, leave_date=dt.date(2024, 1, 1), expected_version=None)
    with as_user(people, "admin").write() as s:
        accounts.set_active(s, "coordinator", False)
    people.principal = coordinator
    with pytest.raises(NotPermitted, match="已被停用"), people.read() as s:
        learners.learner_counts(s, 1)
    with pytest.raises(NotPermitted, match="没有名为“coordinator”的可用账户"):
        auth.sign_in(people, "coordinator", PASSWORD)


# --- the services refuse ------------------------------------------------------------------------


def test_with_accounts_nobody_reads_without_signing_in(people: Database) -> None:
    people.principal = None
    with pytest.raises(NotPermitted, match="请先登录"), people.read() as s:
        learners.query_learner_ids(s, 1, learners.LearnerQuery())


Call = Callable[[Database], object]


def _roster(tmp: Path) -> Path:
    return write_roster(tmp / "roster.xlsx", sample_rows(3))


@pytest.fixture
def one_learner(people: Database) -> int:
    with as_user(people, "coordinator").write() as s:
        return learners.register_learner(s, enterprise_id=1, values=values())


def _calls(tmp: Path, lid: int) -> dict[str, Call]:
    def w(fn: Callable[..., object]) -> Call:
        def call(db: Database) -> object:
            with db.write() as s:
                return fn(s)

        return call

    return {
        "register": w(
            lambda s: learners.register_learner(
                s, enterprise_id=1, values=values(id_number="11010519491231002X")
            )
        ),
        "update": w(
            lambda s: learners.update_learner(s, lid, values={"phone": "13900000000"}, expected_version=None)
        ),
        "leave": w(
            lambda s: learners.mark_left(s, lid, leave_date=dt.date(2024, 5, 1), expected_version=None)
        ),
        "reveal": w(lambda s: learners.reveal_id_number(s, lid)),
        "reveal-detail": w(lambda s: learners.get_learner(s, lid, reveal=True)),
        "import": w(lambda s: import_roster(s, 1, read_roster(_roster(tmp)))),
        "import-dry-run": w(lambda s: import_roster(s, 1, read_roster(_roster(tmp)), dry_run=True)),
        "export": w(lambda s: export_roster(s, 1, tmp / "out.xlsx")),
        "enterprise": w(
            lambda s: enterprise.update_enterprise(s, 1, name="新名字", short_code="", address="")
        ),
        "demo": w(lambda s: demo.create_demo(s, learners=5)),
        "accounts": w(lambda s: accounts.list_users(s)),
    }


# what each role may do of the above (demo refuses for another reason: the database has learners)
ALLOWED = {
    "coordinator": {
        "register",
        "update",
        "leave",
        "reveal",
        "reveal-detail",
        "import",
        "import-dry-run",
        "export",
        "enterprise",
    },
    "union": {"reveal", "reveal-detail"},
    "finance": set(),
    "viewer": set(),
}


@pytest.mark.parametrize("role", sorted(ALLOWED))
def test_each_service_refuses_what_the_role_may_not_do(
    role: str, people: Database, one_learner: int, tmp_path: Path
) -> None:
    for name, call in _calls(tmp_path, one_learner).items():
        as_user(people, role)
        if name in ALLOWED[role]:
            call(people)
            continue
        with pytest.raises((NotPermitted, InputRejected)) as err:
            call(people)
        if name != "demo" or role != "coordinator":
            assert isinstance(err.value, NotPermitted), (role, name, err.value)
            assert f"（{role_label(role)}）无权" in err.value.message
    assert (role in ("coordinator",)) == (tmp_path / "out.xlsx").exists()


def test_a_refused_import_changes_nothing(people: Database, one_learner: int, tmp_path: Path) -> None:
    parsed = read_roster(_roster(tmp_path))
    with pytest.raises(NotPermitted), as_user(people, "viewer").write() as s:
        import_roster(s, 1, parsed)
    with people.read() as s:
        assert s.scalar(select(Learner.id).where(Learner.id != one_learner)) is None


def test_without_accounts_the_local_user_may_do_everything(db: Database, enterprise_id: int) -> None:
    with db.write() as s:
        principal = auth.current_principal(s)
        assert principal.local and all(principal.may(p) for p in Permission)
        learners.register_learner(s, enterprise_id=enterprise_id, values=values())
