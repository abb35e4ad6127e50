"""Turn sentence mentions into incidents, one per real incident, each with its place: the `incidents` pipeline component.

Doc contract
    reads   doc._.mentions        (mentions.py; each with Mention.background set by the temporal stage)
            doc._.places          (countries.py: the place mentions)
            doc._.time_reference  (background.py: the news date, for tolls stated without a trigger)
    writes  doc._.incidents       (list of Incident in the order first told: type, trigger, sentence, country,
                                   location, background; Incident.tolls lists the clauses whose death figure is the
                                   incident's own, for the fatalities stage; deaths and claims are left empty)

A mention that continues, retells or refers back to an incident already collected joins it (a named mechanism
replaces a provisional generic type); others start a new incident. Forces fighting the attackers of an attack on
civilians fought a battle of their own (Incident.answers names the attack it answers). The mentions themselves are left as the
mention stage made them: retyping by context works on copies.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from services.common.taxonomy import VIOLENT_TYPES

from . import lexicon as lx
from .background import WEEKDAYS, Reference, is_background
from .background import headline as _headline
from .countries import PlaceMention
from .fatalities import sentence_deaths
from .frames import accident
from .gazetteer import COUNTRY, is_country_name
from .mention_rules import planned_demo
from .mention_typing import victim_type
from .mentions import Mention
from .places import (
    SUBNATIONAL,
    filed_from,
    locate,
    locate_by_context,
    main_place,
    place_in,
    spans_several_places,
    unknown_place_in,
    unknown_places,
)
from .readings import in_response, killing_phrase, own_part, perceived
from .retelling import around as _around
from .retelling import core_name, may_hold, same_place, street_address
from .retelling import holds as _region_holds
from .retelling import inside as _inside
from .retelling import other_day as _other_day
from .retelling import separate as _separate
from .triggers import opened_fire

ANAPHOR_WINDOW = 3  # sentences after an incident that may still describe it
LEAD_SENTENCES = 2  # sentences after the headline that may retell the headline's incident
TOLL_GAP = 1  # sentences after an incident's latest mention whose toll is its own without a referring word
EXCHANGE_GAP = 1  # sentences after an incident in which "a brief firefight" with no place of its own is still it
FAMILY = {"protest": "demo", "riot": "demo"}
AGGREGATE_TOLL = 1000  # an untyped toll this large is a war total, not one incident
WAR_WORDS = frozenset("war conflict insurgency violence campaign offensive".split())
REFERRING = frozenset("incident attack assault raid blast explosion ambush bombing strike violence".split())
# Modifiers that tie a new mention to the incident just told ("an ensuing gunfight", "the resulting blast").
CONTINUING = frozenset("ensuing subsequent resulting follow-up ongoing".split())
TITLE_TOKENS = 60  # a title ends on its own line within this many tokens
QUOTE_MARKS = frozenset({'"', "“", "”"})  # a witness's words: "there was an enormous explosion"
CLOSING_QUOTES = frozenset({"”"})
# Named mechanisms of violence, less the fight words that are violence only with violent words about ("clash").
VIOLENT_MECHANISMS = frozenset().union(*(lx.SPECIFIC[t] for t in VIOLENT_TYPES)) - lx.NEEDS_VIOLENCE

if not Doc.has_extension("incidents"):
    Doc.set_extension("incidents", default=None)


@dataclass(frozen=True)
class Limits:
    """The grouping's windows and thresholds (the component's config)."""

    anaphor_window: int = ANAPHOR_WINDOW
    aggregate_toll: int = AGGREGATE_TOLL
    lead_sentences: int = LEAD_SENTENCES
    toll_gap: int = TOLL_GAP
    exchange_gap: int = EXCHANGE_GAP


@dataclass(frozen=True)
class TollLink:
    """A clause whose death figure belongs to an incident: the clause, its sentence, and whether it is cumulative."""

    scope: Span
    aggregate: bool
    sent: Span


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
    settled: bool = False  # a provisional type the body confirmed in the same words: no later mechanism replaces it
    retold: bool = False  # a mention after its first sentence joined it
    filed: bool = False  # its location is only the story's dateline: the first place told for it replaces it
    deaths: list[int] = field(default_factory=list)
    claimed: list[int] = field(default_factory=list)
    last_sent: int = 0
    tolls: list[TollLink] = field(default_factory=list)
    names: set[str] = field(default_factory=set)  # places its mentions named, known or not (lower-cased)
    answers: Incident | None = None  # the attack on civilians whose attackers this battle fought (forces' response)

    @property
    def fatalities(self) -> int | None:
        """Largest stated toll, preferring figures that are not someone's claim."""
        pool = self.deaths or self.claimed
        return max(pool) if pool else None


