"""The commands that open no screen: ``report``, ``log``, ``export``, ``import``."""

from __future__ import annotations

import argparse
import shutil
import sys
from datetime import date
from pathlib import Path

from smart_tui.cli import EXIT_NONE, EXIT_OK, UsageError
from smart_tui.domain.checkpoints import check_checkpoint
from smart_tui.domain.dates import parse_date, parse_iso
from smart_tui.domain.models import Checkpoint, Confidence, DomainError
from smart_tui.domain.numbers import parse_number
from smart_tui.domain.sentence import format_value
from smart_tui.domain.trajectory import compute
from smart_tui.export import jsondoc
from smart_tui.export.documents import render
from smart_tui.export.report import report_document, report_text
from smart_tui.fileio import write_atomic
from smart_tui.i18n import Translator
from smart_tui.overview import goal_views
from smart_tui.paths import database_path
from smart_tui.present import trajectory_text
from smart_tui.storage import Store


def _store(args: argparse.Namespace) -> Store:
    return Store.open(database_path(args.db))


def cmd_report(args: argparse.Namespace, tr: Translator, today: date) -> int:
    if args.today:
        today = parse_iso(args.today)
    store = _store(args)
    try:
        views = goal_views(store, today)
    finally:
        store.close()
    if args.due:
        views = [v for v in views if v.trajectory.due]
    if args.json:
        sys.stdout.write(jsondoc.dumps(report_document(views, today, tr)))
    elif views or args.due:
        width = shutil.get_terminal_size((100, 24)).columns if sys.stdout.isatty() else 200
        sys.stdout.write(report_text(views, today, tr, width))
    else:
        print(tr("cli.no_goals"))
    if args.due and not views:
        return EXIT_NONE  # like grep: "smart-tui report --due && mail …"
    return EXIT_OK


def cmd_log(args: argparse.Namespace, tr: Translator, today: date) -> int:
    from smart_tui.measures_cli import check_log_arguments, log_from_file

    if check_log_arguments(args, tr):
        return log_from_file(args, tr, today, _store)
    try:
        goal_id = int(args.goal_id)
    except ValueError:
        raise DomainError("error.unknown_goal", goal_id=args.goal_id[:20]) from None
    value = parse_number(args.value)
    day = parse_date(args.date, today, prefer="past") if args.date else today
    confidence = Confidence(args.confidence) if args.confidence else None
    store = _store(args)
    try:
        goal = store.goal(goal_id)
        if goal is None:
            raise DomainError("error.unknown_goal", goal_id=goal_id)
        check_checkpoint(goal, day, value, today)
        before = compute(goal, store.series([goal_id]).get(goal_id, ()), today)
        store.add_checkpoint(goal_id, Checkpoint(day, value, confidence, args.note))
        after = compute(goal, store.series([goal_id])[goal_id], today)
    finally:
        store.close()
    print(tr("cli.logged", goal_id=goal_id, value=format_value(tr, value, goal.unit),
             date=tr.date_long(day)))
    old, new = trajectory_text(tr, before), trajectory_text(tr, after)
    if old != new:
        print(tr("cli.status_change", before=old, after=new))
    return EXIT_OK


def _write(output: str | None, data: bytes, tr: Translator) -> None:
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    path = Path(output).expanduser()
    try:
        write_atomic(path, data)
    except OSError as exc:
        raise UsageError(tr("error.file_write", path=path, detail=exc.strerror or exc)) from exc
    print(tr("cli.exported", path=path), file=sys.stderr)


def cmd_export(args: argparse.Namespace, tr: Translator, today: date) -> int:
    store = _store(args)
    try:
        data = render(store, args.format, tr, today, args.table)
    finally:
        store.close()
    _write(args.output, data, tr)
    return EXIT_OK


def cmd_import(args: argparse.Namespace, tr: Translator, today: date) -> int:
    path = Path(args.file).expanduser()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        detail = getattr(exc, "strerror", None) or exc
        raise UsageError(tr("error.file_read", path=path, detail=detail)) from exc
    try:
        data = jsondoc.loads(text)
    except ValueError as exc:
        line = getattr(exc, "lineno", "?")
        raise UsageError(tr("error.import_json", path=path, line=line)) from exc
    snapshot = jsondoc.parse_document(data)  # validates everything before any write
    store = _store(args)
    try:
        store.import_snapshot(snapshot)
    finally:
        store.close()
    checkpoints = sum(len(g.checkpoints) for g in snapshot.goals)
    print(tr("cli.imported", priorities=len(snapshot.priorities), goals=len(snapshot.goals),
             checkpoints=checkpoints))
    return EXIT_OK


def cmd_backup(args: argparse.Namespace, tr: Translator, today: date) -> int:
    store = _store(args)
    try:
        target = Path(args.output).expanduser() if args.output else None
        path = store.backup(target)
    finally:
        store.close()
    print(tr("cli.backup_done", path=path))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, tr: Translator, today: date) -> int:
    from smart_tui.storage.restore import restore

    target = database_path(args.db)
    kept = restore(Path(args.file).expanduser(), target)
    Store.open(target).close()  # brings an older backup's schema up to date
    print(tr("cli.restored", source=args.file, path=target))
    if kept is not None:
        print(tr("cli.previous_kept", path=kept))
    return EXIT_OK
