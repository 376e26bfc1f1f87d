"""Exit codes and the command-line usage error, shared by every door (no imports of ours).

Kept apart from ``cli`` so that ``commands`` and the services can raise a usage error
without importing the argument parser (which imported them back: a cycle).
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_NONE = 1  # ``report --due`` found nothing due (like grep)
EXIT_USAGE = 2  # bad usage or bad input: message on stderr, nothing written
EXIT_DATABASE = 3  # the database cannot be used


class UsageError(Exception):
    """Bad input on the command line: exit 2 with this message (already translated)."""
