"""The command line: argument parsing, wiring, and the commands that open no screen.

``report``, ``log``, ``export`` and ``import`` never import Textual, so a script that
calls ``smart-tui log`` every minute pays only for SQLite and dates. Exit codes:
0 done; 1 ``report --due`` found nothing due; 2 bad usage or bad input (message on stderr,
nothing written; also a refused ``-o`` or import file, an empty ``--db``); 3 the database
cannot be used (damaged, another program's, newer, locked, read-only, disk full, missing
folder) or a restore source is refused; 70 an unexpected error (one line on stderr, the
traceback in a crash log, see :mod:`smart_tui.crash`).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import NoReturn

from smart_tui import __version__
from smart_tui.crash import EXIT_CRASH, report_crash
from smart_tui.domain.dates import parse_iso
from smart_tui.domain.models import DomainError
from smart_tui.domain.text import shown
from smart_tui.errors import EXIT_DATABASE, EXIT_NONE, EXIT_OK, EXIT_USAGE, UsageError
from smart_tui.export.formats import FORMATS, TABLES
from smart_tui.i18n import LANGUAGES, Translator, resolve_language
from smart_tui.paths import config_file, database_path
from smart_tui.settings import Settings

#: Every code a command may return; the fuzz test holds the CLI to this set.
EXIT_CODES = frozenset({EXIT_OK, EXIT_NONE, EXIT_USAGE, EXIT_DATABASE, EXIT_CRASH})


class _Parser(argparse.ArgumentParser):
    tr: Translator

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, self.tr("error.usage", detail=shown(message)) + "\n")


def _prescan_lang(argv: list[str]) -> str | None:
    """``--lang`` is needed before parsing, so that parse errors speak the user's language."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


@contextmanager
def _argparse_speaks(tr: Translator) -> Iterator[None]:
    """argparse's own words (usage, options, errors) from the catalogue, gettext-style.

    argparse looks its strings up through ``argparse._``; the catalogue holds each msgid as
    ``argparse.<msgid>``. Restored afterwards, so nothing leaks into other callers.
    """
    original = argparse._  # type: ignore[attr-defined]

    def lookup(message: str) -> str:
        key = f"argparse.{message}"
        return tr(key) if key in tr else message

    argparse._ = lookup  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = original  # type: ignore[attr-defined]


_CONFIDENCE = {"high": "high", "medium": "medium", "low": "low", "élevée": "high",
               "elevee": "high", "moyenne": "medium", "faible": "low"}


def confidence_type(tr: Translator) -> Callable[[str], str]:
    """``--confidence`` in either language: ``élevée`` / ``high`` both give ``high``."""

    def parse(text: str) -> str:
        value = _CONFIDENCE.get(text.strip().lower())
        if value is None:
            raise argparse.ArgumentTypeError(tr("cli.confidence_invalid", value=text[:40]))
        return value

    return parse


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
        shared.add_argument("--db", metavar=tr("cli.metavar.path"), default=default,
                            help=tr("cli.help.db"))
        shared.add_argument("--lang", choices=LANGUAGES, default=default, help=tr("cli.help.lang"))
        return shared

    root = parser(prog="smart-tui", description=tr("cli.description"), parents=[common(False)])
    root.add_argument("--version", action="version", version=f"smart-tui {__version__}")
    root.add_argument("--demo", action="store_true", help=tr("cli.help.demo"))
    root.add_argument("--read-only", action="store_true", help=tr("cli.help.read_only"))
    sub = root.add_subparsers(dest="command", metavar=tr("cli.metavar.command"),
                              parser_class=_Parser)

    def command(name: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=tr(f"cli.help.{name}"), description=tr(f"cli.help.{name}"),
                           parents=[common(True)])
        p.tr = tr  # type: ignore[attr-defined]
        return p

    report = command("report")
    report.add_argument("--json", action="store_true", help=tr("cli.help.json"))
    report.add_argument("--today", metavar=tr("cli.metavar.date"), help=tr("cli.help.today"))
    report.add_argument("--due", action="store_true", help=tr("cli.help.due"))

    log = command("log")
    log.add_argument("goal_id", metavar=tr("cli.metavar.goal_id"), help=tr("cli.help.goal_id"))
    log.add_argument("value", metavar=tr("cli.metavar.value"), nargs="?",
                     help=tr("cli.help.value"))
    log.add_argument("--date", metavar=tr("cli.metavar.date"), help=tr("cli.help.date"))
    log.add_argument("--note", default="", help=tr("cli.help.note"))
    log.add_argument("--confidence", type=confidence_type(tr),
                     metavar=tr("cli.confidence_choices"), help=tr("cli.help.confidence"))
    from smart_tui.measures_cli import add_arguments  # --from FILE and its choices

    add_arguments(log, tr)

    export = command("export")
    export.add_argument("--format", choices=tuple(FORMATS), default="json",
                        help=tr("cli.help.format"))
    export.add_argument("--table", choices=TABLES, default="goals",
                        help=tr("cli.help.table"))
    export.add_argument("-o", "--output", metavar=tr("cli.metavar.path"),
                        help=tr("cli.help.output"))

    backup = command("backup")
    backup.add_argument("-o", "--output", metavar=tr("cli.metavar.path"),
                        help=tr("cli.help.backup_output"))

    restore = command("restore")
    restore.add_argument("file", metavar=tr("cli.metavar.path"), help=tr("cli.help.restore_file"))

    review = command("review")
    review.add_argument("--all", action="store_true", help=tr("cli.help.review_all"))
    review.add_argument("--read-only", action="store_true", default=argparse.SUPPRESS,
                        help=tr("cli.help.read_only"))

    serve = command("serve")
    serve.add_argument("--host", default="127.0.0.1", help=tr("cli.help.host"))
    serve.add_argument("--port", type=int, default=8000, help=tr("cli.help.port"))
    serve.add_argument("--read-only", action="store_true", default=argparse.SUPPRESS,
                       help=tr("cli.help.read_only"))
    serve.add_argument("--open", action="store_true", help=tr("cli.help.open"))
    serve.add_argument("--token", help=tr("cli.help.token"))

    imp = command("import")
    imp.add_argument("file", metavar=tr("cli.metavar.path"), help=tr("cli.help.file"))
    return root


