"""The current schema written out in storage/identify.py is the one the migrations build."""

from smart_tui.storage.identify import (
    CURRENT_SCHEMA,
    CURRENT_VERSION,
    built_schema,
    expected_schema,
)
from smart_tui.storage.migrations import SCHEMA_VERSION


def test_the_written_schema_is_what_the_migrations_build():
    assert CURRENT_VERSION == SCHEMA_VERSION, (
        "a migration was added: update CURRENT_SCHEMA and CURRENT_VERSION in storage/identify.py")
    assert built_schema(SCHEMA_VERSION) == CURRENT_SCHEMA
    assert expected_schema(SCHEMA_VERSION) is CURRENT_SCHEMA


def test_older_versions_are_built_from_their_migrations():
    for version in range(1, SCHEMA_VERSION):
        assert expected_schema(version) == built_schema(version) != CURRENT_SCHEMA
    assert "measure_imports" not in expected_schema(SCHEMA_VERSION - 1)
