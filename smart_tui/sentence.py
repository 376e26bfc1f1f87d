"""The goal written as one SMART sentence, and values written with their unit."""

from __future__ import annotations

from smart_tui.domain.models import Goal, Unit, rating_scale
from smart_tui.i18n import Translator


def format_value(tr: Translator, value: float | None, unit: Unit | None) -> str:
    """``12,5 %``, ``1 234 €``, ``4,5/5`` or ``2 000`` (French); the English forms likewise."""
    if value is None:
        return "—"
    if unit == Unit.PERCENT:
        return tr.percent(value, decimals=2)
    if unit == Unit.CURRENCY:
        return tr.money(value, decimals=2)
    if unit == Unit.RATING:
        return f"{tr.number(value)}/{rating_scale(value)}"
    return tr.number(value)


def format_estimate(tr: Translator, value: float | None, unit: Unit | None) -> str:
    """A planned or projected value, rounded to what a person would say: whole numbers from
    100 up, one decimal below (``2 102``, ``4,3/5``, ``22,7 %``)."""
    if value is None:
        return "—"
    return format_value(tr, round(value) if abs(value) >= 100 else round(value, 1), unit)


def format_points(tr: Translator, value: float) -> str:
    """A change of a percentage KPI: ``+2 points``, ``+1,5 point`` (French: singular below 2)."""
    shown = tr.signed(value, decimals=1)
    one = abs(value) < 2 if tr.french else abs(value) == 1
    return tr("unit.point_count" if one else "unit.points_count", value=shown)


def format_change(tr: Translator, baseline: float, target: float, unit: Unit | None) -> str | None:
    """``+30 %`` relative to the baseline, or ``+2 points`` for a percentage KPI."""
    if unit == Unit.PERCENT:
        return format_points(tr, target - baseline)
    if baseline == 0:
        return None
    return tr.percent((target - baseline) / abs(baseline) * 100, decimals=1, signed=True)


def smart_sentence(goal: Goal, tr: Translator) -> str:
    """The goal in one line, KPI first so it reads right in French and English:

    « Sessions organiques par mois : de 2 000 à 2 600 (+30 %) d'ici le 1er juillet 2026,
    source : Google Analytics. » Falls back to the statement, then the intent, while the
    goal is too incomplete for a sentence.
    """
    if not goal.kpi.strip() or goal.target is None:
        return goal.title
    kpi = goal.kpi.strip()
    kpi = kpi[0].upper() + kpi[1:]
    target = format_value(tr, goal.target, goal.unit)
    if goal.baseline is not None:
        text = tr("sentence.from_to", kpi=kpi, baseline=format_value(tr, goal.baseline, goal.unit),
                  target=target)
        change = format_change(tr, goal.baseline, goal.target, goal.unit)
        if change:
            text += f" ({change})"
    else:
        text = tr("sentence.to", kpi=kpi, target=target)
    if goal.deadline is not None:
        text += tr("sentence.deadline", date=tr.date_long(goal.deadline))
    if goal.source.strip():
        text += tr("sentence.source", source=goal.source.strip())
    return text + "."
