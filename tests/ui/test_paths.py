"""Paths no other test walked: the real launch (``smart-tui --demo``, ``smart-tui review``),
priorities edited, reordered, archived and restored, the goal list's Home/End/PageUp/PageDown.

Keys are pressed and text is typed one character at a time; each step is checked in the
database, not only on screen.
"""

from __future__ import annotations

from datetime import date

from textual.app import App
from textual.widgets import DataTable

from smart_tui.cli import main
from smart_tui.domain.models import Category, GoalStatus, PriorityStatus
from smart_tui.storage import Store
from smart_tui.tui.app import SmartApp
from smart_tui.tui.screens.dashboard import DashboardScreen
from smart_tui.tui.screens.priorities import PrioritiesScreen
from smart_tui.tui.screens.priority_form import PriorityForm
from smart_tui.tui.screens.review import ReviewScreen
from smart_tui.tui.widgets.goal_list import GoalList
from tests.conftest import sales_priority, smart_goal

from .conftest import SIZE, TODAY, make_app, type_text


def _headless(monkeypatch, drive):
    """Make ``SmartApp.run`` (what ``smart-tui`` calls) run headless with ``drive`` as pilot."""
    seen: dict[str, object] = {}

    def run(self, *args, **kwargs):
        async def pilot_fn(pilot):
            await pilot.pause()
            await drive(pilot, seen)
            pilot.app.exit()

        return App.run(self, headless=True, size=SIZE, auto_pilot=pilot_fn)

    monkeypatch.setattr(SmartApp, "run", run)
    return seen


def test_smart_tui_demo_opens_the_dashboard_on_the_example_shop(monkeypatch, tmp_path):
    async def drive(pilot, seen):
        app = pilot.app
        seen["screen"] = type(app.screen)
        seen["goals"] = len(app.workspace.store.goals())
        seen["title"] = app.screen.query_one(GoalList).highlighted_goal

    seen = _headless(monkeypatch, drive)
    monkeypatch.setenv("SMART_TUI_TODAY", "2026-11-27")
    assert main(["--demo", "--lang", "fr"]) == 0
    assert seen["screen"] is DashboardScreen
    assert seen["goals"] == 7  # the example shop's goals, in a database of its own
    assert seen["title"] is not None


def test_smart_tui_review_opens_the_due_goal_and_leaves_the_file_sound(monkeypatch, tmp_path):
    path = tmp_path / "mine.db"
    store = Store.open(path)
    priority = store.add_priority(sales_priority())
    due = store.add_goal(smart_goal(priority.id, start=date(2026, 10, 1),
                                    deadline=date(2027, 3, 1)))  # monthly: 1 Nov is due
    store.add_goal(smart_goal(priority.id, start=TODAY, deadline=date(2027, 6, 1)))
    store.close()

    async def drive(pilot, seen):
        seen["screen"] = type(pilot.app.screen)
        seen["queue"] = list(pilot.app.screen.queue)

    seen = _headless(monkeypatch, drive)
    monkeypatch.setenv("SMART_TUI_TODAY", "2026-11-27")
    assert main(["--db", str(path), "--lang", "en", "review"]) == 0
    assert seen["screen"] is ReviewScreen
    assert seen["queue"] == [due.id]
    store = Store.open(path)
    assert [g.status for g in store.goals()] == [GoalStatus.ACTIVE, GoalStatus.ACTIVE]
    store.close()


