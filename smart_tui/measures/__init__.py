"""Measures read from the exports of the tools a business already uses (pure: no SQLite, no UI).

``reader`` turns a CSV or .xlsx into a table, ``columns`` picks the date and value columns,
``periods`` groups rows into one value per day, week or month; :func:`plan_table` puts the
three together into the checkpoints an import proposes.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from smart_tui.domain.models import Unit

from .columns import choose, date_column, numeric_columns
from .periods import Aggregate, PartialPeriod, Period, Point, default_aggregate, group
from .reader import MAX_BYTES, MeasureFileError, Table, read_table

__all__ = ["MAX_BYTES", "Aggregate", "Choices", "MeasureFileError", "PartialPeriod", "Period",
           "Plan", "Point", "columns_of", "plan_file", "plan_table", "read_table"]


@dataclass(frozen=True)
class Choices:
    """What the user chose (or the goal remembers); None means "find it"."""

    column: str | None = None
    date_column: str | None = None
    period: Period = Period.MONTH
    aggregate: Aggregate | None = None
    partial: bool = False
    sheet: str | None = None


@dataclass(frozen=True)
class Plan:
    path: Path
    choices: Choices  # as applied: column names as the file spells them, aggregate resolved
    points: list[Point]
    left_out: list[PartialPeriod] = field(default_factory=list)
    granularity: Period = Period.DAY
    first: date | None = None
    last: date | None = None


def columns_of(table: Table) -> tuple[str | None, list[str]]:
    """The detected date column and the numeric ones (for a picker); (None, []) when none."""
    try:
        dates = date_column(table)
    except MeasureFileError:
        return None, []
    return table.headers[dates.index], numeric_columns(table, dates)


def plan_table(table: Table, path: Path, choices: Choices, unit: Unit | None,
               today: date | None = None) -> Plan:
    series = choose(table, choices.column, choices.date_column)
    aggregate = choices.aggregate or default_aggregate(unit)
    grouped = group(series, choices.period, aggregate, choices.partial, today)
    applied = replace(choices, column=series.value_column, date_column=series.date_column,
                      aggregate=aggregate)
    return Plan(Path(path), applied, grouped.points, grouped.left_out, grouped.granularity,
                grouped.first, grouped.last)


def plan_file(path: Path, choices: Choices, unit: Unit | None,
              today: date | None = None) -> Plan:
    """Read ``path`` and propose its checkpoints; :class:`MeasureFileError` when it cannot.
    A period not over on ``today`` counts as partial."""
    return plan_table(read_table(Path(path), choices.sheet), Path(path), choices, unit, today)
