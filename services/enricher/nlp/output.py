"""Shape processed docs into the enriched-article contract (plain JSON-serialisable data)."""

from __future__ import annotations

from spacy.tokens import Doc

from services.common.taxonomy import INCIDENT_TYPES, VIOLENT_TYPES

from .incidents import Incident

ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"})
WRITTEN = "written"  # doc.user_data key: the text as written when the doc holds it re-cased (truecase.py)


def _as_written(doc: Doc, start: int, end: int) -> str:
    """The characters start:end as the article wrote them (the doc may hold them re-cased, same offsets)."""
    written = doc.user_data.get(WRITTEN)
    return doc.text[start:end] if written is None else written[start:end]


def _location_as_written(doc: Doc, location: str | None, sent_start: int) -> str | None:
    """An incident's place name as the article wrote it: its first occurrence from its sentence on, else anywhere."""
    written = doc.user_data.get(WRITTEN)
    if written is None or location is None:
        return location
    at = doc.text.find(location, sent_start)
    at = doc.text.find(location) if at < 0 else at
    return location if at < 0 else written[at:at + len(location)]


def entities_of(doc: Doc) -> list[dict]:
    """Return named entities with char offsets, and the ISO2 country where one is resolved."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        item: dict = {"text": _as_written(doc, ent.start_char, ent.end_char), "label": ent.label_,
                      "start": ent.start_char, "end": ent.end_char}
        if ent.kb_id_:
            item["country"] = ent.kb_id_
        out.append(item)
    return out


def _event_dict(doc: Doc, inc: Incident) -> dict:
    """Render one incident or other event."""
    incident = inc.type in INCIDENT_TYPES
    return {
        "type": inc.type,
        "incident": incident,
        "background": bool(inc.background),
        "country": inc.country,
        "location": _location_as_written(doc, inc.location, inc.sent.start_char),
        "fatalities": inc.fatalities if inc.type in VIOLENT_TYPES or inc.fatalities else None,
        "trigger": _as_written(doc, inc.trigger.idx, inc.trigger.idx + len(inc.trigger.text)),
        "sentence": _as_written(doc, inc.sent.start_char, inc.sent.end_char),
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
        out.append(_event_dict(doc, inc))
    return out
