"""CSV for spreadsheets: UTF-8 with a BOM; ``;`` and a decimal comma in French (so a French
Excel opens it right by double-click), ``,`` and a decimal point in English."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date

from smart_tui.domain.models import Confidence
from smart_tui.domain.trajectory import plan_of
from smart_tui.domain.views import GoalView
from smart_tui.i18n import Translator
from smart_tui.present import smart_letters

BOM = "\ufeff"
TABLES = ("goals", "checkpoints")


def _number(tr: Translator, value: float | None) -> str:
    """No thousands separator (spreadsheets would read it as text); the language's decimal mark."""
    if value is None:
        return ""
    value = float(value)
    text = str(int(value)) if value.is_integer() else repr(round(value, 6))
    return text.replace(".", ",") if tr.french else text


# A cell a spreadsheet would run as a formula (OWASP "CSV injection"): =, +, -, @, or a
# tab or carriage return first. Such a text cell gets a leading apostrophe, which
# spreadsheets show as text and do not evaluate. Numbers are written by _number, never here.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def text_cell(value: str | None) -> str:
    """User text for a CSV cell: neutralised when a spreadsheet would read a formula."""
    text = value or ""
    return "'" + text if text.lstrip(" ").startswith(FORMULA_START) else text


def _iso(value: date | None) -> str:
    return value.isoformat() if value is not None else ""


def _write(tr: Translator, headers: list[str], rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";" if tr.french else ",", lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    return BOM + buffer.getvalue()


def goals_csv(views: Sequence[GoalView], tr: Translator) -> str:
    headers = [tr(f"csv.{name}") for name in (
        "id", "priority", "statement", "intent", "lever", "status", "kpi", "unit", "direction",
        "baseline", "target", "source", "budget", "hours", "start", "deadline", "cadence",
        "smart", "trajectory", "progress", "latest_value", "latest_date", "days_ahead",
        "projection", "next_checkpoint", "due")]
    rows = []
    for view in views:
        g, t = view.goal, view.trajectory
        cadence = view.cadence
        rows.append([
            str(g.id), text_cell(view.priority.title if view.priority else ""),
            text_cell(g.statement), text_cell(g.intent),
            tr(f"lever.{g.lever.value}"), tr(f"goal_status.{g.status.value}"), text_cell(g.kpi),
            tr(f"unit.{g.unit.value}") if g.unit else "", tr(f"direction.{g.direction.value}"),
            _number(tr, g.baseline), _number(tr, g.target), text_cell(g.source),
            _number(tr, g.budget_per_month), _number(tr, g.hours_per_week),
            _iso(g.start), _iso(g.deadline), tr(f"cadence.{cadence.value}") if cadence else "",
            smart_letters(view.assessment), tr(f"trajectory.{t.status.value}"),
            _number(tr, round(t.progress * 100, 1)) if t.progress is not None else "",
            _number(tr, t.latest_value), _iso(t.latest_date),
            "" if t.days_ahead is None else str(t.days_ahead),
            _number(tr, round(t.projected_at_deadline, 2))
            if t.projected_at_deadline is not None else "",
            _iso(t.next_checkpoint), tr("csv.yes") if t.due else tr("csv.no"),
        ])
    return _write(tr, headers, rows)


def checkpoints_csv(views: Sequence[GoalView], tr: Translator) -> str:
    """One row per checkpoint, with what the goal's plan expected on its date (a later
    change of target never rewrites it): the plan is drawn once per goal."""
    headers = [tr(f"csv.{name}") for name in (
        "goal_id", "statement", "date", "value", "expected", "confidence", "note")]
    confidence = {c: tr(f"confidence.{c.value}") for c in Confidence}
    rows = []
    for view in views:
        g = view.goal
        plan, goal_id, title = plan_of(g), str(g.id), text_cell(g.title)
        for c in g.checkpoints:
            expected = None if plan is None else round(plan.value(c.date), 2)
            rows.append([
                goal_id, title, c.date.isoformat(),
                _number(tr, c.value),
                _number(tr, expected),
                confidence[c.confidence] if c.confidence else "",
                text_cell(c.note),
            ])
    return _write(tr, headers, rows)
