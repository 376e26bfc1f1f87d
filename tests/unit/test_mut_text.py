"""Text from outside: clean_text removes what a terminal would obey, shown makes it visible,
fold prepares words for matching, LazyPattern compiles a regular expression on first use."""

import re

import pytest

from smart_tui.domain import text as text_module
from smart_tui.domain.text import LazyPattern, clean_text, fold, shown


@pytest.mark.parametrize(("raw", "one_line", "multi_line"), [
    ("a\r\nb", "a b", "a\nb"),
    ("a\rb\nc", "a b c", "a\nb\nc"),
    ("a\tb", "a b", "a b"),
    ("a\x1b[31mb", "a[31mb", "a[31mb"),
    ("\x00a\x08\x0b\x0c\x1f\x7f\x80\x9fb", "ab", "ab"),
    ("a\u202eb\u2066c\u061cd\u200ee", "abcde", "abcde"),
    ("a\ud800b\udcffc", "a\ufffdb\ufffdc", "a\ufffdb\ufffdc"),
    ("Été\xa0: 15\u202f% ✓", "Été\xa0: 15\u202f% ✓", "Été\xa0: 15\u202f% ✓"),
])
def test_clean_text(raw, one_line, multi_line):
    assert clean_text(raw) == one_line
    assert clean_text(raw, multiline=True) == multi_line


@pytest.mark.parametrize(("value", "expected"), [
    ("plain é ✓", "plain é ✓"),
    ("\x00", "\\x00"), ("\x1b", "\\x1b"), ("\x7f", "\\x7f"), ("\x9f", "\\x9f"),
    ("\u202e", "\\u202e"), ("\u061c", "\\u061c"),
    ("\ud800", "\\ud800"), ("\udc7f", "\\udc7f"),   # lone surrogates, not escaped bytes
    ("\udc80", "\\x80"), ("\udcff", "\\xff"),         # bytes that were not UTF-8
    ("\udd00", "\\udd00"), ("\udfff", "\\udfff"),
    ("a\nb\tc", "a\\x0ab\\x09c"),
    (12, "12"), (None, "None"),
])
def test_shown(value, expected):
    assert shown(value) == expected


def test_shown_keeps_newlines_when_asked():
    assert shown("one\x1b\ntwo\u202e\n", keep_newlines=True) == "one\\x1b\ntwo\\u202e\n"
    assert shown("one\ntwo") == "one\\x0atwo"


@pytest.mark.parametrize(("raw", "expected"), [
    ("Été À Œuvre", "ete a œuvre"),
    ("d’ici", "d'ici"),
    ("d`ici", "d'ici"),
    ("l'été", "l'ete"),
    ("ﬁn", "fin"),
    ("DÉCEMBRE", "decembre"),
])
def test_fold(raw, expected):
    assert fold(raw) == expected


@pytest.mark.parametrize(("source", "texts"), [
    (r"(\d{4})-(\d{2})-(\d{2})", ["2026-11-27", "2026-11-2", "x2026-11-27", ""]),
    (r"fin (?:du )?(mois|month)", ["fin du mois", "fin month", "fin  mois", "fin du mois."]),
    (r"[a-z]+", ["abc", "ABC", "ab c"]),
])
def test_lazy_pattern_matches_like_re_compile(source, texts):
    lazy, compiled = LazyPattern(source), re.compile(source)
    for text in texts:
        got, expected = lazy.fullmatch(text), compiled.fullmatch(text)
        assert (got is None) == (expected is None)
        if expected is not None:
            assert got.groups() == expected.groups()
            assert got.group(0) == expected.group(0) == text
    assert lazy.pattern.pattern == source


def test_lazy_pattern_compiles_once_on_first_use(monkeypatch):
    calls = []
    real_compile = re.compile

    def counting_compile(source, *args):
        calls.append(source)
        return real_compile(source, *args)

    monkeypatch.setattr(text_module.re, "compile", counting_compile)
    lazy = LazyPattern(r"q([1-4])")
    assert calls == []
    assert lazy.fullmatch("q2")[1] == "2"
    assert lazy.fullmatch("q5") is None
    assert lazy.pattern is lazy.pattern
    assert calls == [r"q([1-4])"]
