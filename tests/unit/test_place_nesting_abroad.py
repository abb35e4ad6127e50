"""Towns nest in the regions reports name outside the United States too ("Maiduguri" within "Borno", "Quetta" within
"Balochistan"): GeoNames gives towns its own division codes, the regions are ISO 3166-2 codes, and until the
twenty-fourth session the two never met outside the US, so a report naming only the province never joined the town's
event. And "Washington" in US news is the capital, in the District of Columbia, unless the text says the state."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from services.common import build_region_codes
from services.common.place_nesting import DIFFERENT, NESTED, SAME, parse_place, place_level


@pytest.mark.parametrize(("country", "town", "region"), [
    ("NG", "Maiduguri", "Borno"),
    ("NG", "Maiduguri", "Borno State"),
    ("PK", "Quetta", "Balochistan"),
    ("AF", "Jalalabad", "Nangarhar province"),
    ("ML", "Gao", "Gao region"),
])
def test_a_town_lies_in_its_region_abroad(country: str, town: str, region: str) -> None:
    assert place_level(parse_place(country, town), parse_place(country, region)) >= NESTED


@pytest.mark.parametrize(("country", "town", "region"), [
    ("NG", "Maiduguri", "Kano State"),
    ("PK", "Quetta", "Punjab"),
    ("AF", "Jalalabad", "Helmand province"),
])
def test_a_town_does_not_lie_in_another_region(country: str, town: str, region: str) -> None:
    assert place_level(parse_place(country, town), parse_place(country, region)) == DIFFERENT


def test_washington_is_the_capital_unless_the_state_is_said() -> None:
    assert place_level(parse_place("US", "Washington"), parse_place("US", "D.C.")) >= NESTED
    assert place_level(parse_place("US", "Washington state"), parse_place("US", "Seattle")) == NESTED
    assert place_level(parse_place("US", "Washington"), parse_place("US", "Seattle")) == DIFFERENT
    assert place_level(parse_place("US", "Kabul"), parse_place("US", "Kabul")) == SAME


def test_the_region_code_table_is_what_its_builder_makes() -> None:
    shipped = json.loads(Path(build_region_codes.OUTPUT).read_text(encoding="utf-8"))
    assert shipped == build_region_codes.build()
    assert shipped["NG-27"] == "NG-BO"