def _family(etype: str) -> str:
    """Group types that may describe the same incident (a protest that turned into a riot)."""
    return FAMILY.get(etype, "violent" if etype in VIOLENT_TYPES else etype)


def _kind_fits(inc: Incident, m: Mention) -> bool:
    """Tell whether a mention's type can describe an incident: the same type, a provisional (generic) type of its
    family unless the body settled it and the mention names another mechanism (a strike after a told assault), or
    two demonstrations."""
    if inc.type == m.type or _family(inc.type) == "demo" == _family(m.type):
        return True
    return inc.generic and _family(inc.type) == _family(m.type) and not (inc.settled and not m.generic)


def _compatible(inc: Incident, m: Mention, place: tuple[str | None, str | None], bg: bool | None) -> bool:
    """Tell whether a mention describes an incident already collected."""
    country, location = place
    if not _kind_fits(inc, m):
        return False
    if country is not None and inc.country != country:
        return False
    if bg is not None and bool(inc.background) != bg:
        return False
    return location is None or inc.location is None or inc.filed or same_place(location, inc.location) or (
        street_address(location) or street_address(inc.location))


def _recent(found: list[Incident], si: int, family: str, lim: Limits) -> list[Incident]:
    """Incidents of a type family mentioned in the last few sentences."""
    return [i for i in found if _family(i.type) == family and si - i.last_sent <= lim.anaphor_window]


def _touch(inc: Incident, m: Mention, location: str | None, bg: bool | None, si: int) -> Incident:
    """Update an incident with a further mention (a named mechanism replaces a provisional type, until the body has
    told the incident in the same generic words: then "an ensuing gunfight" is only a detail of the killing)."""
    if inc.generic and m.generic and m.type == inc.type and si > 0:
        inc.settled = True  # the body told it in the headline's words: a weapon or fight named later is a detail
    elif inc.generic and not inc.settled and not m.generic and m.type in VIOLENT_TYPES:
        inc.type, inc.generic, inc.trigger = m.type, False, m.trigger
    if m.type == "riot":
        inc.type = "riot"
    if inc.filed and location is not None and not same_place(location, inc.location):
        inc.location, inc.filed = location, False  # "NIAMEY (AFP) - ... The attack took place in the Tillaberi region"
    inc.location = inc.location or location
    inc.background = inc.background if inc.background is not None else bg
    inc.retold = inc.retold or m.sent.start != inc.sent.start
    inc.last_sent = si
    return inc


def _continues(last: Incident, m: Mention, unknown: str | None, continuing: bool, si: int, lim: Limits) -> bool:
    """Tell whether a placeless mention goes on with the latest incident of its family."""
    if _parts_of_title(m, last.trigger):
        # "Gunmen attack convoy in X; two soldiers killed" tells one attack; "Separatists kidnap priest in X; army
        # says four fighters killed" two
        return m.type == last.type and unknown is None
    if continuing or (0 < si <= lim.lead_sentences and last.last_sent == 0 and _headline(last.sent)):
        return True  # the lead retells the headline's incident, whatever its article ("in a clash")
    if (_separate(m.sent) and _family(m.type) == "violent") or _other_day(m.sent, last.sent):
        return False
    if m.indefinite:  # "a bomb went off" starts another incident; "after a brief firefight" right after an ambush goes on
        return (m.type == "battle" and unknown is None and si - last.last_sent <= lim.exchange_gap
                and _gunfire_told(last.sent))
    if (m.definite or _told_attackers(m)) and unknown is not None:
        # "The fighting began near the town of X", "The attackers went from house to house in X": X in its region
        return _inside(unknown, last.location) or _around(unknown, last.location, last.country)
    # "near the town of Awdheegle": another place; "in the 500 block of Elm Avenue": a street of the incident's town
    return unknown is None or same_place(unknown, last.location) or street_address(unknown)


def _parts_of_title(m: Mention, other: Token) -> bool:
    """Tell whether a mention and another word stand in different parts of a title split by a semicolon ("Militia
    kill seven in X; eight dead in attack on army post"), whether or not the parser split it into sentences."""
    doc = m.sent.doc
    if m.sent.start == other.sent.start:
        return own_part(m.sent, m.trigger).start != own_part(m.sent, other).start
    end = next((t.i for t in doc[:TITLE_TOKENS] if "\n" in t.text_with_ws), None)
    return end is not None and m.trigger.i <= end and other.i <= end and any(
        t.text == ";" for t in doc[min(m.trigger.i, other.i):max(m.trigger.i, other.i)])


