"""The key bar at the bottom of every screen: the keys that work now, in the user's words."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding

from smart_tui.tui.widgets.keybar import KeyBar

from .conftest import SIZE, make_app


async def test_the_dashboard_bar_lists_its_shown_keys_in_french(demo_store):
    app = make_app(demo_store, "fr")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        text = app.screen.query_one(KeyBar).text
        assert text.startswith("n Formuler p Priorités l Point d'étape r Revue")
        assert "Aide" in text
        assert "o " not in text  # "open" is a key of the list (Entrée), hidden from the bar
        rendered = str(app.screen.query_one(KeyBar).render())
        assert rendered == text


async def test_the_bar_follows_the_screen_it_is_on(demo_store):
    app = make_app(demo_store, "en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("p")
        await pilot.pause()
        text = app.screen.query_one(KeyBar).text
        assert "a Add" in text and "esc Back" in text
        assert "New goal" not in text


class _Keys(App[None]):
    BINDINGS = [
        Binding("a", "first", "First"),
        Binding("b", "second", "Second"),
        Binding("c", "hidden", "Hidden", show=False),
        Binding("d", "gone", "Gone"),
    ]

    def compose(self) -> ComposeResult:
        yield KeyBar()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return {"second": None, "gone": False}.get(action, True)

    def action_first(self) -> None: ...


async def test_a_disabled_key_is_dim_and_a_refused_one_is_left_out():
    app = _Keys()
    async with app.run_test(size=(60, 5)) as pilot:
        await pilot.pause()
        bar = app.query_one(KeyBar)
        assert bar.text == "a First b Second"
        line = bar.render()
        dimmed = {line.plain[span.start:span.end] for span in line.spans if span.style.dim}
        assert dimmed == {"b Second"}


async def test_at_80_columns_quit_gives_way_so_that_help_stays_whole(demo_store):
    from smart_tui.tui.screens.goal import GoalScreen

    app = make_app(demo_store, "fr")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, GoalScreen)
        text = app.screen.query_one(KeyBar).text
        assert text.endswith("Échap Retour ? Aide") and len(text) <= 80
        assert "Quitter" not in text and "e Modifier" in text
    app = make_app(demo_store, "fr")
    async with app.run_test(size=(120, 24)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.query_one(KeyBar).text.endswith("^q Quitter ? Aide")


async def test_end_shows_the_last_goal_whole_with_no_horizontal_bar(demo_store):
    """The list's rows fit its width: no horizontal scroll bar hides the last line; and when
    the detail below grows for the goal reached (a draft's open criteria), it stays in view."""
    from smart_tui.tui.widgets.goal_list import GoalList

    app = make_app(demo_store, "fr")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        goals = app.screen.query_one(GoalList)
        await pilot.press("end")
        await pilot.pause()
        assert goals.scrollable_content_region.height == goals.size.height
        last = goals.row_text(goals.highlighted_goal).splitlines()[1].strip()[:20]
        shown = [goals.render_line(y).text for y in range(goals.size.height)]
        assert any(last in line for line in shown)


async def test_priority_keys_appear_once_there_is_a_priority(empty_store):
    from smart_tui.domain.models import Category, Priority

    app = make_app(empty_store, "en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("escape")  # the business name asked first: skipped
        await pilot.pause()
        text = app.screen.query_one(KeyBar).text
        assert text.startswith("a Add esc Back") and "Edit" not in text and "Archive" not in text
    empty_store.add_priority(Priority("Ventes", "stagnent", Category.SALES))
    app = make_app(empty_store, "en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        await pilot.pause()
        text = app.screen.query_one(KeyBar).text
        assert "e Edit" in text and "x Archive" in text and "D Delete" in text
