"""Token-level rules that decide whether a gazetteer match is a place and which country it is."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from spacy.tokens import Doc, Span

from services.common.place_nesting import STREET_WORDS, region_code

from . import lexicon as lx
from .gazetteer import BLOCK, CAPITAL, CITY, COUNTRY, REGION, STRONG_KINDS, Gazetteer, Place, admin_regions, fold
from .place_words import place_words
from .small_places import (  # "South Toledo", "Upper Dir": a direction before a place, no given name
    NAMED_BY,
    QUALIFIERS,
    small_place_readings,
)
from .small_places import TOWN as SMALL_TOWN

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP", "EVENT"})
# Words that make an organisation a state actor, so a country name inside it still counts.
STATE_WORDS = place_words("state_words")
# "Russian-speaking", "Arabic-language": a language, not the country.
LANGUAGE_HEADS = place_words("language_heads")
NAME_PARTICLES = place_words("name_particles")
PLACE_SUFFIXES = place_words("place_suffixes")
# Words that make a name a division rather than a town ("Nangarhar province", "Jos South district").
DIVISION_WORDS = place_words("division_words")
VIOLENCE_NOUNS = frozenset().union(lx.GENERIC, *(lx.SPECIFIC[t] for t in ("battle", "explosion", "civilian_attack")))
WEAK_POPULATION = 100000  # a city this big counts on capitalisation alone, without NER support
DATELINE_MARKS = frozenset({"(", ",", "-", "–", "—"})  # what follows a dateline's place in capitals
BIG_CITY = 1000000  # a city this big still counts when NER calls it a person or organisation
# A town the small model calls a person ("in Gary on Saturday") counts from this size after a place preposition.
LOCATIVE_PERSON_POPULATION = 15000
WIDESPREAD_NAME = 3  # countries with a city of one name ("San Miguel") from which only a large city's name stands alone
WIDESPREAD_POPULATION = 500000  # that large city: "San Francisco" stands alone, El Salvador's San Miguel does not
# Names ending like this are events held in the place they name ("Japanese Grand Prix").
EVENT_HEADS = place_words("event_heads")
STORM_WORDS = place_words("storm_words")
FLIP_COUNTRIES = frozenset({"US"})  # regions whose names clash with countries (Georgia) in its news
# "Madina and Erdogan hospitals": a city name naming a facility, not a place, when its country is otherwise absent.
# Nouns after a local name that make it a place ("Shahi Khel neighbourhood", "Toor Sapar area").
LOCAL_PLACE_NOUNS = place_words("local_place_nouns")
FACILITY_NOUNS = place_words("facility_nouns")
VENUE_NOUNS = place_words("venue_nouns")
LOCATIVE_PREPS = place_words("name_locative_preps")
PLACE_OF_NOUNS = place_words("place_of_nouns")
CONTEXT_RATIO = 5  # a same-named city in a country the text names wins unless the other is this many times bigger


def case_ok(text: str, forms: Iterable[str]) -> bool:
    """Accept a match only when written like a name: as listed, capitalised, or all caps."""
    forms = set(forms)
    if text in forms:
        return True
    if len(text) <= 3:
        return False
    return text[0].isupper() or text.lower().startswith("the ") and text[4:5].isupper()


def entity_index(doc: Doc) -> list[Span | None]:
    """Map each token index to the named entity covering it."""
    index: list[Span | None] = [None] * len(doc)
    for ent in doc.ents:
        for i in range(ent.start, ent.end):
            index[i] = ent
    return index


def enclosing_entity(index: list[Span | None], span: Span) -> Span | None:
    """Return the first named entity overlapping the span, if any."""
    return next((index[i] for i in range(span.start, span.end) if index[i] is not None), None)


def is_state_org(ent: Span) -> bool:
    """Tell whether an ORG entity is a state institution ("Russian Foreign Ministry")."""
    return any(t.lower_ in STATE_WORDS for t in ent)


def inside_name(span: Span, ent: Span | None) -> bool:
    """Tell whether the span is part of a larger person or organisation name."""
    if ent is None or (ent.start >= span.start and ent.end <= span.end):
        return False  # no entity, or one inside the matched name
    if missegmented(span, ent):
        return False
    if ent.label_ == "PERSON":
        return True
    if ent.label_ in ("ORG", "WORK_OF_ART", "PRODUCT", "LAW"):
        return not (is_state_org(ent) or ent[-1].lower_ in EVENT_HEADS)
    return False


def missegmented(span: Span, ent: Span) -> bool:
    """Tell whether NER ran a place into a neighbouring phrase ("Orangi Town of Karachi", "Jail Road in Quetta").

    A name after a locative word inside the entity, or an entity that ends in a place noun, is a place
    phrase, not an organisation or a person.
    """
    doc = span.doc
    before = doc[span.start - 1] if span.start > ent.start else None
    if before is not None and before.lower_ in LOCATIVE_PREPS | {"of", "at"} and span.end == ent.end:
        return True
    return ent[-1].lower_ in PLACE_SUFFIXES


def possessive_demonym(span: Span) -> bool:
    """Tell whether a demonym takes a possessive ("Danish's deputy"): then it is a surname."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s") and not span.text.endswith("s")