def _fights_attackers(m: Mention) -> bool:
    """Tell whether a battle mention has armed attackers (a group's, not the lone gunman told before) as the ones
    fought or killed ("troops killed the three attackers", "exchanged fire with the gunmen", "four assailants were
    killed", "one militant was killed in the exchange of fire")."""
    if m.type != "battle":
        return False
    for t in m.scope:
        if t.lower_ not in lx.ARMED_ACTORS:
            continue
        if t.tag_ != "NNS" and any(c.dep_ == "det" and c.lower_ in lx.DEFINITE for c in t.children):
            continue  # "the gunman was killed": a lone attacker shot dead by the police ends his attack
        role = t
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.dep_ in ("dobj", "nsubjpass"):
            role = t.head.head  # "killing three of them", "two of the gunmen were killed": the part counted
        if role.dep_ in ("dobj", "nsubjpass"):
            verb = role.head
        elif t.dep_ == "pobj" and t.head.lower_ in ("with", "against"):
            verb = t.head.head  # "exchanged fire with the gunmen", "a gunfight with the attackers"
        else:
            continue
        if verb.lemma_.lower() in lx.RESPONSE_FIGHTS or verb.lemma_.lower() in lx.SPECIFIC["battle"] or (
                verb.lemma_.lower() == "shoot" and any(c.lower_ == "dead" for c in verb.children)):
            return True
    return False


def _response_to(found: list[Incident], m: Mention, country: str | None, si: int, lim: Limits) -> Incident | None:
    """Find the attack on civilians that a battle against its attackers answers ("gunmen shot five passengers ...
    troops exchanged fire with the attackers, killing three"): the forces' fight is an incident of its own (a battle,
    its toll the attackers killed), not part of the attack on civilians. Only an attack the body typed by its civilian
    victims is answered: a headline's provisional type may still turn out to be this very battle."""
    if not _fights_attackers(m) or _separate(m.sent):
        return None
    recent = [i for i in _recent(found, si, "violent", lim) if m.background is None or bool(i.background) == m.background]
    current = [i for i in recent if not i.background] if m.background is None else recent
    if not current:
        return None  # an old massacre recalled just before tells nothing of whom the forces fight now
    inc = max(reversed(current), key=lambda i: i.last_sent)
    if inc.answers is not None:
        inc = inc.answers
    if inc.type != "civilian_attack" or (inc.generic and not inc.settled) or country not in (None, inc.country):
        return None
    if _parts_of_title(m, inc.trigger):
        return None  # "Separatists kidnap teacher in X; army says five fighters killed": two reports
    if any(i.type == "battle" and i.answers is None and i.country in (None, inc.country) for i in found):
        return None  # a battle the article already tells may be the one this mention goes on with
    return inc


def _latest_of_kind(same: list[Incident], m: Mention) -> Incident:
    """Return the incident a placeless or definite mention goes on with: the latest of its family (of those told in
    the same latest sentence, one of the mention's own type: a title's two reports), except that a forces' response
    battle hands a mention of the attack on civilians back to that attack."""
    last = same[-1]
    last = next((i for i in reversed(same) if i.last_sent == last.last_sent and i.type == m.type), last)
    return last.answers if last.answers is not None and m.type != last.type else last


def _told_attackers(m: Mention) -> bool:
    """Tell whether a mention's clause is about attackers already told ("The gunmen went from house to house",
    "troops fought the attackers")."""
    return any(t.dep_ in ("nsubj", "nsubjpass", "dobj") and t.lower_ in lx.PERPETRATORS
               and any(c.dep_ == "det" and c.lower_ in lx.DEFINITE for c in t.children) for t in m.scope)


def _gunfire_told(sent: Span) -> bool:
    """Tell whether an incident's sentence already tells gunfire ("detonated a landmine and then opened fire"), so a
    firefight right after it is its end, not another clash."""
    return any(t.lower_ in lx.KILL_EVIDENCE or t.lower_ == "fire" or t.lemma_.lower() in lx.GUNFIRE_MECHANISMS for t in sent)


def _refers_back(m: Mention, last: Incident, location: str | None, unknown: str | None) -> bool:
    """Tell whether a definite mention ("the assault", "the fighting") retells the latest incident of its family:
    no other day, no separate-incident cue, and any place it names is the incident's, inside it, or a division
    around it."""
    if _other_day(m.sent, last.sent) or (_separate(m.sent) and _family(m.type) == "violent"):
        return False
    if location is not None and not last.filed and not (same_place(location, last.location) or _inside(location, last.location)
                                     or _around(location, last.location, last.country) or street_address(location)):
        return False
    return unknown is None or _inside(unknown, last.location) or _around(unknown, last.location, last.country)


