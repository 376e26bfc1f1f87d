"""Exports: pure functions from domain objects to text (no database, no Textual)."""
