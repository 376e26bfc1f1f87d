"""``smart-tui log GOAL --from FILE``: checkpoints read from a tool's export, previewed or written.

Kept out of ``commands.py`` so that the plain ``log GOAL VALUE`` stays small; the reading is
``smart_tui.measures`` (pure), the writing ``smart_tui.services.measures`` (one transaction).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from smart_tui.errors import EXIT_OK, UsageError
from smart_tui.i18n import Translator

if TYPE_CHECKING:
    from smart_tui.services import Workspace
    from smart_tui.services.measures import MeasureImportResult

_FILE_OPTIONS = ("column", "date_column", "period", "aggregate", "partial", "dry_run", "sheet")


def add_arguments(log: argparse.ArgumentParser, tr: Translator) -> None:
    log.add_argument("--from", dest="from_file", metavar=tr("cli.metavar.path"),
                     help=tr("cli.help.from"))
    log.add_argument("--column", metavar=tr("cli.metavar.name"), help=tr("cli.help.column"))
    log.add_argument("--date-column", metavar=tr("cli.metavar.name"),
                     help=tr("cli.help.date_column"))
    log.add_argument("--period", choices=("day", "week", "month"), help=tr("cli.help.period"))
    log.add_argument("--aggregate", choices=("sum", "mean", "last"),
                     help=tr("cli.help.aggregate"))
    log.add_argument("--partial", action="store_true", default=None,
                     help=tr("cli.help.partial"))
    log.add_argument("--dry-run", action="store_true", help=tr("cli.help.dry_run"))
    log.add_argument("--sheet", metavar=tr("cli.metavar.name"), help=tr("cli.help.sheet"))


def check_log_arguments(args: argparse.Namespace, tr: Translator) -> bool:
    """True for ``--from FILE``; a clear usage error for any mix the command cannot mean."""
    if args.from_file:
        if args.value is not None:
            raise UsageError(tr("error.log_from_and_value"))
        return True
    given = [f"--{name.replace('_', '-')}" for name in _FILE_OPTIONS
             if getattr(args, name, None) not in (None, False)]
    if given:
        raise UsageError(tr("error.log_options_need_from", options=", ".join(given)))
    if args.value is None:
        raise UsageError(tr("error.log_value_missing"))
    return False


def log_from_file(args: argparse.Namespace, tr: Translator, today: date,
                  open_workspace: Callable[[argparse.Namespace], Workspace]) -> int:
    from smart_tui.domain.models import DomainError
    from smart_tui.measures import Aggregate, MeasureFileError, Period, plan_file
    from smart_tui.present import error_text
    from smart_tui.services.measures import choices_for, import_measures, preview_measures

    try:
        goal_id = int(args.goal_id)
    except ValueError:
        raise DomainError("error.unknown_goal", goal_id=args.goal_id[:20]) from None
    path = Path(args.from_file).expanduser()
    ws = open_workspace(args)
    try:
        goal = ws.goal(goal_id)
        if goal is None:
            raise DomainError("error.unknown_goal", goal_id=goal_id)
        choices = choices_for(
            ws, goal_id, column=args.column, date_column=args.date_column,
            period=Period(args.period) if args.period else None,
            aggregate=Aggregate(args.aggregate) if args.aggregate else None,
            partial=args.partial, sheet=args.sheet)
        try:
            plan = plan_file(path, choices, goal.unit, today)
        except MeasureFileError as exc:
            message = error_text(tr, exc)
            if exc.key == "error.measures_choose_column":
                first = str(exc.params["columns"]).split(", ")[0]
                message += "\n" + tr("measures.column_hint", goal_id=goal_id, path=path,
                                     column=first)
            raise UsageError(message) from exc
        run = preview_measures if args.dry_run else import_measures
        result = run(ws, goal_id, plan, today)
    finally:
        ws.close()
    sys.stdout.write(result_text(tr, result))
    return EXIT_OK


def result_text(tr: Translator, result: MeasureImportResult) -> str:
    """The table of checkpoints (date, value, new/replaced), what was left out, the trajectory."""
    from smart_tui.present import error_text, trajectory_text
    from smart_tui.sentence import format_value

    goal, plan = result.goal, result.plan
    lines = []
    if not result.written:
        lines.append(tr("measures.preview_title", column=plan.choices.column,
                        period=tr(f"period.{plan.choices.period.value}"),
                        aggregate=tr(f"aggregate.{plan.choices.aggregate.value}"
                                     if plan.choices.aggregate else "aggregate.sum")))
    rows = [(tr("measures.col_date"), tr("measures.col_value"), tr("measures.col_status"))]
    for item in result.proposed:
        status = tr(f"measures.status_{item.status}",
                    previous=format_value(tr, item.previous, goal.unit))
        if item.partial:
            status += " " + tr("measures.partial")
        rows.append((tr.date_short(item.day), format_value(tr, item.value, goal.unit), status))
    if len(rows) > 1:
        widths = [max(len(r[i]) for r in rows) for i in range(2)]
        lines += [f"{d.ljust(widths[0])}  {v.rjust(widths[1])}  {s}" for d, v, s in rows]
    else:
        lines.append(tr("measures.nothing"))
    for period in plan.left_out:
        lines.append(tr("measures.left_out", start=tr.date_short(period.start),
                        end=tr.date_short(period.end)) + " " + tr("measures.partial_hint"))
    for skipped in result.skipped:
        error = _Error(skipped.reason, skipped.params)
        lines.append(tr("measures.skipped", date=tr.date_short(skipped.day),
                        reason=error_text(tr, error)))
    if result.written:
        lines.append(tr("measures.done", goal_id=goal.id, new=result.count("new"),
                        replaced=result.count("replaced"), unchanged=result.count("unchanged")))
    lines.append(tr("measures.after", status=trajectory_text(tr, result.after)))
    return "\n".join(lines) + "\n"


class _Error(Exception):
    """A skipped checkpoint's reason, shaped like a domain error for :func:`error_text`."""

    def __init__(self, key: str, params: dict[str, object]) -> None:
        super().__init__(key)
        self.key, self.params = key, params
