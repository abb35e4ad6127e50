"""US counties named with their suffix ("Habersham County", also inside "Columbia County Sheriff's Office"), a hedge
about what a told incident was ("the shooting may be a targeted hit"), and a headline's state that holds the town
the body names ("Michigan shootings" ... "in Kalamazoo": one incident). Local US shooting reports read in the
twelfth session; sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

PUBLISHED = datetime.date(2026, 6, 23)  # a Tuesday


def _placed(found: list[dict]) -> list[tuple[str, str | None, str | None]]:
    return [(e["type"], e["country"], e["location"]) for e in found]


def test_a_us_county_with_its_suffix_places_the_incident_in_the_us(incidents) -> None:
    body = "A man was shot and killed on Sunday night in Habersham County, the sheriff said."
    assert _placed(incidents(body, None, PUBLISHED)) == [("civilian_attack", "US", "Habersham County")]


def test_a_county_in_a_sheriffs_office_name_still_counts_for_the_country(incidents) -> None:
    title = "Georgia shootings: gunman kills two at a home"
    body = "Two women were shot dead on Monday night at a home, said a captain of the Columbia County Sheriff's Office."
    assert {e["country"] for e in incidents(body, title, PUBLISHED)} == {"US"}


def test_a_county_of_another_country_keeps_its_country(incidents) -> None:
    found = incidents("Gunmen killed five herders in Marsabit County on Monday.", None, PUBLISHED)
    assert [e["country"] for e in found] == ["KE"]


@pytest.mark.parametrize("sentence", [
    "The shooting in Dayton, Ohio, on Monday may be a targeted hit, the sheriff said.",
    "The shooting in Dayton, Ohio, on Monday may have been linked to drugs, police said.",
])
def test_a_hedge_about_what_an_incident_was_keeps_the_incident(incidents, sentence: str) -> None:
    assert [e["type"] for e in incidents(sentence, None, PUBLISHED)] == ["civilian_attack"]


@pytest.mark.parametrize("sentence", [
    "An attack in Dayton, Ohio, may be imminent, police warned on Monday.",
    "A shooting in Dayton, Ohio, could be a possibility, police said on Monday.",
])
def test_a_hedge_about_whether_an_incident_will_happen_stays_unreal(incidents, sentence: str) -> None:
    assert incidents(sentence, None, PUBLISHED) == []


def test_a_headline_state_and_the_body_town_inside_it_are_one_incident(incidents) -> None:
    title = "Seven people killed in random Michigan shootings"
    body = ("Seven people were shot and killed on Saturday night in a series of random shootings, police said. "
            "Six of them were shot and killed in three shootings in Kalamazoo on Saturday night, local media said.")
    assert _placed(incidents(body, title, PUBLISHED)) == [("civilian_attack", "US", "Kalamazoo")]


def test_a_body_town_outside_the_headline_state_is_another_incident(incidents) -> None:
    title = "Seven people killed in random Michigan shootings"
    body = ("Seven people were shot and killed on Saturday night in a series of random shootings, police said. "
            "Separately, two people were shot and killed in Dallas on Saturday night, police said.")
    assert {e["location"] for e in incidents(body, title, PUBLISHED)} == {"Michigan", "Dallas"}


def test_a_county_qualified_by_its_state_is_located_at_the_state(incidents) -> None:
    body = "A gunman shot dead seven people at three homes in Pike County, Ohio, on Monday, the sheriff said."
    assert _placed(incidents(body, None, PUBLISHED)) == [("civilian_attack", "US", "Ohio")]
