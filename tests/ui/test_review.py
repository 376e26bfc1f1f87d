"""Step 4, keyboard only: logging checkpoints and a whole review session."""

from datetime import date

import pytest
from textual.widgets import Input

from smart_tui.domain.models import AdjustmentKind
from smart_tui.i18n import Translator
from smart_tui.tui.screens.checkpoint_form import CheckpointForm
from smart_tui.tui.screens.confirm import ConfirmScreen
from smart_tui.tui.screens.decision_form import DecisionForm
from smart_tui.tui.screens.review import ReviewScreen
from smart_tui.tui.screens.review_summary import ReviewSummaryScreen
from smart_tui.tui.widgets.fields import Field
from tests.ui.conftest import SIZE, TODAY, make_app, type_text

SEO, SEA, SOCIAL = 1, 2, 5  # demo goals: SEO is ahead, SEA behind, social has no data


def counts(store):
    return {gid: (len(store.checkpoints(gid)), len(store.goal(gid).adjustments))
            for gid in (SEO, SEA, SOCIAL)}


async def test_a_whole_review_session(demo_store):
    before = counts(demo_store)
    app = make_app(demo_store, "fr", start="review")
    async with app.run_test(size=SIZE) as pilot:
        review = app.screen
        assert isinstance(review, ReviewScreen)
        assert review.queue == [SOCIAL, SEA, SEO]  # due ones: oldest first, then most behind
        await pilot.press("right")  # skip the social goal
        assert review.goal_id == SEA
        await pilot.press("v")
        assert isinstance(app.screen, CheckpointForm)
        await type_text(pilot, "43")
        await pilot.press("ctrl+s")
        assert app.screen is review
        await pilot.press("a")  # behind: adjust the actions
        assert isinstance(app.screen, DecisionForm)
        await type_text(pilot, "Annonces sur Lyon")
        await pilot.press("tab")
        await type_text(pilot, "350")
        await pilot.press("ctrl+s")
        await pilot.press("right")
        assert review.goal_id == SEO
        await pilot.press("v")
        await type_text(pilot, "2420")
        await pilot.press("ctrl+s")
        await pilot.press("h")  # ahead: aim higher
        await type_text(pilot, "2800")
        await pilot.press("tab")
        await type_text(pilot, "SEO en avance")
        await pilot.press("ctrl+s")
        await pilot.pause()
        # the statement quotes the change in %: its new value is offered, and accepted
        assert isinstance(app.screen, ConfirmScreen)
        assert "→ «\u00a0Augmenter de 40\u00a0% les visites issues du référencement" in str(
            app.screen.query_one("#confirm-question").render())
        await pilot.press("o")
        await pilot.pause()
        await pilot.press("right")  # past the last goal: the summary
        assert isinstance(app.screen, ReviewSummaryScreen)
        text = str(app.screen.query_one("#summary-text").render())
        assert "2\u00a0sur 3" in text and "Ajuster les actions\u00a0: 1" in text
        assert "Viser plus haut\u00a0: 1" in text

    after = counts(demo_store)
    assert after[SOCIAL] == before[SOCIAL]
    assert after[SEA] == (before[SEA][0] + 1, before[SEA][1] + 1)
    assert after[SEO] == (before[SEO][0] + 1, before[SEO][1] + 1)
    sea = demo_store.goal(SEA)
    assert sea.checkpoints[-1].value == 43 and sea.checkpoints[-1].date == TODAY
    actions = sea.adjustments[-1]
    assert actions.kind == AdjustmentKind.ACTIONS and actions.note == "Annonces sur Lyon"
    assert sea.budget_per_month == 350
    seo = demo_store.goal(SEO)
    target = seo.adjustments[-1]
    assert (target.kind, target.old, target.new, target.note) == (
        AdjustmentKind.TARGET, 2600, 2800, "SEO en avance")
    assert seo.target == 2800
    assert seo.statement == "Augmenter de 40\u00a0% les visites issues du référencement naturel"


async def test_quitting_half_way_keeps_what_was_saved(demo_store):
    before = len(demo_store.checkpoints(SOCIAL))
    app = make_app(demo_store, "en", start="review")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("v")
        await type_text(pilot, "1540")
        await pilot.press("ctrl+s")
        await pilot.press("ctrl+q")
    assert len(demo_store.checkpoints(SOCIAL)) == before + 1


