"""After a target or deadline change, offer to update a statement that quotes the old one."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from smart_tui.domain.models import DomainError
from smart_tui.domain.retitle import retitled
from smart_tui.present import error_text
from smart_tui.sentence import format_value
from smart_tui.services import DatabaseError, goals

from .confirm import ConfirmScreen

if TYPE_CHECKING:
    from ..app import SmartApp


async def offer_retitle(app: SmartApp, goal_id: int, old_target: float | None,
                        old_deadline: date | None = None) -> bool:
    """Ask « Mettre à jour l'énoncé ? » when the statement quotes a figure derived from
    ``old_target`` (the target, the gain, the change in %) or the date ``old_deadline``; one
    key (``o``/``y``) accepts, nothing is rewritten without it. True when the statement was
    updated. Call from a worker."""
    goal = app.workspace.goal(goal_id)
    if goal is None:
        return False
    tr = app.tr
    after = retitled(goal.statement, old_target, goal.target, baseline=goal.baseline,
                     old_deadline=old_deadline, new_deadline=goal.deadline,
                     lang=tr.lang)
    if after is None:
        return False
    changes = []
    if old_target is not None and old_target != goal.target:
        changes.append(tr("retitle.target_changed", old=format_value(tr, old_target, goal.unit),
                          new=format_value(tr, goal.target, goal.unit)))
    if old_deadline is not None and old_deadline != goal.deadline:
        changes.append(tr("retitle.deadline_changed", old=tr.date_long(old_deadline),
                          new=tr.date_long(goal.deadline)))
    question = tr("retitle.question", changes=" ".join(changes), before=goal.statement,
                  after=after)
    if not await app.push_screen_wait(ConfirmScreen(question, tr("retitle.yes"),
                                                    tr("retitle.no"))):
        return False
    goal.statement = after
    try:
        goals.save_goal(app.workspace, goal, app.today)
    except (DomainError, DatabaseError) as exc:
        app.notify(error_text(tr, exc), severity="error")
        return False
    app.notify(tr("retitle.done"))
    app.refresh_screen()  # the card below resumed before the save: its heading follows now
    return True