def _day_referent(same: list[Incident], m: Mention) -> Incident | None:
    """Return the incident a mention named by a weekday retells ("Sunday's blast") when the incident told last was
    told on another day: the latest told on that day, else the headline's ("Following the attack, warplanes bombed
    camps on Monday ... 37 died from Sunday's blast" retells the bombing, not the air strikes)."""
    days = {c.lower_ for c in m.trigger.children if c.dep_ in ("poss", "compound") and c.lower_ in WEEKDAYS}
    if not days or not same or not _other_day(m.sent, same[-1].sent):
        return None
    return next((i for i in reversed(same) if days & {t.lower_ for t in i.sent}), None) or next(
        (i for i in same if i.sent.start == 0 and _headline(i.sent)), None)  # else the story's own incident


def _retells_headline(last: Incident, m: Mention, country: str | None, si: int, lim: Limits) -> bool:
    """Tell whether the lead retells the headline's incident ("attack on army post" -> "an assault on an army post")."""
    if not (si <= lim.lead_sentences and last.last_sent == 0 and _headline(last.sent) and m.sent.start != last.sent.start):
        return False
    return (last.type == m.type or last.generic) and country == last.country and not _separate(m.sent)


def _headline_placed(found: list[Incident], m: Mention, unknown: str | None, si: int, lim: Limits) -> Incident | None:
    """Return the headline's incident that the story, still telling it, places at a village no gazetteer knows ("air
    strike kills 21 in Sagaing village" ... "a jet dropped two bombs on Kyauk Sein village"): the only incident of the
    mention's type so far and the one told last, of its time, with no cue of another incident or another day."""
    if unknown is None or not found or _separate(m.sent):
        return None
    kind = [i for i in found if i.type == m.type]
    if len(kind) != 1 or kind[0].sent.start != 0 or not _headline(kind[0].sent) or _other_day(m.sent, kind[0].sent):
        return None
    if m.sent.start == kind[0].sent.start or _parts_of_title(m, kind[0].trigger):
        return None  # the title's other part tells its own place
    latest = max(i.last_sent for i in found)
    if kind[0].last_sent != latest or si - latest > lim.anaphor_window:
        return None
    told = [link.sent for link in kind[0].tolls] or [kind[0].sent]
    if any(_other_day(m.sent, sent) for sent in told):
        return None  # "on Tuesday" ... "On Wednesday, soldiers clashed with insurgents near X": another day's fight
    toll, tolls = sentence_deaths(m.sent), [t for t in map(sentence_deaths, told) if t is not None]
    if toll is not None and tolls and toll > max(tolls):
        return None  # a larger toll of its own: another incident, not the headline's told more precisely
    if m.background is not None and bool(kind[0].background) != m.background:
        return None
    return kind[0]


def _headline_story(told: list[Incident], m: Mention, country: str | None, si: int) -> Incident | None:
    """Return the headline's past incident that an undated mention of its kind retells: when every incident of
    that kind so far is background and the headline told the first (an execution, a trial, an anniversary), the
    body's undated account is that old incident's story, not new violence."""
    if si == 0 or not told or not all(i.background for i in told) or _separate(m.sent):
        return None
    first = told[0]
    if first.sent.start != 0 or country not in (None, first.country):
        return None
    return first


def _quoted(tok: Token) -> bool:
    """Tell whether a trigger stands inside a direct quotation: an odd number of quotation marks before it in its
    sentence, none of them a closing curly mark."""
    marks = [t for t in tok.sent if t.i < tok.i and t.text in QUOTE_MARKS]
    if any(t.text in CLOSING_QUOTES for t in marks):
        return False
    return len(marks) % 2 == 1


def _pluperfect(tok: Token) -> bool:
    """Tell whether a trigger's clause is in the past perfect ("had rammed", "had been killed"): told as earlier than
    the story's own time."""
    verb = tok
    while (verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("acl", "amod", "xcomp")) and verb.head != verb:
        verb = verb.head  # "the car driven by a bomber had rammed": the clause of "rammed"
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in verb.children) and any(
        c.tag_ == "VBN" for c in (verb, *verb.children) if c.dep_ in ("aux", "auxpass", "ROOT") or c == verb)


def _generic_retelling(found: list[Incident], m: Mention, place: tuple[str | None, str | None], si: int,
                       lim: Limits) -> Incident | None:
    """Find the recent violent incident that a generic killing or attack retells ("fought militants around a camp
    ... five soldiers killed" after "a clash near Niono"): same type and country, same or nested place, no separate
    cue. One incident keeps its most specific mechanism."""
    country, location = place
    if not m.generic or m.type not in VIOLENT_TYPES or country is None or m.indefinite or _separate(m.sent):
        return None
    for inc in reversed(_recent(found, si, "violent", lim)):
        if inc.country != country or inc.generic or (m.background is not None and bool(inc.background) != m.background):
            continue
        if inc.type != m.type:
            continue  # typed otherwise by its own victims or weapons ("attacked a base" after "a bomb"): another incident
        if _other_day(m.sent, inc.sent):
            continue
        if location is None or inc.location is None or _inside(location, inc.location) or _inside(inc.location, location) \
                or _around(location, inc.location, country) or _around(inc.location, location, country):
            return inc
    return None


