"""Turn sentence mentions into events: place, background, fatalities, and one entry per incident."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .background import Reference, is_background, reference_for
from .countries import PlaceMention
from .events import VIOLENT, Mention, doc_context, sentence_mentions
from .fatalities import sentence_deaths
from .gazetteer import COUNTRY, DEMONYM

LOC_PREPS = frozenset("in near at outside around across inside into on of from".split())
SUBNATIONAL = ("city", "capital", "region")
ANAPHOR_WINDOW = 3  # sentences after an incident that may still report its toll
CLAIM_WORDS = frozenset("claim claims claimed claiming".split())


@dataclass
class Incident:
    """One event being assembled from one or more mentions."""

    type: str
    trigger: Token
    sent: Span
    country: str | None
    location: str | None
    background: bool | None
    deaths: list[int] = field(default_factory=list)
    claimed: list[int] = field(default_factory=list)
    last_sent: int = 0

    @property
    def fatalities(self) -> int | None:
        """Largest stated toll, preferring non-claimed figures."""
        pool = self.deaths or self.claimed
        return max(pool) if pool else None


def _score(m: PlaceMention, doc: Doc, trigger: Token | None) -> tuple:
    """Rank a place for an event: locative, not the actor, specific, near the trigger."""
    root = doc[m.end - 1]
    node = root.head if root.dep_ in ("amod", "compound", "poss", "nmod") else root
    locative = node.head.lower_ in LOC_PREPS and node.dep_ == "pobj"
    actor = trigger is not None and (root.head == trigger or node.dep_ == "nsubj")
    spec = 2 if m.kind in SUBNATIONAL else 1 if m.kind == COUNTRY else 0
    distance = abs(m.start - trigger.i) if trigger is not None else 0
    return (locative, not actor, spec, -distance)


def place_in(span: Span, places: list[PlaceMention], trigger: Token | None) -> PlaceMention | None:
    """Pick the place where an event in this span happened."""
    cands = [m for m in places if m.code and span.start <= m.start < span.end]
    return max(cands, key=lambda m: _score(m, span.doc, trigger)) if cands else None


def locate(mention: Mention, places: list[PlaceMention], fallback: PlaceMention | None) -> tuple[str | None, str | None]:
    """Return (country, location text) for a mention, using nearby context when needed."""
    sent = mention.sent
    best = place_in(sent, places, mention.trigger)
    if best is None and sent.start > 0:
        prev = sent.doc[sent.start - 1].sent
        best = place_in(prev, places, None)
    best = best or fallback
    if best is None:
        return None, None
    text = sent.doc[best.start : best.end].text if best.kind in SUBNATIONAL else None
    return best.code, text


def _compatible(inc: Incident, etype: str, country: str | None, location: str | None, bg: bool | None) -> bool:
    """Tell whether a mention describes an incident already collected."""
    if inc.type != etype or inc.country != country:
        return False
    if bg is not None and inc.background is not None and bg != inc.background:
        return False
    return location is None or inc.location is None or location == inc.location


def main_place(doc: Doc, places: list[PlaceMention]) -> PlaceMention | None:
    """Return the article's most-mentioned non-demonym country mention (fallback place)."""
    counts: dict[str, int] = {}
    for m in places:
        if m.code and m.kind != DEMONYM:
            counts[m.code] = counts.get(m.code, 0) + 1
    if not counts:
        return None
    top = max(counts, key=lambda c: counts[c])
    return next(m for m in places if m.code == top and m.kind != DEMONYM)


def _deaths(sent: Span) -> tuple[int | None, bool]:
    """Return the sentence's death count and whether it is only someone's claim."""
    n = sentence_deaths(sent)
    text = sent.text.lower()
    claimed = any(w in CLAIM_WORDS for w in text.split()) and "responsibility" not in text
    return n, claimed


def _add_deaths(inc: Incident, n: int | None, claimed: bool) -> None:
    """Record a toll on an incident."""
    if n is not None:
        (inc.claimed if claimed else inc.deaths).append(n)


def collect(doc: Doc, published: datetime.date | None) -> list[Incident]:
    """Collect merged incidents and other events for a processed doc."""
    ref: Reference = reference_for(doc, published)
    ctx = doc_context(doc)
    places: list[PlaceMention] = doc._.places or []
    fallback = main_place(doc, places)
    found: list[Incident] = []
    for si, sent in enumerate(doc.sents):
        mentions = sentence_mentions(sent, ctx)
        n, claimed = _deaths(sent)
        typed = [m for m in mentions if m.type != "untyped"]
        if not typed:
            _attach_anaphor(found, si, n, claimed, bool(mentions))
            continue
        for mention in typed:
            inc = _merge(found, mention, places, fallback, ref, si)
            if mention.type in VIOLENT or len(typed) == 1:
                _add_deaths(inc, n, claimed)
    return found


def _merge(found: list[Incident], mention: Mention, places: list[PlaceMention], fallback, ref, si: int) -> Incident:
    """Merge a mention into a matching incident or start a new one."""
    country, location = locate(mention, places, fallback)
    bg = is_background(mention.sent, mention.trigger, ref)
    for inc in reversed(found):
        if _compatible(inc, mention.type, country, location, bg):
            inc.location = inc.location or location
            inc.background = inc.background if inc.background is not None else bg
            inc.last_sent = si
            return inc
    inc = Incident(mention.type, mention.trigger, mention.sent, country, location, bg, last_sent=si)
    found.append(inc)
    return inc


def _attach_anaphor(found: list[Incident], si: int, n: int | None, claimed: bool, refers: bool) -> None:
    """Give a toll stated without a trigger ("70 people were killed in the incident") to the last incident."""
    if n is None:
        return
    recent = [inc for inc in found if inc.type in VIOLENT and si - inc.last_sent <= ANAPHOR_WINDOW]
    if recent and (refers or si - recent[-1].last_sent <= 1):
        _add_deaths(recent[-1], n, claimed)
        recent[-1].last_sent = si
