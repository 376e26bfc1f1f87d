"""The SMART filter on the method's own examples (the eight levers, vague vs SMART)."""

from datetime import date

import pytest

from smart_tui.domain.levers import TEMPLATES, is_usual_lever
from smart_tui.domain.models import (
    Category,
    Direction,
    Goal,
    GoalStatus,
    Lever,
    Priority,
    PriorityStatus,
    Unit,
)
from smart_tui.domain.smart import Capacity, Verdict, assess, is_vague, monthly_pace
from smart_tui.i18n import Translator
from smart_tui.present import reason, smart_letters
from smart_tui.sentence import smart_sentence
from tests.conftest import sales_priority, smart_goal

TODAY = date(2026, 3, 1)
START_DAY = date(2026, 1, 1)


def verdicts(goal, priority=None, today=TODAY, capacity=None):
    priority = priority if priority is not None else sales_priority(id=1)
    a = assess(goal, priority, today, capacity)
    return {r.criterion: (r.verdict, r.code) for r in a.results()}


def test_the_seo_example_is_smart():
    a = assess(smart_goal(), sales_priority(id=1), TODAY)
    assert a.is_smart
    assert [r.verdict for r in a.results()] == [Verdict.OK] * 5
    assert smart_letters(a) == "SMART"


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.lever.value)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_lever_template_is_vague_then_smart(template, lang):
    """The vague wish fails Specific; the template's SMART version passes every criterion."""
    start = date(2026, 1, 1)
    vague = Goal(statement=template.intent[lang], lever=template.lever)
    assert verdicts(vague)["specific"] == (Verdict.FAIL, "vague")
    goal = Goal(
        intent=template.intent[lang], statement=template.statement[lang], lever=template.lever,
        kpi=template.kpi[lang], unit=template.unit, baseline=template.baseline,
        target=template.target, source=template.source[lang],
        budget_per_month=template.budget_per_month, hours_per_week=template.hours_per_week,
        rationale=template.rationale[lang], audience_present=True, start=start,
        deadline=date(2026, 1 + template.months, 1)
        if template.months < 12 else date(2027, 1, 1),
        priority_id=1,
    )
    category = next(
        c for c in Category if c != Category.OTHER and is_usual_lever(template.lever, c)
    )
    result = assess(goal, Priority("p", category=category, id=1), start)
    assert result.is_smart
    assert all(r.verdict == Verdict.OK for r in result.results()), result


def test_specific():
    assert verdicts(smart_goal(statement=""))["specific"] == (Verdict.FAIL, "no_statement")
    assert verdicts(smart_goal(statement="Être visible sur les réseaux sociaux"))["specific"] == (
        Verdict.FAIL, "vague")
    assert verdicts(smart_goal(statement="Boost our presence online"))["specific"][1] == "vague"
    # a figure makes a "vague" verb precise
    assert verdicts(smart_goal(statement="Accroître de 15 % les abonnés Instagram"))[
        "specific"][0] == Verdict.OK
    assert verdicts(smart_goal(kpi=""))["specific"] == (Verdict.WARN, "no_kpi")


def test_vague_lexicon_french_and_english():
    assert is_vague("améliorer la communication en ligne")
    assert is_vague("Be present on social networks")
    assert not is_vague("Vendre 100 produits par mois")
    assert not is_vague("Publier un article par semaine")  # no vague verb


def test_measurable():
    assert verdicts(smart_goal(kpi=""))["measurable"] == (Verdict.FAIL, "no_kpi")
    assert verdicts(smart_goal(target=None))["measurable"] == (Verdict.FAIL, "no_target")
    assert verdicts(smart_goal(target=2000))["measurable"] == (Verdict.FAIL, "target_is_baseline")
    assert verdicts(smart_goal(baseline=None))["measurable"] == (Verdict.WARN, "no_baseline")
    assert verdicts(smart_goal(source=""))["measurable"] == (Verdict.WARN, "no_source")
    assert verdicts(smart_goal(unit=None))["measurable"] == (Verdict.WARN, "no_unit")


def test_achievable_method_examples():
    # +50 % traffic in one month with no budget: not achievable
    rush = smart_goal(baseline=1000, target=1500, start=date(2026, 1, 1),
                      deadline=date(2026, 2, 1), budget_per_month=None, hours_per_week=None)
    assert verdicts(rush)["achievable"] == (Verdict.FAIL, "pace_too_fast")
    # +10 % in three months reworking SEO: achievable
    steady = smart_goal(baseline=1000, target=1100, start=date(2026, 1, 1),
                        deadline=date(2026, 4, 1))
    assert verdicts(steady)["achievable"][0] == Verdict.OK
    assert monthly_pace(steady, steady.start) == pytest.approx(10 / (90 / 30.44))


