"""Whether a later mention retells an incident already told: same place or inside it, same day, no separate cue."""

from __future__ import annotations

from spacy.tokens import Span, Token

from services.common.place_nesting import STREET_WORDS, region_code

from . import lexicon as lx
from .background import WEEKDAYS
from .gazetteer import CAPITAL, CITY, REGION, admin_regions, fold, is_region_name, load_gazetteer, same_region
from .place_rules import DIVISION_WORDS
from .triggers import specific_type

SEPARATE_CUE_TOKENS = 4  # first tokens of a sentence where such a cue may stand


def same_place(a: str | None, b: str | None) -> bool:
    """Compare two location names regardless of case ("COLOMBO" dateline vs "Colombo")."""
    return a is not None and b is not None and a.lower() == b.lower()


def street_address(name: str | None) -> bool:
    """Tell whether a location is a street ("Prouty Avenue"): it lies in whatever town the incident is in."""
    words = fold(name).lower().split() if name else []
    return bool(words) and words[-1].rstrip(".") in STREET_WORDS


def separate(sent: Span) -> bool:
    """Tell whether a sentence opens with a cue that it reports another incident ("Separately, police said ...", "In
    another incident", "Another blast"), not another source ("Another state outlet said the first explosion ...")."""
    return any(t.lower_ in lx.SEPARATE_OPENERS or (t.lower_ in lx.SEPARATE_DETERMINERS and (
        t.head.lower_ in lx.SEPARATE_EVENTS or specific_type(t.head) is not None
        or t.head.lemma_.lower() in lx.GENERIC | lx.OPERATIONS)) for t in sent[:SEPARATE_CUE_TOKENS])


def inside(new: str | None, old: str | None) -> bool:
    """Tell whether a place named again can be the incident's own: same name, same first-level region, or a town
    (known or not) inside the region the incident was located in ("fighting in Cauca" ... "near the town of Argelia");
    not the country's capital when the region is not named after it ("in Central Sulawesi" ... "in Jakarta")."""
    if new is None or old is None:
        return new is None
    if same_place(new, old) or same_region(new, old):
        return True
    return is_region_name(old) and not is_region_name(new) and not _placed_elsewhere(new, old, None)


def core_name(name: str) -> str:
    """Return a place name without its division words ("Khost province" -> "Khost")."""
    return " ".join(w for w in name.split() if w.lower() not in DIVISION_WORDS) or name


def is_division(name: str, country: str | None = None) -> bool:
    """Tell whether a place name names a division, not a town ("Nangarhar province", "Cauca"; "Bay" in Somalia)."""
    words = name.lower().split()
    if not words:
        return False
    if words[-1] in DIVISION_WORDS:
        return True
    core = core_name(name)
    if country is not None:
        kinds = {p.kind for p in load_gazetteer().lookup(core) if p.code == country}
        if kinds:
            return kinds == {REGION}
    return is_region_name(core)


def around(new: str | None, old: str | None, country: str | None = None) -> bool:
    """Tell whether a place named again can be a division containing the incident's own town ("in Jalalabad" ...
    "the bombing in Nangarhar province"): a retelling often names the wider area, never a second town."""
    if new is None or old is None or not is_division(new, country) or is_division(old, country):
        return False
    return not _placed_elsewhere(old, new, country)


def _placed_elsewhere(town: str, division: str, country: str | None) -> bool:
    """Tell whether a town is its country's capital and the division is not named after it: the capital lies in its
    own district, not in another the text names ("Jakarta" is not in "Central Sulawesi")."""
    capital = any(p.kind == CAPITAL and (country is None or p.code == country) for p in load_gazetteer().lookup(town))
    return capital and fold(town).lower() not in fold(division).lower()


def other_day(sent: Span, told: Span) -> bool:
    """Tell whether a sentence dates its event to another weekday than the incident's ("on Monday" vs "on Saturday")."""
    days, before = ({t.lower_ for t in s if t.lower_ in WEEKDAYS and not _dates_telling(t)} for s in (sent, told))
    return bool(days and before and not days & before)


def _dates_telling(day: Token) -> bool:
    """Tell whether a weekday dates who said something ("On Monday, police said the shooting ..."), not an event."""
    verb = next((a for a in day.ancestors if a.pos_ == "VERB"), None)
    return verb is not None and verb.lemma_.lower() in lx.SPEECH_VERBS


def holds(country: str, region: str, town: str) -> bool:
    """Tell whether a first-level division holds a town by GeoNames' admin codes ("Michigan" holds "Kalamazoo"; "Mo."
    holds "Springfield"); a name that is itself a division is no town."""
    code = region_code(country, region)
    if code is None or is_region_name(town):
        return False
    return any(f"{cc}-{admin}" == code for cc, admin in admin_regions().get(fold(town).lower(), ()))


def may_hold(country: str, region: str, town: str) -> bool:
    """Tell whether a first-level division can hold a place: it holds the town by admin codes, or the place is no
    town the gazetteer puts in another of the country's divisions ("shooting at Arizona courthouse" ... "at the
    Navajo County Superior Court")."""
    if holds(country, region, town):
        return True
    code = region_code(country, region)
    if code is None or is_region_name(town) or any(
            p.code == country and p.kind in (CITY, CAPITAL) for p in load_gazetteer().lookup(region)):
        return False  # "Istanbul" is a province too, but a story placed there is placed in the city
    return not any(cc == country for cc, _ in admin_regions().get(fold(town).lower(), ()))

