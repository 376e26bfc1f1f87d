"""The lossless interchange document (``format: smart-tui``, ``version: 1``).

:func:`build_document` writes it from a :class:`Snapshot`; :func:`parse_document`
validates a whole document *before* anything is written and returns a Snapshot, or
raises :class:`DocumentError` naming the first faulty place (``goals[2].deadline``).
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Callable
from datetime import date, datetime, timezone
from enum import Enum
from typing import Any, TypeVar

from smart_tui.domain.dates import DateError, parse_iso
from smart_tui.domain.history import ChangeError, decode_legacy_value, from_json, to_json
from smart_tui.domain.invariants import DocumentError
from smart_tui.domain.limits import (
    MAX_ABS_NUMBER,
    MAX_POSITION,
    MULTILINE_FIELDS,
    text_limit,
)
from smart_tui.domain.models import (
    MAX_ACTIVE_PRIORITIES,
    Adjustment,
    AdjustmentKind,
    Cadence,
    Category,
    Checkpoint,
    Confidence,
    Direction,
    Goal,
    GoalStatus,
    Lever,
    Priority,
    PriorityStatus,
    Profile,
    Snapshot,
    Unit,
)
from smart_tui.domain.review import Decision
from smart_tui.domain.text import clean_text

FORMAT = "smart-tui"
VERSION = 1
E = TypeVar("E", bound=Enum)


# -- writing ------------------------------------------------------------------

def _num(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _enum(value: Enum | None) -> str | None:
    return value.value if value is not None else None


def goal_document(goal: Goal) -> dict[str, Any]:
    return {
        "id": goal.id,
        "priority_id": goal.priority_id,
        "lever": goal.lever.value,
        "status": goal.status.value,
        "intent": goal.intent,
        "statement": goal.statement,
        "kpi": goal.kpi,
        "unit": _enum(goal.unit),
        "direction": goal.direction.value,
        "baseline": _num(goal.baseline),
        "target": _num(goal.target),
        "source": goal.source,
        "budget_per_month": _num(goal.budget_per_month),
        "hours_per_week": _num(goal.hours_per_week),
        "resources": goal.resources,
        "rationale": goal.rationale,
        "audience_present": goal.audience_present,
        "start": _iso(goal.start),
        "deadline": _iso(goal.deadline),
        "cadence": _enum(goal.cadence),
        "checkpoints": [
            {
                "date": c.date.isoformat(),
                "value": _num(c.value),
                "confidence": _enum(c.confidence),
                "note": c.note,
            }
            for c in goal.checkpoints
        ],
        "adjustments": [
            {"date": a.date.isoformat(), "kind": a.kind.value, "old": to_json(a.kind, a.old),
             "new": to_json(a.kind, a.new), "note": a.note}
            for a in goal.adjustments
        ],
    }


def build_document(snapshot: Snapshot, exported_at: datetime | None = None) -> dict[str, Any]:
    moment = exported_at or datetime.now(timezone.utc)
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": moment.isoformat(timespec="seconds"),
        "profile": {
            "name": snapshot.profile.name,
            "hours_per_week": _num(snapshot.profile.hours_per_week),
            "budget_per_month": _num(snapshot.profile.budget_per_month),
        },
        "priorities": [
            {"id": p.id, "title": p.title, "problem": p.problem, "category": p.category.value,
             "status": p.status.value, "position": p.position}
            for p in snapshot.priorities
        ],
        "goals": [goal_document(g) for g in snapshot.goals],
    }


def dumps(document: dict[str, Any]) -> str:
    """JSON with one top-level field, priority or goal per line.

    ``indent=`` would make Python fall back to its pure-Python encoder (seconds for a
    hundred thousand checkpoints); this keeps the C encoder for each item and still reads
    well in a diff.
    """
    def compact(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    lines = ["{"]
    fields = list(document.items())
    for n, (key, value) in enumerate(fields):
        comma = "," if n < len(fields) - 1 else ""
        if isinstance(value, list) and value:
            lines.append(f"  {compact(key)}: [")
            lines += [f"    {compact(item)}{',' if i < len(value) - 1 else ''}"
                      for i, item in enumerate(value)]
            lines.append(f"  ]{comma}")
        else:
            lines.append(f"  {compact(key)}: {compact(value)}{comma}")
    return "\n".join(lines + ["}"]) + "\n"


# -- reading ------------------------------------------------------------------

class NestingError(DocumentError):
    """Arrays or objects nested deeper than Python's parser recurses (a hostile file)."""

    def __init__(self) -> None:
        super().__init__("JSON", "invalid.nesting", limit=sys.getrecursionlimit())


