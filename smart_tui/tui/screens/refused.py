"""The database could not be used: its message, in place of the dashboard, until the user quits.

Shown when the dashboard's loading worker finds the file damaged, foreign, newer or out of
reach (the check runs right after the first frame is painted, before any write can happen).
The same words and restore advice as the command line's; nothing is written to the file.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Static

from ..base import SmartScreen
from ..widgets.header import SmartHeader
from ..widgets.keybar import KeyBar


class RefusedScreen(SmartScreen):
    BINDINGS = [
        Binding("escape,enter", "app.quit", "key.quit", id="refused-quit"),
    ]

    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message

    def compose(self) -> ComposeResult:
        yield SmartHeader()
        with Vertical(id="refused"):
            yield Static(self.tr("ui.db_refused_title"), id="refused-title")
            yield Static(self.message, id="refused-message", markup=False)
            yield Static(self.tr("ui.db_refused_quit"), id="refused-quit")
        yield KeyBar()
