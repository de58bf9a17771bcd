"""Domain: SQLAlchemy typed models, one module per aggregate, and pure rules."""

from qiuxue_desktop.domain.accounts import User
from qiuxue_desktop.domain.audit import AuditEntry
from qiuxue_desktop.domain.base import Base
from qiuxue_desktop.domain.certificates import Certificate, CertificateCounter, CertificateKey
from qiuxue_desktop.domain.claims import Claim, ClaimLine, ClaimStep, Invoice, Repayment
from qiuxue_desktop.domain.enrolment import CourseResult, Enrolment, EnrolmentStatusChange, ExamSitting
from qiuxue_desktop.domain.enterprise import Department, Enterprise
from qiuxue_desktop.domain.funding import Scheme, SchemeBudget
from qiuxue_desktop.domain.funds import FundYear, TrainingSpend
from qiuxue_desktop.domain.honours import HonourNomination, HonourPhoto, HonourRound
from qiuxue_desktop.domain.institution import Institution
from qiuxue_desktop.domain.learner import Learner
from qiuxue_desktop.domain.programme import Course, Programme
from qiuxue_desktop.domain.settings import AppSetting
from qiuxue_desktop.domain.surveys import Survey, SurveyAnswer, SurveyQuestion, SurveyResponse
from qiuxue_desktop.domain.sync import SyncBatch, SyncBatchRow, SyncHeld, SyncOutbox, SyncRejection

__all__ = [
    "AppSetting",
    "AuditEntry",
    "Base",
    "Certificate",
    "CertificateCounter",
    "CertificateKey",
    "Claim",
    "ClaimLine",
    "ClaimStep",
    "Course",
    "CourseResult",
    "Department",
    "Enrolment",
    "EnrolmentStatusChange",
    "Enterprise",
    "ExamSitting",
    "FundYear",
    "HonourNomination",
    "HonourPhoto",
    "HonourRound",
    "Institution",
    "Invoice",
    "Learner",
    "Programme",
    "Repayment",
    "Scheme",
    "SchemeBudget",
    "Survey",
    "SurveyAnswer",
    "SurveyQuestion",
    "SurveyResponse",
    "SyncBatch",
    "SyncBatchRow",
    "SyncHeld",
    "SyncOutbox",
    "SyncRejection",
    "TrainingSpend",
    "User",
]
