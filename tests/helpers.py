"""Small helpers the test modules share."""

from __future__ import annotations

import hashlib
from pathlib import Path


def sha256(path: Path) -> str:
    """The file's digest: equal before and after means not a byte was written."""
    return hashlib.sha256(path.read_bytes()).hexdigest()
