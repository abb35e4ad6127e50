"""US datelines with AP-style state abbreviations ("TYRONE, Mo. (AP)"), a town qualified by its state or country
("Tyrone, Mo.", "Kabul, Afghanistan"), and ages set off by commas after a name ("his son, Tom, 7,"), which are no
victims (local US shooting reports read in the twelfth session). Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

PUBLISHED = datetime.date(2026, 6, 23)  # a Tuesday


def _located(found: list[dict]) -> list[tuple[str, str | None, str | None, int | None]]:
    return [(e["type"], e["country"], e["location"], e["fatalities"]) for e in found]


@pytest.mark.parametrize(("dateline", "town"), [
    ("GREENVILLE, N.C. --", "GREENVILLE"),
    ("SPRINGFIELD, Mo. (AP) --", "SPRINGFIELD"),
    ("FAIRFIELD, Calif. -", "FAIRFIELD"),
])
def test_a_dateline_state_abbreviation_gives_the_country_and_the_town_stays_the_place(incidents, dateline: str,
                                                                                      town: str) -> None:
    body = f"{dateline} A gunman shot dead three people at a bar on Monday night, police said."
    assert _located(incidents(body, None, PUBLISHED)) == [("civilian_attack", "US", town, 3)]


def test_an_unknown_county_in_the_dateline_is_placed_by_its_state(incidents) -> None:
    body = "ORCHARD COUNTY, N.C. -- A man shot dead two neighbours at a farm on Monday, the sheriff said."
    assert [(e["country"], e["fatalities"]) for e in incidents(body, None, PUBLISHED)] == [("US", 2)]


@pytest.mark.parametrize(("sentence", "place"), [
    ("A gunman shot dead seven people in Tyrone, Mo., on Monday.", "Tyrone"),
    ("A gunman shot dead seven people in Baltimore, Maryland, on Monday.", "Baltimore"),
])
def test_a_town_qualified_by_its_state_is_the_place(incidents, sentence: str, place: str) -> None:
    assert [e["location"] for e in incidents(sentence, None, PUBLISHED)] == [place]


def test_a_capital_qualified_by_its_country_is_the_place(incidents) -> None:
    found = incidents("Gunmen killed two soldiers in Kabul, Afghanistan, on Monday.", None, PUBLISHED)
    assert [(e["country"], e["location"]) for e in found] == [("AF", "Kabul")]


@pytest.mark.parametrize(("sentence", "toll"), [
    ("The sheriff said Jane Miller and her two sons, Sam, 9, and Ben, 6, died in the shooting on Monday in Dayton, "
     "Ohio.", 2),
    ("A man, 45, was killed in a shooting on Monday in Dayton, Ohio.", 1),
    ("Gunmen killed 12 people, 10 of them soldiers, in Borno State on Monday.", 12),
])
def test_ages_after_names_are_no_victims(incidents, sentence: str, toll: int) -> None:
    assert [e["fatalities"] for e in incidents(sentence, None, PUBLISHED)] == [toll]


def test_an_abbreviation_in_capitals_mid_sentence_is_still_no_place(codes) -> None:
    assert codes("The NC department approved the budget on Monday.") == set()
