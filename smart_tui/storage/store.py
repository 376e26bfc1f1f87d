"""The Store: typed methods over the database. One user action = one transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from smart_tui.domain.history import CheckpointValue, Resources
from smart_tui.domain.models import (
    Adjustment,
    AdjustmentKind,
    Checkpoint,
    DomainError,
    Goal,
    GoalStatus,
    Priority,
    PriorityStatus,
    Profile,
    Snapshot,
    check_priority_cap,
)
from smart_tui.domain.review import Decision
from smart_tui.domain.smart import Capacity
from smart_tui.domain.trajectory import Series

from . import rows
from .backup import daily_path, prune, stamped_path, vacuum_into
from .db import BUSY_TIMEOUT_MS, DatabaseError, open_database, open_read_only
from .series import load_latest_dates, load_plan_changes, load_series

if TYPE_CHECKING:
    from sqlite_utils import Database


def _entry(checkpoint: Checkpoint) -> CheckpointValue:
    """A checkpoint as the history keeps it: its date and value."""
    return CheckpointValue(checkpoint.date, float(checkpoint.value))


class Store:
    def __init__(self, conn: sqlite3.Connection, path: Path | str = ":memory:",
                 backups: bool = True) -> None:
        self.conn = conn
        self.path = str(path)
        self._db: Database | None = None
        self.backups = backups and self.path != ":memory:"
        self._backed_up: date | None = None
        self._depth = 0  # nested transaction() calls join the outer one
        self.read_only = False  # set by open(read_only=True): every transaction is refused

    @classmethod
    def open(cls, path: Path | str, backups: bool = True, busy_timeout_ms: int = BUSY_TIMEOUT_MS,
             read_only: bool = False, any_thread: bool = True) -> Store:
        """``any_thread``: usable from another thread (the app's loading worker, then the app)."""
        if read_only:
            store = cls(open_read_only(path, busy_timeout_ms, any_thread), path, backups=False)
            store.read_only = True
            return store
        return cls(open_database(path, busy_timeout_ms, any_thread), path, backups)

    def close(self) -> None:
        self.conn.close()

    @property
    def db(self) -> Database:
        """sqlite-utils over the same connection, for writes (dicts to INSERT, batches, upserts).

        Built on first use: reads are plain SQL on ``self.conn``, so starting the app or
        running ``report`` does not pay sqlite-utils' import (~80 ms here).
        """
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn, execute_plugins=False, recursive_triggers=False)
        return self._db

    def _rows(self, sql: str, params: Sequence[object] = ()) -> list[rows.Row]:
        cursor = self.conn.execute(sql, params)
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, values)) for values in cursor]

    def _row(self, sql: str, params: Sequence[object] = ()) -> rows.Row | None:
        found = self._rows(sql, params)
        return found[0] if found else None

    # -- transactions ------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """``BEGIN IMMEDIATE`` … ``COMMIT``: it all lands or nothing does.

        SQLite errors become :class:`DatabaseError` (locked, disk full, read-only);
        domain errors propagate unchanged after the rollback. The first write of each day
        first copies the database to ``backups/``. Inside another ``transaction()`` it joins
        that one, so a service can make one user action of several Store calls. A read-only
        store refuses before anything.
        """
        if self.read_only:
            raise DatabaseError("error.read_only_mode", self.path)
        if self._depth:
            self._depth += 1
            try:
                yield self.db
            finally:
                self._depth -= 1
            return
        self._daily_backup()
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise self._error(exc) from exc
        self._depth = 1
        try:
            yield self.db
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()
            raise self._error(exc) from exc
        except BaseException:
            self._rollback()
            raise
        finally:
            self._depth = 0

    def _daily_backup(self) -> None:
        today = date.today()  # the real day: backups follow the calendar, not a frozen clock
        if not self.backups or self._backed_up == today:
            return
        target = daily_path(Path(self.path), today)
        try:
            if not target.exists():
                vacuum_into(self.conn, target, keep_existing=True)
                prune(Path(self.path))
        except (OSError, sqlite3.Error):
            return  # the write itself will say what is wrong; try again next time
        self._backed_up = today

    def backup(self, target: Path | None = None) -> Path:
        """A copy of the database now (``smart-tui backup``), by default in ``backups/``."""
        if target is None:
            target = stamped_path(Path(self.path), "manual", datetime.now())
        try:
            return vacuum_into(self.conn, Path(target))
        except (OSError, sqlite3.Error) as exc:
            raise DatabaseError("error.backup_failed", self.path, detail=str(exc)) from exc

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def _error(self, exc: sqlite3.Error) -> DatabaseError:
        text = str(exc)
        if "locked" in text or "busy" in text:
            return DatabaseError("error.db_locked", self.path)
        return DatabaseError("error.db_write", self.path, detail=text)

    # -- profile -----------------------------------------------------------------
    def profile(self) -> Profile:
        row = self._row("SELECT * FROM profile WHERE id = 1")
        return rows.to_profile(row)

    def save_profile(self, profile: Profile) -> None:
        with self.transaction() as db:
            db["profile"].upsert(rows.profile_row(profile), pk="id")

    # -- priorities --------------------------------------------------------------
    def priorities(self, include_archived: bool = True) -> list[Priority]:
        where = "" if include_archived else "WHERE status = 'active'"
        found = self._rows(f"SELECT * FROM priorities {where} ORDER BY status, position, id")
        return [rows.to_priority(r) for r in found]

    def priority(self, priority_id: int) -> Priority | None:
        row = self._row("SELECT * FROM priorities WHERE id = ?", [priority_id])
        return rows.to_priority(row) if row else None

    def active_priority_count(self) -> int:
        return self.conn.execute(
            "SELECT COUNT(*) FROM priorities WHERE status = 'active'"
        ).fetchone()[0]

    def add_priority(self, priority: Priority) -> Priority:
        """Add a priority at the end; a 4th active one raises :class:`PriorityLimitError`."""
        with self.transaction() as db:
            if priority.status == PriorityStatus.ACTIVE:
                check_priority_cap(self.active_priority_count())
            position = self.conn.execute("SELECT COALESCE(MAX(position) + 1, 0) FROM priorities")
            priority.position = position.fetchone()[0]
            table = db["priorities"]
            table.insert({**rows.priority_row(priority), "created_at": rows.utc_now()})
            priority.id = table.last_pk
        return priority

    def update_priority(self, priority: Priority) -> None:
        with self.transaction() as db:
            current = self.priority(priority.id or -1)
            if current is None:
                raise DomainError("error.unknown_priority", priority_id=priority.id)
            reactivating = (
                current.status == PriorityStatus.ARCHIVED
                and priority.status == PriorityStatus.ACTIVE
            )
            if reactivating:
                check_priority_cap(self.active_priority_count())
            db["priorities"].update(priority.id, rows.priority_row(priority))

    def move_priority(self, priority_id: int, offset: int) -> None:
        """Swap a priority with its neighbour among those of the same status."""
        with self.transaction() as db:
            current = self.priority(priority_id)
            if current is None:
                raise DomainError("error.unknown_priority", priority_id=priority_id)
            ordered = [p for p in self.priorities() if p.status == current.status]
            index = next(i for i, p in enumerate(ordered) if p.id == priority_id)
            other = index + offset
            if not 0 <= other < len(ordered):
                return
            ordered[index], ordered[other] = ordered[other], ordered[index]
            for position, p in enumerate(ordered):
                db["priorities"].update(p.id, {"position": position})

    # -- goals -------------------------------------------------------------------
    def goals(self, statuses: tuple[GoalStatus, ...] | None = None) -> list[Goal]:
        """Goals without their checkpoints (see :meth:`goal` for the full record)."""
        if statuses:
            marks = ", ".join("?" for _ in statuses)
            found = self._rows(f"SELECT * FROM goals WHERE status IN ({marks}) ORDER BY id",
                               [s.value for s in statuses])
        else:
            found = self._rows("SELECT * FROM goals ORDER BY id")
        return [rows.to_goal(r) for r in found]

    def plan_changes(self, goal_ids: list[int] | None = None) -> dict[int, list[Adjustment]]:
        """The target and deadline changes of ``goal_ids`` (default: all), by goal."""
        return load_plan_changes(self.conn, goal_ids)

    def goal(self, goal_id: int) -> Goal | None:
        """One goal with its checkpoints (by date) and adjustments (by date)."""
        row = self._row("SELECT * FROM goals WHERE id = ?", [goal_id])
        if row is None:
            return None
        goal = rows.to_goal(row)
        goal.checkpoints = self.checkpoints(goal_id)
        goal.adjustments = [
            rows.to_adjustment(r)
            for r in self._rows(
                "SELECT * FROM adjustments WHERE goal_id = ? ORDER BY date, id", [goal_id]
            )
        ]
        return goal

    def add_goal(self, goal: Goal) -> Goal:
        with self.transaction() as db:
            table = db["goals"]
            table.insert({**rows.goal_row(goal), "created_at": rows.utc_now()})
            goal.id = table.last_pk
        return goal

    def update_goal(self, goal: Goal, today: date, note: str = "") -> list[Adjustment]:
        """Save ``goal``; a change of target, deadline or status is logged as an adjustment."""
        logged: list[Adjustment] = []
        with self.transaction() as db:
            row = self._row("SELECT * FROM goals WHERE id = ?", [goal.id])
            if row is None:
                raise DomainError("error.unknown_goal", goal_id=goal.id)
            before = rows.to_goal(row)
            watched = (
                (AdjustmentKind.TARGET, before.target, goal.target),
                (AdjustmentKind.DEADLINE, before.deadline, goal.deadline),
                (AdjustmentKind.STATUS, before.status, goal.status),
            )
            for kind, old, new in watched:
                if old != new:
                    adjustment = Adjustment(today, kind, old, new, note)
                    self._insert_adjustment(db, goal.id, adjustment)  # type: ignore[arg-type]
                    logged.append(adjustment)
            db["goals"].update(goal.id, rows.goal_row(goal))
        return logged

    def capacity(self, excluding_goal: int | None = None) -> Capacity:
        """The profile's capacity and what the other active goals already take of it."""
        profile = self.profile()
        hours, budget = self.conn.execute(
            "SELECT COALESCE(SUM(hours_per_week), 0), COALESCE(SUM(budget_per_month), 0) "
            "FROM goals WHERE status = 'active' AND id IS NOT ?",
            [excluding_goal],
        ).fetchone()
        return Capacity(profile.hours_per_week, profile.budget_per_month, hours, budget)

    def series(self, goal_ids: list[int] | None = None) -> dict[int, Series]:
        """Each goal's latest checkpoint and regression sums, aggregated by SQL."""
        return load_series(self.conn, goal_ids)

    def latest_dates(self) -> dict[int, date]:
        """Each goal's latest checkpoint date, without the sums: no scan of the checkpoints."""
        return load_latest_dates(self.conn)

    # -- checkpoints and adjustments ---------------------------------------------
    def checkpoints(self, goal_id: int) -> list[Checkpoint]:
        found = self._rows("SELECT * FROM checkpoints WHERE goal_id = ? ORDER BY date, id",
                           [goal_id])
        return [rows.to_checkpoint(r) for r in found]

    def add_checkpoint(self, goal_id: int, checkpoint: Checkpoint) -> Checkpoint:
        with self.transaction() as db:
            if not self.conn.execute("SELECT 1 FROM goals WHERE id = ?", [goal_id]).fetchone():
                raise DomainError("error.unknown_goal", goal_id=goal_id)
            table = db["checkpoints"]
            table.insert(rows.checkpoint_row(goal_id, checkpoint))
            checkpoint.id, checkpoint.goal_id = table.last_pk, goal_id
        return checkpoint

    def checkpoint_on(self, goal_id: int, day: date) -> Checkpoint | None:
        """The checkpoint of ``goal_id`` on ``day`` (the latest logged, if several)."""
        row = self._row("SELECT * FROM checkpoints WHERE goal_id = ? AND date = ? "
                        "ORDER BY id DESC LIMIT 1", [goal_id, day.isoformat()])
        return rows.to_checkpoint(row) if row else None

    def update_checkpoint(self, checkpoint: Checkpoint, today: date,
                          note: str = "") -> Checkpoint:
        """Correct a checkpoint; the old and new values go to the adjustments log.

        Returns the checkpoint as it was."""
        with self.transaction() as db:
            old = self._checkpoint_row(checkpoint.id)
            row = rows.checkpoint_row(old.goal_id or 0, checkpoint)
            row.pop("created_at")
            db["checkpoints"].update(checkpoint.id, row)
            self._insert_adjustment(db, old.goal_id or 0, Adjustment(
                today, AdjustmentKind.CHECKPOINT, _entry(old), _entry(checkpoint), note))
        return old

    def delete_checkpoint(self, checkpoint_id: int, today: date, note: str = "") -> None:
        with self.transaction() as db:
            old = self._checkpoint_row(checkpoint_id)
            db["checkpoints"].delete(checkpoint_id)
            self._insert_adjustment(db, old.goal_id or 0, Adjustment(
                today, AdjustmentKind.CHECKPOINT, _entry(old), None, note))

    def _checkpoint_row(self, checkpoint_id: int | None) -> Checkpoint:
        row = self._row("SELECT * FROM checkpoints WHERE id = ?", [checkpoint_id])
        if row is None:
            raise DomainError("error.unknown_checkpoint", checkpoint_id=checkpoint_id)
        return rows.to_checkpoint(row)

    def add_adjustment(self, goal_id: int, adjustment: Adjustment) -> Adjustment:
        with self.transaction() as db:
            if not self.conn.execute("SELECT 1 FROM goals WHERE id = ?", [goal_id]).fetchone():
                raise DomainError("error.unknown_goal", goal_id=goal_id)
            self._insert_adjustment(db, goal_id, adjustment)
        return adjustment

    @staticmethod
    def _insert_adjustment(db: Database, goal_id: int, adjustment: Adjustment) -> None:
        table = db["adjustments"]
        table.insert(rows.adjustment_row(goal_id, adjustment))
        adjustment.id, adjustment.goal_id = table.last_pk, goal_id

    # -- decisions -----------------------------------------------------------------
    def adjust_actions(self, goal_id: int, today: date, note: str,
                       budget_per_month: float | None = None,
                       hours_per_week: float | None = None) -> Adjustment:
        """Log a change of action plan; new budget/hours (when given) update the goal."""
        with self.transaction() as db:
            row = self._row("SELECT * FROM goals WHERE id = ?", [goal_id])
            if row is None:
                raise DomainError("error.unknown_goal", goal_id=goal_id)
            goal = rows.to_goal(row)
            old = Resources(goal.budget_per_month, goal.hours_per_week)
            if budget_per_month is not None:
                goal.budget_per_month = budget_per_month
            if hours_per_week is not None:
                goal.hours_per_week = hours_per_week
            new = Resources(goal.budget_per_month, goal.hours_per_week)
            db["goals"].update(goal_id, rows.goal_row(goal))
            adjustment = Adjustment(today, AdjustmentKind.ACTIONS, old,
                                    new if new != old else None, note)
            self._insert_adjustment(db, goal_id, adjustment)
        return adjustment

    def record_decision(self, goal_id: int, today: date, decision: Decision,
                        note: str = "") -> Adjustment:
        """Log a review decision that changes no field (today: "keep course")."""
        return self.add_adjustment(
            goal_id, Adjustment(today, AdjustmentKind.DECISION, None, decision, note))

    # -- whole database --------------------------------------------------------------
    def snapshot(self) -> Snapshot:
        """Everything, for export: priorities by status and position, goals by id."""
        from .bulk import read_snapshot

        return read_snapshot(self)

    def import_snapshot(self, snapshot: Snapshot) -> None:
        """Add a whole document in one transaction; ids in it only link its parts."""
        from .bulk import write_snapshot

        write_snapshot(self, snapshot)
