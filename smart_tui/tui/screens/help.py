"""Every key of the screen it was opened from, with what it does (read from the bindings)."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from smart_tui.i18n import Translator

from ..base import SmartModal
from ..widgets.keybar import KeyBar

KEY_COLUMN = 18  # the keys, right-aligned in 16 columns, then two spaces


def _hanging(key: Content, text: Content, width: int | None) -> list[Content]:
    """``key`` then ``text``; a wrapped text goes on under itself, never under the keys."""
    if width is None or width <= KEY_COLUMN + 10:
        return [Content.assemble(key, "  ", text)]
    lines = text.wrap(width - KEY_COLUMN)
    indent = " " * KEY_COLUMN
    return [Content.assemble(key if i == 0 else indent[:16], "  ", line)
            for i, line in enumerate(lines)]


def help_content(app: App, screen: Screen, tr: Translator,
                 width: int | None = None) -> Content:
    """One line per visible binding: the key, its description and its tooltip (wrapped
    under the description when ``width`` is given)."""
    rows: list[Content] = []
    seen: set[str] = set()
    for key, active in screen.active_bindings.items():
        binding = active.binding
        # Ours all have an id (and words in the UI language); Textual's internal ones
        # (scroll, focus, copy) do not, and the general keys are described below.
        if binding.id is None or binding.system or binding.action in seen:
            continue
        seen.add(binding.action)
        keys = ", ".join(app.get_key_display(Binding(k.strip(), binding.action))
                         for k in _all_keys(screen, binding, key))
        rows += _hanging(Content.styled(f"{keys:>16}", "bold $accent"), Content.assemble(
            (binding.description, "bold"),
            ("  — " + binding.tooltip if binding.tooltip else "", "$text-muted"),
        ), width)
    general = [
        (tr("help.key_tab"), tr("help.tab")), (tr("help.key_escape"), tr("help.escape")),
        (tr("help.key_arrows"), tr("help.arrows")), (tr("help.key_enter"), tr("help.enter")),
    ]
    rows.append(Content(""))
    for keys, text in general:
        rows += _hanging(Content.styled(f"{keys:>16}", "bold $accent"), Content(text), width)
    return Content("\n").join(rows)


def _all_keys(screen: Screen, binding: Binding, key: str) -> list[str]:
    """Every key bound to the same action (``f1`` and ``?`` both open the help)."""
    keys = [k for k, b in screen.active_bindings.items() if b.binding.action == binding.action]
    return keys or [key]


class HelpScreen(SmartModal[None]):
    BINDINGS = [
        Binding("escape,f1,question_mark,q", "dismiss", "key.close", id="close-help"),
    ]

    def __init__(self, origin: Screen) -> None:
        super().__init__()
        self.origin = origin

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(self.tr("help.title", screen=self.origin_title()), id="help-title")
            yield Static(help_content(self.app, self.origin, self.tr), id="help-keys")
        yield KeyBar()

    def on_resize(self) -> None:
        """Wrap each description under itself, and say when there is more below."""
        box = self.query_one("#help-box", VerticalScroll)
        keys = self.query_one("#help-keys", Static)
        width = box.scrollable_content_region.width
        keys.update(help_content(self.app, self.origin, self.tr, width))
        self.call_after_refresh(self._scroll_sign)

    def on_mount(self) -> None:
        box = self.query_one("#help-box", VerticalScroll)
        self.watch(box, "scroll_y", lambda _: self._scroll_sign(), init=False)

    def _scroll_sign(self) -> None:
        """« ↓ more » while there is more below; gone once the end is on screen."""
        box = self.query_one("#help-box", VerticalScroll)
        more = box.scroll_y < box.max_scroll_y
        box.border_subtitle = self.tr("help.scroll_hint") if more else ""

    def origin_title(self) -> str:
        return self.tr(f"screen.{getattr(self.origin, 'SCREEN_KEY', 'dashboard')}")

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)
