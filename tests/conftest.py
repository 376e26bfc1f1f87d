"""Every test runs with its own data and config folders: none touches a real user's files."""

from __future__ import annotations

from datetime import date

import pytest

from smart_tui.domain.models import Category, Goal, GoalStatus, Lever, Priority, Unit
from smart_tui.storage import Store

TODAY = date(2026, 11, 27)


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))  # crash logs
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("TEXTUAL_ANIMATIONS", "none")
    for var in ("SMART_TUI_DB", "SMART_TUI_LANG", "SMART_TUI_TODAY", "LC_ALL", "LC_MESSAGES",
                "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.fixture
def store():
    s = Store.open(":memory:")
    yield s
    s.close()


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "goals.db"


def smart_goal(priority_id: int | None = 1, **changes) -> Goal:
    """A goal that passes every criterion: the method's SEO example."""
    goal = Goal(
        intent="Améliorer la visibilité sur Google",
        statement="Augmenter de 30 % le trafic organique",
        priority_id=priority_id,
        lever=Lever.SEO,
        status=GoalStatus.ACTIVE,
        kpi="sessions organiques par mois",
        unit=Unit.COUNT,
        baseline=2000,
        target=2600,
        source="Google Analytics",
        budget_per_month=300,
        hours_per_week=3,
        rationale="Trafic qualifié et gain de leads",
        audience_present=True,
        start=date(2026, 1, 1),
        deadline=date(2026, 7, 1),
    )
    for key, value in changes.items():
        setattr(goal, key, value)
    return goal


def sales_priority(**changes) -> Priority:
    priority = Priority("Conquérir des clients sur l'e-shop", "Les ventes stagnent", Category.SALES)
    for key, value in changes.items():
        setattr(priority, key, value)
    return priority
