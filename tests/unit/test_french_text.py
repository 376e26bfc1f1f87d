"""Issue 12, items 15–18: French typography, plurals and one word per idea, over every entry
of both catalogues and every French example file."""

import re
from datetime import date
from pathlib import Path

import pytest

from smart_tui.i18n import Translator, plural_form
from smart_tui.messages import en, fr
from smart_tui.typography import NBSP, NNBSP, french

ROOT = Path(__file__).resolve().parents[2]
FR = Translator("fr")
EN = Translator("en")


def typography_faults(text: str) -> list[str]:
    """What a French proof-reader would mark in ``text`` (empty when it is right)."""
    faults = []
    for match in re.finditer(r"(.)([:;?!])(?=\s|$)", text):
        before, mark = match.groups()
        line_start = text.rfind("\n", 0, match.start()) + 1
        if not text[line_start:match.start()].strip():
            continue  # a key name at the head of a line: « ?  aide »
        wanted = NBSP if mark == ":" else NNBSP
        if before != wanted:
            faults.append(f"{before!r} before {mark!r}")
    for match in re.finditer(r"«(.)|(.)»", text):
        if NBSP not in match.groups():
            faults.append(f"guillemets without no-break space: {match.group(0)!r}")
    if re.search(r"\d [\d]{3}\b", text):
        faults.append("thousands separated by an ordinary space")
    if re.search(r"\d [%€]", text):
        faults.append("a unit separated by an ordinary space")
    if re.search(r"n°(?!\u00a0)", text):
        faults.append("n° not followed by a no-break space")
    if re.search(r"\(s\)", text):
        faults.append("« (s) » instead of a plural by count")
    return faults


@pytest.mark.parametrize("key", sorted(fr.MESSAGES))
def test_every_french_message_is_set_in_french_typography(key):
    text = FR(key)
    assert typography_faults(text) == [], (key, text)


def test_the_typesetter_fixes_what_it_is_given():
    assert french("Statut : actif ; à revoir ? oui !") == (
        f"Statut{NBSP}: actif{NNBSP}; à revoir{NNBSP}? oui{NNBSP}!")
    assert french("« intention »") == f"«{NBSP}intention{NBSP}»"
    assert french("1 234 € et 12 %") == f"1{NNBSP}234{NBSP}€ et 12{NBSP}%"
    assert french("objectif n°3") == f"objectif n°{NBSP}3"
    assert french("à 12:30, voir https://exemple.fr") == "à 12:30, voir https://exemple.fr"
    assert french("Horizon de {days} : {count} priorités") == (
        f"Horizon de {{days}}{NBSP}: {{count}}{NBSP}priorités")


@pytest.mark.parametrize("path", sorted((ROOT / "examples" / "fr").iterdir()), ids=lambda p: p.name)
def test_every_french_example_file_is_set_in_french_typography(path):
    text = path.read_text(encoding="utf-8-sig")
    if path.suffix == ".ics":  # folded lines: unfold, then read the text values only
        text = text.replace("\r\n ", "").replace("\n ", "")
        text = "\n".join(line.split(":", 1)[1] for line in text.splitlines() if ":" in line)
    if path.suffix == ".csv":  # ``;`` separates the cells
        text = "\n".join(cell for line in text.splitlines() for cell in line.split(";"))
    if path.suffix == ".json":
        text = "\n".join(re.findall(r'"([^"]*)"\s*[,}\]\n]', text))
    faults = [(line, typography_faults(line)) for line in text.splitlines()
              if typography_faults(line)]
    assert faults == []


def test_short_dates_say_1er():
    assert FR.date_short(date(2026, 10, 1)) == "1er oct. 2026"
    assert FR.date_short(date(2026, 10, 2)) == "2 oct. 2026"
    assert EN.date_short(date(2026, 10, 1)) == "1 Oct 2026"


