"""Add, edit, archive, reactivate and reorder priorities (never more than 3 active)."""

from __future__ import annotations

from smart_tui.domain.invariants import normalize_priority
from smart_tui.domain.models import DomainError, Priority, PriorityStatus

from .workspace import Workspace


def add_priority(ws: Workspace, priority: Priority) -> Priority:
    normalize_priority(priority)
    return ws.store.add_priority(priority)


def update_priority(ws: Workspace, priority: Priority) -> None:
    normalize_priority(priority)
    ws.store.update_priority(priority)


def set_priority_status(ws: Workspace, priority_id: int, status: PriorityStatus) -> None:
    """Archive or reactivate a priority (a 4th active one is refused)."""
    priority = ws.priority(priority_id)
    if priority is None:
        raise DomainError("error.unknown_priority", priority_id=priority_id)
    priority.status = status
    ws.store.update_priority(priority)


def move_priority(ws: Workspace, priority_id: int, offset: int) -> None:
    ws.store.move_priority(priority_id, offset)

