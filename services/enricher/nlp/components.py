"""Small stateless spaCy components of the pipeline."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def paragraph_starts(doc: Doc) -> list[int]:
    """Return indices of tokens that follow a line break (headline, paragraphs, datelines)."""
    return [t.i + 1 for t in doc[:-1] if "\n" in t.text_with_ws and not doc[t.i + 1].is_space]


@Language.component("paragraph_sentences")
def paragraph_sentences(doc: Doc) -> Doc:
    """Start a sentence after every line break, before the parser runs (it keeps preset starts)."""
    for i in paragraph_starts(doc):
        doc[i].is_sent_start = True
    return doc
