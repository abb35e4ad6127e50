"""Where an event happened: rank the place mentions of its sentence, else use nearby context."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from services.common.place_nesting import STREET_WORDS
from services.common.taxonomy import VIOLENT_TYPES

from . import lexicon as lx
from .countries import PlaceMention
from .gazetteer import CAPITAL, CITY, COUNTRY, DEMONYM, REGION, TOWN, is_blocked
from .lexicon import ACTORS, GENERIC, SPECIFIC
from .mentions import Mention
from .modality import FLIGHT_VERBS
from .place_rules import DATELINE_MARKS, DIVISION_WORDS
from .place_words import place_words
from .readings import older_span_opens, own_part
from .small_places import marked_names

SUBNATIONAL = (CITY, CAPITAL, REGION, TOWN)
LOC_PREPS = place_words("loc_preps")
TOPIC_PREPS = place_words("topic_preps")
PLACE_NOUNS = place_words("place_nouns")
_OWN_PLACES = PLACE_NOUNS | DIVISION_WORDS  # "Saudi Arabia's district in Eastern Province" lies in the country
RETREAT_WORDS = place_words("retreat_words")
ROUTE_NOUNS = place_words("route_nouns")
RESIDENCE_VERBS = place_words("residence_verbs")
# "east of Damascus", "north of the city": a place located by a bearing from it.
BEARINGS = place_words("bearings")
ACTOR_SUFFIXES = place_words("actor_suffixes")
SPEECH_VERBS = place_words("place_speech_verbs")
# A country modifying one of these nouns is an actor or source ("US official", "Israeli military").
ACTOR_NOUNS = place_words("actor_nouns")
# A country name modifying a word for people names their nationality, not where they were ("U.S. contractors were
# kidnapped in Baghdad", "two Indian engineers"): the actor taxonomy's people.
PEOPLE = frozenset().union(*(ACTORS[c] for c in ("military", "police", "armed_groups", "perpetrators", "civilians",
                                                 "protesters")))
ACCUSED_BY = place_words("accused_by")
EXPERIENCER_VERBS = place_words("experiencer_verbs")
VICTIM_VERBS = place_words("victim_verbs")
VIOLENCE_WORDS = frozenset().union(GENERIC, *(SPECIFIC[t] for t in VIOLENT_TYPES))
# A country named as the other side of a border is not where the event happened ("near the border with Mali").
BETWEEN_WINDOW = 6  # tokens before a country where "between" may stand ("between Armenia and Azerbaijan")
BORDER_NOUNS = place_words("border_nouns")
BESIDE_PREPS = place_words("beside_preps")
# What a capital's possessive may locate ("Kabul's main market"); after other nouns it names the government.
CITY_PARTS = (place_words("city_parts") | PLACE_NOUNS | place_words("local_place_nouns") | place_words("facility_nouns")
              | place_words("place_of_nouns") | ROUTE_NOUNS | place_words("venue_nouns") | DIVISION_WORDS
              | ACTORS["civilian_sites"] | ACTORS["military_sites"])
# People located by a place in a relative clause or apposition ("lawmakers in Paris") are actors.
ACTOR_PEOPLE = place_words("actor_people")


def unknown_places(doc: Doc, places: list[PlaceMention]) -> frozenset[str]:
    """Names of places the text marks as such but no gazetteer knows ("the town of Awdheegle")."""
    known = {i for m in places for i in range(m.start, m.end)}
    names = (doc[s:e].text for s, e in marked_names(doc, known))
    return frozenset(n for n in names if not is_blocked(n))


def unknown_place_in(span: Span, names: frozenset[str]) -> str | None:
    """Return the first unknown place name that occurs in a span."""
    text = span.text
    hits = [(text.find(n), n) for n in names if n in text]
    return min(hits)[1] if hits else None


def _phrase_node(m: PlaceMention, doc: Doc) -> Token:
    """Return the noun a place name belongs to ("Syrian" -> "towns", "Mali's" -> "capital")."""
    root = doc[m.end - 1]
    return root.head if root.dep_ in ("amod", "compound", "poss", "nmod") else root


def is_actor(m: PlaceMention, doc: Doc) -> bool:
    """Tell whether a place names an actor, source or topic rather than where something happened."""
    if m.end + 1 < len(doc) and doc[m.end].text == "-" and doc[m.end + 1].lower_ in ACTOR_SUFFIXES:
        return True
    if _hyphened_pair(m, doc):
        return True  # "the joint US-Yemeni strategy", "India-Pakistan talks": two sides, not a place
    root, node = doc[m.end - 1], _phrase_node(m, doc)  # compared by value: spaCy makes a new Token on every access
    if node != root and node.lemma_.lower() in ACTOR_NOUNS | VIOLENCE_WORDS \
            and not (node.is_title and node.lower_ in DIVISION_WORDS):
        return True  # "US official", "a US agency" (but "Khyber Agency" is a tribal division)
    if node != root and m.kind in (COUNTRY, DEMONYM) and _sited_elsewhere(node):
        return True  # "a U.S. Air Force base in Germany", "the French embassy in Kabul": the owner, not the place
    if node != root and m.kind == COUNTRY and (node.lower_ in PEOPLE or node.ent_type_ == "PERSON"):
        return True  # "U.S. contractors", "U.S. Defense Secretary Ash Carter" (but "Kumasi protesters" were there)
    if (node.lemma_.lower() in BORDER_NOUNS and node != root) or (
        m.end < len(doc) and doc[m.end].lemma_.lower() in BORDER_NOUNS
    ):
        return True  # "near Mali border", "the Mali border"
    if node.dep_ == "pobj" and node.head.lower_ in TOPIC_PREPS:
        return True
    listed = node
    while listed.dep_ == "conj" and listed.head != listed:
        listed = listed.head  # "Niger's borders with Mali and Burkina Faso": every country listed there
    if listed.dep_ == "pobj" and listed.head.head.lemma_.lower() in BORDER_NOUNS | ACTOR_PEOPLE:
        return True
    dateline = doc[m.start].is_upper or (m.end < len(doc) and doc[m.end].text in DATELINE_MARKS)
    while node.dep_ == "conj" and node.head.pos_ == "PROPN":
        node = node.head  # "Bamako, Ouagadougou, and Niamey have accused ...": every listed capital is a subject
    if node.dep_ == "nsubj" and m.kind == CAPITAL and not dateline:
        return True  # "Baku gave a different account": a capital as subject is its government
    if m.kind == COUNTRY and node.dep_ == "nsubj" and _made_violence(node.head):
        return True  # "Russia shelled the city", "Israel kept up its strikes": the attacker, not the place
    if m.kind == CAPITAL and root.dep_ == "poss" and root != node and node.pos_ == "NOUN" \
            and node.lemma_.lower() not in CITY_PARTS and node.lower_ not in CITY_PARTS:
        return True  # "defying Rome's plans": the government (but "Kabul's main market" is in the city)
    if _between_countries(m, doc):
        return True  # "on the border between Armenia and Azerbaijan": neither side is the place
    if m.kind in (COUNTRY, CAPITAL) and node.dep_ == "pobj" and node.head.dep_ == "agent":
        return True  # "rebels financed by Sudan": the doer of a passive, not a place
    if node.dep_ == "dobj" and node.head.lemma_ in ACCUSED_BY:
        return True  # "accused Ukraine of ...": the accused is an actor, not the place
    return node.dep_ in ("nsubj", "nsubjpass") and node.head.lemma_ in SPEECH_VERBS


def _hyphened_pair(m: PlaceMention, doc: Doc) -> bool:
    """Tell whether a country or demonym is glued by a hyphen to another one ("US-Yemeni", "Russia-Ukraine")."""
    if m.kind not in (COUNTRY, DEMONYM):
        return False
    return any(o.kind in (COUNTRY, DEMONYM) and o is not m and (
        (o.start == m.end + 1 and doc[m.end].text == "-" and not doc[m.end].whitespace_)
        or (o.end == m.start - 1 and doc[o.end].text == "-" and not doc[o.end].whitespace_))
        for o in doc._.places or ())


def _sited_elsewhere(node: Token) -> bool:
    """Tell whether the thing a country name modifies is placed by a phrase of its own ("base in Germany"); a place
    of the country ("Saudi Arabia's al-Ahsa district in Eastern Province") lies in it."""
    if node.lemma_.lower() in _OWN_PLACES:
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("in", "at") and any(
        g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "FAC") for g in c.children) for c in node.children)


def _between_countries(m: PlaceMention, doc: Doc) -> bool:
    """Tell whether a country is one of a pair after "between" ("between Armenia and Azerbaijan")."""
    if m.kind != COUNTRY:
        return False
    i = m.start - 1
    while i >= max(0, m.start - BETWEEN_WINDOW) and (doc[i].pos_ == "PROPN" or doc[i].lower_ in ("and", "the")):
        i -= 1
    return i >= 0 and doc[i].lower_ == "between"


def _place_demonym(m: PlaceMention, doc: Doc) -> bool:
    """Tell whether a demonym names the country of a place noun ("the southern Lebanese city of Nabatieh")."""
    node = _phrase_node(m, doc)
    return m.kind == DEMONYM and node != doc[m.end - 1] and node.lemma_.lower() in PLACE_NOUNS


def locative_prep(m: PlaceMention, doc: Doc) -> Token | None:
    """Return the preposition that makes a place a location ("in" of "in Idlib"), if any."""
    node = _phrase_node(m, doc)
    if node.dep_ == "pobj" and node.head.lower_ in LOC_PREPS:
        return node.head
    return None


def spans_several_places(sent, places: list[PlaceMention]) -> bool:
    """Tell whether a sentence locates its content in several places ("in Ghouta and in Idlib")."""
    preps = {locative_prep(m, sent.doc) for m in places  # "on a Nigerian base in X", "on Elm Street in X": one
             if m.code and m.kind != DEMONYM and sent.start <= m.start < sent.end and not _street(m, sent.doc)}
    return len(preps - {None}) >= 2


def _score(m: PlaceMention, doc: Doc, trigger: Token | None) -> tuple:
    """Rank a place for an event: the trigger's own modifier, locative, specific, not the subject, near the trigger."""
    node = _phrase_node(m, doc)
    head = node.head
    locative = node.dep_ == "pobj" and (
        head.lower_ in LOC_PREPS or (head.lower_ == "of" and head.head.lemma_.lower() in PLACE_NOUNS | BEARINGS)
    )
    # a named town outranks the demonym of its place noun ("in the Pakistani city of Lahore": Lahore)
    spec = 3 if m.kind in SUBNATIONAL else 2 if _place_demonym(m, doc) else 1 if m.kind == COUNTRY else 0
    distance = abs(m.start - trigger.i) if trigger is not None else 0
    own = _names_trigger(m, doc, trigger)  # "day after deadly Brussels bombings": the trigger's own place
    return (own, locative, not _dateline(m, doc), spec, node.dep_ != "nsubj", -distance)