def demonym_in_local_name(span: Span) -> bool:
    """Tell whether a demonym is a word of a locality's name ("the Dhanpur Nepali Basti area", "the Afghan Colony
    area"): after "the" or a name, capitalised names end at a place noun. A headline's "Syrian Town" has neither."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 and not doc[span.start].is_sent_start else None
    if before is None or not (before.lower_ == "the" or (before.pos_ == "PROPN" and before.is_title)):
        return False
    j = span.end
    while j < len(doc) and doc[j].is_title and doc[j].pos_ == "PROPN":
        if doc[j].lower_ in LOCAL_PLACE_NOUNS:
            return True
        j += 1
    return j > span.end and j < len(doc) and doc[j].lower_ in LOCAL_PLACE_NOUNS


def language_demonym(span: Span) -> bool:
    """Tell whether a demonym names a language ("a Russian-speaking group", "Chinese-language media")."""
    doc = span.doc
    i = span.end + (1 if span.end < len(doc) and doc[span.end].text == "-" else 0)
    return i < len(doc) and doc[i].lower_ in LANGUAGE_HEADS


def looks_like_person(span: Span, person_tokens: frozenset[str]) -> bool:
    """Tell whether a place name that is also a given name is used as a person's name here."""
    doc = span.doc
    if span.text.lower() in person_tokens:
        return True
    if len(span) > 1 and span[-1].lower_ in PLACE_SUFFIXES:
        return False  # "Columbia County Sheriff's Office": a name ending in a kind of place is no person's
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.lower_ in NAME_PARTICLES and nxt.is_lower and span.end + 1 < len(doc):
        return doc[span.end + 1].is_title
    if nxt is not None and nxt.is_title and nxt.pos_ == "PROPN" and not nxt.is_sent_start:
        return nxt.lower_ not in PLACE_SUFFIXES
    prev = doc[span.start - 1] if span.start > 0 else None
    return bool(prev is not None and prev.is_title and prev.pos_ == "PROPN" and not prev.is_sent_start
                and prev.lower_ not in QUALIFIERS)


def weak_supported(span: Span, ent: Span | None, readings: list[Place], title_end: int) -> bool:
    """Accept a city/region name with NER support, or a big one capitalised mid-sentence.

    A state or province name needs no NER support where the text places something in it ("in Haryana",
    "Kurukshetra of Haryana", "Balochistan province"): NER often calls a region it does not know an organisation.
    """
    population = max(r.population for r in readings)
    if any(r.kind == REGION for r in readings) and not span.text.isupper() and in_place_frame(span):
        return True
    if span.text.isupper() and "." not in span.text and not (span.start == 0 or "\n" in span.doc[span.start - 1].text_with_ws):
        return False  # all caps: an acronym, unless it is a dateline or a dotted abbreviation ("N.C.")
    if (span.text.isupper() and span.end < len(span.doc) and span.doc[span.end].text in DATELINE_MARKS
            and not (ent is not None and ent.label_ in ("GPE", "LOC", "FAC"))):
        return population >= WEAK_POPULATION  # "TULSA (KTUL) -": a dateline the model tagged as nothing or a person
    if ent is not None:
        exact = ent.start == span.start and ent.end == span.end
        if exact and _called_a_place(span):
            return True  # "in Auburn, a university town": the text says what it is, whatever NER guessed
        if exact and ent.label_ not in ("GPE", "LOC", "FAC"):
            big = population >= BIG_CITY or (population >= WEAK_POPULATION and (
                after_locative(span) or (ent.label_ != "NORP" and _modifies_person_or_venue(span)))) or (
                ent.label_ == "PERSON" and population >= LOCATIVE_PERSON_POPULATION and _placed_town(span))
            return ent.label_ in ("PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART") and big  # the small model's guesses
        if exact or ent.label_ in ("GPE", "LOC", "FAC"):
            return True
    if population >= WEAK_POPULATION and _names_violence(span):
        return True  # "Kharkiv rocket strike: ...", "Kandahar blast kills four": where it happened, even in a headline
    if span.start < title_end or span[0].is_sent_start:
        return False
    return population >= WEAK_POPULATION


