"""Why a goal takes no new checkpoint (``log_refusal``): the key and its parameters the
screens and ``log`` show, for every status and with or without what a measure needs."""

from __future__ import annotations

from datetime import date

import pytest

from smart_tui.domain.invariants import log_refusal
from smart_tui.domain.models import Goal, GoalStatus

PLAN = dict(statement="g", baseline=100, start=date(2026, 1, 1), deadline=date(2026, 12, 31))


@pytest.mark.parametrize(("status", "kpi", "target", "expected"), [
    (GoalStatus.ACTIVE, "visites", 200, None),
    (GoalStatus.DRAFT, "visites", 200, None),
    (GoalStatus.MISSED, "visites", 200, None),  # a missed goal can still be measured
    (GoalStatus.ACHIEVED, "visites", 200, ("error.goal_closed", {"status": "achieved"})),
    (GoalStatus.ABANDONED, "visites", 200, ("error.goal_closed", {"status": "abandoned"})),
    (GoalStatus.ACHIEVED, "", None, ("error.goal_closed", {"status": "achieved"})),  # closed first
    (GoalStatus.ACTIVE, "", 200, ("error.not_measurable", {})),
    (GoalStatus.ACTIVE, "  ", 200, ("error.not_measurable", {})),
    (GoalStatus.DRAFT, "visites", None, ("error.not_measurable", {})),
    (GoalStatus.ACTIVE, "visites", 0, None),  # a target of zero is a target
])
def test_why_a_goal_takes_no_checkpoint(status, kpi, target, expected):
    refused = log_refusal(Goal(status=status, kpi=kpi, target=target, **PLAN))
    assert (None if refused is None else (refused.key, refused.params)) == expected
