"""Text from outside is data, not commands.

:func:`clean_text` is applied where text enters (forms, ``log --note``, ``import``): it
removes what a terminal or a document reader would obey instead of show. :func:`shown`
is applied where text from outside is echoed (an argument or a file name in a message):
it keeps everything, but makes the invisible visible, the way ``repr`` would.
"""

from __future__ import annotations

import re
import unicodedata

# Bidirectional overrides, embeddings, isolates and marks: they reorder what is shown
# (CVE-2021-42574, "Trojan Source") without being visible themselves.
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

# C0 controls except tab and newline, DEL, C1 controls, bidi controls.
_REMOVED = "[\x00-\x08\x0b-\x1f\x7f-\x9f" + BIDI_CONTROLS + "]"
_REMOVED_RE = re.compile(_REMOVED)
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_ESCAPED_RE = re.compile("[\x00-\x1f\x7f-\x9f" + BIDI_CONTROLS + "\ud800-\udfff]")


class LazyPattern:
    """A regular expression compiled when first used, not when its module is imported.

    The date forms people type are parsed in forms and commands, never to paint the first
    screen: start-up does not pay for compiling them.
    """

    __slots__ = ("_pattern", "_source")

    def __init__(self, source: str) -> None:
        self._source = source
        self._pattern: re.Pattern[str] | None = None

    @property
    def pattern(self) -> re.Pattern[str]:
        if self._pattern is None:
            self._pattern = re.compile(self._source)
        return self._pattern

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.pattern.fullmatch(text)


def clean_text(text: str, multiline: bool = False) -> str:
    """``text`` without control characters, bidi controls or lone surrogates.

    A tab becomes a space. Line breaks (``\\r\\n``, ``\\r``, ``\\n``) become ``\\n`` in a
    multi-line field and a space in a one-line field. A lone surrogate (an undecodable
    byte from the command line, or ``"\\ud800"`` in JSON) becomes U+FFFD, the
    replacement character, so the rest of the text is kept.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    if not multiline:
        text = text.replace("\n", " ")
    text = _REMOVED_RE.sub("", text)
    return _SURROGATE_RE.sub("\ufffd", text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


def shown(text: object, keep_newlines: bool = False) -> str:
    """``text`` safe to print: each control character is written as an escape (``\\x1b``).

    A byte that was not valid UTF-8 in a file name or an argument comes back as the
    ``\\xff`` it was. With ``keep_newlines``, line breaks stay (a message of several lines).
    """
    value = str(text)
    if keep_newlines:
        return "\n".join(_ESCAPED_RE.sub(_escape, line) for line in value.split("\n"))
    return _ESCAPED_RE.sub(_escape, value)


def fold(text: str) -> str:
    """Lower case without accents, typographic apostrophes made plain: for matching words."""
    text = text.lower().replace("\u2019", "'").replace("`", "'")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
