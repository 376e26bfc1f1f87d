"""Delete a goal or a priority (with its checkpoints and history), and undo it."""

from __future__ import annotations

from smart_tui.domain.models import DomainError, PriorityStatus, check_priority_cap
from smart_tui.storage.removal import Removed, remove_goals, remove_priority, restore_removed

from .workspace import Workspace


def delete_goal(ws: Workspace, goal_id: int) -> Removed:
    """Delete the goal, its checkpoints and its history in one transaction."""
    with ws.transaction():
        db = ws.store.db
        if ws.goal(goal_id) is None:
            raise DomainError("error.unknown_goal", goal_id=goal_id)
        return remove_goals(db, [goal_id])


def delete_priority(ws: Workspace, priority_id: int) -> Removed:
    """Delete the priority and its goals (with their checkpoints) in one transaction."""
    with ws.transaction():
        db = ws.store.db
        if ws.priority(priority_id) is None:
            raise DomainError("error.unknown_priority", priority_id=priority_id)
        return remove_priority(db, priority_id)


def restore_goal(ws: Workspace, removed: Removed) -> None:
    """Undo :func:`delete_goal`: the same rows back, ids kept, in one transaction."""
    with ws.transaction():
        db = ws.store.db
        restore_removed(db, removed)


def restore_priority(ws: Workspace, removed: Removed) -> None:
    """Undo :func:`delete_priority`; an active priority still counts against the cap."""
    with ws.transaction():
        db = ws.store.db
        if any(r.get("status") == PriorityStatus.ACTIVE.value
               for r in removed.rows.get("priorities", [])):
            check_priority_cap(ws.store.active_priority_count())
        restore_removed(db, removed)
