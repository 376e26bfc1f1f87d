"""ctrl+g always answers: activated, or which criteria block and how to fix them (issue 12,
item 2) — in the wizard and on the goal card."""

from __future__ import annotations

from dataclasses import replace

import pytest
from textual.widgets import Input

from smart_tui.domain.models import GoalStatus
from smart_tui.tui.screens.goal import GoalScreen
from smart_tui.tui.screens.wizard import WizardScreen

from .conftest import SIZE, make_app, notifications, type_text


def _draft_copy(store, **changes):
    active = next(g for g in store.goals() if g.status == GoalStatus.ACTIVE)
    goal = replace(store.goal(active.id), id=None, status=GoalStatus.DRAFT, checkpoints=[],
                   adjustments=[], **changes)
    return store.add_goal(goal)


async def test_ctrl_g_on_a_failing_draft_card_names_the_criteria_and_the_fix(demo_store):
    draft = _draft_copy(demo_store, statement="Être plus visible", target=None)
    app = make_app(demo_store, "fr")
    async with app.run_test(size=SIZE) as pilot:
        await app.push_screen(GoalScreen(draft.id))
        await pilot.press("ctrl+g")
        said = notifications(app)
        assert "Pas encore SMART" in said and "• Mesurable" in said
        assert isinstance(app.screen, GoalScreen)
    assert demo_store.goal(draft.id).status == GoalStatus.DRAFT


async def test_ctrl_g_on_a_smart_draft_card_activates_it(demo_store):
    draft = _draft_copy(demo_store)
    app = make_app(demo_store, "en")
    async with app.run_test(size=SIZE) as pilot:
        await app.push_screen(GoalScreen(draft.id))
        await pilot.press("ctrl+g")
        assert "Goal activated" in notifications(app)
    assert demo_store.goal(draft.id).status == GoalStatus.ACTIVE


async def test_ctrl_g_in_the_wizard_says_what_blocks(empty_store):
    app = make_app(empty_store, "en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        app.screen.query_one("#intent", Input).focus()
        await type_text(pilot, "Be seen")
        await pilot.press("ctrl+g")
        said = notifications(app)
        assert "Not SMART yet" in said and "• Measurable" in said
        assert isinstance(app.screen, WizardScreen)
    assert empty_store.goals() == []


@pytest.mark.parametrize(("lang", "said"), [
    ("fr", "Cet objectif n'est plus un brouillon\u00a0: ctrl+s enregistre vos modifications."),
    ("en", "This goal is no longer a draft: ctrl+s saves your changes."),
])
async def test_ctrl_g_on_a_goal_that_is_no_longer_a_draft_says_why(demo_store, lang, said):
    """ctrl+g (activate) is left out of the key bar when editing an active goal; pressed
    anyway, it says what to press instead rather than nothing."""

    app = make_app(demo_store, lang)
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(WizardScreen(1))  # the demo's SEO goal, active
        await pilot.pause()
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert isinstance(app.screen, WizardScreen)
        assert said in notifications(app)