async def test_invalid_values_and_dates_are_refused_inline(demo_store):
    app = make_app(demo_store, "fr")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("l")  # the highlighted goal: SEO (a count)
        form = app.screen
        assert isinstance(form, CheckpointForm)
        value = form.query_one("#value-field", Field)
        await type_text(pilot, "beaucoup")
        await pilot.press("ctrl+s")
        assert app.screen is form
        assert "n'est pas un nombre" in str(value.query_one(".field-note").render())
        value.input.value = "-5"
        await pilot.press("ctrl+s")
        assert "négatif" in str(value.query_one(".field-note").render())
        value.input.value = "2400"
        day = form.query_one("#date-field", Field)
        day.input.value = "2027-01-15"
        await pilot.press("ctrl+s")
        assert app.screen is form and "futur" in str(day.query_one(".field-note").render())
        day.input.value = "hier"
        await pilot.pause()
        assert "26 novembre 2026" in str(day.query_one(".field-note").render())
        await pilot.press("ctrl+s")
        assert app.screen is not form
    assert demo_store.checkpoints(SEO)[-1].date == date(2026, 11, 26)


@pytest.mark.parametrize(("goal_id", "typed", "says"), [
    (6, "120", "between 0 and 100"),  # a percentage
    (4, "6", "rating scale (0 to 5)"),  # a rating out of 5
])
async def test_a_value_outside_the_units_range_is_refused_in_the_form(demo_store, goal_id,
                                                                     typed, says):
    app = make_app(demo_store, "en")
    before = len(demo_store.checkpoints(goal_id))
    async with app.run_test(size=SIZE) as pilot:
        from smart_tui.tui.screens.checkpoint_form import log_checkpoint

        app.run_worker(log_checkpoint(app, goal_id))
        await pilot.pause()
        form = app.screen
        await type_text(pilot, typed)
        await pilot.press("ctrl+s")
        assert app.screen is form
        note = str(form.query_one("#value-field .field-note").render())
        assert says in note.replace("\u00a0", " ")
        assert form.query_one("#value", Input).value == typed
    assert len(demo_store.checkpoints(goal_id)) == before


async def test_nothing_due_offers_the_other_goals(empty_store):
    from tests.conftest import sales_priority, smart_goal

    priority = empty_store.add_priority(sales_priority())
    empty_store.add_goal(smart_goal(priority.id, start=TODAY, deadline=date(2027, 6, 1)))
    app = make_app(empty_store, "en", start="review")
    async with app.run_test(size=SIZE) as pilot:
        review = app.screen
        assert review.queue == []
        assert "press o" in str(review.query_one("#review-sentence").render())
        await pilot.press("o")
        assert len(review.queue) == 1
        await pilot.pause()
        drawn = review.query_one("#review-chart").plt.build()  # the goal's plan is drawn
        assert "sessions organiques par mois" in drawn
        assert Translator("en").date_short(date(2027, 6, 1)) in drawn
        review.query_one("#review-page").scroll_end()
        assert not isinstance(app.focused, Input)


async def test_a_failed_write_keeps_the_input_in_the_form(demo_store):
    """Disk full (simulated with max_page_count): the form stays open with what was typed."""
    app = make_app(demo_store, "en")
    async with app.run_test(size=SIZE) as pilot:
        before = len(demo_store.checkpoints(SEO))
        demo_store.conn.execute("PRAGMA query_only = ON")  # every write now fails
        await pilot.press("l")
        form = app.screen
        await type_text(pilot, "2400")
        await pilot.press("tab", "tab", "tab")
        await type_text(pilot, "note")
        await pilot.press("ctrl+s")
        assert app.screen is form  # still open, with what was typed, the error inline
        assert form.query_one("#value", Input).value == "2400"
        assert form.query_one("#note", Input).value == "note"
        assert "Nothing was saved" in str(form.query_one(".form-error").render())
        assert len(demo_store.checkpoints(SEO)) == before
        demo_store.conn.execute("PRAGMA query_only = OFF")  # writable again: retry
        await pilot.press("ctrl+s")
        assert app.screen is not form
        assert len(demo_store.checkpoints(SEO)) == before + 1


