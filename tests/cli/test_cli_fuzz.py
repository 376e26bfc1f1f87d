"""Issue 10, proof: every command and option, fed hostile text, answers with a documented code.

Property, for any invocation drawn below (control characters, invalid UTF-8 as Python's
``surrogateescape`` makes it, huge numbers, odd dates, odd paths):

* the exit code is one a command documents (0, 1, 2, 3) — never 70, the crash code,
  which would mean an exception nobody expected;
* nothing on stderr looks like a Python traceback;
* a refused command (any code but 0) leaves the database byte-identical.

The run is derandomised and small enough for CI; ``SMART_TUI_FUZZ_LONG=1`` (or a number
of examples, ``SMART_TUI_FUZZ_LONG=20000``) runs a nightly-size campaign.
"""

from __future__ import annotations

import io
import os
import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smart_tui.cli import EXIT_DATABASE, EXIT_NONE, EXIT_OK, EXIT_USAGE, main
from smart_tui.demo import demo_snapshot
from smart_tui.storage import Store

TODAY = "2026-11-27"
_LONG = os.environ.get("SMART_TUI_FUZZ_LONG", "")
EXAMPLES = (int(_LONG) if _LONG.isdigit() and int(_LONG) > 1 else 5000) if _LONG else 150
DOCUMENTED = {EXIT_OK, EXIT_NONE, EXIT_USAGE, EXIT_DATABASE}

SPECIAL = [
    "", " ", "-", "--", "-1", "0", "1", "2", "3", "99", "1" * 30, "1" + "0" * 20, "-0",
    "9" * 13, "1e400", "10^400", "nan", "inf", "12,5", "12,5%", "12,5 €", "12.5.6", "1,2,3",
    "1 234,5", "1.234.567", "−3", "١٢", "d'ici 9999 ans", "9999 years ago", "fin 0000",
    "fin Q2 0000", "9999-12-31", "0000-01-01", "2026-02-30", "2026-19-24", "31/02/2026",
    "hier", "demain", "fin juin", "Q5", "\x1b[31m", "\x1b]0;pwn\x07", "\x9b2J", "\u202eevil",
    "\ud800", "=HYPERLINK(\"http://x\",\"y\")", "@SUM(A1)", "a\r\nb", "\t", "%", "€",
    "high", "medium", "low", "json", "csv", "md", "ics", "goals", "checkpoints",
    "x" * 6000, "~", ".", "..", "-o", "--db", "--lang", "fr", "en", "--help",
]


def _argv_text(text: str) -> bool:
    return "\x00" not in text  # an operating system argument cannot hold NUL


hostile_bytes = st.binary(max_size=24).map(os.fsdecode)  # invalid UTF-8 -> surrogates
hostile = st.one_of(
    st.sampled_from(SPECIAL),
    st.text(max_size=30),
    st.text(st.characters(codec=None, categories=["Cc", "Cf", "Zs", "Nd", "Po", "Sm"]),
            max_size=20),
    hostile_bytes,
).filter(_argv_text)


def _inside(base: Path, text: str) -> str:
    """A path under the example's folder, whatever the text (never /etc, never ..)."""
    parts = [p for p in text.replace("\\", "/").split("/") if p not in ("", ".", "..", "~")]
    return str(base.joinpath("f", *parts)) if parts else str(base / "f")


