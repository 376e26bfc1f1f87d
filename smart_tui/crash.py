"""The last line of defence: an unexpected exception becomes one line and a crash log.

The user reads one sentence in their language with the path of a file that holds the
traceback; the command exits with :data:`EXIT_CRASH`, a code no other outcome uses.
"""

from __future__ import annotations

import os
import platform
import sys
import traceback
from datetime import datetime
from pathlib import Path

from smart_tui import __version__
from smart_tui.domain.text import shown

EXIT_CRASH = 70  # EX_SOFTWARE in sysexits.h: an internal error


def crash_dir() -> Path:
    """``$XDG_STATE_HOME/smart-tui/log`` on Linux, the platform's log folder elsewhere."""
    import platformdirs

    from smart_tui.paths import APP

    return platformdirs.user_log_path(APP, appauthor=False)


def write_crash_log(error: BaseException, argv: list[str], folder: Path | None = None) -> Path:
    """Write the traceback to a new file (never overwriting one) and return its path."""
    folder = folder or crash_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    text = "".join([
        f"smart-tui {__version__}, Python {platform.python_version()}, {platform.platform()}\n",
        f"arguments: {shown(' '.join(argv))}\n\n",
        *traceback.format_exception(type(error), error, error.__traceback__),
    ])
    for n in range(1000):
        path = folder / f"crash-{stamp}-{os.getpid()}{f'-{n}' if n else ''}.log"
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        with os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace") as out:
            out.write(shown(text, keep_newlines=True))  # `cat crash.log` obeys no escape
        return path
    raise FileExistsError(folder)


def report_crash(error: BaseException, argv: list[str], lang: str | None) -> int:
    """Tell the user in one line, keep the traceback in a file, return EXIT_CRASH."""
    from smart_tui.i18n import Translator, resolve_language

    try:
        tr = Translator(resolve_language(lang))
    except Exception:  # the language machinery itself failed: English, the fallback
        tr = Translator("en")
    try:
        line = tr("error.crash", path=shown(write_crash_log(error, argv)))
    except Exception as exc:  # no place to write the log: say what little we can
        line = tr("error.crash_no_log", detail=shown(f"{type(error).__name__}; {exc}"))
    print(line, file=sys.stderr)
    return EXIT_CRASH
