"""Domain: SQLAlchemy typed models, one module per aggregate, and pure rules."""

from qiuxue_desktop.domain.base import Base
from qiuxue_desktop.domain.enterprise import Department, Enterprise
from qiuxue_desktop.domain.events import EventLog
from qiuxue_desktop.domain.learner import Learner

__all__ = ["Base", "Department", "Enterprise", "EventLog", "Learner"]
