"""SIGKILL ``smart-tui log`` at random moments: the file stays sound and no saved value is lost."""

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

KILLS = 100
BATCH = 8
TIME_LIMIT = 45  # seconds: the test stops launching after this, whatever the count


def test_sigkill_at_random_moments_loses_nothing_that_was_acknowledged(tmp_path):
    path = tmp_path / "smart-tui.db"
    store = Store.open(path)
    store.import_snapshot(demo_snapshot(date(2026, 11, 27), "fr"))
    store.close()
    env = {**os.environ, "SMART_TUI_TODAY": "2026-11-27", "SMART_TUI_LANG": "en"}
    rng = random.Random(20261127)
    kills, acknowledged, value = 0, [], 100_000
    started = time.monotonic()
    while kills < KILLS and time.monotonic() - started < TIME_LIMIT:
        batch = []
        for _ in range(BATCH):
            value += 1
            proc = subprocess.Popen(
                [sys.executable, "-m", "smart_tui", "--db", str(path), "log", "1", str(value),
                 "--date", "2026-11-20"],
                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )
            batch.append((value, proc, time.monotonic() + rng.uniform(0.03, 0.32)))
        for number, proc, kill_at in sorted(batch, key=lambda item: item[2]):
            time.sleep(max(0.0, kill_at - time.monotonic()))
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                kills += 1
            if proc.wait() == 0:
                acknowledged.append(number)
    assert kills >= KILLS, f"only {kills} kills in {TIME_LIMIT} s"
    assert acknowledged, "no command finished: the kill timing is off"
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    saved = {v for (v,) in conn.execute("SELECT value FROM checkpoints WHERE goal_id = 1")}
    conn.close()
    missing = [v for v in acknowledged if v not in saved]
    assert missing == []
