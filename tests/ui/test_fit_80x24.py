"""At 80×24, in both languages: the wizard's checklist never loses a criterion, the
priorities' problem is shown whole, the help wraps under itself and says it scrolls
(issue 12, item 13)."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from smart_tui.domain.models import Category, Priority
from smart_tui.tui.screens.help import HelpScreen
from smart_tui.tui.screens.priorities import PrioritiesScreen
from smart_tui.tui.screens.wizard import WizardScreen

from .conftest import make_app, type_text

SMALL = (80, 24)
CRITERIA = {"fr": ("Spécifique", "Mesurable", "Atteignable", "Réaliste (pertinent)", "Temporel"),
            "en": ("Specific", "Measurable", "Achievable", "Relevant", "Time-bound")}


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_the_wizard_checklist_keeps_every_criterion(lang, empty_store):
    empty_store.add_priority(Priority(title="Ventes", category=Category.SALES))
    app = make_app(empty_store, lang)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("n")
        wizard = app.screen
        assert isinstance(wizard, WizardScreen)
        wizard.query_one("#intent", Input).focus()
        await type_text(pilot, "Plus de ventes en ligne")
        side = wizard.query_one("#side")
        for page in range(6):  # start … time-bound: each page's hint as well
            await pilot.pause()
            text = str(wizard.query_one("#live-checklist").render())
            for name in CRITERIA[lang]:
                assert name in text, (page, name)
            assert side.max_scroll_y == 0, (page, text)  # nothing hidden below
            await pilot.press("ctrl+n")


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_the_priority_problem_is_shown_whole(lang, empty_store):
    problem = ("Les ventes en ligne baissent depuis l'été et les clients du quartier ne "
               "connaissent pas encore la boutique ni ses ateliers du samedi")
    empty_store.add_priority(Priority(title="Ventes", problem=problem, category=Category.SALES))
    app = make_app(empty_store, lang)
    async with app.run_test(size=SMALL) as pilot:
        await app.push_screen(PrioritiesScreen())
        await pilot.pause()
        detail = app.screen.query_one("#priority-detail")
        assert problem in " ".join(str(detail.render()).split())
        assert detail.size.height >= 2  # wrapped, not cut


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_the_help_wraps_under_itself_and_says_it_scrolls(lang, demo_store):
    app = make_app(demo_store, lang)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        await pilot.pause()
        box = app.screen.query_one("#help-box")
        assert box.max_scroll_y > 0 and box.border_subtitle.startswith("↓")
        lines = str(app.screen.query_one("#help-keys").render()).split("\n")
        width = box.scrollable_content_region.width
        for line in lines:
            assert len(line) <= width
            assert not line or line[:16].strip() or line.startswith(" " * 18), line
        await pilot.press("end")  # the end on screen: nothing more below, no hint
        await pilot.pause()
        assert box.scroll_y == box.max_scroll_y and box.border_subtitle == ""
        await pilot.press("home")
        await pilot.pause()
        assert box.border_subtitle.startswith("↓")


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_the_trajectory_is_drawn_in_braille_at_80x24(lang, demo_store):
    from smart_tui.domain.models import GoalStatus
    from smart_tui.tui.screens.goal import GoalScreen
    from smart_tui.tui.widgets.chart import TrajectoryChart

    goal = next(g for g in demo_store.goals() if g.status == GoalStatus.ACTIVE)
    app = make_app(demo_store, lang)
    async with app.run_test(size=SMALL) as pilot:
        await app.push_screen(GoalScreen(goal.id))
        await pilot.pause()
        chart = app.screen.query_one(TrajectoryChart)
        drawn = "".join(str(s.text) for s in (chart.render_line(y) for y in range(
            chart.size.height)))
        braille = [c for c in drawn if "\u2800" < c <= "\u28ff"]
        assert len(braille) > 20  # lines of 2×4 dots per cell, not one-row stairs
        assert "•" not in drawn


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("key", ["k", "a", "h", "d", "t", "x"])  # every decision
async def test_every_decision_placeholder_is_shown_whole(lang, key, demo_store):
    from textual.widgets import Input

    app = make_app(demo_store, lang, start="review")
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press(key)
        await pilot.pause()
        fields = [i for i in app.screen.query(Input) if i.placeholder and i.display]
        assert fields
        for field in fields:
            shown = field.content_region.width
            assert len(field.placeholder) <= shown, (field.id, field.placeholder, shown)
