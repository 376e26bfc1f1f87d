"""The SMART filter's verdicts with their codes and parameters, each rule on both sides of
its edge: the capacity a goal adds to the other goals' (equal is still within), the verdict
when nothing but the resources can be judged, and the values Relevant hands its messages."""

from __future__ import annotations

from datetime import date

import pytest

from smart_tui.domain.models import Category, Lever, Priority, PriorityStatus
from smart_tui.domain.smart import Capacity, CriterionResult, Verdict, achievable, assess
from smart_tui.i18n import Translator
from smart_tui.present import hint, reason
from tests.conftest import sales_priority, smart_goal

START = date(2026, 1, 1)
OK, WARN, FAIL = Verdict.OK, Verdict.WARN, Verdict.FAIL


def _achievable(capacity=None, **changes):
    return achievable(smart_goal(start=START, **changes), START, capacity)


# The smart goal: 2 000 -> 2 600 in six months (about 5 % a month, ok), 300 €/month, 3 h/week.
@pytest.mark.parametrize(("goal", "capacity", "expected"), [
    # hours: the other goals' hours plus this goal's, against the capacity; equal is within
    ({"hours_per_week": 3}, Capacity(hours_per_week=10, committed_hours=7), (OK, "ok", None)),
    ({"hours_per_week": 3}, Capacity(hours_per_week=10, committed_hours=7.5),
     (WARN, "over_hours", {"total": 10.5, "capacity": 10})),
    # a goal without hours adds none (not one)
    ({"hours_per_week": None}, Capacity(hours_per_week=10, committed_hours=10),
     (OK, "ok", None)),
    ({"hours_per_week": 0}, Capacity(hours_per_week=10, committed_hours=10), (OK, "ok", None)),
    ({"hours_per_week": None}, Capacity(hours_per_week=10, committed_hours=10.5),
     (WARN, "over_hours", {"total": 10.5, "capacity": 10})),
    # budget, likewise
    ({"budget_per_month": 300}, Capacity(budget_per_month=500, committed_budget=200),
     (OK, "ok", None)),
    ({"budget_per_month": 300}, Capacity(budget_per_month=500, committed_budget=201),
     (WARN, "over_budget", {"total": 501, "capacity": 500})),
    ({"budget_per_month": None}, Capacity(budget_per_month=500, committed_budget=500),
     (OK, "ok", None)),
    ({"budget_per_month": 0}, Capacity(budget_per_month=500, committed_budget=500),
     (OK, "ok", None)),
    ({"budget_per_month": None}, Capacity(budget_per_month=500, committed_budget=500.5),
     (WARN, "over_budget", {"total": 500.5, "capacity": 500})),
    # hours are judged first: both over, the hours are named
    ({}, Capacity(hours_per_week=2, budget_per_month=100),
     (WARN, "over_hours", {"total": 3, "capacity": 2})),
    # no capacity declared: nothing to exceed
    ({}, Capacity(committed_hours=100, committed_budget=10_000), (OK, "ok", None)),
])
def test_capacity_shared_with_the_other_goals(goal, capacity, expected):
    result = _achievable(capacity, **goal)
    verdict, code, params = expected
    assert (result.criterion, result.verdict, result.code) == ("achievable", verdict, code)
    if params is not None:
        assert result.params == params


# Without a target no pace exists (Measurable says so): the resources alone are judged.
@pytest.mark.parametrize(("changes", "expected"), [
    ({"lever": Lever.SEO}, CriterionResult("achievable", OK, "ok_resources")),
    ({"lever": Lever.SEA, "hours_per_week": None},
     CriterionResult("achievable", OK, "ok_resources")),
    ({"lever": Lever.CONTENT, "budget_per_month": None},
     CriterionResult("achievable", OK, "ok_resources")),
    ({"lever": Lever.SEA, "budget_per_month": None},
     CriterionResult("achievable", WARN, "needs_budget", {"lever": "sea"})),
    ({"lever": Lever.SEO, "budget_per_month": None, "hours_per_week": None},
     CriterionResult("achievable", WARN, "no_resources", {"lever": "seo"})),
    ({"lever": Lever.WEBSITE, "budget_per_month": 0, "hours_per_week": 0},
     CriterionResult("achievable", WARN, "no_resources", {"lever": "website"})),
])
def test_without_a_target_the_resources_decide(changes, expected):
    result = _achievable(target=None, **changes)
    assert result == expected
    assert result.params == expected.params  # {} for ok_resources, not None
    assert assess(smart_goal(start=START, target=None, **changes), sales_priority(id=1),
                  START).achievable == expected


@pytest.mark.parametrize(("changes", "expected"), [
    ({"baseline": None}, CriterionResult("achievable", WARN, "pace_unknown_baseline", {})),
    ({"deadline": START}, CriterionResult("achievable", WARN, "pace_unknown_deadline", {})),
    ({"baseline": 0, "budget_per_month": None, "hours_per_week": None},
     CriterionResult("achievable", WARN, "new_channel_no_resources", {"lever": "seo"})),
])
def test_unknown_pace_and_new_channel_results(changes, expected):
    assert _achievable(**changes) == expected


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("changes", [{"target": None}, {"baseline": None}])
def test_resources_only_and_unknown_baseline_render(lang, changes):
    tr = Translator(lang)
    result = _achievable(**changes)
    texts = [reason(tr, result)] + ([hint(tr, result)] if result.hint_key else [])
    for text in texts:
        assert text and text not in (result.reason_key, result.hint_key)
        assert "{" not in text and "None" not in text


def _relevant(priority=None, priorities=(), **changes):
    priority = priority or sales_priority(id=1)
    return assess(smart_goal(start=START, **changes), priority, START,
                  priorities=priorities).relevant


OTHERS = [
    sales_priority(id=1, position=0),
    Priority("Fédérer une communauté", category=Category.COMMUNITY, position=1, id=2),
]


@pytest.mark.parametrize(("changes", "priorities", "expected"), [
    ({"audience_present": None}, (),
     CriterionResult("relevant", WARN, "audience_unknown", {"lever": "seo"})),
    ({"audience_present": None, "lever": Lever.EMAIL}, (),
     CriterionResult("relevant", WARN, "audience_unknown", {"lever": "email"})),
    ({"audience_present": False, "lever": Lever.SEA}, (),
     CriterionResult("relevant", FAIL, "audience_absent", {"lever": "sea"})),
    # social media do not serve sales: the first category they serve is named...
    ({"lever": Lever.SOCIAL}, (), CriterionResult(
        "relevant", WARN, "unusual_lever",
        {"lever": "social", "category": "sales", "serves": "community"})),
    ({"lever": Lever.REPUTATION}, OTHERS[:1], CriterionResult(
        "relevant", WARN, "unusual_lever",
        {"lever": "reputation", "category": "sales", "serves": "reputation"})),
    # ... or the priority they do serve, when there is one
    ({"lever": Lever.SOCIAL}, OTHERS, CriterionResult(
        "relevant", WARN, "unusual_lever_move",
        {"lever": "social", "category": "sales", "suggest": "Fédérer une communauté"})),
    ({"audience_present": True}, OTHERS, CriterionResult("relevant", OK, "ok")),
])
def test_relevant_results_and_their_values(changes, priorities, expected):
    assert _relevant(priorities=priorities, **changes) == expected


def test_an_archived_suggestion_is_not_offered():
    archived = Priority("Fédérer une communauté", category=Category.COMMUNITY,
                        status=PriorityStatus.ARCHIVED, position=1, id=2)
    assert _relevant(priorities=[OTHERS[0], archived], lever=Lever.SOCIAL).code \
        == "unusual_lever"
