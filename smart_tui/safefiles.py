"""Files around the database: temp names, never-overwrite names, modes, what a path really is.

Every temporary file smart-tui makes lives beside its target and is named
``<target>.smart-tui-<pid>.partial`` (SQLite may add ``-journal``): recognisable, removed on
failure, and removed at the next start when the process that made it is gone.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
_PARTIAL = re.compile(r"\.smart-tui-(\d+)\.partial(?:-journal|-wal|-shm)?\Z")


def partial_path(target: Path) -> Path:
    """The temporary name of a file being written to ``target``."""
    return target.with_name(f"{target.name}.smart-tui-{os.getpid()}.partial")


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists but belongs to someone else
        return True
    return True


def remove_partials(folder: Path) -> list[Path]:
    """Delete the temporary files that a killed run left in ``folder``; return them."""
    removed = []
    with contextlib.suppress(OSError):
        for path in folder.glob("*.smart-tui-*.partial*"):
            match = _PARTIAL.search(path.name)
            if match and not _alive(int(match[1])):
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
                    removed.append(path)
    return removed


def remove_quietly(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            os.unlink(f"{path}{suffix}")


def numbered(target: Path) -> Iterator[Path]:
    """``x.db``, then ``x-2.db``, ``x-3.db``…"""
    yield target
    n = 2
    while True:
        yield target.with_name(f"{target.stem}-{n}{target.suffix}")
        n += 1


def publish(source: Path, target: Path) -> Path:
    """Give ``source`` the name ``target`` — or ``target-2``… when it is taken. Never overwrites.

    A hard link is created under the new name (it fails if the name exists), then the old
    name is removed. Where hard links are not possible the free name is first claimed with
    ``O_EXCL``, then ``source`` is renamed onto that empty file.
    """
    for candidate in numbered(target):
        try:
            os.link(source, candidate)
        except FileExistsError:
            continue
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.EXDEV, errno.ENOTSUP, errno.EMLINK):
                raise
            if not claim(candidate):
                continue
            os.replace(source, candidate)
            return candidate
        os.unlink(source)
        return candidate
    raise AssertionError("unreachable")  # pragma: no cover  (numbered() is endless)


def claim(path: Path, mode: int = 0o600) -> bool:
    """Create ``path`` empty with ``O_EXCL``: False when it already exists."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    except FileExistsError:
        return False
    os.close(fd)
    return True


def file_mode(path: Path | str) -> int | None:
    """The permission bits of an existing file, or None."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return None


def is_sqlite_file(path: Path) -> bool:
    """A regular file that starts with SQLite's header (read without opening it in SQLite)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def starts_like_json(path: Path) -> bool:
    """A regular file whose first byte (after a BOM and blanks) opens a JSON object or array:
    an export given where a database is expected."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False
        with open(path, "rb") as handle:
            start = handle.read(4096)
    except OSError:
        return False
    return start.removeprefix(b"\xef\xbb\xbf").lstrip()[:1] in (b"{", b"[")


def header_says_wal(path: Path) -> bool:
    """Bytes 18-19 of the header are 2 when the file is in WAL mode."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(20)
    except OSError:
        return False
    return len(head) == 20 and head[18] == 2 and head[19] == 2


def kind_of(path: Path) -> str | None:
    """``None`` when nothing is there, else ``file``, ``directory`` or ``special``."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return None
    if stat.S_ISREG(mode):
        return "file"
    return "directory" if stat.S_ISDIR(mode) else "special"
