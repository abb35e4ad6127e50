"""Turn sentence mentions into events: place, background, fatalities, and one entry per incident."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from . import lexicon as lx
from .background import Reference, is_background, reference_for
from .countries import PlaceMention
from .events import VIOLENT, Mention, opened_fire, planned_demo, sentence_mentions
from .fatalities import adds_victims, sentence_deaths
from .frames import accident, doc_context
from .modality import retold
from .places import (
    SUBNATIONAL,
    locate,
    locate_by_context,
    main_place,
    place_in,
    spans_several_places,
    unknown_place_in,
    unknown_places,
)
from .readings import in_response, perceived
from .retelling import headline as _headline
from .retelling import inside as _inside
from .retelling import other_day as _other_day
from .retelling import same_place
from .retelling import separate as _separate

ANAPHOR_WINDOW = 3  # sentences after an incident that may still describe it
CLAIM_WORDS = frozenset("claim claims claimed claiming".split())
FAMILY = {"protest": "demo", "riot": "demo"}
AGGREGATE_TOLL = 1000  # an untyped toll this large is a war total, not one incident
WAR_WORDS = frozenset("war conflict insurgency violence campaign offensive".split())
REFERRING = frozenset("incident attack assault raid blast explosion ambush bombing strike violence".split())
# Modifiers that tie a new mention to the incident just told ("an ensuing gunfight", "the resulting blast").
CONTINUING = frozenset("ensuing subsequent resulting follow-up ongoing".split())
STREET_VERBS = frozenset("storm attack assault".split())


@dataclass
class Incident:
    """One event being assembled from one or more mentions."""

    type: str
    trigger: Token
    sent: Span
    country: str | None
    location: str | None
    background: bool | None
    generic: bool = False
    deaths: list[int] = field(default_factory=list)
    claimed: list[int] = field(default_factory=list)
    last_sent: int = 0

    @property
    def fatalities(self) -> int | None:
        """Largest stated toll, preferring figures that are not someone's claim."""
        pool = self.deaths or self.claimed
        return max(pool) if pool else None

    def add_deaths(self, toll: tuple[int | None, bool], sent: Span) -> None:
        """Record a toll (count, is_claim); "X was also killed" adds to the toll already told."""
        n, claimed = toll
        if n and self.deaths and not claimed and (adds_victims(sent) or self._adds_perpetrators(sent)):
            n += max(self.deaths)
        if n is not None:
            (self.claimed if claimed else self.deaths).append(n)


    def _adds_perpetrators(self, sent: Span) -> bool:
        """Tell whether a later sentence gives the attackers' own toll ("15 assailants were killed")."""
        if sent.start == self.sent.start:
            return False
        told = {t.lower_ for t in self.sent}
        dead = [t for t in sent if t.lower_ in ("killed", "dead", "died")]
        return any(t.lower_ in lx.ARMED_ACTORS and t.lower_ not in told and _counted_victims(t, d) for d in dead for t in sent)


def _counted_victims(noun: Token, death: Token) -> bool:
    """Tell whether a noun is a counted victim of a death word ("20 militants were killed"), not its agent."""
    if not 0 < death.i - noun.i <= 4:
        return False
    doc = noun.doc
    return any(t.like_num or t.lower_ in ("dozens", "scores") for t in doc[max(0, noun.i - 3) : noun.i])




def _family(etype: str) -> str:
    """Group types that may describe the same incident (a protest that turned into a riot)."""
    return FAMILY.get(etype, "violent" if etype in VIOLENT else etype)


def _compatible(inc: Incident, m: Mention, place: tuple[str | None, str | None], bg: bool | None) -> bool:
    """Tell whether a mention describes an incident already collected."""
    country, location = place
    same_kind = inc.type == m.type or (inc.generic and _family(inc.type) == _family(m.type))
    if not (same_kind or _family(inc.type) == "demo" == _family(m.type)):
        return False
    if country is not None and inc.country != country:
        return False
    if bg is not None and bool(inc.background) != bg:
        return False
    return location is None or inc.location is None or same_place(location, inc.location)


def _deaths(sent: Span, aggregate: bool) -> tuple[int | None, bool]:
    """Return the sentence's death count (None for cumulative tolls) and whether it is a claim."""
    if aggregate:
        return None, False
    n = sentence_deaths(sent)
    text = sent.text.lower()
    claimed = any(w in CLAIM_WORDS for w in text.split()) and "responsibility" not in text
    return n, claimed


