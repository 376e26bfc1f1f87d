"""Storage: the only layer that talks to SQLite (through sqlite-utils)."""

from .db import SCHEMA_VERSION, DatabaseError, open_database, open_peek
from .store import Store

__all__ = ["SCHEMA_VERSION", "DatabaseError", "Store", "open_database", "open_peek"]
