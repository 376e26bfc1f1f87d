"""After a target change, offer to update a statement that quotes the old target."""

from __future__ import annotations

from typing import TYPE_CHECKING

from smart_tui.domain.models import DomainError
from smart_tui.domain.retitle import retitled
from smart_tui.present import error_text
from smart_tui.sentence import format_value
from smart_tui.services import DatabaseError, goals

from .confirm import ConfirmScreen

if TYPE_CHECKING:
    from ..app import SmartApp


async def offer_retitle(app: SmartApp, goal_id: int, old_target: float | None) -> bool:
    """Ask « Mettre à jour l'énoncé ? » when the statement quotes ``old_target``; one key
    (``o``/``y``) accepts. True when the statement was updated. Call from a worker."""
    goal = app.workspace.goal(goal_id)
    if goal is None:
        return False
    after = retitled(goal.statement, old_target, goal.target)
    if after is None:
        return False
    tr = app.tr
    question = tr("retitle.question", old=format_value(tr, old_target, goal.unit),
                  new=format_value(tr, goal.target, goal.unit), before=goal.statement,
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
