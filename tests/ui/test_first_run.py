"""Steps 1 and 2, keyboard only: first run -> priority -> wizard -> active goal -> restart."""

import pytest
from textual.widgets import Input, Select

from smart_tui.domain.models import Category, GoalStatus, Lever, Priority
from smart_tui.domain.smart import Verdict
from smart_tui.storage import Store
from smart_tui.tui.screens.business_name import BusinessNameForm
from smart_tui.tui.screens.confirm import UnsavedScreen
from smart_tui.tui.screens.dashboard import DashboardScreen
from smart_tui.tui.screens.priorities import PrioritiesScreen
from smart_tui.tui.screens.priority_form import PriorityForm
from smart_tui.tui.screens.wizard import WizardScreen
from smart_tui.tui.widgets.goal_list import GoalList
from tests.ui.conftest import SIZE, make_app, notifications, type_text


async def choose(pilot, select_id: str, value) -> None:
    """Open a Select with the keyboard and move down to ``value``."""
    select = pilot.app.screen.query_one(f"#{select_id}", Select)
    select.focus()
    await pilot.press("enter")
    for _ in range(20):
        if select.value == value:
            break
        await pilot.press("down", "enter")
        if select.value != value:
            await pilot.press("enter")
    assert select.value == value


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_first_run_to_an_active_goal_that_survives_a_restart(lang, tmp_path):
    path = tmp_path / "flow.db"
    store = Store.open(path)
    app = make_app(store, lang)
    async with app.run_test(size=SIZE) as pilot:
        assert app.screen.query_one("#welcome").display
        # the welcome asks the business's name first
        await pilot.press("p")
        assert isinstance(app.screen, BusinessNameForm)
        await type_text(pilot, "Fleurs")
        await pilot.press("enter")
        assert store.profile().name == "Fleurs"
        # step 1: a priority
        assert isinstance(app.screen, PrioritiesScreen)
        await pilot.press("a")
        assert isinstance(app.screen, PriorityForm)
        await type_text(pilot, "Ventes en baisse")
        await pilot.press("tab")
        await type_text(pilot, "E-shop")
        await choose(pilot, "category", Category.SALES)
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, PrioritiesScreen)
        [priority] = store.priorities()
        assert (priority.title, priority.problem, priority.category) == (
            "E-shop", "Ventes en baisse", Category.SALES)
        await pilot.press("escape")
        # step 2: the wizard from the SEO template
        await pilot.press("n")
        wizard = app.screen
        assert isinstance(wizard, WizardScreen)
        await pilot.press("enter")  # first template: SEO
        assert wizard.step == "specific"
        assert wizard.form.choice("lever") == Lever.SEO
        # the only active priority is chosen already (Relevant then only needs a rationale)
        assert wizard.form.choice("priority") == priority.id
        assert wizard.assessment.relevant.verdict == Verdict.WARN
        # untied from it, Relevant fails and activation is refused
        wizard.query_one("#priority", Select).clear()
        await pilot.pause()
        assert wizard.assessment.relevant.verdict == Verdict.FAIL
        await pilot.press("ctrl+g")
        assert store.goals() == [] and isinstance(app.screen, WizardScreen)
        # fix the failing criterion
        await pilot.press("ctrl+n", "ctrl+n", "ctrl+n")
        assert wizard.step == "relevant"
        await choose(pilot, "priority", priority.id)
        wizard.query_one("#rationale", Input).focus()
        await type_text(pilot, "Trafic qualifie")
        assert wizard.assessment.is_smart
        await pilot.press("ctrl+n", "ctrl+n")
        assert wizard.step == "review"
        await pilot.press("ctrl+g")
        assert isinstance(app.screen, DashboardScreen)
        [goal] = store.goals()
        assert goal.status == GoalStatus.ACTIVE and goal.priority_id == priority.id
        assert goal.intent and goal.kpi and goal.deadline is not None
        goals = app.screen.query_one(GoalList)
        assert goals.highlighted_goal == goal.id
        # the legend of report and the exports: capital = validé, lower case = à préciser
        # (the audience question is not answered yet), · = non respecté
        assert "S M A r T" in goals.row_text(goal.id)
        await pilot.press("ctrl+q")
    store.close()
    again = Store.open(path)
    app = make_app(again, lang)
    async with app.run_test(size=SIZE) as pilot:
        assert app.screen.query_one(GoalList).highlighted_goal == goal.id
        assert not app.screen.query_one("#welcome").display
    again.close()


async def test_a_fourth_active_priority_is_refused(empty_store):
    for title in ("A", "B", "C"):
        empty_store.add_priority(Priority(title, category=Category.SALES))
    app = make_app(empty_store, "fr")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p", "a")
        assert isinstance(app.screen, PrioritiesScreen)  # no form opened
        assert "2\u00a0ou 3\u00a0axes" in notifications(app) and "Archivez" in notifications(app)
        await pilot.press("x", "o")  # archive the first (it asks first), then adding works
        await pilot.press("a")
        assert isinstance(app.screen, PriorityForm)


