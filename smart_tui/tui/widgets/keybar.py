"""The keys of the screen, one line at the bottom: Textual's compact Footer in one widget.

Textual's ``Footer`` mounts a widget per key and recomposes them all each time the screen's
bindings change (focus moves, a goal is highlighted): five times, 7 widgets each, before the
dashboard has settled, and each new key restyles itself. That was a third of smart-tui's
start-up beyond a bare app (BENCHMARKS.md). The keys are text, so this bar renders them as one
line of text and re-renders it when the bindings change. It looks like the compact Footer
(key in bold, its description, a space between keys; a disabled key dimmed). Keys are pressed
on the keyboard; clicking the bar does nothing (the app is keyboard-only).
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual.app import RenderResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widget import Widget

DIM = Style(dim=True)


class KeyBar(Widget):
    """The keys the focused widget and its screen answer to, marked ``show``."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"keybar--key", "keybar--description"}
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        width: 1fr;
        text-wrap: nowrap;
        text-overflow: clip;
        color: $footer-foreground;
        background: $footer-background;
        .keybar--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        .keybar--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
    }
    """

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def _bindings_changed(self, screen: Screen) -> None:
        if self.is_attached and screen is self.screen:
            self.refresh()

    def shown(self) -> list[tuple[Binding, bool]]:
        """Each action's first binding marked ``show`` (or that the screen's ``in_key_bar``
        shows now), and whether it can run now.

        When they do not fit on one line, the app's own keys other than help (``^q``) give
        way first: help lists every key, and the screen's keys are what the user came for.
        """
        seen: dict[str, tuple[Binding, bool, bool]] = {}
        wanted = getattr(self.screen, "in_key_bar", None)  # a screen may show a key for a while
        for active in self.screen.active_bindings.values():
            binding = active.binding
            show = wanted(binding.action) if wanted and active.node is self.screen else None
            if (binding.show if show is None else show) and binding.action not in seen:
                spare = active.node is self.app and binding.action != "help"
                seen[binding.action] = (binding, active.enabled, spare)
        keys = list(seen.values())
        width = self.size.width or self.app.size.width
        if sum(self._width(b) + 1 for b, _, _ in keys) - 1 > width:
            keys = [key for key in keys if not key[2]]
        return [(binding, enabled) for binding, enabled, _ in keys]

    def _width(self, binding: Binding) -> int:
        return cell_len(f"{self.app.get_key_display(binding)} {binding.description}")

    def render(self) -> RenderResult:
        key_style = self.get_component_rich_style("keybar--key")
        text_style = self.get_component_rich_style("keybar--description")
        line = Text(no_wrap=True, overflow="crop", end="")
        for number, (binding, enabled) in enumerate(self.shown()):
            if number:
                line.append(" ")
            start = len(line)
            line.append(self.app.get_key_display(binding), key_style)
            line.append(f" {binding.description}", text_style)
            if not enabled:
                line.stylize(DIM, start)
        line.stylize_before(self.rich_style)
        return line

    @property
    def text(self) -> str:
        """The bar as plain text (what a user reads)."""
        return " ".join(f"{self.app.get_key_display(binding)} {binding.description}"
                        for binding, _ in self.shown())
