"""Violent words in general news that report no incident, and places that are nationalities: error classes read
off real 2016 wire news (a public news-feed export); sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

PUB = datetime.date(2025, 3, 12)  # a Wednesday


@pytest.mark.parametrize(
    "text",
    [
        # a campaign asked to stop is no incident
        "The opposition stayed away from the talks in Geneva on Tuesday, demanding an end to air strikes on "
        "rebel-held towns.",
        # a massacre denied, not reported
        "Some politicians in Tokyo deny a massacre took place at all, the historian said on Tuesday.",
        # weather that kills is no attack
        "A blizzard paralysed Chicago on Tuesday, killing at least 12 people across the region.",
        # who the groups are, not what they did
        "The list names the main armed groups fighting in eastern Congo, officials in Kinshasa said on Tuesday.",
        # a ranking of past attacks
        "Prosecutors in Denver said on Tuesday the phone holds evidence about one of the worst attacks in the state.",
        # what gangs do, told in the present
        "Police in Tegucigalpa said on Tuesday. Gangs in the city carry out kidnappings and contract killings.",
        # a parade and a candidate's rally
        "Soldiers marched through Abuja on Tuesday to mark Armed Forces Day.",
        "At a campaign rally in Atlanta on Tuesday, the senator promised lower taxes.",
        # a retort
        "\"We will not back down,\" the mayor of Lyon shot back on Tuesday.",
        # a question quoted, an idiom, a bank's name
        "A user in Hartford had posted on Tuesday: \"Is someone going to bomb the rally or am I going to have to?\"",
        "Robots are already on the march in Seoul, moving from factories into homes, analysts said on Tuesday.",
        "The underwriting banks in London on Tuesday were Barclays, Bank of America Merrill Lynch and Citigroup.",
        # an idea turned down, photographs, a civil suit over old abuse, a bomb scare
        "Reporters in Boston said she could be questioned, but she quickly shot that down on Tuesday.",
        "Tourists in Lisbon spent Tuesday shooting with a phone from the old castle walls.",
        "The plaintiffs, who said they were held captive and beaten as children, sued the company in Abidjan on "
        "Tuesday.",
        "An air base near Lagos went into lockdown on Tuesday after a bomb scare.",
        # a volcano, a shot at oneself, support rallied
        "A volcano erupted in western Indonesia on Tuesday, killing six people.",
        "A toddler shot herself in the head at a home near Sacramento on Tuesday, the sheriff said.",
        "The party chairman spent Tuesday in Denver trying to rally donors behind the nominee.",
        # a dispute, a rally that cannot be held, what was going to happen, a speaker named like a trigger word
        "The nomination has provoked a political clash between the president and the Senate in Washington on "
        "Tuesday, after the judge's death.",
        "\"You can't even have a rally in a big city in this country anymore,\" the candidate said in Ohio on Tuesday.",
        "The balloon over Natick got really big and it looked like it was going to explode, a student said on Tuesday.",
        "The intrusion at the dam in Rye Brook on Tuesday was especially alarming, Lynch said.",
        # campaigns and trends, not one incident
        "The agency in Washington said on Tuesday it works in an era of terrorist alerts and random shootings.",
        "Ankara said on Tuesday that Washington is leading its own campaign of air strikes against militants in Iraq.",
        "Officials in Aleppo said on Tuesday that government forces have recently stepped up bombardment of the "
        "province.",
        # a date written out with an earlier year
        "Activists in Cairo recalled on Tuesday how they joined the protests on Jan. 25, 2011, a public holiday.",
    ],
)
def test_no_incident_is_reported(incidents, text: str) -> None:
    assert not incidents(text, published=PUB)


def test_soldiers_killed_by_unnamed_attackers_are_a_battle(incidents) -> None:
    found = incidents("Two soldiers were killed on Tuesday in Kunar province.", published=PUB)
    assert [(e["type"], e["country"]) for e in found] == [("battle", "AF")]


def test_a_nationality_named_by_a_country_is_not_the_place(incidents) -> None:
    text = ("Iraqi forces searched Baghdad on Wednesday for missing foreigners. Three U.S. contractors were "
            "kidnapped in the south of the city on Tuesday, police said.")
    assert {e["country"] for e in incidents(text, published=PUB)} == {"IQ"}


def test_the_city_of_protesters_is_their_place(incidents) -> None:
    text = "Thousands of Kumasi protesters looted shops on Tuesday, police said."
    assert {(e["type"], e["country"]) for e in incidents(text, published=PUB)} == {("riot", "GH")}


def test_a_war_told_in_the_present_progressive_is_no_incident(incidents) -> None:
    text = ("Two bombs killed 40 people in Jableh on Tuesday. The group, which is fighting against government "
            "forces in Homs, claimed the bombings.")
    assert {(e["type"], e["location"]) for e in incidents(text, published=PUB)} <= {("explosion", "Jableh"),
                                                                                     ("explosion", "Homs")}


def test_a_known_event_of_a_place_told_after_the_lead_is_background(incidents) -> None:
    text = "An exhibition of war posters opened in Tokyo on Tuesday. One page shows the bombing of Hiroshima."
    assert not incidents(text, published=PUB)