def test_plurals_by_count():
    assert plural_form("fr", 0) == plural_form("fr", 1) == "one"
    assert plural_form("fr", 2) == "other" and plural_form("en", 0) == "other"
    assert FR.plural("count.goals", 1) == f"1{NBSP}objectif"
    assert FR.plural("count.goals", 3) == f"3{NBSP}objectifs"
    assert FR.plural("count.priorities", 1) == f"1{NBSP}priorité"
    assert EN.plural("count.goals", 1) == f"1{NBSP}goal"
    assert FR.plural("ui.due_summary", 1, date="x") == f"1{NBSP}objectif à revoir — x"
    assert FR.plural("count.months", 1.5, decimals=1) == f"1,5{NBSP}mois"
    assert EN.plural("count.months", 1.5, decimals=1) == f"1.5{NBSP}months"


@pytest.mark.parametrize("catalogue", [fr.MESSAGES, en.MESSAGES], ids=["fr", "en"])
def test_every_plural_has_both_forms(catalogue):
    stems = {k.rsplit(".", 1)[0] for k in catalogue if k.endswith(".one")}
    for stem in stems:
        assert f"{stem}.one" in catalogue and f"{stem}.other" in catalogue, stem
        assert "{count}" in catalogue[f"{stem}.one"] + catalogue[f"{stem}.other"], stem


def test_a_count_is_never_followed_by_a_fixed_plural():
    """« {count} priorités » reads « 1 priorités »: such templates must be plural keys."""
    for catalogue in (fr.MESSAGES, en.MESSAGES):
        for key, text in catalogue.items():
            if key.endswith((".one", ".other")):
                continue
            for field in ("count", "priorities", "goals", "checkpoints", "days", "months"):
                following = re.search(r"\{" + field + r"\} (\w+)", text)
                plural = following and following.group(1) not in ("mois", "pas")
                assert not (plural and following.group(1).endswith(("s", "x"))), (key, text)


GLOSSARY_FR = [
    # (a word that must not appear, why)
    (r"\brythme\b(?! de suivi)", "« rythme » is kept for « rythme de suivi » (the cadence)"),
    (r"\bRythme\b(?! de suivi)", "« rythme » is kept for « rythme de suivi » (the cadence)"),
    (r"\be-shop\b", "« boutique en ligne »"),
    (r"point de départ", "« valeur de départ »"),
    (r"Allongez", "« Repoussez l'échéance »"),
    (r"\(défaut", "« (par défaut : …) »"),
    (r"\bau plus\b.*priorit|priorit.*\bau plus\b", "« (3 au maximum) »"),
]
GLOSSARY_EN = [
    (r"[Bb]ack-planning", "milestone plan"),
    (r"[Kk]eep course", "stay the course"),
    (r"No draft\.", "No drafts."),
    (r"\b\w+(?:ise|ised|ising|isation)\b(?<!\bwise)(?<!rise)(?<!precise)(?<!otherwise)"
     r"(?<!exercise)(?<!expertise)", "US spelling"),
    (r"neighbour|colour|behaviour", "US spelling"),
]


@pytest.mark.parametrize("catalogue, rules", [(fr.MESSAGES, GLOSSARY_FR),
                                              (en.MESSAGES, GLOSSARY_EN)], ids=["fr", "en"])
def test_one_word_per_idea(catalogue, rules):
    for key, text in catalogue.items():
        if key.startswith("argparse."):
            continue
        for pattern, wanted in rules:
            assert not re.search(pattern, text), f"{key}: {text!r} — say {wanted}"


def test_help_and_footer_name_keys_alike_in_french():
    assert FR("help.key_tab") == "Tab / Maj+Tab"
    assert FR("help.key_escape") == FR("keyname.esc") == "Échap"
    assert FR("help.key_enter") == FR("keyname.⏎") == "Entrée"


def test_key_names_in_french():
    from smart_tui.tui.keynames import key_names

    assert key_names("shift+tab", FR) == "Maj+Tab"
    assert key_names("esc", FR) == "Échap"
    assert key_names("^s", FR) == "^s"
    assert key_names("shift+tab", EN) == "shift+tab"  # English keeps Textual's names
