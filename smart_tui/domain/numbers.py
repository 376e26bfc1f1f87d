"""Numbers typed by people: ``12,5``, ``1 234,5``, ``1,234.5``, ``-3``, ``15 %``, ``1 200 €``."""

from __future__ import annotations

import math
import re

from .models import DomainError

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']+")
_PLAIN = re.compile(r"[+-]?\d+(?:\.\d+)?")
_MAX_LEN = 40


class NumberError(DomainError):
    def __init__(self, text: str) -> None:
        super().__init__("error.number", text=text[:_MAX_LEN])


def parse_number(text: str) -> float:
    """Read a decimal number written the French or the English way.

    A lone comma is a decimal comma (``12,5``); when both marks appear the last one
    is the decimal mark (``1.234,5`` and ``1,234.5``). Spaces (including no-break
    ones) group thousands. A trailing ``%`` or ``€`` is allowed. Exponents, ``nan``
    and ``inf`` are refused: nobody types them for a KPI.
    """
    if not isinstance(text, str) or len(text) > _MAX_LEN:
        raise NumberError(str(text))
    raw = text.strip()
    cleaned = raw.replace("−", "-")  # typographic minus
    cleaned = cleaned.removesuffix("%").removesuffix("€").strip()
    cleaned = _SPACES.sub("", cleaned)
    if "," in cleaned and "." in cleaned:
        if cleaned.rfind(",") > cleaned.rfind("."):
            cleaned = cleaned.replace(".", "").replace(",", ".")
        else:
            cleaned = cleaned.replace(",", "")
    elif cleaned.count(",") == 1:
        cleaned = cleaned.replace(",", ".")
    elif cleaned.count(",") > 1:  # 1,234,567
        cleaned = cleaned.replace(",", "")
    elif cleaned.count(".") > 1:  # 1.234.567
        cleaned = cleaned.replace(".", "")
    if not _PLAIN.fullmatch(cleaned):
        raise NumberError(raw)
    value = float(cleaned)
    if not math.isfinite(value):
        raise NumberError(raw)
    return value


def parse_optional_number(text: str | None) -> float | None:
    """Like :func:`parse_number`, but an empty field means "not given"."""
    if text is None or not text.strip():
        return None
    return parse_number(text)
