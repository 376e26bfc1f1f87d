"""Log, correct and delete a checkpoint: the same rules from the form, ``log`` and the review."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from smart_tui.domain.history import CheckpointValue
from smart_tui.domain.invariants import check_new_checkpoint, normalize_checkpoint
from smart_tui.domain.models import Adjustment, AdjustmentKind, Checkpoint, DomainError, Goal
from smart_tui.domain.trajectory import Trajectory
from smart_tui.storage.removal import Removed, checkpoint_rows, restore_removed
from smart_tui.storage.rows import to_checkpoint

from .overview import trajectory
from .workspace import Workspace


@dataclass(frozen=True)
class Logged:
    """What logging did: the checkpoint saved, the one it replaced, and the trajectory move."""

    goal: Goal
    checkpoint: Checkpoint
    replaced: Checkpoint | None
    before: Trajectory
    after: Trajectory
    unchanged: bool = False  # the very same measure was already there: nothing was written

    @property
    def status_changed(self) -> bool:
        return (self.before.status, self.before.days_ahead) != (
            self.after.status, self.after.days_ahead)


def _goal(ws: Workspace, goal_id: int) -> Goal:
    goal = ws.store.goal(goal_id)
    if goal is None:
        raise DomainError("error.unknown_goal", goal_id=goal_id)
    return goal


def _same(a: Checkpoint, b: Checkpoint) -> bool:
    """The same measure: date, value, confidence and note alike."""
    return (a.date, a.value, a.confidence, a.note) == (b.date, b.value, b.confidence, b.note)


def log_checkpoint(ws: Workspace, goal_id: int, checkpoint: Checkpoint, today: date) -> Logged:
    """Add a measure; one already on that date for that goal is replaced (and the change kept
    in the goal's history), never duplicated. The very same measure again writes nothing."""
    with ws.transaction():
        goal = _goal(ws, goal_id)
        check_new_checkpoint(goal, checkpoint, today)
        before = trajectory(ws, goal, today)
        existing = ws.store.checkpoint_on(goal_id, checkpoint.date)
        if existing is not None and _same(existing, checkpoint):
            return Logged(goal, existing, None, before, before, unchanged=True)
        if existing is not None:
            checkpoint.id, checkpoint.goal_id = existing.id, goal_id
            ws.store.update_checkpoint(checkpoint, today)
        else:
            ws.store.add_checkpoint(goal_id, checkpoint)
        after = trajectory(ws, goal, today)
    return Logged(goal, checkpoint, existing, before, after)


def correct_checkpoint(ws: Workspace, checkpoint: Checkpoint, today: date) -> Logged:
    """Change a logged measure (value, date, confidence, note); kept in the history.

    Moving it onto a date that already has a measure replaces that one too."""
    if checkpoint.id is None or checkpoint.goal_id is None:
        raise DomainError("error.unknown_checkpoint", checkpoint_id=checkpoint.id)
    with ws.transaction():
        goal = _goal(ws, checkpoint.goal_id)
        if checkpoint.date > today:
            raise DomainError("error.checkpoint_future", date=checkpoint.date)
        normalize_checkpoint(goal, checkpoint)
        before = trajectory(ws, goal, today)
        stored = next((c for c in goal.checkpoints if c.id == checkpoint.id), None)
        if stored is not None and _same(stored, checkpoint):  # saved untouched: nothing to write
            return Logged(goal, stored, None, before, before, unchanged=True)
        other = ws.store.checkpoint_on(goal.id or 0, checkpoint.date)
        if other is not None and other.id != checkpoint.id:
            ws.store.delete_checkpoint(other.id or 0, today)
        else:
            other = None
        old = ws.store.update_checkpoint(checkpoint, today)
        after = trajectory(ws, goal, today)
    return Logged(goal, checkpoint, other or old, before, after)


def delete_checkpoint(ws: Workspace, checkpoint_id: int, today: date) -> Removed:
    """Delete a measure (kept in the goal's history); its row is returned, to undo it."""
    with ws.transaction():
        removed = checkpoint_rows(ws.store.db, checkpoint_id)
        ws.store.delete_checkpoint(checkpoint_id, today)
    return removed


def restore_checkpoint(ws: Workspace, removed: Removed, today: date) -> Checkpoint:
    """Undo :func:`delete_checkpoint`: the same checkpoint back (id, date, value, confidence,
    note), and its return in the goal's history, in one transaction. Refused when another
    measure was logged on its date in the meantime (by another window)."""
    with ws.transaction():
        checkpoint = to_checkpoint(removed.rows["checkpoints"][0])
        goal_id = checkpoint.goal_id or 0
        _goal(ws, goal_id)
        if ws.store.checkpoint_on(goal_id, checkpoint.date) is not None:
            raise DomainError("error.undo_date_taken", date=checkpoint.date)
        restore_removed(ws.store.db, removed)
        ws.store.add_adjustment(goal_id, Adjustment(
            today, AdjustmentKind.CHECKPOINT, None,
            CheckpointValue(checkpoint.date, float(checkpoint.value))))
    return checkpoint
