"""Domain results rendered as words, in one language: shared by the CLI, the TUI and exports."""

from __future__ import annotations

from datetime import date

from smart_tui.domain.models import Cadence, Goal, Unit
from smart_tui.domain.sentence import format_estimate
from smart_tui.domain.smart import Assessment, CriterionResult, Verdict
from smart_tui.domain.trajectory import Trajectory, TrajectoryStatus
from smart_tui.i18n import Translator


def _param(tr: Translator, name: str, value: object) -> str:
    if isinstance(value, date):
        return tr.date_long(value)
    if name == "days" and isinstance(value, int):
        return tr.plural("count.days", value)
    if name == "pace":
        return tr.percent(float(value), decimals=1)  # type: ignore[arg-type]
    if name == "lever":
        return tr(f"lever.{value}")
    if name == "category":
        return tr(f"category.{value}")
    if name in ("total", "capacity") and isinstance(value, (int, float)):
        return tr.number(value, decimals=1)
    if isinstance(value, float):
        return tr.number(value, decimals=1)
    return str(value)


def reason(tr: Translator, result: CriterionResult) -> str:
    params = {k: _param(tr, k, v) for k, v in result.params.items()}
    if result.code == "over_budget":
        params = {k: tr.money(result.params[k]) for k in ("total", "capacity")}  # type: ignore[arg-type]
    return tr(result.reason_key, **params)


def hint(tr: Translator, result: CriterionResult) -> str | None:
    key = result.hint_key
    return tr(key) if key else None


def smart_letters(assessment: Assessment) -> str:
    """``SMaRT``-style: capital = ok, lower case = needs work, ``·`` = fails (plain text)."""
    out = []
    for result, letter in zip(assessment.results(), "SMART"):
        if result.verdict == Verdict.OK:
            out.append(letter)
        elif result.verdict == Verdict.WARN:
            out.append(letter.lower())
        else:
            out.append("·")
    return "".join(out)


def days_text(tr: Translator, days: int | None) -> str:
    if days is None:
        return ""
    if days == 0:
        return tr("days.on_time")
    key = "days.ahead" if days > 0 else "days.behind"
    return tr(key, days=tr.plural("count.days", abs(days)))


def trajectory_text(tr: Translator, trajectory: Trajectory) -> str:
    """``en retard de 12 jours``, ``dans les temps``, ``atteint``, ``pas encore de mesure``."""
    status = trajectory.status
    if status in (TrajectoryStatus.AHEAD, TrajectoryStatus.BEHIND) and trajectory.days_ahead:
        return days_text(tr, trajectory.days_ahead)
    return tr(f"trajectory.{status.value}")


def progress_text(tr: Translator, progress: float | None) -> str:
    return "—" if progress is None else tr.percent(progress * 100, decimals=0)


def pace_text(tr: Translator, trajectory: Trajectory, unit: Unit | None) -> str | None:
    if trajectory.required_pace is None:
        return None
    value = trajectory.required_pace
    shown = format_estimate(tr, abs(value), unit)
    shown = ("+" if value >= 0 else "−") + shown
    key = "pace.per_week" if trajectory.pace_period == Cadence.WEEKLY else "pace.per_month"
    return tr(key, value=shown)


def error_text(tr: Translator, error: Exception) -> str:
    """Any domain or storage error as one sentence in the user's language."""
    from smart_tui.export.jsondoc import DocumentError

    if isinstance(error, DocumentError):
        params = {k: str(v) for k, v in error.problem_params.items()}
        if error.problem == "invalid.type":  # JSON's type names, in the user's words
            params["expected"] = tr(f"json_type.{params['expected']}")
        problem = tr(error.problem, **params)
        return tr("error.import_invalid", where=error.where, problem=problem)
    key = getattr(error, "key", None)
    params = getattr(error, "params", {})
    if key is None:
        return str(error)
    text = tr(key, **{k: _param(tr, k, v) for k, v in params.items()})
    if key in ("error.db_not_database", "error.db_corrupt"):
        text += " " + restore_hint(tr, str(params["path"]))
    return text


def restore_hint(tr: Translator, path: str) -> str:
    """Where the latest backup is and the command that restores it."""
    from pathlib import Path

    from smart_tui.storage.backup import latest_backup

    backup = latest_backup(Path(path))
    if backup is None:
        return tr("error.no_backup")
    return tr("error.restore_hint", backup=backup, command=f"smart-tui restore {backup}")


def resources_text(tr: Translator, goal: Goal) -> str:
    """``300 €/mois, 3 h/semaine, prestataire SEO`` — or ``non précisés``."""
    parts = []
    if goal.budget_per_month is not None:
        parts.append(tr("md.budget", budget=tr.money(goal.budget_per_month)))
    if goal.hours_per_week is not None:
        parts.append(tr("md.hours", hours=tr.number(goal.hours_per_week)))
    if goal.resources:
        parts.append(goal.resources)
    return ", ".join(parts) or tr("md.no_resources")
