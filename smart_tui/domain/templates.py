"""The method's table, one template per lever, with all five columns.

Written from the method's table of vague vs SMART goals (SEO, SEA, social networks,
email, content, reputation, influence, marketplaces) plus the website itself (the
Measurable examples: conversion rate « de 1 % à 3 % », quote requests via the form),
with figures a small business can start from. Each gives the vague wish (kept as the
goal's intent), the SMART statement (S), the KPI, unit and source (M), the typical
resources (A), the rationale (R) and the horizon and cadence (T).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .models import Cadence, Direction, Lever, Unit


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
    budget_per_month: float | None = None
    hours_per_week: float | None = None
    resources: dict[str, str] = field(default_factory=dict)
    rationale: dict[str, str] = field(default_factory=dict)
    cadence: Cadence | None = None  # None: from the horizon (weekly, monthly, quarterly)


def _t(fr: str, en: str) -> dict[str, str]:
    return {"fr": fr, "en": en}


TEMPLATES: tuple[Template, ...] = (
    Template(
        Lever.SEO,
        intent=_t("Améliorer la visibilité sur Google", "Improve our visibility on Google"),
        statement=_t("Augmenter de 30 % les visites issues du référencement naturel",
                     "Grow visits from organic search by 30%"),
        kpi=_t("sessions organiques par mois", "organic sessions per month"),
        unit=Unit.COUNT, source=_t("Google Search Console", "Google Search Console"),
        baseline=2000, target=2600, months=6,
        budget_per_month=300, hours_per_week=2,
        resources=_t("prestataire SEO ou temps de rédaction", "SEO freelancer or writing time"),
        rationale=_t("Du trafic qualifié et des demandes de contact en plus",
                     "Qualified traffic and more leads"),
    ),
    Template(
        Lever.SEA,
        intent=_t("Générer des leads avec des annonces payantes", "Generate leads with paid ads"),
        statement=_t("Générer 50 demandes de contact par mois grâce à Google Ads",
                     "Generate 50 contact requests a month from Google Ads"),
        kpi=_t("leads Google Ads par mois", "Google Ads leads per month"),
        unit=Unit.COUNT, source=_t("Google Ads", "Google Ads"),
        baseline=40, target=50, months=3, budget_per_month=500,
        resources=_t("budget publicitaire", "ad budget"),
        rationale=_t("Augmenter le chiffre d'affaires des ventes en ligne", "Grow online sales"),
        cadence=Cadence.MONTHLY,
    ),
    Template(
        Lever.SOCIAL,
        intent=_t("Être présent sur les réseaux sociaux et créer de l'engagement",
                  "Be present on social networks and build engagement"),
        statement=_t("Gagner 500 abonnés sur le compte Instagram de la boutique",
                     "Gain 500 followers on the shop's Instagram account"),
        kpi=_t("abonnés Instagram", "Instagram followers"),
        unit=Unit.COUNT, source=_t("Meta Business Suite", "Meta Business Suite"),
        baseline=1500, target=2000, months=6, hours_per_week=3,
        resources=_t("temps interne pour animer le compte", "in-house time to run the account"),
        rationale=_t("L'engagement de la communauté", "Community engagement"),
    ),
    Template(
        Lever.EMAIL,
        intent=_t("Entretenir la relation avec nos clients", "Keep in touch with our customers"),
        statement=_t("Faire passer le taux d'ouverture de la newsletter de 22 % à 24 %",
                     "Raise the newsletter open rate from 22% to 24%"),
        kpi=_t("taux d'ouverture de la newsletter", "newsletter open rate"),
        unit=Unit.PERCENT, source=_t("Brevo", "Mailchimp"),
        baseline=22, target=24, months=6, hours_per_week=2,
        resources=_t("une campagne ciblée par semaine", "one targeted campaign a week"),
        rationale=_t("Fidéliser et augmenter les ventes", "Keep customers and grow sales"),
    ),
    Template(
        Lever.CONTENT,
        intent=_t("Publier plus de contenus sur le site", "Publish more content on the site"),
        statement=_t(
            "Publier un article par semaine pour porter les visites du blog à 1 200 par mois",
            "Publish one article a week to bring blog visits to 1,200 a month"),
        kpi=_t("visites du blog par mois", "blog visits per month"),
        unit=Unit.COUNT, source=_t("Google Analytics", "Google Analytics"),
        baseline=800, target=1200, months=12, budget_per_month=150, hours_per_week=3,
        resources=_t("temps alloué et budget rédactionnel", "writing time and budget"),
        rationale=_t("Se référencer et attirer du trafic qualifié",
                     "Rank in search and attract qualified traffic"),
    ),
    Template(
        Lever.REPUTATION,
        intent=_t("Avoir de bons avis sur notre fiche Google",
                  "Have good reviews on our Google listing"),
        statement=_t("Atteindre une note moyenne de 4,5/5 sur la fiche Google",
                     "Reach an average rating of 4.5/5 on the Google listing"),
        kpi=_t("note moyenne des avis Google", "average Google review rating"),
        unit=Unit.RATING, source=_t("Google Business Profile", "Google Business Profile"),
        baseline=4.1, target=4.5, months=6, hours_per_week=1,
        resources=_t("demander un avis à chaque client satisfait",
                     "ask every happy customer for a review"),
        rationale=_t("Augmenter la confiance et l'autorité", "Build trust and authority"),
        cadence=Cadence.MONTHLY,
    ),
    Template(
        Lever.INFLUENCE,
        intent=_t("Collaborer avec des influenceurs pour se faire connaître",
                  "Work with influencers to get known"),
        statement=_t("Mener 3 partenariats avec des comptes de plus de 5 000 abonnés "
                     "et en tirer 600 visites suivies",
                     "Run 3 partnerships with accounts of over 5,000 followers "
                     "and get 600 tracked visits"),
        kpi=_t("visites via les liens des partenaires", "visits from partners' links"),
        unit=Unit.COUNT,
        source=_t("suivi UTM (Google Analytics)", "UTM tracking (Google Analytics)"),
        baseline=0, target=600, months=2, budget_per_month=400,
        resources=_t("budget par influenceur", "budget per influencer"),
        rationale=_t("Du trafic en plus et un effet sur les ventes",
                     "More traffic and an effect on sales"),
        cadence=Cadence.WEEKLY,
    ),
    Template(
        Lever.MARKETPLACE,
        intent=_t("Vendre nos produits sur Amazon ou Cdiscount",
                  "Sell our products on Amazon or Cdiscount"),
        statement=_t("Atteindre 100 ventes par mois sur la marketplace",
                     "Reach 100 sales a month on the marketplace"),
        kpi=_t("ventes marketplace par mois", "marketplace sales per month"),
        unit=Unit.COUNT, source=_t("Amazon Seller Central", "Amazon Seller Central"),
        baseline=60, target=100, months=12, hours_per_week=5,
        resources=_t("gestion de la boutique, des stocks et des envois",
                     "running the shop, stock and shipping"),
        rationale=_t("Diversifier nos canaux de vente", "Diversify our sales channels"),
        cadence=Cadence.MONTHLY,
    ),
    Template(
        Lever.WEBSITE,
        intent=_t("Améliorer notre site", "Improve our website"),
        statement=_t("Porter le taux de conversion du site de 1,5 % à 2 %",
                     "Raise the site's conversion rate from 1.5% to 2%"),
        kpi=_t("taux de conversion du site", "site conversion rate"),
        unit=Unit.PERCENT, source=_t("Google Analytics", "Google Analytics"),
        baseline=1.5, target=2, months=6, budget_per_month=200, hours_per_week=2,
        resources=_t("refonte des pages clés et du formulaire de devis",
                     "rework of key pages and the quote form"),
        rationale=_t("Transformer les visites en ventes et en demandes de devis",
                     "Turn visits into sales and quote requests"),
    ),
)


def template_for(lever: Lever) -> Template | None:
    return next((t for t in TEMPLATES if t.lever == lever), None)
