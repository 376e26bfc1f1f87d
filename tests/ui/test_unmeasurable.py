"""A goal without KPI or target takes no checkpoint: the key bar leaves « l » out, the key does
nothing, and any other way in says what to fill in first (the rule lives in the domain)."""

import pytest

from smart_tui.domain.models import GoalStatus
from smart_tui.tui.screens.checkpoint_form import CheckpointForm, log_checkpoint
from smart_tui.tui.screens.goal import GoalScreen
from smart_tui.tui.widgets.goal_list import GoalList
from smart_tui.tui.widgets.keybar import KeyBar
from tests.ui.conftest import SIZE, make_app, notifications

LOG = {"fr": "l Point d'étape", "en": "l Checkpoint"}
LOG_CARD = {"fr": "l Noter", "en": "l Log"}  # the card's shorter words
REFUSAL = {"fr": "Cet objectif n'est pas encore mesurable : donnez-lui d'abord un indicateur "
                 "(KPI) et une cible chiffrée",
           "en": "This goal cannot be measured yet: give it a KPI and a numeric target first"}


def _draft(store):
    goal = next(g for g in store.goals() if g.status == GoalStatus.DRAFT)
    assert not goal.kpi and goal.target is None  # the example's draft: a wish, no measure
    return goal


def _checkpoints(store) -> int:
    return store.db.execute("SELECT COUNT(*) FROM checkpoints").fetchone()[0]


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_the_dashboard_and_the_card_offer_no_checkpoint_for_a_goal_without_measure(
        demo_store, lang):
    draft, before = _draft(demo_store), _checkpoints(demo_store)
    app = make_app(demo_store, lang)
    async with app.run_test(size=SIZE) as pilot:
        goals = app.screen.query_one(GoalList)
        assert LOG[lang] in app.screen.query_one(KeyBar).text  # on an active goal
        goals.highlight_goal(draft.id)
        await pilot.pause()
        assert LOG[lang] not in app.screen.query_one(KeyBar).text
        await pilot.press("l")
        assert not isinstance(app.screen, CheckpointForm)
        await pilot.press("enter")
        assert isinstance(app.screen, GoalScreen) and app.screen.goal_id == draft.id
        assert LOG_CARD[lang] not in app.screen.query_one(KeyBar).text
        await pilot.press("l")
        assert isinstance(app.screen, GoalScreen)
        # reached some other way, the helper every screen opens the form with says why
        assert await log_checkpoint(app, draft.id) is None
        await pilot.pause()
        assert REFUSAL[lang] in notifications(app).replace("\xa0", " ")
    assert _checkpoints(demo_store) == before
