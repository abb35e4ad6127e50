"""Abductions worded without "abduct" or "kidnap", partitive victims and tolls ("three of the ten"), blame for an
old incident ("was behind", "responsible for"), devices recovered in a misparsed list, and the month "March" that
opens a sentence (SATP train read in the eleventh session). Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

PUBLISHED = datetime.date(2026, 6, 23)  # a Tuesday


def _typed(found: list[dict]) -> list[tuple[str, str, int | None]]:
    return [(e["type"], e["country"], e["fatalities"]) for e in found]


@pytest.mark.parametrize("body", [
    "Two traders were held for ransom by gunmen in Bannu District of Khyber Pakhtunkhwa on June 22.",
    "A contractor was forcibly taken away by armed men from Bannu District of Khyber Pakhtunkhwa on June 22.",
    "Militants snatched a contractor from his home in Bannu District of Khyber Pakhtunkhwa on June 22.",
    "Two engineers were seized by insurgents in Bannu District of Khyber Pakhtunkhwa on June 22.",
])
def test_abductions_in_other_words_are_attacks_on_civilians(incidents, body: str) -> None:
    assert _typed(incidents(body, None, PUBLISHED)) == [("civilian_attack", "PK", None)]


@pytest.mark.parametrize("body", [
    "Police seized two suspects in Bannu District of Khyber Pakhtunkhwa on June 22.",
    "The militants took away the villagers' mobile phones in Bannu District of Khyber Pakhtunkhwa on June 22.",
])
def test_arrests_and_stolen_things_are_no_abduction(incidents, body: str) -> None:
    assert incidents(body, None, PUBLISHED) == []


def test_security_forces_killing_some_of_a_group_is_a_battle_with_the_part_as_toll(incidents) -> None:
    body = "Security forces killed three of the ten terrorists in Kupwara District of Jammu and Kashmir on June 22."
    assert _typed(incidents(body, None, PUBLISHED)) == [("battle", "IN", 3)]


def test_a_part_named_after_the_toll_is_not_added_to_it(incidents) -> None:
    body = "Militants killed 12 villagers, three of them children, in Kupwara District of Jammu and Kashmir on June 22."
    assert _typed(incidents(body, None, PUBLISHED)) == [("civilian_attack", "IN", 12)]


def test_blame_for_an_undated_killing_retells_it(incidents) -> None:
    body = ("The outfit was behind the recent killing of a shopkeeper in Rangpur and was also responsible for "
            "bomb attacks on two temples in Dinajpur, police said on June 22.")
    assert incidents(body, None, PUBLISHED) == []


def test_blame_for_a_bombing_dated_this_week_keeps_it_current(incidents) -> None:
    body = "Police said the outfit was behind Monday's bombing at a market in Peshawar that killed five people."
    assert _typed(incidents(body, None, PUBLISHED)) == [("explosion", "PK", 5)]


def test_the_key_accused_in_old_explosions_does_not_make_them_news(incidents) -> None:
    body = ("Police arrested a Maoist commander in Jhargram in West Bengal on June 22. He was also the key accused "
            "in the explosions at two village council offices (local bodies).")
    assert incidents(body, None, PUBLISHED) == []


def test_devices_in_a_list_that_were_recovered_did_not_go_off(incidents) -> None:
    body = ("Based on his statement, a militant was arrested on the outskirts of Tura and three remote controlled "
            "IEDs and gelatin sticks were recovered from a house at a village in Meghalaya on June 22.")
    assert incidents(body, None, PUBLISHED) == []


def test_a_sentence_opening_with_a_date_in_march_is_no_march(enrich) -> None:
    body = "March 6 saw the High Court in Quetta dispose of 83 cases of missing persons."
    assert enrich(body, None, datetime.date(2026, 3, 7))["events"] == []
