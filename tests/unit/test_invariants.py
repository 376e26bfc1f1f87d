"""The invariants every door enforces, each on both sides of its edge, with the key and the
values its message shows (the forms, ``log`` and ``import`` all read these)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from smart_tui.domain import invariants as inv
from smart_tui.domain.limits import DATE_MAX, DATE_MIN, TEXT_LIMITS, VALUE_LIMIT
from smart_tui.domain.models import (
    Adjustment,
    AdjustmentKind,
    Checkpoint,
    Direction,
    DomainError,
    GoalStatus,
    Priority,
    Profile,
    Snapshot,
    Unit,
)
from tests.conftest import smart_goal

TODAY = date(2026, 11, 27)
START = date(2026, 1, 1)


def refused(call, *args):
    with pytest.raises(DomainError) as caught:
        call(*args)
    return caught.value.key, caught.value.params


def test_days_in_range():
    inv.check_day(DATE_MIN)
    inv.check_day(DATE_MAX)
    before = DATE_MIN - timedelta(days=1)
    assert refused(inv.check_day, before) == (
        "error.date_range", {"text": before.isoformat(), "first": DATE_MIN, "last": DATE_MAX})
    assert refused(inv.check_day, DATE_MAX + timedelta(days=1))[0] == "error.date_range"


@pytest.mark.parametrize("value", [VALUE_LIMIT, -VALUE_LIMIT, 0])
def test_numbers_up_to_the_limit(value):
    inv.check_number(value)


@pytest.mark.parametrize("value", [VALUE_LIMIT * 2, -VALUE_LIMIT * 2, float("nan"),
                                   float("inf")])
def test_numbers_beyond_the_limit(value):
    """The refusal of the number parser, word for word: the value shown and the limit."""
    assert refused(inv.check_number, value) == (
        "error.number_range", {"text": f"{value:g}", "limit": VALUE_LIMIT})


@pytest.mark.parametrize(("unit", "value", "scale"), [
    (Unit.PERCENT, 0, None), (Unit.PERCENT, 100, None), (Unit.RATING, 0, None),
    (Unit.RATING, 5, None), (Unit.RATING, 10, 10), (Unit.RATING, 100, None),
    (Unit.COUNT, 0, None), (Unit.CURRENCY, 0, None), (None, -5, None),
])
def test_unit_values_accepted(unit, value, scale):
    inv.check_unit_value(unit, value, scale)


@pytest.mark.parametrize(("unit", "value", "scale", "key", "params"), [
    (Unit.PERCENT, -1, None, "error.checkpoint_percent", {"value": -1}),
    (Unit.PERCENT, 101, None, "error.checkpoint_percent", {"value": 101}),
    (Unit.RATING, -1, None, "error.checkpoint_rating", {"value": -1, "scale": 5}),
    (Unit.RATING, 6, 5, "error.checkpoint_rating", {"value": 6, "scale": 5}),
    (Unit.RATING, 101, None, "error.checkpoint_rating", {"value": 101, "scale": 100}),
    (Unit.COUNT, -1, None, "error.checkpoint_negative", {"value": -1}),
    (Unit.CURRENCY, -1, None, "error.checkpoint_negative", {"value": -1}),
    (Unit.COUNT, VALUE_LIMIT * 2, None, "error.number_range",
     {"text": "2e+12", "limit": VALUE_LIMIT}),
])
def test_unit_values_refused(unit, value, scale, key, params):
    assert refused(inv.check_unit_value, unit, value, scale) == (key, params)


def test_goal_scale_reads_the_larger_end():
    assert inv.goal_scale(smart_goal(unit=Unit.RATING, baseline=4, target=4.5)) == 5
    assert inv.goal_scale(smart_goal(unit=Unit.RATING, baseline=7, target=4)) == 10
    assert inv.goal_scale(smart_goal(unit=Unit.RATING, baseline=None, target=None)) == 5
    assert inv.goal_scale(smart_goal(unit=Unit.RATING, baseline=None, target=80)) == 100


def test_text_is_cleaned_and_limited():
    limit = TEXT_LIMITS["priority.title"]
    assert inv.check_text("priority.title", "  a\x07b  ") == "ab"
    assert inv.check_text("priority.title", "x" * limit) == "x" * limit
    assert refused(inv.check_text, "priority.title", "x" * (limit + 1)) == (
        "error.text_too_long", {"length": limit + 1, "limit": limit})
    assert inv.check_text("priority.problem", "a\nb") == "a\nb"  # multiline keeps lines


def test_profile_priority_goal_normalised_in_place():
    profile = Profile(name=" Atelier\x1b ", hours_per_week=0, budget_per_month=None)
    inv.normalize_profile(profile)
    assert profile.name == "Atelier"
    assert refused(inv.normalize_profile, Profile(hours_per_week=-1)) == (
        "error.resource_negative", {"value": -1})
    assert refused(inv.normalize_profile, Profile(budget_per_month=-2)) == (
        "error.resource_negative", {"value": -2})
    priority = Priority(" Ventes ", problem=" stagnent ")
    inv.normalize_priority(priority)
    assert (priority.title, priority.problem) == ("Ventes", "stagnent")
    assert refused(inv.normalize_priority, Priority(" \x07 ")) == ("error.required", {})
    goal = smart_goal(statement=" Gagner\x07 500 avis ", kpi=" avis ")
    inv.normalize_goal(goal)
    assert (goal.statement, goal.kpi) == ("Gagner 500 avis", "avis")


@pytest.mark.parametrize(("changes", "key"), [
    ({"deadline": START}, "error.deadline_before_start"),
    ({"deadline": START - timedelta(days=1)}, "error.deadline_before_start"),
    ({"unit": Unit.PERCENT, "target": 101}, "error.checkpoint_percent"),
    ({"unit": Unit.RATING, "baseline": -1, "target": 4}, "error.checkpoint_rating"),
    ({"baseline": -1}, "error.checkpoint_negative"),
    ({"budget_per_month": -1}, "error.resource_negative"),
    ({"hours_per_week": -1}, "error.resource_negative"),
    ({"start": date(1899, 12, 31), "deadline": None}, "error.date_range"),
    ({"start": None, "deadline": date(2101, 1, 1)}, "error.date_range"),
])
def test_goal_refused(changes, key):
    goal = smart_goal(**{"start": START, **changes})
    assert refused(inv.normalize_goal, goal)[0] == key


def test_goal_on_the_edges_accepted():
    inv.normalize_goal(smart_goal(start=START, deadline=START + timedelta(days=1)))
    inv.normalize_goal(smart_goal(unit=Unit.RATING, baseline=4, target=5))


def test_checkpoints():
    goal = smart_goal(start=START, unit=Unit.RATING, baseline=4, target=4.5)
    first = Checkpoint(START, 5, note=" ok\x07 ")
    inv.normalize_checkpoint(goal, first)  # on the start day, at the top of the scale
    assert first.note == "ok"
    early = START - timedelta(days=1)
    assert refused(inv.normalize_checkpoint, goal, Checkpoint(early, 4)) == (
        "error.checkpoint_before_start", {"date": early, "start": START})
    assert refused(inv.normalize_checkpoint, goal, Checkpoint(START, 5.5)) == (
        "error.checkpoint_rating", {"value": 5.5, "scale": 5})
    assert refused(inv.normalize_checkpoint, goal, Checkpoint(date(2101, 1, 1), 4))[0] == \
        "error.date_range"
    inv.check_new_checkpoint(goal, Checkpoint(TODAY, 4), TODAY)  # today is not the future
    tomorrow = TODAY + timedelta(days=1)
    assert refused(inv.check_new_checkpoint, goal, Checkpoint(tomorrow, 4), TODAY) == (
        "error.checkpoint_future", {"date": tomorrow})
    assert refused(inv.check_new_checkpoint, goal, Checkpoint(TODAY, 9), TODAY)[0] == \
        "error.checkpoint_rating"
    for status in (GoalStatus.ACHIEVED, GoalStatus.ABANDONED):
        goal.status = status
        assert refused(inv.check_new_checkpoint, goal, Checkpoint(TODAY, 4), TODAY) == (
            "error.goal_closed", {"status": status.value})
    goal.status = GoalStatus.MISSED  # a missed goal can still be measured
    inv.check_new_checkpoint(goal, Checkpoint(TODAY, 4), TODAY)


def test_adjustment_note_and_date():
    adjustment = Adjustment(TODAY, AdjustmentKind.OTHER, note=" vu\x07 ")
    inv.normalize_adjustment(adjustment)
    assert adjustment.note == "vu"
    assert refused(inv.normalize_adjustment,
                   Adjustment(date(2101, 1, 1), AdjustmentKind.OTHER))[0] == "error.date_range"


def test_raise_must_go_further():
    up = smart_goal(target=2600)
    inv.check_raise(up, 2601)
    assert refused(inv.check_raise, up, 2600) == (
        "error.raise_not_higher", {"target": 2600, "current": 2600})
    down = smart_goal(direction=Direction.DECREASE, baseline=50, target=30)
    inv.check_raise(down, 29)
    assert refused(inv.check_raise, down, 30) == (
        "error.raise_not_lower", {"target": 30, "current": 30})
    inv.check_raise(smart_goal(target=None), 10)
    rating = smart_goal(unit=Unit.RATING, baseline=4, target=4.5)
    assert refused(inv.check_raise, rating, 6) == (
        "error.checkpoint_rating", {"value": 6, "scale": 5})
    assert refused(inv.check_raise, smart_goal(unit=Unit.PERCENT, baseline=1, target=2),
                   101)[0] == "error.checkpoint_percent"


def test_extend_must_be_later():
    goal = smart_goal(start=START, deadline=date(2026, 7, 1))
    inv.check_extend(goal, date(2026, 7, 2))
    assert refused(inv.check_extend, goal, date(2026, 7, 1)) == (
        "error.extend_not_later", {"deadline": date(2026, 7, 1)})
    open_ended = smart_goal(start=START, deadline=None)
    inv.check_extend(open_ended, START + timedelta(days=1))
    assert refused(inv.check_extend, open_ended, START) == ("error.deadline_before_start", {})
    assert refused(inv.check_extend, open_ended, date(2101, 1, 1))[0] == "error.date_range"


def test_activation():
    inv.check_activation([])
    assert refused(inv.check_activation, ["achievable"]) == (
        "error.not_smart", {"criteria": ["achievable"]})


def _doc(**goal_changes):
    goal = smart_goal(start=START, **goal_changes)
    return Snapshot(profile=Profile(name="A"), priorities=[Priority("P")], goals=[goal])


@pytest.mark.parametrize(("doc", "where", "problem"), [
    (Snapshot(profile=Profile(hours_per_week=-1)), "profile", "error.resource_negative"),
    (Snapshot(priorities=[Priority("ok"), Priority("")]), "priorities[1]", "error.required"),
    (_doc(baseline=-1), "goals[0]", "error.checkpoint_negative"),
    (_doc(checkpoints=[Checkpoint(TODAY, 1), Checkpoint(TODAY + timedelta(days=1), 2)]),
     "goals[0].checkpoints[1]", "error.checkpoint_future"),
    (_doc(checkpoints=[Checkpoint(START - timedelta(days=1), 1)]), "goals[0].checkpoints[0]",
     "error.checkpoint_before_start"),
    (_doc(adjustments=[Adjustment(date(2101, 1, 1), AdjustmentKind.OTHER)]),
     "goals[0].adjustments[0]", "error.date_range"),
])
def test_a_document_names_the_first_faulty_place(doc, where, problem):
    with pytest.raises(inv.DocumentError) as caught:
        inv.check_snapshot(doc, TODAY)
    error = caught.value
    assert (error.key, error.params, error.where, error.problem) == (
        "error.import_invalid", {"where": where}, where, problem)


def test_a_document_keeps_the_last_checkpoint_of_each_date():
    doc = _doc(checkpoints=[Checkpoint(date(2026, 3, 1), 1), Checkpoint(date(2026, 2, 1), 2),
                            Checkpoint(date(2026, 3, 1), 3), Checkpoint(TODAY, 4)])
    assert inv.check_snapshot(doc, TODAY) == 1
    assert [(c.date, c.value) for c in doc.goals[0].checkpoints] == [
        (date(2026, 2, 1), 2), (date(2026, 3, 1), 3), (TODAY, 4)]
    two = Snapshot(goals=[smart_goal(start=START, checkpoints=[Checkpoint(START, 1)] * 2),
                          smart_goal(start=START, checkpoints=[Checkpoint(START, 1)] * 3)])
    assert inv.check_snapshot(two, TODAY) == 3


def test_a_document_error_keeps_the_values_of_the_problem():
    future = TODAY + timedelta(days=1)
    with pytest.raises(inv.DocumentError) as caught:
        inv.check_snapshot(_doc(checkpoints=[Checkpoint(future, 1)]), TODAY)
    assert caught.value.problem_params == {"date": future}
    with pytest.raises(inv.DocumentError) as caught:
        inv.check_snapshot(_doc(baseline=-3), TODAY)
    assert caught.value.problem_params == {"value": -3}


@pytest.mark.parametrize("changes", [{"kpi": ""}, {"kpi": "  "}, {"target": None},
                                     {"kpi": "", "target": None, "unit": None}])
def test_a_goal_without_kpi_or_target_takes_no_new_checkpoint(changes):
    goal = smart_goal(status=GoalStatus.DRAFT, **changes)
    assert not inv.measurable(goal)
    assert refused(inv.check_new_checkpoint, goal, Checkpoint(TODAY, 4), TODAY) == (
        "error.not_measurable", {})


def test_a_goal_with_its_kpi_and_target_is_measurable_even_without_unit_or_baseline():
    for goal in (smart_goal(status=GoalStatus.DRAFT), smart_goal(unit=None, baseline=None)):
        assert inv.measurable(goal)
        inv.check_new_checkpoint(goal, Checkpoint(TODAY, 4), TODAY)


def test_a_backup_keeps_the_checkpoints_of_a_goal_that_cannot_be_measured():
    """An older file may hold them: a restore loses nothing, only new ones are refused."""
    doc = _doc(status=GoalStatus.DRAFT, kpi="", target=None,
               checkpoints=[Checkpoint(date(2026, 3, 1), 12)])
    assert inv.check_snapshot(doc, TODAY) == 0
    assert [(c.date, c.value) for c in doc.goals[0].checkpoints] == [(date(2026, 3, 1), 12)]