def _headline_region(found: list[Incident], m: Mention, place: tuple[str | None, str | None],
                     bg: bool | None) -> Incident | None:
    """Find the headline's incident told at a region that holds the mention's town ("Seven killed in Michigan
    shootings" ... "three shootings in Kalamazoo"): one incident, which the body places more precisely."""
    country, location = place
    if country is None or location is None or _separate(m.sent):
        return None
    for inc in found:
        if inc.sent.start != 0 or not _headline(inc.sent) or inc.country != country or inc.location is None:
            continue
        if not (inc.type == m.type or (inc.generic and _family(inc.type) == _family(m.type))):
            continue
        if (bg is not None and bool(inc.background) != bg) or _other_day(m.sent, inc.sent):
            continue
        if may_hold(country, inc.location, location):
            return inc
    return None


def _merge(found: list[Incident], m: Mention, ctx: tuple, si: int, lim: Limits, own: set[str]) -> Incident:
    """Merge a mention into the incident it describes, or start a new incident (`own`: the places its clause
    names)."""
    places, fallback, names = ctx
    country, location = locate(m, places)
    bg = m.background
    latest = max(reversed(found), key=lambda i: i.last_sent) if found else None  # the incident told last
    if (perceived(m.trigger) or in_response(m.trigger)) and latest and si - latest.last_sent <= lim.anaphor_window:
        latest.last_sent, latest.retold = si, True  # "explosions were heard": a detail of the incident being told
        return latest
    if _quoted(m.trigger) and country is None and latest and latest.type == m.type \
            and si - latest.last_sent <= lim.anaphor_window and unknown_place_in(m.scope, names) is None:
        # a witness: "then there was another explosion," she said; a quote does not date what it retells
        return _touch(latest, m, location, latest.background, si)
    same = [i for i in found if _family(i.type) == _family(m.type) and (bg is None or bool(i.background) == bg)]
    same.sort(key=lambda i: i.last_sent)  # stable: the latest told last, the latest created among equals
    if _family(m.type) == "demo" and location is None and same and si - same[-1].last_sent <= lim.anaphor_window:
        country = None  # a protest story goes on over several sentences; countries there are topics
    continuing = any(c.lower_ in CONTINUING for c in m.trigger.children)
    unknown = unknown_place_in(m.scope, names) if country is None else None
    dated = _day_referent(same, m)
    if dated is not None and country in (None, dated.country):
        return _touch(dated, m, location, bg, si)  # "Sunday's blast": the incident told on Sunday
    answered = _response_to(found, m, country, si, lim)
    if answered is not None:
        response = next((i for i in found if i.answers is answered), None)
        if response is not None:
            return _touch(response, m, location, bg, si)
        place = location or answered.location
        if place is None:
            near, town = locate_by_context(m, places, fallback)  # placed as a new incident would be
            place = town if near == answered.country else None
        inc = Incident("battle", m.trigger, m.sent, answered.country, place,
                       bg if bg is not None else answered.background, last_sent=si, answers=answered)
        found.append(inc)
        return inc
    last = _latest_of_kind(same, m) if same else None
    if last is not None and country is None and _continues(last, m, unknown, continuing, si, lim):
        return _touch(last, m, location, bg, si)  # a placeless reference continues the latest story
    if last is not None and (m.definite or _told_attackers(m)) and country in (None, last.country) \
            and _refers_back(m, last, location, unknown):
        return _touch(last, m, location, bg, si)
    heads = [i for i in reversed(same) if _retells_headline(i, m, country, si, lim)]
    typed = [i for i in heads if i.type == m.type] or heads
    # of a headline's two incidents of one type, the lead retells the one whose place it names again, else the one
    # told in its word, else the first ("Fighters and SDF clash in Dhiban; gunmen kill two at Hasakah checkpoint")
    headline = next((i for i in typed if i.names & own), None) or next(
        (i for i in typed if i.trigger.lemma_ == m.trigger.lemma_), None) or min(
        typed, key=lambda i: i.trigger.i, default=None)
    if headline is not None:  # the lead retells the headline's incident of its type (a headline may tell two)
        return _touch(headline, m, location, bg, si)
    placed = _headline_placed(found, m, unknown, si, lim)
    if placed is not None:
        return _touch(placed, m, unknown, bg, si)
    told = [i for i in found if _family(i.type) == _family(m.type)]
    if bg is None and told and all(i.background for i in told) and _pluperfect(m.trigger):
        return _touch(told[-1], m, location, True, si)  # "the car driven by the bomber had rammed a bus": retold
    story = _headline_story(told, m, country, si)
    if bg is None and story is not None:
        return _touch(story, m, location, True, si)  # "executes man who shot a deputy ... he shot the deputy": retold
    kin = _generic_retelling(found, m, (country, location), si, lim)
    if kin is not None:
        return _touch(kin, m, location, bg, si)
    for inc in reversed(found):
        if country is not None and _compatible(inc, m, (country, location), bg):
            return _touch(inc, m, location, bg, si)
    named = _named_again(found, m, country, own | ({_name_key(location)} if location else set()), bg)
    if named is not None:
        if location is not None and named.location is not None and country is not None \
                and _region_holds(country, named.location, location):
            named.location = location  # "strikes hit Kunar" ... "in the Asadabad district of Kunar province"
        return _touch(named, m, location, bg, si)
    region = _headline_region(found, m, (country, location), bg)
    if region is not None:
        # told in the body's sentence, which may date it, and placed at the town when the gazetteer puts it in the
        # region (a town it does not know keeps the region, which other reports of the incident can be nested in)
        region.trigger, region.sent = m.trigger, m.sent
        if country is not None and region.location is not None and location is not None \
                and _region_holds(country, region.location, location):
            region.location = location
        return _touch(region, m, location, bg, si)
    if country is None:
        country, location = locate_by_context(m, places, fallback)
        if _parts_of_title(m, m.sent.doc[0]):
            location = None  # a headline's other report is not where its lead's is: the body places it
        location = unknown or location
    # Only a headline's generic wording is provisional: the lead then names the mechanism.
    inc = Incident(m.type, m.trigger, m.sent, country, location, bg, generic=m.generic and si == 0, last_sent=si,
                   filed=filed_from(m.sent, location, places))
    found.append(inc)
    return inc


