"""Domain results rendered as words, in one language: shared by the CLI, the TUI and exports."""

from __future__ import annotations

import errno
import os
from datetime import date
from typing import TYPE_CHECKING

from smart_tui.domain.achievable import DAYS_PER_MONTH
from smart_tui.domain.models import Cadence, Goal, Unit
from smart_tui.domain.smart import Assessment, CriterionResult, Verdict
from smart_tui.domain.text import shown
from smart_tui.domain.trajectory import Trajectory, TrajectoryStatus
from smart_tui.i18n import Translator
from smart_tui.sentence import (
    format_estimate,
    format_points,
    format_value,
    smart_sentence,
)

if TYPE_CHECKING:
    from smart_tui.services.checkpoints import Logged


#: What the system says of a file, in the user's language (the OS speaks English).
_OS_ERRORS = ("ENOENT", "EACCES", "EPERM", "EISDIR", "ENOTDIR", "ENOSPC", "EROFS",
              "ENAMETOOLONG", "EEXIST", "EBUSY")
_BY_TEXT = {os.strerror(getattr(errno, name)): name for name in _OS_ERRORS}


def os_detail(tr: Translator, error: object) -> str:
    """``Aucun fichier ou dossier de ce nom`` for ENOENT, and so on; else the system's words."""
    if isinstance(error, OSError) and error.errno is not None:
        name = errno.errorcode.get(error.errno, "")
        if name in _OS_ERRORS:
            return tr(f"oserror.{name}")
        return shown(error.strerror or str(error))
    name = _BY_TEXT.get(str(error), "")
    return tr(f"oserror.{name}") if name else shown(error)


def _param(tr: Translator, name: str, value: object) -> str:
    if name == "detail":
        return os_detail(tr, value)
    if isinstance(value, date):
        return tr.date_long(value)
    if name == "days" and isinstance(value, int):
        return tr.plural("count.days", value)
    if name in ("pace", "pace_limit"):
        return tr.percent(float(value), decimals=1)  # type: ignore[arg-type]
    if name == "lever":
        return tr(f"lever.{value}")
    if name in ("category", "serves"):
        return tr(f"category.{value}")
    if name == "status":
        return tr(f"goal_status.{value}")
    if name == "criteria" and isinstance(value, list):
        return ", ".join(tr(f"criterion.{c}") for c in value)
    if name == "unit":
        return tr(f"unit.{value}")
    if name in ("thousands", "decimal") and isinstance(value, float):  # a number's two readings
        return tr.number(value, decimals=3)
    if name == "limit" and isinstance(value, (int, float)):
        return tr.number(value, decimals=0)
    if name in ("total", "capacity") and isinstance(value, (int, float)):
        return tr.number(value, decimals=1)
    if name in ("days", "min_days") and isinstance(value, int):
        return tr.number(value, decimals=0)
    if isinstance(value, float):
        return tr.number(value, decimals=1)
    return shown(value)  # text from outside (a typed value, a path) is echoed escaped


def _horizon(tr: Translator, days: int) -> str:
    """A horizon as a person says it: ``3 ans`` for 1 095 days, ``30 mois`` otherwise."""
    years = days / 365.25
    if abs(years - round(years)) * 365.25 <= 7:
        return tr("unit.horizon_years", n=tr.number(round(years), decimals=0))
    return tr("unit.horizon_months", n=tr.number(round(days / DAYS_PER_MONTH), decimals=0))


