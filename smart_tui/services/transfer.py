"""Whole-database actions: export, import, backup and restore."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from smart_tui.domain.invariants import check_snapshot
from smart_tui.export.formats import FORMATS, ExportData
from smart_tui.i18n import Translator
from smart_tui.interchange import parse_document

from .overview import full_views, goal_views
from .workspace import Workspace


def export(ws: Workspace, fmt: str, tr: Translator, today: date, table: str = "goals",
           now: datetime | None = None) -> bytes:
    """The document in ``fmt`` (a key of :data:`FORMATS`) as bytes ready to write.

    ``now`` stamps the JSON and the calendar (default: the current time)."""
    spec = FORMATS[fmt]
    needs = spec.needs(table)
    if needs == "snapshot":
        data = ExportData([], ws.snapshot(), tr, today, now, table)
    elif needs == "full":
        snapshot, views = full_views(ws, today)
        data = ExportData(views, snapshot, tr, today, now, table)
    else:
        data = ExportData(goal_views(ws, today), None, tr, today, now, table)
    return spec.render(data)


@dataclass(frozen=True)
class Imported:
    priorities: int
    goals: int
    checkpoints: int
    merged: int  # checkpoints on a date the same goal already had: the later one kept


def import_document(ws: Workspace, data: object, today: date) -> Imported:
    """Add a parsed JSON document, after checking all of it: it all lands or nothing does."""
    snapshot = parse_document(data)
    merged = check_snapshot(snapshot, today)
    ws.store.import_snapshot(snapshot)
    return Imported(len(snapshot.priorities), len(snapshot.goals),
                    sum(len(g.checkpoints) for g in snapshot.goals), merged)


def backup(ws: Workspace, target: Path | None = None) -> Path:
    """A copy of the database now, by default in ``backups/`` beside it."""
    return ws.store.backup(target)


def restore(source: Path, target: Path) -> Path | None:
    """Put ``source``'s content in place of the database at ``target``; return where the
    previous one was kept (None when there was none)."""
    from smart_tui.storage import Store
    from smart_tui.storage.restore import restore as restore_file

    kept = restore_file(source, target)
    Store.open(target).close()  # brings an older backup's schema up to date
    return kept