def _names_violence(span: Span) -> bool:
    """Tell whether a name modifies a violence noun ("the Mosul strike", "a Kabul bombing")."""
    last = span[-1]
    return last.dep_ in ("compound", "nmod", "amod") and last.head.lemma_.lower() in VIOLENCE_NOUNS


def _placed_town(span: Span) -> bool:
    """Tell whether a one-word name after a place preposition is used as a town ("in Gary on Saturday"), not a
    person's name ("in Gary's view", "in Gary Smith's house")."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    return len(span) == 1 and after_locative(span) and doc[span.start - 1].lower_ == "in" and (
        nxt is None or not (nxt.lower_ in ("'s", "’s") or (nxt.is_title and nxt.pos_ == "PROPN")))


def _called_a_place(span: Span, window: int = 5) -> bool:
    """Tell whether a name is followed by an apposition that calls it a town ("Auburn, a university town about 110
    miles from ...", "Zinder, a city in the east")."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != "," or doc[span.end + 1].lower_ not in ("a", "an"):
        return False
    for tok in doc[span.end + 2 : span.end + 2 + window]:
        if tok.lower_ in NAMED_BY and tok.pos_ == "NOUN":
            return True
        if tok.is_punct or tok.pos_ in ("VERB", "AUX", "ADP"):
            return False
    return False


def _modifies_person_or_venue(span: Span) -> bool:
    """Tell whether a name stands before a word for ordinary people ("an Albuquerque teen", "a Tulsa woman") or for a
    place in a town ("a Fort Lauderdale club"): the town they are from or it is in. Before armed people it is as often
    their people's name ("Naga militants")."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    nxt = doc[span.end]
    if nxt.is_lower and nxt.lower_ in VENUE_NOUNS:
        return True
    armed = nxt.lower_ in lx.MILITARY or nxt.lemma_.lower() in lx.MILITARY
    return not armed and (nxt.lemma_.lower() in lx.PERSON_NOUNS or nxt.lower_ in lx.CIVILIAN_PEOPLE)


def after_locative(span: Span) -> bool:
    """Tell whether a name follows a place preposition ("in Marseille", "districts of Marseille")."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is None:
        return False
    if prev.lower_ == "of":
        return span.start > 1 and doc[span.start - 2].lower_ in PLACE_OF_NOUNS
    return prev.lower_ in LOCATIVE_PREPS


def modifies_noun(span: Span) -> bool:
    """Tell whether a name stands before a common noun it modifies ("Police firing", "Army camp")."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].is_lower and doc[span.end].tag_ in ("NN", "NNS", "VBG")


def in_place_frame(span: Span) -> bool:
    """Tell whether the text frames a name as a place: after a place preposition, after "<Place> of",
    or before a division word ("Kunar Province", "Haryana state")."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in DIVISION_WORDS:
        return True
    if after_locative(span):
        return True
    return span.start > 1 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].pos_ == "PROPN"


def framed_as_place(span: Span) -> bool:
    """Tell whether a place preposition or a region after a comma makes a name a place ("in Houston", "Houston,
    Texas")."""
    doc = span.doc
    return after_locative(span) or (span.end < len(doc) and doc[span.end].text == ",")


def names_a_surname(span: Span, names: frozenset[str]) -> bool:
    """Tell whether a city's name standing alone is the surname of a person the text names in full ("Two other teens
    who were with Houston" after "Dennis Houston Jr."; NER calls it a place as often). `names`: such surnames
    that the text never frames as a place (one sense per article: "in Hayward" makes every "Hayward" the city)."""
    return len(span) == 1 and span.text.lower() in names


def names_place_here(span: Span, ent: Span | None) -> bool:
    """Tell whether NER or a place preposition makes this very span a place, whatever other names say."""
    exact = ent is not None and ent.start == span.start and ent.end == span.end
    return (exact and ent is not None and ent.label_ in ("GPE", "LOC")) or after_locative(span)


