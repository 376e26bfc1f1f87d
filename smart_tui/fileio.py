"""Reading and writing the user's files: nothing lost, nothing overwritten by mistake or half-done.

- An output is written to a temporary file beside it, then renamed over it: an interruption
  never leaves half a file. A symlink is followed (its target is replaced, the link stays);
  an existing file keeps its permission bits, a new one gets the user's umask.
- An output that is the database itself (or its ``-wal``/``-shm``), another SQLite database,
  a folder, a device or a pipe is refused before anything is written.
- An input must be a regular file of at most :data:`MAX_IMPORT_MB` MB (a pipe or a device
  would hang or never end).
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from smart_tui.domain.models import DomainError
from smart_tui.safefiles import is_sqlite_file, kind_of, partial_path

MAX_IMPORT_MB = 50
MAX_IMPORT_BYTES = MAX_IMPORT_MB * 1000 * 1000


class FileRefused(DomainError):
    """A path the command will not read or write: exit 2, nothing written."""

    def __init__(self, key: str, path: Path | str, **params: object) -> None:
        super().__init__(key, path=str(path), **params)


def _database_files(database: Path) -> list[Path]:
    real = Path(os.path.realpath(database))
    return [real.with_name(real.name + s) for s in ("", "-wal", "-shm", "-journal")]


def check_output(path: Path, database: Path | None, backup: bool = False) -> Path:
    """The file that writing to ``path`` will really replace (a symlink's target), if allowed.

    Refused (:class:`FileRefused`): the database or one of its working files (compared by
    inode after following links, so a hard link is caught too), a folder, a device or pipe,
    an existing SQLite database; for a backup, any existing file (backups never overwrite).
    """
    if backup and str(path) == "-":  # a database file is not for the terminal
        raise FileRefused("error.output_special", path)
    real = Path(os.path.realpath(path))
    if database is not None and str(database) != ":memory:":
        for own in _database_files(database):
            same = real == own
            with contextlib.suppress(OSError):
                same = same or os.path.samefile(real, own)
            if same:
                raise FileRefused("error.output_is_database", path)
    kind = kind_of(real)
    if kind == "directory":
        raise FileRefused("error.output_directory", path)
    if kind == "special":
        raise FileRefused("error.output_special", path)
    if kind == "file" and is_sqlite_file(real):
        raise FileRefused("error.output_sqlite", path)
    if kind == "file" and backup:
        raise FileRefused("error.output_exists", path)
    return real


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, fsync it, rename it over ``path``.

    A symlink is followed: its target is replaced atomically and the link stays. The file
    keeps the mode it had; a new one is created with the user's umask (0666 & ~umask).
    """
    real = Path(os.path.realpath(path))
    kind = kind_of(real)
    if kind == "directory":
        raise FileRefused("error.output_directory", path)
    if kind == "special":
        raise FileRefused("error.output_special", path)
    mode = stat.S_IMODE(os.stat(real).st_mode) if kind == "file" else None
    tmp = partial_path(real)
    with contextlib.suppress(FileNotFoundError):
        os.unlink(tmp)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # the umask applies
    try:
        with os.fdopen(fd, "wb") as handle:
            if mode is not None:
                os.fchmod(handle.fileno(), mode)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, real)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def read_limited(path: Path, limit: int = MAX_IMPORT_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes (read once, never more).

    Opened non-blocking so that a pipe cannot hang the command before it is refused.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise FileRefused("error.import_not_regular", path)
        if info.st_size > limit:
            raise FileRefused("error.import_too_large", path, limit=limit // 1_000_000)
        os.set_blocking(fd, True)
        chunks, total = [], 0
        while chunk := os.read(fd, 1 << 20):
            total += len(chunk)
            if total > limit:  # it grew while being read
                raise FileRefused("error.import_too_large", path, limit=limit // 1_000_000)
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def is_stdout(output: str | None) -> bool:
    """``-o -`` (or no ``-o``) means standard output."""
    return output is None or output == "-"