def _recent(found: list[Incident], si: int, family: str) -> list[Incident]:
    """Incidents of a type family mentioned in the last few sentences."""
    return [i for i in found if _family(i.type) == family and si - i.last_sent <= ANAPHOR_WINDOW]


def _touch(inc: Incident, m: Mention, location: str | None, bg: bool | None, si: int) -> Incident:
    """Update an incident with a further mention (a named mechanism replaces a provisional type)."""
    if inc.generic and not m.generic and m.type in VIOLENT:
        inc.type, inc.generic, inc.trigger = m.type, False, m.trigger
    if m.type == "riot":
        inc.type = "riot"
    inc.location = inc.location or location
    inc.background = inc.background if inc.background is not None else bg
    inc.last_sent = si
    return inc










def _continues(last: Incident, m: Mention, unknown: str | None, continuing: bool, si: int) -> bool:
    """Tell whether a placeless mention goes on with the latest incident of its family."""
    if continuing or (si <= 2 and last.last_sent == 0 and _headline(last.sent)):
        return True  # the lead retells the headline's incident, whatever its article ("in a clash")
    if m.indefinite or (_separate(m.sent) and _family(m.type) == "violent") or _other_day(m.sent, last.sent):
        return False
    if m.definite and unknown is not None:
        return _inside(unknown, last.location)  # "The fighting began near the town of X" (X in the incident's region)
    return unknown is None or same_place(unknown, last.location)  # "near the town of Awdheegle": another place


def _refers_back(m: Mention, last: Incident, location: str | None, unknown: str | None) -> bool:
    """Tell whether a definite mention ("the assault", "the fighting") retells the latest incident of its family:
    no other day, no separate-incident cue, and any place it names lies at or inside the incident's place."""
    if _other_day(m.sent, last.sent) or (_separate(m.sent) and _family(m.type) == "violent"):
        return False
    if location is not None and not (same_place(location, last.location) or _inside(location, last.location)):
        return False
    return unknown is None or _inside(unknown, last.location)


def _retells_headline(last: Incident, m: Mention, country: str | None, si: int) -> bool:
    """Tell whether the lead retells the headline's incident ("attack on army post" -> "an assault on an army post")."""
    if not (si <= 2 and last.last_sent == 0 and _headline(last.sent) and m.sent.start != last.sent.start):
        return False
    return (last.type == m.type or last.generic) and country == last.country and not _separate(m.sent)


def _merge(found: list[Incident], m: Mention, ctx: tuple, ref: Reference, si: int) -> Incident:
    """Merge a mention into the incident it describes, or start a new incident."""
    places, fallback, names = ctx
    country, location = locate(m, places)
    bg = True if retold(m.trigger) else is_background(m.scope, m.trigger, ref)
    if (perceived(m.trigger) or in_response(m.trigger)) and found and si - found[-1].last_sent <= ANAPHOR_WINDOW:
        found[-1].last_sent = si  # "explosions were heard": a detail of the incident being told
        return found[-1]
    same = [i for i in found if _family(i.type) == _family(m.type) and (bg is None or bool(i.background) == bg)]
    if _family(m.type) == "demo" and location is None and same and si - same[-1].last_sent <= ANAPHOR_WINDOW:
        country = None  # a protest story goes on over several sentences; countries there are topics
    continuing = any(c.lower_ in CONTINUING for c in m.trigger.children)
    unknown = unknown_place_in(m.scope, names) if country is None else None
    if same and country is None and _continues(same[-1], m, unknown, continuing, si):
        return _touch(same[-1], m, location, bg, si)  # a placeless reference continues the latest story
    last = same[-1] if same else None
    if last is not None and m.definite and country in (None, last.country) and _refers_back(m, last, location, unknown):
        return _touch(last, m, location, bg, si)
    if last is not None and _retells_headline(last, m, country, si):
        return _touch(last, m, location, bg, si)
    for inc in reversed(found):
        if country is not None and _compatible(inc, m, (country, location), bg):
            return _touch(inc, m, location, bg, si)
    if country is None:
        country, location = locate_by_context(m, places, fallback)
        location = unknown or location
    # Only a headline's generic wording is provisional: the lead then names the mechanism.
    inc = Incident(m.type, m.trigger, m.sent, country, location, bg, generic=m.generic and si == 0, last_sent=si)
    found.append(inc)
    return inc


