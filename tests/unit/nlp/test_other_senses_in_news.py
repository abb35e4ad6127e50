"""Violence words that report no incident in real news: a rally where someone speaks, kinds of crime listed
together, "shot up to", a habit of the past ("has historically struck"), missiles deployed. Error classes found
on the even-numbered posts of a public news-feed export; sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        '"I am a free-market guy," the candidate said at a rally in Carmel, Indiana, on Sunday.',
        "The state senator made the comment while concluding a speech at a rally on Monday in Raleigh.",
    ],
)
def test_a_rally_where_someone_speaks_is_no_protest(incidents, text: str) -> None:
    assert not incidents(text)


def test_people_marching_at_a_rally_still_protest(incidents) -> None:
    found = incidents("Thousands of people marched at a rally in Raleigh on Monday against the law.")
    assert [(e["type"], e["country"]) for e in found] == [("protest", "US")]


@pytest.mark.parametrize(
    "text",
    [
        "It is also a drug-trafficking, kidnapping, and child pornography issue that affects every state, the "
        "senator said in Washington on Monday.",
        "Half a dozen militant groups in the Garo hills of Meghalaya live by extortion and abduction for ransom.",
    ],
)
def test_kinds_of_crime_listed_together_are_no_incident(incidents, text: str) -> None:
    assert not incidents(text)


def test_a_kidnapping_and_a_robbery_with_an_article_are_an_incident(incidents) -> None:
    found = incidents("The kidnapping and robbery of a trader in Kano on Monday shocked residents.")
    assert [(e["type"], e["country"]) for e in found] == [("civilian_attack", "NG")]


def test_shooting_up_to_a_space_station_is_no_shooting(incidents) -> None:
    assert not incidents("The astronaut shot up to the International Space Station from Kazakhstan on Friday.")


def test_shooting_up_a_police_station_is(incidents) -> None:
    found = incidents("Gunmen shot up a police station in Kano on Monday, killing two officers.")
    assert [e["country"] for e in found] == ["NG"]


def test_what_a_group_has_historically_done_is_a_pattern(incidents) -> None:
    assert not incidents("In its armed campaign, the group has historically struck directly at the security forces "
                         "in Diyarbakir.")


@pytest.mark.parametrize(
    "text",
    [
        "Deploying surface-to-air missiles on our territory is within our rights, the ministry in Beijing said on "
        "Wednesday.",
        "China has deployed missiles to Woody Island in the South China Sea, officials in Taipei said on Wednesday.",
    ],
)
def test_missiles_deployed_are_no_explosion(incidents, text: str) -> None:
    assert not incidents(text)


def test_missiles_supplied_and_then_striking_a_market_are(incidents) -> None:
    found = incidents("Russia supplied the missiles that struck a market in Idlib on Monday, killing 12.")
    assert [(e["type"], e["country"], e["fatalities"]) for e in found] == [("explosion", "SY", 12)]


def test_charges_listed_at_a_plea_still_retell_the_incident(enrich) -> None:
    events = enrich("The suspect pleaded not guilty to murder, attempted murder, assault and robbery in a Brooklyn "
                    "court on Monday.")["events"]
    assert [(e["type"], e["country"], e["background"]) for e in events if e["type"] == "civilian_attack"] == [
        ("civilian_attack", "US", True)]
