"""The adjustment history in words: « Cible : 600 → 750 commandes », « Statut : brouillon → actif ».

Shared by the goal card, the Markdown roadmap and any other view of the history. The
values are typed (``domain/history.py``); this is the only place that turns them into
text, with the goal's unit, the user's language and its number and date formats.
"""

from __future__ import annotations

from datetime import date

from smart_tui.domain.history import ChangeValue, CheckpointValue, Resources
from smart_tui.domain.models import Adjustment, AdjustmentKind, GoalStatus, Unit
from smart_tui.domain.review import Decision
from smart_tui.i18n import Translator
from smart_tui.present import resource_parts
from smart_tui.sentence import format_value

# Units whose values are bare numbers: the KPI's words say what is counted.
_BARE = (None, Unit.COUNT, Unit.OTHER)


def kind_name(tr: Translator, kind: AdjustmentKind) -> str:
    """``Cible``, ``Point d'étape``, ``Décision`` — the kind alone, capitalised."""
    name = tr(f"adjustment.{kind.value}")
    return name[:1].upper() + name[1:]


def resources_value(tr: Translator, resources: Resources) -> str:
    """``300 €/mois, 2 h/semaine``; what is not known is left out (``non précisés``)."""
    parts = resource_parts(tr, resources.budget_per_month, resources.hours_per_week)
    return ", ".join(parts) or tr("md.no_resources")


def value_text(tr: Translator, kind: AdjustmentKind, value: ChangeValue,
               unit: Unit | None = None) -> str:
    """One old or new value in words; ``—`` for none."""
    if value is None:
        return "—"
    if isinstance(value, Resources):
        return resources_value(tr, value)
    if isinstance(value, CheckpointValue):
        return format_value(tr, value.value, unit)
    if isinstance(value, GoalStatus):
        return tr(f"goal_status.{value.value}")
    if isinstance(value, Decision):
        return tr(f"change.decision.{value.value}")
    if isinstance(value, date):
        return tr.date_short(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return format_value(tr, float(value), unit)
    return str(value)


def _checkpoint(tr: Translator, old: ChangeValue, new: ChangeValue, unit: Unit | None) -> str:
    def shown(entry: CheckpointValue) -> str:
        return format_value(tr, entry.value, unit)

    if isinstance(old, CheckpointValue) and isinstance(new, CheckpointValue):
        if old.date == new.date:
            return tr("change.checkpoint", date=tr.date_short(new.date), old=shown(old),
                      new=shown(new))
        return tr("change.checkpoint_moved", old=shown(old), old_date=tr.date_short(old.date),
                  new=shown(new), new_date=tr.date_short(new.date))
    if isinstance(old, CheckpointValue):
        return tr("change.checkpoint_deleted", date=tr.date_short(old.date), value=shown(old))
    if isinstance(new, CheckpointValue):
        return tr("change.checkpoint_added", date=tr.date_short(new.date), value=shown(new))
    return kind_name(tr, AdjustmentKind.CHECKPOINT)


def _actions(tr: Translator, old: ChangeValue, new: ChangeValue) -> str:
    if isinstance(old, Resources) and isinstance(new, Resources):
        return tr("change.actions", old=resources_value(tr, old), new=resources_value(tr, new))
    if isinstance(old, Resources):  # the plan changed, not the resources
        return tr("change.actions_same", resources=resources_value(tr, old))
    if isinstance(new, Resources):
        return tr("change.actions", old="—", new=resources_value(tr, new))
    return tr("change.actions_only")


def change_text(tr: Translator, adjustment: Adjustment, unit: Unit | None = None,
                kpi: str = "") -> str:
    """What one history entry changed, in one line of the user's language.

    « Cible : 600 → 750 commandes » (``kpi`` names what a bare number counts),
    « Moyens : 2 h/semaine → 3 h/semaine », « Statut : brouillon → actif »,
    « Décision : garder le cap », « Point d'étape du 27 nov. 2026 : 4,15 → 4,2 ».
    A free note with no value gives ``""`` (its note says it all).
    """
    kind, old, new = adjustment.kind, adjustment.old, adjustment.new
    if kind == AdjustmentKind.CHECKPOINT:
        return _checkpoint(tr, old, new, unit)
    if kind == AdjustmentKind.ACTIONS:
        return _actions(tr, old, new)
    if kind == AdjustmentKind.DECISION:
        if new is None:
            return kind_name(tr, kind)
        return tr("change.decision", decision=value_text(tr, kind, new))
    if kind == AdjustmentKind.OTHER:
        if old is None and new is None:
            return ""
        if old is None:
            return value_text(tr, kind, new)
        return tr("change.other", old=value_text(tr, kind, old), new=value_text(tr, kind, new))
    old_text, new_text = value_text(tr, kind, old, unit), value_text(tr, kind, new, unit)
    if kind == AdjustmentKind.TARGET and kpi.strip() and unit in _BARE and new is not None:
        new_text = f"{new_text} {kpi.strip()}"
    return tr(f"change.{kind.value}", old=old_text, new=new_text)