async def test_priorities_edit_reorder_archive_and_restore(empty_store):
    for title in ("Ventes", "Fidélité", "Avis"):
        empty_store.add_priority(sales_priority(title=title))
    app = make_app(empty_store, "fr")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        assert isinstance(app.screen, PrioritiesScreen)
        table = app.screen.query_one(DataTable)

        def titles():
            return [p.title for p in empty_store.priorities()]

        # edit the first one: a new title, typed over the old one
        await pilot.press("e")
        assert isinstance(app.screen, PriorityForm)
        await pilot.press("tab", "ctrl+u")
        await type_text(pilot, "Ventes en ligne")
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, PrioritiesScreen)
        assert titles() == ["Ventes en ligne", "Fidélité", "Avis"]
        assert empty_store.priorities()[0].category == Category.SALES

        # move it down twice, then back up once
        await pilot.press("shift+down")
        assert titles() == ["Fidélité", "Ventes en ligne", "Avis"]
        await pilot.press("shift+down")
        assert titles() == ["Fidélité", "Avis", "Ventes en ligne"]
        assert table.cursor_row == 2  # the cursor follows the moved priority
        await pilot.press("shift+up")
        assert titles() == ["Fidélité", "Ventes en ligne", "Avis"]

        # archive it, then restore it
        await pilot.press("x", "o")  # archiving asks first: « o » (oui)
        archived = {p.title: p.status for p in empty_store.priorities()}
        assert archived["Ventes en ligne"] == PriorityStatus.ARCHIVED
        assert archived["Fidélité"] == archived["Avis"] == PriorityStatus.ACTIVE
        assert app.screen.current_id == next(
            p.id for p in empty_store.priorities() if p.title == "Ventes en ligne")
        await pilot.press("x")
        assert all(p.status == PriorityStatus.ACTIVE for p in empty_store.priorities())


async def test_goal_list_home_end_and_pages(demo_store):
    for n in range(8):  # more goals than two pages hold
        demo_store.add_goal(smart_goal(1, statement=f"Gagner {n + 10} avis Google"))
    app = make_app(demo_store, "en")
    async with app.run_test(size=(100, 20)) as pilot:
        goals = app.screen.query_one(GoalList)
        goals.focus()
        await pilot.press("home")
        order = [goals.highlighted_goal]
        for _ in range(len(demo_store.goals()) + 2):
            await pilot.press("down")
            if goals.highlighted_goal != order[-1]:
                order.append(goals.highlighted_goal)
        # every goal of the database is on the list, once
        assert sorted(order) == sorted(g.id for g in demo_store.goals())
        await pilot.press("home")
        assert goals.highlighted_goal == order[0]
        await pilot.press("end")
        assert goals.highlighted_goal == order[-1]
        await pilot.press("home", "pagedown")
        down = order.index(goals.highlighted_goal)
        assert 1 < down < len(order) - 1  # a page: more than one goal, not all the way
        await pilot.press("pagedown", "pagedown", "pagedown")
        assert goals.highlighted_goal == order[-1]  # stops on the last goal
        await pilot.press("pageup")
        up = order.index(goals.highlighted_goal)
        assert 0 < up < len(order) - 2
        await pilot.press("enter")  # the highlighted goal opens
        assert app.screen.goal.id == order[up]


def test_the_cycle_collector_is_paused_only_until_the_data_is_on_screen(monkeypatch, tmp_path):
    """``smart-tui`` pauses Python's cycle collector while it imports and builds the app, and
    resumes it once the first screen has its data, and in any case when the app ends."""
    import gc

    seen: dict[str, bool] = {}

    def run(self, *args, **kwargs):
        seen["as the app starts"] = gc.isenabled()
        frozen = gc.get_freeze_count()

        async def pilot_fn(pilot):
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
            seen["with the data"] = gc.isenabled()
            # what the first screen holds is set aside: later collections do not walk it
            seen["first screen frozen"] = gc.get_freeze_count() > frozen
            pilot.app.exit()

        return App.run(self, headless=True, size=SIZE, auto_pilot=pilot_fn)

    monkeypatch.setattr(SmartApp, "run", run)
    monkeypatch.setenv("SMART_TUI_TODAY", "2026-11-27")
    assert gc.isenabled()
    assert main(["--demo", "--lang", "en"]) == 0
    assert seen == {"as the app starts": False, "with the data": True,
                    "first screen frozen": True}
    assert gc.isenabled()
