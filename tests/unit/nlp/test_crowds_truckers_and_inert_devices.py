"""Crowds, truckers and devices that did nothing (classes read on Indian and Pakistani news in the twenty-ninth
session): people protesting in a named place demonstrate, once per place listed; truck drivers are no sport; a crowd
that attacks or thrashes people riots; a device only owned or named is no explosion; a code section a case cites
names no incident; a title-case headline's plural attacks over two towns are a total. Sentences written for these
tests, not taken from the texts read."""

from __future__ import annotations

import datetime

TUESDAY = datetime.date(2026, 5, 19)


def _told(incidents, body: str, title: str | None = None) -> list[tuple]:
    return [(e["type"], e["country"]) for e in incidents(body, title=title, published=TUESDAY)]


def test_people_protesting_in_a_named_place_demonstrate(incidents) -> None:
    assert _told(incidents, "Bus drivers protested against the new fuel tax in Jaipur on Monday.") == [
        ("protest", "IN")]


def test_one_persons_objection_is_no_demonstration(incidents) -> None:
    assert _told(incidents, "The minister protested the decision in a letter to the council in Brussels on Monday.") \
        == []


def test_a_protest_in_a_list_of_towns_is_one_per_town(incidents) -> None:
    found = incidents("Bus drivers protested against the new fuel tax in Jaipur, Indore and Ranchi on Monday.",
                      published=TUESDAY)
    assert sorted(e["location"] for e in found) == ["Indore", "Jaipur", "Ranchi"]
    assert {e["type"] for e in found} == {"protest"}


def test_truck_drivers_make_no_sport_article(incidents) -> None:
    body = ("Truck drivers staged protests in Indore on Monday against the new fuel tax. Bus drivers and "
            "taxi drivers joined the truck drivers, and the union said more truck drivers would join on Tuesday. "
            "Tanker drivers stayed away, fuel dealers said.")
    assert ("protest", "IN") in _told(incidents, body, title="Truck drivers protest fuel tax")


def test_a_crowd_attacking_a_policeman_riots(incidents) -> None:
    assert _told(incidents, "Protesting farmers attacked a policeman at a toll plaza near Surat on Monday.") == [
        ("riot", "IN")]


def test_villagers_thrashing_a_man_is_mob_violence(incidents) -> None:
    assert _told(incidents, "Villagers thrashed a man accused of stealing a goat in Gaya on Monday.") == [("riot", "IN")]


def test_a_crowd_attacking_a_plan_is_no_riot(incidents) -> None:
    assert _told(incidents, "Workers attacked the new pension plan at a meeting in Paris on Monday.") == []


def test_armed_youths_are_a_militia_not_a_crowd(incidents) -> None:
    assert _told(incidents, "Armed youths attacked an army post in Jonglei State on Monday.") == [("battle", "SS")]


def test_a_device_only_owned_is_no_explosion(incidents) -> None:
    assert _told(incidents, "Police said the rifles and an IED belonged to a rebel unit in Bastar District.") == []


def test_a_dropped_bomb_is_an_explosion(incidents) -> None:
    assert _told(incidents, "An army helicopter dropped a bomb on a market near Sagaing on Monday.") == [
        ("explosion", "MM")]


def test_the_names_of_code_sections_a_case_cites_are_no_incidents(incidents) -> None:
    body = ("Police registered a case against the leaders under sections 326 (grievous hurt) and 302 (murder) of "
            "the penal code in Kozhikode on Monday.")
    assert _told(incidents, body) == []


def test_a_title_case_headline_over_two_towns_leaves_each_its_own_toll(incidents) -> None:
    found = incidents("Gunmen killed 18 people in a village near Kandahar on Sunday, police said. In Herat, 12 people "
                      "died when attackers stormed a market on Monday.", title="30 Killed in Attacks in Kandahar and Herat",
                      published=TUESDAY)
    assert sorted(e["fatalities"] for e in found) == [12, 18]


def test_a_group_of_villagers_attacking_a_policeman_riots(incidents) -> None:
    assert _told(incidents, "Police said a policeman was injured when a group of villagers attacked him near Surat on "
                            "Monday.") == [("riot", "IN")]
