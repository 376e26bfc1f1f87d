"""The adjustment history's values: what changed, typed, and how it is kept as JSON.

Each :class:`AdjustmentKind` has one type of value for ``old`` and ``new``:

=============  ==============================================  =========================
kind           value                                           JSON
=============  ==============================================  =========================
target         a number                                        ``750``
deadline       a date                                          ``"2026-07-01"``
status         a :class:`GoalStatus`                           ``"active"``
actions        :class:`Resources` (budget and hours, either    ``{"budget_per_month":
               may be unknown)                                 300, "hours_per_week": 2}``
checkpoint     :class:`CheckpointValue` (``old`` None: added,  ``{"date": "2026-03-01",
               ``new`` None: deleted)                          "value": 4.2}``
decision       a review :class:`Decision`                      ``"keep_course"``
other          free text                                       ``"…"``
=============  ==============================================  =========================

``None`` (no value) is SQL ``NULL`` / JSON ``null``. Language-neutral strings written by
the first versions (``budget_per_month=None, hours_per_week=1``, ``2026-11-27: 4.15``)
are read by :func:`decode_legacy`, for the schema migration and for older JSON exports.
Rendering these values in words is the presentation's job, not this module's.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from datetime import date
from typing import TypeAlias

from .models import AdjustmentKind, GoalStatus
from .review import Decision


@dataclass(frozen=True)
class Resources:
    """What a goal is given: euros a month and hours a week (``None``: not said)."""

    budget_per_month: float | None = None
    hours_per_week: float | None = None


@dataclass(frozen=True)
class CheckpointValue:
    """A checkpoint as the history remembers it: its date and its value."""

    date: date
    value: float


ChangeValue: TypeAlias = (
    float | date | GoalStatus | Resources | CheckpointValue | Decision | str | None
)


class ChangeError(ValueError):
    """A stored or imported history value does not fit its kind."""


# -- to JSON ---------------------------------------------------------------------

def _number_json(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else float(value)


def to_json(kind: AdjustmentKind, value: ChangeValue) -> object:
    """The JSON-ready form of ``value`` (numbers, strings, objects, ``None``)."""
    if value is None:
        return None
    if kind == AdjustmentKind.TARGET and isinstance(value, (int, float)):
        return _number_json(value)
    if kind == AdjustmentKind.DEADLINE and isinstance(value, date):
        return value.isoformat()
    if kind == AdjustmentKind.STATUS and isinstance(value, GoalStatus):
        return value.value
    if kind == AdjustmentKind.ACTIONS and isinstance(value, Resources):
        return {"budget_per_month": _number_json(value.budget_per_month),
                "hours_per_week": _number_json(value.hours_per_week)}
    if kind == AdjustmentKind.CHECKPOINT and isinstance(value, CheckpointValue):
        return {"date": value.date.isoformat(), "value": _number_json(value.value)}
    if kind == AdjustmentKind.DECISION and isinstance(value, Decision):
        return value.value
    if kind == AdjustmentKind.OTHER and isinstance(value, str):
        return value
    raise ChangeError(f"{kind.value}: unexpected {type(value).__name__} value")


def encode_change(kind: AdjustmentKind, value: ChangeValue) -> str | None:
    """``value`` as the JSON text kept in the database (``None`` stays SQL ``NULL``)."""
    if value is None:
        return None
    return json.dumps(to_json(kind, value), ensure_ascii=False, sort_keys=True)


# -- from JSON -------------------------------------------------------------------

def _number(data: object, what: str) -> float:
    if isinstance(data, bool) or not isinstance(data, (int, float)) \
            or not math.isfinite(data):
        raise ChangeError(f"{what}: expected a number, got {data!r}"[:120])
    return float(data)


def _optional_number(data: object, what: str) -> float | None:
    return None if data is None else _number(data, what)


def _day(data: object, what: str) -> date:
    if not isinstance(data, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", data):
        raise ChangeError(f"{what}: expected a date YYYY-MM-DD, got {data!r}"[:120])
    try:
        return date.fromisoformat(data)
    except ValueError:
        raise ChangeError(f"{what}: impossible date {data!r}") from None


def _object(data: object, keys: tuple[str, ...], what: str) -> dict[str, object]:
    if not isinstance(data, dict) or set(data) - set(keys):
        raise ChangeError(f"{what}: expected an object with {', '.join(keys)}")
    return {k: data.get(k) for k in keys}


def from_json(kind: AdjustmentKind, data: object) -> ChangeValue:
    """The typed value of a JSON-decoded ``data``; :class:`ChangeError` when it does not fit."""
    if data is None:
        return None
    what = kind.value
    if kind == AdjustmentKind.TARGET:
        return _number(data, what)
    if kind == AdjustmentKind.DEADLINE:
        return _day(data, what)
    if kind == AdjustmentKind.STATUS:
        if data not in GoalStatus.values():
            raise ChangeError(f"{what}: unknown status {data!r}"[:120])
        return GoalStatus(data)
    if kind == AdjustmentKind.ACTIONS:
        fields = _object(data, ("budget_per_month", "hours_per_week"), what)
        return Resources(_optional_number(fields["budget_per_month"], what),
                         _optional_number(fields["hours_per_week"], what))
    if kind == AdjustmentKind.CHECKPOINT:
        fields = _object(data, ("date", "value"), what)
        return CheckpointValue(_day(fields["date"], what), _number(fields["value"], what))
    if kind == AdjustmentKind.DECISION:
        if data not in Decision.values():
            raise ChangeError(f"{what}: unknown decision {data!r}"[:120])
        return Decision(data)
    if not isinstance(data, str):
        raise ChangeError(f"{what}: expected text")
    return data


def decode_change(kind: AdjustmentKind, text: str | None) -> ChangeValue:
    """The typed value of JSON ``text`` as :func:`encode_change` wrote it."""
    if text is None:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        raise ChangeError(f"{kind.value}: not JSON: {text!r}"[:120]) from None
    return from_json(kind, data)


# -- legacy strings (schema v1, exports before typed history) ----------------------

_RESOURCES = re.compile(r"budget_per_month=(\S+), hours_per_week=(\S+)")
_CHECKPOINT = re.compile(r"(\d{4}-\d{2}-\d{2}): (\S+)")


def _legacy_number(text: str, what: str) -> float | None:
    if text == "None":
        return None
    try:
        value = float(text)
    except ValueError:
        raise ChangeError(f"{what}: not a number: {text!r}"[:120]) from None
    return _number(value, what)


def decode_legacy_value(kind: AdjustmentKind, text: str | None) -> ChangeValue:
    """One old/new string of the first versions as its typed value.

    ``2600`` / ``12.5`` (target), ``2026-07-01`` (deadline), ``draft`` (status),
    ``budget_per_month=300, hours_per_week=None`` (actions), ``2026-11-27: 4.15``
    (checkpoint); anything else is kept as text under ``other``.
    """
    if text is None:
        return None
    text = text.strip()
    what = kind.value
    if kind == AdjustmentKind.TARGET:
        value = _legacy_number(text, what)
        if value is None:
            raise ChangeError(f"{what}: no number")
        return value
    if kind == AdjustmentKind.ACTIONS:
        match = _RESOURCES.fullmatch(text)
        if match is None:
            raise ChangeError(f"{what}: not resources: {text!r}"[:120])
        return Resources(_legacy_number(match[1], what), _legacy_number(match[2], what))
    if kind == AdjustmentKind.CHECKPOINT:
        match = _CHECKPOINT.fullmatch(text)
        if match is None:
            raise ChangeError(f"{what}: not a checkpoint: {text!r}"[:120])
        value = _legacy_number(match[2], what)
        if value is None:
            raise ChangeError(f"{what}: no value")
        return CheckpointValue(_day(match[1], what), value)
    return from_json(kind, text)  # dates, statuses, decisions and text read as they were


def decode_legacy(
    kind: AdjustmentKind, old: str | None, new: str | None
) -> tuple[AdjustmentKind, ChangeValue, ChangeValue]:
    """A whole legacy entry as ``(kind, old, new)``.

    The review's "keep course" was kept as ``other`` with ``new = "keep_course"``: it
    becomes a ``decision``. Raises :class:`ChangeError` when a value does not fit its kind.
    """
    if kind == AdjustmentKind.OTHER and old is None and new in Decision.values():
        return AdjustmentKind.DECISION, None, Decision(new)
    return kind, decode_legacy_value(kind, old), decode_legacy_value(kind, new)
