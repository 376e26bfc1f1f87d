"""Rules for a logged checkpoint: a date within the goal's life, a value fit for its unit."""

from __future__ import annotations

from datetime import date

from .models import DomainError, Goal, Unit
from .sentence import rating_scale


def check_checkpoint(goal: Goal, day: date, value: float, today: date) -> None:
    """Raise :class:`DomainError` when ``value`` on ``day`` cannot be logged for ``goal``."""
    if day > today:
        raise DomainError("error.checkpoint_future", date=day)
    if goal.start is not None and day < goal.start:
        raise DomainError("error.checkpoint_before_start", date=day, start=goal.start)
    if goal.unit == Unit.PERCENT and not 0 <= value <= 100:
        raise DomainError("error.checkpoint_percent", value=value)
    if goal.unit == Unit.RATING:
        scale = rating_scale(max(goal.target or 0, goal.baseline or 0))
        if not 0 <= value <= scale:
            raise DomainError("error.checkpoint_rating", value=value, scale=scale)
    if goal.unit in (Unit.COUNT, Unit.CURRENCY) and value < 0:
        raise DomainError("error.checkpoint_negative", value=value)
