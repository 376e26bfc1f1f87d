"""Rows grouped by day, week or month into one value each: the checkpoints an import proposes.

A group is dated on its period's last day. A period the file covers only in part — its first
or last one, judged at the file's own granularity (daily, weekly or monthly rows) — would
give a false sum: with ``sum`` it is left out and named, unless ``partial`` is asked; kept
(``partial``, or ``mean``/``last`` which a part of a period does not distort), it is dated on
the file's last day in it, never on a day the file does not reach.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import Enum

from smart_tui.domain.models import Unit

from .columns import Row, Series
from .reader import MeasureFileError
from .values import month_end


class Period(str, Enum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


class Aggregate(str, Enum):
    SUM = "sum"
    MEAN = "mean"
    LAST = "last"


_ORDER = {Period.DAY: 0, Period.WEEK: 1, Period.MONTH: 2}


def default_aggregate(unit: Unit | None) -> Aggregate:
    """``sum`` for counts and money, ``mean`` for percentages, ``last`` for ratings and others."""
    if unit in (Unit.COUNT, Unit.CURRENCY):
        return Aggregate.SUM
    if unit == Unit.PERCENT:
        return Aggregate.MEAN
    return Aggregate.LAST


@dataclass(frozen=True)
class Point:
    """One proposed checkpoint."""

    day: date
    value: float
    rows: int  # how many file rows it stands for
    partial: bool  # the file covers only part of its period


@dataclass(frozen=True)
class PartialPeriod:
    start: date
    end: date


@dataclass
class Grouped:
    points: list[Point]
    left_out: list[PartialPeriod] = field(default_factory=list)
    granularity: Period = Period.DAY
    first: date | None = None
    last: date | None = None


def bounds(day: date, period: Period) -> tuple[date, date]:
    if period == Period.DAY:
        return day, day
    if period == Period.WEEK:
        start = day - timedelta(days=day.weekday())
        return start, start + timedelta(days=6)
    return day.replace(day=1), month_end(day)


def granularity(series: Series) -> Period:
    """Daily, weekly or monthly rows: whole months, else the smallest gap between dates."""
    if series.monthly:
        return Period.MONTH
    days = sorted({r.day for r in series.rows})
    gaps = [(b - a).days for a, b in zip(days, days[1:])]
    if not gaps:
        return Period.DAY
    smallest = min(gaps)
    if smallest >= 28 and all(d == month_end(d) for d in days):
        return Period.MONTH
    if smallest >= 28 and all(d.day == 1 for d in days):
        return Period.MONTH
    return Period.WEEK if smallest >= 7 else Period.DAY


def _span(day: date, grain: Period) -> tuple[date, date]:
    """The days one row stands for: itself, the week it starts, or its calendar month."""
    if grain == Period.MONTH:
        return bounds(day, Period.MONTH)
    if grain == Period.WEEK:
        return day, day + timedelta(days=6)
    return day, day


def _combine(rows: list[Row], aggregate: Aggregate) -> float:
    if aggregate == Aggregate.SUM:
        return sum(r.value for r in rows)
    if aggregate == Aggregate.MEAN:
        return sum(r.value for r in rows) / len(rows)
    latest = max(r.day for r in rows)
    return [r for r in rows if r.day == latest][-1].value  # the file's last row that day


def group(series: Series, period: Period, aggregate: Aggregate,
          partial: bool = False, today: date | None = None) -> Grouped:
    """The proposed checkpoints, oldest first, and the partial periods left out.

    A period that ends after ``today`` is not over: it is partial whatever the file holds.
    A partial period that is kept is dated on the file's last date in it."""
    grain = granularity(series)
    if _ORDER[period] < _ORDER[grain]:
        raise MeasureFileError(f"error.measures_period_too_fine_{grain.value}",
                               period=period.value)
    spans = [_span(r.day, grain) for r in series.rows]
    first, last = min(s for s, _ in spans), max(e for _, e in spans)
    groups: dict[tuple[date, date], list[Row]] = {}
    for row, (start, _) in zip(series.rows, spans):
        anchor = start if grain == Period.MONTH else row.day
        groups.setdefault(bounds(anchor, period), []).append(row)
    points, left_out = [], []
    for (start, end), rows in sorted(groups.items()):
        open_end = end > last or (today is not None and end > today)  # its end not reached
        is_partial = start < first or open_end
        if is_partial and aggregate == Aggregate.SUM and not partial:
            left_out.append(PartialPeriod(start, end))
            continue
        day = max(r.day for r in rows) if open_end else end
        points.append(Point(day, _combine(rows, aggregate), len(rows), is_partial))
    return Grouped(points, left_out, grain, first, last)
