"""The plain-spaCy baseline: NER GPE/LOC/NORP spans looked up by name in pycountry, no rules."""

from __future__ import annotations

import functools

import pycountry
from spacy.tokens import Doc

BASELINE_LABELS = frozenset({"GPE", "LOC", "NORP"})


@functools.cache
def lookup(name: str) -> str | None:
    """Return the ISO2 code pycountry finds for a name, or None."""
    try:
        return pycountry.countries.lookup(name.removeprefix("the ").strip()).alpha_2
    except LookupError:
        return None


def baseline_prediction(doc: Doc, article_id: str) -> dict:
    """Predict countries from bare NER entities; the baseline finds no events."""
    counts: dict[str, int] = {}
    for ent in doc.ents:
        code = lookup(ent.text) if ent.label_ in BASELINE_LABELS else None
        if code:
            counts[code] = counts.get(code, 0) + 1
    countries = [{"code": c, "name": c, "mentions": n} for c, n in counts.items()]
    return {"id": article_id, "countries": countries, "events": []}
