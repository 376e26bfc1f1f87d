"""The Workspace: one open database, as the screens and the commands hold it.

It is what the TUI keeps instead of a ``Store`` (the TUI never imports storage): reads
pass straight through; every write is a function of the service modules beside this one
(``goals``, ``priorities``, ``checkpoints``, ``decisions``, ``transfer``), each one user
action in one transaction.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from smart_tui.domain.models import Goal, GoalStatus, Priority, Profile, Snapshot
from smart_tui.domain.smart import Capacity
from smart_tui.storage import DatabaseError, Store

if TYPE_CHECKING:
    from sqlite_utils import Database

__all__ = ["DatabaseError", "Workspace"]


class Workspace:
    def __init__(self, store: Store) -> None:
        self.store = store

    @classmethod
    def open(cls, path: Path | str, backups: bool = True, read_only: bool = False) -> Workspace:
        """Open (and check, and bring up to date) the database at ``path``; ``read_only``
        opens it as it is and refuses every write."""
        return cls(Store.open(path, backups=backups, read_only=read_only))

    @property
    def path(self) -> str:
        return self.store.path

    def close(self) -> None:
        self.store.close()

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """One user action: every write inside lands, or none does."""
        with self.store.transaction() as db:
            yield db

    # -- reads -------------------------------------------------------------------
    def profile(self) -> Profile:
        return self.store.profile()

    def priorities(self, include_archived: bool = True) -> list[Priority]:
        return self.store.priorities(include_archived)

    def priority(self, priority_id: int) -> Priority | None:
        return self.store.priority(priority_id)

    def goals(self, statuses: tuple[GoalStatus, ...] | None = None) -> list[Goal]:
        return self.store.goals(statuses)

    def goal(self, goal_id: int) -> Goal | None:
        """One goal with its checkpoints and adjustments."""
        return self.store.goal(goal_id)

    def capacity(self, excluding_goal: int | None = None) -> Capacity:
        return self.store.capacity(excluding_goal)

    def snapshot(self) -> Snapshot:
        return self.store.snapshot()
