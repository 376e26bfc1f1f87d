"""One entry point for every export format, shared by ``smart-tui export`` and the app."""

from __future__ import annotations

from datetime import date, datetime

from smart_tui.i18n import Translator
from smart_tui.overview import full_views, goal_views
from smart_tui.storage.store import Store

from . import jsondoc

FORMATS = ("md", "csv", "ics", "json")
EXTENSIONS = {"md": "md", "csv": "csv", "ics": "ics", "json": "json"}


def render(store: Store, fmt: str, tr: Translator, today: date, table: str = "goals",
           now: datetime | None = None) -> bytes:
    """The document in ``fmt`` (``md``, ``csv``, ``ics``, ``json``) as bytes ready to write.

    ``now`` stamps the JSON and the calendar (default: the current time).
    """
    if fmt == "json":
        return jsondoc.dumps(jsondoc.build_document(store.snapshot(), now)).encode("utf-8")
    if fmt == "ics" or (fmt == "csv" and table != "checkpoints"):
        views = goal_views(store, today)  # no need to load every checkpoint
        if fmt == "ics":
            from .ics import calendar

            return calendar(views, tr, now)
        from .csv_export import goals_csv

        return goals_csv(views, tr).encode("utf-8")
    snapshot, views = full_views(store, today)
    if fmt == "md":
        from .markdown import roadmap

        return roadmap(snapshot, views, today, tr).encode("utf-8")
    if fmt == "csv":
        from .csv_export import checkpoints_csv

        return checkpoints_csv(views, tr).encode("utf-8")
    raise ValueError(fmt)


def default_filename(fmt: str, today: date, table: str = "goals",
                     tr: Translator | None = None) -> str:
    """In the user's language: ``feuille-de-route-2026-11-27.md``, ``goals-2026-11-27.csv``…

    Without a translator: ``smart-tui-2026-11-27.md``, ``smart-tui-checkpoints-….csv``.
    """
    if tr is not None:
        key = f"export.file.{fmt}_{table}" if fmt == "csv" else f"export.file.{fmt}"
        return tr(key, date=today.isoformat())
    middle = f"-{table}" if fmt == "csv" else ""
    return f"smart-tui{middle}-{today.isoformat()}.{EXTENSIONS[fmt]}"
