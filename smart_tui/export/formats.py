"""The registry of export formats: read by ``smart-tui export``, the export dialog and the README.

Each format names its extension, the data it needs and its renderer (a pure function
in this package). Adding a format is one entry here, a renderer beside it, and its
label in the catalogues (``export.format_<name>``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from smart_tui.domain.models import Snapshot
from smart_tui.domain.views import GoalView
from smart_tui.i18n import Translator

Needs = Literal["views", "full", "snapshot"]
TABLES = ("goals", "checkpoints")


@dataclass(frozen=True)
class ExportData:
    """What a renderer gets: the views (with checkpoints loaded when ``full``), the
    snapshot (``full`` and ``snapshot``), the language and the dates to stamp."""

    views: Sequence[GoalView]
    snapshot: Snapshot | None
    tr: Translator
    today: date
    now: datetime | None
    table: str = "goals"


@dataclass(frozen=True)
class ExportFormat:
    name: str
    extension: str
    render: Callable[[ExportData], bytes]
    needs: Callable[[str], Needs]  # by table: what to load


def _markdown(data: ExportData) -> bytes:
    from .markdown import roadmap

    assert data.snapshot is not None
    return roadmap(data.snapshot, data.views, data.today, data.tr).encode("utf-8")


def _csv(data: ExportData) -> bytes:
    from .csv_export import checkpoints_csv, goals_csv

    if data.table == "checkpoints":
        return checkpoints_csv(data.views, data.tr).encode("utf-8")
    return goals_csv(data.views, data.tr).encode("utf-8")


def _ics(data: ExportData) -> bytes:
    from .ics import calendar

    return calendar(data.views, data.tr, data.now)


def _json(data: ExportData) -> bytes:
    from smart_tui.interchange import build_document, dumps

    assert data.snapshot is not None
    return dumps(build_document(data.snapshot, data.now)).encode("utf-8")


FORMATS: dict[str, ExportFormat] = {
    f.name: f for f in (
        ExportFormat("md", "md", _markdown, lambda table: "full"),
        ExportFormat("csv", "csv", _csv,
                     lambda table: "full" if table == "checkpoints" else "views"),
        ExportFormat("ics", "ics", _ics, lambda table: "views"),
        ExportFormat("json", "json", _json, lambda table: "snapshot"),
    )
}


def default_filename(fmt: str, today: date, table: str = "goals",
                     tr: Translator | None = None) -> str:
    """In the user's language: ``feuille-de-route-2026-11-27.md``, ``goals-2026-11-27.csv``…

    Without a translator: ``smart-tui-2026-11-27.md``, ``smart-tui-checkpoints-….csv``.
    """
    if tr is not None:
        key = f"export.file.{fmt}_{table}" if fmt == "csv" else f"export.file.{fmt}"
        return tr(key, date=today.isoformat())
    middle = f"-{table}" if fmt == "csv" else ""
    return f"smart-tui{middle}-{today.isoformat()}.{FORMATS[fmt].extension}"
