"""Tolls that the words next to a death word do not give: a toll that rose to a figure across a long phrase, the
dead who "lost their lives", and the other side's dead told in a later sentence. Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

PUB = datetime.date(2025, 3, 12)  # a Wednesday


def _toll(found: list[dict], country: str) -> int | None:
    tolls = [e["fatalities"] for e in found if e["country"] == country and not e["background"]]
    return max((t for t in tolls if t is not None), default=None)


@pytest.mark.parametrize(
    "text, country, expected",
    [
        ("The death toll from Tuesday's bombing of a market in Mogadishu has risen to 31, officials said. "
         "Initial reports had said 12 people were killed.", "SO", 31),
        ("The toll from the attack on the church in Kaduna on Tuesday stood at 40.", "NG", 40),
        ("Security forces killed 12 militants in an operation in North Waziristan on Tuesday, the military said. "
         "Two soldiers lost their lives in the exchange of fire.", "PK", 14),
        ("Militants stormed a police post in Bannu on Tuesday, killing three policemen. Four attackers were killed "
         "in the gunfight that followed.", "PK", 7),
        ("Troops killed 20 militants in clashes in Helmand on Tuesday. Twenty militants and two soldiers were killed "
         "in the fighting, officials said.", "AF", 22),
        ("Gunmen killed five soldiers in an ambush in Borno on Tuesday. Three soldiers were wounded.", "NG", 5),
    ],
)
def test_the_incident_toll(incidents, text: str, country: str, expected: int) -> None:
    assert _toll(incidents(text, published=PUB), country) == expected


def test_a_war_or_genocide_total_is_no_incident_toll(incidents) -> None:
    found = incidents("About 800,000 people were killed by militias in Rwanda after the assassination of the president, "
                      "the minister said on Tuesday.", published=PUB)
    assert all(e["fatalities"] is None for e in found)


@pytest.mark.parametrize(
    "title, body, country, expected",
    [
        ("Three militants killed in Kashmir gunfight",
         "Troops killed three suspected militants in a gunfight in Kupwara on Tuesday, the army said.", "IN", 3),
        ("Bombs kill more than 140 in Syrian cities",
         "A monitor said 145 people were killed in attacks by at least five suicide bombers in Jableh on Tuesday.",
         "SY", 145),
    ],
)
def test_a_toll_retold_in_the_body_is_not_added_again(incidents, title: str, body: str, country: str,
                                                      expected: int) -> None:
    assert _toll(incidents(body, published=PUB, title=title), country) == expected