async def test_leaving_the_wizard_with_unsaved_changes_asks_first(empty_store):
    app = make_app(empty_store, "en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        app.screen.query_one("#intent", Input).focus()
        await type_text(pilot, "Be seen")
        await pilot.press("escape")
        assert isinstance(app.screen, UnsavedScreen)
        await pilot.press("escape")  # Cancel: back to the wizard, nothing lost
        assert isinstance(app.screen, WizardScreen)
        await pilot.press("escape")
        await pilot.click("#discard")
        assert isinstance(app.screen, DashboardScreen)
        assert empty_store.goals() == []
        # no change: leaving does not ask
        await pilot.press("n", "escape")
        assert isinstance(app.screen, DashboardScreen)


async def test_invalid_input_in_each_field_kind_is_shown_inline(empty_store):
    from textual import events

    from smart_tui.tui.widgets.fields import Field

    app = make_app(empty_store, "fr")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "enter")  # SEO template
        wizard = app.screen
        await pilot.press("ctrl+n")  # measurable
        baseline = wizard.query_one("#baseline-field", Field)
        baseline.input.focus()
        await pilot.press("ctrl+u")
        await type_text(pilot, "12 kg")
        note = str(baseline.query_one(".field-note").render())
        assert "n'est pas un nombre" in note
        await pilot.press("ctrl+s")
        assert empty_store.goals() == [] and "Corrigez" in notifications(app)
        baseline.input.focus()
        await pilot.press("ctrl+u")
        await type_text(pilot, "1 200,5")
        assert str(baseline.query_one(".field-note").render()) == ""
        # an impossible date
        wizard.form.current = "step-time_bound"
        deadline = wizard.query_one("#deadline-field", Field)
        deadline.input.focus()
        await pilot.press("ctrl+u")
        await type_text(pilot, "31/02/2027")
        assert "n'existe pas" in str(deadline.query_one(".field-note").render())
        await pilot.press("ctrl+u")
        await type_text(pilot, "fin Q2")
        assert "30 juin 2027" in str(deadline.query_one(".field-note").render())
        # a huge paste and control characters
        statement = wizard.query_one("#statement-field", Field)
        statement.input.value = ""
        statement.input.focus()
        statement.input.post_message(events.Paste("x" * 10_000))
        await pilot.pause()
        assert statement.input.value == "x" * 500  # what fits is kept, and the cut is said
        assert "limité à 500" in str(statement.query_one(".field-note").render())
        statement.input.value = "Gagner\x1b[31m 500\x07 abonnés"
        assert "\x1b" not in statement.value and "\x07" not in statement.value
        await pilot.press("ctrl+s")  # saved as a draft, cleaned
        [goal] = empty_store.goals()
        assert goal.status == GoalStatus.DRAFT and goal.baseline == 1200.5
        assert "\x1b" not in goal.statement


async def test_a_required_field_left_empty_is_refused(empty_store):
    app = make_app(empty_store, "en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p", "escape", "a", "tab", "ctrl+s")  # the name is skipped
        assert isinstance(app.screen, PriorityForm)
        note = app.screen.query_one("#title-field .field-note")
        assert "required" in str(note.render())
        assert empty_store.priorities() == []


async def test_enter_in_the_wish_field_carries_the_wish_to_the_statement(empty_store):
    """Typed, then Enter: the next page starts from those words (nothing typed is lost)."""
    app = make_app(empty_store, "fr")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        app.screen.query_one("#intent", Input).focus()
        await type_text(pilot, "etre plus visible sur Instagram")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.query_one("#statement", Input).value == "etre plus visible sur Instagram"


@pytest.mark.parametrize(("lang", "target", "value", "says", "not_said"), [
    ("fr", "2 000", 2000, "«\u00a031/02/2027\u00a0» n'existe pas dans le calendrier",
     "Aucune échéance"),
    ("en", "2,000", 2000, "“31/02/2027” does not exist in the calendar", "No deadline"),
])
async def test_the_wizard_reads_its_examples_and_names_an_impossible_deadline(
        empty_store, lang, target, value, says, not_said):
    from smart_tui.tui.widgets.fields import Field

    app = make_app(empty_store, lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "enter")  # SEO template
        wizard = app.screen
        await pilot.press("ctrl+n")  # measurable: the target typed as its placeholder shows it
        field = wizard.query_one("#target-field", Field)
        assert target in field.input.placeholder.replace("\u202f", " ")
        field.input.focus()
        await pilot.press("ctrl+u")
        await type_text(pilot, target)
        assert field.number == value and str(field.query_one(".field-note").render()) == ""
        wizard.form.current = "step-time_bound"
        deadline = wizard.query_one("#deadline-field", Field)
        deadline.input.focus()
        await pilot.press("ctrl+u")
        await type_text(pilot, "31/02/2027")
        await pilot.pause()
        checklist = str(wizard.query_one("#live-checklist").render())
        assert says in checklist and not_said not in checklist
        assert says in str(deadline.query_one(".field-note").render())  # the same words


async def test_keys_typed_while_the_wizard_opens_stay_where_they_went(empty_store):
    """The page's first field is focused once the wizard has painted; a Tab pressed before
    that (a fast typist after `n`) already chose the wish field: the late focus keeps it
    there, so what is typed next is not lost in the list of templates."""
    app = make_app(empty_store, "fr")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        wizard = app.screen
        assert isinstance(wizard, WizardScreen)
        wish = wizard.query_one("#intent", Input)
        wish.focus()
        await pilot.pause()
        wizard._focus_step()  # the first paint's focus, arriving after the typist's Tab
        await pilot.pause()
        assert app.focused is wish
        await type_text(pilot, "être visible")
        assert wish.value == "être visible"