def _scope_names(m: Mention, ctx: tuple) -> set[str]:
    """Return the places below a country that a mention's clause names, known or not (lower-cased, no division
    word)."""
    places, _, names = ctx
    scope, doc = m.scope, m.sent.doc
    words = {t.text for t in scope}
    countries = {w for p in places if p.kind == COUNTRY for w in doc[p.start:p.end].text.split()}
    found = [n for n in names if set(n.split()) <= words and n in scope.text
             and not set(n.split()) <= countries]  # "northern Burkina": a country's short name, not a village
    found += [doc[p.start:p.end].text for p in places
              if p.code and p.kind in SUBNATIONAL and scope.start <= p.start < scope.end]
    return {_name_key(n) for n in found if not is_country_name(n)}


def _name_key(name: str) -> str:
    """Return the form in which place names are compared again ("Khost province" -> "khost")."""
    return core_name(name).lower()


def _named_again(found: list[Incident], m: Mention, country: str | None, own: set[str],
                 bg: bool | None) -> Incident | None:
    """Find the incident of the mention's kind whose own words named a place the mention's clause names again ("air
    strike kills seven in Waingmaw village" ... "bombed a village in Waingmaw township, near Myitkyina"; "strikes hit
    Khost" ... "strikes hit homes in the Gurbuz district of Khost province"), on no other day and with no
    separate-incident cue."""
    if not own or _separate(m.sent):
        return None
    for inc in reversed(found):
        if not _kind_fits(inc, m) or not own & inc.names:
            continue
        if country not in (None, inc.country) or (bg is not None and bool(inc.background) != bg):
            continue
        if not _other_day(m.sent, inc.sent):
            return inc
    return None


def _place_told_again(found: list[Incident], m: Mention, ctx: tuple, si: int, lim: Limits) -> None:
    """Let "the attack" with no type of its own place the violent incident told last ("NIAMEY (AFP) - Jihadists
    killed 16 soldiers in an ambush" ... "The attack took place in the Tillaberi region"); it tells nothing else."""
    places, _, names = ctx
    recent = _recent(found, si, "violent", lim)
    country, location = locate(m, places)
    if not recent or location is None:
        return
    last = max(reversed(recent), key=lambda i: i.last_sent)
    if country not in (None, last.country):
        return
    if last.filed or _refers_back(m, last, location, unknown_place_in(m.scope, names) if country is None else None):
        _touch(last, m, location, m.background, si)


def _refers(sent: Span) -> bool:
    """Tell whether a sentence refers back to one incident ("in the incident", "the attack")."""
    return any(
        t.lemma_.lower() in REFERRING and t.tag_ == "NN" and any(c.lower_ in ("the", "this", "that") for c in t.children)
        for t in sent
    )


