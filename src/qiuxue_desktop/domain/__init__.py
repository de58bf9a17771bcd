"""Domain: SQLAlchemy typed models, one module per aggregate, and pure rules."""

from qiuxue_desktop.domain.base import Base
from qiuxue_desktop.domain.enrolment import CourseResult, Enrolment, EnrolmentStatusChange, ExamSitting
from qiuxue_desktop.domain.enterprise import Department, Enterprise
from qiuxue_desktop.domain.events import EventLog
from qiuxue_desktop.domain.institution import Institution
from qiuxue_desktop.domain.learner import Learner
from qiuxue_desktop.domain.programme import Course, Programme

__all__ = [
    "Base",
    "Course",
    "CourseResult",
    "Department",
    "Enrolment",
    "EnrolmentStatusChange",
    "Enterprise",
    "EventLog",
    "ExamSitting",
    "Institution",
    "Learner",
    "Programme",
]
