"""The SATP keyword floor: a violent event wherever a violence word occurs (../shared/corpus/external/README.md).

A line with any keyword gets one current event with a placeholder country, so that satp_score.py scores it
like an enrichment: `explosion` when one of the bomb words occurs, `civilian_attack` otherwise. Words match
case-insensitively at the start of a word, so inflections count ("attacks", "bombing", "IEDs", "clashes").
The placeholder country is no claim about where: the floor's south-Asia share means nothing and is not shown.
"""

from __future__ import annotations

import re
from typing import Any

KEYWORDS = ("killed", "attack", "explosion", "blast", "bomb", "IED", "abducted", "kidnapped", "shot", "fired",
            "injured", "ambush", "clash", "encounter")
BOMB_WORDS = ("explosion", "blast", "bomb", "IED")
PLACEHOLDER_COUNTRY = "ZZ"  # ISO 3166 user-assigned code: "some country", never a real one

_ANY = re.compile(r"\b(?:" + "|".join(map(re.escape, KEYWORDS)) + ")", re.IGNORECASE)
_BOMB = re.compile(r"\b(?:" + "|".join(map(re.escape, BOMB_WORDS)) + ")", re.IGNORECASE)


def keyword_type(text: str) -> str | None:
    """The floor's event type for a text: explosion, civilian_attack, or None when no keyword occurs."""
    if not _ANY.search(text):
        return None
    return "explosion" if _BOMB.search(text) else "civilian_attack"


def keyword_prediction(record: dict[str, Any]) -> dict[str, Any]:
    """An enriched-like record for one raw or gold line (id, optional title, body) with at most one event."""
    text = " ".join(part for part in (record.get("title"), record.get("body")) if part)
    etype = keyword_type(text)
    events = [] if etype is None else [{
        "type": etype, "incident": True, "background": False, "country": PLACEHOLDER_COUNTRY,
        "location": None, "fatalities": None, "trigger": None, "sentence": None,
    }]
    return {"id": record.get("id"), "countries": [], "events": events}


def keyword_floor(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The floor's predictions for every line."""
    return [keyword_prediction(r) for r in records]
