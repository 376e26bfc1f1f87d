"""Every threshold and date edge, pinned on both sides with exact numbers.

Values are integers or fractions that floating point holds exactly, so a test lands *on*
the threshold, not a rounding error away from it: 761 days are exactly 25 months of
``DAYS_PER_MONTH`` (761 / 30.44 == 25.0), 2.5 / 25 == 0.1 == RATING_WARN, 5 / 100 ==
0.05 == TOLERANCE. A mutation that moves a constant or flips ``>`` to ``>=`` fails here.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from smart_tui.domain import achievable, smart
from smart_tui.domain.achievable import PACE_FAIL, PACE_WARN, RATING_FAIL, RATING_WARN
from smart_tui.domain.dates import DateError, parse_date
from smart_tui.domain.limits import MAX_ABS_NUMBER
from smart_tui.domain.models import DAYS_PER_MONTH, Cadence, Direction, GoalStatus, Unit
from smart_tui.domain.numbers import NumberError, NumberRangeError, parse_number
from smart_tui.domain.smart import MAX_HORIZON_YEARS, MIN_HORIZON_DAYS, Verdict, assess
from smart_tui.domain.trajectory import TOLERANCE, Point, TrajectoryStatus, compute
from tests.conftest import sales_priority, smart_goal

START = date(2026, 1, 1)
MONTHS_25 = START + timedelta(days=761)  # exactly 25.0 months of DAYS_PER_MONTH


def test_the_exact_values_are_exact():
    """The premises of the tables below: if these move, the tables no longer sit on the edge."""
    assert 761 / DAYS_PER_MONTH == 25.0
    assert (PACE_WARN, PACE_FAIL, RATING_WARN, RATING_FAIL) == (10, 25, 0.1, 0.25)
    assert RATING_WARN == 2.5 / 25 and RATING_FAIL == 6.25 / 25
    assert TOLERANCE == 5 / 100 and 100 * TOLERANCE / 100 == TOLERANCE
    assert (MIN_HORIZON_DAYS, MAX_HORIZON_YEARS) == (14, 2)


# -- Achievable: the pace, in % of the baseline per month ---------------------------------

@pytest.mark.parametrize(("target", "verdict", "code", "pace"), [
    (3499, "ok", "ok", 9.996),        # 2 499 / 1 000 / 25 months = 9.996 %
    (3500, "ok", "ok", 10.0),         # exactly PACE_WARN: still ok
    (3501, "warn", "pace_fast", 10.004),
    (7249, "warn", "pace_fast", 24.996),
    (7250, "warn", "pace_fast", 25.0),  # exactly PACE_FAIL: still a warning
    (7251, "fail", "pace_too_fast", 25.004),
])
def test_pace_thresholds(target, verdict, code, pace):
    goal = smart_goal(baseline=1000, target=target, start=START, deadline=MONTHS_25)
    check = achievable.pace_check(goal, START)
    assert (check.verdict, check.code) == (verdict, code)
    assert check.params["pace"] == pytest.approx(pace, abs=1e-9)
    assert check.params["months"] == 25.0
    limit = PACE_FAIL if verdict == "fail" else PACE_WARN
    assert check.params["pace_limit"] == limit
    result = smart.achievable(goal, START)
    assert (result.verdict, result.code) == (Verdict(verdict), code)


@pytest.mark.parametrize(("target", "verdict", "code"), [
    (4250, "ok", "ok"),  # decreasing, the pace counts the same: 750 / 1 000 / 25 = 3 %
    (0, "ok", "ok"),     # −100 % over 25 months is 4 % a month
])
def test_pace_of_a_decrease_is_its_size(target, verdict, code):
    goal = smart_goal(baseline=5000, target=target, direction=Direction.DECREASE,
                      start=START, deadline=MONTHS_25)
    check = achievable.pace_check(goal, START)
    assert (check.verdict, check.code) == (verdict, code)


@pytest.mark.parametrize(("value", "verdict"), [
    (PACE_WARN - 2**-20, "ok"), (PACE_WARN, "ok"), (PACE_WARN + 2**-20, "warn"),
    (PACE_FAIL - 2**-20, "warn"), (PACE_FAIL, "warn"), (PACE_FAIL + 2**-20, "fail"),
])
def test_pace_verdict_on_each_side(value, verdict):
    assert achievable.pace_verdict(value, PACE_WARN, PACE_FAIL) == verdict


@pytest.mark.parametrize(("target", "verdict", "code", "limit"), [
    (3.25, "ok", "ok_rating", RATING_WARN),    # 2.25 stars / 25 months = 0.09
    (3.5, "ok", "ok_rating", RATING_WARN),     # exactly 0.1 a month
    (3.75, "warn", "rating_fast", RATING_WARN),
    (7.25, "warn", "rating_fast", RATING_WARN),   # exactly 0.25 a month
    (7.5, "fail", "rating_too_fast", RATING_FAIL),
])
def test_rating_thresholds(target, verdict, code, limit):
    goal = smart_goal(unit=Unit.RATING, baseline=1, target=target, start=START,
                      deadline=MONTHS_25, kpi="note Google")
    check = achievable.pace_check(goal, START)
    assert (check.verdict, check.code, check.params["limit_stars"]) == (verdict, code, limit)
    assert check.params["stars"] == (target - 1) / 25


def test_a_fix_offers_the_target_at_the_warning_pace():
    # 1 000 at 10 % a month for 25 months: + 2 500 -> 3 500 (a figure a person says)
    goal = smart_goal(baseline=1000, target=9000, start=START, deadline=MONTHS_25)
    check = achievable.pace_check(goal, START)
    assert check.code == "pace_too_fast"
    assert check.params["fix_target"] == 3500
    # 8 000 / 1 000 * 100 / 10 = 80 months = 2 435.2 days -> 2 436 days, then the month's end
    assert check.params["fix_deadline"] == date(2032, 9, 30)


@pytest.mark.parametrize(("deadline", "code"), [
    (START, "pace_unknown_deadline"),
    (START + timedelta(days=1), "pace_too_fast"),
])
def test_pace_needs_a_deadline_after_the_start(deadline, code):
    goal = smart_goal(baseline=1000, target=1100, start=START, deadline=deadline)
    assert achievable.pace_check(goal, START).code == code


# -- Time-bound: horizons, the deadline day ------------------------------------------------

@pytest.mark.parametrize(("days", "verdict", "code"), [
    (13, Verdict.WARN, "too_short"),
    (14, Verdict.OK, "ok"),
    (15, Verdict.OK, "ok"),
])
def test_shortest_horizon(days, verdict, code):
    goal = smart_goal(start=START, deadline=START + timedelta(days=days), baseline=2000,
                      target=2010)
    result = assess(goal, sales_priority(id=1), START).time_bound
    assert (result.verdict, result.code) == (verdict, code)
    if code == "too_short":
        assert result.params == {"days": days, "min_days": MIN_HORIZON_DAYS}


@pytest.mark.parametrize(("deadline", "verdict", "code"), [
    (date(2027, 12, 31), Verdict.OK, "ok"),
    (date(2028, 1, 1), Verdict.OK, "ok"),          # exactly two years
    (date(2028, 1, 2), Verdict.WARN, "too_long"),
])
def test_longest_horizon(deadline, verdict, code):
    goal = smart_goal(start=START, deadline=deadline)
    result = assess(goal, sales_priority(id=1), START).time_bound
    assert (result.verdict, result.code) == (verdict, code)
    if code == "too_long":
        assert result.params["max_years"] == MAX_HORIZON_YEARS
        assert result.params["days"] == 731


@pytest.mark.parametrize(("today", "code"), [
    (date(2026, 6, 30), "ok"),
    (date(2026, 7, 1), "ok"),     # the deadline day itself is not past
    (date(2026, 7, 2), "past"),
])
def test_past_deadline(today, code):
    goal = smart_goal(start=START, deadline=date(2026, 7, 1))
    assert assess(goal, sales_priority(id=1), today).time_bound.code == code


def test_a_closed_goal_is_never_past():
    goal = smart_goal(start=START, deadline=date(2026, 7, 1), status=GoalStatus.ACHIEVED)
    assert assess(goal, sales_priority(id=1), date(2026, 7, 2)).time_bound.code == "ok"


# -- Trajectory: achieved, missed, tolerance, due, needed pace -----------------------------

DEADLINE = date(2026, 4, 11)  # 100 days after START
HALF = START + timedelta(days=50)


def _goal(**changes):
    return smart_goal(**{"start": START, "deadline": DEADLINE, "baseline": 0, "target": 100,
                         **changes})


@pytest.mark.parametrize(("direction", "baseline", "target", "value", "status"), [
    (Direction.INCREASE, 0, 100, 100, TrajectoryStatus.ACHIEVED),
    (Direction.INCREASE, 0, 100, 101, TrajectoryStatus.ACHIEVED),
    (Direction.INCREASE, 0, 100, 99, TrajectoryStatus.ON_TRACK),
    (Direction.DECREASE, 100, 0, 0, TrajectoryStatus.ACHIEVED),
    (Direction.DECREASE, 100, 0, -1, TrajectoryStatus.ACHIEVED),
    (Direction.DECREASE, 100, 0, 1, TrajectoryStatus.ON_TRACK),
])
def test_exactly_at_target_is_achieved(direction, baseline, target, value, status):
    goal = _goal(direction=direction, baseline=baseline, target=target)
    # on the deadline, where the plan expects the target
    t = compute(goal, [Point(DEADLINE, value)], DEADLINE)
    assert t.status == status


@pytest.mark.parametrize(("today", "status"), [
    (DEADLINE - timedelta(days=1), TrajectoryStatus.BEHIND),
    (DEADLINE, TrajectoryStatus.BEHIND),           # the deadline day: still time
    (DEADLINE + timedelta(days=1), TrajectoryStatus.MISSED),
])
def test_missed_starts_the_day_after_the_deadline(today, status):
    t = compute(_goal(), [Point(HALF, 10)], today)
    assert t.status == status


@pytest.mark.parametrize(("value", "status"), [
    (4, TrajectoryStatus.ON_TRACK),
    (5, TrajectoryStatus.AHEAD),      # progress 0.05, expected 0: exactly +TOLERANCE
    (6, TrajectoryStatus.AHEAD),
])
def test_ahead_from_exactly_five_points(value, status):
    t = compute(_goal(), [Point(START, value)], START)
    assert t.expected_progress == 0.0
    assert t.progress == value / 100
    assert t.status == status


@pytest.mark.parametrize(("value", "status"), [
    (-1, TrajectoryStatus.BEHIND),
    (0, TrajectoryStatus.BEHIND),     # progress 0, expected 0.05: exactly −TOLERANCE
    (1, TrajectoryStatus.ON_TRACK),
])
def test_behind_from_exactly_five_points(value, status):
    day5 = START + timedelta(days=5)  # 5 / 100 days: the plan expects exactly 0.05
    t = compute(_goal(), [Point(day5, value)], day5)
    assert t.expected_progress == TOLERANCE
    assert t.status == status


@pytest.mark.parametrize(("today", "due"), [
    (date(2026, 1, 7), False),
    (date(2026, 1, 8), True),         # the first weekly checkpoint is due on its day
    (date(2026, 1, 9), True),
])
def test_a_checkpoint_due_today_is_due(today, due):
    t = compute(_goal(cadence=Cadence.WEEKLY), [], today)
    assert t.next_checkpoint == date(2026, 1, 8)
    assert t.due is due


def test_the_deadline_checkpoint_is_due_on_the_deadline():
    goal = _goal(deadline=START + timedelta(days=20), cadence=Cadence.MONTHLY)
    assert compute(goal, [], goal.deadline - timedelta(days=1)).due is False
    t = compute(goal, [], goal.deadline)
    assert (t.next_checkpoint, t.due) == (goal.deadline, True)


@pytest.mark.parametrize(("today", "pace", "period"), [
    (DEADLINE - timedelta(days=7), 90.0, Cadence.WEEKLY),   # 90 to go in one week
    (DEADLINE, None, None),                                  # the deadline day: no pace
    (DEADLINE + timedelta(days=1), None, None),
])
def test_needed_pace_up_to_the_deadline(today, pace, period):
    goal = _goal(cadence=Cadence.WEEKLY)
    t = compute(goal, [Point(HALF, 10)], today)
    assert (t.required_pace, t.pace_period) == (pace, period)


def test_needed_pace_per_month():
    goal = smart_goal(start=START, deadline=MONTHS_25, baseline=0, target=100,
                      cadence=Cadence.MONTHLY)
    t = compute(goal, [Point(START, 50)], START)
    assert (t.required_pace, t.pace_period) == (2.0, Cadence.MONTHLY)  # 50 in 25 months


def test_a_checkpoint_after_the_deadline():
    late = DEADLINE + timedelta(days=10)
    t = compute(_goal(), [Point(late, 50)], late)
    assert t.expected_progress == 1.0  # the plan stops at the target: never above 100 %
    assert t.progress == 0.5
    assert t.status == TrajectoryStatus.MISSED
    assert t.next_checkpoint is None and t.due is False
    assert t.days_ahead == 50 - 110


def test_a_checkpoint_before_the_start_expects_nothing():
    early = START - timedelta(days=10)
    t = compute(_goal(), [Point(early, 0)], START)
    assert t.expected_progress == 0.0


# -- Dates typed by people ----------------------------------------------------------------

ON_27_NOV = date(2026, 11, 27)


@pytest.mark.parametrize(("text", "today", "future", "past"), [
    ("27/11", ON_27_NOV, date(2026, 11, 27), date(2026, 11, 27)),  # today, both ways
    ("27 novembre", ON_27_NOV, date(2026, 11, 27), date(2026, 11, 27)),
    ("November 27", ON_27_NOV, date(2026, 11, 27), date(2026, 11, 27)),
    ("26/11", ON_27_NOV, date(2027, 11, 26), date(2026, 11, 26)),
    ("28/11", ON_27_NOV, date(2026, 11, 28), date(2025, 11, 28)),
    ("31/12", ON_27_NOV, date(2026, 12, 31), date(2025, 12, 31)),
    ("31 décembre", ON_27_NOV, date(2026, 12, 31), date(2025, 12, 31)),
    ("December 31", ON_27_NOV, date(2026, 12, 31), date(2025, 12, 31)),
    ("December 31st", ON_27_NOV, date(2026, 12, 31), date(2025, 12, 31)),
    ("01/01", ON_27_NOV, date(2027, 1, 1), date(2026, 1, 1)),
    ("29/02", ON_27_NOV, date(2028, 2, 29), date(2024, 2, 29)),
    ("29 février", date(2028, 2, 29), date(2028, 2, 29), date(2028, 2, 29)),
    ("29/02", date(2028, 3, 1), date(2032, 2, 29), date(2028, 2, 29)),
    ("29/02", date(2028, 2, 28), date(2028, 2, 29), date(2024, 2, 29)),
    ("fin octobre", ON_27_NOV, date(2027, 10, 31), date(2026, 10, 31)),
    ("fin novembre", ON_27_NOV, date(2026, 11, 30), date(2025, 11, 30)),
    ("fin novembre", date(2026, 11, 30), date(2026, 11, 30), date(2026, 11, 30)),
    ("end of February", ON_27_NOV, date(2027, 2, 28), date(2026, 2, 28)),
    ("fin Q3", ON_27_NOV, date(2027, 9, 30), date(2026, 9, 30)),
    ("fin T4", ON_27_NOV, date(2026, 12, 31), date(2025, 12, 31)),
    ("fin du mois", ON_27_NOV, date(2026, 11, 30), date(2026, 11, 30)),
    ("fin 2027", ON_27_NOV, date(2027, 12, 31), date(2027, 12, 31)),
    ("fin d'année 2027", ON_27_NOV, date(2027, 12, 31), date(2027, 12, 31)),
    ("fin d'année", ON_27_NOV, date(2026, 12, 31), date(2026, 12, 31)),
    ("end of year", ON_27_NOV, date(2026, 12, 31), date(2026, 12, 31)),
    ("fin juin 2027", ON_27_NOV, date(2027, 6, 30), date(2027, 6, 30)),
    ("Q2 2027", ON_27_NOV, date(2027, 6, 30), date(2027, 6, 30)),
    ("aujourd'hui", ON_27_NOV, ON_27_NOV, ON_27_NOV),
    ("demain", ON_27_NOV, date(2026, 11, 28), date(2026, 11, 28)),
    ("hier", ON_27_NOV, date(2026, 11, 26), date(2026, 11, 26)),
    ("d'ici 3 mois", date(2026, 11, 30), date(2027, 2, 28), date(2027, 2, 28)),
    ("dans 2 semaines", ON_27_NOV, date(2026, 12, 11), date(2026, 12, 11)),
    ("10 jours", ON_27_NOV, date(2026, 12, 7), date(2026, 12, 7)),
    ("in 1 year", ON_27_NOV, date(2027, 11, 27), date(2027, 11, 27)),
    ("il y a 3 jours", ON_27_NOV, date(2026, 11, 24), date(2026, 11, 24)),
    ("2 weeks ago", ON_27_NOV, date(2026, 11, 13), date(2026, 11, 13)),
    ("2026-03-04", ON_27_NOV, date(2026, 3, 4), date(2026, 3, 4)),  # ISO, never day-first
    ("04/03/2026", ON_27_NOV, date(2026, 3, 4), date(2026, 3, 4)),
    ("4.3.26", ON_27_NOV, date(2026, 3, 4), date(2026, 3, 4)),
    ("avant le 1er juillet 2027", ON_27_NOV, date(2027, 7, 1), date(2027, 7, 1)),
])
def test_date_forms(text, today, future, past):
    assert parse_date(text, today, "future") == future
    assert parse_date(text, today, "past") == past


@pytest.mark.parametrize("text", ["31/02/2027", "30 février 2027", "32/01", "00/12", "12/13",
                                  "29/02/2027"])
def test_impossible_dates(text):
    with pytest.raises(DateError) as caught:
        parse_date(text, ON_27_NOV)
    assert caught.value.key == "error.date_impossible"


def test_date_length_limit():
    padded = "27/11".rjust(60)
    assert parse_date(padded, ON_27_NOV) == ON_27_NOV
    with pytest.raises(DateError):
        parse_date("27/11".rjust(61), ON_27_NOV)


# -- Numbers typed by people --------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("1,234,567", 1234567), ("1.234.567", 1234567), ("1'234", 1234), ("1'234.5", 1234.5),
    ("1'234,5", 1234.5), ("1 234 567", 1234567), ("1\u202f234,5", 1234.5),
    ("1,234.5", 1234.5), ("1.234,5", 1234.5), ("1,23", 1.23), ("1.2345", 1.2345),
    ("12,5", 12.5), ("-3", -3), ("−2", -2), ("+4", 4), ("15 %", 15), ("1 200 €", 1200),
    ("-0", 0), ("1000000000000", MAX_ABS_NUMBER),
])
def test_number_forms(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["1,2,3", "12 5", "12.5.6", "1,23,456", "1.234.56", "1e2",
                                  "nan", "inf", "", "-", "1'23", "٣"])
def test_number_refusals(text):
    with pytest.raises(NumberError):
        parse_number(text)


def test_number_range_limit():
    with pytest.raises(NumberRangeError):
        parse_number("1000000000001")
    assert parse_number("-1000000000000") == -MAX_ABS_NUMBER


def test_number_length_limit():
    assert parse_number("7".rjust(40)) == 7
    with pytest.raises(NumberError):
        parse_number("7".rjust(41))



@pytest.mark.parametrize(("text", "today", "future", "past"), [
    ("29/02", date(2025, 6, 1), date(2028, 2, 29), date(2024, 2, 29)),  # three years ahead
    ("29/02", date(2027, 6, 1), date(2028, 2, 29), date(2024, 2, 29)),  # three years back
    ("01/01/1900", ON_27_NOV, date(1900, 1, 1), date(1900, 1, 1)),        # the first year
    ("31/12/2100", ON_27_NOV, date(2100, 12, 31), date(2100, 12, 31)),    # the last year
])
def test_leap_days_and_the_years_a_plan_can_be_about(text, today, future, past):
    assert parse_date(text, today, "future") == future
    assert parse_date(text, today, "past") == past


@pytest.mark.parametrize("text", ["30/02", "31/04", "31 juin"])
def test_impossible_yearless_dates_say_so_with_the_text(text):
    with pytest.raises(DateError) as caught:
        parse_date(text, ON_27_NOV)
    assert (caught.value.key, caught.value.params["text"]) == ("error.date_impossible", text)


def test_out_of_range_year_names_the_text():
    from smart_tui.domain.dates import DateRangeError

    for text in ("31/12/1899", "01/01/2101"):
        with pytest.raises(DateRangeError) as caught:
            parse_date(text, ON_27_NOV)
        assert (caught.value.key, caught.value.params) == (
            "error.date_range", {"text": text, "first": date(1900, 1, 1),
                                 "last": date(2100, 12, 31)})


def test_number_errors_carry_what_the_message_shows():
    from smart_tui.domain.numbers import NumberUnitError

    with pytest.raises(NumberRangeError) as too_big:
        parse_number("1000000000001")
    assert too_big.value.params == {"text": "1000000000001", "limit": MAX_ABS_NUMBER}
    with pytest.raises(NumberUnitError) as wrong_sign:
        parse_number("12 %", Unit.COUNT)
    assert wrong_sign.value.params == {"text": "12 %", "sign": "%", "unit": "count"}
    with pytest.raises(NumberError) as not_text:
        parse_number(123)  # type: ignore[arg-type]
    assert not_text.value.params == {"text": "123"}
