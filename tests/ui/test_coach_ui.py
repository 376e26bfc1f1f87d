"""The coach at the keyboard: the SMART sentence in one key, the audience question, aim higher."""

from textual.widgets import Select

from smart_tui.tui.screens.decision_form import DecisionForm
from smart_tui.tui.screens.goal import GoalScreen
from smart_tui.tui.screens.review import ReviewScreen
from smart_tui.tui.screens.wizard import WizardScreen
from smart_tui.tui.widgets.fields import Field
from smart_tui.tui.widgets.goal_form import GoalForm
from tests.ui.conftest import SIZE, make_app, type_text

SEO, SOCIAL = 1, 5
VAGUE = "Être plus visible sur les réseaux sociaux"


def make_vague(store, goal_id=SOCIAL):
    goal = store.goal(goal_id)
    goal.statement = VAGUE
    store.update_goal(goal, goal.start)
    return goal


async def test_the_wizard_takes_the_smart_sentence_in_one_key(demo_store):
    make_vague(demo_store)
    app = make_app(demo_store, "fr")
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(WizardScreen(SOCIAL))
        await pilot.pause()
        wizard = app.screen
        assert wizard.assessment.specific.code == "vague"
        await pilot.press("ctrl+t")
        await pilot.pause()
        statement = wizard.query_one("#statement-field", Field).value
        assert statement.startswith("Abonnés Instagram\u00a0: de 1\u202f500 à 2\u202f000")
        assert wizard.assessment.specific.code == "ok"
        assert wizard.check_action("use_sentence", ()) is False  # nothing left to replace


async def test_the_goal_card_saves_the_smart_sentence_and_keeps_the_wish(demo_store):
    make_vague(demo_store)
    app = make_app(demo_store, "en")
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(GoalScreen(SOCIAL))
        await pilot.pause()
        await pilot.press("ctrl+t")
        await pilot.pause()
    goal = demo_store.goal(SOCIAL)
    assert goal.statement.startswith("Abonnés Instagram: from 1,500 to 2,000")
    assert goal.intent  # the template's wish stays the goal's intent


async def test_the_audience_answer_is_read_and_judged(demo_store):
    app = make_app(demo_store, "fr")
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(WizardScreen(SOCIAL))
        await pilot.pause()
        wizard, form = app.screen, app.screen.query_one(GoalForm)
        assert form.read()[0].audience_present is True  # the demo answered yes
        for answer, stored, verdict in (("no", False, "fail"), ("unsure", None, "warn"),
                                        ("yes", True, "ok")):
            form.query_one("#audience", Select).value = answer
            await pilot.pause()
            assert form.read()[0].audience_present is stored
            assert wizard.assessment.relevant.verdict.value == verdict


async def test_aim_higher_refuses_a_lower_target_and_rechecks_a_higher_one(demo_store):
    app = make_app(demo_store, "fr", start="review")
    async with app.run_test(size=SIZE) as pilot:
        review = app.screen
        assert isinstance(review, ReviewScreen)
        while review.goal_id != SEO:
            await pilot.press("right")
        facts = str(review.query_one("#review-facts").render())
        assert "Décision conseillée\u00a0: Viser plus haut (touche h)" in facts
        await pilot.press("h")
        form = app.screen
        assert isinstance(form, DecisionForm)
        await type_text(pilot, "9000")
        note = str(form.query_one("#target-field", Field).query_one(".field-note").render())
        assert "Avec cette cible, Atteignable — non respecté" in note
        await pilot.press("ctrl+u")  # the target typed again, as a person would
        await type_text(pilot, "2500")
        await pilot.press("tab")
        await type_text(pilot, "trop bas")
        await pilot.press("ctrl+s")
        assert app.screen is form  # refused: not higher than 2 600
        note = str(form.query_one("#target-field", Field).query_one(".field-note").render())
        assert "Viser plus haut demande une cible au-dessus de l'actuelle" in note
    assert demo_store.goal(SEO).target == 2600
