"""Shape processed docs into the enriched-article contract (plain JSON-serialisable data)."""

from __future__ import annotations

from spacy.tokens import Doc

from services.common.taxonomy import INCIDENT_TYPES, VIOLENT_TYPES

from .incidents import Incident

ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"})


def entities_of(doc: Doc) -> list[dict]:
    """Return named entities with char offsets, and the ISO2 country where one is resolved."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        item: dict = {"text": ent.text, "label": ent.label_, "start": ent.start_char, "end": ent.end_char}
        if ent.kb_id_:
            item["country"] = ent.kb_id_
        out.append(item)
    return out


def _event_dict(inc: Incident) -> dict:
    """Render one incident or other event."""
    incident = inc.type in INCIDENT_TYPES
    return {
        "type": inc.type,
        "incident": incident,
        "background": bool(inc.background),
        "country": inc.country,
        "location": inc.location,
        "fatalities": inc.fatalities if inc.type in VIOLENT_TYPES or inc.fatalities else None,
        "trigger": inc.trigger.text,
        "sentence": inc.sent.text,
        "start": inc.sent.start_char,
        "end": inc.sent.end_char,
    }


def events_of(doc: Doc) -> list[dict]:
    """Return the doc's events (doc._.incidents), one per incident, other events once per (type, country)."""
    out, seen = [], set()
    for inc in doc._.incidents:
        if inc.type not in INCIDENT_TYPES:
            key = (inc.type, inc.country, bool(inc.background))
            if key in seen:
                continue
            seen.add(key)
        out.append(_event_dict(inc))
    return out
