"""National news of South Asia and war stories told without a headline. Classes read on a sample of Indian dailies
and of world wire copy (the twenty-seventh session): an accused "booked for" an assault, a roof that caved in,
"disaster struck", a list of "crimes including" killings, a hit-and-run; a town "near" a country is not in it; a
story whose opening sentence is a hook dates its attack later, and one whose lead tells armed men seizing ground
tells its killings after it without a date. Sentences written for these tests, not taken from the texts read."""

from __future__ import annotations

import datetime

import pytest

TUESDAY = datetime.date(2026, 5, 19)


def _told(incidents, body: str, title: str | None = None) -> list[tuple]:
    return [(e["type"], e["country"]) for e in incidents(body, title=title, published=TUESDAY)]


@pytest.mark.parametrize("sentence", [
    "Police in Nagpur have booked cases against six youths for allegedly assaulting a traffic constable near the "
    "railway station on Sunday.",
    "Two porters were killed in Indore on Monday when the roof of a grain shed caved in on them, police said.",
    "Disaster struck a fishing village near Kollam on Sunday when a boat carrying eleven men was killed by waves.",
    "A report by the panel on Monday listed crimes including arson, rape and murder in camps across Darfur.",
    "A cyclist was killed in a hit-and-run on a Chennai ring road on Monday, traffic police said.",
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
        "Soldiers seized rifles, grenades and two trucks of fertiliser from insurgent hideouts near Imphal, the "
        "home minister said on Monday in a review of the year.",
        "An ambush on a patrol in the hills had led them to the depots, he said.",
        "The minister promised new roads and schools for the border districts and said talks with two armed "
        "groups would resume in the new year.",
        "He also announced special courts to hear the cases of hundreds of men detained over the year.",
    )
    assert _told(incidents, body) == []


def test_people_protesting_are_a_demonstration(incidents) -> None:
    found = _told(incidents, "Nurses are protesting outside the health ministry in Lahore over unpaid wages.")
    assert found == [("protest", "PK")]


def test_a_hunger_strike_dated_today_is_no_attack_that_keeps_a_story_news(incidents) -> None:
    body = _untitled(
        "A union leader was detained in Colombo on Monday, police said.",
        "He had been on a hunger strike since Monday over unpaid pensions for dock workers.",
        "Officers carried him from his tent outside the port before dawn, and colleagues said he was taken to a clinic.",
        "Last year, dock workers clashed with police at the same gate during a strike over wages.",
        "His union said the detention was illegal and that the fast would go on in his cell.",
    )
    assert _told(incidents, body) == []


@pytest.mark.parametrize("sentence", [
    "Crowds gathered in Kochi on Saturday as the decade-old murder of two traders was finally explained by detectives.",
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
    ("The slow march toward approval of the new constitution went on in Lagos on Monday, delegates said.", []),
    ("Thousands of farmers began a march toward the capital in Lahore on Monday to demand higher prices.",
     [("protest", "PK")]),
])
def test_a_march_toward_a_goal_is_progress_and_toward_a_place_a_protest(incidents, sentence: str, expected) -> None:
    assert _told(incidents, sentence) == expected


def test_westminster_is_the_british_parliament(incidents) -> None:
    assert _told(incidents, "Hundreds of nurses protested outside Westminster on Monday over pay.") == [("protest", "GB")]


def test_a_strike_by_jets_is_an_air_strike(incidents) -> None:
    found = _told(incidents, "Coalition jets struck rebel positions near Saada on Monday, killing 12 fighters.")
    assert found == [("explosion", "YE")]


@pytest.mark.parametrize("sentence", [
    "The activist's hunger strike protest outside the secretariat in Chennai entered its fifth day on Monday.",
    "Five prisoners in Colombo began a protest fast on Monday, refusing food until their cases are heard.",
])
def test_a_fast_called_a_protest_is_no_demonstration(incidents, sentence: str) -> None:
    assert _told(incidents, sentence) == []


def test_hit_and_run_attacks_by_insurgents_stay_attacks(incidents) -> None:
    found = _told(incidents, "Insurgents killed four policemen in hit-and-run attacks on checkpoints in Kunar on Monday.")
    assert found == [("battle", "AF")]


def test_a_police_strike_dated_today_keeps_a_quiet_story_quiet(incidents) -> None:
    body = _untitled(
        "The airport in Liege will reopen to passengers on Sunday, its operator said.",
        "The reopening was delayed on Friday by a strike by airport police over staffing.",
        "Two years ago a bomb killed four people at a railway station in the city.",
        "Airlines said they would add flights over the summer to make up for the lost week.",
    )
    assert _told(incidents, body) == []


def test_a_tank_that_fires_is_no_falling_structure(incidents) -> None:
    found = _told(incidents, "An army tank fired on a village near Kidal on Monday, killing three civilians, residents said.")
    assert found == [("civilian_attack", "ML")]