def _refers(sent: Span) -> bool:
    """Tell whether a sentence refers back to one incident ("in the incident", "the attack")."""
    return any(
        t.lemma_.lower() in REFERRING and t.tag_ == "NN" and any(c.lower_ in ("the", "this", "that") for c in t.children)
        for t in sent
    )


def _attach_anaphor(found: list[Incident], si: int, sent: Span, places: list[PlaceMention], ref: Reference) -> None:
    """Give a toll stated without a trigger ("70 people were killed in the incident") to the last incident."""
    recent = _recent(found, si, "violent") or [i for i in _recent(found, si, "demo") if i.type == "riot"]
    if not recent:
        return
    inc = recent[-1]
    if any(t.text.isdigit() and len(t.text) == 4 for t in sent) or is_background(sent, sent[0], ref):
        return  # dated differently: another incident or an aggregate
    own = place_in(sent, places, None)
    if own is not None and own.kind in SUBNATIONAL and not same_place(sent.doc[own.start : own.end].text, inc.location):
        return  # the toll is about somewhere else
    if _refers(sent) or si - inc.last_sent <= 1:
        inc.add_deaths(_deaths(sent, spans_several_places(sent, places)), sent)
        inc.last_sent = si


def _typed_by_context(m: Mention, found: list[Incident], places: list[PlaceMention]) -> Mention:
    """Type an untyped deadly attack at a named place like the article's latest violent incident."""
    toll = sentence_deaths(m.sent)
    if m.type != "untyped" or m.definite or toll in (None, 0) or toll >= AGGREGATE_TOLL:
        return m
    words = frozenset(t.lower_ for t in m.sent)
    if accident(m.sent, words, opened_fire):
        return m  # a storm or crash that killed people is not an attack
    if any(t.lemma_.lower() in WAR_WORDS for t in m.sent):
        return m
    if locate(m, places)[0] is None:
        return m
    violent = [i for i in found if i.type in VIOLENT]
    m.type = violent[-1].type if violent else "civilian_attack"
    return m


def _street_riot(m: Mention, found: list[Incident], si: int) -> Mention:
    """Type clashes and storming that continue a protest story as the riot they are ("youths stormed a shop")."""
    lemma = m.trigger.lemma_.lower()
    if m.type not in ("battle", "civilian_attack") or not (lemma in lx.CLASH_LEMMAS or m.generic and lemma in STREET_VERBS):
        return m
    words = frozenset(t.lower_ for t in m.sent)
    if words & lx.ARMED_ACTORS:
        return m
    if _recent(found, si, "demo"):
        m.type = "riot"
    return m


def _refers_to_plan(m: Mention, found: list[Incident]) -> bool:
    """Tell whether "the protest" refers back to a protest only announced so far (no protest has happened)."""
    return m.type == "protest" and m.definite and not any(_family(i.type) == "demo" for i in found)


def collect(doc: Doc, published: datetime.date | None) -> list[Incident]:
    """Collect merged incidents and other events for a processed doc."""
    ref = reference_for(doc, published)
    ctx = doc_context(doc)
    doc._.rejected = []
    places: list[PlaceMention] = doc._.places or []
    fallback = main_place(places)
    context = (places, fallback, unknown_places(doc, places))
    found: list[Incident] = []
    planned = False
    for si, sent in enumerate(doc.sents):
        typed = [_street_riot(_typed_by_context(m, found, places), found, si) for m in sentence_mentions(sent, ctx)]
        typed = [m for m in typed if m.type != "untyped" and not (planned and _refers_to_plan(m, found))]
        planned = planned or planned_demo(sent)
        if not typed:
            _attach_anaphor(found, si, sent, places, ref)
            continue
        for m in typed:
            inc = _merge(found, m, context, ref, si)
            if m.type in VIOLENT or sum(x.scope == m.scope for x in typed) == 1:
                scope = m.scope
                inc.add_deaths(_deaths(scope, m.aggregate or spans_several_places(scope, places)), sent)
    return found

