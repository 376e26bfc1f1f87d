"""Regenerate examples/: the demo database exported in every format, in French and English.

    python scripts/make_examples.py

The date and the export time are fixed so that the files only change when the app does.
"""

from __future__ import annotations

import sys
from datetime import date, datetime, timezone
from pathlib import Path

from smart_tui.demo import demo_snapshot
from smart_tui.i18n import Translator
from smart_tui.services import Workspace
from smart_tui.services.transfer import export
from smart_tui.storage import Store

TODAY = date(2026, 11, 27)
NOW = datetime(2026, 11, 27, 9, 0, tzinfo=timezone.utc)
FILES = {
    "fr": {"feuille-de-route.md": ("md", "goals"), "objectifs.csv": ("csv", "goals"),
           "points-d-etape.csv": ("csv", "checkpoints"), "points-d-etape.ics": ("ics", "goals"),
           "sauvegarde.json": ("json", "goals")},
    "en": {"roadmap.md": ("md", "goals"), "goals.csv": ("csv", "goals"),
           "checkpoints.csv": ("csv", "checkpoints"), "checkpoints.ics": ("ics", "goals"),
           "backup.json": ("json", "goals")},
}


def generate(folder: Path) -> list[Path]:
    written = []
    for lang, files in FILES.items():
        store = Store.open(":memory:")
        store.import_snapshot(demo_snapshot(TODAY, lang))
        tr = Translator(lang)
        (folder / lang).mkdir(parents=True, exist_ok=True)
        for name, (fmt, table) in files.items():
            path = folder / lang / name
            path.write_bytes(export(Workspace(store), fmt, tr, TODAY, table, now=NOW))
            written.append(path)
        store.close()
    return written


if __name__ == "__main__":
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent.parent / "examples"
    for path in generate(root):
        print(path)
