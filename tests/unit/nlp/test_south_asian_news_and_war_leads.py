"""National news of South Asia and war stories told without a headline. Classes read on a sample of Indian dailies
and of world wire copy (the twenty-seventh session): an accused "booked for" an assault, a wall that caved in on
labourers, "tragedy struck", "war crimes including murder", a hit-and-run; a town "near" a country is not in it; a
story whose opening sentence is a hook dates its attack later, and one whose lead tells rebels seizing ground tells
its killings after it without a date. Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

TUESDAY = datetime.date(2026, 5, 19)


def _told(incidents, body: str, title: str | None = None) -> list[tuple]:
    return [(e["type"], e["country"]) for e in incidents(body, title=title, published=TUESDAY)]


@pytest.mark.parametrize("sentence", [
    "Police in Nagpur have booked six men for allegedly assaulting a fruit seller on Sunday, officers said.",
    "Three labourers were killed in Indore after a wall caved in at a building site on Monday, police said.",
    "Tragedy struck a family in Kottayam on Sunday when a man was found dead in his house.",
    "The panel accused the armed groups in Sudan of crimes including murder and torture in a report on Monday.",
    "A woman was killed on the Pune highway on Monday in a hit-and-run involving a speeding van, police said.",
])
def test_a_charge_an_accident_or_a_list_of_crimes_is_no_incident(incidents, sentence: str) -> None:
    assert _told(incidents, sentence) == []


def test_fighting_after_a_ceasefire_collapsed_stays_a_battle(incidents) -> None:
    found = _told(incidents, "Fighting resumed near Gao on Monday after a ceasefire collapsed, the army said.")
    assert found == [("battle", "ML")]


def test_a_town_near_a_country_is_not_in_it(incidents) -> None:
    found = _told(incidents, "A Chilean radio host was shot dead on Monday in a mining town near Argentina.")
    assert found == [("civilian_attack", "CL")]


def _untitled(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)  # an article whose feed dropped the headline


def test_an_attack_dated_after_a_hook_keeps_the_story_news(incidents) -> None:
    body = _untitled(
        "For thirty years the old market was the heart of the town.",
        "Traders in Jos are counting their losses after the deadly attack in the town on Saturday.",
        "Eleven people were killed when gunmen opened fire between the stalls in Jos.",
        "Many of the traders had only just restocked for the festive season, and few of them had insurance of any "
        "kind for their goods or their stalls.",
        "A fund set up by the state government has promised grants to the worst affected families, but traders "
        "say no money has reached them yet.",
        "The market is expected to stay closed for at least two weeks while engineers check the buildings around it.",
    )
    assert ("civilian_attack", "NG") in _told(incidents, body)


def test_killings_told_after_a_lead_of_ground_seized_by_rebels_are_news(incidents) -> None:
    body = _untitled(
        "Insurgents seized the airport and the town hall in Kidal on Monday and raised their flag, residents said.",
        "Four villagers were killed when the fighters fired on a crowd that had gathered at the gate of the airport.",
        "The army has not commented, and the government in Bamako did not answer calls from reporters on Monday.",
        "The region has changed hands several times in the past decade, and its towns depend on convoys that "
        "travel the desert roads from the south.",
        "Aid groups said food prices in the market had doubled in a month and that wells along the roads had run dry.",
    )
    assert ("civilian_attack", "ML") in _told(incidents, body)


def test_a_figure_of_speech_dated_today_keeps_a_quiet_story_quiet(incidents) -> None:
    body = _untitled(
        "Esperance beat their old rivals 3-1 in a noisy derby at the national stadium in Tunis on Sunday.",
        "\"Our supporters smashed it today, they pushed us on,\" the striker said after the match.",
        "The fight for the points turned ugly in the second half, with six yellow cards and a red card for a "
        "midfielder, and both goalkeepers were kept busy until the final whistle.",
        "The win lifts Esperance to the top of the table, a point ahead of the champions with three matches to play "
        "and a cup final to come in the spring.",
        "Their coach said his squad had shown spirit after a hard month of injuries, bans and long trips across "
        "the country for away games.",
    )
    assert _told(incidents, body) == []


def test_a_lead_of_arms_seized_tells_no_war_front(incidents) -> None:
    body = _untitled(
        "Nearly 900 militants were arrested across the state last year and a large cache of arms seized, the "
        "governor told the assembly in Guwahati on Monday.",
        "A blast in a market in the north led to the arrest of 12 members of a cell from three districts.",
        "He said the remaining members would be caught soon and that the police had recovered 200 grenades from "
        "hideouts in the hills.",
        "The government has set up special courts to try the cases quickly and has asked for more paramilitary "
        "companies before the elections in the spring.",
    )
    assert _told(incidents, body) == []


def test_people_protesting_are_a_demonstration(incidents) -> None:
    found = _told(incidents, "Nurses are protesting against the hospital board in Lahore over unpaid wages.")
    assert found == [("protest", "PK")]


def test_a_story_about_drivers_is_no_sports_story(incidents) -> None:
    body = _untitled(
        "Taxi drivers in Karachi held a protest outside the transport office on Monday against a new daily fine.",
        "The drivers say the fine is too high for drivers who earn little, and that drivers were not consulted.",
        "Officials said they would meet the drivers' union this week, but drivers vowed to return if nothing changed.",
    )
    assert _told(incidents, body) == [("protest", "PK")]


def test_a_hunger_strike_dated_today_is_no_attack_that_keeps_a_story_news(incidents) -> None:
    body = _untitled(
        "The opposition leader was detained in Patna on Monday, police said.",
        "He had been on a hunger strike since Monday against the cancelled exams.",
        "Officers removed him from the site before dawn, and supporters said he was taken to a hospital.",
        "Last year, protesters clashed with police near the same ground during a march over jobs.",
        "His party said the detention was illegal and that the strike would go on in jail.",
    )
    assert _told(incidents, body) == []


@pytest.mark.parametrize("sentence", [
    "Police in Kochi on Saturday solved a decade-old double murder and arrested the victims' nephew.",
    "Attacks on police posts in Rajouri in recent months have worried officials, the minister said on Monday.",
    "Raids on army camps in Rajouri during the last few months have worried officials, the minister said on Monday.",
])
def test_an_old_or_spread_out_incident_is_no_news(incidents, sentence: str) -> None:
    assert _told(incidents, sentence) == []


def test_a_region_named_by_bearings_alone_gets_no_country_of_its_own(incidents) -> None:
    found = _told(incidents, "Protesters blocked highways across the North East on Monday against a new law.")
    assert all(country in (None, "IN") for _, country in found)
    assert ("protest", "BW") not in found


@pytest.mark.parametrize("sentence, expected", [
    ("The long march toward publication of a second novel by the reclusive writer went on in Lagos on Monday.", []),
    ("Thousands of farmers began a march toward the capital in Lahore on Monday to demand higher prices.",
     [("protest", "PK")]),
])
def test_a_march_toward_a_goal_is_progress_and_toward_a_place_a_protest(incidents, sentence: str, expected) -> None:
    assert _told(incidents, sentence) == expected
