"""Whole-database actions: export, import, backup and restore."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from smart_tui.domain.invariants import (
    normalize_adjustment,
    normalize_checkpoint,
    normalize_goal,
    normalize_priority,
    normalize_profile,
)
from smart_tui.domain.models import Checkpoint, DomainError, Goal, Snapshot
from smart_tui.export.formats import FORMATS, ExportData
from smart_tui.i18n import Translator
from smart_tui.interchange import DocumentError, parse_document

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


def _at(where: str, exc: DomainError) -> DocumentError:
    return DocumentError(where, exc.key, **exc.params)


def _one_per_date(goal: Goal) -> int:
    """Keep the last checkpoint of each date (the rule of ``log``); return how many went."""
    by_date: dict[date, Checkpoint] = {}
    for checkpoint in goal.checkpoints:
        by_date[checkpoint.date] = checkpoint
    merged = len(goal.checkpoints) - len(by_date)
    goal.checkpoints = sorted(by_date.values(), key=lambda c: c.date)
    return merged


def check_snapshot(snapshot: Snapshot, today: date) -> int:
    """Every field of a document through the invariants of the forms and ``log``.

    Imported goals keep their status (an export must round-trip). Raises
    :class:`DocumentError` naming the first faulty place; returns how many same-date
    checkpoints were merged."""
    try:
        normalize_profile(snapshot.profile)
    except DomainError as exc:
        raise _at("profile", exc) from None
    for i, priority in enumerate(snapshot.priorities):
        try:
            normalize_priority(priority)
        except DomainError as exc:
            raise _at(f"priorities[{i}]", exc) from None
    merged = 0
    for i, goal in enumerate(snapshot.goals):
        try:
            normalize_goal(goal)
        except DomainError as exc:
            raise _at(f"goals[{i}]", exc) from None
        for j, checkpoint in enumerate(goal.checkpoints):
            where = f"goals[{i}].checkpoints[{j}]"
            try:
                if checkpoint.date > today:
                    raise DomainError("error.checkpoint_future", date=checkpoint.date)
                normalize_checkpoint(goal, checkpoint)
            except DomainError as exc:
                raise _at(where, exc) from None
        for j, adjustment in enumerate(goal.adjustments):
            try:
                normalize_adjustment(adjustment)
            except DomainError as exc:
                raise _at(f"goals[{i}].adjustments[{j}]", exc) from None
        merged += _one_per_date(goal)
    return merged


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
