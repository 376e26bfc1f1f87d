"""SIGKILL ``smart-tui log`` at random moments: the file stays sound and no saved value is lost.

The test counts kills, not seconds: it runs until it has killed ``KILLS`` writers (40 by
default; ``SMART_TUI_KILLS=100`` for the full campaign), however slow the machine; the
time limit only guards against a hang.
"""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date

from smart_tui.demo import demo_snapshot
from smart_tui.storage import Store

KILLS = int(os.environ.get("SMART_TUI_KILLS", "40"))
BATCH = 4
HANG_GUARD = 900  # seconds: only a hung writer gets here


def test_sigkill_at_random_moments_loses_nothing_that_was_acknowledged(tmp_path):
    path = tmp_path / "smart-tui.db"
    store = Store.open(path)
    store.import_snapshot(demo_snapshot(date(2026, 11, 27), "fr"))
    store.close()
    env = {**os.environ, "SMART_TUI_TODAY": "2026-11-27", "SMART_TUI_LANG": "en"}

    def command(value: int) -> list[str]:
        return [sys.executable, "-m", "smart_tui", "--db", str(path), "log", "1", str(value),
                "--date", "2026-11-20"]

    # How long one uninterrupted run takes here: the kills are spread over that span.
    clock = time.monotonic()
    subprocess.run(command(99_999), env=env, check=True, capture_output=True)
    duration = time.monotonic() - clock
    rng = random.Random(20261127)
    kills, acknowledged, value = 0, [99_999], 100_000
    started = time.monotonic()
    while kills < KILLS and time.monotonic() - started < HANG_GUARD:
        batch = []
        for _ in range(BATCH):
            value += 1
            proc = subprocess.Popen(command(value), env=env, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL)
            batch.append((value, proc, time.monotonic() + rng.uniform(0.1, 2.5) * duration))
        for number, proc, kill_at in sorted(batch, key=lambda item: item[2]):
            time.sleep(max(0.0, kill_at - time.monotonic()))
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                kills += 1
            if proc.wait() == 0:
                acknowledged.append(number)
    assert kills >= KILLS, f"only {kills} kills in {HANG_GUARD} s: a writer hangs"
    assert len(acknowledged) > 1, "no command finished: the kill timing is off"
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    saved = {v for (v,) in conn.execute(
        "SELECT value FROM checkpoints WHERE goal_id = 1 AND date = '2026-11-20'")}
    # one date: each value replaces the one before, which goes to the goal's history
    history = " ".join(str(old) for (old,) in conn.execute(
        "SELECT old FROM adjustments WHERE goal_id = 1 AND kind = 'checkpoint'"))
    conn.close()
    print(f"{kills} kills, {len(acknowledged)} acknowledged")  # shown with pytest -s
    assert len(saved) == 1, "logging on one date twice must replace, not add"
    missing = [v for v in acknowledged if v not in saved and f"{v}" not in history]
    assert missing == []
