"""The SMART legend on the dashboard (item 4) and a way out of the demo (item 9)."""

from __future__ import annotations

from smart_tui.tui.screens.dashboard import DashboardScreen

from .conftest import SIZE, make_app, notifications


def footer_text(app) -> str:
    from smart_tui.tui.widgets.keybar import KeyBar

    return app.screen.query_one(KeyBar).text


async def test_the_dashboard_shows_one_smart_legend(demo_store):
    app = make_app(demo_store, "fr")
    async with app.run_test(size=(80, 24)):
        legend = str(app.screen.query_one("#legend").render())
        assert "S\u00a0validé" in legend and "s\u00a0à préciser" in legend
        assert "·\u00a0non respecté" in legend
    app = make_app(demo_store, "en")
    async with app.run_test(size=SIZE):
        legend = str(app.screen.query_one("#legend").render())
        assert legend == "SMART: S\u00a0ok   s\u00a0needs work   ·\u00a0fails"
        assert isinstance(app.screen, DashboardScreen)


async def test_the_example_opened_from_the_welcome_has_a_way_back(empty_store):
    app = make_app(empty_store, "fr")
    async with app.run_test(size=(80, 24)) as pilot:
        own = app.workspace
        assert "Revenir à mes données" not in footer_text(app)
        await pilot.press("d")
        assert app.demo and app.workspace is not own and app.workspace.goals()
        assert "Revenir à mes données" in footer_text(app)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Revenir à mes données" in titles
        await pilot.press("m")
        assert app.workspace is own and not app.demo and app.sub_title == ""
        assert "de retour sur vos données" in notifications(app)
        assert app.screen.query_one("#welcome").display  # the empty database's welcome
        assert "Revenir à mes données" not in footer_text(app)
    assert empty_store.goals() == [] and empty_store.priorities() == []


async def test_the_way_back_in_english_from_the_palette(empty_store):
    app = make_app(empty_store, "en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("d")
        command = next(c for c in app.get_system_commands(app.screen)
                       if c.title == "Back to my data")
        command.callback()
        await pilot.pause()
        assert not app.demo and app.workspace.goals() == []
