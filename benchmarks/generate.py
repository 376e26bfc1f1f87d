"""Benchmark databases: *typical* (3 priorities, 25 goals, 20 checkpoints each) and *large*
(3 priorities, 1 000 goals, 100 checkpoints each: 100 000 checkpoints).

    python benchmarks/generate.py [FOLDER]      # default: benchmarks/out/
"""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path

from smart_tui.domain.levers import TEMPLATES
from smart_tui.domain.models import (
    Category,
    Checkpoint,
    Confidence,
    Goal,
    GoalStatus,
    Priority,
    Profile,
    Snapshot,
)
from smart_tui.storage import Store

TODAY = date(2026, 11, 27)
SIZES = {"typical": (25, 20), "large": (1000, 100)}
CATEGORIES = (Category.SALES, Category.LOCAL_VISIBILITY, Category.LOYALTY)


def snapshot(goals: int, checkpoints: int, seed: int = 7) -> Snapshot:
    rng = random.Random(seed)
    priorities = [Priority(f"Priorité {n + 1}", f"Problématique {n + 1}", CATEGORIES[n],
                           position=n, id=n + 1) for n in range(3)]
    result = []
    for number in range(goals):
        template = TEMPLATES[number % len(TEMPLATES)]
        start = TODAY - timedelta(days=checkpoints * 7 + rng.randint(0, 30))
        deadline = start + timedelta(days=checkpoints * 7 + rng.randint(30, 200))
        goal = Goal(
            intent=template.intent["fr"], statement=f"{template.statement['fr']} ({number + 1})",
            priority_id=number % 3 + 1, lever=template.lever, status=GoalStatus.ACTIVE,
            kpi=template.kpi["fr"], unit=template.unit, baseline=template.baseline,
            target=template.target, source=template.source["fr"], hours_per_week=1,
            budget_per_month=100, rationale="Bench", start=start, deadline=deadline,
            id=number + 1,
        )
        step = (template.target - template.baseline) / (checkpoints * 1.3)
        goal.checkpoints = [
            Checkpoint(start + timedelta(days=7 * (k + 1)),
                       round(template.baseline + step * (k + 1) * rng.uniform(0.7, 1.3), 2),
                       Confidence.MEDIUM, "")
            for k in range(checkpoints)
        ]
        result.append(goal)
    return Snapshot(Profile("Bench SARL", 40, 100_000), priorities, result)


def make(path: Path, goals: int, checkpoints: int) -> Path:
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    store = Store.open(path, backups=False)
    store.import_snapshot(snapshot(goals, checkpoints))
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return path


def ensure(folder: Path) -> dict[str, Path]:
    """The two databases in ``folder``, made when missing."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, (goals, checkpoints) in SIZES.items():
        path = folder / f"{name}.db"
        if not path.exists():
            make(path, goals, checkpoints)
        paths[name] = path
    return paths


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "out"
    for name, (goals, checkpoints) in SIZES.items():
        print(make(out / f"{name}.db", goals, checkpoints))
