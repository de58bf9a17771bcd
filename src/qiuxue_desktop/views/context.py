"""What every view needs: the runner, the data-changed signal and the open database."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from qiuxue_desktop.views.signals import DataSignals
from qiuxue_desktop.views.tasks import Runner

if TYPE_CHECKING:
    from qiuxue_desktop.db.engine import Database
    from qiuxue_desktop.domain.permissions import Permission, Principal


@dataclass
class AppContext:
    """Shared by the main window and its views. `db` is set once the database is open."""

    runner: Runner
    signals: DataSignals = field(default_factory=DataSignals)
    db_target: str = ""
    db: Database | None = None
    enterprise_id: int | None = None
    # Who is signed in (the local user when the database has no accounts); None before that.
    principal: Principal | None = None

    @property
    def database(self) -> Database:
        if self.db is None:
            raise RuntimeError("the database is not open yet")
        return self.db

    def may(self, permission: Permission) -> bool:
        """Whether the window offers an action: the services check again whatever it offers."""
        return self.principal is not None and self.principal.may(permission)

    @property
    def enterprise(self) -> int:
        if self.enterprise_id is None:
            raise RuntimeError("no enterprise yet")
        return self.enterprise_id
