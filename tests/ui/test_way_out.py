"""The SMART legend on the dashboard (item 4) and a way out of the demo (item 9)."""

from __future__ import annotations

from smart_tui.tui.screens.dashboard import DashboardScreen

from .conftest import SIZE, make_app


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