def _attach_anaphor(found: list[Incident], si: int, sent: Span, places: list[PlaceMention], ref: Reference,
                    lim: Limits) -> None:
    """Give a toll stated without a trigger ("70 people were killed in the incident") to the last incident."""
    recent = _recent(found, si, "violent", lim) or [i for i in _recent(found, si, "demo", lim) if i.type == "riot"]
    if not recent:
        return
    inc = max(reversed(recent), key=lambda i: i.last_sent)  # the incident told last, the latest created among equals
    if any(t.text.isdigit() and len(t.text) == 4 for t in sent) or is_background(sent, sent[0], ref):
        return  # dated differently: another incident or an aggregate
    if any(t.lower_ in lx.LARGE_VAGUE for t in sent):
        return  # "killing thousands of people": a war's toll, no incident's
    if any(_new_accident(t) for t in sent) and sentence_deaths(sent):
        return  # "there was a ferry collision and 41 died": the accident's toll ("the fire" may be the attack's)
    if _told_as_total(sent):
        return  # "over the last seven months, 189 have been killed": a running total, no incident's
    own = place_in(sent, places, None)
    if own is not None and own.kind in SUBNATIONAL and not same_place(sent.doc[own.start : own.end].text, inc.location):
        return  # the toll is about somewhere else
    if _refers(sent) or si - inc.last_sent <= lim.toll_gap:
        inc.tolls.append(TollLink(sent, spans_several_places(sent, places), sent))
        inc.last_sent = si


def _new_accident(tok: Token) -> bool:
    """Tell whether a noun introduces another event, an accident or a hazard ("there was a train crash"; not "the
    fire", which an attack may have set, nor "he crashed his car" in the attacker's flight)."""
    return tok.pos_ == "NOUN" and tok.lower_ in lx.ACCIDENT | lx.DISASTER and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


def _told_as_total(sent: Span) -> bool:
    """Tell whether the event mentions stage set a sentence's violence aside as a running total."""
    return any(r["rule"] == "temporal:aggregate" and sent.start_char <= r["start"] < sent.end_char
               for r in sent.doc._.rejected or ())


def _typed_by_context(m: Mention, found: list[Incident], places: list[PlaceMention], lim: Limits) -> Mention:
    """Type an untyped deadly attack at a named place like the article's latest violent incident."""
    toll = sentence_deaths(m.sent)
    if m.type != "untyped" or m.definite or toll in (None, 0) or toll >= lim.aggregate_toll:
        return m
    words = frozenset(t.lower_ for t in m.sent)
    if accident(m.sent, words, opened_fire):
        return m  # a storm or crash that killed people is not an attack
    if any(t.lemma_.lower() in WAR_WORDS for t in m.sent):
        return m
    if locate(m, places)[0] is None:
        return m
    violent = [i for i in found if i.type in VIOLENT_TYPES and i.answers is None]  # not the forces' response
    return replace(m, type=violent[-1].type if violent else victim_type(m.trigger) or "civilian_attack")


def _street_riot(m: Mention, found: list[Incident], si: int, lim: Limits) -> Mention:
    """Type clashes and storming that continue a protest story as the riot they are ("youths stormed a shop")."""
    if m.type not in ("battle", "civilian_attack"):
        return m
    lemma = m.trigger.lemma_.lower()
    street = lemma in lx.CLASH_LEMMAS or (m.generic and lemma in lx.STREET_ASSAULTS)
    if not street and not (m.generic and (lemma in lx.KILL_VERBS or killing_phrase(m.trigger))):
        return m
    words = frozenset(t.lower_ for t in m.sent)
    if not street and not (words & lx.DEMO_ACTORS and not words & lx.SECURITY_FORCES):
        # the riot's killing only with the crowd and no police in its sentence ("the victim was hacked to death as
        # supporters of the rival groups chased each other"; not "youths burned cars after an officer shot dead a
        # driver")
        return m
    if words & lx.ARMED_ACTORS:
        return m
    return replace(m, type="riot") if _recent(found, si, "demo", lim) else m


def _refers_to_plan(m: Mention, found: list[Incident]) -> bool:
    """Tell whether "the protest" refers back to a protest only announced so far (no protest has happened)."""
    return m.type == "protest" and m.definite and not any(_family(i.type) == "demo" for i in found)


