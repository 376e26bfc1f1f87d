"""A rating goal's values are checked against the goal's scale (read from its larger end),
not each value's own: a −1 on a goal out of 10 is refused "between 0 and 10", not "0 and 5".
The same scale bounds a measure and a raised target."""

from __future__ import annotations

from datetime import date

import pytest

from smart_tui.domain import invariants as inv
from smart_tui.domain.models import Checkpoint, DomainError, Unit
from tests.conftest import smart_goal

START = date(2026, 1, 1)


def _rating(baseline, target):
    return smart_goal(start=START, unit=Unit.RATING, baseline=baseline, target=target)


def _refusal(call, *args):
    with pytest.raises(DomainError) as caught:
        call(*args)
    return caught.value.key, caught.value.params


@pytest.mark.parametrize(("baseline", "target", "value", "scale"), [
    (-1, 4, -1, 5),       # out of 5
    (-1, 7, -1, 10),      # out of 10: the target sets the scale of the baseline too
    (7, -1, -1, 10),
    (-1, 50, -1, 100),
    (-0.5, 10, -0.5, 10),
    (150, 4, 150, 100),   # beyond 100: refused against the largest scale
    (4, 101, 101, 100),
])
def test_rating_goal_refused_against_its_scale(baseline, target, value, scale):
    assert _refusal(inv.normalize_goal, _rating(baseline, target)) == (
        "error.checkpoint_rating", {"value": value, "scale": scale})


@pytest.mark.parametrize(("baseline", "target"), [
    (0, 5), (4, 10), (10, 0), (0, 100), (None, 7), (4.1, 4.6),
])
def test_rating_goal_accepted(baseline, target):
    inv.normalize_goal(_rating(baseline, target))


@pytest.mark.parametrize(("value", "refusal"), [
    (-1, ("error.checkpoint_rating", {"value": -1, "scale": 10})),
    (0, None),
    (10, None),
    (10.5, ("error.checkpoint_rating", {"value": 10.5, "scale": 10})),
])
def test_rating_measure_against_the_goal_scale(value, refusal):
    goal = _rating(4, 7)
    checkpoint = Checkpoint(date(2026, 2, 1), value)
    if refusal is None:
        inv.normalize_checkpoint(goal, checkpoint)
    else:
        assert _refusal(inv.normalize_checkpoint, goal, checkpoint) == refusal


@pytest.mark.parametrize(("target", "refusal"), [
    (10, None),
    (10.5, ("error.checkpoint_rating", {"value": 10.5, "scale": 10})),
    (7, ("error.raise_not_higher", {"target": 7, "current": 7})),
])
def test_rating_raise_within_the_goal_scale(target, refusal):
    goal = _rating(4, 7)
    if refusal is None:
        inv.check_raise(goal, target)
    else:
        assert _refusal(inv.check_raise, goal, target) == refusal


@pytest.mark.parametrize(("unit", "baseline", "target", "refusal"), [
    # other units ignore any scale: a count may go past 100, a rate may not
    (Unit.COUNT, 50, 500, None),
    (Unit.CURRENCY, 0, 1000, None),
    (Unit.PERCENT, 1, 100, None),
    (Unit.PERCENT, 1, 101, ("error.checkpoint_percent", {"value": 101})),
    (Unit.COUNT, -1, 500, ("error.checkpoint_negative", {"value": -1})),
])
def test_other_units_have_no_scale(unit, baseline, target, refusal):
    goal = smart_goal(start=START, unit=unit, baseline=baseline, target=target)
    if refusal is None:
        inv.normalize_goal(goal)
    else:
        assert _refusal(inv.normalize_goal, goal) == refusal