def test_achievable_thresholds_and_resources():
    fast = smart_goal(baseline=100, target=160, start=date(2026, 1, 1), deadline=date(2026, 4, 2))
    assert verdicts(fast)["achievable"] == (Verdict.WARN, "pace_fast")  # ~19.9 %/month
    assert verdicts(smart_goal(budget_per_month=None, hours_per_week=None))["achievable"] == (
        Verdict.WARN, "no_resources")
    # a baseline of 0 is a new channel, judged on the lever's resources (declared here)
    assert verdicts(smart_goal(baseline=0))["achievable"] == (Verdict.OK, "new_channel")
    assert verdicts(smart_goal(baseline=None))["achievable"] == (
        Verdict.WARN, "pace_unknown_baseline")


def test_achievable_decrease_goal_uses_absolute_change():
    goal = smart_goal(direction=Direction.DECREASE, baseline=40, target=30, unit=Unit.PERCENT,
                      kpi="taux de rebond", start=date(2026, 1, 1), deadline=date(2026, 12, 31))
    assert verdicts(goal)["achievable"][0] == Verdict.OK  # 25 % over 12 months


def test_achievable_capacity():
    capacity = Capacity(hours_per_week=5, budget_per_month=1000, committed_hours=4)
    assert verdicts(smart_goal(), capacity=capacity)["achievable"] == (Verdict.WARN, "over_hours")
    capacity = Capacity(hours_per_week=10, budget_per_month=500, committed_budget=300)
    assert verdicts(smart_goal(), capacity=capacity)["achievable"] == (Verdict.WARN, "over_budget")
    assert verdicts(smart_goal(), capacity=Capacity(10, 1000))["achievable"][0] == Verdict.OK


def test_relevant():
    goal = smart_goal()
    assert assess(goal, None, TODAY).relevant.code == "no_priority"
    assert assess(goal, None, TODAY).relevant.verdict == Verdict.FAIL
    archived = sales_priority(id=1, status=PriorityStatus.ARCHIVED)
    assert verdicts(goal, archived)["relevant"] == (Verdict.FAIL, "archived_priority")
    assert verdicts(smart_goal(rationale=" "))["relevant"] == (Verdict.WARN, "no_rationale")
    # The method: 100 000 YouTube views for a local clientele is not coherent
    local = Priority("Clients du quartier", category=Category.LOCAL_VISIBILITY, id=1)
    assert verdicts(smart_goal(lever=Lever.INFLUENCE), local)["relevant"] == (
        Verdict.WARN, "unusual_lever")
    assert verdicts(smart_goal(lever=Lever.OTHER), local)["relevant"][0] == Verdict.OK


def test_time_bound():
    assert verdicts(smart_goal(deadline=None))["time_bound"] == (Verdict.FAIL, "no_deadline")
    assert verdicts(smart_goal(deadline=date(2026, 1, 1)))["time_bound"] == (
        Verdict.FAIL, "before_start")
    past = verdicts(smart_goal(), today=date(2026, 8, 1))["time_bound"]
    assert past == (Verdict.WARN, "past")
    draft_past = verdicts(smart_goal(status=GoalStatus.DRAFT), today=date(2026, 8, 1))
    assert draft_past["time_bound"][0] == Verdict.OK
    assert verdicts(smart_goal(deadline=date(2026, 1, 10)), today=START_DAY)["time_bound"] == (
        Verdict.WARN, "too_short")
    assert verdicts(smart_goal(deadline=date(2028, 1, 2)))["time_bound"] == (
        Verdict.WARN, "too_long")


def test_a_goal_with_warnings_is_still_smart_but_not_with_a_failure():
    priority = sales_priority(id=1)
    assert assess(smart_goal(source=""), priority, TODAY).is_smart
    assert not assess(smart_goal(deadline=None), priority, TODAY).is_smart


def test_reasons_and_hints_render_in_both_languages():
    rush = smart_goal(baseline=1000, target=1500, deadline=date(2026, 2, 1))
    result = assess(rush, sales_priority(id=1), TODAY).achievable
    assert "par mois" in reason(Translator("fr"), result)
    assert "%" in reason(Translator("fr"), result)
    assert "a month" in reason(Translator("en"), result)


def test_sentence():
    goal = smart_goal(deadline=date(2026, 7, 1))
    assert smart_sentence(goal, Translator("fr")) == (
        "Sessions organiques par mois\u00a0: de 2\u202f000 à 2\u202f600 (+30\u00a0%) d'ici le "
        "1er juillet 2026, source\u00a0: Google Analytics."
    )
    assert smart_sentence(goal, Translator("en")) == (
        "Sessions organiques par mois: from 2,000 to 2,600 (+30%) by 1 July 2026, "
        "source: Google Analytics."
    )
    percent = smart_goal(unit=Unit.PERCENT, baseline=1, target=3, kpi="taux de conversion")
    assert "de 1\u00a0% à 3\u00a0% (+2 points)" in smart_sentence(percent, Translator("fr"))
    half = smart_goal(unit=Unit.PERCENT, baseline=22, target=23.5, kpi="taux d'ouverture")
    assert "(+1,5 point)" in smart_sentence(half, Translator("fr"))
    assert "(+1.5 points)" in smart_sentence(half, Translator("en"))
    assert smart_sentence(Goal(intent="Être visible"), Translator("fr")) == "Être visible"
