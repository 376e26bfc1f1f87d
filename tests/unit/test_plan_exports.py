"""A raised target never rewrites the past, in the stored history as in every export."""

from datetime import date

from smart_tui.domain.models import Checkpoint
from smart_tui.i18n import Translator
from smart_tui.services import Workspace
from smart_tui.services.overview import goal_views
from smart_tui.services.transfer import export
from tests.conftest import sales_priority, smart_goal

TODAY = date(2026, 6, 1)


def raised_store(store):
    """2 000 -> 2 600 from 1 Jan to 1 Jul 2026 (181 days); 2 200 logged on 1 Mar; on 1 Apr
    the target becomes 2 800."""
    priority = store.add_priority(sales_priority())
    goal = store.add_goal(smart_goal(priority.id))
    store.add_checkpoint(goal.id, Checkpoint(date(2026, 3, 1), 2200))
    goal = store.goal(goal.id)
    goal.target = 2800
    store.update_goal(goal, date(2026, 4, 1), "Viser plus haut")
    return goal.id


def test_the_csv_keeps_the_expected_value_of_a_past_checkpoint(store):
    raised_store(store)
    data = export(Workspace(store), "csv", Translator("en"), TODAY, table="checkpoints")
    csv = data.decode("utf-8-sig")
    # 2 000 + 600 × 59/181 = 2 195.58: what the plan said on 1 March, before the raise
    # (a rewritten line to 2 800 would say 2 260.77 and call the goal behind)
    assert "2195.58" in csv.replace(",", ".") and "2260.77" not in csv.replace(",", ".")


def test_status_and_days_ahead_are_read_against_the_bent_plan(store):
    goal_id = raised_store(store)
    [view] = goal_views(Workspace(store), TODAY, [store.goal(goal_id)])
    t = view.trajectory
    assert t.status.value == "on_track"  # 2 200 against 2 195.58 on 1 March
    assert t.days_ahead == 1


def test_the_roadmap_plan_bends_at_the_decision(store):
    raised_store(store)
    text = export(Workspace(store), "md", Translator("fr"), TODAY).decode("utf-8")
    # up to the decision the milestones keep their values (1 Apr: 2 000 + 600 × 90/181),
    # then the line runs to 2 800 at the deadline
    assert "| 1er mars 2026 | 2\u202f196 | 2\u202f200 |" in text
    assert "| 1er avr. 2026 | 2\u202f298 |" in text
    assert "juil. 2026 | 2\u202f800 |" in text