def render_params(tr: Translator, params: dict[str, object]) -> dict[str, str]:
    """A verdict's parameters as text; values of the KPI are written with its unit."""
    unit_value = params.get("unit")
    unit = Unit(unit_value) if isinstance(unit_value, str) else None
    out: dict[str, str] = {}
    for name, value in params.items():
        if name in ("target", "baseline", "fix_target") and isinstance(value, (int, float)):
            out[name] = format_value(tr, float(value), unit)
        elif name in ("stars", "limit_stars") and isinstance(value, (int, float)):
            out[name] = tr("unit.stars", value=tr.number(value, decimals=2))
        elif name == "points" and isinstance(value, (int, float)):
            out[name] = tr.signed(value, decimals=1)
        elif name == "horizon" and isinstance(value, int):
            out[name] = _horizon(tr, value)
        else:
            out[name] = _param(tr, name, value)
    points = params.get("points")
    out["points_note"] = (tr("unit.pt_per_month", value=tr.signed(points, decimals=1))
                          if isinstance(points, (int, float)) else "")
    if isinstance(points, (int, float)) and "pace" not in params:
        out["change"] = format_points(tr, points)
    return out


def reason(tr: Translator, result: CriterionResult) -> str:
    params = render_params(tr, result.params)
    if result.code == "over_budget":
        params = {k: tr.money(result.params[k]) for k in ("total", "capacity")}  # type: ignore[arg-type]
    return tr(result.reason_key, **params)


def hint(tr: Translator, result: CriterionResult, goal: Goal | None = None) -> str | None:
    """The hint of a criterion that is not ok; for a vague statement, the goal's own SMART
    sentence when it has one (pass ``goal``)."""
    key = result.hint_key
    if key is None:
        return None
    if result.code == "vague" and goal is not None:
        sentence = vague_fix(tr, goal)
        if sentence:
            return tr("hint.specific.vague_sentence", sentence=sentence)
    if "fix_target" in result.params and "fix_deadline" not in result.params:
        key = "hint.achievable.target_only"  # no deadline within reach would do
    return tr(key, **render_params(tr, result.params))


def vague_fix(tr: Translator, goal: Goal) -> str | None:
    """The SMART sentence offered in place of a vague statement (``None`` if it has none)."""
    if not goal.kpi.strip() or goal.target is None:
        return None
    return smart_sentence(goal, tr).rstrip(".")


CoachLine = tuple[str, str, str, str | None]


def coach_lines(tr: Translator, assessment: Assessment, goal: Goal) -> list[CoachLine]:
    """``(criterion, verdict, reason, hint)`` for every criterion that is not ok: what the coach
    says under a goal in ``report``, the roadmap and the review page."""
    return [
        (result.criterion, result.verdict.value, reason(tr, result), hint(tr, result, goal))
        for result in assessment.results() if result.verdict != Verdict.OK
    ]


def smart_marks(assessment: Assessment) -> list[tuple[str, Verdict]]:
    """One mark per criterion, the legend everywhere (app, CLI, exports): capital = validé,
    lower case = à préciser, ``·`` = non respecté."""
    marks = {Verdict.OK: str.upper, Verdict.WARN: str.lower, Verdict.FAIL: lambda _: "·"}
    return [(marks[r.verdict](letter), r.verdict)
            for r, letter in zip(assessment.results(), "SMART")]


def smart_letters(assessment: Assessment) -> str:
    """``SmA·T``: :func:`smart_marks` as plain text."""
    return "".join(mark for mark, _ in smart_marks(assessment))


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
    if unit == Unit.PERCENT:  # a rate moves in points: « +0,7 pt par mois »
        shown: str = tr("unit.pt", value=tr.signed(value, decimals=1))
    elif unit == Unit.RATING:  # a rating moves in stars, by hundredths: « +0,07 étoile »
        shown = tr("unit.stars", value=tr.signed(value, decimals=2))
    else:
        shown = ("+" if value >= 0 else "−") + format_estimate(tr, abs(value), unit)
    key = "pace.per_week" if trajectory.pace_period == Cadence.WEEKLY else "pace.per_month"
    return tr(key, value=shown)