def loads(text: str) -> Any:
    """``json.loads`` that refuses ``NaN``/``Infinity`` (not JSON numbers).

    A document nested deeper than the parser can recurse raises :class:`NestingError`.
    """
    def refuse(name: str) -> None:
        raise ValueError(f"{name} is not a number")

    try:
        return json.loads(text, parse_constant=refuse)
    except RecursionError:
        raise NestingError() from None


class _Reader:
    def __init__(self, data: Any, where: str) -> None:
        if not isinstance(data, dict):
            raise DocumentError(where, "invalid.type", expected="object")
        self.data, self.where = data, where

    def at(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def text(self, key: str, required: bool = False) -> str:
        value = self.data.get(key)
        if value is None:
            if required:
                raise DocumentError(self.at(key), "invalid.missing")
            return ""
        if not isinstance(value, str):
            raise DocumentError(self.at(key), "invalid.type", expected="string")
        value = clean_text(value, multiline=key in MULTILINE_FIELDS)
        limit = text_limit(key)
        if len(value) > limit:
            # the refusal of every door (forms, log): the same key, the same limit
            raise DocumentError(self.at(key), "error.text_too_long", length=len(value),
                                limit=limit)
        if required and not value.strip():
            raise DocumentError(self.at(key), "invalid.missing")
        return value

    def optional_text(self, key: str) -> str | None:
        return self.text(key) if self.data.get(key) is not None else None

    def number(self, key: str, required: bool = False) -> float | None:
        value = self.data.get(key)
        if value is None:
            if required:
                raise DocumentError(self.at(key), "invalid.missing")
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise DocumentError(self.at(key), "invalid.number")
        # compared before any float(): 10**400 is a valid Python int but no float
        if not abs(value) <= MAX_ABS_NUMBER or not math.isfinite(value):
            shown = str(value) if abs(value) < 10**40 else f"{str(value)[:12]}…"
            raise DocumentError(self.at(key), "error.number_range", text=shown,
                                limit=MAX_ABS_NUMBER)
        return float(value)

    def flag(self, key: str) -> bool | None:
        """``true`` / ``false`` / ``null``; an absent key is ``null`` (older files)."""
        value = self.data.get(key)
        if value is None or isinstance(value, bool):
            return value
        raise DocumentError(self.at(key), "invalid.type", expected="boolean")

    def integer(self, key: str, default: int = 0) -> int:
        value = self.data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int):
            raise DocumentError(self.at(key), "invalid.type", expected="integer")
        if abs(value) > MAX_POSITION:
            raise DocumentError(self.at(key), "invalid.integer_range", limit=MAX_POSITION)
        return value

    def choice(self, key: str, enum: type[E], default: E | None = None) -> E | None:
        value = self.data.get(key)
        if value is None:
            return default
        try:
            return enum(value)
        except ValueError:
            raise DocumentError(
                self.at(key), "invalid.choice", value=str(value)[:40],
                choices=", ".join(m.value for m in enum),  # type: ignore[attr-defined]
            ) from None

    def day(self, key: str, required: bool = False) -> date | None:
        value = self.data.get(key)
        if value is None:
            if required:
                raise DocumentError(self.at(key), "invalid.missing")
            return None
        try:
            return parse_iso(value)
        except DateError as exc:
            if exc.key == "error.date_range":  # the refusal of every door, word for word
                raise DocumentError(self.at(key), exc.key, **exc.params) from None
            raise DocumentError(self.at(key), "invalid.date") from None

    def ref(self, key: str) -> int | str | None:
        value = self.data.get(key)
        if value is None or (isinstance(value, (int, str)) and not isinstance(value, bool)):
            return value
        raise DocumentError(self.at(key), "invalid.type", expected="integer")

    def items(self, key: str, parse: Callable[[Any, str], Any]) -> list[Any]:
        value = self.data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise DocumentError(self.at(key), "invalid.type", expected="array")
        return [parse(item, f"{self.at(key)}[{i}]") for i, item in enumerate(value)]


def _priority(data: Any, where: str) -> Priority:
    r = _Reader(data, where)
    return Priority(
        title=r.text("title", required=True),
        problem=r.text("problem"),
        category=r.choice("category", Category, Category.OTHER),  # type: ignore[arg-type]
        status=r.choice("status", PriorityStatus, PriorityStatus.ACTIVE),  # type: ignore[arg-type]
        position=r.integer("position"),
        id=r.ref("id"),  # type: ignore[arg-type]
    )


