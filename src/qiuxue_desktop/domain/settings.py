"""Settings of the installation kept in the database (business settings, shared by every PC
that opens it): one text value per key, audited like every other change.

The keys belong to the modules that read them (io/pdf/fonts.py: the print fonts; the posting
list's wording; later the certificates' wording). services/settings.py reads and writes them.
"""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from qiuxue_desktop.domain.base import Base


class AppSetting(Base):
    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