def _street(m: PlaceMention, doc: Doc) -> bool:
    """Tell whether a place name names a street ("on Madison Avenue in Salem", "the Aurora Avenue shooting"): the
    town of that name is not where the street runs, so it never locates an event (the sentence's other places or its
    context do)."""
    nxt = doc[m.end] if m.end < len(doc) else None
    return nxt is not None and nxt.is_title and nxt.lower_.rstrip(".") in STREET_WORDS


def us_county(m: PlaceMention, doc: Doc) -> bool:
    """Tell whether a place is a US county named as one ("Pike County"): it gives the country, but a county name
    recurs across states, so a state or town named beside it locates the incident better."""
    return m.code == "US" and m.kind == REGION and doc[m.end - 1].lower_ in ("county", "parish")


def _dateline(m: PlaceMention, doc: Doc) -> bool:
    """Tell whether a place is the dateline in capitals that opens a sentence ("BEIRUT Fighting erupted east of
    Damascus"): where the story was filed, which the story's own places outrank."""
    return bool(doc[m.start].is_upper and len(doc[m.start].text) > 2 and doc[m.start].is_sent_start)


def filed_from(mention_sent: Span, location: str | None, places: list[PlaceMention]) -> bool:
    """Tell whether a location is only its sentence's dateline ("NIAMEY (AFP) - Jihadists killed 20 soldiers near
    the border", or a title located by that lead): where the story was filed, which an incident located there yields
    to the first place the story names for it."""
    if location is None:
        return False
    doc = mention_sent.doc
    end = doc[mention_sent.end].sent.end if mention_sent.end < len(doc) else mention_sent.end  # a title's lead too
    here = [m for m in places if m.code and mention_sent.start <= m.start < end
            and doc[m.start:m.end].text.lower() == location.lower()]
    if not here or not all(_dateline(m, doc) for m in here):
        return False
    filed = {i for m in here for i in range(m.start, m.end)}
    first = location.split()[0].lower()  # the name told again as a word ("in Istanbul's shopping district")
    return not any(t.lower_ == first and t.i not in filed for t in doc[mention_sent.start:end])


