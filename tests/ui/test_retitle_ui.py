"""After a target change the app offers to update a statement quoting the old target, and
the review page shows the goal's own words (issue 12, item 7)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from smart_tui.domain.models import GoalStatus
from smart_tui.i18n import Translator
from smart_tui.present import vague_fix
from smart_tui.tui.screens.confirm import ConfirmScreen
from smart_tui.tui.screens.goal import GoalScreen
from smart_tui.tui.screens.review import ReviewScreen
from smart_tui.tui.screens.wizard import WizardScreen

from .conftest import SIZE, make_app, notifications


def _quoting_goal(store):
    goal = store.goal(next(g for g in store.goals() if g.status == GoalStatus.ACTIVE).id)
    goal = replace(goal, statement="Passer à 2 600 sessions par mois")
    store.update_goal(goal, goal.start, "")
    return goal


async def _saved_question(app, pilot, goal_id: int, field: str, value: str) -> str:
    """In the wizard on ``goal_id``, ``field`` set to ``value`` and saved with ctrl+s: the
    text of the retitle question that follows (left open for the test to answer)."""
    await app.push_screen(WizardScreen(goal_id))
    app.screen.query_one(f"#{field}").value = value
    await pilot.pause()
    await pilot.press("ctrl+s")
    await pilot.pause()
    assert isinstance(app.screen, ConfirmScreen), notifications(app)
    return str(app.screen.query_one("#confirm-question").render())


async def test_editing_the_target_offers_the_new_statement(demo_store):
    goal = _quoting_goal(demo_store)
    app = make_app(demo_store, "fr")
    async with app.run_test(size=SIZE) as pilot:
        text = await _saved_question(app, pilot, goal.id, "target", "2800")
        assert "→ «\u00a0Passer à 2 800 sessions par mois\u00a0»" in text
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


QUESTION = {"fr": ("La cible est passée de 2\u202f600 à 2\u202f800. Mettre à jour l'énoncé\u202f?",
                   "→ «\u00a0Passer à 2 800 sessions par mois\u00a0»", "o"),
            "en": ("The target went from 2,600 to 2,800. Update the statement?",
                   "→ “Passer à 2 800 sessions par mois”", "y")}


async def _edit_target(app, pilot, goal_id: int) -> None:
    await app.push_screen(WizardScreen(goal_id))
    app.screen.query_one("#target").value = "2800"
    await pilot.pause()


async def _answer_retitle(app, pilot, lang: str, accept: bool) -> None:
    await pilot.pause()
    assert isinstance(app.screen, ConfirmScreen), notifications(app)
    question, after, yes = QUESTION[lang]
    text = str(app.screen.query_one("#confirm-question").render())
    assert question in text and after in text
    await pilot.press(yes if accept else "n")
    await pilot.pause()


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_activating_a_draft_whose_target_was_edited_offers_the_new_statement(
        demo_store, lang):
    goal = _quoting_goal(demo_store)
    demo_store.update_goal(replace(goal, status=GoalStatus.DRAFT), goal.start, "")
    app = make_app(demo_store, lang)
    async with app.run_test(size=SIZE) as pilot:
        await _edit_target(app, pilot, goal.id)
        await pilot.press("ctrl+g")
        await _answer_retitle(app, pilot, lang, accept=True)
    saved = demo_store.goal(goal.id)
    assert saved.status == GoalStatus.ACTIVE
    assert (saved.target, saved.statement) == (2800, "Passer à 2 800 sessions par mois")


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_leaving_the_wizard_and_saving_offers_the_new_statement_which_can_be_declined(
        demo_store, lang):
    goal = _quoting_goal(demo_store)
    app = make_app(demo_store, lang)
    async with app.run_test(size=SIZE) as pilot:
        await _edit_target(app, pilot, goal.id)
        await pilot.press("escape")  # « Enregistrer / Ne pas enregistrer / Annuler »
        await pilot.press("ctrl+s")
        await _answer_retitle(app, pilot, lang, accept=False)
        assert not isinstance(app.screen, ConfirmScreen)
    saved = demo_store.goal(goal.id)
    assert (saved.target, saved.statement) == (2800, "Passer à 2 600 sessions par mois")


async def test_leaving_the_wizard_without_saving_asks_nothing_about_the_statement(demo_store):
    goal = _quoting_goal(demo_store)
    app = make_app(demo_store, "fr")
    async with app.run_test(size=SIZE) as pilot:
        await _edit_target(app, pilot, goal.id)
        await pilot.press("escape")
        app.screen.query_one("#discard").press()
        await pilot.pause()
        await pilot.pause()
        assert not isinstance(app.screen, (ConfirmScreen, WizardScreen))
    assert demo_store.goal(goal.id) == goal


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_the_cards_heading_follows_the_accepted_statement_at_once(demo_store, lang):
    goal = _quoting_goal(demo_store)
    app = make_app(demo_store, lang)
    async with app.run_test(size=SIZE) as pilot:
        await app.push_screen(GoalScreen(goal.id))
        await pilot.pause()
        assert app.screen.sub_title.startswith("Passer à 2 600 sessions par mois")
        await pilot.press("e")
        assert isinstance(app.screen, WizardScreen)
        app.screen.query_one("#target").value = "2800"
        await pilot.pause()
        await pilot.press("ctrl+s")
        await _answer_retitle(app, pilot, lang, accept=True)
        await pilot.pause()
        assert isinstance(app.screen, GoalScreen)
        assert app.screen.sub_title.startswith("Passer à 2 800 sessions par mois")


APP_SENTENCE = {  # what ctrl+t writes for the goal, then offered with the target at 700
    "fr": ("Abonnés Instagram\u00a0: de 320 à 800 (+150\u00a0%) d'ici le 30 juin 2027",
           "→ «\u00a0Abonnés Instagram\u00a0: de 320 à 700 (+118,8\u00a0%) d'ici le 30 juin "
           "2027\u00a0»", "La cible est passée de 800 à 700.", "o"),
    "en": ("Abonnés Instagram: from 320 to 800 (+150%) by 30 June 2027",
           "→ “Abonnés Instagram: from 320 to 700 (+118.8%) by 30 June 2027”",
           "The target went from 800 to 700.", "y"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_the_apps_own_sentence_is_offered_with_its_change_in_percent(demo_store, lang):
    sentence, after, changed, yes = APP_SENTENCE[lang]
    goal = next(g for g in demo_store.goals() if g.status == GoalStatus.ACTIVE)
    goal = replace(demo_store.goal(goal.id), kpi="abonnés Instagram", baseline=320, target=800,
                   deadline=date(2027, 6, 30), source="", status=GoalStatus.DRAFT)
    goal.statement = vague_fix(Translator(lang), goal)  # as ctrl+t writes it
    assert goal.statement == sentence
    demo_store.update_goal(goal, goal.start, "")
    app = make_app(demo_store, lang)
    async with app.run_test(size=SIZE) as pilot:
        text = await _saved_question(app, pilot, goal.id, "target", "700")
        assert text.startswith(changed) and after in text, text
        await pilot.press(yes)
        await pilot.pause()
    assert demo_store.goal(goal.id).statement == after.strip("→ «»“”\u00a0")


DEADLINE = {"fr": ("L'échéance est passée du 1er juillet 2026 au 30 septembre 2026.",
                   "→ « Passer à 2 600 sessions d'ici le 30 septembre 2026 »", "o"),
            "en": ("The deadline moved from 1 July 2026 to 30 September 2026.",
                   "→ “Passer à 2 600 sessions d'ici le 30 septembre 2026”", "y")}


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_moving_the_deadline_offers_the_new_date_in_the_statements_style(demo_store,
                                                                              lang):
    goal = next(g for g in demo_store.goals() if g.status == GoalStatus.ACTIVE)
    goal = replace(demo_store.goal(goal.id), deadline=date(2026, 7, 1), status=GoalStatus.DRAFT,
                   statement="Passer à 2 600 sessions d'ici le 1er juillet 2026")
    demo_store.update_goal(goal, goal.start, "")
    changed, after, yes = DEADLINE[lang]
    app = make_app(demo_store, lang)
    async with app.run_test(size=SIZE) as pilot:
        text = await _saved_question(app, pilot, goal.id, "deadline", "30/09/2026")
        assert text.startswith(changed) and after in text, text
        await pilot.press(yes)
        await pilot.pause()
    saved = demo_store.goal(goal.id)
    assert saved.statement == "Passer à 2 600 sessions d'ici le 30 septembre 2026"
