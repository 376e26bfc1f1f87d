"""Deleting a goal or a priority after a confirmation that says what goes; ctrl+z undoes the
last deletion or status change; archiving asks first (issue 12, item 11)."""

from __future__ import annotations

from smart_tui.domain.models import GoalStatus, PriorityStatus
from smart_tui.tui.screens.confirm import ConfirmScreen
from smart_tui.tui.screens.dashboard import DashboardScreen
from smart_tui.tui.screens.goal import GoalScreen
from smart_tui.tui.screens.priorities import PrioritiesScreen

from .conftest import SIZE, make_app, notifications


def _active(store):
    return store.goal(next(g for g in store.goals() if g.status == GoalStatus.ACTIVE).id)


async def test_deleting_a_goal_says_what_goes_and_ctrl_z_brings_it_back(demo_store):
    goal = _active(demo_store)
    app = make_app(demo_store, "fr")
    async with app.run_test(size=SIZE) as pilot:
        await app.push_screen(GoalScreen(goal.id))
        await pilot.press("D")
        assert isinstance(app.screen, ConfirmScreen)
        question = str(app.screen.query_one("#confirm-question").render())
        assert f"{len(goal.checkpoints)}\u00a0points d'étape" in question
        await pilot.press("n")  # no: nothing goes
        assert demo_store.goal(goal.id) is not None
        await pilot.press("D", "o")
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)
        assert demo_store.goal(goal.id) is None
        assert "ctrl+z pour annuler" in notifications(app)
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert "Annulé" in notifications(app)
    assert demo_store.goal(goal.id) == goal  # same id, same checkpoints


async def test_a_status_change_is_undone_with_ctrl_z(demo_store):
    goal = _active(demo_store)
    app = make_app(demo_store, "en")
    async with app.run_test(size=SIZE) as pilot:
        await app.push_screen(GoalScreen(goal.id))
        await pilot.press("t")
        await pilot.press("enter")  # the first choice: achieved
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert demo_store.goal(goal.id).status != GoalStatus.ACTIVE
        assert "ctrl+z to undo" in notifications(app)
        await pilot.press("ctrl+z")
        await pilot.pause()
        said = notifications(app)
    assert demo_store.goal(goal.id).status == GoalStatus.ACTIVE, said


async def test_archiving_asks_and_deleting_a_priority_takes_its_goals(demo_store):
    priority = demo_store.priorities()[0]
    own = [g.id for g in demo_store.goals() if g.priority_id == priority.id]
    app = make_app(demo_store, "fr")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        assert isinstance(app.screen, PrioritiesScreen)
        await pilot.press("x")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert demo_store.priority(priority.id).status == PriorityStatus.ACTIVE
        await pilot.press("D")
        question = str(app.screen.query_one("#confirm-question").render())
        assert priority.title in question and "objectif" in question
        await pilot.press("o")
        await pilot.pause()
        assert demo_store.priority(priority.id) is None
        assert all(demo_store.goal(i) is None for i in own)
        await pilot.press("ctrl+z")
        await pilot.pause()
        table = app.screen.query_one("DataTable")
        assert table.row_count == len(demo_store.priorities())
    assert demo_store.priority(priority.id) == priority
    assert all(demo_store.goal(i) is not None for i in own)
