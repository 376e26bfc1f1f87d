"""Shared by the command-line tests: the demo shop in a database file, and a run helper."""

from datetime import date

import pytest

from smart_tui.cli import main
from smart_tui.demo import demo_snapshot
from smart_tui.storage import Store


@pytest.fixture
def demo_db(db_path):
    store = Store.open(db_path)
    store.import_snapshot(demo_snapshot(date(2026, 11, 27), "fr"))
    store.close()
    return db_path


def run(capsys, *args):
    """``smart-tui ARGS`` in-process: (exit code, stdout, stderr)."""
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err
