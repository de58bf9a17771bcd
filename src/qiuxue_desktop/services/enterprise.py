"""The enterprise and its departments."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from qiuxue_desktop.domain import Department, Enterprise
from qiuxue_desktop.domain.ids import clean_uscc, uscc_problem
from qiuxue_desktop.domain.permissions import Permission
from qiuxue_desktop.errors import InputRejected
from qiuxue_desktop.services.auth import require


@dataclass(frozen=True, slots=True)
class EnterpriseInfo:
    id: int
    name: str
    uscc: str
    short_code: str
    address: str
    record_id: str


def _info(e: Enterprise) -> EnterpriseInfo:
    return EnterpriseInfo(e.id, e.name, e.uscc, e.short_code, e.address, e.record_id)


def create_enterprise(
    session: Session, *, name: str, uscc: str, short_code: str = "", address: str = ""
) -> int:
    require(session, Permission.EDIT_ENTERPRISE)
    name = name.strip()
    if not name:
        raise InputRejected("企业名称不能为空。")
    code = clean_uscc(uscc)
    problem = uscc_problem(code)
    if problem:
        raise InputRejected(f"统一社会信用代码“{uscc}”有误：{problem}。")
    if session.scalar(select(Enterprise.id).limit(1)) is not None:
        raise InputRejected("数据库中已经有企业信息，不能再创建一个。")
    enterprise = Enterprise(name=name, uscc=code, short_code=short_code.strip(), address=address.strip())
    session.add(enterprise)
    session.flush()
    return enterprise.id


def update_enterprise(
    session: Session, enterprise_id: int, *, name: str, short_code: str, address: str
) -> None:
    require(session, Permission.EDIT_ENTERPRISE)
    e = session.get(Enterprise, enterprise_id)
    if e is None:
        raise InputRejected("企业不存在。")
    if not name.strip():
        raise InputRejected("企业名称不能为空。")
    e.name, e.short_code, e.address = name.strip(), short_code.strip(), address.strip()


def current_enterprise(session: Session) -> EnterpriseInfo | None:
    """The enterprise this database belongs to (one per database)."""
    require(session, Permission.READ)
    e = session.scalars(select(Enterprise).order_by(Enterprise.id).limit(1)).first()
    return _info(e) if e else None


def require_enterprise(session: Session) -> EnterpriseInfo:
    info = current_enterprise(session)
    if info is None:
        raise InputRejected("数据库中还没有企业信息：请先运行 qiuxue init 或在窗口中导入演示数据。")
    return info


def list_departments(session: Session, enterprise_id: int) -> list[tuple[int, str]]:
    require(session, Permission.READ)
    rows = session.execute(
        select(Department.id, Department.name)
        .where(Department.enterprise_id == enterprise_id)
        .order_by(Department.name)
    )
    return [(r.id, r.name) for r in rows]


def department_ids(session: Session, enterprise_id: int, names: set[str]) -> dict[str, int]:
    """Ids of the named departments, creating the ones that do not exist yet."""
    require(session, Permission.READ)
    existing: dict[str, int] = {
        name: dept_id
        for name, dept_id in session.execute(
            select(Department.name, Department.id).where(Department.enterprise_id == enterprise_id)
        )
    }
    missing = names - existing.keys()
    if missing:
        require(session, Permission.EDIT_LEARNERS)
    for name in sorted(missing):
        dept = Department(enterprise_id=enterprise_id, name=name)
        session.add(dept)
        session.flush()
        existing[name] = dept.id
    return {n: existing[n] for n in names}
