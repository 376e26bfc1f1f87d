"""Read an export file into a table of cells: CSV of any usual dialect, or the sheet of an .xlsx.

CSV: UTF-8 with or without BOM, UTF-16 (with a BOM, or without one when every other
byte is NUL), else Windows-1252 (what French Excel writes by default). The delimiter
(``,`` ``;`` or tab) is the one that gives the most rows with the same number of fields;
Excel's ``sep=;`` first line is honoured. Lines starting with ``#`` (Google Analytics
puts its report header there) and one-field title lines before the header (Meta) are
skipped. The table ends at the first blank or ``#`` line after its rows: a second table
in the same file (Google Analytics does this) is not read.

No SQLite, no Textual: openpyxl is imported only when an ``.xlsx`` is read.
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from smart_tui.domain.models import DomainError

MAX_BYTES = 20 * 1024 * 1024  # an export of daily rows over ten years is under 1 MB
MAX_ROWS = 200_000
DELIMITERS = (",", ";", "\t")

Cell = str | float | date  # xlsx cells keep their type; CSV cells are text


class MeasureFileError(DomainError):
    """The file cannot be read as measures: ``error.measures_*`` with its parameters."""


@dataclass
class Table:
    headers: list[str]
    rows: list[list[Cell]]
    delimiter: str = ","  # "" for xlsx: numbers in cells are already numbers
    lines: list[int] = field(default_factory=list)  # the file line of each row (1-based)
    sheets: list[str] = field(default_factory=list)


def read_table(path: Path, sheet: str | None = None) -> Table:
    """The header and rows of ``path``; raises :class:`MeasureFileError` when it cannot."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise MeasureFileError("error.measures_unreadable", path=path,
                               detail=exc.strerror or str(exc)) from exc
    if size > MAX_BYTES:
        raise MeasureFileError("error.measures_too_big", path=path,
                               size=size // (1024 * 1024), limit=MAX_BYTES // (1024 * 1024))
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path, sheet)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise MeasureFileError("error.measures_unreadable", path=path,
                               detail=exc.strerror or str(exc)) from exc
    if data.startswith(b"PK\x03\x04"):  # a workbook saved under another name
        return _read_xlsx(path, sheet)
    return parse_csv(decode(data), path)


def decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    sample = data[:4000]
    if len(sample) >= 4 and sample[1::2].count(0) > len(sample) // 4:
        return data.decode("utf-16-le", errors="replace")
    if len(sample) >= 4 and sample[0::2].count(0) > len(sample) // 4:
        return data.decode("utf-16-be", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _split(lines: list[tuple[int, str]], delimiter: str) -> list[tuple[int, list[str]]]:
    out = []
    for number, line in lines:
        fields = next(csv.reader([line], delimiter=delimiter), [])
        out.append((number, [f.strip() for f in fields]))
    return out


def parse_csv(text: str, path: Path | str = "") -> Table:
    if "\x00" in text:
        raise MeasureFileError("error.measures_binary", path=path)
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    forced = None
    lines: list[tuple[int, str]] = []
    for number, line in enumerate(raw, start=1):
        stripped = line.strip().strip('"')
        if not lines and stripped.lower().startswith("sep=") and len(stripped) == 5:
            forced = stripped[4]
            continue
        lines.append((number, line))
    if not any(line.strip() and not line.lstrip().startswith("#") for _, line in lines):
        raise MeasureFileError("error.measures_empty", path=path)
    delimiter = forced or _detect_delimiter(lines)
    headers: list[str] | None = None
    width = 0
    rows: list[list[Cell]] = []
    numbers: list[int] = []
    split = _split([(n, line) for n, line in lines], delimiter)
    width = _modal_width(split)
    for number, fields in split:
        blank = not any(fields)
        comment = bool(fields) and fields[0].startswith("#")
        if headers is None:
            if blank or comment or len(fields) != width:
                continue
            headers = fields
            continue
        if blank or comment:
            if rows:
                break  # the end of the first table
            continue
        if len(rows) >= MAX_ROWS:
            raise MeasureFileError("error.measures_too_many_rows", path=path, limit=MAX_ROWS)
        row: list[Cell] = [*fields, *[""] * (width - len(fields))]
        rows.append(row)
        numbers.append(number)
    if headers is None or width < 2:
        raise MeasureFileError("error.measures_no_table", path=path)
    if not rows:
        raise MeasureFileError("error.measures_empty", path=path)
    return Table(headers, rows, delimiter, numbers)


def _modal_width(split: list[tuple[int, list[str]]]) -> int:
    widths = Counter(len(f) for _, f in split if any(f) and not f[0].startswith("#"))
    return max(widths, key=lambda w: (widths[w], w)) if widths else 0


def _detect_delimiter(lines: list[tuple[int, str]]) -> str:
    sample = [(n, line) for n, line in lines[:200] if line.strip()
              and not line.lstrip().startswith("#")]
    best, best_score = ",", (-1, -1)
    for delimiter in DELIMITERS:
        split = _split(sample, delimiter)
        width = _modal_width(split)
        if width < 2:
            continue
        score = (sum(1 for _, f in split if len(f) == width), width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_xlsx(path: Path, sheet: str | None) -> Table:
    try:
        from openpyxl import load_workbook  # type: ignore[import-untyped]
    except ImportError as exc:  # pragma: no cover - openpyxl is a dependency
        raise MeasureFileError("error.measures_unreadable", path=path, detail=str(exc)) from exc
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds (BadZipFile…) for a damaged file
        raise MeasureFileError("error.measures_not_workbook", path=path) from exc
    try:
        names = list(book.sheetnames)
        if sheet is not None and sheet not in names:
            raise MeasureFileError("error.measures_no_sheet", path=path, sheet=sheet,
                                   sheets=", ".join(names))
        ws = book[sheet] if sheet is not None else book.worksheets[0]
        raw: list[tuple[int, list[Cell]]] = []
        for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
            if number > MAX_ROWS:
                raise MeasureFileError("error.measures_too_many_rows", path=path,
                                       limit=MAX_ROWS)
            raw.append((number, [_cell(v) for v in values]))
    finally:
        book.close()
    while raw and all(c == "" for c in raw[-1][1]):
        raw.pop()
    table = _table_from_cells(raw, path)
    table.sheets = names
    return table


def _cell(value: object) -> Cell:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, (date, float)):
        return value
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return float(value)
    return str(value).strip()


def _table_from_cells(raw: list[tuple[int, list[Cell]]], path: Path) -> Table:
    def used(cells: list[Cell]) -> int:
        return max((i + 1 for i, c in enumerate(cells) if c != ""), default=0)

    headers: list[str] | None = None
    rows: list[list[Cell]] = []
    numbers: list[int] = []
    for number, cells in raw:
        width = used(cells)
        if headers is None:
            if width >= 2 and not str(cells[0]).startswith("#"):
                headers = [str(c) for c in cells[:width]]
            continue
        if width == 0:
            if rows:
                break
            continue
        row = list(cells[: len(headers)]) + [""] * max(0, len(headers) - len(cells))
        rows.append(row)
        numbers.append(number)
    if headers is None:
        raise MeasureFileError("error.measures_no_table", path=path)
    if not rows:
        raise MeasureFileError("error.measures_empty", path=path)
    return Table(headers, rows, "", numbers)
