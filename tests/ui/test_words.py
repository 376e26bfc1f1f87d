"""Issue 12 in the app: Home/End on the goal list, Enter in the wizard's wish, French numbers
pre-filled, decision placeholders that fit, and the review summary's closed goals."""

from smart_tui.tui.screens.wizard import WizardScreen
from smart_tui.tui.widgets.fields import Field
from smart_tui.tui.widgets.goal_list import GoalList

from .conftest import SIZE, make_app, type_text


async def test_home_and_end_go_to_the_first_and_the_last_goal(demo_store):
    app = make_app(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        goals = app.screen.query_one(GoalList)
        goals.focus()
        await pilot.pause()
        ids = [r.view.goal.id for r in goals._rows if r.kind == "goal"]
        await pilot.press("end")
        assert goals.highlighted_goal == ids[-1]
        await pilot.press("home")
        assert goals.highlighted_goal == ids[0]


async def test_enter_in_the_wish_goes_to_the_next_page(empty_store):
    app = make_app(empty_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        await pilot.pause()
        wizard = app.screen
        assert isinstance(wizard, WizardScreen) and wizard.step == "start"
        await pilot.pause()
        wizard.query_one("#intent").focus()
        await pilot.pause()
        assert app.focused is wizard.query_one("#intent")
        await type_text(pilot, "plus de clients")
        await pilot.press("enter")
        await pilot.pause()
        assert wizard.step == "specific"
        assert wizard.query_one("#intent-field", Field).value == "plus de clients"


async def test_a_template_prefills_numbers_the_french_way(empty_store):
    app = make_app(empty_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        await pilot.pause()
        wizard = app.screen
        wizard.form.apply_template("reputation")
        await pilot.pause()
        assert wizard.query_one("#baseline-field", Field).value == "4,1"
        assert wizard.query_one("#target-field", Field).value == "4,5"


async def test_decision_placeholders_fit_each_decision(demo_store):
    from smart_tui.domain.review import Decision
    from smart_tui.tui.screens.decision_form import DecisionForm

    app = make_app(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        shown = {}
        for decision in ("move_deadline", "abandon", "aim_higher"):
            form = DecisionForm(Decision(decision), "t", "i", lambda chosen: None)
            app.push_screen(form)
            await pilot.pause()
            shown[decision] = str(form.query_one("#why").placeholder)
            form.dismiss(None)
            await pilot.pause()
        assert len(set(shown.values())) == 3
        assert "référencement" in shown["aim_higher"]
        assert "référencement" not in shown["move_deadline"] + shown["abandon"]
