"""A clash between a named party's supporters, activists or factions is a riot, as ACLED codes political violence
between party supporters, whatever sticks or blades they carry; a killing told with the crowd in its sentence is the
riot's. A clash in which an armed group fights, or party people clashing with armed men, is not. Class read on the
blind sets read last sessions, in the twenty-third session; sentences written for these tests."""

from __future__ import annotations

import datetime

PUBLISHED = datetime.date(2026, 6, 14)  # a Sunday


def test_two_factions_of_a_party_clashing_riot(incidents) -> None:
    body = ("One man was killed and 18 were injured in a clash between two factions of the Jatiya Party over a "
            "bus terminal in Comilla on Saturday, police said.")
    assert [(e["type"], e["fatalities"]) for e in incidents(body, published=PUBLISHED)] == [("riot", 1)]


def test_supporters_of_rival_leaders_with_machetes_and_guns_riot(incidents) -> None:
    body = ("Supporters of two rival Awami League leaders clashed with sticks, machetes and firearms in Bhola on "
            "Saturday, leaving three people dead, police said.")
    assert [e["type"] for e in incidents(body, published=PUBLISHED)] == ["riot"]


def test_a_killing_amid_the_partisans_is_the_riots(incidents) -> None:
    body = ("One man was killed and 18 were injured in a clash between two factions of the Jatiya Party over a "
            "bus terminal in Comilla on Saturday, police said. The victim was hacked to death as supporters of "
            "the rival groups chased each other through the terminal.")
    assert [e["type"] for e in incidents(body, published=PUBLISHED)] == ["riot"]


def test_a_clash_among_militants_of_a_named_front_stays_a_battle(incidents) -> None:
    body = ("Militants shot dead a commander during a clash between two factions of the National Liberation "
            "Front of Tripura in Dhalai district on Saturday.")
    assert [e["type"] for e in incidents(body, published=PUBLISHED)] == ["battle"]


def test_gunmen_killing_marchers_stay_an_attack(incidents) -> None:
    body = "Gunmen shot dead two supporters of the Awami League at a rally in Feni on Saturday."
    assert "riot" not in [e["type"] for e in incidents(body, published=PUBLISHED)]


def test_an_officers_shooting_told_with_the_rioters_stays_his_own(incidents) -> None:
    title = "Riots erupt in Lyon suburbs after police shoot teenager"
    body = ("Youths set cars ablaze and threw stones at police in several suburbs of Lyon overnight after an officer "
            "shot dead a 17-year-old driver during a traffic stop in Venissieux on Tuesday, police said.")
    found = incidents(body, title=title, published=PUBLISHED)
    assert sorted(e["type"] for e in found) == ["civilian_attack", "riot"]