def _checkpoint(data: Any, where: str) -> Checkpoint:
    r = _Reader(data, where)
    return Checkpoint(
        date=r.day("date", required=True),  # type: ignore[arg-type]
        value=r.number("value", required=True),  # type: ignore[arg-type]
        confidence=r.choice("confidence", Confidence),
        note=r.text("note"),
    )


def _adjustment(data: Any, where: str) -> Adjustment:
    """Typed old/new values (this version), or the strings of older exports."""
    r = _Reader(data, where)
    kind = r.choice("kind", AdjustmentKind) or AdjustmentKind.OTHER
    old, new = r.data.get("old"), r.data.get("new")
    for key in ("old", "new"):
        if isinstance(r.data.get(key), str):
            r.text(key)  # the length limit of every text
    if kind == AdjustmentKind.OTHER and old is None and new in Decision.values():
        kind, new = AdjustmentKind.DECISION, Decision(new)  # "keep course", as first written
    legacy = kind in (AdjustmentKind.TARGET, AdjustmentKind.ACTIONS, AdjustmentKind.CHECKPOINT)
    read = decode_legacy_value if legacy else from_json
    values = []
    for key, value in (("old", old), ("new", new)):
        try:  # strings where numbers or objects are written now: an older export
            values.append(read(kind, value) if isinstance(value, str) else from_json(kind, value))
        except ChangeError:
            raise DocumentError(r.at(key), "invalid.history_value", kind=kind.value) from None
    return Adjustment(
        date=r.day("date", required=True),  # type: ignore[arg-type]
        kind=kind,
        old=values[0],
        new=values[1],
        note=r.text("note"),
    )


def _goal(data: Any, where: str) -> Goal:
    r = _Reader(data, where)
    return Goal(
        id=r.ref("id"),  # type: ignore[arg-type]
        priority_id=r.ref("priority_id"),  # type: ignore[arg-type]
        lever=r.choice("lever", Lever, Lever.OTHER),  # type: ignore[arg-type]
        status=r.choice("status", GoalStatus, GoalStatus.DRAFT),  # type: ignore[arg-type]
        intent=r.text("intent"),
        statement=r.text("statement"),
        kpi=r.text("kpi"),
        unit=r.choice("unit", Unit),
        direction=r.choice("direction", Direction, Direction.INCREASE),  # type: ignore[arg-type]
        baseline=r.number("baseline"),
        target=r.number("target"),
        source=r.text("source"),
        budget_per_month=r.number("budget_per_month"),
        hours_per_week=r.number("hours_per_week"),
        resources=r.text("resources"),
        rationale=r.text("rationale"),
        audience_present=r.flag("audience_present"),
        start=r.day("start"),
        deadline=r.day("deadline"),
        cadence=r.choice("cadence", Cadence),
        checkpoints=r.items("checkpoints", _checkpoint),
        adjustments=r.items("adjustments", _adjustment),
    )


def parse_document(data: Any) -> Snapshot:
    """Validate the whole document; return it as a Snapshot or raise DocumentError."""
    top = _Reader(data, "")
    if data.get("format") != FORMAT:
        raise DocumentError("format", "invalid.format")
    if data.get("version") != VERSION:
        raise DocumentError("version", "invalid.version", version=str(data.get("version"))[:20])
    profile = _Reader(data.get("profile") or {}, "profile")
    snapshot = Snapshot(
        profile=Profile(
            profile.text("name"), profile.number("hours_per_week"),
            profile.number("budget_per_month"),
        ),
        priorities=top.items("priorities", _priority),
        goals=top.items("goals", _goal),
    )
    _check_links(snapshot)
    return snapshot


def _check_links(snapshot: Snapshot) -> None:
    seen: set[object] = set()
    for i, priority in enumerate(snapshot.priorities):
        if priority.id is not None and priority.id in seen:
            raise DocumentError(f"priorities[{i}].id", "invalid.duplicate_id", ref=priority.id)
        seen.add(priority.id)
    goal_ids: set[object] = set()
    for i, goal in enumerate(snapshot.goals):
        if goal.id is not None and goal.id in goal_ids:
            raise DocumentError(f"goals[{i}].id", "invalid.duplicate_id", ref=goal.id)
        goal_ids.add(goal.id)
        if goal.priority_id is not None and goal.priority_id not in seen:
            raise DocumentError(
                f"goals[{i}].priority_id", "invalid.reference", ref=goal.priority_id
            )
    active = sum(p.status == PriorityStatus.ACTIVE for p in snapshot.priorities)
    if active > MAX_ACTIVE_PRIORITIES:
        raise DocumentError(
            "priorities", "invalid.priority_limit", count=active, limit=MAX_ACTIVE_PRIORITIES
        )

