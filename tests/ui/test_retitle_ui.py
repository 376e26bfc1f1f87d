"""After a target change the app offers to update a statement quoting the old target, and
the review page shows the goal's own words (issue 12, item 7)."""

from __future__ import annotations

from dataclasses import replace

from smart_tui.domain.models import GoalStatus
from smart_tui.tui.screens.confirm import ConfirmScreen
from smart_tui.tui.screens.review import ReviewScreen
from smart_tui.tui.screens.wizard import WizardScreen

from .conftest import SIZE, make_app, notifications


def _quoting_goal(store):
    goal = store.goal(next(g for g in store.goals() if g.status == GoalStatus.ACTIVE).id)
    goal = replace(goal, statement="Passer à 2 600 sessions par mois")
    store.update_goal(goal, goal.start, "")
    return goal


async def test_editing_the_target_offers_the_new_statement(demo_store):
    goal = _quoting_goal(demo_store)
    app = make_app(demo_store, "fr")
    async with app.run_test(size=SIZE) as pilot:
        await app.push_screen(WizardScreen(goal.id))
        app.screen.query_one("#target").value = "2800"
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen), notifications(app)
        assert "→ «\u00a0Passer à 2 800 sessions par mois\u00a0»" in str(
            app.screen.query_one("#confirm-question").render())
        await pilot.press("o")  # one key accepts
        await pilot.pause()
    saved = demo_store.goal(goal.id)
    assert saved.target == 2800 and saved.statement == "Passer à 2 800 sessions par mois"


async def test_the_review_page_shows_the_statement_and_the_sentence(demo_store):
    goal = _quoting_goal(demo_store)
    app = make_app(demo_store, "en")
    async with app.run_test(size=SIZE):
        await app.push_screen(ReviewScreen(include_all=True))
        screen = app.screen
        while screen.goal_id != goal.id:
            screen.action_move(1)
        text = str(screen.query_one("#review-sentence").render())
        assert "“Passer à 2 600 sessions par mois”" in text
        assert "from 2,000 to 2,600" in text
