"""The fix a too-fast goal is offered: a target a person would say, a deadline at a month's end.

Each case is worked by hand in its comment; the rounding rules of ``_nice`` (step 0.1 under 10
and for rates and ratings, 1 under 100, else two significant digits, always toward the
baseline) and the ten-year cap on a proposed deadline are pinned on both sides.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from smart_tui.domain.achievable import _nice, fixes, pace_check
from smart_tui.domain.models import Direction, Unit
from tests.conftest import smart_goal

START = date(2026, 1, 1)


@pytest.mark.parametrize(("value", "baseline", "unit", "expected"), [
    (10.37, 5, None, 10),          # 10 and above: whole units
    (9.87, 5, None, 9.8),          # under 10: tenths
    (57.8, 40, None, 57),          # under 100: whole units, down toward the baseline
    (2345, 2000, None, 2300),      # two significant digits
    (799.6, 1000, None, 800),      # a decrease rounds up, toward the baseline
    (45.67, 40, Unit.RATING, 45.6),    # a rating (even out of 100) keeps its tenths
    (26.57, 20, Unit.PERCENT, 26.5),   # a rate keeps its tenths
    (4.125, 4.1, Unit.RATING, 4.12),   # rounding would give the baseline: two decimals
])
def test_nice_rounds_toward_the_baseline(value, baseline, unit, expected):
    assert _nice(value, baseline, unit) == expected


def _goal(**changes):
    return smart_goal(start=START, **changes)


def test_fix_of_a_decrease_goes_down():
    # 1 000 -> 500 in 61 days (2.004 months): 24.95 % a month, a warning.
    goal = _goal(baseline=1000, target=500, direction=Direction.DECREASE,
                 deadline=START + timedelta(days=61))
    check = pace_check(goal, START)
    assert check.code == "pace_fast"
    # 10 % a month for 2.004 months: −200.4 -> 799.6 -> 800 (toward the baseline)
    assert check.params["fix_target"] == 800
    # 50 % at 10 % a month: 5 months = 152.2 days -> 153 -> 3 June -> the month's end
    assert check.params["fix_deadline"] == date(2026, 6, 30)


def test_fix_deadline_is_the_end_of_the_month_reached():
    # +49 % at 10 % a month: 4.9 months = 149.16 days -> 150 days -> 31 May
    goal = _goal(baseline=1000, target=1490, deadline=START + timedelta(days=61))
    assert fixes(goal, START, 10)["fix_deadline"] == date(2026, 5, 31)


def test_fix_of_a_rate_keeps_tenths():
    # 20 % -> 30 % in 100 days (3.285 months): 15.2 % a month; at 10 %: 20 + 6.57 = 26.57
    goal = _goal(unit=Unit.PERCENT, baseline=20, target=30, deadline=START + timedelta(days=100))
    assert pace_check(goal, START).params["fix_target"] == 26.5


@pytest.mark.parametrize(("target", "has_deadline"), [
    (1300, False),  # ×13: 120 months at 10 % = 3 652.8 days, beyond ten years of 365 days
    (1290, True),   # 119 months = 3 622.4 days: within
])
def test_no_deadline_fix_beyond_ten_years(target, has_deadline):
    goal = _goal(baseline=100, target=target, deadline=START + timedelta(days=761))
    assert ("fix_deadline" in fixes(goal, START, 10)) is has_deadline