def collect(doc: Doc, lim: Limits) -> list[Incident]:
    """Collect merged incidents and other events from the doc's mentions."""
    ref: Reference = doc._.time_reference
    places: list[PlaceMention] = doc._.places or []
    fallback = main_place(places, doc)
    context = (places, fallback, unknown_places(doc, places))
    by_sent: dict[int, list[Mention]] = {}
    for mention in doc._.mentions or ():
        by_sent.setdefault(mention.sent.start, []).append(mention)
    found: list[Incident] = []
    planned = False
    for si, sent in enumerate(doc.sents):
        typed = [_street_riot(_typed_by_context(m, found, places, lim), found, si, lim) for m in by_sent.get(sent.start, ())]
        for m in typed:
            if m.type == "untyped" and m.definite and m.trigger.tag_ == "NN":  # "the attack", not "the past two attacks"
                _place_told_again(found, m, context, si, lim)
        typed = [m for m in typed if m.type != "untyped" and not (planned and _refers_to_plan(m, found))]
        planned = planned or planned_demo(sent)
        if not typed:
            _attach_anaphor(found, si, sent, places, ref, lim)
            continue
        for m in typed:
            own = _scope_names(m, context)
            inc = _merge(found, m, context, si, lim, own)
            inc.names |= own | ({_name_key(inc.location)} if inc.location else set())
            if m.type in VIOLENT_TYPES or sum(x.scope == m.scope for x in typed) == 1:
                part = own_part(m.scope, m.trigger)
                several = spans_several_places(part, places)  # a title may tell two places
                # a title's parts tell two reports, each with its own toll ("Gunmen kill seven in X; grenade hurled at
                # a checkpoint in Y"); a body sentence's parts tell one ("a bomb went off; five people were killed")
                inc.tolls.append(TollLink(part if _headline(sent) else m.scope, m.aggregate or several, sent))
    if len(list(doc.sents)) > 2:
        found = [i for i in found if not _title_only(i)]
    return [split for inc in found for split in _per_listed_place(inc, places, found)]


def _per_listed_place(inc: Incident, places: list[PlaceMention], found: list[Incident]) -> list[Incident]:
    """Split a demonstration told in a list of places ("drivers protested in Jaipur, Indore and Ranchi") into one per
    place, as the annotation counts them; a place that has a demonstration of its own already is left to it. The
    copies take no toll: a figure told for the list is not each place's."""
    if _family(inc.type) != "demo" or inc.location is None:
        return [inc]
    doc = inc.sent.doc
    here = [m for m in places if m.code == inc.country and m.kind in SUBNATIONAL and inc.sent.start <= m.start < inc.sent.end]
    own = next((m for m in here if doc[m.start : m.end].text == inc.location), None)
    if own is None:
        return [inc]
    listed = {t.i for t in doc[own.end - 1].conjuncts}
    taken = {i.location for i in found if _family(i.type) == "demo"}
    others = [doc[m.start : m.end].text for m in here if m is not own and m.end - 1 in listed]
    return [inc] + [replace(inc, location=name, deaths=[], claimed=[], tolls=[], names=set(inc.names))
                    for name in dict.fromkeys(others) if name not in taken]


def _title_only(inc: Incident) -> bool:
    """Tell whether a violent incident was told only by a title that shows no harm: no dead, wounded or hostages, no
    weapon and no armed people ("Senators clash over airport bill as allies trade fire", "Rivals trade attacks at
    final rallies"). Real violence in a title is told again in the body; a figure of speech is not."""
    if inc.type not in VIOLENT_TYPES or inc.retold or not _headline(inc.sent):
        return False
    return not any(_harm_word(t) for t in inc.sent)


def _harm_word(tok: Token) -> bool:
    """Tell whether a title word shows real violence: a named mechanism ("shootout"), a death, wound or weapon word
    ("drone hits hotel"), or armed people named as such (a noun: "police", not "police reform"; "military" in
    "military service" is no soldier)."""
    low = tok.lower_
    if low in lx.ARMED_NOUNS:
        return tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in ("amod", "compound")
    if tok.lemma_.lower() in VIOLENT_MECHANISMS or low in VIOLENT_MECHANISMS:
        return True  # "arrested in Brussels shootout", "massacre": a mechanism that needs no more evidence
    return (low in lx.VIOLENCE or low in lx.WEAPON) and low not in lx.FIGURATIVE_FIRE


class IncidentGrouping:
    """Group the doc's event mentions into incidents."""

    def __init__(self, name: str, limits: Limits) -> None:
        self.name = name
        self.limits = limits

    def __call__(self, doc: Doc) -> Doc:
        """Set doc._.incidents."""
        doc._.incidents = collect(doc, self.limits)
        return doc


@Language.factory("incidents", default_config={
    "anaphor_window": ANAPHOR_WINDOW, "aggregate_toll": AGGREGATE_TOLL, "lead_sentences": LEAD_SENTENCES,
    "toll_gap": TOLL_GAP, "exchange_gap": EXCHANGE_GAP})
def make_incidents(nlp: Language, name: str, anaphor_window: int, aggregate_toll: int, lead_sentences: int,
                   toll_gap: int, exchange_gap: int) -> IncidentGrouping:
    """Create the incident grouping component."""
    return IncidentGrouping(name, Limits(anaphor_window, aggregate_toll, lead_sentences, toll_gap, exchange_gap))
