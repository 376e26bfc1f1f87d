"""The checkpoints of many goals reduced to what a trajectory needs, by SQL aggregates."""

from __future__ import annotations

import sqlite3
from datetime import date

from smart_tui.domain.models import Adjustment
from smart_tui.domain.trajectory import Point, Series

from .rows import BadRowError, to_adjustment

EPOCH_JD = 2460000.5  # julianday('2023-02-24'): keeps the summed squares small
ORDINAL_TO_JD = 1721424.5  # date.toordinal() + this = julianday() at midnight


def load_series(conn: sqlite3.Connection, goal_ids: list[int] | None = None) -> dict[int, Series]:
    """Each goal's latest checkpoint and regression sums, aggregated by SQL.

    One scan sums ``d = julianday(date) - EPOCH`` (small numbers: no precision lost);
    each goal's sums are then shifted to days from its own start, which spares a join.
    The latest checkpoint is one index seek per goal (``checkpoints_goal_date``).
    """
    where, params = "", []
    if goal_ids is not None:
        where = f"WHERE goal_id IN ({', '.join('?' for _ in goal_ids)})"
        params = list(goal_ids)
    sums = conn.execute(
        f"""SELECT goal_id, COUNT(*), SUM(d), SUM(value), SUM(d * value), SUM(d * d)
            FROM (SELECT goal_id, value, julianday(date) - {EPOCH_JD} AS d
                  FROM checkpoints {where})
            GROUP BY goal_id""",
        params,
    ).fetchall()
    starts = dict(conn.execute(
        f"SELECT id, start FROM goals {where.replace('goal_id', 'id')}", params).fetchall())
    last = load_latest(conn, goal_ids)
    result = {}
    for gid, n, sd, sv, sdv, sdd in sums:
        start = starts.get(gid)
        if start is None:  # no start: no regression, only the latest point
            result[gid] = Series(last.get(gid), n)
            continue
        try:
            s0 = date.fromisoformat(start).toordinal() + ORDINAL_TO_JD - EPOCH_JD
        except (ValueError, TypeError):
            raise BadRowError("goals", gid, "start") from None
        result[gid] = Series(last.get(gid), n, sd - n * s0, sv, sdv - s0 * sv,
                             sdd - 2 * s0 * sd + n * s0 * s0)
    return result


def load_latest(conn: sqlite3.Connection, goal_ids: list[int] | None = None) -> dict[int, Point]:
    """Each goal's latest checkpoint (the last one logged on the latest date): one index seek
    per goal (``checkpoints_goal_date``), no scan of the checkpoints."""
    where, params = "", list(goal_ids or [])
    if goal_ids is not None:
        where = f"WHERE id IN ({', '.join('?' for _ in goal_ids)})"
    latest = conn.execute(
        f"""SELECT id, (SELECT date || ' ' || value FROM checkpoints c
                        WHERE c.goal_id = g.id ORDER BY date DESC, id DESC LIMIT 1)
            FROM goals g {where}""",
        params,
    ).fetchall()
    last = {}
    for gid, text in latest:
        if text:
            day, value = text.split(" ", 1)
            try:
                last[gid] = Point(date.fromisoformat(day), float(value))
            except ValueError:
                raise BadRowError("checkpoints", f"goal {gid}", "date/value") from None
    return last


def load_latest_dates(conn: sqlite3.Connection) -> dict[int, date]:
    """Each goal's latest checkpoint date: one seek per goal in ``checkpoints_goal_date``,
    which holds the dates (the values are not read: whether a goal is due needs no more)."""
    latest = conn.execute(
        """SELECT id, (SELECT date FROM checkpoints c WHERE c.goal_id = g.id
                       ORDER BY date DESC LIMIT 1)
           FROM goals g""").fetchall()
    last = {}
    for gid, day in latest:
        if day is not None:
            try:
                last[gid] = date.fromisoformat(day)
            except (ValueError, TypeError):
                raise BadRowError("checkpoints", f"goal {gid}", "date") from None
    return last


def load_plan_changes(conn: sqlite3.Connection,
                      goal_ids: list[int] | None = None) -> dict[int, list[Adjustment]]:
    """The target and deadline changes of ``goal_ids`` (default: all), by goal: what the
    piecewise plan needs, in one query."""
    sql = "SELECT * FROM adjustments WHERE kind IN ('target', 'deadline')"
    params: list[object] = []
    if goal_ids is not None:
        sql += f" AND goal_id IN ({', '.join('?' for _ in goal_ids)})"
        params = list(goal_ids)
    cursor = conn.execute(sql + " ORDER BY date, id", params)
    names = [column[0] for column in cursor.description]
    changes: dict[int, list[Adjustment]] = {}
    for values in cursor:
        row = dict(zip(names, values))
        changes.setdefault(row["goal_id"], []).append(to_adjustment(row))
    return changes
