"""Roles, permissions and who holds which: a pure, deny-by-default matrix.

Every service function that reads or changes something checks a Permission
(services.auth.require); the window only hides what the services refuse anyway.
A later issue uses the permissions listed here and does not invent its own
names: add one here, with the roles that hold it, when a new kind of act appears.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    COORDINATOR = "coordinator"
    UNION = "union"
    FINANCE = "finance"
    VIEWER = "viewer"


ROLE_LABELS: dict[Role, str] = {
    Role.ADMIN: "管理员",
    Role.COORDINATOR: "培训专员",
    Role.UNION: "工会主席",
    Role.FINANCE: "财务",
    Role.VIEWER: "查看",
}


class Permission(StrEnum):
    READ = "read"  # see the register, coursework, claims, funds (ID numbers masked)
    VIEW_AUDIT = "view_audit"  # the audit trail (masked like every other screen)
    EDIT_ENTERPRISE = "edit_enterprise"  # the enterprise's details, departments
    EDIT_LEARNERS = "edit_learners"  # add, edit, mark as left, import a roster
    REVEAL_ID = "reveal_id"  # show one full ID number (each reveal is recorded)
    EXPORT_FULL_IDS = "export_full_ids"  # a roster workbook with full ID numbers (recorded)
    EDIT_COURSEWORK = "edit_coursework"  # institutions, programmes, enrolments, courses, grades
    EDIT_CLAIMS = "edit_claims"  # invoices and reimbursement claims, prepared for approval
    APPROVE_CLAIM_HR = "approve_claim_hr"  # the HR office's approval step
    APPROVE_CLAIM_UNION = "approve_claim_union"  # the union branch's approval step
    APPROVE_CLAIM_FINANCE = "approve_claim_finance"  # finance's approval step
    RECORD_PAYMENT = "record_payment"  # a claim paid out
    MANAGE_FUNDS = "manage_funds"  # the fund ledger: sources, allocations
    CORRECT_RECORD = "correct_record"  # change a paid or sent record through a recorded correction
    ISSUE_CERTIFICATES = "issue_certificates"
    PRINT_LISTS = "print_lists"  # posted lists, summary sheets, forms (masked; each print recorded)
    SYNC = "sync"  # export and send batches to the platform, apply receipts
    BACKUP = "backup"  # make a backup, copy one to a folder
    RESTORE = "restore"  # replace the database with a backup
    MANAGE_ACCOUNTS = "manage_accounts"  # add accounts, reset passwords, roles, unlock, deactivate
    # satisfaction surveys (questions, answers typed in or imported) and the honours' criteria and
    # nominations; the results carry no names (anonymous surveys hold none)
    MANAGE_SURVEYS = "manage_surveys"
    APPROVE_HONOURS = "approve_honours"  # the union chair approves or returns a 优秀学员 nomination


PERMISSION_LABELS: dict[Permission, str] = {
    Permission.READ: "查看数据",
    Permission.VIEW_AUDIT: "查看审计日志",
    Permission.EDIT_ENTERPRISE: "修改企业信息",
    Permission.EDIT_LEARNERS: "登记、修改和导入学员",
    Permission.REVEAL_ID: "查看完整身份证号",
    Permission.EXPORT_FULL_IDS: "导出含完整身份证号的花名册",
    Permission.EDIT_COURSEWORK: "管理院校、专业、学籍和成绩",
    Permission.EDIT_CLAIMS: "录入发票和报销申请",
    Permission.APPROVE_CLAIM_HR: "以培训专员身份审批报销",
    Permission.APPROVE_CLAIM_UNION: "以工会身份审批报销",
    Permission.APPROVE_CLAIM_FINANCE: "以财务身份审批报销",
    Permission.RECORD_PAYMENT: "登记付款",
    Permission.MANAGE_FUNDS: "管理经费台账",
    Permission.CORRECT_RECORD: "更正已支付或已上报的记录",
    Permission.ISSUE_CERTIFICATES: "颁发证书",
    Permission.PRINT_LISTS: "打印名单和表格",
    Permission.SYNC: "向平台上报数据",
    Permission.BACKUP: "备份数据库",
    Permission.RESTORE: "从备份恢复数据库",
    Permission.MANAGE_ACCOUNTS: "管理账户",
    Permission.MANAGE_SURVEYS: "管理满意度调查和优秀学员评选",
    Permission.APPROVE_HONOURS: "审批优秀学员提名",
}

P = Permission
_EVERYONE = frozenset({P.READ, P.VIEW_AUDIT})
_STAFF = _EVERYONE | {P.PRINT_LISTS, P.BACKUP}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.COORDINATOR: _STAFF
    | {
        P.EDIT_ENTERPRISE,
        P.EDIT_LEARNERS,
        P.REVEAL_ID,
        P.EXPORT_FULL_IDS,
        P.EDIT_COURSEWORK,
        P.EDIT_CLAIMS,
        P.APPROVE_CLAIM_HR,
        P.CORRECT_RECORD,
        P.ISSUE_CERTIFICATES,
        P.SYNC,
        P.MANAGE_SURVEYS,
    },
    Role.UNION: _STAFF | {P.REVEAL_ID, P.APPROVE_CLAIM_UNION, P.MANAGE_FUNDS, P.APPROVE_HONOURS},
    Role.FINANCE: _STAFF | {P.APPROVE_CLAIM_FINANCE, P.RECORD_PAYMENT, P.MANAGE_FUNDS, P.CORRECT_RECORD},
    Role.VIEWER: _EVERYONE,
}


def parse_role(text: str) -> Role | None:
    """A role from its code (`coordinator`) or its Chinese label (`培训专员`)."""
    value = text.strip()
    for role, label in ROLE_LABELS.items():
        if value in (role.value, label):
            return role
    return None


def role_label(role: str) -> str:
    try:
        return ROLE_LABELS[Role(role)]
    except ValueError:
        return role


def allows(role: str, permission: Permission) -> bool:
    """Whether `role` holds `permission`; an unknown role holds nothing."""
    try:
        return permission in ROLE_PERMISSIONS[Role(role)]
    except ValueError:
        return False


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is acting. `local` is the one person of a database without accounts (cli.md):
    the operating system's user, holding every permission."""

    username: str
    display_name: str
    role: str
    local: bool = False
    must_change_password: bool = False

    def may(self, permission: Permission) -> bool:
        return allows(self.role, permission)

    @property
    def role_label(self) -> str:
        return role_label(self.role)
