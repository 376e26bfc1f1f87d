"""``smart-tui`` and ``python -m smart_tui``."""

from __future__ import annotations

import sys


def main() -> int:
    from smart_tui.cli import main as run

    return run()


if __name__ == "__main__":
    sys.exit(main())
