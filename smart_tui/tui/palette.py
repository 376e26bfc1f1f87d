"""Textual's command palette with its one hard-coded English sentence in the UI language.

``CommandPalette`` builds "No matches found" inside a private method; this overrides that
method alone. Textual is pinned to 8.2.x and ``tests/ui`` checks the sentence, so an upgrade
that changes the internals fails a test instead of showing English to a French user.
"""

from __future__ import annotations

from rich.align import Align
from rich.text import Text
from textual.command import CommandList, CommandPalette
from textual.widgets.option_list import Option


class LocalizedCommandPalette(CommandPalette):
    def __init__(self, no_matches: str, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._no_matches_text = no_matches

    def _start_no_matches_countdown(self, search_value: str) -> None:
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:
                self.query_one(CommandList).add_option(Option(
                    Align.center(Text(self._no_matches_text, style="not bold")),
                    disabled=True, id=self._NO_MATCHES,
                ))
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)
