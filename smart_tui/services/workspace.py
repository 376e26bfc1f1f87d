"""The Workspace: one open database, as the screens and the commands hold it.

It is what the TUI keeps instead of a ``Store`` (the TUI never imports storage): reads
pass straight through; every write is a function of the service modules beside this one
(``goals``, ``priorities``, ``checkpoints``, ``decisions``, ``transfer``), each one user
action in one transaction.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from smart_tui.domain.models import Goal, GoalStatus, Priority, Profile, Snapshot
from smart_tui.domain.smart import Capacity
from smart_tui.storage import DatabaseError, Store, open_peek

__all__ = ["DatabaseError", "Workspace"]


class Workspace:
    def __init__(self, store: Store | None = None, *, path: Path | str = ":memory:",
                 opener: Callable[[], Store] | None = None) -> None:
        if store is None and opener is None:
            raise ValueError("a Workspace needs a store or an opener")
        self._store = store
        self._opener = opener
        self._path = str(store.path if store is not None else path)
        self._lock = threading.Lock()
        self._opening: threading.Thread | None = None

    @classmethod
    def open(cls, path: Path | str, backups: bool = True, read_only: bool = False) -> Workspace:
        """Open (and check, and bring up to date) the database at ``path``; ``read_only``
        opens it as it is and refuses every write."""
        return cls(Store.open(path, backups=backups, read_only=read_only))

    @classmethod
    def deferred(cls, path: Path | str, backups: bool = True,
                 read_only: bool = False) -> Workspace:
        """The database at ``path``, opened on first use rather than now.

        The app paints its first frame, then its loading worker touches :attr:`store`:
        that is when the file is inspected read-only (``PRAGMA quick_check``, ours, a schema
        we know), and only then connected and migrated. Every write goes through
        :attr:`store`, so none reaches a file that has not passed the check; a file that
        fails it raises :class:`DatabaseError` at each use and is never written. Meanwhile
        :meth:`peek` may read it, read-only, for what is shown once the check has passed.
        """
        return cls(path=path, opener=lambda: Store.open(
            path, backups=backups, read_only=read_only))

    @property
    def store(self) -> Store:
        """The open, checked store (opening it now if this workspace was deferred)."""
        store = self._store
        if store is None:
            with self._lock:  # the loading worker and the app's thread may both ask
                if self._store is None:
                    assert self._opener is not None
                    self._store = self._opener()
                store = self._store
        return store

    def open_soon(self) -> None:
        """Start opening (checking) a deferred database now, on a thread of its own.

        The command line calls it before importing Textual: ``PRAGMA quick_check`` runs
        inside SQLite, outside Python's lock, while the interpreter imports and builds the
        app, so the first screen usually finds the file checked and shows its data in its
        first frame. Nothing changes in what is checked or when a write may happen: a
        write goes through :attr:`store`, which waits for this opening. A failure is not
        kept: the next use of :attr:`store` opens again and raises it where it is shown.
        """
        if self._store is not None or self._opening is not None:
            return

        def open_now() -> None:
            with suppress(Exception):  # a failure is raised again at the next use
                self.store  # noqa: B018 - opened and checked now, in this thread

        self._opening = threading.Thread(target=open_now, name="smart-tui-open")
        self._opening.start()

    def peek(self) -> Workspace | None:
        """Reads of a deferred database *while* its loading worker checks it, or None.

        Read-only and never migrated (see ``storage.db.open_peek``): for preparing what the
        first screen shows, which the screen shows only once :attr:`store` has passed the
        check. The caller closes it. None when the store is already open (read it), or the
        file is not an up-to-date smart-tui database.
        """
        if self._store is not None:
            return None
        conn = open_peek(self._path)
        if conn is None:
            return None
        store = Store(conn, self._path, backups=False)
        store.read_only = True
        return Workspace(store)

    @property
    def opened(self) -> bool:
        return self._store is not None

    @property
    def path(self) -> str:
        return self._path

    def close(self) -> None:
        if self._opening is not None:  # never leave an opening (a migration) half-way
            self._opening.join()
        if self._store is not None:
            self._store.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One user action: every write inside lands, or none does."""
        with self.store.transaction():
            yield

    @property
    def changes(self) -> tuple[int, int]:
        """Where the file stands: the rows this session has written (SQLite's count on the
        connection) and ``PRAGMA data_version``, which moves when another connection (a
        ``smart-tui log`` from a script, another window) commits. An undo remembered at one
        mark is stale once it has moved."""
        conn = self.store.conn
        return conn.total_changes, conn.execute("PRAGMA data_version").fetchone()[0]

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
