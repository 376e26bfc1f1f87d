"""A goal closed during the review (« Marquer atteint », « Abandonner ») takes no more value
and no more decision on its page: the keys leave the bar, the page says why, and a key
pressed anyway says it too — the same refusal the domain gives every door."""

from __future__ import annotations

import pytest

from smart_tui.domain.models import GoalStatus
from smart_tui.tui.screens.decision_form import DecisionForm
from smart_tui.tui.screens.review import ReviewScreen
from smart_tui.tui.widgets.keybar import KeyBar
from tests.ui.conftest import SIZE, make_app, notifications

SAID = {"fr": ("Cet objectif est atteint\u00a0: la revue ne le modifie plus.",
               "Rouvrez-le d'abord"),
        "en": ("This goal is achieved: the review no longer changes it.", "Reopen it first")}


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_a_goal_marked_achieved_takes_no_more_decision(demo_store, lang):
    app = make_app(demo_store, lang, start="review")
    async with app.run_test(size=SIZE) as pilot:
        review = app.screen
        assert isinstance(review, ReviewScreen)
        goal_id, target = review.goal_id, demo_store.goal(review.goal_id).target
        bar = str(review.query_one(KeyBar).render())
        assert " k " in f" {bar}" and " v " in f" {bar}"  # before: a value, a decision
        await pilot.press("t")
        assert isinstance(app.screen, DecisionForm)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is review and review.goal_id == goal_id
        page, closed = str(review.query_one("#review-choices").render()), SAID[lang]
        assert page.startswith(closed[0])
        facts = str(review.query_one("#review-facts").render())  # nothing left to advise
        assert "(touche v)" not in facts and "(key v)" not in facts
        assert "Décision conseillée" not in facts and "Suggested decision" not in facts
        bar = str(review.query_one(KeyBar).render())
        assert " k " not in f" {bar}" and " v " not in f" {bar}" and " h " not in f" {bar}"
        for key in ("k", "h", "v"):  # pressed anyway: no dialog, the reason
            await pilot.press(key)
            await pilot.pause()
            assert app.screen is review
        said = notifications(app)
        assert said.count(closed[1]) >= 3
    goal = demo_store.goal(goal_id)
    assert goal.status == GoalStatus.ACHIEVED and goal.target == target
