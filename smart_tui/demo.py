"""The example data: a fictional shop with three priorities and goals on seven of the eight levers.

Dates are laid relative to ``today`` so the demo always looks current: some goals are
ahead, some behind, one on track, one with no checkpoint yet, one draft.
"""

from __future__ import annotations

import contextlib
import shutil
from datetime import date, timedelta
from pathlib import Path

from smart_tui import __version__
from smart_tui.domain.levers import template_for
from smart_tui.domain.models import (
    Adjustment,
    AdjustmentKind,
    Category,
    Checkpoint,
    Confidence,
    Goal,
    GoalStatus,
    Lever,
    Priority,
    Profile,
    Snapshot,
)
from smart_tui.domain.schedule import default_cadence, scheduled_dates
from smart_tui.paths import demo_database_path
from smart_tui.services import DatabaseError, Workspace
from smart_tui.typography import typeset


def _typeset(lang: str, value: str | tuple[str, ...]) -> str | tuple[str, ...]:
    """The example's French is set like the app's own messages (« … », 100 €)."""
    if isinstance(value, tuple):
        return tuple(typeset(lang, v) for v in value)
    return typeset(lang, value)

_TEXT = {
    "fr": {
        "shop": "Atelier Lumière (bougies artisanales, Lyon)",
        "p1": ("Conquérir de nouveaux clients sur la boutique en ligne",
               "Les ventes stagnent en boutique et sur les salons"),
        "p2": ("Devenir la référence locale des bougies à Lyon",
               "Peu d'habitants du quartier connaissent la boutique"),
        "p3": ("Faire revenir les clients", "La plupart des clients n'achètent qu'une fois"),
        "r_seo": "Les visiteurs venus de Google achètent deux fois plus que ceux des réseaux.",
        "r_sea": "Des demandes rapides pendant que le référencement naturel monte.",
        "r_mkt": "Un nouveau canal de vente sans dépendre de la seule boutique.",
        "r_rep": "Les clients du quartier choisissent d'après les avis Google.",
        "r_soc": "La clientèle locale suit les boutiques du quartier sur Instagram.",
        "r_mail": "Une newsletter lue fait revenir les clients pour les collections de saison.",
        "res": "Prestataire SEO 2 jours par mois, CMS Shopify",
        "adjust": "Annonces recentrées sur « bougie parfumée Lyon », budget +100 €/mois",
        "draft": "Publier plus de contenus sur le site",
        "note": "Mesure relevée en fin de mois",
    },
    "en": {
        "shop": "Atelier Lumière (hand-made candles, Lyon)",
        "p1": ("Win new customers on the online shop", "Sales stagnate in the shop and at fairs"),
        "p2": ("Become Lyon's local reference for candles",
               "Few people in the neighborhood know the shop"),
        "p3": ("Bring customers back", "Most customers buy only once"),
        "r_seo": "Visitors from Google buy twice as often as those from social networks.",
        "r_sea": "Quick requests while organic search builds up.",
        "r_mkt": "A new sales channel, less reliance on the shop alone.",
        "r_rep": "Local customers choose by their Google reviews.",
        "r_soc": "Local customers follow neighborhood shops on Instagram.",
        "r_mail": "A newsletter that is read brings customers back for seasonal collections.",
        "res": "SEO consultant 2 days a month, Shopify CMS",
        "adjust": "Ads refocused on “scented candle Lyon”, budget +€100/month",
        "draft": "Publish more content on the site",
        "note": "Read at the end of the month",
    },
}


def _goal(lever: Lever, lang: str, priority: int, started: date, days: int, rationale: str,
          values: list[float], budget: float | None, hours: float | None) -> Goal:
    template = template_for(lever)
    assert template is not None
    deadline = started + timedelta(days=days)
    goal = Goal(
        intent=typeset(lang, template.intent[lang]),
        statement=typeset(lang, template.statement[lang]), priority_id=priority,
        lever=lever, status=GoalStatus.ACTIVE, kpi=typeset(lang, template.kpi[lang]),
        unit=template.unit, direction=template.direction, baseline=template.baseline,
        target=template.target, source=template.source[lang], budget_per_month=budget,
        hours_per_week=hours,
        rationale=rationale, audience_present=True, start=started, deadline=deadline,
    )
    dates = scheduled_dates(started, deadline, default_cadence(started, deadline))
    confidence = (Confidence.HIGH, Confidence.MEDIUM)
    goal.checkpoints = [
        Checkpoint(day, value, confidence[i % 2])
        for i, (day, value) in enumerate(zip(dates, values))
    ]
    return goal


