"""« l » (log a checkpoint) follows the highlighted goal, and is left out for a goal that takes
no checkpoint — closed, or without KPI or target; pressed anyway, it says why at once, before
any typing (QA, items 2 and 3)."""

from __future__ import annotations

import pytest

from smart_tui.domain.models import GoalStatus
from smart_tui.services import Workspace, goals
from smart_tui.tui.screens.checkpoint_form import CheckpointForm
from smart_tui.tui.screens.dashboard import DashboardScreen
from smart_tui.tui.screens.goal import GoalScreen
from smart_tui.tui.widgets.goal_list import GoalList
from smart_tui.tui.widgets.keybar import KeyBar

from .conftest import SIZE, TODAY, make_app, notifications

LOG = {"fr": "l Point d'étape", "en": "l Checkpoint"}  # the dashboard's words
LOG_CARD = {"fr": "l Noter", "en": "l Log"}
UNMEASURABLE = {"fr": "Cet objectif n'est pas encore mesurable",
                "en": "This goal cannot be measured yet"}
CLOSED = {"fr": "Cet objectif est atteint\u00a0: on n'y note plus de point d'étape. Rouvrez-le "
                "d'abord",
          "en": "This goal is achieved: no more checkpoints are logged on it. Reopen it first"}


def _bar(app) -> str:
    """The key bar as painted (its last rendered line), not as it would be rendered now."""
    line = app.screen.query_one(KeyBar).render_line(0)
    return "".join(segment.text for segment in line).strip()


async def _down_to(pilot, goal_id: int) -> None:
    """Move the highlight with ↓, as a user does, until ``goal_id`` is highlighted."""
    goal_list = pilot.app.screen.query_one(GoalList)
    for _ in range(20):
        if goal_list.highlighted_goal == goal_id:
            return
        await pilot.press("down")
    raise AssertionError(f"goal {goal_id} not reached with ↓")


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_the_dashboard_bar_follows_the_highlight_and_says_why_l_is_gone(demo_store, lang):
    draft = next(g for g in demo_store.goals() if g.status == GoalStatus.DRAFT)
    app = make_app(demo_store, lang)
    async with app.run_test(size=SIZE) as pilot:
        assert LOG[lang] in _bar(app)  # an active, measurable goal is highlighted
        await _down_to(pilot, draft.id)
        assert LOG[lang] not in _bar(app)  # refreshed on ↓, not only when drawn
        await pilot.press("l")
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)  # no form opened
        assert UNMEASURABLE[lang] in notifications(app)


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_an_achieved_goal_offers_no_l_and_refuses_it_before_any_typing(demo_store, lang):
    goals.set_goal_status(Workspace(demo_store), 1, GoalStatus.ACHIEVED, TODAY)
    app = make_app(demo_store, lang)
    async with app.run_test(size=SIZE) as pilot:
        app.screen.query_one(GoalList).highlight_goal(1)
        await pilot.pause()
        assert LOG[lang] not in _bar(app)
        await pilot.press("l")
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)
        assert CLOSED[lang] in notifications(app)
        app.clear_notifications()
        await app.push_screen(GoalScreen(1))
        await pilot.pause()
        assert LOG_CARD[lang] not in _bar(app)
        await pilot.press("l")
        await pilot.pause()
        assert isinstance(app.screen, GoalScreen)
        assert CLOSED[lang] in notifications(app)
    assert len(demo_store.goal(1).checkpoints) == 2


async def test_an_active_goal_card_still_offers_l(demo_store):
    app = make_app(demo_store, "fr")
    async with app.run_test(size=SIZE) as pilot:
        await app.push_screen(GoalScreen(1))
        await pilot.pause()
        assert LOG_CARD["fr"] in _bar(app)
        await pilot.press("l")
        await pilot.pause()
        assert isinstance(app.screen, CheckpointForm)