def _origin(m: PlaceMention, doc: Doc) -> bool:
    """Tell whether a place is where people or fire came from ("shelling from Syria", "crossed over from X"), went
    to, live or are from ("Ali Raza of Mardan"), or where a road leads ("the road to X")."""
    node = _phrase_node(m, doc)
    outer = node.head.head if node.dep_ == "pobj" and node.head.lower_ == "of" else node  # "the town of X"
    if outer.dep_ == "pobj" and outer.head.lower_ in ("to", "into") and (
            outer.head.head.lemma_.lower() in FLIGHT_VERBS | RETREAT_WORDS):
        return True  # "a resident who fled to the town of Rufaa", "crossed back into X": where people went away to
    if outer.dep_ == "pobj" and outer.head.lower_ == "to" and outer.head.head.lemma_.lower() in ROUTE_NOUNS:
        return True  # "a checkpoint near the road to the Khyber district": where the road leads
    if outer.dep_ == "pobj" and outer.head.lower_ == "in" and outer.head.head.lemma_.lower() in RESIDENCE_VERBS \
            and outer.head.head.dep_ in ("acl", "relcl"):
        return True  # "siblings living in New York", "a man who lived in Ohio": their home, not the event's place
    named = node.head.head
    if node.dep_ == "pobj" and node.head.lower_ == "of" and named.ent_type_ == "PERSON" and named.pos_ == "PROPN":
        return True  # "identified as Ali Raza of Mardan": where a named person is from
    if node.dep_ != "pobj" or node.head.lower_ != "from":
        return False
    head = node.head.head
    if head.pos_ in ("ADP", "ADV", "PART") and head.head != head:
        head = head.head  # "cross over from": the verb of the particle
    return head.pos_ in ("NOUN", "PROPN") or head.lemma_.lower() in lx.ORIGIN_VERBS


