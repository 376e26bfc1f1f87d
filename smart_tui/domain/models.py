"""Models of the method and the enumerations that are also the interchange values."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .history import ChangeValue


class Choice(str, Enum):
    """A string enumeration whose values are also the interchange values."""

    @classmethod
    def values(cls) -> tuple[str, ...]:
        return tuple(member.value for member in cls)

    def __str__(self) -> str:
        return str(self.value)


class Category(Choice):
    SALES = "sales"
    LOCAL_VISIBILITY = "local_visibility"
    REPUTATION = "reputation"
    COMMUNITY = "community"
    LOYALTY = "loyalty"
    OTHER = "other"


class Lever(Choice):
    SEO = "seo"
    SEA = "sea"
    SOCIAL = "social"
    EMAIL = "email"
    CONTENT = "content"
    REPUTATION = "reputation"
    INFLUENCE = "influence"
    MARKETPLACE = "marketplace"
    WEBSITE = "website"
    OTHER = "other"


class Unit(Choice):
    PERCENT = "percent"
    COUNT = "count"
    CURRENCY = "currency"
    RATING = "rating"
    OTHER = "other"


class Direction(Choice):
    INCREASE = "increase"
    DECREASE = "decrease"


class Cadence(Choice):
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"


class GoalStatus(Choice):
    DRAFT = "draft"
    ACTIVE = "active"
    ACHIEVED = "achieved"
    MISSED = "missed"
    ABANDONED = "abandoned"


class PriorityStatus(Choice):
    ACTIVE = "active"
    ARCHIVED = "archived"


class Confidence(Choice):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class AdjustmentKind(Choice):
    ACTIONS = "actions"
    TARGET = "target"
    DEADLINE = "deadline"
    STATUS = "status"
    CHECKPOINT = "checkpoint"
    DECISION = "decision"  # a review decision that changes no field ("keep course")
    OTHER = "other"  # a free note (and entries of older versions kept as they were)


MAX_ACTIVE_PRIORITIES = 3
DAYS_PER_WEEK = 7
DAYS_PER_MONTH = 30.44  # 365.25 / 12: months of a pace or a horizon


def rating_scale(value: float) -> int:
    """The scale a rating is out of: /5 up to 5, /10 up to 10, else /100."""
    return 5 if value <= 5 else 10 if value <= 10 else 100


class DomainError(ValueError):
    """A rule of the method was broken. ``key``/``params`` name a translatable message."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


class PriorityLimitError(DomainError):
    def __init__(self) -> None:
        super().__init__("error.priority_limit", limit=MAX_ACTIVE_PRIORITIES)


def check_priority_cap(active_count: int, adding: int = 1) -> None:
    """Refuse to go past 3 active priorities: the method says stay on 2–3 axes."""
    if active_count + adding > MAX_ACTIVE_PRIORITIES:
        raise PriorityLimitError()


@dataclass
class Profile:
    name: str = ""
    hours_per_week: float | None = None
    budget_per_month: float | None = None


@dataclass
class Priority:
    title: str
    problem: str = ""
    category: Category = Category.OTHER
    status: PriorityStatus = PriorityStatus.ACTIVE
    position: int = 0
    id: int | None = None


@dataclass
class Checkpoint:
    date: date
    value: float
    confidence: Confidence | None = None
    note: str = ""
    id: int | None = None
    goal_id: int | None = None


@dataclass
class Adjustment:
    """One entry of a goal's history; ``old``/``new`` are typed by ``kind`` (domain/history.py)."""

    date: date
    kind: AdjustmentKind
    old: ChangeValue = None
    new: ChangeValue = None
    note: str = ""
    id: int | None = None
    goal_id: int | None = None


@dataclass
class Goal:
    """A goal, from the vague intent to its SMART form. Drafts may leave most fields empty."""

    intent: str = ""
    statement: str = ""
    priority_id: int | None = None
    lever: Lever = Lever.OTHER
    status: GoalStatus = GoalStatus.DRAFT
    kpi: str = ""
    unit: Unit | None = None
    direction: Direction = Direction.INCREASE
    baseline: float | None = None
    target: float | None = None
    source: str = ""
    budget_per_month: float | None = None
    hours_per_week: float | None = None
    resources: str = ""
    rationale: str = ""
    audience_present: bool | None = None  # the method's question; None = not answered / not sure
    start: date | None = None
    deadline: date | None = None
    cadence: Cadence | None = None
    id: int | None = None
    checkpoints: list[Checkpoint] = field(default_factory=list)
    adjustments: list[Adjustment] = field(default_factory=list)

    @property
    def title(self) -> str:
        """The goal's own words: its statement, else the wish it started from ("" if neither)."""
        return self.statement.strip() or self.intent.strip()

    @property
    def has_plan(self) -> bool:
        """A straight line can be drawn: start, deadline after it, baseline and a target apart."""
        return (
            self.start is not None and self.deadline is not None and self.deadline > self.start
            and self.baseline is not None and self.target is not None
            and self.target != self.baseline
        )


@dataclass
class Snapshot:
    """Everything a database holds: what export writes and import adds."""

    profile: Profile = field(default_factory=Profile)
    priorities: list[Priority] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
