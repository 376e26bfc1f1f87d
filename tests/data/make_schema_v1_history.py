"""Writes schema-v1-history.db: a database as the app of commit 9d72677 left it (schema v1,
history kept as plain strings such as ``budget_per_month=None, hours_per_week=2``).

It must run with *that* code, not the current one::

    mkdir /tmp/old && git archive 9d72677 smart_tui | tar -x -C /tmp/old
    PYTHONPATH=/tmp/old python tests/data/make_schema_v1_history.py tests/data/schema-v1-history.db
"""
import sys
from datetime import date
from pathlib import Path

from smart_tui.domain.models import (
    Adjustment,
    AdjustmentKind,
    Cadence,
    Category,
    Checkpoint,
    Direction,
    Goal,
    GoalStatus,
    Lever,
    Priority,
    Unit,
)
from smart_tui.storage import Store

path = Path(sys.argv[1])
store = Store.open(path, backups=False)
p = store.add_priority(Priority("Vendre en ligne", "Les ventes stagnent", Category.SALES))
g = store.add_goal(Goal(intent="Plus de commandes", statement="Passer à 750 commandes",
                        priority_id=p.id, lever=Lever.SEO, kpi="commandes", unit=Unit.COUNT,
                        direction=Direction.INCREASE, baseline=500, target=600,
                        source="Shopify", budget_per_month=None, hours_per_week=2,
                        start=date(2026, 1, 5), deadline=date(2026, 11, 27),
                        cadence=Cadence.MONTHLY))
day = date(2026, 3, 2)
g = store.goal(g.id)
g.status = GoalStatus.ACTIVE
store.update_goal(g, day, "plan validé")
g = store.goal(g.id)
g.target, g.deadline = 750, date(2026, 12, 31)
store.update_goal(g, day, "en avance")
store.adjust_actions(g.id, day, "une heure de plus", hours_per_week=3)
store.adjust_actions(g.id, day, "annonces recentrées")
store.adjust_actions(g.id, day, "un budget", budget_per_month=150.5)
c = store.add_checkpoint(g.id, Checkpoint(date(2026, 2, 27), 4.15))
c.value = 4.2
store.update_checkpoint(c, day, "faute de frappe")
c2 = store.add_checkpoint(g.id, Checkpoint(date(2026, 2, 28), 12.5))
store.delete_checkpoint(c2.id, day, "doublon")
store.add_adjustment(g.id, Adjustment(day, AdjustmentKind.OTHER, None, "keep_course", "on garde"))
store.add_adjustment(g.id, Adjustment(day, AdjustmentKind.OTHER, None, None, "note libre"))
r = store.add_goal(Goal(intent="Note Google", priority_id=p.id, kpi="note moyenne",
                        unit=Unit.RATING, baseline=4.1, target=4.5))
r = store.goal(r.id)
r.target = 4.6
store.update_goal(r, day)
store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
store.conn.execute("PRAGMA journal_mode=DELETE")
store.close()
