"""Typed work is never lost: Escape and ctrl+q ask « Enregistrer / Ne pas enregistrer /
Annuler » in every form that holds changes (issue 12, item 1)."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from smart_tui.domain.models import GoalStatus, Priority
from smart_tui.tui.screens.checkpoint_form import CheckpointForm
from smart_tui.tui.screens.confirm import UnsavedScreen
from smart_tui.tui.screens.priorities import PrioritiesScreen
from smart_tui.tui.screens.priority_form import PriorityForm
from smart_tui.tui.screens.profile import ProfileScreen
from smart_tui.tui.screens.wizard import WizardScreen

from .conftest import SIZE, make_app, type_text


async def test_ctrl_q_in_the_wizard_keeps_the_goal_as_a_draft(empty_store):
    app = make_app(empty_store, "fr")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        app.screen.query_one("#intent", Input).focus()
        await type_text(pilot, "Plus de commandes")
        await pilot.press("ctrl+q")
        assert isinstance(app.screen, UnsavedScreen)
        text = str(app.screen.query_one("#confirm-question").render())
        assert "brouillon" in text
        labels = [str(b.label) for b in app.screen.query("Button")]
        assert labels == ["Enregistrer", "Ne pas enregistrer", "Annuler"]
        await pilot.press("escape")  # Annuler: the app stays, the wizard keeps the text
        assert isinstance(app.screen, WizardScreen)
        assert app.is_running and empty_store.goals() == []
        await pilot.press("ctrl+q")
        await pilot.press("enter")  # the focus is on Enregistrer
        await pilot.pause()
    saved = empty_store.goals()
    assert len(saved) == 1 and saved[0].status == GoalStatus.DRAFT
    assert saved[0].intent == "Plus de commandes"


async def test_ctrl_q_without_changes_quits_at_once(empty_store):
    app = make_app(empty_store, "en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not isinstance(app.screen, UnsavedScreen)
    assert app.return_code == 0 and empty_store.goals() == []


async def test_escape_in_the_priority_form_asks_and_saves(empty_store):
    app = make_app(empty_store, "en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p", "escape")  # skip the business name
        assert isinstance(app.screen, PrioritiesScreen)
        await pilot.press("a")
        assert isinstance(app.screen, PriorityForm)
        app.screen.query_one("#title", Input).focus()
        await type_text(pilot, "Sell online")
        await pilot.press("escape")
        assert isinstance(app.screen, UnsavedScreen)
        await pilot.click("#save")
        await pilot.pause()
        assert isinstance(app.screen, PrioritiesScreen)
    assert [p.title for p in empty_store.priorities()] == ["Sell online"]


async def test_dont_save_in_the_checkpoint_form_discards(demo_store):
    app = make_app(demo_store, "fr")
    goal = next(g for g in demo_store.goals() if g.status == GoalStatus.ACTIVE)
    before = len(demo_store.goal(goal.id).checkpoints)
    async with app.run_test(size=SIZE) as pilot:
        from smart_tui.tui.screens.goal import GoalScreen

        await app.push_screen(GoalScreen(goal.id))
        await pilot.press("l")
        assert isinstance(app.screen, CheckpointForm)
        app.screen.query_one("#value", Input).focus()
        await type_text(pilot, "12")
        await pilot.press("escape")
        assert isinstance(app.screen, UnsavedScreen)
        await pilot.click("#discard")
        await pilot.pause()
        assert isinstance(app.screen, GoalScreen)
    assert len(demo_store.goal(goal.id).checkpoints) == before


async def test_a_form_left_unchanged_closes_without_asking(empty_store):
    empty_store.add_priority(Priority(title="Ventes"))
    app = make_app(empty_store, "fr")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p", "a")
        assert isinstance(app.screen, PriorityForm)
        await pilot.press("escape")
        assert isinstance(app.screen, PrioritiesScreen)


async def test_profile_ctrl_q_saves_the_name(empty_store):
    app = make_app(empty_store, "fr")
    async with app.run_test(size=SIZE) as pilot:
        await app.push_screen(ProfileScreen())
        app.screen.query_one("#name", Input).focus()
        await type_text(pilot, "Fleurs")
        await pilot.press("ctrl+q")
        assert isinstance(app.screen, UnsavedScreen)
        await pilot.press("enter")
        await pilot.pause()
    assert empty_store.profile().name == "Fleurs"
    assert app.return_code == 0  # saved, then quit


EDIT_QUESTION = {
    "fr": ("Enregistrer vos modifications de cet objectif\u202f?",
           ["Enregistrer", "Ne pas enregistrer", "Continuer"]),
    "en": ("Save your changes to this goal?", ["Save", "Don't save", "Keep editing"]),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_leaving_an_active_goals_changes_asks_about_the_changes_not_a_draft(demo_store,
                                                                                   lang):
    goal = next(g for g in demo_store.goals() if g.status == GoalStatus.ACTIVE)
    app = make_app(demo_store, lang)
    async with app.run_test(size=SIZE) as pilot:
        await app.push_screen(WizardScreen(goal.id))
        app.screen.query_one("#target", Input).value = "2800"
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, UnsavedScreen)
        text = str(app.screen.query_one("#confirm-question").render())
        assert text == EDIT_QUESTION[lang][0]
        assert "brouillon" not in text and "draft" not in text
        assert [str(b.label) for b in app.screen.query("Button")] == EDIT_QUESTION[lang][1]
        await pilot.press("escape")  # keep editing: the wizard and the new target stay
        await pilot.pause()
        assert isinstance(app.screen, WizardScreen)
        assert app.screen.query_one("#target", Input).value == "2800"
    assert demo_store.goal(goal.id).status == GoalStatus.ACTIVE
