"""Text from outside is data: control characters and direction overrides never get in."""

from __future__ import annotations

import unicodedata

#: Bidirectional embeddings, overrides and isolates: they can make a line read backwards.
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")
_SPACES = frozenset("\t\v\f\x85\u2028\u2029")


def clean_text(text: str, multiline: bool = False) -> str:
    """``text`` without C0/C1 control characters or bidi overrides, outer spaces stripped.

    Tabs and line breaks become spaces, except newlines in a multi-line field (``\\r\\n``
    and ``\\r`` become ``\\n``). A lone surrogate (from undecodable input) is dropped.
    """
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    out = []
    for char in text:
        if char == "\n":
            out.append("\n" if multiline else " ")
        elif char in _SPACES:
            out.append(" ")
        elif char in _BIDI or unicodedata.category(char) in ("Cc", "Cs"):
            continue
        else:
            out.append(char)
    return "".join(out).strip()


def fold(text: str) -> str:
    """Lower case without accents, typographic apostrophes made plain: for matching words."""
    text = text.lower().replace("\u2019", "'")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def shown(text: str, limit: int = 60) -> str:
    """Outside text echoed in a message: control characters visible as escapes, cut short."""
    escaped = "".join(
        c if c.isprintable() or c == " " else ascii(c)[1:-1] for c in text[: limit + 1]
    )
    return escaped if len(text) <= limit else escaped[:limit] + "…"
