"""The header of every screen: the business's name, then what the screen holds, then the badge.

Textual's ``Header`` cuts the whole line at its end, so on a narrow terminal the screen's name
and the « EXEMPLE » / « lecture seule » badge were the first to go. Here the line is fitted to
the width it is drawn in, each time it is drawn (a resize included): the screen's name and the
badge stay whole, the business's name gives way first — shortened with « … », then dropped.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import ComposeResult, RenderResult
from textual.content import Content
from textual.widgets import Header
from textual.widgets._header import HeaderClockSpace, HeaderIcon, HeaderTitle

NAME_SEPARATOR = " — "
BADGE_SEPARATOR = " · "
ELLIPSIS = "…"
# The fewest characters of the business's name worth showing before « … »; below that it is
# left out (« Ate… » still says whose data this is, « A… » does not).
MIN_NAME = 4
# Characters a cut name does not end on, before « … » (« Atelier Lumière (… » reads badly).
_TRAILING = " ,;:.(-–—·&"


def _cut(text: str, cells: int) -> str:
    """The longest start of ``text`` that fits in ``cells`` columns."""
    kept, used = [], 0
    for char in text:
        used += cell_len(char)
        if used > cells:
            break
        kept.append(char)
    return "".join(kept)


def shorten(text: str, cells: int) -> str:
    """``text`` whole if it fits in ``cells`` columns, else its start and « … »."""
    if cell_len(text) <= cells:
        return text
    if cells < 1:
        return ""
    return _cut(text, cells - 1).rstrip(_TRAILING) + ELLIPSIS


def fit_heading(name: str, context: str, badge: str, width: int) -> tuple[str, str]:
    """The header's two parts, the business's name and the rest (« context · badge »), fitted
    to ``width`` columns once joined by « — ».

    The rest stays whole whenever it fits; the name is shortened with « … » down to
    ``MIN_NAME`` characters, then left out. Only when the screen's name and the badge
    alone are too wide is the screen's name shortened — the badge still whole."""
    rest = BADGE_SEPARATOR.join(part for part in (context, badge) if part)
    if not rest:
        return shorten(name, width), ""
    if not name:
        return "", _fit_rest(context, badge, width)
    room = width - cell_len(NAME_SEPARATOR) - cell_len(rest)
    if cell_len(name) <= room:
        return name, rest
    short = shorten(name, room)
    if len(short) - len(ELLIPSIS) >= MIN_NAME:
        return short, rest
    return "", _fit_rest(context, badge, width)


def _fit_rest(context: str, badge: str, width: int) -> str:
    """« context · badge » in ``width`` columns: the badge whole, the context shortened."""
    if not badge or not context:
        return shorten(context or badge, width)
    tail = BADGE_SEPARATOR + badge
    room = width - cell_len(tail)
    if room < MIN_NAME + len(ELLIPSIS):  # no room for a readable context: the badge alone
        return shorten(badge, width)
    return shorten(context, room) + tail


class HeadingLine(HeaderTitle):
    """The header's middle: the heading fitted to this widget's width at each render."""

    def render(self) -> RenderResult:
        header = self.parent
        if not isinstance(header, SmartHeader):  # pragma: no cover - only composed by it
            return super().render()
        name, rest = fit_heading(*header.heading_parts(), max(self.size.width, 1))
        return header.styled(name, rest)


class SmartHeader(Header):
    """Textual's header with a heading that fits: used by every screen.

    The business's name is the app's title (a rename in Profile reaches every screen), what
    the screen holds its sub-title (``SmartScreen.show_heading``), the badge the app's
    sub-title. The icon and the empty clock space are narrowed by the same five columns on
    each side, so a heading that fits stays where it was and a long one gains ten columns."""

    DEFAULT_CSS = """
    SmartHeader HeaderIcon {
        width: 3;
    }
    SmartHeader HeaderClockSpace {
        width: 5;
    }
    """

    def compose(self) -> ComposeResult:
        yield HeaderIcon().data_bind(Header.icon)
        yield HeadingLine()
        yield HeaderClockSpace()

    def heading_parts(self) -> tuple[str, str, str]:
        """The business's name, what the screen holds, the badge."""
        context = self.screen.sub_title or ""
        return self.screen_title, context, self.app.sub_title or ""

    def styled(self, name: str, rest: str) -> Content:
        """Textual's look: the name plain, « — » and the rest dimmed."""
        if not rest:
            return Content(name)
        if not name:
            return Content(rest).stylize("dim")
        return Content.assemble(Content(name), (NAME_SEPARATOR, "dim"),
                                Content(rest).stylize("dim"))

    def format_title(self) -> Content:
        """The whole heading, not fitted to any width (what the line says when it fits)."""
        name, context, badge = self.heading_parts()
        rest = BADGE_SEPARATOR.join(part for part in (context, badge) if part)
        return self.styled(name, rest)
