"""The digital levers of the method: which priorities each serves (its R column) and what
resources each needs (its A column). The goal templates are in :mod:`.templates`."""

from __future__ import annotations

from collections.abc import Iterable

from .models import Category, Choice, Lever, Priority, PriorityStatus

# Which priorities each lever serves, rebuilt from the method's R column (« Réaliste »).
# A lever outside its row is allowed but flagged by the Relevant check, whose hint names
# the priority the lever does serve.
SERVES: dict[Lever, tuple[Category, ...]] = {
    # R: « Trafic qualifié et gain de leads »; S: « visibilité sur Google » (local searches too)
    Lever.SEO: (Category.SALES, Category.LOCAL_VISIBILITY),
    # R: « Augmenter le CA des ventes en ligne »
    Lever.SEA: (Category.SALES,),
    # R: « Engagement de la communauté »; the vague wish is « être présent » (visibility)
    Lever.SOCIAL: (Category.COMMUNITY, Category.LOCAL_VISIBILITY),
    # R: « Fidéliser et augmenter les ventes »
    Lever.EMAIL: (Category.LOYALTY, Category.SALES),
    # R: « Se référencer et attirer du trafic qualifié »: visibility, then sales
    Lever.CONTENT: (Category.LOCAL_VISIBILITY, Category.SALES),
    # R: « Augmenter la confiance et l'autorité »; the reviews sit on the Google listing,
    # the first thing a local customer sees
    Lever.REPUTATION: (Category.REPUTATION, Category.LOCAL_VISIBILITY),
    # R: « Gain en trafic et impact sur le business »
    Lever.INFLUENCE: (Category.SALES,),
    # R: « Diversifier ses canaux de vente »
    Lever.MARKETPLACE: (Category.SALES,),
    # M examples: « taux de conversion de 1 % à 3 % », « 5 demandes de devis par semaine »
    Lever.WEBSITE: (Category.SALES,),
}


def is_usual_lever(lever: Lever, category: Category) -> bool:
    if lever == Lever.OTHER or category == Category.OTHER:
        return True
    return category in SERVES[lever]


def served_categories(lever: Lever) -> tuple[Category, ...]:
    return SERVES.get(lever, ())


def priority_served(lever: Lever, priorities: Iterable[Priority],
                    exclude: int | None = None) -> Priority | None:
    """The first active priority (by position) that ``lever`` serves, other than ``exclude``."""
    candidates = [p for p in priorities
                  if p.status == PriorityStatus.ACTIVE and p.id != exclude
                  and p.category != Category.OTHER and is_usual_lever(lever, p.category)]
    return min(candidates, key=lambda p: (p.position, p.id or 0), default=None)


class Resource(Choice):
    """What the method's A column says a lever needs to be achievable."""

    BUDGET = "budget"  # a money budget, € a month
    HOURS = "hours"  # someone's time, hours a week
    EITHER = "either"


# A column: « Budget publicitaire prévu », « Budget alloué par influenceur » need money;
# « Ressources internes pour animer les RS », « Une campagne ciblée par semaine », « Temps
# alloué », « Communiquer pour demander des avis », « gestion du site, des stocks et envoi »
# need hours; « Budget et ressources SEO » accepts either.
LEVER_RESOURCES: dict[Lever, Resource] = {
    Lever.SEA: Resource.BUDGET,
    Lever.INFLUENCE: Resource.BUDGET,
    Lever.SOCIAL: Resource.HOURS,
    Lever.CONTENT: Resource.HOURS,
    Lever.EMAIL: Resource.HOURS,
    Lever.REPUTATION: Resource.HOURS,
    Lever.MARKETPLACE: Resource.HOURS,
    Lever.SEO: Resource.EITHER,
    Lever.WEBSITE: Resource.EITHER,
    Lever.OTHER: Resource.EITHER,
}


# Where each kind of measure is read: suggestions for the source field.
SOURCES: tuple[str, ...] = (
    "Google Analytics", "Google Search Console", "Google Ads", "Google Business Profile",
    "Meta Business Suite", "YouTube Studio", "Brevo", "Mailchimp", "Shopify", "WooCommerce",
    "Amazon Seller Central", "Cdiscount Marketplace", "UTM",
)


# The templates live in their own module; imported here so callers keep one door.
from .templates import TEMPLATES, Template, template_for  # noqa: E402

__all__ = [
    "LEVER_RESOURCES", "SERVES", "SOURCES", "TEMPLATES", "Resource", "Template",
    "is_usual_lever", "priority_served", "served_categories", "template_for",
]