def _made_violence(verb: Token) -> bool:
    """Tell whether a verb's subject made violence: the verb is one ("shelled") or takes one as its object ("launched
    strikes", "kept up its shelling"), and it is no verb of suffering ("suffered attacks")."""
    if verb.lemma_.lower() in EXPERIENCER_VERBS:
        return False
    return verb.lemma_.lower() in VIOLENCE_WORDS or any(
        c.dep_ == "dobj" and c.lemma_.lower() in VIOLENCE_WORDS for c in verb.children)


def _beside(m: PlaceMention, doc: Doc) -> bool:
    """Tell whether a country is named as what a place lies near ("a mining town near Bolivia"): across the border
    from where it happened, neither the place nor a side."""
    node = doc[m.end - 1]
    return m.kind == COUNTRY and node.dep_ == "pobj" and node.head.lower_ in BESIDE_PREPS


def _stance(m: PlaceMention, doc: Doc) -> bool:
    """Tell whether a place word says whom people are for or against ("anti-American rallies", "pro-Russian
    fighters"): the country is their cause, not where they are."""
    return m.start >= 2 and doc[m.start - 1].text == "-" and doc[m.start - 2].lower_ in lx.STANCE_PREFIXES


def place_in(span, places: list[PlaceMention], trigger: Token | None, actors: bool = False) -> PlaceMention | None:
    """Pick the place where an event in this span happened (demonyms/actors only when asked); never an origin."""
    doc = span.doc
    cands = [
        m for m in places
        if m.code and span.start <= m.start < span.end
        and ((m.kind == DEMONYM and not _place_demonym(m, doc)) or (is_actor(m, doc) and not _names_trigger(m, doc, trigger)))
        == actors
        and not _origin(m, doc) and not _stance(m, doc) and not _street(m, doc) and not _beside(m, doc)
    ]
    qualified = {q.start for m in cands for q in cands
                 if q.code == m.code and q.start == m.end + 1 and doc[m.end].text == "," and not us_county(m, doc)}
    kept = [m for m in cands if m.start not in qualified] or cands  # "Tyrone, Mo.": the town, not its state
    best = max(kept, key=lambda m: _score(m, doc, trigger)) if kept else None
    if best is not None and us_county(best, doc):  # "in Pike County, Ohio": the state, which holds the towns
        best = next((q for q in cands if q.code == best.code and q.start == best.end + 1 and doc[best.end].text == ","),
                    best)
    return best


def _names_trigger(m: PlaceMention, doc: Doc, trigger: Token | None) -> bool:
    """Tell whether a town or city names the incident the trigger tells ("day after deadly Brussels bombings"): its
    place, though "the Paris attacks" named beside another incident only names that other one."""
    return trigger is not None and m.kind in SUBNATIONAL and _phrase_node(m, doc) == trigger


