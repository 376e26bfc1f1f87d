"""The commands that open no screen: ``report``, ``log``, ``export``, ``import``, ``backup``,
``restore``. Each parses its arguments, calls one service, and prints the result."""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from datetime import date
from pathlib import Path

from smart_tui.domain.dates import parse_date
from smart_tui.domain.limits import MAX_ID
from smart_tui.domain.models import Checkpoint, Confidence, DomainError
from smart_tui.domain.numbers import parse_number
from smart_tui.domain.text import shown
from smart_tui.errors import EXIT_NONE, EXIT_OK, UsageError
from smart_tui.fileio import check_output, is_stdout, read_limited, write_atomic
from smart_tui.i18n import Translator
from smart_tui.interchange import NestingError, dumps, loads
from smart_tui.paths import database_path
from smart_tui.present import logged_text, os_detail, other_door
from smart_tui.report import report_document, report_text
from smart_tui.safefiles import SQLITE_HEADER
from smart_tui.services import Workspace, checkpoints, transfer
from smart_tui.services.overview import goal_views


def _workspace(args: argparse.Namespace) -> Workspace:
    return Workspace.open(database_path(args.db))


def cmd_report(args: argparse.Namespace, tr: Translator, today: date) -> int:
    if args.today:  # every form the error message lists: 2026-07-01, 01/07/2026, fin juin…
        today = parse_date(args.today, today)
    ws = _workspace(args)
    try:
        views = goal_views(ws, today)
    finally:
        ws.close()
    if args.due:
        views = [v for v in views if v.trajectory.due]
    if args.json:
        sys.stdout.write(dumps(report_document(views, today, tr)))
    elif args.due and not views:
        print(tr("cli.nothing_due", date=tr.date_long(today)))
    elif views:
        width = shutil.get_terminal_size((100, 24)).columns if sys.stdout.isatty() else 200
        # text stored by an older version may hold escapes: shown, never obeyed
        sys.stdout.write(shown(report_text(views, today, tr, width), keep_newlines=True))
    else:
        print(tr("cli.no_goals"))
    if args.due and not views:
        return EXIT_NONE  # like grep: "smart-tui report --due && mail …"
    return EXIT_OK


def goal_number(text: str) -> int:
    """A goal id typed on the command line: digits only, within SQLite's integers."""
    if not re.fullmatch(r"[0-9]{1,19}", text.strip()) or not 0 < int(text) <= MAX_ID:
        raise DomainError("error.goal_id", text=text[:30])
    return int(text)


def cmd_log(args: argparse.Namespace, tr: Translator, today: date) -> int:
    from smart_tui.measures_cli import check_log_arguments, log_from_file

    if check_log_arguments(args, tr):
        return log_from_file(args, tr, today, _workspace)
    goal_id = goal_number(args.goal_id)
    parse_number(args.value, lang=tr.lang)  # refused before the database is opened
    day = parse_date(args.date, today, prefer="past") if args.date else today
    confidence = Confidence(args.confidence) if args.confidence else None
    ws = _workspace(args)
    try:
        goal = ws.goal(goal_id)
        if goal is None:
            raise DomainError("error.unknown_goal", goal_id=goal_id)
        value = parse_number(args.value, goal.unit, tr.lang)  # "12,5 %" only on a percentage KPI
        logged = checkpoints.log_checkpoint(
            ws, goal_id, Checkpoint(day, value, confidence, args.note), today)
    finally:
        ws.close()
    print(logged_text(tr, logged))
    return EXIT_OK


def _check_output_given(output: str | None, tr: Translator) -> None:
    if output is not None and not output.strip():  # Path("") would be the current folder
        raise UsageError(tr("error.output_empty"))


def _write(output: str | None, data: bytes, tr: Translator, database: Path) -> None:
    if is_stdout(output):
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    path = Path(str(output)).expanduser()
    try:
        check_output(path, database)  # not the database, a folder, a device, another DB
        path.parent.mkdir(parents=True, exist_ok=True)  # as the app's export dialog does
        write_atomic(path, data)
    except OSError as exc:
        detail = os_detail(tr, exc)
        raise UsageError(tr("error.file_write", path=shown(path), detail=detail)) from exc
    print(tr("cli.exported", path=shown(path)), file=sys.stderr)


def cmd_export(args: argparse.Namespace, tr: Translator, today: date) -> int:
    _check_output_given(args.output, tr)
    ws = _workspace(args)
    try:
        data = transfer.export(ws, args.format, tr, today, args.table)
    finally:
        ws.close()
    _write(args.output, data, tr, database_path(args.db))
    return EXIT_OK


def cmd_import(args: argparse.Namespace, tr: Translator, today: date) -> int:
    path = Path(args.file).expanduser()
    try:
        data = read_limited(path)  # a regular file, at most 50 MB
    except OSError as exc:
        raise UsageError(tr("error.file_read", path=shown(path), detail=os_detail(tr, exc))) \
            from exc
    if data.startswith(SQLITE_HEADER):  # a backup: `restore` puts it in place
        command = other_door("restore", args.file, str(database_path(args.db)))
        raise UsageError(tr("error.import_is_database", path=shown(path), command=command))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:  # a picture, a spreadsheet: not an export
        raise UsageError(tr("error.import_not_text", path=shown(path))) from exc
    try:
        data = loads(text)
    except NestingError:
        raise
    except ValueError as exc:
        line = getattr(exc, "lineno", "?")
        raise UsageError(tr("error.import_json", path=path, line=line)) from exc
    ws = _workspace(args)
    try:
        done = transfer.import_document(ws, data, today)
    except DomainError as exc:
        if not _priority_limit(exc):
            raise
        from smart_tui.present import error_text

        hint = tr("cli.import_limit_hint", file=shown(args.file))
        raise UsageError(f"{error_text(tr, exc)}\n{hint}") from exc
    finally:
        ws.close()
    print(tr("cli.imported", priorities=tr.plural("count.priorities", done.priorities),
             goals=tr.plural("count.goals", done.goals),
             checkpoints=tr.plural("count.checkpoints", done.checkpoints)))
    if done.merged:
        print(tr("cli.import_merged", count=done.merged))
    return EXIT_OK


def _priority_limit(error: DomainError) -> bool:
    """The import would go past the active priorities' cap (the document or the database)."""
    return (getattr(error, "problem", None) == "invalid.priority_limit"
            or getattr(error, "key", None) == "error.priority_limit")


def _utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def cmd_backup(args: argparse.Namespace, tr: Translator, today: date) -> int:
    _check_output_given(args.output, tr)
    target = Path(args.output).expanduser() if args.output else None
    if target is not None and not _utf8(str(target)):  # SQLite takes only UTF-8 names
        raise UsageError(tr("error.file_name_not_utf8", path=shown(target)))
    if target is not None:
        target = check_output(target, database_path(args.db), backup=True)  # never overwrites
    ws = _workspace(args)
    try:
        path = transfer.backup(ws, target)
    finally:
        ws.close()
    print(tr("cli.backup_done", path=shown(path)))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, tr: Translator, today: date) -> int:
    from smart_tui.storage import DatabaseError

    target = database_path(args.db)
    try:
        kept = transfer.restore(Path(args.file).expanduser(), target)
    except DatabaseError as exc:
        if exc.key == "error.restore_is_json":  # an export: `import` reads it
            exc.params["command"] = other_door("import", args.file, str(target))
        raise
    print(tr("cli.restored", source=shown(args.file), path=shown(target)))
    if kept is not None:
        print(tr("cli.previous_kept", path=shown(kept)))
    return EXIT_OK
