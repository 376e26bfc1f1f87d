"""Every form dialog, on a database error, keeps what was typed and says it inline.

The database is made to refuse every write (``PRAGMA query_only``): the dialog stays open
with the typed text and the error above its buttons; once writes work again, the same key
saves it.
"""

from textual.widgets import Input

from smart_tui.tui.screens.decision_form import DecisionForm
from smart_tui.tui.screens.priority_form import PriorityForm
from smart_tui.tui.screens.status_form import StatusForm
from tests.ui.conftest import SIZE, make_app, type_text

SAVED = "Nothing was saved"


def refuse_writes(store, on: bool) -> None:
    store.conn.execute(f"PRAGMA query_only = {'ON' if on else 'OFF'}")


def form_error(screen) -> str:
    return str(screen.query_one(".form-error").render())


async def test_the_priority_form_keeps_what_was_typed(empty_store):
    app = make_app(empty_store, "en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p", "escape", "a")  # the business's name can wait
        form = app.screen
        assert isinstance(form, PriorityForm)
        await type_text(pilot, "Sales are flat")
        await pilot.press("tab")
        await type_text(pilot, "Win customers online")
        refuse_writes(empty_store, True)
        await pilot.press("ctrl+s")
        assert app.screen is form and SAVED in form_error(form)
        assert form.query_one("#problem", Input).value == "Sales are flat"
        assert form.query_one("#title", Input).value == "Win customers online"
        assert empty_store.priorities() == []
        refuse_writes(empty_store, False)
        await pilot.press("ctrl+s")
        assert app.screen is not form
    assert [p.title for p in empty_store.priorities()] == ["Win customers online"]


async def test_a_decision_keeps_what_was_typed(demo_store):
    app = make_app(demo_store, "en", start="review")
    async with app.run_test(size=SIZE) as pilot:
        goal_id = app.screen.goal_id
        before = len(demo_store.goal(goal_id).adjustments)
        await pilot.press("k")
        form = app.screen
        assert isinstance(form, DecisionForm)
        await type_text(pilot, "steady")
        refuse_writes(demo_store, True)
        await pilot.press("ctrl+s")
        assert app.screen is form and SAVED in form_error(form)
        assert form.query_one("#note", Input).value == "steady"
        refuse_writes(demo_store, False)
        await pilot.press("ctrl+s")
        assert app.screen is not form
    assert len(demo_store.goal(goal_id).adjustments) == before + 1
    assert demo_store.goal(goal_id).adjustments[-1].note == "steady"


async def test_a_status_change_keeps_the_note(demo_store):
    app = make_app(demo_store, "en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "t")
        form = app.screen
        assert isinstance(form, StatusForm)
        form.query_one("#note", Input).focus()
        await type_text(pilot, "sold out")
        refuse_writes(demo_store, True)
        await pilot.press("ctrl+s")
        assert app.screen is form and SAVED in form_error(form)
        assert form.query_one("#note", Input).value == "sold out"
        refuse_writes(demo_store, False)
        await pilot.press("ctrl+s")
        assert app.screen is not form
    assert demo_store.goal(1).adjustments[-1].note == "sold out"


async def test_the_wizard_refuses_a_percent_sign_on_a_count_kpi(empty_store):
    """The number rule of `log` in the wizard: « 12,5 % » is a rate, not a number of visits."""
    from smart_tui.domain.models import Unit
    from smart_tui.tui.screens.wizard import WizardScreen
    from tests.ui.test_first_run import choose

    app = make_app(empty_store, "fr")
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(WizardScreen())
        await pilot.pause()
        wizard = app.screen
        wizard.form.current = "step-measurable"
        await pilot.pause()
        await choose(pilot, "unit", Unit.COUNT)
        wizard.query_one("#baseline", Input).focus()
        await type_text(pilot, "12,5 %")
        _, errors = wizard.form.read()
        assert "%" in errors["baseline"]
        await choose(pilot, "unit", Unit.PERCENT)
        _, errors = wizard.form.read()
        assert "baseline" not in errors


async def test_an_open_list_says_how_to_close_it_in_french(empty_store):
    """Textual's own "Dismiss menu" reads « Fermer la liste » in the footer of a French app."""
    from textual.widgets import Select

    from smart_tui.tui.screens.wizard import WizardScreen
    from smart_tui.tui.widgets.keybar import KeyBar

    app = make_app(empty_store, "fr")
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(WizardScreen())
        await pilot.pause()
        app.screen.form.current = "step-measurable"
        await pilot.pause()
        app.screen.query_one("#unit", Select).focus()
        await pilot.press("enter")  # opens the list
        await pilot.pause()
        footer = app.screen.query_one(KeyBar).text
        assert "Fermer la liste" in footer and "Dismiss" not in footer