async def test_a_refused_decision_keeps_the_dialog_open(demo_store):
    app = make_app(demo_store, "en", start="review")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("right", "right", "h")  # SEO, target 2 600
        form = app.screen
        assert isinstance(form, DecisionForm)
        await type_text(pilot, "2600")
        await pilot.press("tab")
        await type_text(pilot, "typo")
        await pilot.press("ctrl+s")
        assert app.screen is form
        assert "above the current one" in str(form.query_one("#target-field .field-note").render())
        assert form.query_one("#why", Input).value == "typo"


@pytest.mark.parametrize(("lang", "typed", "stored", "notice"), [
    ("en", "1,620", 1620, "Checkpoint saved: 1,620"),  # as the English UI writes it
    ("fr", "1,620", 1.62, "1,62"),
])
async def test_a_value_is_read_as_the_forms_language_writes_it(demo_store, lang, typed, stored,
                                                               notice):
    from tests.ui.conftest import notifications

    app = make_app(demo_store, lang, start="review")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("v")
        await type_text(pilot, typed)
        await pilot.press("ctrl+s")
        assert notice in notifications(app).replace("\u00a0", " ")
    assert demo_store.checkpoints(SOCIAL)[-1].value == stored


async def test_a_value_read_two_ways_is_refused_in_the_form(demo_store):
    before = len(demo_store.checkpoints(SOCIAL))
    app = make_app(demo_store, "fr", start="review")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("v")
        form = app.screen
        await type_text(pilot, "1.620")
        await pilot.press("ctrl+s")
        assert app.screen is form
        note = str(form.query_one("#value-field .field-note").render())
        assert "se lit de deux façons\u00a0: 1\u202f620 ou 1,62" in note
    assert len(demo_store.checkpoints(SOCIAL)) == before


AIM_HIGHER_INTRO = {  # the demo's SEA goal is behind, SEO ahead, the social one unmeasured
    ("fr", SEA): "En retard sur la trajectoire\u00a0: une cible plus ambitieuse sera encore plus "
                 "difficile à tenir",
    ("fr", SEO): "En avance\u00a0: fixez une cible plus ambitieuse",
    ("en", SEA): "Behind the trajectory: a more ambitious target will be even harder to reach",
    ("en", SOCIAL): "No measure yet: set a more ambitious target",
}


@pytest.mark.parametrize(("lang", "goal_id"), list(AIM_HIGHER_INTRO))
async def test_aim_higher_says_where_the_goal_stands(demo_store, lang, goal_id):
    app = make_app(demo_store, lang, start="review")
    async with app.run_test(size=SIZE) as pilot:
        while app.screen.goal_id != goal_id:
            await pilot.press("right")
        await pilot.press("h")
        form = app.screen
        assert isinstance(form, DecisionForm)
        intro = str(form.query_one(".intro").render())
        assert intro.startswith(AIM_HIGHER_INTRO[(lang, goal_id)]), intro
        if goal_id != SEO:
            assert not intro.startswith(("En avance", "Ahead"))


REFUSALS = {"fr": ("au-dessus de l'actuelle", "Ce champ est obligatoire"),
            "en": ("above the current one", "This field is required")}


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_aim_higher_shows_every_error_on_the_first_save(demo_store, lang):
    app = make_app(demo_store, lang, start="review")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("right", "right", "h")  # SEO, target 2 600
        form = app.screen
        assert isinstance(form, DecisionForm)
        await type_text(pilot, "1900")
        await pilot.press("tab")  # the reason left empty
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form
        target_note = str(form.query_one("#target-field .field-note").render())
        why_note = str(form.query_one("#why-field .field-note").render())
        assert REFUSALS[lang][0] in target_note, target_note
        assert REFUSALS[lang][1] in why_note, why_note
        assert app.focused is form.query_one("#target", Input)  # the first field in error
        await pilot.press("end", *["backspace"] * 4)  # typing goes to the target, not the reason
        await type_text(pilot, "2900")
        assert form.query_one("#target", Input).value == "2900"
        assert form.query_one("#why", Input).value == ""
    assert demo_store.goal(SEO).target == 2600
