"""The eight digital levers of the method, as goal templates, and which levers fit which priority.

Templates are written from the method's table of vague vs SMART goals (SEO, SEA,
social networks, email, content, reputation, influence, marketplaces), with figures a
small business can start from. Each gives the vague wish (kept as the goal's intent),
a SMART statement, a KPI, a unit, a measurement source and an example baseline/target.
"""

from __future__ import annotations

from dataclasses import dataclass

from .models import Category, Direction, Lever, Unit

# Which levers usually serve which kind of priority. A lever outside its row is
# allowed but flagged by the Relevant check ("is this the right channel?").
USUAL_LEVERS: dict[Category, frozenset[Lever]] = {
    Category.SALES: frozenset({Lever.SEO, Lever.SEA, Lever.EMAIL, Lever.CONTENT, Lever.MARKETPLACE}),
    Category.LOCAL_VISIBILITY: frozenset({Lever.SEO, Lever.SEA, Lever.SOCIAL, Lever.REPUTATION}),
    Category.REPUTATION: frozenset({Lever.REPUTATION, Lever.SOCIAL, Lever.INFLUENCE, Lever.CONTENT}),
    Category.COMMUNITY: frozenset({Lever.SOCIAL, Lever.CONTENT, Lever.INFLUENCE, Lever.EMAIL}),
    Category.LOYALTY: frozenset({Lever.EMAIL, Lever.CONTENT, Lever.SOCIAL, Lever.REPUTATION}),
}


def is_usual_lever(lever: Lever, category: Category) -> bool:
    if lever == Lever.OTHER or category == Category.OTHER:
        return True
    return lever in USUAL_LEVERS[category]


@dataclass(frozen=True)
class Template:
    lever: Lever
    intent: dict[str, str]
    statement: dict[str, str]
    kpi: dict[str, str]
    unit: Unit
    source: dict[str, str]
    baseline: float
    target: float
    months: int
    direction: Direction = Direction.INCREASE


TEMPLATES: tuple[Template, ...] = (
    Template(
        Lever.SEO,
        intent={"fr": "Être mieux vu sur Google", "en": "Be easier to find on Google"},
        statement={
            "fr": "Augmenter de 30\u00a0% les visites issues du référencement naturel",
            "en": "Grow visits from organic search by 30%",
        },
        kpi={"fr": "sessions organiques par mois", "en": "organic sessions per month"},
        unit=Unit.COUNT,
        source={"fr": "Google Analytics", "en": "Google Analytics"},
        baseline=2000, target=2600, months=6,
    ),
    Template(
        Lever.SEA,
        intent={"fr": "Trouver des clients avec des annonces payantes", "en": "Get leads from paid ads"},
        statement={
            "fr": "Obtenir 50\u00a0demandes de contact par mois grâce à Google Ads",
            "en": "Get 50 contact requests a month from Google Ads",
        },
        kpi={"fr": "leads Google Ads par mois", "en": "Google Ads leads per month"},
        unit=Unit.COUNT,
        source={"fr": "Google Ads", "en": "Google Ads"},
        baseline=40, target=50, months=3,
    ),
    Template(
        Lever.SOCIAL,
        intent={
            "fr": "Être présent sur les réseaux sociaux et créer de l'engagement",
            "en": "Be present on social networks and build engagement",
        },
        statement={
            "fr": "Gagner 500\u00a0abonnés sur le compte Instagram de la boutique",
            "en": "Gain 500 followers on the shop's Instagram account",
        },
        kpi={"fr": "abonnés Instagram", "en": "Instagram followers"},
        unit=Unit.COUNT,
        source={"fr": "Meta Business Suite", "en": "Meta Business Suite"},
        baseline=1500, target=2000, months=6,
    ),
    Template(
        Lever.EMAIL,
        intent={"fr": "Garder le lien avec nos clients", "en": "Keep in touch with our customers"},
        statement={
            "fr": "Faire passer le taux d'ouverture de la newsletter de 22\u00a0% à 24\u00a0%",
            "en": "Raise the newsletter open rate from 22% to 24%",
        },
        kpi={"fr": "taux d'ouverture de la newsletter", "en": "newsletter open rate"},
        unit=Unit.PERCENT,
        source={"fr": "outil d'emailing", "en": "email tool"},
        baseline=22, target=24, months=6,
    ),
    Template(
        Lever.CONTENT,
        intent={"fr": "Publier plus de contenus sur le site", "en": "Publish more content on the site"},
        statement={
            "fr": "Publier un article par semaine pour porter les visites du blog à 1\u202f200\u00a0par mois",
            "en": "Publish one article a week to bring blog visits to 1,200 a month",
        },
        kpi={"fr": "visites du blog par mois", "en": "blog visits per month"},
        unit=Unit.COUNT,
        source={"fr": "Google Analytics", "en": "Google Analytics"},
        baseline=800, target=1200, months=12,
    ),
    Template(
        Lever.REPUTATION,
        intent={"fr": "Avoir de bons avis sur notre fiche Google", "en": "Have good reviews on our Google listing"},
        statement={
            "fr": "Atteindre une note moyenne de 4,5/5\u00a0sur la fiche Google",
            "en": "Reach an average rating of 4.5/5 on the Google listing",
        },
        kpi={"fr": "note moyenne des avis Google", "en": "average Google review rating"},
        unit=Unit.RATING,
        source={"fr": "fiche Google (Google Business Profile)", "en": "Google Business Profile"},
        baseline=4.1, target=4.5, months=6,
    ),
    Template(
        Lever.INFLUENCE,
        intent={
            "fr": "Collaborer avec des influenceurs pour se faire connaître",
            "en": "Work with influencers to get known",
        },
        statement={
            "fr": "Mener 3\u00a0partenariats avec des comptes de plus de 5\u202f000\u00a0abonnés et suivre leurs visites",
            "en": "Run 3 partnerships with accounts of over 5,000 followers and track their visits",
        },
        kpi={"fr": "visites du site par mois", "en": "site visits per month"},
        unit=Unit.COUNT,
        source={"fr": "suivi UTM", "en": "UTM tracking"},
        baseline=3000, target=3600, months=3,
    ),
    Template(
        Lever.MARKETPLACE,
        intent={"fr": "Vendre nos produits sur Amazon ou Cdiscount", "en": "Sell our products on Amazon or Cdiscount"},
        statement={
            "fr": "Atteindre 100\u00a0ventes par mois sur la marketplace",
            "en": "Reach 100 sales a month on the marketplace",
        },
        kpi={"fr": "ventes marketplace par mois", "en": "marketplace sales per month"},
        unit=Unit.COUNT,
        source={"fr": "back-office marketplace", "en": "marketplace back office"},
        baseline=60, target=100, months=12,
    ),
)


def template_for(lever: Lever) -> Template | None:
    return next((t for t in TEMPLATES if t.lever == lever), None)
