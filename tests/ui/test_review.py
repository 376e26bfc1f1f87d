"""Step 4, keyboard only: logging checkpoints and a whole review session."""

from datetime import date

from textual.widgets import Input

from smart_tui.domain.models import AdjustmentKind
from smart_tui.tui.screens.checkpoint_form import CheckpointForm
from smart_tui.tui.screens.decision_form import DecisionForm
from smart_tui.tui.screens.review import ReviewScreen
from smart_tui.tui.screens.review_summary import ReviewSummaryScreen
from smart_tui.tui.widgets.fields import Field
from tests.ui.conftest import SIZE, TODAY, make_app, notifications, type_text

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
        AdjustmentKind.TARGET, "2600", "2800", "SEO en avance")
    assert seo.target == 2800


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


async def test_a_percentage_stays_within_0_and_100(demo_store):
    from smart_tui.tui.screens.checkpoint_form import read_checkpoint

    email = demo_store.goal(6)
    _, errors = read_checkpoint(email, "120", "", TODAY)
    assert errors["value"].key == "error.checkpoint_percent"
    _, errors = read_checkpoint(demo_store.goal(4), "6", "", TODAY)  # a rating out of 5
    assert errors["value"].key == "error.checkpoint_rating"


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
        assert isinstance(review.query_one("#review-chart").plt, object)
        review.query_one("#review-page").scroll_end()
        assert not isinstance(app.focused, Input)


async def test_a_failed_write_keeps_the_input_in_the_form(demo_store):
    """Disk full (simulated with max_page_count): the form stays open with what was typed."""
    app = make_app(demo_store, "en")
    async with app.run_test(size=SIZE) as pilot:
        before = len(demo_store.checkpoints(SEO))
        pages = demo_store.db.execute("PRAGMA page_count").fetchone()[0]
        demo_store.db.execute(f"PRAGMA max_page_count = {pages}")
        await pilot.press("l")
        form = app.screen
        await type_text(pilot, "2400")
        form.query_one("#note", Input).value = "y" * 100_000  # needs pages the disk lacks
        await pilot.press("ctrl+s")
        assert app.screen is form  # still open, with what was typed
        assert form.query_one("#value", Input).value == "2400"
        assert "Nothing was saved" in notifications(app)
        assert len(demo_store.checkpoints(SEO)) == before
        demo_store.db.execute("PRAGMA max_page_count = 1073741823")  # space again: retry
        form.query_one("#note", Input).value = "ok"
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
        assert "same as the current" in str(form.query_one("#target-field .field-note").render())
        assert form.query_one("#why", Input).value == "typo"
