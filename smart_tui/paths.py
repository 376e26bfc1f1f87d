"""Where smart-tui keeps its files. Functions, not constants: nothing is created at import.

``SMART_TUI_DB`` overrides the database path (``--db`` overrides both);
``XDG_DATA_HOME`` / ``XDG_CONFIG_HOME`` move the folders on Linux (via platformdirs).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import platformdirs

APP = "smart-tui"
DB_NAME = "smart-tui.db"


def data_dir() -> Path:
    return platformdirs.user_data_path(APP, appauthor=False)


def config_dir() -> Path:
    return platformdirs.user_config_path(APP, appauthor=False)


def config_file() -> Path:
    return config_dir() / "config.ini"


def documents_dir() -> Path:
    return platformdirs.user_documents_path()


def database_path(explicit: str | None = None, environ: Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    if explicit is not None:
        if not explicit.strip():  # --db '' must not mean the default database
            from smart_tui.domain.models import DomainError

            raise DomainError("error.db_empty_path")
        return Path(explicit).expanduser()
    if env.get("SMART_TUI_DB"):
        return Path(env["SMART_TUI_DB"]).expanduser()
    return data_dir() / DB_NAME


def demo_database_path() -> Path:
    """The example database, kept apart from the user's own and recreated at each ``--demo``."""
    return data_dir() / "demo.db"
