"""Language choice, message catalogues and French/English number and date formats.

Pure Python (no Textual, no SQLite) so the domain, the CLI and the TUI share one
vocabulary. The catalogues live in ``smart_tui.messages.fr`` / ``.en``; a unit
test keeps their keys and placeholders identical.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import date
from importlib import import_module

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "en"

NNBSP = "\u202f"  # narrow no-break space: French thousands separator
NBSP = "\u00a0"  # no-break space: before % and € in French

MONTHS = {
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}
MONTHS_SHORT = {
    "fr": (
        "janv.", "févr.", "mars", "avr.", "mai", "juin",
        "juil.", "août", "sept.", "oct.", "nov.", "déc.",
    ),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def resolve_language(
    explicit: str | None = None,
    environ: Mapping[str, str] | None = None,
    configured: str | None = None,
) -> str:
    """``--lang``, then ``SMART_TUI_LANG``, then the config file, then the locale."""
    env = os.environ if environ is None else environ
    for candidate in (explicit, env.get("SMART_TUI_LANG"), configured):
        if candidate:
            code = candidate.strip().lower()[:2]
            if code in LANGUAGES:
                return code
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(var)
        if value:
            return "fr" if value.lower().startswith("fr") else DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE


class _Catalogue:
    """One language's templates, each set in its typography on first use.

    Typesetting the ~900 templates up front cost a tenth of the start-up beyond a bare
    Textual app; a screen reads a few dozen. The raw catalogue and the typeset templates
    are kept per language for the life of the process (both are constant).
    """

    _loaded: dict[str, _Catalogue] = {}

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._raw: dict[str, str] = import_module(f"smart_tui.messages.{lang}").MESSAGES
        self._set: dict[str, str] = {}

    @classmethod
    def of(cls, lang: str) -> _Catalogue:
        if lang not in cls._loaded:
            cls._loaded[lang] = cls(lang)
        return cls._loaded[lang]

    def get(self, key: str) -> str | None:
        template = self._set.get(key)
        if template is None:
            raw = self._raw.get(key)
            if raw is None:
                return None
            from smart_tui.typography import typeset

            template = self._set[key] = typeset(self.lang, raw)
        return template

    def __contains__(self, key: object) -> bool:
        return key in self._raw


def plural_form(lang: str, count: float) -> str:
    """``one`` or ``other``: French counts 0 and 1 as singular (« 0 objectif »)."""
    if lang == "fr":
        return "one" if abs(count) < 2 else "other"
    return "one" if count == 1 else "other"


class Translator:
    """Messages and formats for one language: ``tr("key", n=3)``, ``tr.number(1234.5)``."""

    def __init__(self, lang: str = DEFAULT_LANGUAGE) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}")
        self.lang = lang
        self._messages = _Catalogue.of(lang)

    @property
    def french(self) -> bool:
        return self.lang == "fr"

    def __call__(self, key: str, **params: object) -> str:
        template = self._messages.get(key)
        if template is None:  # a missing key is a bug; show it rather than crash
            return key
        return template.format(**params) if params else template

    def __contains__(self, key: object) -> bool:
        return key in self._messages

    def plural(self, key: str, count: float, decimals: int = 0, **params: object) -> str:
        """``tr.plural("ui.due_summary", 3, date=…)`` reads ``ui.due_summary.other``.

        The count reaches the template as ``{count}``, formatted as a number.
        """
        form = plural_form(self.lang, count)
        return self(f"{key}.{form}", count=self.number(count, decimals), **params)

    # -- numbers -------------------------------------------------------------
    def number(self, value: float | int | None, decimals: int = 2) -> str:
        """``1234.5`` -> ``1 234,5`` (fr) / ``1,234.5`` (en); trailing zeros dropped."""
        if value is None:
            return "—"
        text = f"{float(value):,.{decimals}f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        if text in ("-0", ""):
            text = "0"
        if self.french:
            text = text.replace(",", NNBSP).replace(".", ",")
        return text

    def signed(self, value: float, decimals: int = 2) -> str:
        text = self.number(abs(value), decimals)
        return ("+" if value >= 0 else "−") + text

    def percent(self, value: float | None, decimals: int = 1, signed: bool = False) -> str:
        """A value already in percent: ``12.5`` -> ``12,5 %`` / ``12.5%``."""
        if value is None:
            return "—"
        text = self.signed(value, decimals) if signed else self.number(value, decimals)
        return f"{text}{NBSP}%" if self.french else f"{text}%"

    def money(self, value: float | None, decimals: int = 0) -> str:
        if value is None:
            return "—"
        text = self.number(value, decimals)
        return f"{text}{NBSP}€" if self.french else f"€{text}"

    # -- dates ---------------------------------------------------------------
    def date_short(self, day: date | None) -> str:
        """Tables: ``31 déc. 2026``, ``1er oct. 2026`` / ``31 Dec 2026``."""
        if day is None:
            return "—"
        number = "1er" if self.french and day.day == 1 else str(day.day)
        return f"{number} {MONTHS_SHORT[self.lang][day.month - 1]} {day.year}"

    def date_long(self, day: date | None) -> str:
        """Sentences: ``1er juillet 2026`` / ``1 July 2026``."""
        if day is None:
            return "—"
        number = "1er" if self.french and day.day == 1 else str(day.day)
        return f"{number} {MONTHS[self.lang][day.month - 1]} {day.year}"
