"""Deleting a goal or a priority takes its checkpoints and history; restoring puts back the
same rows with the same ids (issue 12, item 11)."""

from __future__ import annotations

from datetime import date

import pytest

from smart_tui.demo import demo_snapshot
from smart_tui.domain.models import (
    AdjustmentKind,
    Checkpoint,
    DomainError,
    GoalStatus,
    Priority,
    PriorityStatus,
)
from smart_tui.services import Workspace
from smart_tui.services.checkpoints import delete_checkpoint, log_checkpoint, restore_checkpoint
from smart_tui.services.removal import (
    delete_goal,
    delete_priority,
    restore_goal,
    restore_priority,
)
from smart_tui.storage import Store

TODAY = date(2026, 11, 27)


@pytest.fixture
def ws(tmp_path):
    store = Store.open(tmp_path / "r.db", backups=False)
    store.import_snapshot(demo_snapshot(TODAY, "fr"))
    yield Workspace(store)
    store.close()


def _counts(ws):
    db = ws.store.db
    return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("priorities", "goals", "checkpoints", "adjustments")}


def test_deleting_a_goal_takes_its_checkpoints_and_undo_restores_them(ws):
    goal = next(g for g in ws.goals() if g.status == GoalStatus.ACTIVE)
    full = ws.goal(goal.id)
    before = _counts(ws)
    removed = delete_goal(ws, goal.id)
    assert ws.goal(goal.id) is None
    assert removed.count("checkpoints") == len(full.checkpoints) > 0
    after = _counts(ws)
    assert after["goals"] == before["goals"] - 1
    assert after["checkpoints"] == before["checkpoints"] - len(full.checkpoints)
    restore_goal(ws, removed)
    assert _counts(ws) == before
    back = ws.goal(goal.id)
    assert back == full  # same id, same checkpoints with their ids


def test_deleting_a_priority_takes_its_goals_and_undo_restores_them(ws):
    priority = ws.priorities()[0]
    own = [g.id for g in ws.goals() if g.priority_id == priority.id]
    before = _counts(ws)
    removed = delete_priority(ws, priority.id)
    assert ws.priority(priority.id) is None and removed.count("goals") == len(own) > 0
    assert all(ws.goal(i) is None for i in own)
    restore_priority(ws, removed)
    assert _counts(ws) == before and ws.priority(priority.id) == priority


def test_restoring_an_active_priority_past_the_cap_is_refused_and_changes_nothing(ws):
    priority = next(p for p in ws.priorities() if p.status == PriorityStatus.ACTIVE)
    removed = delete_priority(ws, priority.id)
    while ws.store.active_priority_count() < 3:
        ws.store.add_priority(Priority(title="Autre"))
    before = _counts(ws)
    with pytest.raises(DomainError):
        restore_priority(ws, removed)
    assert _counts(ws) == before


def test_deleting_an_unknown_goal_is_refused(ws):
    with pytest.raises(DomainError):
        delete_goal(ws, 9999)


def test_a_deleted_checkpoint_comes_back_whole_and_its_return_is_in_the_history(ws):
    goal = ws.goal(1)
    gone = goal.checkpoints[-1]
    changes = ws.changes
    removed = delete_checkpoint(ws, gone.id, TODAY)
    assert ws.changes > changes  # the write is counted: an older undo is stale
    assert gone not in ws.goal(1).checkpoints
    assert restore_checkpoint(ws, removed, TODAY) == gone
    back = ws.goal(1)
    assert back.checkpoints == goal.checkpoints  # same id, date, value, confidence, note
    last = back.adjustments[-1]
    assert (last.kind, last.old, last.new.date, last.new.value) == (
        AdjustmentKind.CHECKPOINT, None, gone.date, gone.value)
    # another window logged a measure on that date in between: nothing is put back
    removed = delete_checkpoint(ws, gone.id, TODAY)
    log_checkpoint(ws, 1, Checkpoint(gone.date, 1.0), TODAY)
    with pytest.raises(DomainError) as refused:
        restore_checkpoint(ws, removed, TODAY)
    assert refused.value.key == "error.undo_date_taken"
    assert [c.value for c in ws.goal(1).checkpoints if c.date == gone.date] == [1.0]
