"""Is a goal statement a vague wish? The Specific criterion's detector, French and English.

The method: « être visible sur les réseaux sociaux » is a vœu pieux, « accroître de 15 %
le nombre d'abonnés Instagram » is an objective. A statement is vague when it rests on
a wish verb or phrase (any inflection, elided or not) and states no quantity. A year
(« en 2026 »), a date (« avant le 31/12/2026 », « le 30 juin ») or a duration
(« d'ici 6 mois ») says *when*, not *how much*: none of them is a quantity.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .text import fold

__all__ = ["fold", "is_vague"]


# Wish verbs and phrases, on folded text. Stems catch the inflections
# (« améliorer », « améliorons », « amélioration »); ``d'`` and ``de`` both match.
WISH_PATTERNS_FR = (
    r"amelior\w*", r"boost\w*", r"develop\w*", r"optimis\w*", r"renforc\w*",
    r"augment\w*", r"accroi\w*", r"accru\w*", r"dynamis\w*", r"entreten\w*", r"travaill\w*",
    r"gagn\w* en", r"gener\w*", r"vend\w*", r"collabor\w*", r"attir\w*", r"fidelis\w*",
    r"relanc\w*", r"valoris\w*", r"moderni\w*", r"promouv\w*", r"conquer\w*", r"toucher",
    r"obten\w*", r"trouv\w*",
    r"cre\w* (de l'|du |de la |une |un )?(engagement|lien|communaute|buzz)",
    r"(etre|soyons|soyez|sommes|serons|est|sera) (plus |mieux |bien |davantage )?"
    r"(present|visible|connu|actif|reconnu)\w*",
    r"(plus|mieux|davantage) (present|visible|connu|actif|reconnu)\w*",
    r"(se|nous|me|vous) faire (mieux )?connaitre", r"faire connaitre", r"notoriete",
    r"plus", r"davantage", r"mieux", r"meilleur\w*",
    r"(de |des )?bon(ne)?s? (avis|image|note|reputation|visibilite|referencement)",
    r"publi\w* plus", r"communication en ligne",
    r"gagn\w* (des|de nouveaux|de nouvelles|du|de la|de l'|d')",
    r"avoir (des|de bons|de meilleurs)",
    r"refai\w*", r"refonte", r"lanc\w*", r"anim\w*", r"positionn\w*", r"rajeun\w*",
    r"cre\w* (du |des |de la |de l')?contenus?", r"communiqu\w*",
)
WISH_PATTERNS_EN = (
    r"improv\w*", r"boost\w*", r"develop\w*", r"optimi[sz]\w*", r"strengthen\w*",
    r"increas\w*", r"grow\w*", r"enhanc\w*", r"generat\w*", r"sell\w*", r"collaborat\w*",
    r"partner\w* with", r"work\w* (on|with)", r"attract\w*", r"nurtur\w*", r"maintain\w*",
    r"keep in touch", r"engag\w*", r"get (more |better )?known",
    r"(raise|build) (brand )?awareness",
    r"awareness", r"reach more", r"get more", r"be (more |better )?(present|visible|known|active)",
    r"more", r"better", r"good (reviews?|ratings?|image|reputation)", r"publish more",
    r"promot\w*", r"find (new )?(customers|clients|leads)",
    r"get (more |new |better |good )?"
    r"(reviews|customers|clients|leads|followers|visitors|traffic|sales)",
    r"build (a |an |our )?(community|audience|brand)", r"launch\w*", r"revamp\w*",
    r"reach (a |new |younger |more )", r"refresh\w*",
)
_WISH = re.compile(r"\b(?:" + "|".join(WISH_PATTERNS_FR + WISH_PATTERNS_EN) + r")\b")

_MONTHS = (
    r"janv\w*|fevr?\w*|mars|avr\w*|mai|juin|juil\w*|aout|sept\w*|oct\w*|nov\w*|dec\w*|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|nov"
)
_TIME_UNITS = (r"jours?|semaines?|mois|ans?|annees?|trimestres?|"
               r"days?|weeks?|months?|years?|quarters?")
# What says *when*: removed before looking for a quantity.
_NOT_QUANTITIES = (
    re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b"),                       # 2026-12-31
    re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b"),              # 31/12/2026
    re.compile(rf"\b\d{{1,2}}(er|e|st|nd|rd|th)? ({_MONTHS})\b"),    # 30 juin, 1er oct.
    re.compile(rf"\b({_MONTHS}) \d{{1,2}}(st|nd|rd|th)?\b"),         # June 30
    re.compile(r"\b(19|20)\d{2}\b"),                                 # en 2026
    re.compile(r"\b[qt][1-4]\b"),                                    # fin Q2, T3
    re.compile(rf"\b\d+([.,]\d+)? ({_TIME_UNITS})\b"),               # d'ici 6 mois
)
_DIGITS = re.compile(r"\d")
_NUMBER_WORDS = re.compile(
    r"\b(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|"
    r"quarante|cinquante|soixante|cent|cents|mille|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|double[rs]?|"
    r"doubl\w*|tripl\w*)\b"
)
# « un article par semaine », "one post a week": a rate is a quantity.
_RATE = re.compile(
    rf"\b(un|une|one|a|an) (\S+ ){{1,3}}(par|chaque|per|a|each|every) ({_TIME_UNITS})\b"
)


def has_quantity(statement: str) -> bool:
    """A figure that says how much: ``500``, ``30 %``, ``4/5``, « trois », « un … par semaine »."""
    text = fold(statement)
    for pattern in _NOT_QUANTITIES:
        text = pattern.sub(" ", text)
    text = " ".join(text.split())  # « une vidéo dès le 1er juin chaque semaine » is a rate
    return bool(_DIGITS.search(text) or _NUMBER_WORDS.search(text) or _RATE.search(text))


def wish_words(statement: str) -> str | None:
    """The first wish verb or phrase found, as written in folded form (``None`` if none)."""
    match = _WISH.search(fold(statement))
    return match.group(0) if match else None


@lru_cache(maxsize=4096)  # statements rarely change; the dashboard asks for every goal
def is_vague(statement: str) -> bool:
    """A wish built on a vague verb or phrase with no quantity in it."""
    return wish_words(statement) is not None and not has_quantity(statement)
