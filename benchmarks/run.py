"""Measure smart-tui against a bare Textual app (Header + Static + Footer), in one run.

    python benchmarks/run.py [--runs N] [--json FILE]

Prints a table of medians (and ratios to the bare app) and writes it as JSON
(default: benchmarks/out/results.json). Databases come from benchmarks/generate.py.
Nothing here is asserted by the tests: read the table against the targets.
"""

from __future__ import annotations

import argparse
import asyncio
import compileall
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.generate import ensure  # noqa: E402

PY = sys.executable
ENV = {**os.environ, "SMART_TUI_TODAY": "2026-11-27", "SMART_TUI_LANG": "fr",
       "TEXTUAL_ANIMATIONS": "none"}
TARGETS = {
    "start_typical_ratio": 1.2, "start_large_ratio": 1.3, "start_demo_ratio": 1.3,
    "key_repaint_ms": 50,
    "commit_ms": 5, "large_command_s": 2, "memory_large_ratio": 2, "cli_ratio": 2,
}


def run_process(cmd: list[str]) -> tuple[float, int]:
    """Wall time from launch to exit, and peak resident memory (KiB) of the process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {status}")
    return elapsed, usage.ru_maxrss


def median_process(cmd: list[str], runs: int) -> tuple[float, int]:
    results = [run_process(cmd) for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def interleaved(commands: dict[str, list[str]], runs: int) -> dict[str, list[tuple[float, int]]]:
    """Round-robin runs, so that a machine slowing down or speeding up hits all alike."""
    samples: dict[str, list[tuple[float, int]]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, cmd in commands.items():
            samples[name].append(run_process(cmd))
    return samples


def round_ratios(samples: dict[str, list[tuple[float, int]]], name: str) -> list[float]:
    """``name``'s time over the bare app's in each round (the spread across runs)."""
    return sorted(s[0] / b[0] for s, b in zip(samples[name], samples["bare"]))


async def key_to_repaint(db: Path, presses: int) -> float:
    """Median ms from a key press on the dashboard to the next frame, on ``db``."""
    from smart_tui.i18n import Translator
    from smart_tui.services import Workspace
    from smart_tui.tui.app import SmartApp

    app = SmartApp(workspace=Workspace.open(db), tr=Translator("fr"), today=date(2026, 11, 27))
    frames: list[float] = []
    original = type(app)._display

    def display(self, screen, renderable):  # noqa: ANN001, ANN202
        if renderable is not None:
            renderable.render_segments(self.console)  # what a real terminal would be sent
            frames.append(time.perf_counter())
        return original(self, screen, renderable)

    type(app)._display = display
    samples = []
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        for n in range(presses):
            frames.clear()
            start = time.perf_counter()
            await pilot.press("down" if n % 40 < 20 else "up")
            await pilot.pause()
            after = [f for f in frames if f >= start]
            if after:
                samples.append((after[0] - start) * 1000)
    type(app)._display = original
    return statistics.median(samples)


def commit_times(db: Path, count: int) -> float:
    """Median ms of ``Store.add_checkpoint`` (BEGIN IMMEDIATE … COMMIT, synchronous=FULL)."""
    from smart_tui.domain.models import Checkpoint
    from smart_tui.storage import Store

    store = Store.open(db)
    store.add_checkpoint(1, Checkpoint(date(2026, 11, 26), 1.0))  # the day's backup, once
    samples = []
    for n in range(count):
        start = time.perf_counter()
        store.add_checkpoint(1 + n % 50, Checkpoint(date(2026, 11, 26), float(n)))
        samples.append((time.perf_counter() - start) * 1000)
    store.close()
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", default=str(HERE / "out" / "results.json"))
    parser.add_argument("--start-only", action="store_true",
                        help="only the start-up ratios (quicker, while tuning)")
    args = parser.parse_args()
    dbs = ensure(HERE / "out")
    work = Path(tempfile.mkdtemp(prefix="smart-tui-bench-"))
    copies = {}
    for name, path in dbs.items():
        copies[name] = work / path.name
        shutil.copyfile(path, copies[name])
    runs = args.runs
    app = [PY, str(HERE / "startup_app.py")]
    cli = [PY, "-m", "smart_tui"]
    # Byte-compile as `pip install .` does (an editable install with PYTHONDONTWRITEBYTECODE
    # would otherwise recompile smart-tui's modules at every start).
    compileall.compile_dir(str(HERE.parent / "smart_tui"), quiet=1)
    r: dict[str, float] = {}
    # The example database lives in the data folder: a private one for the benchmark.
    ENV["XDG_DATA_HOME"] = str(work / "data")
    ENV["XDG_CONFIG_HOME"] = str(work / "config")
    ENV["XDG_STATE_HOME"] = str(work / "state")
    starts = interleaved({"bare": [*app, "bare"],
                          "typical": [*app, "smart", str(copies["typical"])],
                          "large": [*app, "smart", str(copies["large"])],
                          "demo": [*app, "demo"]}, runs)
    for name, found in starts.items():
        r[f"start_{name}_s"] = statistics.median(s[0] for s in found)
        r[f"mem_{name}_kib"] = max(s[1] for s in found)
    for name in ("typical", "large", "demo"):
        spread = round_ratios(starts, name)
        r[f"start_{name}_ratio_min"], r[f"start_{name}_ratio_max"] = spread[0], spread[-1]
        print(f"{name}: per-round ratios {', '.join(f'{x:.2f}' for x in spread)}")
    if args.start_only:
        bare = r["start_bare_s"]
        for name in ("typical", "large", "demo"):
            print(f"{name}: median {r[f'start_{name}_s']:.3f} s, "
                  f"{r[f'start_{name}_s'] / bare:.2f}× (bare {bare:.3f} s)")
        shutil.rmtree(work, ignore_errors=True)
        return
    r["key_repaint_ms"] = asyncio.run(key_to_repaint(copies["large"], 60))
    r["commit_ms"] = commit_times(copies["large"], 200)
    r["import_baseline_s"], _ = median_process(
        [PY, "-c", "import sqlite_utils, dateutil.parser, platformdirs"], runs)
    r["log_typical_s"], _ = median_process(
        [*cli, "--db", str(copies["typical"]), "log", "1", "2400", "--date", "2026-11-20"], runs)
    r["report_typical_s"], _ = median_process(
        [*cli, "--db", str(copies["typical"]), "report", "--json"], runs)
    large = [*cli, "--db", str(copies["large"])]
    r["report_large_s"], _ = median_process([*large, "report", "--json"], 3)
    for fmt, extra in (("md", []), ("csv", []), ("csv_checkpoints", ["--table", "checkpoints"]),
                       ("ics", []), ("json", [])):
        out = work / f"export.{fmt}"
        command = [*large, "export", "--format", fmt.split("_")[0], *extra, "-o", str(out)]
        r[f"export_{fmt}_large_s"], _ = median_process(command, 3)
    shutil.rmtree(work, ignore_errors=True)
    report(r, Path(args.json))


def report(r: dict[str, float], path: Path) -> None:
    bare = r["start_bare_s"]
    rows = [
        ("start, bare Textual app", f"{bare:.3f} s", "1.00×", ""),
        ("start, typical database", f"{r['start_typical_s']:.3f} s",
         f"{r['start_typical_s'] / bare:.2f}×", "≤ 1.2×"),
        ("start, large database", f"{r['start_large_s']:.3f} s",
         f"{r['start_large_s'] / bare:.2f}×", "≤ 1.3×"),
        ("start, --demo", f"{r['start_demo_s']:.3f} s",
         f"{r['start_demo_s'] / bare:.2f}×", "≤ 1.3×"),
        ("peak memory, bare", f"{r['mem_bare_kib'] / 1024:.1f} MiB", "1.00×", ""),
        ("peak memory, large", f"{r['mem_large_kib'] / 1024:.1f} MiB",
         f"{r['mem_large_kib'] / r['mem_bare_kib']:.2f}×", "≤ 2×"),
        ("key to repaint, dashboard, large", f"{r['key_repaint_ms']:.1f} ms", "", "< 50 ms"),
        ("checkpoint commit, large", f"{r['commit_ms']:.2f} ms", "", "< 5 ms"),
        ("import sqlite_utils+dateutil+platformdirs", f"{r['import_baseline_s']:.3f} s",
         "1.00×", ""),
        ("smart-tui log, typical", f"{r['log_typical_s']:.3f} s",
         f"{r['log_typical_s'] / r['import_baseline_s']:.2f}×", "≤ 2×"),
        ("smart-tui report --json, typical", f"{r['report_typical_s']:.3f} s",
         f"{r['report_typical_s'] / r['import_baseline_s']:.2f}×", "≤ 2×"),
        ("smart-tui report --json, large", f"{r['report_large_s']:.3f} s", "", "< 2 s"),
    ]
    for fmt in ("md", "csv", "csv_checkpoints", "ics", "json"):
        rows.append((f"export {fmt.replace('_', ' ')}, large",
                     f"{r[f'export_{fmt}_large_s']:.3f} s", "", "< 2 s"))
    machine = (f"{platform.machine()}, {os.cpu_count()} cores, Python "
               f"{platform.python_version()}, {platform.system()} {platform.release()}")
    print(f"Machine: {machine}\n")
    print("| measure | median | ratio | target |\n|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"machine": machine, "results": r, "targets": TARGETS},
                               indent=2) + "\n")
    print(f"\nJSON: {path}")


if __name__ == "__main__":
    main()