def today_from_env() -> date:
    """Today, or ``SMART_TUI_TODAY`` (ISO) when set: tests and demos freeze the clock with it."""
    frozen = os.environ.get("SMART_TUI_TODAY")
    return parse_iso(frozen) if frozen else date.today()


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):  # a file name that is not UTF-8 prints as \xff
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    try:
        return _main(argv)
    except Exception as exc:  # the last line of defence: one line, a crash log, code 70
        return report_crash(exc, argv, _prescan_lang(argv))


def _main(argv: list[str]) -> int:
    settings = Settings.load(config_file())
    tr = Translator(resolve_language(_prescan_lang(argv), configured=settings.language))
    try:
        with _argparse_speaks(tr):
            args = build_parser(tr).parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error (2)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    from smart_tui.present import error_text
    from smart_tui.services import DatabaseError

    try:
        today = today_from_env()
        if args.command in (None, "review"):
            return _run_app(args, tr, today, settings)
        if args.demo:  # the example shop lives in the app only: never report on the wrong data
            raise UsageError(tr("error.demo_app_only", command=args.command))
        if args.command == "serve":  # textual-serve and aiohttp are imported only here
            from smart_tui.web.serve import cmd_serve

            return cmd_serve(args, tr)
        from smart_tui import commands

        handler = getattr(commands, f"cmd_{args.command}")
        return handler(args, tr, today)
    except DatabaseError as exc:
        if not exc.params.get("path"):  # a row that cannot be read names its database
            exc.params["path"] = str(database_path(args.db))
        print(error_text(tr, exc), file=sys.stderr)
        return EXIT_DATABASE
    except (DomainError, UsageError) as exc:
        print(error_text(tr, exc), file=sys.stderr)
        return EXIT_USAGE


def _run_app(args: argparse.Namespace, tr: Translator, today: date, settings: Settings) -> int:
    from smart_tui.services import Workspace

    if args.demo:
        from smart_tui.demo import create_demo_database

        workspace = create_demo_database(today, tr.lang)
    else:
        # The dashboard paints first and opens (checks) an existing database from its
        # loading worker, before any write. The review screen reads at once, and a missing
        # or odd path is created or refused here, as before: those open now.
        path = database_path(args.db)
        deferred = args.command is None and path.is_file()
        opener = Workspace.deferred if deferred else Workspace.open
        workspace = opener(path, read_only=getattr(args, "read_only", False))
        if deferred:
            workspace.open_soon()  # checked while Textual is imported
    # Importing Textual and the screens, building the app and its first screen allocate
    # much and free little: the cycle collector is paused until that screen has its data
    # (SmartApp.started), and what exists before the app runs is frozen (it lives as long
    # as the app), so later collections no longer walk it. Collections cost ~20-30 ms of
    # the start-up before (BENCHMARKS.md).
    gc.disable()
    try:
        from smart_tui.tui.app import SmartApp  # Textual is imported only here

        start = "review-all" if getattr(args, "all", False) else args.command or "dashboard"
        app = SmartApp(workspace=workspace, tr=tr, today=today, settings=settings,
                       config_path=config_file(), demo=args.demo, start=start,
                       read_only=getattr(args, "read_only", False))
        gc.freeze()
    except BaseException:
        gc.enable()
        raise
    try:
        app.run()  # the collector resumes once the first screen has its data (app.started)
    finally:
        gc.enable()
        workspace.close()
        if app.workspace is not workspace:  # the example data opened from the welcome screen
            app.workspace.close()
    if app.refused is not None:  # the message stays in the terminal, with its advice
        raise app.refused
    return app.return_code or EXIT_OK