def context_codes(places: Iterable[tuple[Span, list[Place]]]) -> Counter[str]:
    """Count the countries named unambiguously in the doc (context for ambiguous names)."""
    counts: Counter[str] = Counter()
    for _, readings in places:
        codes = {r.code for r in readings if r.code}
        if len(codes) == 1:
            counts[codes.pop()] += 1
    return counts


def established_countries(places: Iterable[tuple[Span, list[Place]]]) -> frozenset[str]:
    """The countries a doc names by a country name or a demonym with one reading."""
    return frozenset(r.code for _, readings in places if len({x.code for x in readings}) == 1
                     for r in readings if r.code and r.kind in STRONG_KINDS)


def named_regions(places: Iterable[tuple[Span, list[Place]]]) -> frozenset[str]:
    """The first-level divisions a doc names unambiguously, as ISO 3166-2 codes ("Alabama" -> "US-AL")."""
    codes = set()
    for span, readings in places:
        countries = {r.code for r in readings if r.code}
        if len(countries) == 1 and all(r.kind == REGION for r in readings):
            codes.add(region_code(countries.pop(), span.text))
    return frozenset(c for c in codes if c)


def held_by_named_region(span: Span, readings: list[Place], regions: frozenset[str],
                         established: frozenset[str] = frozenset()) -> str | None:
    """Return the country of a city reading that lies in a division the article names ("Birmingham" in a story from
    Alabama is not England's, however much bigger that one is), or of a town the gazetteer's cities lack there
    ("Leicester" in a story from Massachusetts), unless the city abroad is a capital or a metropolis or its country
    is `established` by name in the text ("near Leeds in northern England" with a group "based in Alabama")."""
    if not regions or any(r.kind == COUNTRY for r in readings) or all(r.kind == REGION for r in readings):
        return None
    codes = {r.code for r in readings if r.code}
    key = fold(span.text).lower()
    hits = {cc for cc, admin in admin_regions().get(key, ()) if f"{cc}-{admin}" in regions}
    if len(hits) == 1 and len(codes) > 1 and hits <= codes:
        return hits.pop()
    if hits or codes & established or any(r.kind == CAPITAL or r.population >= BIG_CITY for r in readings):
        return None
    towns = {t.code for t in small_place_readings(key) if t.kind == SMALL_TOWN and region_code(t.code, t.admin1) in regions}
    return towns.pop() if len(towns) == 1 and not towns & codes else None


def region_flips(span: Span, readings: list[Place], context: Counter[str], sub_us: int) -> str | None:
    """Return the region's country when a country-named region is meant ("Atlanta, Georgia")."""
    region = next((r for r in readings if r.kind == REGION and r.code in FLIP_COUNTRIES), None)
    country = next((r for r in readings if r.kind == COUNTRY), None)
    if region is None or country is None:
        return None
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ == "state":
        return region.code
    after_comma = span.start >= 2 and doc[span.start - 1].text == ","
    if after_comma or (sub_us > 0 and context[country.code or ""] == 0):
        return region.code
    return None


