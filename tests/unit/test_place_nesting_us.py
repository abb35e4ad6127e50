"""US places as the event grouping compares them: AP state abbreviations are their states, a county (a name that
recurs across states) lies in its states and holds the towns GeoNames puts in it (one report names the town, the next
the county), but no other county and no town of another county."""

from __future__ import annotations

import gzip

import pytest

from services.common.place_nesting import DIFFERENT, NESTED, SAME, UNKNOWN, US_COUNTIES, parse_place, place_level


@pytest.mark.parametrize(("a", "b", "level"), [
    ("Minn.", "Minnesota", SAME),
    ("Minn.", "Minneapolis", NESTED),
    ("N.C.", "Raleigh", NESTED),
    ("Ohio", "Pike County", NESTED),
    ("Kalamazoo County", "Kalamazoo", SAME),
    ("Harris County", "Dallas County", DIFFERENT),
    ("Montgomery County", "Columbus", DIFFERENT),
    ("Mo.", "Texas", DIFFERENT),
])
def test_us_places_compare_as_one_nested_or_different(a: str, b: str, level: int) -> None:
    assert place_level(parse_place("US", a), parse_place("US", b)) == level


@pytest.mark.parametrize("street", ["Elm Avenue", "W. 14th Street", "Rio Vista Drive", "Airport Road"])
def test_a_street_says_where_in_a_town_not_which_town(street: str) -> None:
    assert parse_place("US", street) is None
    assert place_level(parse_place("US", street), parse_place("US", "Long Beach")) == UNKNOWN


@pytest.mark.parametrize(("county", "town"), [
    ("Maricopa County", "Mesa"),
    ("Hennepin County", "Bloomington"),
    ("Travis County", "Pflugerville"),
    ("Santa Clara County", "Gilroy"),
    ("St. Tammany Parish", "Slidell"),
])
def test_a_county_holds_its_towns(county: str, town: str) -> None:
    assert place_level(parse_place("US", county), parse_place("US", town)) == NESTED


@pytest.mark.parametrize(("a", "b"), [
    ("Travis County", "Round Rock"),  # in Williamson County
    ("Mesa", "Chandler"),  # two towns of one county are two places
    ("Hennepin County", "Saint Paul"),
])
def test_a_county_holds_no_town_of_another_county(a: str, b: str) -> None:
    assert place_level(parse_place("US", a), parse_place("US", b)) == DIFFERENT


def test_the_county_table_covers_every_state() -> None:
    with gzip.open(US_COUNTIES, "rt", encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f]
    assert len(rows) > 15_000 and all(len(r) == 3 and r[0].startswith("US-") for r in rows)
    assert len({r[0] for r in rows}) == 50  # every state (GeoNames puts Washington, D.C. in no county)
