"""The review takes no decision on a closed goal (achieved or abandoned): one domain rule,
applied by the service whatever the screen shows."""

from __future__ import annotations

from datetime import date

import pytest

from smart_tui.domain.decisions import (
    AimHigher,
    KeepCourse,
    check_decision,
    decision_refusal,
)
from smart_tui.domain.models import DomainError, Goal, GoalStatus
from smart_tui.i18n import Translator
from smart_tui.present import error_text

GOAL = dict(statement="g", kpi="visites", baseline=100, target=200, start=date(2026, 1, 1),
            deadline=date(2026, 12, 31))


@pytest.mark.parametrize(("status", "refused"), [
    (GoalStatus.DRAFT, False), (GoalStatus.ACTIVE, False), (GoalStatus.MISSED, False),
    (GoalStatus.ACHIEVED, True), (GoalStatus.ABANDONED, True),
])
@pytest.mark.parametrize("decision", [KeepCourse(""), AimHigher(300, "plus vite")])
def test_a_closed_goal_takes_no_decision(status, refused, decision):
    goal = Goal(status=status, **GOAL)
    if not refused:
        assert decision_refusal(goal) is None
        check_decision(goal, decision)
        return
    with pytest.raises(DomainError) as raised:
        check_decision(goal, decision)
    assert (raised.value.key, raised.value.params) == ("error.decision_closed",
                                                       {"status": status.value})


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Cet objectif est abandonné\u00a0: la revue ne le modifie plus. Rouvrez-le d'abord"),
    ("en", "This goal is abandoned: the review no longer changes it. Reopen it first"),
])
def test_the_refusal_says_the_status_and_how_to_reopen(lang, text):
    refused = decision_refusal(Goal(status=GoalStatus.ABANDONED, **GOAL))
    assert refused is not None
    assert error_text(Translator(lang), refused).startswith(text)
