"""Which column holds the dates, which holds the value, and the (date, value) rows they give.

Headers match case- and accent-insensitively (``--column "clics"`` finds ``Clics``). The date
column is the first whose cells are all dates in one form; the value column is the one asked
for, or the only numeric column besides the date. A row whose date cell has no digit
(``Total``, an empty cell) is left out; any other cell that breaks the column's form is a
mixed-format file, named by its line.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .reader import MeasureFileError, Table
from .values import (
    MISSING,
    MONTH_KINDS,
    Shape,
    column_decimal,
    date_kinds,
    fold,
    has_digit,
    month_end,
    number_shape,
    slash_order,
    to_date,
    to_number,
)


@dataclass(frozen=True)
class Row:
    day: date  # a monthly row is dated on its month's last day
    value: float
    line: int


@dataclass(frozen=True)
class Series:
    """What a file gives once its columns are chosen."""

    date_column: str
    value_column: str
    rows: list[Row]
    monthly: bool  # the dates are whole months (202603, mars 2026)
    percent: bool  # the values were written with %


@dataclass(frozen=True)
class DateColumn:
    index: int
    dates: list[date | None]  # None: a row left out (no digit in its date cell)
    monthly: bool


def _key(text: str) -> str:
    """A header as compared: folded, punctuation as spaces (``d'affaires`` = ``d affaires``)."""
    return " ".join("".join(c if c.isalnum() else " " for c in fold(text)).split())


def find_header(table: Table, name: str) -> int | None:
    wanted = _key(name)
    folded = [_key(h) for h in table.headers]
    if wanted in folded:
        return folded.index(wanted)
    partial = [i for i, h in enumerate(folded) if wanted and wanted in h]
    return partial[0] if len(partial) == 1 else None


def _read_dates(table: Table, index: int) -> DateColumn | None | MeasureFileError:
    """The column's dates; None when it is not a date column; an error when it is, but mixed."""
    cells = [row[index] if index < len(row) else "" for row in table.rows]
    kinds = [date_kinds(c) if has_digit(c) else None for c in cells]
    considered = [(i, k) for i, k in enumerate(kinds) if k is not None]
    parsed = [k for _, k in considered if k]
    if not parsed or len(parsed) * 2 < len(considered):
        return None
    common = set(parsed[0]).intersection(*parsed[1:])
    if not common or len(parsed) < len(considered):
        bad = next((i for i, k in considered if not k or not common & set(k)), considered[0][0])
        return MeasureFileError("error.measures_mixed_dates", line=table.lines[bad],
                                value=str(cells[bad])[:40], column=table.headers[index])
    kind = sorted(common)[0]
    order = "day_first"
    if kind == "slash":
        found = slash_order([(k[kind][0], k[kind][1]) for k in parsed])
        if found is None:
            return MeasureFileError("error.measures_mixed_dates", line=table.lines[0],
                                    value=str(cells[0])[:40], column=table.headers[index])
        order = found
    dates: list[date | None] = []
    for k in kinds:
        day = to_date(k[kind], kind, order) if k else None
        if day is not None and kind in MONTH_KINDS:
            day = month_end(day)
        dates.append(day)
    if any(k and d is None for k, d in zip(kinds, dates)):
        return None
    return DateColumn(index, dates, kind in MONTH_KINDS)


def date_column(table: Table, name: str | None = None) -> DateColumn:
    if name:
        index = find_header(table, name)
        if index is None:
            raise MeasureFileError("error.measures_no_such_column", column=name,
                                   columns=", ".join(table.headers))
        found = _read_dates(table, index)
        if isinstance(found, MeasureFileError):
            raise found
        if found is None:
            raise MeasureFileError("error.measures_not_dates", column=table.headers[index])
        return found
    for index in range(len(table.headers)):
        found = _read_dates(table, index)
        if isinstance(found, MeasureFileError):
            raise found
        if found is not None:
            return found
    raise MeasureFileError("error.measures_no_date_column", columns=", ".join(table.headers))


def _numbers(table: Table, index: int, keep: list[int]) -> tuple[list[float | None], bool] | None:
    """The column's values on the kept rows, or None when one of them is not a number."""
    cells = [table.rows[i][index] if index < len(table.rows[i]) else "" for i in keep]
    shapes: list[Shape | None] = []
    for cell in cells:
        if isinstance(cell, str) and fold(cell) in MISSING:
            shapes.append(None)
            continue
        shape = number_shape(cell)
        if shape is None:
            return None
        shapes.append(shape)
    real = [s for s in shapes if s is not None]
    if not real:
        return None
    decimal = column_decimal(real, table.delimiter)
    if decimal is None:
        return None
    values: list[float | None] = [to_number(s, decimal) if s is not None else None
                                  for s in shapes]
    return values, any(s.percent for s in real)


def numeric_columns(table: Table, dates: DateColumn) -> list[str]:
    keep = [i for i, d in enumerate(dates.dates) if d is not None]
    return [h for i, h in enumerate(table.headers)
            if i != dates.index and _numbers(table, i, keep) is not None]


def choose(table: Table, column: str | None = None, date_name: str | None = None) -> Series:
    """The file's (date, value) rows; raises :class:`MeasureFileError` naming what to choose."""
    dates = date_column(table, date_name)
    keep = [i for i, d in enumerate(dates.dates) if d is not None]
    if not keep:
        raise MeasureFileError("error.measures_empty", path="")
    if column:
        index = find_header(table, column)
        if index is None or index == dates.index:
            raise MeasureFileError("error.measures_no_such_column", column=column,
                                   columns=", ".join(table.headers))
        found = _numbers(table, index, keep)
        if found is None:
            bad = _first_bad(table, index, keep)
            raise MeasureFileError("error.measures_mixed_numbers", column=table.headers[index],
                                   line=table.lines[bad], value=str(table.rows[bad][index])[:40])
    else:
        numeric = numeric_columns(table, dates)
        if not numeric:
            _mostly_numeric(table, dates.index, keep)
            raise MeasureFileError("error.measures_no_numeric_column",
                                   columns=", ".join(table.headers))
        if len(numeric) > 1:
            raise MeasureFileError("error.measures_choose_column", columns=", ".join(numeric))
        index = table.headers.index(numeric[0])
        found = _numbers(table, index, keep)
        assert found is not None
    values, percent = found
    rows = [Row(dates.dates[i], v, table.lines[i])  # type: ignore[arg-type]
            for i, v in zip(keep, values) if v is not None]
    if not rows:
        raise MeasureFileError("error.measures_no_values", column=table.headers[index])
    return Series(table.headers[dates.index], table.headers[index], rows, dates.monthly, percent)


def _first_bad(table: Table, index: int, keep: list[int]) -> int:
    for i in keep:
        cell = table.rows[i][index] if index < len(table.rows[i]) else ""
        if not (isinstance(cell, str) and fold(cell) in MISSING) and number_shape(cell) is None:
            return i
    return keep[0]


def _mostly_numeric(table: Table, date_index: int, keep: list[int]) -> None:
    """A column of numbers but for a few cells is a mixed-format file: name its first bad cell."""
    for index in range(len(table.headers)):
        if index == date_index:
            continue
        cells = [table.rows[i][index] if index < len(table.rows[i]) else "" for i in keep]
        good = sum(1 for c in cells if number_shape(c) is not None)
        if good * 2 > len(cells):
            bad = _first_bad(table, index, keep)
            raise MeasureFileError("error.measures_mixed_numbers", column=table.headers[index],
                                   line=table.lines[bad], value=str(table.rows[bad][index])[:40])
