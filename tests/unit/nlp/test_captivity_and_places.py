"""Abductions and places in incident summaries: an abduction dated days before its rescue is news, a hostage held
"captive" after its noun, a run-on line whose source hangs on the verb, a planned date that is not the news date,
and small foreign places the text's own districts contradict. Error classes found on the SATP training reports;
sentences written for these tests."""

from __future__ import annotations

import pytest


def _kinds(found: list[dict]) -> list[tuple[str, str | None]]:
    return [(e["type"], e["country"]) for e in found]


def test_an_abduction_dated_two_days_before_its_rescue_is_news(incidents) -> None:
    found = incidents("Police in Assam on March 3 rescued a trader who was abducted by a gang from a village in "
                      "Kokrajhar District on March 1, reports the Sentinel.")
    assert _kinds(found) == [("civilian_attack", "IN")]


@pytest.mark.parametrize(
    "text",
    [
        "Police in Assam on March 3 rescued a trader who had been abducted by militants from Kokrajhar District.",
        "Two traders who had been abducted by militants from Silchar on January 25 were released in Cachar "
        "District on March 3.",
    ],
)
def test_an_abduction_ended_by_a_rescue_without_a_recent_date_stays_background(incidents, text: str) -> None:
    assert not incidents(text)


def test_hostages_held_captive_are_an_abduction(incidents) -> None:
    assert _kinds(incidents("Maoists held three villagers captive in Nawada District on June 22.")) == [
        ("civilian_attack", "IN")]


def test_a_captive_audience_is_no_hostage(incidents) -> None:
    assert not incidents("The film held a captive audience for two hours in Mumbai on Monday.")


def test_a_run_on_line_whose_source_hangs_on_the_verb_is_no_criticism(incidents) -> None:
    found = incidents("Maoist cadres abducted five persons including four officials from Chitrakonda in Malkangiri "
                      "District on January 13 reports The Times of India Odisha is going to have panchayat village "
                      "level local self government institution elections on February 13 15 17 19 21 2017")
    assert _kinds(found) == [("civilian_attack", "IN")]


def test_attacking_a_decision_is_still_criticism(incidents) -> None:
    assert not incidents("The opposition attacked the decision and the minister on Monday in Delhi.")


@pytest.mark.parametrize(
    "later",
    ["The polls will be held on March 20.", "The party plans to hold a rally in the town on March 25."],
)
def test_a_date_yet_to_come_does_not_age_an_undated_summary(incidents, later: str) -> None:
    found = incidents(f"Militants abducted two traders in Gaya District on March 2. {later}")
    assert _kinds(found) == [("civilian_attack", "IN")]


def test_a_later_date_of_news_still_ages_an_undated_summary(incidents) -> None:
    found = incidents("Militants abducted two traders in Gaya District on March 2. The men were released on "
                      "March 20.")
    assert [e for e in found if e["type"] == "civilian_attack"] == []


def test_a_small_foreign_city_gives_way_to_the_district_the_text_names(incidents) -> None:
    found = incidents("Militants opened fire and injured a village council member at Dar village in Kupwara "
                      "District on May 3.")
    assert _kinds(found) == [("civilian_attack", "IN")]


def test_the_same_small_city_keeps_its_country_when_the_text_agrees(incidents) -> None:
    found = incidents("Gunmen shot dead two traders in Dar on Monday, police in Cambodia said.")
    assert _kinds(found) == [("civilian_attack", "KH")]


def test_a_loose_spelling_of_a_foreign_district_does_not_move_an_incident_abroad(incidents) -> None:
    found = incidents("An explosive device planted in an oil tanker went off in Changai area in Landikotal town of "
                      "Khyber Agency on June 9, reports Daily Times.")
    assert [e["country"] for e in found] == ["PK"]


def test_a_city_name_that_only_begins_a_local_name_is_not_that_city(incidents) -> None:
    found = incidents("Six militants were killed by commandos in a raid in Bala Balok District of Farah Province on "
                      "June 30.")
    assert [e["country"] for e in found] == ["AF"]


def test_a_tribal_agency_is_a_place_not_an_actor(incidents) -> None:
    found = incidents("At least five militants were killed when a US drone fired two missiles at a compound in North "
                      "Waziristan Agency on January 19.")
    assert [(e["type"], e["country"]) for e in found] == [("explosion", "PK")]


def test_an_agency_of_a_country_is_still_an_actor(incidents) -> None:
    found = incidents("Gunmen killed two guards of a US agency on Monday, officials in Kabul said.")
    assert [e["country"] for e in found] == ["AF"]
