"""The command line: argument parsing, wiring, and the commands that open no screen.

``report``, ``log``, ``export`` and ``import`` never import Textual, so a script that
calls ``smart-tui log`` every minute pays only for SQLite and dates. Exit codes:
0 done; 2 bad usage or bad input (message on stderr, nothing written); 3 the database
cannot be used.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from typing import NoReturn

from smart_tui import __version__
from smart_tui.domain.dates import parse_iso
from smart_tui.domain.models import DomainError
from smart_tui.i18n import LANGUAGES, Translator, resolve_language
from smart_tui.paths import config_file, database_path
from smart_tui.settings import Settings

EXIT_OK, EXIT_NONE, EXIT_USAGE, EXIT_DATABASE = 0, 1, 2, 3


class UsageError(Exception):
    """Bad input on the command line: exit 2 with this message."""


class _Parser(argparse.ArgumentParser):
    tr: Translator

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, self.tr("error.usage", detail=message) + "\n")


def _prescan_lang(argv: list[str]) -> str | None:
    """``--lang`` is needed before parsing, so that parse errors speak the user's language."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def build_parser(tr: Translator) -> argparse.ArgumentParser:
    def parser(**kwargs: object) -> _Parser:
        p = _Parser(**kwargs)  # type: ignore[arg-type]
        p.tr = tr
        return p

    # --db/--lang are accepted before or after the command name: the sub-parsers
    # repeat them with SUPPRESS defaults so they only override when given.
    def common(suppress: bool) -> argparse.ArgumentParser:
        shared = argparse.ArgumentParser(add_help=False)
        default = argparse.SUPPRESS if suppress else None
        shared.add_argument("--db", metavar="PATH", default=default, help=tr("cli.help.db"))
        shared.add_argument("--lang", choices=LANGUAGES, default=default, help=tr("cli.help.lang"))
        return shared

    root = parser(prog="smart-tui", description=tr("cli.description"), parents=[common(False)])
    root.add_argument("--version", action="version", version=f"smart-tui {__version__}")
    root.add_argument("--demo", action="store_true", help=tr("cli.help.demo"))
    sub = root.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=tr(f"cli.help.{name}"), description=tr(f"cli.help.{name}"),
                           parents=[common(True)])
        p.tr = tr  # type: ignore[attr-defined]
        return p

    report = command("report")
    report.add_argument("--json", action="store_true", help=tr("cli.help.json"))
    report.add_argument("--today", metavar="YYYY-MM-DD", help=tr("cli.help.today"))
    report.add_argument("--due", action="store_true", help=tr("cli.help.due"))

    log = command("log")
    log.add_argument("goal_id", metavar="GOAL_ID", help=tr("cli.help.goal_id"))
    log.add_argument("value", metavar="VALUE", nargs="?", help=tr("cli.help.value"))
    log.add_argument("--date", help=tr("cli.help.date"))
    log.add_argument("--note", default="", help=tr("cli.help.note"))
    log.add_argument("--confidence", choices=("high", "medium", "low"),
                     help=tr("cli.help.confidence"))
    from smart_tui.measures_cli import add_arguments  # --from FILE and its choices

    add_arguments(log, tr)

    export = command("export")
    export.add_argument("--format", choices=("md", "csv", "ics", "json"), default="json",
                        help=tr("cli.help.format"))
    export.add_argument("--table", choices=("goals", "checkpoints"), default="goals",
                        help=tr("cli.help.table"))
    export.add_argument("-o", "--output", metavar="FILE", help=tr("cli.help.output"))

    backup = command("backup")
    backup.add_argument("-o", "--output", metavar="FILE", help=tr("cli.help.backup_output"))

    restore = command("restore")
    restore.add_argument("file", metavar="FILE", help=tr("cli.help.restore_file"))

    review = command("review")
    review.add_argument("--all", action="store_true", help=tr("cli.help.review_all"))

    imp = command("import")
    imp.add_argument("file", metavar="FILE", help=tr("cli.help.file"))
    return root


def today_from_env() -> date:
    """Today, or ``SMART_TUI_TODAY`` (ISO) when set: tests and demos freeze the clock with it."""
    frozen = os.environ.get("SMART_TUI_TODAY")
    return parse_iso(frozen) if frozen else date.today()


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    settings = Settings.load(config_file())
    tr = Translator(resolve_language(_prescan_lang(argv), configured=settings.language))
    try:
        args = build_parser(tr).parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error (2)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    from smart_tui.present import error_text
    from smart_tui.storage import DatabaseError

    try:
        today = today_from_env()
        if args.command in (None, "review"):
            return _run_app(args, tr, today, settings)
        from smart_tui import commands

        handler = getattr(commands, f"cmd_{args.command}")
        return handler(args, tr, today)
    except DatabaseError as exc:
        print(error_text(tr, exc), file=sys.stderr)
        return EXIT_DATABASE
    except (DomainError, UsageError) as exc:
        print(error_text(tr, exc), file=sys.stderr)
        return EXIT_USAGE


def _run_app(args: argparse.Namespace, tr: Translator, today: date, settings: Settings) -> int:
    from smart_tui.storage import Store

    if args.demo:
        from smart_tui.demo import create_demo_database

        store = create_demo_database(today, tr.lang)
    else:
        store = Store.open(database_path(args.db))
    from smart_tui.tui.app import SmartApp  # Textual is imported only here

    start = "review-all" if getattr(args, "all", False) else args.command or "dashboard"
    app = SmartApp(store=store, tr=tr, today=today, settings=settings,
                   config_path=config_file(), demo=args.demo, start=start)
    try:
        app.run()
    finally:
        store.close()
        if app.store is not store:  # the example data opened from the welcome screen
            app.store.close()
    return app.return_code or EXIT_OK

