"""The header: the business's name on every screen (not the app's), then what the screen holds;
a rename in the profile reaches every screen at once."""

import pytest
from textual.widgets import Header

from smart_tui.storage import Store
from tests.ui.conftest import SIZE, make_app, type_text

SCREENS = {"fr": ("Priorités", "Profil et réglages", "Nouvel objectif SMART", "Séance de revue"),
           "en": ("Priorities", "Profile and settings", "New SMART goal", "Review session")}


def header(app) -> str:
    return str(app.screen.query_one(Header).format_title())


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_the_business_name_given_first_titles_every_screen_and_follows_a_rename(
        lang, tmp_path):
    store = Store.open(tmp_path / "header.db")
    app = make_app(store, lang)
    priorities, profile, _, _ = SCREENS[lang]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")  # asks the business's name, then opens the priorities
        await type_text(pilot, "Fleurs")
        await pilot.press("enter")
        assert header(app) == f"Fleurs — {priorities}"
        await pilot.press("escape")
        assert header(app) == "Fleurs"
        await pilot.press("s")
        assert header(app) == f"Fleurs — {profile}"
        await pilot.press("end", *["backspace"] * len("Fleurs"))
        await type_text(pilot, "Roses")
        await pilot.press("ctrl+s")
        assert store.profile().name == "Roses"
        assert header(app) == "Roses"
        await pilot.press("p")
        assert header(app) == f"Roses — {priorities}"
    store.close()


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_every_screen_reached_from_the_dashboard_is_titled_with_the_business(
        lang, demo_store):
    name = demo_store.profile().name
    priorities, profile, new_goal, review = SCREENS[lang]
    app = make_app(demo_store, lang)
    async with app.run_test(size=SIZE) as pilot:
        assert header(app) == name
        for key, context in (("p", priorities), ("s", profile), ("n", new_goal),
                             ("r", review)):
            await pilot.press(key)
            assert header(app) == f"{name} — {context}", key
            app.pop_screen()
            await pilot.pause()
        await pilot.press("enter")  # the highlighted goal's card: its statement
        goal = app.screen.goal
        assert header(app) == f"{name} — {goal.title}"
