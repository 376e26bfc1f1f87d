"""Every reason and hint the SMART filter can give, rendered in both languages.

The results come from the domain itself (one scenario per code), so a parameter the rule
emits and the message forgets, or a message that names one the rule never sends, shows
here: no ``{`` may be left, and the numbers a user reads are there, written the way the
language writes them (the thresholds come from the rules' constants).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from smart_tui.domain.achievable import PACE_FAIL, PACE_WARN, RATING_FAIL, RATING_WARN
from smart_tui.domain.dates import DateError, DateRangeError, parse_date
from smart_tui.domain.models import Direction, Lever, PriorityStatus, Unit
from smart_tui.domain.smart import (
    HORIZON_STEP_MONTHS,
    MAX_HORIZON_YEARS,
    MIN_HORIZON_DAYS,
    Capacity,
    Verdict,
    assess,
)
from smart_tui.i18n import Translator
from smart_tui.messages import en, fr
from smart_tui.present import error_text, hint, reason
from tests.conftest import sales_priority, smart_goal

START = date(2026, 1, 1)
M25 = START + timedelta(days=761)  # 25 months exactly
NB = "\u00a0"


def _num(lang: str, text: str) -> str:
    """``1234.5`` written by hand for ``lang``: independent of the Translator."""
    integer, _, decimals = text.partition(".")
    groups = f"{int(integer):,}".replace(",", "\u202f" if lang == "fr" else ",")
    mark = "," if lang == "fr" else "."
    return groups + (mark + decimals if decimals else "")


def _pct(lang: str, text: str) -> str:
    return _num(lang, text) + (NB + "%" if lang == "fr" else "%")


def _g(value: float) -> str:
    return f"{value:g}"


# criterion, code, goal changes, priority changes, capacity, today, numbers shown (by hand)
SCENARIOS = [
    ("specific", "no_statement", {"statement": ""}, {}, None, START, []),
    ("specific", "vague", {"statement": "Être plus visible"}, {}, None, START, []),
    ("specific", "no_kpi", {"kpi": ""}, {}, None, START, []),
    ("measurable", "no_target", {"target": None}, {}, None, START, []),
    ("measurable", "target_is_baseline", {"target": 2000}, {}, None, START, []),
    ("measurable", "decrease_above_baseline", {"direction": Direction.DECREASE,
                                               "target": 2500}, {}, None, START,
     ["2500", "2000"]),
    ("measurable", "increase_below_baseline", {"target": 1500}, {}, None, START,
     ["1500", "2000"]),
    ("measurable", "no_baseline", {"baseline": None}, {}, None, START, []),
    ("measurable", "no_source", {"source": ""}, {}, None, START, []),
    ("measurable", "no_unit", {"unit": None}, {}, None, START, []),
    ("measurable", "ok_points", {"unit": Unit.PERCENT, "baseline": 1.5, "target": 3.5,
                                 "kpi": "taux de conversion"}, {}, None, START,
     ["1.5", "3.5"]),
    ("achievable", "ok", {"baseline": 1000, "target": 1500, "deadline": M25}, {}, None,
     START, ["2"]),
    ("achievable", "pace_fast", {"baseline": 1000, "target": 5000, "deadline": M25}, {},
     None, START, ["16", _g(PACE_WARN), "3500", "5000"]),
    ("achievable", "pace_too_fast", {"baseline": 1000, "target": 9000, "deadline": M25}, {},
     None, START, ["32", _g(PACE_FAIL), "3500", "9000"]),
    ("achievable", "ok_rating", {"unit": Unit.RATING, "baseline": 4, "target": 4.5,
                                 "deadline": M25}, {}, None, START, ["0.02", _g(RATING_WARN)]),
    ("achievable", "rating_fast", {"unit": Unit.RATING, "baseline": 1, "target": 5,
                                   "deadline": M25}, {}, None, START,
     ["0.16", _g(RATING_WARN), "3.5"]),
    ("achievable", "rating_too_fast", {"unit": Unit.RATING, "baseline": 1, "target": 9,
                                       "deadline": M25}, {}, None, START,
     ["0.32", _g(RATING_FAIL), "3.5"]),
    ("achievable", "pace_unknown_deadline", {"deadline": START}, {}, None, START, []),
    ("achievable", "new_channel", {"baseline": 0, "target": 100}, {}, None, START, []),
    ("achievable", "needs_budget", {"lever": Lever.SEA, "budget_per_month": None}, {}, None,
     START, []),
    ("achievable", "needs_hours", {"lever": Lever.CONTENT, "hours_per_week": None}, {}, None,
     START, []),
    ("achievable", "no_resources", {"budget_per_month": None, "hours_per_week": None}, {},
     None, START, []),
    ("achievable", "new_channel_needs_budget", {"lever": Lever.SEA, "budget_per_month": None,
                                                "baseline": 0}, {}, None, START, []),
    ("achievable", "new_channel_needs_hours", {"lever": Lever.CONTENT, "baseline": 0,
                                               "hours_per_week": None}, {}, None, START, []),
    ("achievable", "new_channel_no_resources", {"baseline": 0, "budget_per_month": None,
                                                "hours_per_week": None}, {}, None, START, []),
    ("achievable", "over_hours", {"hours_per_week": 3}, {},
     Capacity(hours_per_week=5, committed_hours=4.5), START, ["7.5", "5"]),
    ("achievable", "over_budget", {"budget_per_month": 300}, {},
     Capacity(budget_per_month=1000, committed_budget=1200), START, ["1500", "1000"]),
    ("relevant", "archived_priority", {}, {"status": PriorityStatus.ARCHIVED}, None, START,
     []),
    ("relevant", "audience_absent", {"audience_present": False}, {}, None, START, []),
    ("relevant", "audience_unknown", {"audience_present": None}, {}, None, START, []),
    ("relevant", "no_rationale", {"rationale": ""}, {}, None, START, []),
    ("relevant", "unusual_lever", {"lever": Lever.SOCIAL}, {}, None, START, []),
    ("time_bound", "no_deadline", {"deadline": None}, {}, None, START, []),
    # a deadline typed in the wizard but refused: the field's own words
    ("time_bound", "date_impossible",
     {"deadline": None, "typed": DateError("31/02/2027", impossible=True)}, {}, None, START, []),
    ("time_bound", "date", {"deadline": None, "typed": DateError("bientôt")}, {}, None, START, []),
    ("time_bound", "date_range", {"deadline": None, "typed": DateRangeError("d'ici 900 ans")},
     {}, None, START, []),
    ("time_bound", "before_start", {"deadline": START}, {}, None, START, []),
    ("time_bound", "past", {}, {}, None, date(2026, 7, 2), []),
    ("time_bound", "too_short", {"deadline": START + timedelta(days=10)}, {}, None, START,
     ["10", str(MIN_HORIZON_DAYS)]),
    ("time_bound", "too_long", {"deadline": date(2029, 1, 1)}, {}, None, START,
     ["1096", "3", str(MAX_HORIZON_YEARS), str(HORIZON_STEP_MONTHS)]),
    ("time_bound", "ok", {}, {}, None, START, []),
]


def _result(criterion, code, goal_changes, priority_changes, capacity, today):
    priority = sales_priority(id=1, **priority_changes)
    goal_changes = dict(goal_changes)
    typed = goal_changes.pop("typed", None)  # the refusal of a deadline typed in a form
    result = getattr(assess(smart_goal(start=START, **goal_changes), priority, today,
                            capacity, deadline_error=typed), criterion)
    assert (result.criterion, result.code) == (criterion, code)
    return result


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(("criterion", "code", "goal", "priority", "capacity", "today",
                          "numbers"), SCENARIOS, ids=[f"{s[0]}.{s[1]}" for s in SCENARIOS])
def test_reason_and_hint_render(lang, criterion, code, goal, priority, capacity, today,
                                numbers):
    tr = Translator(lang)
    result = _result(criterion, code, goal, priority, capacity, today)
    texts = [reason(tr, result)]
    if result.hint_key is not None:
        texts.append(hint(tr, result))
    text = " ".join(texts)
    for piece in texts:
        assert piece not in (result.reason_key, result.hint_key)  # a missing key shows itself
        assert "{" not in piece and "}" not in piece and "None" not in piece
    for number in numbers:
        assert re.search(r"(?<![\d,.\u202f])" + re.escape(_num(lang, number))
                         + r"(?![\d]|[,.]\d)", text), (number, text)
    wrong = r"\d\.\d" if lang == "fr" else r"\d,\d(?!\d\d)"
    assert not re.search(wrong, text.replace("Q2", "")), text


def test_pace_limits_are_the_constants():
    for lang in ("fr", "en"):
        tr = Translator(lang)
        fast = _result("achievable", "pace_fast", SCENARIOS[12][2], {}, None, START)
        too_fast = _result("achievable", "pace_too_fast", SCENARIOS[13][2], {}, None, START)
        assert _pct(lang, _g(PACE_WARN)) in reason(tr, fast)
        assert _pct(lang, _g(PACE_FAIL)) in reason(tr, too_fast)


@pytest.mark.parametrize(("typed", "fr_says", "en_says"), [
    ("31/02/2027", "«\u00a031/02/2027\u00a0» n'existe pas dans le calendrier.",
     "“31/02/2027” does not exist in the calendar."),
    ("bientôt", "«\u00a0bientôt\u00a0» n'est pas une date reconnue.", "“bientôt” is not"),
])
def test_a_refused_deadline_is_named_in_the_fields_words(typed, fr_says, en_says):
    """The wizard's field refuses « 31/02/2027 »: Time-bound says the same, not "no deadline"."""
    with pytest.raises(DateError) as caught:
        parse_date(typed, START, prefer="future")
    result = assess(smart_goal(start=START, deadline=None), sales_priority(id=1), START,
                    deadline_error=caught.value).time_bound
    assert result.verdict == Verdict.FAIL and result.code != "no_deadline"
    for lang, says in (("fr", fr_says), ("en", en_says)):
        tr = Translator(lang)
        assert reason(tr, result) == error_text(tr, caught.value)
        assert reason(tr, result).startswith(says)
        fix = {"fr": "Corrigez la date de l'échéance", "en": "Correct the deadline's date"}
        assert hint(tr, result).startswith(fix[lang])


def test_a_refusal_that_is_not_a_dates_leaves_no_deadline():
    from smart_tui.domain.models import DomainError

    result = assess(smart_goal(start=START, deadline=None), sales_priority(id=1), START,
                    deadline_error=DomainError("error.required")).time_bound
    assert result.code == "no_deadline"


def test_every_reason_and_hint_key_is_reached():
    reached = {"smart.specific.ok", "smart.measurable.ok", "smart.relevant.ok",
               "smart.achievable.ok_resources", "smart.relevant.no_priority",
               "smart.measurable.no_kpi", "hint.measurable.no_kpi", "hint.relevant.no_priority",
               "smart.achievable.pace_unknown_baseline", "hint.achievable.pace_unknown_baseline",
               "smart.relevant.unusual_lever_move", "hint.relevant.unusual_lever_move",
               "hint.specific.vague_sentence", "hint.achievable.target_only"}
    for criterion, code, *_ in SCENARIOS:
        reached.add(f"smart.{criterion}.{code}")
        reached.add(f"hint.{criterion}.{code}")
    for catalogue in (fr.MESSAGES, en.MESSAGES):
        keys = {k for k in catalogue if k.startswith(("smart.", "hint."))}
        assert keys <= reached, sorted(keys - reached)
