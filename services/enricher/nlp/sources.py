"""News outlets named as the source of a report ("reports The Hindu", "according to Dawn"): a weak country cue.

A local report often names only a village or a district no gazetteer knows, and no country at all; the
outlet that carried it says which country's news it is. The cue counts only in an attribution frame and
only as context (see countries.py): it never outweighs a place the text names.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass

import pycountry
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .gazetteer import DATA_DIR
from .vocabulary import check_classes

OUTLETS_FILE = "outlets.toml"
# A broadcaster's call sign in a headline's outlet tag ("KVVU", "WTOC-TV"): K or W and two or three capitals.
CALL_SIGN = re.compile(r"^[KW][A-Z]{2,3}$")
WEB_ADDRESS = re.compile(r"[A-Za-z0-9]\.(com|net|org|tv|co|us|in|pk|ng|ke|uk)\b")
TAG_SEPARATORS = frozenset({"-", "|", "–", "—"})
TITLE_TOKENS = 80  # a headline ends within this many tokens, or the text has none
TAG_TOKENS = 12  # an outlet tag is at most this long
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


@functools.cache
def title_tag_words() -> frozenset[str]:
    """The words that make a headline's trailing segment an outlet tag (data/outlets.toml [title_tags])."""
    table = tomllib.loads((DATA_DIR / OUTLETS_FILE).read_text(encoding="utf-8")).get("title_tags", {})
    return check_classes(table, f"{OUTLETS_FILE} [title_tags]", ("words",))["words"]


def _is_tag(segment: Span) -> bool:
    """Tell whether a headline segment names an outlet: short, no verb, with a web address, a call sign or an
    outlet word ("KABUL - Gunmen killed five" is a dateline and its news)."""
    if len(segment) > TAG_TOKENS or any(t.pos_ in ("VERB", "AUX") for t in segment):
        return False
    words = title_tag_words()
    return bool(WEB_ADDRESS.search(segment.text)) or any(
        CALL_SIGN.match(t.text) or t.lower_ in words for t in segment)


def outlet_tag(doc: Doc) -> tuple[int, int] | None:
    """Return the token span of a headline's trailing outlet tag ("... - WXYZ Action News 7 - Dayton, Ohio"),
    from its first separator to the headline's end, or None. Places in it are the outlet's, not the news's."""
    end = next((t.i for t in doc[:TITLE_TOKENS] if "\n" in t.text_with_ws), None)
    if end is None:
        return None
    cuts = [t.i for t in doc[1:end] if t.text in TAG_SEPARATORS and t.whitespace_ and doc[t.i - 1].whitespace_]
    for k, cut in enumerate(cuts):
        stop = cuts[k + 1] if k + 1 < len(cuts) else end + 1
        if cut + 1 < stop and _is_tag(doc[cut + 1 : stop]):
            return cut, end + 1
    return None


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
