"""US places as the event grouping compares them: AP state abbreviations are their states, and a county (a name that
recurs across states, with no known towns) lies in its states but holds no town and no other county."""

from __future__ import annotations

import pytest

from services.common.place_nesting import DIFFERENT, NESTED, SAME, UNKNOWN, parse_place, place_level


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