def as_location(best: PlaceMention | None, doc: Doc) -> tuple[str | None, str | None]:
    """Return (country, location text) of a chosen place."""
    if best is None:
        return None, None
    return best.code, doc[best.start : best.end].text if best.kind in SUBNATIONAL else None


def _victims_country(trigger: Token, places: list[PlaceMention]) -> PlaceMention | None:
    """Return the demonym of the victims named in the trigger's own phrase ("an ambush that killed Malian soldiers")."""
    lo, hi = trigger.left_edge.i, trigger.right_edge.i + 1
    doc = trigger.doc
    for m in places:
        if m.kind != DEMONYM or not (lo <= m.start < hi) or not m.code:
            continue
        node = _phrase_node(m, doc)
        while node.dep_ == "conj":
            node = node.head
        heads = [node.head, node.head.head, node.head.head.head]
        # compared by value: spaCy makes a new Token object on every access, so "is" never matched the trigger and
        # the striker's own demonym ("an Israeli airstrike on a Syrian post killed five") was read as the victims'
        if node != trigger and any(h.lemma_.lower() in VICTIM_VERBS and h.pos_ == "VERB" for h in heads):
            return m
    return None


def locate(mention: Mention, places: list[PlaceMention]) -> tuple[str | None, str | None]:
    """Return (country, location) named in the mention's own clause or sentence, or (None, None)."""
    best = place_in(mention.scope, places, mention.trigger)
    if best is None and mention.trigger.pos_ == "NOUN" and not mention.definite:
        best = _victims_country(mention.trigger, places)  # not "Americans hurt in the bombings": told already
    part = own_part(mention.sent, mention.trigger)
    if mention.clause is not None:  # only a split sentence can hold an older span ("came a week after ...")
        older = next((t.i for t in part if t.i > mention.trigger.i and older_span_opens(t)), None)
        if older is not None:
            part = part.doc[part.start : older]  # "The attack came a week after gunmen killed 29 in X": the older one's
    best = best or place_in(part, places, mention.trigger)
    if best is not None and mention.definite and _other_event_clause(best, mention.sent.doc, mention.trigger):
        best = None  # "the massacre is tied to bodies dumped in X": X is where the others were dumped
    return as_location(best, mention.sent.doc)


def _other_event_clause(m: PlaceMention, doc: Doc, trigger: Token) -> bool:
    """Tell whether a place belongs to a clause that tells what other people or things did ("those hanged in X", "a
    convoy travelling in X"), not to the trigger's own clause or one about the trigger ("the attack, which took
    place in X")."""
    verb = next((a for a in _phrase_node(m, doc).ancestors if a.pos_ == "VERB"), None)
    own = trigger if trigger.pos_ == "VERB" else next((a for a in trigger.ancestors if a.pos_ == "VERB"), None)
    return verb is not None and own is not None and verb != own and verb.dep_ in ("acl", "relcl") \
        and verb.head != trigger


def lead_of(doc: Doc, first) -> Span:
    """Return the sentence after the first one, with the next one when it is only a dateline ("BISHKEK (Reuters) -")."""
    lead = doc[first.end].sent
    if lead.end < len(doc) and not any(t.pos_ in ("VERB", "AUX") for t in lead):
        return doc[lead.start : doc[lead.end].sent.end]
    return lead


def locate_by_context(
    mention: Mention, places: list[PlaceMention], fallback: PlaceMention | None
) -> tuple[str | None, str | None]:
    """Locate a mention whose sentence names no place: previous sentence, article, then actors."""
    sent, doc = mention.sent, mention.sent.doc
    best = place_in(doc[sent.start - 1].sent, places, None) if sent.start > 0 else None
    if sent.start == 0 and sent.end < len(doc):
        best = place_in(lead_of(doc, sent), places, None)  # a headline is located by its lead
    best = best or fallback or place_in(sent, places, mention.trigger, actors=True)
    return as_location(best, doc)


def main_place(places: list[PlaceMention], doc: Doc) -> PlaceMention | None:
    """Return a mention of the article's most-mentioned country named as a place (not a demonym, not what a place
    lies near)."""
    counts: dict[str, int] = {}
    named = [m for m in places if m.code and m.kind != DEMONYM and not _beside(m, doc)]
    for m in named:
        code = m.code or ""
        counts[code] = counts.get(code, 0) + 1
    if not counts:
        return None
    top = max(counts, key=lambda c: counts[c])
    return next(m for m in named if m.code == top)
