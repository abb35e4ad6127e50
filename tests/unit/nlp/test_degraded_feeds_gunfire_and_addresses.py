"""Incident reports from feeds that lost their spaces ("(UDF)cadres", "on June 20night"), undated reports whose
news date is not a date written with its year, gunfire that is no blaze ("sniper fire", "returned fire"),
words of a proper name that are no frame ("Riverside Sports Ground"), a police station named as an address, "so far"
that counts nothing, an attack done with a device, a mine blast away from any mine, what charges hold, and a weapon
word in a unit's name or a body named for what it fights ("a counter kidnapping cell"). Classes read in SATP train
reports in the fourteenth session; sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

PUBLISHED = datetime.date(2026, 6, 23)  # a Tuesday


def _types(found: list[dict]) -> list[tuple[str, str | None]]:
    return [(e["type"], e["country"]) for e in found]


def test_a_bracket_glued_to_the_next_word_leaves_the_word_readable(incidents) -> None:
    body = ("Members of the United Democratic Front (UDF)cadres have killed a retired headmaster in Malkangiri "
            "District of Odisha on June 21.")
    assert _types(incidents(body)) == [("civilian_attack", "IN")]


def test_a_day_glued_to_the_next_word_still_dates_the_report(incidents) -> None:
    body = ("Unknown assailants ambushed a patrol and gunned down three policemen in Karak District of Khyber "
            "Pakhtunkhwa on June 20night.")
    found = incidents(body)
    assert _types(found) == [("battle", "PK")]


def test_a_date_written_with_its_year_does_not_date_an_undated_report(incidents) -> None:
    body = ("Two militants and a constable were killed in an encounter in Warangal District of Telangana on June 18. "
            "The militants had escaped from a jail in Madhya Pradesh on October 3, 2019.")
    assert _types(incidents(body)) == [("battle", "IN")]


@pytest.mark.parametrize("body", [
    "A soldier was killed when militants opened fire on a check post in Bajaur Agency of Pakistan on June 21 "
    "two soldiers posted at the post were targeted with sniper fire from across the border officials said",
    "Troops posted at a border post in Mohmand Agency of Pakistan returned fire on June 21 after coming under "
    "attack by militants.",
])
def test_gunfire_is_no_blaze(incidents, body: str) -> None:
    assert _types(incidents(body)) == [("battle", "PK")]


def test_a_house_fire_is_still_no_incident(incidents) -> None:
    body = "Two children died when a fire gutted their house in Lahore, Pakistan, on June 21."
    assert incidents(body) == []


def test_a_sport_word_inside_a_place_name_does_not_make_a_shooting_sport(incidents) -> None:
    body = ("A shopkeeper was shot dead in a targeted attack near Jinnah Sports Complex in Karachi, Pakistan, on "
            "June 21.")
    assert _types(incidents(body)) == [("civilian_attack", "PK")]


def test_a_police_station_named_as_an_address_is_no_target(incidents) -> None:
    body = ("A party worker was shot dead in a targeted attack within the limits of Ranipur Police Station in "
            "Karachi, Pakistan, on June 21.")
    assert _types(incidents(body)) == [("civilian_attack", "PK")]


def test_an_attack_on_a_police_station_is_still_a_battle(incidents) -> None:
    body = "Militants attacked the Ranipur Police Station in Karachi, Pakistan, on June 21."
    assert _types(incidents(body)) == [("battle", "PK")]


def test_so_far_that_counts_no_toll_leaves_the_attack_news(incidents) -> None:
    body = ("Militants ambushed an army convoy in Kech District of Balochistan on June 21 killing two soldiers "
            "and no group has so far claimed responsibility for the ambush")
    found = incidents(body)
    assert [(e["type"], e["country"], e["fatalities"]) for e in found] == [("battle", "PK", 2)]


def test_an_attack_done_with_a_device_is_an_explosion(incidents) -> None:
    body = ("A pipeline crew's van was attacked with a remote controlled device near Sibi, Balochistan, on June 21, "
            "wounding four workers.")
    assert _types(incidents(body)) == [("explosion", "PK")]


def test_a_mine_blast_away_from_a_mine_is_a_landmine(incidents) -> None:
    body = "Two civilians lost their lives due to mine blast in Kunar Province of Afghanistan on June 21."
    assert _types(incidents(body)) == [("explosion", "AF")]


@pytest.mark.parametrize("body", [
    "A mine blast trapped 20 miners in a colliery near Quetta, Pakistan, on June 21.",
    "Three workers died in a coal mine blast near Quetta, Pakistan, on June 21.",
])
def test_a_blast_in_a_mine_is_an_accident(incidents, body: str) -> None:
    assert incidents(body) == []


@pytest.mark.parametrize("body", [
    "The prosecution pressed charges against six suspects in Rangpur, Bangladesh, on June 21. The charges they face "
    "include murdering a villager and a teacher.",
    "A tribunal in Dhaka, Bangladesh, heard on June 21 a case that concerns the killing of two traders.",
])
def test_what_charges_or_a_case_hold_is_retold(incidents, body: str) -> None:
    assert [e for e in incidents(body) if e["type"] == "civilian_attack"] == []


def test_a_weapon_word_in_a_units_name_is_no_weapon(incidents) -> None:
    body = "Militants attacked soldiers of the 41 Artillery Unit near Rajouri in Jammu District on June 21."
    assert _types(incidents(body)) == [("battle", "IN")]


def test_the_date_a_report_was_told_does_not_date_the_old_attack_beside_it(incidents) -> None:
    body = ("Investigators had evidence of the spy agency's role in the November 26, 2008, Mumbai attack, "
            "reportsNewsWire.com on May 6 quoting a newspaper.")
    assert incidents(body) == []


def test_a_fighter_of_islamic_state_killed_on_a_weekday_is_news(incidents) -> None:
    body = ("A soldier of the coalition fighting Islamic State was killed on Monday in northern Iraq by a rocket, "
            "an official said.")
    assert [e["country"] for e in incidents(body, None, PUBLISHED)] == ["IQ"]


def test_the_start_of_a_period_is_no_news_date(incidents) -> None:
    body = ("Militants shot dead a trader in Shillong, Meghalaya, on December 9, police said on December 10. "
            "Extortion demands on traders in the district have risen since January 3.")
    assert _types(incidents(body)) == [("civilian_attack", "IN")]


def test_a_body_named_for_what_it_fights_is_no_incident(incidents) -> None:
    body = "Police in Peshawar, Pakistan, set up a counter kidnapping cell on June 21."
    assert incidents(body) == []


def test_a_date_after_a_verb_of_telling_and_its_subject_dates_the_attack(incidents) -> None:
    body = ("Activists said jets on Monday carried out an air strike on a rebel-held village near Idlib, Syria, "
            "killing four people.")
    assert _types(incidents(body, None, PUBLISHED)) == [("explosion", "SY")]
