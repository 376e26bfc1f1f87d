"""Start an app headless, wait for the first screen to be painted, quit. Timed by run.py.

    python benchmarks/startup_app.py bare
    python benchmarks/startup_app.py smart DB

Both apps start the same way: this script, ``App.run(headless=True)``, and an auto-pilot
that waits until the first screen is painted and idle, then exits.
"""

from __future__ import annotations

import sys


async def _quit_after_first_paint(pilot) -> None:  # noqa: ANN001 - textual Pilot
    await pilot.pause()
    pilot.app.exit()


def bare_app():  # noqa: ANN201 - textual App
    from textual.app import App, ComposeResult
    from textual.widgets import Footer, Header, Static

    class Bare(App):
        def compose(self) -> ComposeResult:
            yield Header()
            yield Static("Hello")
            yield Footer()

    return Bare()


def smart_app(db: str):  # noqa: ANN201 - SmartApp
    from datetime import date

    from smart_tui.i18n import Translator
    from smart_tui.services import Workspace
    from smart_tui.tui.app import SmartApp

    return SmartApp(workspace=Workspace.open(db), tr=Translator("fr"), today=date(2026, 11, 27))


if __name__ == "__main__":
    app = bare_app() if sys.argv[1] == "bare" else smart_app(sys.argv[2])
    app.run(headless=True, size=(120, 36), auto_pilot=_quit_after_first_paint)