def logged_text(tr: Translator, logged: Logged, key: str = "cli.logged") -> str:
    """What was saved, the measure it replaced, and how the trajectory moved."""
    goal, checkpoint = logged.goal, logged.checkpoint
    value = format_value(tr, checkpoint.value, goal.unit)
    if logged.unchanged:
        return tr("checkpoint.unchanged", value=value, date=tr.date_long(checkpoint.date))
    text = tr(key, goal_id=goal.id, value=value, date=tr.date_long(checkpoint.date))
    if logged.replaced is not None:
        text += " " + tr("checkpoint.replaced",
                         old=format_value(tr, logged.replaced.value, goal.unit), new=value)
    old, new = trajectory_text(tr, logged.before), trajectory_text(tr, logged.after)
    if old != new:
        text += "\n" + tr("cli.status_change", before=old, after=new)
    return text


def error_text(tr: Translator, error: Exception) -> str:
    """Any domain or storage error as one sentence in the user's language."""
    from smart_tui.interchange import DocumentError

    if isinstance(error, DocumentError):
        params = dict(error.problem_params)
        if error.problem == "invalid.type":  # JSON's type names, in the user's words
            params["expected"] = tr(f"json_type.{params['expected']}")
        problem = tr(error.problem, **{k: _param(tr, k, v) for k, v in params.items()})
        where = shown(error.where) if error.where else tr("invalid.the_document")
        return tr("error.import_invalid", where=where, problem=problem)
    key = getattr(error, "key", None)
    params = dict(getattr(error, "params", {}))
    if key is None:
        return shown(error, keep_newlines=True)
    if key == "error.restore_invalid":  # a row of the backup refused by the importer's rules
        problem_params = params.pop("problem_params", {})
        params["problem"] = tr(str(params["problem"]),
                               **{k: _param(tr, k, v) for k, v in problem_params.items()})
    text = tr(key, **{k: _param(tr, k, v) for k, v in params.items()})
    if key in ("error.db_not_database", "error.db_corrupt"):
        text += " " + restore_hint(tr, str(params["path"]), getattr(error, "backup", None))
    return text


def restore_command(database: str, backup: str, default_database: str,
                    verb: str = "restore") -> str:
    """``smart-tui --db 'my work/a.db' restore 'my work/backups/a-….db'``: works when pasted
    (``verb="import"`` for an export given to ``restore``).

    ``--db`` is named unless the database is the default one (a pasted command without it
    would restore over the default database).
    """
    import os
    import shlex

    words = ["smart-tui"]
    if os.path.abspath(database) != os.path.abspath(default_database):
        words += ["--db", shlex.quote(database)]
    return " ".join([*words, verb, shlex.quote(backup)])


def other_door(verb: str, file: str, database: str) -> str:
    """The command for a file given to the wrong door: ``smart-tui import export.json`` for
    an export given to ``restore``, ``smart-tui restore backup.db`` for a backup given to
    ``import``."""
    from smart_tui.paths import DB_NAME, data_dir

    return restore_command(database, file, str(data_dir() / DB_NAME), verb)


def restore_hint(tr: Translator, path: str, backup: object) -> str:
    """Where the latest backup of this very database is (found by storage when it refused the
    file), and the command that restores it."""
    from smart_tui.paths import DB_NAME, data_dir

    if backup is None:
        return tr("error.no_backup")
    command = restore_command(path, str(backup), str(data_dir() / DB_NAME))
    return tr("error.restore_hint", backup=backup, command=command)


def resource_parts(tr: Translator, budget: float | None, hours: float | None) -> list[str]:
    """``["300 €/mois", "3 h/semaine"]``: what is known of a budget and a time."""
    parts = []
    if budget is not None:
        parts.append(tr("md.budget", budget=tr.money(budget)))
    if hours is not None:
        parts.append(tr("md.hours", hours=tr.number(hours)))
    return parts


def resources_text(tr: Translator, goal: Goal) -> str:
    """``300 €/mois, 3 h/semaine, prestataire SEO`` — or ``non précisés``."""
    parts = resource_parts(tr, goal.budget_per_month, goal.hours_per_week)
    if goal.resources:
        parts.append(goal.resources)
    return ", ".join(parts) or tr("md.no_resources")
