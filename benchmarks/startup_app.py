"""Start an app headless, wait until its data is on screen, quit. Timed by run.py.

    python benchmarks/startup_app.py bare
    python benchmarks/startup_app.py smart DB
    python benchmarks/startup_app.py demo

Both apps start the same way: ``App.run(headless=True, size=(120, 36))`` with an auto-pilot
that waits until the first screen is painted, then until every worker the app started has
finished and the screen has settled again (a frame painted before the data arrives does
not count as started), then exits. smart-tui is started through its real entry point
(``smart_tui.cli.main``: settings, language, argument parsing, opening the database or
building the example), only ``App.run`` is given the headless size and the auto-pilot.
"""

from __future__ import annotations

import sys
from functools import partialmethod


async def _quit_once_settled(pilot) -> None:  # noqa: ANN001 - textual Pilot
    app = pilot.app
    await pilot.pause()  # the first screen is painted
    while True:
        running = [w for w in app.workers if not w.is_finished]
        if not running:
            break
        await app.workers.wait_for_complete(running)
        await pilot.pause()  # what the workers sent is applied and painted
    await pilot.pause()
    app.exit()


def bare_app():  # noqa: ANN201 - textual App
    from textual.app import App, ComposeResult
    from textual.widgets import Footer, Header, Static

    class Bare(App):
        def compose(self) -> ComposeResult:
            yield Header()
            yield Static("Hello")
            yield Footer()

    return Bare()


def run_smart(argv: list[str]) -> int:
    """smart-tui's own ``main``, its App run headless with the same auto-pilot.

    Nothing is imported ahead of ``main``: it imports Textual and the app when it would
    (after reading the arguments and starting to open the database), and ``SmartApp.run``
    is given the headless size and the auto-pilot the moment its module is loaded.
    """
    from smart_tui.cli import main

    sys.meta_path.insert(0, _PatchRun())
    return main(argv)


class _PatchRun:
    """An import hook: once ``smart_tui.tui.app`` is loaded, its ``SmartApp.run`` runs headless."""

    name = "smart_tui.tui.app"

    def find_spec(self, fullname, path, target=None):  # noqa: ANN001, ANN201 - importlib
        if fullname != self.name:
            return None
        sys.meta_path.remove(self)
        import importlib.util

        spec = importlib.util.find_spec(fullname)
        load = spec.loader.exec_module

        def exec_module(module):  # noqa: ANN001, ANN202
            load(module)
            from textual.app import App

            module.SmartApp.run = partialmethod(
                App.run, headless=True, size=(120, 36), auto_pilot=_quit_once_settled)

        spec.loader.exec_module = exec_module
        return spec


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare_app().run(headless=True, size=(120, 36), auto_pilot=_quit_once_settled)
    elif sys.argv[1] == "demo":
        sys.exit(run_smart(["--demo"]))
    else:
        sys.exit(run_smart(["--db", sys.argv[2]]))
