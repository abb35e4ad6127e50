"""Allegations, tallies, mixed fire and eras (classes read on Congolese, Sudanese and Nigerian news and a weekly's
roundups in the twenty-ninth session): a general accusation of plural violence and an operation's tally of outcomes
are no incident; gunfire told with mortar fire is a fight; violence "before the war" is context; a passive's subject
is the target before any word after it; a device someone fired went off whoever saw it; a remand retells.
Sentences written for these tests, not taken from the texts read."""

from __future__ import annotations

import datetime

import pytest

TUESDAY = datetime.date(2026, 5, 19)


def _told(incidents, body: str, title: str | None = None) -> list[tuple]:
    return [(e["type"], e["country"]) for e in incidents(body, title=title, published=TUESDAY)]


@pytest.mark.parametrize("sentence", [
    "The government accused the rebels of carrying out massacres in the north of Mali.",
    "The minister blamed the militias for attacks on villages near Gao.",
])
def test_a_general_accusation_of_plural_violence_is_no_incident(incidents, sentence: str) -> None:
    assert _told(incidents, sentence) == []


def test_an_accusation_of_one_dated_attack_still_reports_it(incidents) -> None:
    found = _told(incidents, "The army accused the militia of carrying out an attack on a village near Gao on Monday.")
    assert found == [("civilian_attack", "ML")]


def test_an_operations_tally_of_outcomes_is_no_incident(incidents) -> None:
    found = _told(incidents, "The general said that in Kaduna State 40 rifles were seized, 12 suspects were "
                             "detained, 9 gunmen were killed and 6 hideouts were cleared.")
    assert found == []


def test_a_dated_operation_with_several_outcomes_is_one_incident(incidents) -> None:
    found = _told(incidents, "On Monday troops killed 9 gunmen, detained 12 suspects and seized 40 rifles in "
                             "Kaduna State.")
    assert found == [("battle", "NG")]


def test_gunfire_told_with_mortar_fire_is_a_fight(incidents) -> None:
    found = _told(incidents, "Residents heard heavy rifle fire and artillery fire across Beni on Tuesday as the "
                             "rebels advanced.")
    assert found == [("battle", "CD")]


def test_machine_gun_and_mortar_fire_on_troops_is_a_fight(incidents) -> None:
    assert _told(incidents, "Troops came under machine-gun and mortar fire near Beni on Monday.") == [("battle", "CD")]


def test_a_grenade_and_gun_attack_on_a_wedding_is_no_fight(incidents) -> None:
    found = _told(incidents, "A grenade and gun attack on a wedding party near Quetta on Monday wounded two guests.")
    assert found and "battle" not in {t for t, _ in found}


def test_mortar_fire_alone_is_an_explosion(incidents) -> None:
    assert _told(incidents, "Mortar fire struck a market in Beni on Tuesday, killing three people.") == [
        ("explosion", "CD")]


def test_protests_before_the_war_are_context(incidents) -> None:
    assert _told(incidents, "Students in Kyiv led protests against the new law before the invasion.") == []


def test_the_passive_subject_is_the_target_before_a_place_after_the_verb(incidents) -> None:
    found = _told(incidents, "Police officers escorting a convoy were attacked by gunmen near a village in Zamfara "
                             "State on Monday.")
    assert found == [("battle", "NG")]


def test_a_bomb_witnesses_saw_fired_went_off(enrich) -> None:
    events = enrich("Residents saw three people die when the militia fired a bomb into a market in Rutshuru on "
                    "Monday.", published=TUESDAY)["events"]
    assert [e["type"] for e in events if e["incident"]] == ["explosion"]


def test_a_remand_over_a_murder_is_no_news_of_it(incidents) -> None:
    assert _told(incidents, "A court in Khulna on Monday sent four men on a five-day remand over the murder of a "
                            "shopkeeper.") == []


def test_firing_chained_to_a_since_clause_is_context(incidents) -> None:
    assert _told(incidents, "The port has been closed since the militia started raiding convoys and firing "
                            "rockets at patrol boats near Hodeidah.") == []


def test_the_first_named_mechanism_types_a_mixed_group(incidents) -> None:
    assert _told(incidents, "Mortar fire and gunfire rocked the town of Beni on Monday.") == [("explosion", "CD")]


def test_a_car_bomb_that_left_people_dead_went_off(incidents) -> None:
    found = _told(incidents, "Police said a car bomb in a market in Mosul on Monday left six people dead.")
    assert found == [("explosion", "IQ")]