@st.composite
def invocations(draw: st.DrawFn) -> tuple[list[str], dict[str, str]]:
    """A command line as a template: ``{db}``/``{dir}`` are filled per example."""
    command = draw(st.sampled_from(["report", "log", "export", "backup", "restore", "import"]))
    value = draw(hostile)
    args: list[str] = [command]
    paths: dict[str, str] = {}
    if command == "report":
        if draw(st.booleans()):
            args.append("--json")
        if draw(st.booleans()):
            args.append("--due")
        if draw(st.booleans()):
            args += ["--today", draw(st.one_of(hostile, st.just(TODAY)))]
    elif command == "log":
        args += [draw(st.one_of(hostile, st.sampled_from(["1", "2", "3"]))),
                 draw(st.one_of(hostile, st.sampled_from(["5", "12,5", "2 450,5"])))]
        for option in ("--date", "--note", "--confidence"):
            if draw(st.booleans()):
                args += [option, draw(hostile)]
    elif command == "export":
        if draw(st.booleans()):
            args += ["--format", draw(st.one_of(st.sampled_from(["md", "csv", "ics", "json"]),
                                                hostile))]
        if draw(st.booleans()):
            args += ["--table", draw(st.one_of(st.sampled_from(["goals", "checkpoints"]),
                                               hostile))]
        if draw(st.booleans()):
            args += ["-o", "{path}"]
            paths["path"] = value
    elif command == "backup":
        if draw(st.booleans()):
            args += ["-o", "{path}"]
            paths["path"] = value
    else:  # restore, import: a file that exists, is text, is a database, or is hostile
        kind = draw(st.sampled_from(["hostile", "text", "backup", "json", "missing"]))
        args.append("{" + kind + "}")
        paths[kind] = value
    if draw(st.booleans()):
        args = ["--lang", draw(st.one_of(st.sampled_from(["fr", "en"]), hostile))] + args
    if draw(st.integers(0, 7)) == 0:  # another database, at a hostile name in the folder
        args = ["--db", "{dbpath}"] + args
        paths["dbpath"] = draw(hostile)
    if draw(st.integers(0, 9)) == 0:  # a stray extra argument
        args.append(draw(hostile))
    return args, paths


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("fuzz") / "template.db"
    store = Store.open(path, backups=False)
    store.import_snapshot(demo_snapshot(date(2026, 11, 27), "fr"))
    store.close()
    return path


def _fill(args: list[str], paths: dict[str, str], base: Path, template: Path) -> list[str]:
    files = {
        "path": lambda text: _inside(base, text),
        "dbpath": lambda text: _inside(base, text),
        "hostile": lambda text: _inside(base, text),
        "missing": lambda text: str(base / "missing.json"),
        "text": lambda text: _write(base / "doc.json", text),
        "json": lambda text: _write(base / "doc.json", _document(text)),
        "backup": lambda text: str(shutil.copy(template, base / "old.db")),
    }
    out = []
    for arg in args:
        key = arg[1:-1] if arg.startswith("{") and arg.endswith("}") else None
        out.append(files[key](paths[key]) if key in files else arg)
    return out


def _write(path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8", errors="surrogateescape")
    return str(path)


def _json_value(text: str) -> str:
    """A JSON number when the text looks like one (``1e400``, 30 digits), else a string."""
    import json
    import re

    if re.fullmatch(r"-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?", text):
        return text
    return json.dumps(text)


def _document(text: str) -> str:
    """A smart-tui document whose every kind of field holds the hostile value."""
    import json

    hole = "@@value@@"
    document = {
        "format": "smart-tui", "version": 1,
        "profile": {"name": hole, "hours_per_week": hole},
        "priorities": [{"id": 1, "title": hole, "problem": hole,
                        "position": int(text) if text.isascii() and text.isdigit() else 0}],
        "goals": [{"id": 1, "priority_id": 1, "statement": hole, "kpi": hole, "baseline": hole,
                   "target": hole, "start": hole, "deadline": hole, "unit": "count",
                   "checkpoints": [{"date": hole, "value": hole, "note": hole}]}],
    }
    return json.dumps(document).replace(json.dumps(hole), _json_value(text))


def _run(argv: list[str]) -> tuple[int, str]:
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        code = main(argv)
    finally:
        sys.stdout, sys.stderr = saved
    err.flush()
    return code, err.buffer.getvalue().decode("utf-8", "replace")  # type: ignore[attr-defined]


def _state(db: Path) -> dict[str, bytes | None]:
    return {suffix: (Path(f"{db}{suffix}").read_bytes() if Path(f"{db}{suffix}").exists()
                     else None) for suffix in ("", "-wal", "-shm")}


@settings(max_examples=EXAMPLES, derandomize=True, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(invocation=invocations())
def test_every_command_answers_with_a_documented_code(invocation, template, monkeypatch):
    monkeypatch.setenv("SMART_TUI_TODAY", TODAY)
    args, paths = invocation
    base = Path(tempfile.mkdtemp(dir=template.parent))
    try:
        db = base / "goals.db"
        shutil.copy(template, db)
        argv = ["--db", str(db), *_fill(args, paths, base, template)]
        before = _state(db)
        code, err = _run(argv)
        assert code in DOCUMENTED, (argv, code, err)
        assert "Traceback" not in err, (argv, err)
        if code != EXIT_OK:
            assert _state(db) == before, (argv, code, err)
    finally:
        shutil.rmtree(base, ignore_errors=True)
