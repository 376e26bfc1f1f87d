"""``smart-tui report``: every goal's SMART verdicts and trajectory, as a table or JSON."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from smart_tui.domain.smart import CRITERIA
from smart_tui.domain.views import GoalView
from smart_tui.i18n import Translator
from smart_tui.present import (
    coach_lines,
    hint,
    progress_text,
    reason,
    smart_letters,
    trajectory_text,
)
from smart_tui.sentence import smart_sentence
from smart_tui.typography import one_line


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _round(value: float | None, digits: int = 4) -> float | None:
    return None if value is None else round(value, digits)


def report_document(views: Sequence[GoalView], today: date, tr: Translator) -> dict[str, Any]:
    goals = []
    for view in views:
        goal, a, t = view.goal, view.assessment, view.trajectory
        cadence = view.cadence
        smart: dict[str, Any] = {"is_smart": a.is_smart}
        for name, result in zip(CRITERIA, a.results()):
            smart[name] = {"verdict": result.verdict.value, "code": result.code,
                           "reason": reason(tr, result), "hint": hint(tr, result, goal)}
        goals.append({
            "id": goal.id,
            "priority_id": goal.priority_id,
            "intent": goal.intent,
            "statement": goal.statement,
            "status": goal.status.value,
            "cadence": cadence.value if cadence else None,
            "sentence": smart_sentence(goal, tr),
            "smart": smart,
            "trajectory": {
                "status": t.status.value,
                "progress": _round(t.progress),
                "expected_progress": _round(t.expected_progress),
                "latest_value": t.latest_value,
                "latest_date": _iso(t.latest_date),
                "days_ahead": t.days_ahead,
                "projected_at_deadline": _round(t.projected_at_deadline, 2),
                "next_checkpoint": _iso(t.next_checkpoint),
                "due": t.due,
            },
        })
    return {"today": today.isoformat(), "goals": goals}


def _cut(text: str, width: int) -> str:
    text = one_line(text)
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def report_text(views: Sequence[GoalView], today: date, tr: Translator, width: int = 100) -> str:
    headers = [tr(f"report.col.{c}") for c in
               ("id", "status", "smart", "trajectory", "progress", "next", "goal")]
    table = []
    coach: list[list[str]] = []  # under each goal, what the coach says of its criteria
    for view in views:
        coach.append([
            f"{tr(f'criterion.{criterion}')} ({tr(f'verdict.{verdict}')}){tr('ui.colon')}{why}"
            + (f" → {tip}" if tip else "")
            for criterion, verdict, why, tip in coach_lines(tr, view.assessment, view.goal)
        ])
        t = view.trajectory
        upcoming = tr.date_short(t.next_checkpoint) if t.next_checkpoint else "—"
        if t.due:
            upcoming += f" ({tr('report.due')})"
        table.append([
            str(view.goal.id),
            tr(f"goal_status.{view.goal.status.value}"),
            smart_letters(view.assessment),
            trajectory_text(tr, t),
            progress_text(tr, t.progress),
            upcoming,
            view.goal.title,
        ])
    widths = [max([len(h)] + [len(row[i]) for row in table]) for i, h in enumerate(headers[:-1])]
    goal_width = max(width - sum(widths) - 2 * len(widths), 20)
    lines = [tr("report.title", date=tr.date_long(today)), ""]
    indent = " " * (sum(widths[:1]) + 2)
    for index, row in enumerate([headers] + table):
        cells = [cell.ljust(w) for cell, w in zip(row, widths)]
        lines.append("  ".join(cells + [_cut(row[-1], goal_width)]).rstrip())
        if index > 0 and coach[index - 1]:
            lines.append(f"{indent}{tr('report.coach')}{tr('ui.colon').rstrip()}")
            lines += [f"{indent}  • {said}" for said in coach[index - 1]]
    lines += ["", tr("report.legend")]
    return "\n".join(lines) + "\n"
