"""ctrl+z undoes the last undoable action only: a checkpoint deleted after a status change
comes back (not the status), and any later write makes an older undo stale (QA, item 1)."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Input

from smart_tui.domain.models import Checkpoint, GoalStatus
from smart_tui.storage import Store
from smart_tui.tui.screens.goal import GoalScreen

from .conftest import SIZE, TODAY, make_app, notifications

DELETED = {"fr": "Point d'étape du 24 octobre 2026 (2\u202f290) supprimé. ctrl+z pour annuler.",
           "en": "Checkpoint of 24 October 2026 (2,290) deleted. ctrl+z to undo."}
BACK = {"fr": "Annulé — Point d'étape du 24 octobre 2026 (2\u202f290) supprimé.",
        "en": "Undone — Checkpoint of 24 October 2026 (2,290) deleted."}
NOTHING = {"fr": "Rien à annuler.", "en": "Nothing to undo."}


async def _achieved(app, pilot) -> GoalScreen:
    """The SEO goal's card, its status just changed to achieved (an undoable action)."""
    await app.push_screen(GoalScreen(1))
    await pilot.press("t", "enter")  # the first choice: achieved
    await pilot.pause()
    card = app.screen
    assert isinstance(card, GoalScreen)
    card.query_one("#goal-checkpoints", DataTable).focus()
    return card


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_ctrl_z_after_deleting_a_checkpoint_brings_it_back_not_an_older_status(
        demo_store, lang):
    newest = demo_store.goal(1).checkpoints[-1]
    app = make_app(demo_store, lang)
    async with app.run_test(size=SIZE) as pilot:
        card = await _achieved(app, pilot)
        assert demo_store.goal(1).status == GoalStatus.ACHIEVED
        await pilot.press("x", "o" if lang == "fr" else "y")  # the newest checkpoint
        await pilot.pause()
        assert newest not in demo_store.goal(1).checkpoints
        assert DELETED[lang] in notifications(app)
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert BACK[lang] in notifications(app)
        rows = card.query_one("#goal-checkpoints", DataTable)
        assert rows.row_count == len(demo_store.goal(1).checkpoints)  # the card shows it
        history = card.query_one("#goal-history", DataTable)
        newest_change = str(history.get_row_at(0)[1])
        await pilot.press("ctrl+z")  # the status change is older: not undone
        await pilot.pause()
        said = notifications(app)
    goal = demo_store.goal(1)
    assert goal.checkpoints[-1] == newest  # same id, date, value, confidence and note
    assert goal.status == GoalStatus.ACHIEVED
    assert said.endswith(NOTHING[lang])
    assert newest_change == {"fr": "Point d'étape du 24 oct. 2026 ajouté\u00a0: 2\u202f290",
                             "en": "Checkpoint of 24 Oct 2026 added: 2,290"}[lang]


async def test_a_later_write_that_is_not_undoable_makes_the_older_undo_stale(demo_store):
    app = make_app(demo_store, "fr")
    async with app.run_test(size=SIZE) as pilot:
        await _achieved(app, pilot)
        await pilot.press("c")  # correct the newest checkpoint: a write of its own
        app.screen.query_one("#value", Input).value = "2300"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert demo_store.goal(1).checkpoints[-1].value == 2300
        await pilot.press("ctrl+z")
        await pilot.pause()
        said = notifications(app)
    assert said.endswith(NOTHING["fr"])
    assert demo_store.goal(1).status == GoalStatus.ACHIEVED  # not put back to active


async def test_a_rename_from_another_window_makes_the_undo_stale(demo_store, tmp_path):
    """The status change here, then another window renames the goal: undoing now would put
    back a status over a goal someone else has changed since, so ctrl+z declines."""
    app = make_app(demo_store, "fr")
    async with app.run_test(size=SIZE) as pilot:
        await _achieved(app, pilot)
        other = Store.open(tmp_path / "demo.db")  # another window renames the goal
        try:
            goal = other.goal(1)
            goal.statement = "Augmenter de 30\u00a0% les visites venues de Google"
            other.update_goal(goal, TODAY)
        finally:
            other.close()
        await pilot.press("ctrl+z")
        await pilot.pause()
        said = notifications(app)
    assert said.endswith(NOTHING["fr"])
    assert demo_store.goal(1).status == GoalStatus.ACHIEVED


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_a_write_from_another_program_makes_the_undo_stale(demo_store, lang):
    """A checkpoint deleted here, then another program (``smart-tui log`` from a script, a
    second window) writes: ctrl+z has nothing to undo, and says so in the user's words."""
    app = make_app(demo_store, lang)
    async with app.run_test(size=SIZE) as pilot:
        await _achieved(app, pilot)
        await pilot.press("x", "o" if lang == "fr" else "y")
        await pilot.pause()
        kept = list(demo_store.goal(1).checkpoints)
        other = Store.open(demo_store.path, backups=False)
        other.add_checkpoint(2, Checkpoint(TODAY, 40))
        other.close()
        await pilot.press("ctrl+z")
        await pilot.pause()
        said = notifications(app)
    assert said.endswith(NOTHING[lang])
    assert "UNIQUE" not in said and "SQLite" not in said
    assert demo_store.goal(1).checkpoints == kept


UNCHANGED = {
    "fr": "Rien n'a changé\u00a0: le point d'étape du 24 octobre 2026 est déjà 2\u202f290.",
    "en": "Nothing changed: the checkpoint of 24 October 2026 is already 2,290."}


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_a_correction_saved_untouched_writes_nothing(demo_store, lang):
    """ctrl+s in the correction form without a change: no « 2 290 → 2 290 » in the history,
    and the earlier status change can still be undone (nothing was written)."""
    history = len(demo_store.goal(1).adjustments)
    app = make_app(demo_store, lang)
    async with app.run_test(size=SIZE) as pilot:
        await _achieved(app, pilot)
        await pilot.press("c")  # correct the newest checkpoint, then save it as it is
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert UNCHANGED[lang] in notifications(app)
        assert len(demo_store.goal(1).adjustments) == history + 1  # the status change only
        await pilot.press("ctrl+z")
        await pilot.pause()
    assert demo_store.goal(1).status == GoalStatus.ACTIVE