def demo_snapshot(today: date, lang: str = "fr") -> Snapshot:
    text = {key: _typeset(lang, value) for key, value in _TEXT[lang].items()}
    ago = lambda days: today - timedelta(days=days)  # noqa: E731
    priorities = [
        Priority(*text["p1"], category=Category.SALES, position=0, id=1),
        Priority(*text["p2"], category=Category.LOCAL_VISIBILITY, position=1, id=2),
        Priority(*text["p3"], category=Category.LOYALTY, position=2, id=3),
    ]
    # Three goals are due today (SEO, SEA, social); SEO is ahead, SEA and email behind.
    seo = _goal(Lever.SEO, lang, 1, ago(95), 183, text["r_seo"], [2150, 2290], 300, 3)
    seo.resources = text["res"]
    sea = _goal(Lever.SEA, lang, 1, ago(45), 90, text["r_sea"], [40, 41, 41, 42, 42], 250, 1)
    sea.adjustments = [Adjustment(ago(10), AdjustmentKind.ACTIONS, None, None, text["adjust"])]
    goals = [
        seo,
        sea,
        _goal(Lever.MARKETPLACE, lang, 1, ago(125), 365, text["r_mkt"], [63, 68, 72, 74], 0, 2),
        _goal(Lever.REPUTATION, lang, 2, ago(65), 183, text["r_rep"], [4.2, 4.3], None, 1),
        _goal(Lever.SOCIAL, lang, 2, ago(40), 183, text["r_soc"], [], None, 2),
        _goal(Lever.EMAIL, lang, 3, ago(100), 183, text["r_mail"], [22.1, 22.3, 22.2], 30, 1),
        Goal(intent=text["draft"], priority_id=3, lever=Lever.CONTENT, status=GoalStatus.DRAFT),
    ]
    goals[-1].checkpoints = []
    goals[-2].checkpoints[-1].note = text["note"]
    for number, goal in enumerate(goals, start=1):
        goal.id = number
    return Snapshot(Profile(text["shop"], 10, 800), priorities, goals)


def demo_template_path(today: date, lang: str) -> Path:
    """The example as built for this version, language and day (its dates follow ``today``)."""
    name = f"demo-{__version__}-{lang}-{today.isoformat()}.template.db"
    return demo_database_path().with_name(name)


def create_demo_database(today: date, lang: str = "fr") -> Workspace:
    """A fresh example database beside (never in place of) the user's own.

    Built once per version, language and day as a template, then copied at each ``--demo``:
    copying a file costs far less than creating the schema and the example. The copy is
    opened (checked) like any database; a template that fails the check is dropped and the
    example built again.
    """
    path = demo_database_path()
    _remove(path)
    template = demo_template_path(today, lang)
    if template.is_file():
        try:
            shutil.copyfile(template, path)
        except OSError:
            _remove(path)
        else:
            try:
                return Workspace.open(path, backups=False)  # checked like any database
            except DatabaseError:
                _remove(path)
                _remove(template)
    workspace = Workspace.open(path, backups=False)  # recreated at each start: nothing to keep
    workspace.store.import_snapshot(demo_snapshot(today, lang))
    _keep_template(workspace, template)
    return workspace


def _keep_template(workspace: Workspace, template: Path) -> None:
    """Keep the example just built for the next ``--demo``; older templates go."""
    for old in template.parent.glob("demo-*.template.db"):
        if old != template:
            _remove(old)
    from smart_tui.services.transfer import backup

    with contextlib.suppress(DatabaseError):  # no template: the next start builds again
        backup(workspace, template)


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()