def division_readings(span: Span, readings: list[Place]) -> list[Place]:
    """A name followed by a division word ("Bay region", "Nangarhar province") reads as the division when one exists."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in DIVISION_WORDS:
        regions = [r for r in readings if r.kind == REGION]
        return regions or readings
    return readings


def resolve(readings: list[Place], context: Counter[str], gaz: Gazetteer, key: str) -> str | None:
    """Pick the country of a name: strong readings first, then context, then population."""
    strong = [r for r in readings if r.kind in STRONG_KINDS]
    if key in gaz.ambiguous:
        codes = gaz.ambiguous[key]
        return max(codes, key=lambda c: (context[c], -codes.index(c)))
    if strong:
        return strong[0].code
    pool = [r for r in readings if r.kind != BLOCK and r.code]
    if not pool:
        return None
    own = [r for r in pool if not r.alternate]
    if own and len(own) < len(pool) and not any(context[r.code or ""] for r in pool if r.alternate):
        pool = own  # "Salem": the cities of that name, not an old name of Jerusalem, unless the text is there
    if key in gaz.small_capitals:
        # A small capital ("Victoria", Seychelles) yields to a same-named place in a country the text names.
        others = [r for r in pool if r.kind != CAPITAL and context[r.code or ""] > 0]
        if others and not any(context[r.code or ""] for r in pool if r.kind == CAPITAL):
            pool = others
    top = max(r.population for r in pool)
    supported = [r for r in pool if context[r.code or ""] > 0]
    flip = [r for r in pool if r.kind == REGION and r.code in FLIP_COUNTRIES]
    if flip and not supported and top < BIG_CITY:
        return flip[0].code  # "Maryland", "Florida": in English news the US state, unless the text says otherwise
    if supported and max((r.population for r in pool if r not in supported), default=0) < BIG_CITY:
        return max(supported, key=lambda r: r.population).code  # "Hangu" in a Pakistani report is not China's
    return max(pool, key=lambda r: (context[r.code or ""] > 0 and r.population * CONTEXT_RATIO >= top, r.population)).code


def stray_reading(readings: list[Place], code: str, context: Counter[str], repeats: int) -> bool:
    """Tell whether a city or region name reads only in countries nothing else in the article supports, while
    other places (or the outlet) agree on another country.

    Then a small place with one reading ("Hajin" is a Syrian town, but not in a report from Kashmir) or a name
    read in several countries ("Dara", "Safi") is left without a country rather than moved abroad. `repeats` is
    how often the name itself occurs: an unambiguous name counts in the context once per occurrence.
    """
    codes = {r.code for r in readings if r.code}
    if not is_weak(readings) or not codes or (code in FLIP_COUNTRIES and any(r.kind == REGION for r in readings)):
        return False
    floor = WIDESPREAD_POPULATION if len(codes) >= WIDESPREAD_NAME else WEAK_POPULATION  # "rural San Miguel", Colombia
    if max((r.population for r in readings if not r.alternate), default=0) >= floor:
        return False  # a big city's own name; an old name of one ("Saran") is no more than the small places
    own = {c: context[c] - (repeats if len(codes) == 1 else 0) for c in codes}
    return all(n <= 0 for n in own.values()) and sum(n for c, n in context.items() if c not in codes) >= 1


def heads_local_name(span: Span, readings: list[Place], known: Iterable[str]) -> bool:
    """Tell whether a smaller city's name only begins a longer local name that the text marks as a place
    ("Shahi Khel neighbourhood", "Bala Balok District"): its next words are capitalised names the gazetteer
    does not know, then a place noun."""
    if max(r.population for r in readings) >= BIG_CITY:
        return False  # "Lahore Cantonment area": a big city's own quarter
    doc, j = span.doc, span.end
    while j < len(doc) and doc[j].is_title and doc[j].pos_ == "PROPN" and doc[j].lower_ not in known \
            and doc[j].lower_ not in LOCAL_PLACE_NOUNS | DIVISION_WORDS | {"city"}:
        j += 1  # stops at "County" of "Tulare County neighborhood": the division of the city named
    return j > span.end and j < len(doc) and doc[j].lower_ in LOCAL_PLACE_NOUNS


def names_local_unit(span: Span, readings: list[Place], code: str, context: Counter[str], repeats: int) -> bool:
    """Tell whether a name read as a city abroad names a local unit ("Kyauk Sein village in Kani township" in a
    Myanmar story is no Japanese city): a village, township or tehsil word follows it, the city's country has no
    evidence in the text but this name, and another country has some."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ not in LOCAL_PLACE_NOUNS - DIVISION_WORDS:
        return False
    if not all(r.kind == CITY for r in readings if r.code == code):
        return False  # a division or a demonym ("the Syrian town of X") names the country itself
    return context[code] <= repeats and sum(n for c, n in context.items() if c != code) > 0


def names_street(span: Span) -> bool:
    """Tell whether a name begins a street's name ("on Rochdale Street"): streets are named after towns anywhere."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].is_title and doc[span.end].lower_.rstrip(".") in STREET_WORDS


def names_facility(span: Span) -> bool:
    """Tell whether a name heads a facility ("Madina hospital", "Madina and Erdogan hospitals")."""
    doc = span.doc
    for tok in doc[span.end : min(len(doc), span.end + 4)]:
        if tok.lower_ in FACILITY_NOUNS:
            return True
        if not (tok.is_title or tok.lower_ in ("and", "&", ",", "'s", "’s")):
            return False  # "Carolina's Medical Center" names a facility too
    return False


def is_weak(readings: list[Place]) -> bool:
    """Tell whether every reading is a city or region (no country/demonym/capital reading)."""
    return all(r.kind in (CITY, REGION) for r in readings)
