"""A single killer's own death told in the killing's sentence counts in its toll ("killed four people before being
shot dead by police": five), as the gold conventions count perpetrators; a sentence opening "Days later," is dated
by the incident told before it, so a strike days after one of last week is last week's too; and a named town
outranks the demonym of its place noun ("in the Pakistani city of Lahore": Lahore); one person listed before others
in a toll's subject counts one ("a soldier and two militants were killed": three). Classes read in the read blind
sets' fatality misses and the tuned sets in the seventeenth session; sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

PUBLISHED = datetime.date(2026, 10, 14)  # a Wednesday


@pytest.mark.parametrize(("body", "toll"), [
    ("A gunman killed four people at a bar in Amarillo on Tuesday before being shot dead by police.", 5),
    ("A gunman killed four people at a bar in Amarillo on Tuesday before he was shot dead by police.", 5),
    ("A gunman killed three people at a church in Amarillo on Tuesday before police shot him dead.", 4),
    ("A former guard shot dead three co-workers at a depot in Amarillo on Tuesday before turning the gun on "
     "himself.", 4),
    ("A gunman killed three people and himself at a church in Amarillo on Tuesday.", 4),
])
def test_the_killers_own_death_counts_in_the_toll(incidents, body: str, toll: int) -> None:
    found = incidents(body, published=PUBLISHED)
    assert [e["fatalities"] for e in found] == [toll]


@pytest.mark.parametrize("body", [
    "A gunman killed three people at a church in Amarillo on Tuesday before he was shot by police.",
    "Gunmen killed three people at a church in Amarillo on Tuesday before being shot dead by police.",
])
def test_a_wounded_killer_or_several_killers_add_no_certain_death(incidents, body: str) -> None:
    found = incidents(body, published=PUBLISHED)
    assert [e["fatalities"] for e in found] == [3]


def test_a_strike_days_after_one_of_last_week_is_last_weeks_too(enrich) -> None:
    title = "Air strike on Yemeni port town kills four"
    body = ("An air strike on a fuel depot in the Yemeni port town of Mokha killed four workers on Tuesday, "
            "officials said.\n\nTensions rose last week after a drone strike on a truck near Hodeidah killed two "
            "drivers.\n\nDays later, an air strike on a market in Taiz killed a trader.")
    events = [e for e in enrich(body, title, PUBLISHED)["events"] if e["incident"] and e["country"] == "YE"]
    current = [e["location"] for e in events if not e["background"]]
    assert current == ["Mokha"]
    assert {e["location"] for e in events if e["background"]} == {"Hodeidah", "Taiz"}


def test_a_named_town_outranks_the_demonym_of_its_place_noun(incidents) -> None:
    body = "A suicide bomber killed nine people at a market in the Pakistani city of Peshawar on Tuesday."
    found = incidents(body, published=PUBLISHED)
    assert [(e["country"], e["location"]) for e in found] == [("PK", "Peshawar")]


@pytest.mark.parametrize(("body", "toll"), [
    ("A soldier and two militants were killed in an encounter in Kupwara district on Tuesday.", 3),
    ("A policeman and a rebel were killed in a clash in Kupwara district on Tuesday.", 2),
    ("A woman and her three children were killed when gunmen attacked their home near Kohat on Tuesday.", 4),
    ("A soldier was killed in an encounter in Kupwara district on Tuesday.", 1),
])
def test_a_single_person_listed_before_others_counts_one(incidents, body: str, toll: int) -> None:
    found = incidents(body, published=PUBLISHED)
    assert [e["fatalities"] for e in found] == [toll]


def test_a_headlines_single_victim_listed_before_others_counts_one(incidents) -> None:
    title = "Soldier, three NPA rebels killed in clash in Negros Oriental"
    found = incidents("Police in the Philippines said the clash broke out at dawn.", title=title, published=PUBLISHED)
    assert [e["fatalities"] for e in found] == [4]


def test_a_count_is_read_across_a_long_group_name_with_a_hyphenated_acronym(incidents) -> None:
    body = ("Three Taliban fighters and five militants of the Islamic State-Khorasan Province (IS-KP) were killed in "
            "a clash in Kunar province on Tuesday, local sources said.")
    found = incidents(body, published=PUBLISHED)
    assert [e["fatalities"] for e in found] == [8]
