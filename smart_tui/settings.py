"""User settings kept in ``config.ini`` (language, theme, keymap); the profile lives in the DB.

::

    [settings]
    language = fr
    theme = textual-light

    [keymap]
    new-goal = ctrl+n
"""

from __future__ import annotations

import configparser
from dataclasses import dataclass, field
from pathlib import Path

from smart_tui.fileio import write_atomic

DEFAULT_THEME = "textual-dark"


@dataclass
class Settings:
    language: str | None = None
    theme: str = DEFAULT_THEME
    keymap: dict[str, str] = field(default_factory=dict)
    export_dir: str | None = None  # the folder of the last export from the app

    @classmethod
    def load(cls, path: Path) -> Settings:
        """Read ``path``; a missing or unreadable file gives the defaults (and is left alone)."""
        parser = configparser.ConfigParser(interpolation=None)
        try:
            parser.read(path, encoding="utf-8")
        except (OSError, configparser.Error, UnicodeDecodeError):
            return cls()
        section = parser["settings"] if parser.has_section("settings") else {}
        language = section.get("language") or None
        keymap = dict(parser["keymap"]) if parser.has_section("keymap") else {}
        return cls(
            language=language if language in ("fr", "en") else None,
            theme=section.get("theme") or DEFAULT_THEME,
            keymap={k: v for k, v in keymap.items() if v.strip()},
            export_dir=section.get("export_dir") or None,
        )

    def save(self, path: Path) -> None:
        """Write atomically; refuses (OSError) rather than clobber a file it could not parse."""
        parser = configparser.ConfigParser(interpolation=None)
        if path.exists():
            parser.read(path, encoding="utf-8")  # keep sections we do not know
        if not parser.has_section("settings"):
            parser.add_section("settings")
        if self.language:
            parser["settings"]["language"] = self.language
        parser["settings"]["theme"] = self.theme
        if self.export_dir:
            parser["settings"]["export_dir"] = self.export_dir
        if self.keymap:
            parser["keymap"] = self.keymap
        path.parent.mkdir(parents=True, exist_ok=True)
        from io import StringIO

        buffer = StringIO()
        parser.write(buffer)
        write_atomic(path, buffer.getvalue().encode("utf-8"))
