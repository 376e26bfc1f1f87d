"""Key names in the user's language, and lines that never break inside « 12 % ».

Textual names keys in English (``esc``, ``shift+tab``, ``⏎``); the key bar and the help screen
both read :meth:`SmartApp.get_key_display`, which passes them through :func:`key_names` so the
two always agree (``Échap``, ``Maj+Tab``, ``Entrée`` in French).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smart_tui.i18n import Translator


def key_names(display: str, tr: Translator) -> str:
    """``shift+tab`` -> ``Maj+Tab``; ``^s`` and arrows stay as they are."""
    parts = display.split("+")
    named = [tr(f"keyname.{part}") if f"keyname.{part}" in tr else part for part in parts]
    return "+".join(named)


# Rich (which wraps Textual's text) treats U+00A0 and U+202F as breaking spaces, so
# « 7,1 % » could end a line with « 7,1 ». A word here runs through no-break spaces.
_WS = r"[^\S\u00a0\u202f]"
_WORD = re.compile(_WS + r"*(?:[^\s]|[\u00a0\u202f])+" + _WS + "*")


def keep_no_break_spaces() -> None:
    """Make line wrapping honour no-break spaces (idempotent; called when the app starts)."""
    import rich._wrap

    rich._wrap.re_word = _WORD
