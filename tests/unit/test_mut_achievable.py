"""Achievable's edges that the other tables leave open: the two-significant-digit rounding
from 100 upward (a decrease rounds *up*, toward the baseline), a proposed deadline exactly
ten years (3 650 days) away, the findings without a pace, and the resources each lever
needs with the values their messages receive."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from smart_tui.domain.achievable import Check, _nice, pace_check, resource_check
from smart_tui.domain.levers import LEVER_RESOURCES
from smart_tui.domain.models import Direction, Lever
from tests.conftest import smart_goal

START = date(2026, 1, 1)


@pytest.mark.parametrize(("value", "baseline", "expected"), [
    (99.5, 200, 100),    # under 100: whole units, up toward a higher baseline
    (100.5, 200, 110),   # from 100: two significant digits, up to 110 (not 101)
    (100.5, 50, 100),    # toward a lower baseline: down to 100
    (109.5, 50, 100),
    (110.5, 200, 120),
])
def test_nice_from_100_keeps_two_significant_digits(value, baseline, expected):
    assert _nice(value, baseline, None) == expected


@pytest.mark.parametrize(("days", "code", "fix_target"), [
    # 200 -> 50 at 10 % a month of 200 (20 a month): 200 - 20 × days / 30.44
    (151, "pace_fast", 110),   # 100.79 -> up toward 200: 110
    (152, "pace_fast", 110),   # 100.13 -> 110
    (153, "pace_fast", 100),   # 99.47 -> whole units: 100
])
def test_fix_target_of_a_decrease_near_100(days, code, fix_target):
    goal = smart_goal(start=START, baseline=200, target=50, direction=Direction.DECREASE,
                      deadline=START + timedelta(days=days))
    check = pace_check(goal, START)
    assert (check.verdict, check.code) == ("warn", code)
    assert check.params["fix_target"] == fix_target


@pytest.mark.parametrize(("target", "fix_deadline"), [
    # 761 -> target at 10 % of 761 a month: (target − 761) / 76.1 months of 30.44 days,
    # that is (target − 761) × 0.4 days
    (9885, date(2035, 12, 31)),   # 3 649.6 days -> 3 650 -> 30 Dec 2035 -> month's end
    (9886, date(2035, 12, 31)),   # exactly 3 650 days (ten years of 365): still offered
    (9887, None),                 # 3 650.4 days: beyond, the hint gives the target only
])
def test_fix_deadline_up_to_ten_years_included(target, fix_deadline):
    goal = smart_goal(start=START, baseline=761, target=target,
                      deadline=START + timedelta(days=761))
    check = pace_check(goal, START)
    assert (check.verdict, check.code) == ("fail", "pace_too_fast")
    assert check.params["fix_target"] == 2600  # 761 + 10 % × 25 months = 2 663.5 -> 2 600
    assert check.params.get("fix_deadline") == fix_deadline


@pytest.mark.parametrize(("changes", "expected"), [
    ({"target": None}, None),
    ({"baseline": None}, Check("warn", "pace_unknown_baseline", {})),
    ({"deadline": None}, Check("warn", "pace_unknown_deadline", {})),
    ({"deadline": START}, Check("warn", "pace_unknown_deadline", {})),
    ({"deadline": START - timedelta(days=1)}, Check("warn", "pace_unknown_deadline", {})),
])
def test_no_pace_to_judge(changes, expected):
    check = pace_check(smart_goal(start=START, **changes), START)
    assert check == expected
    if check is not None:
        assert check.params == {}  # messages are rendered with these: a dict, never None


def test_every_lever_has_its_resources():
    assert set(LEVER_RESOURCES) == set(Lever)


@pytest.mark.parametrize(("lever", "budget", "hours", "code"), [
    (Lever.SEA, 300, None, None),
    (Lever.SEA, None, 3, "needs_budget"),
    (Lever.INFLUENCE, 0, 3, "needs_budget"),
    (Lever.CONTENT, None, 3, None),
    (Lever.CONTENT, 300, None, "needs_hours"),
    (Lever.MARKETPLACE, 300, 0, "needs_hours"),
    (Lever.SEO, 300, None, None),
    (Lever.SEO, None, 3, None),
    (Lever.SEO, None, None, "no_resources"),
    (Lever.WEBSITE, 0, 0, "no_resources"),
    (Lever.OTHER, None, None, "no_resources"),
])
@pytest.mark.parametrize("new_channel", [False, True])
def test_resources_each_lever_needs(lever, budget, hours, code, new_channel):
    goal = smart_goal(lever=lever, budget_per_month=budget, hours_per_week=hours)
    check = resource_check(goal, new_channel=new_channel)
    if code is None:
        assert check is None
    else:
        prefix = "new_channel_" if new_channel else ""
        assert check == Check("warn", prefix + code, {"lever": lever.value})
