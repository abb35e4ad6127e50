"""News outlets named as the source of a report ("reports The Hindu", "according to Dawn"): a weak country cue.

A local report often names only a village or a district no gazetteer knows, and no country at all; the
outlet that carried it says which country's news it is. The cue counts only in an attribution frame and
only as context (see countries.py): it never outweighs a place the text names.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass

import pycountry
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .gazetteer import DATA_DIR

OUTLETS_FILE = "outlets.toml"
# Words next to an outlet name that make it the source of the report.
BEFORE = frozenset("reports reported report reporting quoted told".split())
AFTER = frozenset("reports reported report said quoted".split())


class OutletError(ValueError):
    """The outlet list breaks its rules: an unknown country code or a name listed twice."""


def parse_outlets(text: str, source: str = OUTLETS_FILE) -> dict[str, str]:
    """Map each outlet name to its country; reject unknown codes and names listed twice."""
    out: dict[str, str] = {}
    for code, names in tomllib.loads(text).get("outlets", {}).items():
        if pycountry.countries.get(alpha_2=code) is None:
            raise OutletError(f"{source}: {code!r} is not an ISO 3166 alpha-2 code")
        for name in names:
            if name in out:
                raise OutletError(f"{source}: {name!r} is listed under {out[name]} and {code}")
            out[name] = code
    return out


@functools.cache
def load_outlets() -> dict[str, str]:
    """The outlet list from data/ (once per process)."""
    return parse_outlets((DATA_DIR / OUTLETS_FILE).read_text(encoding="utf-8"))


@dataclass(frozen=True)
class SourceMention:
    """An outlet named as a report's source: token span and the country whose news it covers."""

    start: int
    end: int
    code: str


class OutletMatcher:
    """Find outlet names, case-sensitive, where the text attributes the report to them."""

    def __init__(self, nlp: Language, outlets: dict[str, str] | None = None) -> None:
        self.outlets = outlets if outlets is not None else load_outlets()
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for name in self.outlets:
            self.matcher.add(name, [nlp.make_doc(name)])

    def __call__(self, doc: Doc) -> list[SourceMention]:
        """Return the attributed outlet mentions of a doc, in text order."""
        spans = filter_spans([Span(doc, s, e, label=m) for m, s, e in self.matcher(doc)])
        return [SourceMention(s.start, s.end, self.outlets[s.label_]) for s in spans if attributed(s)]


def attributed(span: Span) -> bool:
    """Tell whether the text gives the span as a report's source ("reports X", "according to X", "X reported")."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if before == "to":
        return span.start > 1 and doc[span.start - 2].lower_ == "according"
    return before in BEFORE or after in AFTER
